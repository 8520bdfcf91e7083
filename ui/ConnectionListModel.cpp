#include "ConnectionListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace iotpro::ui {

namespace {

QString usbIdentity(const SerialPortEntry& port)
{
    return QStringLiteral("%1:%2")
        .arg(port.vendorId, 4, 16, QLatin1Char('0'))
        .arg(port.productId, 4, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

QString ConnectionListModel::Row::key() const
{
    switch (kind) {
    case RowKind::SectionCaption:
        return QStringLiteral("caption:%1").arg(static_cast<int>(section));
    case RowKind::Placeholder:
        return QStringLiteral("placeholder:%1").arg(static_cast<int>(section));
    case RowKind::SerialPort:
        return u"port:" + port.address.toString();
    case RowKind::BleModule:
        return u"ble:" + ble.address;
    case RowKind::VirtualModule:
        return QStringLiteral("virtual");
    case RowKind::RecentDevice:
        return u"recent:" + recent.address.toString();
    }
    return {};
}

std::optional<ConnectionTarget> ConnectionListModel::Row::target() const
{
    switch (kind) {
    case RowKind::SerialPort:
        return ConnectionTarget::device(port.address);
    case RowKind::BleModule:
        return ConnectionTarget::device(DeviceAddress::ble(ble.address));
    case RowKind::VirtualModule:
        return ConnectionTarget::virtualModule();
    case RowKind::RecentDevice:
        return ConnectionTarget::device(recent.address);
    case RowKind::SectionCaption:
    case RowKind::Placeholder:
        break;
    }
    return std::nullopt;
}

ConnectionListModel::ConnectionListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_rows(buildRows())
{ }

void ConnectionListModel::setSerialPorts(const QList<SerialPortEntry>& ports)
{
    m_ports = ports;
    applyRows(buildRows());
}

void ConnectionListModel::setRecentDevices(const QList<RecentDevice>& devices)
{
    m_recent = devices;
    applyRows(buildRows());
}

void ConnectionListModel::setBleModules(const QList<BleModuleAdvert>& modules)
{
    m_ble = modules;
    m_bleFed = true;
    applyRows(buildRows());
}

void ConnectionListModel::setBleUnavailable(const QString& detail)
{
    m_bleUnavailable = detail;
    m_bleFed = true;
    applyRows(buildRows());
}

QList<ConnectionListModel::Row> ConnectionListModel::buildRows() const
{
    QList<Row> rows;
    rows.append(Row { RowKind::SectionCaption, Section::SerialPorts, {}, {}, {}, {} });
    // Modules first: SerialPortWatcher sorts that way, but the list must not depend on it.
    QList<SerialPortEntry> ports = m_ports;
    std::stable_sort(ports.begin(), ports.end(),
        [](const SerialPortEntry& a, const SerialPortEntry& b) { return a.isModule && !b.isModule; });
    for (const SerialPortEntry& port : std::as_const(ports))
        rows.append(Row { RowKind::SerialPort, Section::SerialPorts, port, {}, {}, {} });
    if (ports.isEmpty())
        rows.append(Row { RowKind::Placeholder, Section::SerialPorts, {}, {}, {}, {} });

    // Bluetooth, once a scan feeds it: the modules in range, or one line saying why there can be none.
    if (m_bleFed) {
        rows.append(Row { RowKind::SectionCaption, Section::Bluetooth, {}, {}, {}, {} });
        if (m_bleUnavailable.isEmpty()) {
            for (const BleModuleAdvert& module : m_ble)
                rows.append(Row { RowKind::BleModule, Section::Bluetooth, {}, {}, module, {} });
        }
        if (m_ble.isEmpty() || !m_bleUnavailable.isEmpty())
            rows.append(Row { RowKind::Placeholder, Section::Bluetooth, {}, {}, {}, m_bleUnavailable });
    }

    rows.append(Row { RowKind::SectionCaption, Section::VirtualModule, {}, {}, {}, {} });
    rows.append(Row { RowKind::VirtualModule, Section::VirtualModule, {}, {}, {}, {} });

    // A recent device whose port or module is listed above already has its row there.
    QList<RecentDevice> recent;
    std::copy_if(m_recent.cbegin(), m_recent.cend(), std::back_inserter(recent), [&rows](const RecentDevice& device) {
        return std::none_of(rows.cbegin(), rows.cend(), [&device](const Row& row) {
            return row.target() == ConnectionTarget::device(device.address);
        });
    });
    if (!recent.isEmpty())
        rows.append(Row { RowKind::SectionCaption, Section::RecentDevices, {}, {}, {}, {} });
    for (const RecentDevice& device : std::as_const(recent))
        rows.append(Row { RowKind::RecentDevice, Section::RecentDevices, {}, device, {}, {} });
    return rows;
}

void ConnectionListModel::applyRows(const QList<Row>& next)
{
    QStringList nextKeys;
    nextKeys.reserve(next.size());
    for (const Row& row : next)
        nextKeys.append(row.key());

    // 1. Remove the rows that are gone, from the end so that indexes stay valid.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!nextKeys.contains(m_rows[i].key())) {
            beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // 2. The rows that stay keep their order in every update this model makes; if that ever
    //    changed (e.g. recent devices re-ordered), insertions alone cannot express it.
    qsizetype previous = -1;
    for (const Row& row : std::as_const(m_rows)) {
        const qsizetype position = nextKeys.indexOf(row.key());
        if (position < previous) {
            beginResetModel();
            m_rows = next;
            endResetModel();
            return;
        }
        previous = position;
    }
    // 3. Insert the new rows in place and refresh the ones whose details changed.
    for (qsizetype i = 0; i < next.size(); ++i) {
        const int row = static_cast<int>(i);
        if (i < m_rows.size() && m_rows[i].key() == nextKeys[i]) {
            if (!(m_rows[i] == next[i])) {
                m_rows[i] = next[i];
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(i, next[i]);
        endInsertRows();
    }
}

std::optional<ConnectionTarget> ConnectionListModel::target(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    return m_rows[index.row()].target();
}

QModelIndex ConnectionListModel::indexOf(const ConnectionTarget& target) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target() == target)
            return index(static_cast<int>(i));
    }
    return {};
}

void ConnectionListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::FontRole:
        if (row.kind == RowKind::SectionCaption || row.kind == RowKind::BleModule
            || (row.kind == RowKind::SerialPort && row.port.isModule)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Captions as shaded bands, so that the sections read as groups at a glance.
        if (row.kind == RowKind::SectionCaption)
            return QBrush(QColor(0xe4, 0xe7, 0xeb));
        return {};
    case Qt::ForegroundRole:
        if (row.kind == RowKind::SectionCaption)
            return QBrush(QColor(0x20, 0x2a, 0x36));
        return {};
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case AddressRole:
        if (const std::optional<ConnectionTarget> target = row.target();
            target && target->kind == ConnectionTarget::Kind::Device)
            return target->address.toString();
        return QString();
    case IsModuleRole:
        return row.kind == RowKind::SerialPort && row.port.isModule;
    default:
        return {};
    }
}

Qt::ItemFlags ConnectionListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    switch (m_rows[index.row()].kind) {
    case RowKind::SectionCaption:
        return Qt::ItemIsEnabled; // drawn like text, but never selected
    case RowKind::Placeholder:
        // Why Bluetooth cannot scan is an instruction, drawn as plain text; the others are hints.
        return m_rows[index.row()].note.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsEnabled;
    case RowKind::SerialPort:
    case RowKind::BleModule:
    case RowKind::VirtualModule:
    case RowKind::RecentDevice:
        break;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(AddressRole, "address");
    names.insert(IsModuleRole, "isModule");
    return names;
}

QString ConnectionListModel::displayText(const Row& row) const
{
    switch (row.kind) {
    case RowKind::SectionCaption:
        switch (row.section) {
        case Section::SerialPorts:
            return tr("USB and serial ports");
        case Section::Bluetooth:
            return tr("Bluetooth LE");
        case Section::VirtualModule:
            return tr("Without hardware");
        case Section::RecentDevices:
            return tr("Recent devices");
        }
        return {};
    case RowKind::Placeholder:
        if (row.section == Section::Bluetooth)
            return row.note.isEmpty() ? tr("Searching for IoT Pro modules in Bluetooth range…") : row.note;
        return tr("No serial port found. Plug in the module's USB cable.");
    case RowKind::BleModule:
        return bleModuleText(row.ble);
    case RowKind::SerialPort:
        if (row.port.isModule)
            return tr("IoT Pro module on %1").arg(row.port.address.target());
        return row.port.description.isEmpty()
            ? row.port.address.target()
            : tr("%1 (%2)").arg(row.port.address.target(), row.port.description);
    case RowKind::VirtualModule:
        return tr("Virtual module (built-in)");
    case RowKind::RecentDevice:
        return row.recent.serialNumber.isEmpty()
            ? row.recent.address.toString()
            : tr("%1 at %2").arg(row.recent.serialNumber, row.recent.address.toString());
    }
    return {};
}

QString ConnectionListModel::bleModuleText(const BleModuleAdvert& module) const
{
    // Two lines, so that the narrow panel shows what a technician picks by: the serial on the
    // module's label and the signal first, the advertised name below.
    const QString signal = tr("%1 dBm").arg(module.rssi);
    QStringList lines { module.serial.isEmpty() ? signal : tr("%1 — %2").arg(module.serial, signal), module.name };
    if (module.busy)
        lines.append(tr("Busy: another tool is connected"));
    return lines.join(u'\n');
}

QString ConnectionListModel::toolTip(const Row& row) const
{
    switch (row.kind) {
    case RowKind::SerialPort: {
        QStringList lines { row.port.address.toString() };
        if (!row.port.manufacturer.isEmpty())
            lines.append(tr("Manufacturer: %1").arg(row.port.manufacturer));
        if (row.port.hasUsbIdentity)
            lines.append(tr("USB identity: %1").arg(usbIdentity(row.port)));
        if (!row.port.usbSerialNumber.isEmpty())
            lines.append(tr("USB serial number: %1").arg(row.port.usbSerialNumber));
        return lines.join(u'\n');
    }
    case RowKind::BleModule:
        return tr("%1\nBluetooth address: %2").arg(row.ble.name, DeviceAddress::ble(row.ble.address).toString());
    case RowKind::VirtualModule:
        return tr("Starts a simulated IoT Pro module on this computer, for training and testing.");
    case RowKind::RecentDevice:
        return row.recent.address.toString();
    case RowKind::SectionCaption:
    case RowKind::Placeholder:
        break;
    }
    return {};
}

} // namespace iotpro::ui
