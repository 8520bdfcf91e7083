#include "BluezProbe.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QVariantMap>

namespace iotpro {

namespace {
constexpr int kCallTimeoutMs = 1000;
} // namespace

BluezAccess probeBluez()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return BluezAccess::NotRunning;
    const QDBusMessage reply = bus.call(QDBusMessage::createMethodCall(QStringLiteral("org.bluez"),
                                            QStringLiteral("/"), QStringLiteral("org.freedesktop.DBus.ObjectManager"),
                                            QStringLiteral("GetManagedObjects")),
        QDBus::Block, kCallTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        return reply.errorName() == u"org.freedesktop.DBus.Error.AccessDenied" ? BluezAccess::PermissionDenied
                                                                                : BluezAccess::NotRunning;
    }
    if (reply.arguments().isEmpty())
        return BluezAccess::NotRunning;
    // a{oa{sa{sv}}}: object path -> interface -> properties; an adapter is an org.bluez.Adapter1.
    const QDBusArgument objects = reply.arguments().constFirst().value<QDBusArgument>();
    objects.beginMap();
    bool adapter = false;
    while (!objects.atEnd()) {
        QDBusObjectPath path;
        QMap<QString, QVariantMap> interfaces;
        objects.beginMapEntry();
        objects >> path >> interfaces;
        objects.endMapEntry();
        adapter = adapter || interfaces.contains(QStringLiteral("org.bluez.Adapter1"));
    }
    objects.endMap();
    return adapter ? BluezAccess::Available : BluezAccess::NoAdapter;
}

} // namespace iotpro
