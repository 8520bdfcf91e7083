#pragma once

#include "storage/SessionRecord.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;

namespace iotpro::ui {

/// What one recorded session says, for reading on screen: when, how it ended, the module and its
/// place, what was written (configuration hash, number, signer) or why not, the live check's
/// findings with how each was resolved, and the network check. The report holds all of it.
class SessionDetails : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetails(QWidget* parent = nullptr);

    /// Shows `session`, or a hint to pick one.
    void showSession(const std::optional<storage::SessionRecord>& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    QLabel* addRow(const QString& objectName);

    std::optional<storage::SessionRecord> m_session;
    QLabel* m_hint;
    QFormLayout* m_layout;
    QList<QLabel*> m_values;
};

} // namespace iotpro::ui
