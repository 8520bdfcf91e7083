#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class ConnectionController;

/// The one inline message about a failed connection or a lost link, with the way out
/// (Reconnect). Never a dialog: the technician's hands may be in the switchboard.
class ProblemBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBanner(ConnectionController& controller, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ConnectionController& m_controller;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QPushButton* m_reconnect;
    QPushButton* m_dismiss;
};

} // namespace iotpro::ui
