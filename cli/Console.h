#pragma once

#include <QJsonDocument>
#include <QTextStream>

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

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace iotpro::cli
