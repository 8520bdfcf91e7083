#include "Transport.h"

namespace iotpro {

void Transport::setState(State state)
{
    if (state == m_state)
        return;
    const State previous = std::exchange(m_state, state);
    if (state == State::Open)
        Q_EMIT opened();
    else if (state == State::Closed && previous != State::Closed)
        Q_EMIT closed();
}

void Transport::fail(const Error& error)
{
    if (m_state == State::Closed)
        return; // already reported for this cycle
    Q_EMIT errorOccurred(error);
    close();
}

} // namespace iotpro
