#include "OwnerOnlyFile.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include "Sodium.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace iotpro::security::owneronlyfile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::OwnerOnlyFile)
};

Error keyFileError(const QString& detail)
{
    return Errors::make(ErrorKind::KeyFile, detail);
}

} // namespace

#ifdef Q_OS_UNIX

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Closes a descriptor when the scope ends, whichever way it ends.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    /// Closes now, reporting the error a delayed write may only show here.
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

bool writeAll(int fd, QByteArrayView content)
{
    while (!content.isEmpty()) {
        const ssize_t written = ::write(fd, content.data(), sizeOf(content));
        if (written < 0 && errno == EINTR)
            continue;
        if (written == 0)
            errno = EIO;
        if (written <= 0)
            return false;
        content = content.sliced(written);
    }
    return true;
}

} // namespace

Result<void> create(const QString& path, QByteArrayView content)
{
    const QByteArray finalName = QFile::encodeName(path);
    // Written under a temporary name first, so the key never exists half-written under its own.
    const QByteArray temporaryName = finalName + ".tmp-" + randomBytes(6).toHex();
    {
        Descriptor fd(::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
            S_IRUSR | S_IWUSR));
        if (fd.get() < 0)
            return keyFileError(Text::tr("cannot create %1: %2").arg(path, systemError(errno)));
        // The umask can only clear bits, but be exact about the mode whatever the umask is.
        bool written = ::fchmod(fd.get(), S_IRUSR | S_IWUSR) == 0 && writeAll(fd.get(), content)
            && ::fsync(fd.get()) == 0;
        int writeError = written ? 0 : errno;
        if (!fd.close() && written) {
            written = false;
            writeError = errno;
        }
        if (!written) {
            ::unlink(temporaryName.constData());
            return keyFileError(Text::tr("cannot write %1: %2").arg(path, systemError(writeError)));
        }
    }
    // link() fails with EEXIST instead of replacing: an existing key is never overwritten.
    const bool linked = ::link(temporaryName.constData(), finalName.constData()) == 0;
    const int linkError = errno;
    ::unlink(temporaryName.constData());
    if (!linked) {
        if (linkError == EEXIST)
            return keyFileError(
                Text::tr("%1 already exists: choose another name or remove it first").arg(path));
        return keyFileError(Text::tr("cannot create %1: %2").arg(path, systemError(linkError)));
    }
    return {};
}

Result<QByteArray> read(const QString& path, qsizetype maxSize)
{
    Descriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return keyFileError(Text::tr("cannot read %1: %2").arg(path, systemError(errno)));

    // Checked on the open descriptor, so the file cannot be swapped between check and read.
    struct stat status
    {
    };
    if (::fstat(fd.get(), &status) != 0)
        return keyFileError(Text::tr("cannot read %1: %2").arg(path, systemError(errno)));
    if (!S_ISREG(status.st_mode))
        return keyFileError(Text::tr("%1 is not a regular file").arg(path));
    if (status.st_uid != ::geteuid())
        return keyFileError(
            Text::tr("%1 belongs to another user: a private key must be your own file").arg(path));
    const mode_t permissions = status.st_mode & 07777;
    if ((permissions & (S_IRWXG | S_IRWXO)) != 0) {
        return keyFileError(Text::tr("%1 is accessible by other users (permissions %2): it may have been "
                                     "copied; run \"chmod 600 %1\" and consider replacing the key")
                                .arg(path, QString::number(permissions, 8).rightJustified(4, u'0')));
    }
    if (status.st_size > maxSize)
        return keyFileError(Text::tr("%1 is too large to be a private key").arg(path));

    QByteArray content(qsizetype(status.st_size), Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < content.size()) {
        const ssize_t got = ::read(fd.get(), content.data() + filled, size_t(content.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            wipe(content);
            return keyFileError(Text::tr("cannot read %1: %2").arg(path, systemError(errno)));
        }
        if (got == 0)
            break;
        filled += got;
    }
    content.truncate(filled);
    return content;
}

#else

// Group and other permission bits mean nothing on this platform (ACLs decide); the file is
// still created for its owner only as far as Qt can express it.
Result<void> create(const QString& path, QByteArrayView content)
{
    if (QFile::exists(path))
        return keyFileError(Text::tr("%1 already exists: choose another name or remove it first").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(content.data(), content.size()) != content.size() || !file.commit())
        return keyFileError(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> read(const QString& path, qsizetype maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return keyFileError(Text::tr("%1 is too large to be a private key").arg(path));
    return file.readAll();
}

#endif

} // namespace iotpro::security::owneronlyfile
