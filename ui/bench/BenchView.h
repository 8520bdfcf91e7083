#pragma once

#include "BenchController.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableView;

namespace iotpro::security {
class KeyStore;
}

namespace iotpro::ui {

class BenchResultBanner;

/// The Bench mode for the production operator: the bench's setup (reference meter, plan,
/// operator, batch, output folder, optional adjustment with a factory key of the key store),
/// a serial-number entry a barcode scanner types into (characters, then Enter), the big
/// result and the points as they finish. The entry takes the focus back after every run.
class BenchView : public QWidget
{
    Q_OBJECT

public:
    /// `store` keeps the setup between runs of the app (storeBenchSettings).
    BenchView(BenchController& controller, security::KeyStore& keys, QSettings& store, QWidget* parent = nullptr);

    /// The setup as typed.
    BenchSettings settings() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void refresh();
    void fillKeys();
    /// Fills the setup in as it was last used.
    void restoreSetup();
    void browsePlan();
    void browseFolder();

    BenchController& m_controller;
    security::KeyStore& m_keys;
    QSettings& m_store;
    QGroupBox* m_setup;
    QLabel* m_referenceLabel;
    QLineEdit* m_reference;
    QLabel* m_referenceCertificateLabel;
    QLineEdit* m_referenceCertificate;
    QLabel* m_referenceDueLabel;
    QLineEdit* m_referenceDue;
    QLabel* m_planLabel;
    QLineEdit* m_plan;
    QPushButton* m_planBrowse;
    QLabel* m_operatorLabel;
    QLineEdit* m_operator;
    QLabel* m_batchLabel;
    QLineEdit* m_batch;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_folderBrowse;
    QCheckBox* m_adjust;
    QLabel* m_keyLabel;
    QComboBox* m_key;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_serialLabel;
    QLineEdit* m_serial;
    BenchResultBanner* m_result;
    QLabel* m_outputs;
    QTableView* m_points;
};

} // namespace iotpro::ui
