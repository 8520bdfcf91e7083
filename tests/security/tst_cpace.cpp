#include "security/Cpace.h"

#include <QTest>

using namespace iotpro::security;

namespace {

// draft-irtf-cfrg-cpace-21, appendix B.3: CPace using group ristretto255 and hash SHA-512.
const QByteArray Prs("Password");
const QByteArray Ci = QByteArray::fromHex("0b415f696e69746961746f720b425f726573706f6e646572");
const QByteArray Sid = QByteArray::fromHex("7e4b4791d6a8ef019b936c79fb7f2c57");
const QByteArray Ada("ADa");
const QByteArray Adb("ADb");
const QByteArray Ya_scalar
    = QByteArray::fromHex("da3d23700a9e5699258aef94dc060dfda5ebb61f02a5ea77fad53f4ff0976d08");
const QByteArray Yb_scalar
    = QByteArray::fromHex("d2316b454718c35362d83d69df6320f38578ed5984651435e2949762d900b80d");
const QByteArray G = QByteArray::fromHex("222b6b195fe84b1652badb6f6a3ae3d24341e7306967f0b8115b40d5698c7e56");
const QByteArray Ya = QByteArray::fromHex("d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b9157");
const QByteArray Yb = QByteArray::fromHex("3ea7e0b19560d7c0b0f5734f63b955286dfa8232b5ebe63324e2d9e7433f7258");
const QByteArray K = QByteArray::fromHex("80b69a8a76457ab6a4d7f887a4bf6b55a2f80ac19c333f917a05fc9887c8b40f");

QByteArray range(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(char(i));
    return bytes;
}

} // namespace

