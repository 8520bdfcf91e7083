#pragma once

#include "ModuleServices.h"

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace iotpro::sim {

class ProtocolConnection;

/// Serves the protocol on a new pseudo-terminal, the stand-in for the module's USB serial
/// port: clients open the slave side (/dev/pts/N) like any serial port. Clients may open and
/// close the port any number of times; the module keeps serving.
class PtyEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit PtyEndpoint(const ModuleServices& services, QObject* parent = nullptr);
    ~PtyEndpoint() override;

    /// Creates the pseudo-terminal; false on failure (see errorString()).
    bool open();
    /// "serial:/dev/pts/N", once open.
    QString address() const;
    /// One line saying why open() failed.
    const QString& errorString() const { return m_errorString; }

private:
    bool fail(const QString& what);
    void readFromClient();
    void writeToClient(const QByteArray& frame);
    void flushOutput();

    const ModuleServices m_services;
    int m_masterFd = -1;
    /// Held open for the sim's lifetime: while any slave descriptor is open, a client closing
    /// the port never makes the master report hang-up or EIO.
    int m_slaveFd = -1;
    QString m_slavePath;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    /// Bytes the pty could not take yet (EAGAIN); written when the master is writable again.
    /// The connection keeps it bounded.
    QByteArray m_pendingOutput;
    ProtocolConnection* m_connection = nullptr;
    QString m_errorString;
};

} // namespace iotpro::sim
