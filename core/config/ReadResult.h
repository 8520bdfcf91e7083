#pragma once

#include "ValidationIssue.h"

#include <utility>
#include <variant>

namespace iotpro::config {

/// Something read from outside the program (a module's reply, a JSON file, the limits table), or
/// the first field that could not be read, named so the person who wrote it can find it.
template <typename T> class [[nodiscard]] ReadResult
{
public:
    ReadResult(T value)
        : m_state(std::move(value))
    { }
    ReadResult(ValidationIssue problem)
        : m_state(std::move(problem))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    const T& operator*() const& { return value(); }

    const ValidationIssue& problem() const { return std::get<ValidationIssue>(m_state); }

private:
    std::variant<T, ValidationIssue> m_state;
};

} // namespace iotpro::config
