#pragma once

#include <QString>

/// Character rules shared by the validator's checks (core/config internal). Pure functions of
/// the text: no locale, no Unicode tables that could differ between systems.
namespace iotpro::config {

/// Length of `text` in bytes of UTF-8, the way the module stores it.
inline qsizetype utf8Size(const QString& text)
{
    return text.toUtf8().size();
}

/// Whether `text` is exactly `count` digits 0-9, a-f, A-F.
inline bool isHexDigits(const QString& text, qsizetype count)
{
    if (text.size() != count)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

/// Whether every character of `text` is printable ASCII, space (0x20) to tilde (0x7E).
inline bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

} // namespace iotpro::config
