#pragma once

#include <QString>

#include <variant>

namespace iotpro::test {

/// The error a `std::variant<T, QString>` result holds, or an empty string: safe in a
/// QVERIFY2 message, which is built whether the check passes or not.
template <typename T> QString errorOf(const std::variant<T, QString>& result)
{
    const QString* error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

} // namespace iotpro::test
