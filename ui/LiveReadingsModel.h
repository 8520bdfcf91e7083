#pragma once

#include "device/LiveSnapshot.h"

#include <QAbstractTableModel>
#include <optional>

namespace iotpro::ui {

/// The per-element readings of the latest live snapshot: one row per metering element and a
/// totals row; columns as the Column enum. Display texts are in the user's locale, units are
/// in the headers. A new snapshot of the same shape changes data only, so views keep their
/// selection and scroll position at 10 updates a second.
class LiveReadingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Voltage,
        Current,
        RatingShare, ///< current as % of the CT's rated primary current
        ActivePower,
        ReactivePower,
        ApparentPower,
        PowerFactor,
        Angle, ///< degrees the current lags its voltage, as the module measures it
        ThdVoltage,
        ThdCurrent,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /// The number behind the display text (in the header's unit); invalid where a cell has none.
        ValueRole = Qt::UserRole + 1,
    };

    explicit LiveReadingsModel(QObject* parent = nullptr);

    void setSnapshot(const LiveSnapshot& snapshot);
    /// No readings: the stream ended.
    void clear();
    const std::optional<LiveSnapshot>& snapshot() const { return m_snapshot; }

    /// Re-announces headers and values after the UI language (and so the locale) changed.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isTotalsRow(int row) const;
    std::optional<double> value(int row, int column) const;
    std::optional<double> elementValue(int element, int column) const;
    std::optional<double> totalValue(int column) const;
    static int decimals(int column);
    QString rowName(int row) const;
    static QString columnName(int column);
    static QString columnToolTip(int column);

    std::optional<LiveSnapshot> m_snapshot;
};

} // namespace iotpro::ui
