#include "BleFixture.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>

namespace blefixture {

QString value(const char* name)
{
    const QString text = qEnvironmentVariable(name);
    if (text.isEmpty())
        qFatal("%s is not set: run this test through CTest (label ble), which starts its fixture", name);
    return text;
}

QString moduleBluetoothAddress()
{
    QFile file(value("IOTPRO_BLE_FIXTURE_DIR") + u"/module-address"_qs);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the BLE fixture wrote no module-address");
    return QString::fromLatin1(file.readAll()).trimmed();
}

bool mockControl(const QString& method, const QVariantList& arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.bluez"_qs, u"/org/iotpro/mock"_qs, u"org.iotpro.MockControl1"_qs, method);
    call.setArguments(arguments);
    return QDBusConnection::systemBus().call(call).type() == QDBusMessage::ReplyMessage;
}

} // namespace blefixture
