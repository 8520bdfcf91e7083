#pragma once

#include "storage/SessionRecord.h"

#include <QByteArrayList>

/// Sessions the storage and report tests share.
namespace samples {

/// A wizard session that went all the way: live check with findings (one corrected in software,
/// one fixed on site), I/O and network checks, a verified write with its signed envelope. Its
/// configuration is ConfigSamples' fullConfig(), secrets included, as a face would hand it over.
iotpro::storage::SessionRecord fullSession();

/// fullSession() with its live check's findings filled up to `findings` (the report's benchmark
/// and its page-layout test use 20).
iotpro::storage::SessionRecord fullSessionWithFindings(int findings);

/// A `config apply` that failed at the upload: no checks, no envelope.
iotpro::storage::SessionRecord failedApply();

/// The secrets fullSession() carries: none may ever be found in a file of the history or an export.
QByteArrayList secrets();

/// Every byte of every file in `directory` (a history's main file and its write-ahead log, the
/// files an export wrote): what a thief would get, for the tests that grep for secrets.
QByteArray everyFileIn(const QString& directory);
/// Writes a test's input file; false when it cannot.
bool writeFile(const QString& path, const QByteArray& bytes);
/// A file a program wrote; empty when there is none.
QByteArray readFile(const QString& path);

} // namespace samples
