#pragma once

#include "transport/Transport.h"

#include <QList>

/// A Transport whose other end is the test: it records what is written and lets the
/// test inject bytes, open and break the link. For unit tests of what sits above a link.
class FakeTransport final : public iotpro::Transport
{
    Q_OBJECT

public:
    using Transport::Transport;

    iotpro::DeviceAddress address() const override { return iotpro::DeviceAddress::tcp(u"fake"_qs, 1); }
    void open() override { setState(State::Open); }
    void close() override { setState(State::Closed); }
    void write(const QByteArray& bytes) override
    {
        if (state() == State::Open)
            written.append(bytes);
    }

    void inject(const QByteArray& bytes) { Q_EMIT bytesReceived(bytes); }
    void breakLink(const iotpro::Error& error) { fail(error); }

    QList<QByteArray> written;
};