class tst_Cpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Appendix A.1.2.
    void prependLen_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray::fromHex("00");
        QTest::newRow("1234") << QByteArray("1234") << QByteArray::fromHex("0431323334");
        QTest::newRow("127 bytes") << range(127) << QByteArray(QByteArray::fromHex("7f") + range(127));
        QTest::newRow("128 bytes") << range(128) << QByteArray(QByteArray::fromHex("8001") + range(128));
        QTest::newRow("16384 bytes") << QByteArray(16384, 'x')
                                     << QByteArray(QByteArray::fromHex("808001") + QByteArray(16384, 'x'));
    }
    void prependLen()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QCOMPARE(cpace::prependLen(data).toHex(), expected.toHex());
    }

    // Appendix A.1.4.
    void lvCat()
    {
        QCOMPARE(cpace::lvCat({ "1234", "5", "", "678" }).toHex(), QByteArray("043132333401350003363738"));
    }

    // Appendix A.3.5.
    void transcriptIr_data()
    {
        QTest::addColumn<QByteArray>("ya");
        QTest::addColumn<QByteArray>("yb");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("123/234") << QByteArray("123") << QByteArray("234")
                                 << QByteArray("03313233065061727479410332333406506172747942");
        QTest::newRow("3456/2345") << QByteArray("3456") << QByteArray("2345")
                                   << QByteArray("043334353606506172747941043233343506506172747942");
    }
    void transcriptIr()
    {
        QFETCH(QByteArray, ya);
        QFETCH(QByteArray, yb);
        QFETCH(QByteArray, expected);
        QCOMPARE(cpace::transcriptIr(ya, "PartyA", yb, "PartyB").toHex(), expected);
    }

    // B.3.1.
    void generator()
    {
        const QByteArray expectedString
            = QByteArray::fromHex("11435061636552697374726574746f3235350850617373776f726464"
                                  "00000000000000000000000000000000000000000000000000000000"
                                  "00000000000000000000000000000000000000000000000000000000"
                                  "00000000000000000000000000000000000000000000000000000000"
                                  "00000000000000000000000000000000180b415f696e69746961746f"
                                  "720b425f726573706f6e646572107e4b4791d6a8ef019b936c79fb7f"
                                  "2c57");
        QCOMPARE(expectedString.size(), 170);
        QCOMPARE(cpace::generatorString(Prs, Ci, Sid).toHex(), expectedString.toHex());
        QCOMPARE(cpace::calculateGenerator(Prs, Ci, Sid).toHex(), G.toHex());
    }

    // B.3.2 to B.3.4.
    void sharesAndSecretPoint()
    {
        QCOMPARE(cpace::scalarMultVfy(Ya_scalar, G).value_or(QByteArray()).toHex(), Ya.toHex());
        QCOMPARE(cpace::scalarMultVfy(Yb_scalar, G).value_or(QByteArray()).toHex(), Yb.toHex());
        QCOMPARE(cpace::scalarMultVfy(Ya_scalar, Yb).value_or(QByteArray()).toHex(), K.toHex());
        QCOMPARE(cpace::scalarMultVfy(Yb_scalar, Ya).value_or(QByteArray()).toHex(), K.toHex());
    }

    // B.3.5.
    void intermediateSessionKey()
    {
        QCOMPARE(cpace::transcriptIr(Ya, Ada, Yb, Adb).toHex(),
            QByteArray("20d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0e"
                       "ec482b915703414461203ea7e0b19560d7c0b0f5734f63b955286dfa"
                       "8232b5ebe63324e2d9e7433f725803414462"));
        QCOMPARE(cpace::intermediateSessionKey(Sid, K, Ya, Ada, Yb, Adb).toHex(),
            QByteArray("b69effbf61b51d56401c0f65601abe428de8206feaaf0e32198896dc"
                       "ae7b35cd2b38950a39dfd5d4a79164614c2984f7daa460b588c1e80c"
                       "3fa2068af7900447"));
    }

    // B.3.10.
    void scalarMultWithValidInput()
    {
        const QByteArray s
            = QByteArray::fromHex("7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05");
        const QByteArray x
            = QByteArray::fromHex("2c3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c");
        QCOMPARE(cpace::scalarMultVfy(s, x).value_or(QByteArray()).toHex(),
            QByteArray("7c13645fe790a468f62c39beb7388e541d8405d1ade69d1778c5fe3e7f6b600e"));
    }

    // B.3.11, plus malformed lengths: every case is G.I, the abort case.
    void scalarMultVfyRejects_data()
    {
        QTest::addColumn<QByteArray>("scalar");
        QTest::addColumn<QByteArray>("point");
        const QByteArray s
            = QByteArray::fromHex("7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05");
        QTest::newRow("Y_i1, not a group element")
            << s << QByteArray::fromHex("2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c");
        QTest::newRow("Y_i2, the identity") << s << QByteArray(32, '\0');
        QTest::newRow("non-canonical (p encoded)")
            << s << QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("short point") << s << G.first(31);
        QTest::newRow("long point") << s << QByteArray(G + '\0');
        QTest::newRow("short scalar") << s.first(31) << G;
        QTest::newRow("zero scalar") << QByteArray(32, '\0') << G;
    }
    void scalarMultVfyRejects()
    {
        QFETCH(QByteArray, scalar);
        QFETCH(QByteArray, point);
        QVERIFY(!cpace::scalarMultVfy(scalar, point));
    }

    void generatorDependsOnEveryInput()
    {
        const QByteArray g = cpace::calculateGenerator(Prs, Ci, Sid);
        QVERIFY(cpace::calculateGenerator("Passwore", Ci, Sid) != g);
        QVERIFY(cpace::calculateGenerator(Prs, QByteArray(Ci).append('x'), Sid) != g);
        QVERIFY(cpace::calculateGenerator(Prs, Ci, QByteArray(Sid).replace(0, 1, "\x7f")) != g);
    }

    void sampledScalarsAreFreshAndUsable()
    {
        const QByteArray a = cpace::sampleScalar();
        const QByteArray b = cpace::sampleScalar();
        QCOMPARE(a.size(), cpace::ScalarSize);
        QVERIFY(a != b);
        QVERIFY(cpace::scalarMultVfy(a, G));
    }
};

QTEST_GUILESS_MAIN(tst_Cpace)
#include "tst_cpace.moc"
