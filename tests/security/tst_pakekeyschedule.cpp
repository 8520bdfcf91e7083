#include "security/PakeKeySchedule.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::security;

namespace {

// Inputs: the CPace test vector of draft-irtf-cfrg-cpace-21 appendix B.3 (sid, Ya, Yb, ISK_IR).
// Expected outputs: computed independently with Python's hashlib and hmac modules, following
// docs/security.md (SHA-512, HMAC-SHA-512, BLAKE2b with key, salt and personalisation).
const QByteArray Sid = QByteArray::fromHex("7e4b4791d6a8ef019b936c79fb7f2c57");
const QByteArray Ya = QByteArray::fromHex("d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b9157");
const QByteArray Yb = QByteArray::fromHex("3ea7e0b19560d7c0b0f5734f63b955286dfa8232b5ebe63324e2d9e7433f7258");
const QByteArray Isk
    = QByteArray::fromHex("b69effbf61b51d56401c0f65601abe428de8206feaaf0e32198896dcae7b35cd"
                          "2b38950a39dfd5d4a79164614c2984f7daa460b588c1e80c3fa2068af7900447");

} // namespace

class tst_PakeKeySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelCodeNormalisation_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("as printed") << u"7391-2204"_qs << QByteArray("73912204");
        QTest::newRow("spaces") << u" 7391 2204 "_qs << QByteArray("73912204");
        QTest::newRow("lower case") << u"ab12-cd34"_qs << QByteArray("AB12CD34");
        QTest::newRow("en dash and tab") << u"7391\u20132204\t"_qs << QByteArray("73912204");
        QTest::newRow("non-breaking space") << u"7391\u00a02204"_qs << QByteArray("73912204");
        QTest::newRow("full-width digits") << u"\uff17\uff13\uff19\uff11-2204"_qs << QByteArray("73912204");
        QTest::newRow("letters beyond ASCII") << u"\u00e9t\u00e9-1"_qs
                                              << QByteArray("\xc3\x89T\xc3\x89"
                                                            "1");
    }
    void labelCodeNormalisation()
    {
        QFETCH(QString, printed);
        QFETCH(QByteArray, password);
        const Result<QByteArray> result = pake::passwordFromLabelCode(printed);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), password);
    }

    void emptyLabelCodeIsRefused_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << u" - -\t"_qs;
    }
    void emptyLabelCodeIsRefused()
    {
        QFETCH(QString, printed);
        const Result<QByteArray> result = pake::passwordFromLabelCode(printed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::SecurityCheckFailed);
    }

    void channelIdentifier()
    {
        QCOMPARE(pake::channelIdentifier(u"EM-2404-00017"_qs), QByteArray("IoTProEM-2404-00017"));
    }

    void confirmation()
    {
        const QByteArray key = pake::confirmationKey(Sid, Isk);
        QCOMPARE(key.toHex(),
            QByteArray("26cef0ae277a6b25bb1ad7e3ca83ce2cd8f4341669dde058314a6a73d5fff55e"
                       "09872d5546058d1d9374ee0363d4ec9aecb9b1beb2e50d30f122ad8e5056b413"));
        QCOMPARE(pake::confirmationTag(key, Ya, pake::InitiatorAd).toHex(),
            QByteArray("630e0b0ff95175a3a6106e4d1e7fe352452d6dbeff59e194bb3f4cece778f16e"
                       "7b206722c518f4078f0e286d55f0360059d4bd307b8ad77093a0e930dab4d5e6"));
        QCOMPARE(pake::confirmationTag(key, Yb, pake::ResponderAd).toHex(),
            QByteArray("2fa64b0ab16be072a7082cb069e2bcd6df0b685c72b8ee21df1f7bfdacf7b283"
                       "9d8ea5fffe58135c447132eccc6f4699adf05b35a5d0883692b1b7bb60be2e63"));
    }

    void sessionKeys()
    {
        const pake::SessionKeys keys = pake::sessionKeys(Isk, Sid);
        QCOMPARE(keys.toolToModule.toBytes().toHex(),
            QByteArray("8ab9e63643179bc328e5cb8080e559eca27a12403253a11585c32535ac7c4086"));
        QCOMPARE(keys.moduleToTool.toBytes().toHex(),
            QByteArray("a5eb1a662ca77cf75e135fa9a8a0ae419fc59bbd7dcfc447f664647ac976be36"));
        QCOMPARE(keys.sessionId, Sid);
    }
};

QTEST_GUILESS_MAIN(tst_PakeKeySchedule)
#include "tst_pakekeyschedule.moc"
