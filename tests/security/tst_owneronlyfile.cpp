#include "security/OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace iotpro;
using namespace iotpro::security;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

/// Sets the process umask for the scope of one test.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    { }
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

} // namespace

class tst_OwnerOnlyFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString path(const QString& name) const { return m_directory.filePath(name); }

private Q_SLOTS:
    void init() { QVERIFY(m_directory.isValid()); }

    void createsExactly0600_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000, nothing masked") << 0;
        QTest::newRow("umask 077") << 077;
    }
    void createsExactly0600()
    {
        QFETCH(int, mask);
        const ScopedUmask scopedUmask { mode_t(mask) };
        const QString file = path(u"key-%1"_qs.arg(mask, 3, 8, QChar(u'0')));
        const QByteArray content("IOTPROSK secret bytes");
        QVERIFY(owneronlyfile::create(file, content).ok());
        QCOMPARE(modeOf(file), mode_t(0600));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), content);
    }

    void neverReplacesAFile()
    {
        const QString file = path(u"existing"_qs);
        QVERIFY(owneronlyfile::create(file, "first").ok());
        const Result<void> second = owneronlyfile::create(file, "second");
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::KeyFile);
        QVERIFY(second.error().detail.contains(u"already exists"_qs));
        QCOMPARE(owneronlyfile::read(file, 100).value(), QByteArray("first"));
    }

    void leavesNoTemporaryFiles()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(u"k"_qs);
        QVERIFY(owneronlyfile::create(file, "a").ok());
        QVERIFY(!owneronlyfile::create(file, "b").ok());
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"k"_qs });
    }

    void createFailsInAMissingDirectory()
    {
        const Result<void> result = owneronlyfile::create(path(u"no/such/dir/key"_qs), "x");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::KeyFile);
    }

    void readsOwnerOnlyFiles_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0600") << 0600;
        QTest::newRow("0400") << 0400;
    }
    void readsOwnerOnlyFiles()
    {
        QFETCH(int, mode);
        const QString file = path(u"readable-%1"_qs.arg(mode, 0, 8));
        QVERIFY(owneronlyfile::create(file, "content").ok());
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(mode)), 0);
        const Result<QByteArray> content = owneronlyfile::read(file, 100);
        QVERIFY(content.ok());
        QCOMPARE(content.value(), QByteArray("content"));
    }

    void refusesFilesOthersCanReach_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("0644") << 0644 << u"0644"_qs;
        QTest::newRow("0640 group read") << 0640 << u"0640"_qs;
        QTest::newRow("0620 group write") << 0620 << u"0620"_qs;
        QTest::newRow("0604 other read") << 0604 << u"0604"_qs;
        QTest::newRow("0601 other execute") << 0601 << u"0601"_qs;
        QTest::newRow("0666") << 0666 << u"0666"_qs;
    }
    void refusesFilesOthersCanReach()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        const QString file = path(u"loose-%1"_qs.arg(mode, 0, 8));
        QVERIFY(owneronlyfile::create(file, "secret").ok());
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(mode)), 0);
        const Result<QByteArray> content = owneronlyfile::read(file, 100);
        QVERIFY(!content.ok());
        QCOMPARE(content.error().kind, ErrorKind::KeyFile);
        QVERIFY2(content.error().detail.contains(shown), qPrintable(content.error().detail));
        QVERIFY(content.error().detail.contains(u"chmod 600 "_qs + file));
    }

    void refusesWhatIsNotAPrivateFile()
    {
        QVERIFY(!owneronlyfile::read(path(u"missing"_qs), 100).ok());
        QVERIFY(!owneronlyfile::read(m_directory.path(), 100).ok());
        const QString big = path(u"big"_qs);
        QVERIFY(owneronlyfile::create(big, QByteArray(101, 'x')).ok());
        const Result<QByteArray> content = owneronlyfile::read(big, 100);
        QVERIFY(!content.ok());
        QVERIFY(content.error().detail.contains(u"too large"_qs));
        QCOMPARE(owneronlyfile::read(big, 101).value().size(), 101);
    }

    void refusesAnotherUsersFile()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        const QString file = path(u"foreign"_qs);
        QVERIFY(owneronlyfile::create(file, "secret").ok());
        QCOMPARE(::chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
        const Result<QByteArray> content = owneronlyfile::read(file, 100);
        QVERIFY(!content.ok());
        QVERIFY(content.error().detail.contains(u"belongs to another user"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_OwnerOnlyFile)
#include "tst_owneronlyfile.moc"
