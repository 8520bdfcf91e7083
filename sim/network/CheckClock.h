#pragma once

#include <chrono>

namespace iotpro::sim {

/// Simulated time inside one network's check, from 0 at its start: every step of the check
/// takes its time, and the whole check's deadline cuts the step running when it comes.
class CheckClock
{
public:
    explicit CheckClock(std::chrono::milliseconds deadline)
        : m_deadline(deadline)
    { }

    /// Spends `duration`; false when the deadline comes first (now() is the deadline then).
    [[nodiscard]] bool spend(std::chrono::milliseconds duration)
    {
        if (duration > m_deadline - m_now) {
            m_now = m_deadline;
            return false;
        }
        m_now += duration;
        return true;
    }

    std::chrono::milliseconds now() const { return m_now; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

private:
    std::chrono::milliseconds m_deadline;
    std::chrono::milliseconds m_now { 0 };
};

} // namespace iotpro::sim
