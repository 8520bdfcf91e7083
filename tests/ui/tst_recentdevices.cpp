// RecentDevices: most recent first, no duplicates, at most eight, kept in the settings.
#include "RecentDevices.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;

class tst_RecentDevices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static DeviceAddress tcp(int host)
    {
        return DeviceAddress::tcp(QStringLiteral("10.0.0.%1").arg(host), 5020);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction()))),
            QSettings::IniFormat);
    }

    void mostRecentFirstWithoutDuplicates()
    {
        RecentDevices recent(*m_settings);
        QSignalSpy changed(&recent, &RecentDevices::changed);
        recent.remember(tcp(1), u"A"_qs);
        recent.remember(tcp(2), u"B"_qs);
        recent.remember(tcp(1), u"A"_qs);
        QCOMPARE(recent.devices(), (QList<RecentDevice> { { tcp(1), u"A"_qs }, { tcp(2), u"B"_qs } }));
        QCOMPARE(changed.count(), 3);
        recent.remember(tcp(1), u"A"_qs); // already first: nothing changes
        QCOMPARE(changed.count(), 3);
        recent.remember(tcp(1), u"A2"_qs); // another module behind the same address
        QCOMPARE(recent.devices().constFirst().serialNumber, u"A2"_qs);
    }

    void keepsAtMostEight()
    {
        RecentDevices recent(*m_settings);
        for (int host = 1; host <= 10; ++host)
            recent.remember(tcp(host), QString::number(host));
        QCOMPARE(recent.devices().size(), RecentDevices::kCapacity);
        QCOMPARE(recent.devices().constFirst().address, tcp(10));
        QCOMPARE(recent.devices().constLast().address, tcp(3));
    }

    void survivesARestart()
    {
        {
            RecentDevices recent(*m_settings);
            recent.remember(DeviceAddress::serial(u"/dev/ttyACM0"_qs), u"SN-1"_qs);
            recent.remember(tcp(7), u"SN-2"_qs);
        }
        m_settings->sync();
        QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
        RecentDevices recent(reopened);
        QCOMPARE(recent.devices(),
            (QList<RecentDevice> {
                { tcp(7), u"SN-2"_qs }, { DeviceAddress::serial(u"/dev/ttyACM0"_qs), u"SN-1"_qs } }));
    }

    void skipsEntriesThatDoNotParse()
    {
        m_settings->beginWriteArray(u"recentDevices"_qs);
        m_settings->setArrayIndex(0);
        m_settings->setValue(u"address"_qs, u"carrier-pigeon:42"_qs);
        m_settings->setArrayIndex(1);
        m_settings->setValue(u"address"_qs, u"tcp:10.0.0.9:5020"_qs);
        m_settings->setValue(u"serialNumber"_qs, u"SN-9"_qs);
        m_settings->endArray();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"bad address"_qs));
        RecentDevices recent(*m_settings);
        QCOMPARE(recent.devices(), (QList<RecentDevice> { { tcp(9), u"SN-9"_qs } }));
    }
};

QTEST_GUILESS_MAIN(tst_RecentDevices)
#include "tst_recentdevices.moc"
