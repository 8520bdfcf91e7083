#include "Console.h"

#include "common/Error.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace iotpro::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_interactive(isatty(STDIN_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::Console(QString* out, QString* err)
    : m_out(out)
    , m_err(err)
{
}

void Console::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Console::json(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Console::error(const Error& error)
{
    this->error(error.toString());
}

void Console::error(const QString& message)
{
    // One line: scripts and operators read the first line of stderr.
    QString oneLine = message;
    oneLine.replace(u'\n', u' ');
    m_err << "iotpro-cli: " << oneLine << '\n';
    m_err.flush();
}

std::optional<bool> Console::confirm(const QString& question)
{
    if (!m_interactive)
        return std::nullopt;
    m_err << question << ' ';
    m_err.flush();
    std::string answer;
    std::getline(std::cin, answer);
    const QString reply = QString::fromStdString(answer).trimmed().toLower();
    return reply == u"y" || reply == u"yes" || reply == QCoreApplication::translate("iotpro::cli::Console", "yes");
}

} // namespace iotpro::cli
