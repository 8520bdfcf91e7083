#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace iotpro::ui {

class ConnectionController;
class ConnectionListModel;

/// Where the user picks a module (a listed port, the virtual module, a recent device, or a
/// typed address) and connects or disconnects. Choosing in the list clears the typed address
/// and typing clears the list's selection, so only one choice is ever visible.
class ConnectionPanel : public QGroupBox
{
    Q_OBJECT

public:
    ConnectionPanel(ConnectionController& controller, ConnectionListModel& model, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    /// Reflects a choice made elsewhere (start-up options, Reconnect) in the list or the field.
    void showChosenTarget();
    void onSelectionChanged();
    void onAddressEdited(const QString& text);

    ConnectionController& m_controller;
    ConnectionListModel& m_model;
    QLabel* m_listLabel;
    QListView* m_list;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_addressProblem;
    QPushButton* m_connect;
    QPushButton* m_disconnect;
    /// Set while the panel itself changes the list or the field, or passes the user's input
    /// on: those changes are neither the user's nor in need of reflecting back.
    bool m_updatingInputs = false;
};

} // namespace iotpro::ui
