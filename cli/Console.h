#pragma once

#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace iotpro {
struct Error;
}

namespace iotpro::cli {

/// stdout for results, stderr for diagnostics; always UTF-8, never locale-formatted numbers
/// in machine output. Tests give it buffers instead of the process streams.
class Console
{
public:
    Console();
    Console(QString* out, QString* err);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// One line on stdout, flushed (scripts read results line by line).
    void line(const QString& text);
    /// A JSON document on one line of stdout, flushed.
    void json(const QJsonDocument& document);
    /// The one-line human message for a failure, on stderr.
    void error(const Error& error);
    void error(const QString& message);

    /// Asks a yes/no question on stderr and reads the answer from the terminal: true for "y" or
    /// "yes". Nothing when standard input is not a terminal (a script, a pipe, a test's buffers):
    /// nobody is there to compare what was shown, so the caller must not go on unconfirmed.
    std::optional<bool> confirm(const QString& question);
    /// Whether standard input is a terminal someone can answer on.
    bool isInteractive() const { return m_interactive; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_interactive = false;
};

} // namespace iotpro::cli
