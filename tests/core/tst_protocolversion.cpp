#include "protocol/ProtocolVersion.h"

#include <QTest>

using iotpro::protocol::kMaxVersion;
using iotpro::protocol::kMinVersion;

class tst_ProtocolVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiate_data()
    {
        QTest::addColumn<quint32>("peerMin");
        QTest::addColumn<quint32>("peerMax");
        QTest::addColumn<int>("expected"); // -1: no common version
        QTest::newRow("same range") << kMinVersion << kMaxVersion << int(kMaxVersion);
        QTest::newRow("newer module, overlapping") << kMinVersion << kMaxVersion + 3 << int(kMaxVersion);
        QTest::newRow("newer module only") << kMaxVersion + 1 << kMaxVersion + 2 << -1;
        QTest::newRow("older module only") << 0u << kMinVersion - 1 << -1;
        QTest::newRow("inverted range") << kMaxVersion << kMinVersion - 1 << -1;
    }
    void negotiate()
    {
        QFETCH(quint32, peerMin);
        QFETCH(quint32, peerMax);
        QFETCH(int, expected);
        const auto version = iotpro::protocol::negotiateVersion(peerMin, peerMax);
        QCOMPARE(version ? int(*version) : -1, expected);
    }
};

QTEST_GUILESS_MAIN(tst_ProtocolVersion)
#include "tst_protocolversion.moc"
