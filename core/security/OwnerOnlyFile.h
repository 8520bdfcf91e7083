#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Files only their owner may read: private keys. On Unix a file is created with mode 0600 from
/// its first instant (no window in which another user could open it), written completely under a
/// temporary name, then linked into place; reading refuses what another user could have read or
/// replaced, the way ssh treats its private keys.
namespace iotpro::security::owneronlyfile {

/// Creates `path` with `content`, mode 0600. Never replaces an existing file. Errors: KeyFile.
Result<void> create(const QString& path, QByteArrayView content);

/// The content of `path`, at most `maxSize` bytes. KeyFile when the file is missing, not a
/// regular file, owned by another user, readable or writable by group or others, or too large.
Result<QByteArray> read(const QString& path, qsizetype maxSize);

} // namespace iotpro::security::owneronlyfile
