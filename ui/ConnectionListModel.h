#pragma once

#include "ConnectionTarget.h"
#include "RecentDevices.h"
#include "transport/BleModuleAdvert.h"
#include "transport/SerialPortScanner.h"

#include <QAbstractListModel>
#include <optional>

namespace iotpro::ui {

/// Everything the user can connect to, in sections: serial ports (IoT Pro modules first), IoT Pro
/// modules in Bluetooth range (strongest first; or one line saying why Bluetooth cannot scan), the
/// built-in virtual module, recent devices. Section captions are rows that cannot be selected.
///
/// Updates are applied as row insertions and removals, not resets, so that the user's
/// selection survives a hot-plug elsewhere in the list.
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class RowKind { SectionCaption, Placeholder, SerialPort, BleModule, VirtualModule, RecentDevice };
    Q_ENUM(RowKind)

    enum Role {
        RowKindRole = Qt::UserRole + 1, ///< RowKind
        AddressRole, ///< the device address as text; empty for other rows
        IsModuleRole, ///< a serial port recognised as an IoT Pro module
    };

    explicit ConnectionListModel(QObject* parent = nullptr);

    void setSerialPorts(const QList<SerialPortEntry>& ports);
    void setRecentDevices(const QList<RecentDevice>& devices);
    /// The modules a Bluetooth scan sees now, listed in the order given (BleModuleWatcher: strongest first).
    void setBleModules(const QList<BleModuleAdvert>& modules);
    /// Why Bluetooth cannot scan, shown instead of its modules; empty when it can.
    void setBleUnavailable(const QString& detail);

    /// What a row connects to; nothing for captions and placeholders.
    std::optional<ConnectionTarget> target(const QModelIndex& index) const;
    /// The row that connects to `target`, or an invalid index.
    QModelIndex indexOf(const ConnectionTarget& target) const;

    /// Re-announces every row after the UI language changed: their texts are translated.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    enum class Section { SerialPorts, Bluetooth, VirtualModule, RecentDevices };

    struct Row
    {
        RowKind kind = RowKind::Placeholder;
        Section section = Section::SerialPorts;
        SerialPortEntry port;
        RecentDevice recent;
        BleModuleAdvert ble;
        QString note; ///< the Bluetooth placeholder's text: why it cannot scan

        /// Identifies the row across updates.
        QString key() const;
        std::optional<ConnectionTarget> target() const;
        friend bool operator==(const Row&, const Row&) = default;
    };

    QList<Row> buildRows() const;
    void applyRows(const QList<Row>& next);
    QString displayText(const Row& row) const;
    QString toolTip(const Row& row) const;
    QString bleModuleText(const BleModuleAdvert& module) const;

    QList<SerialPortEntry> m_ports;
    QList<RecentDevice> m_recent;
    QList<BleModuleAdvert> m_ble;
    QString m_bleUnavailable;
    /// The Bluetooth section shows once a scan (BleModuleWatcher) feeds the list.
    bool m_bleFed = false;
    QList<Row> m_rows;
};

} // namespace iotpro::ui
