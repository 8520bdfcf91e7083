#pragma once

#include "WizardServices.h"
#include "common/Result.h"
#include "security/Keys.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace iotpro::ui {

/// Which key signs the configuration: one of the user's key store, or a key file on disk; its
/// passphrase when it is encrypted; and whether the connected module trusts it. Without a key it
/// offers to create one in the key store. The built-in virtual module trusts the keys of the key
/// store it was started with (as production enrols a real module's), so after a new key it offers
/// to restart it.
class KeyChooser : public QGroupBox
{
    Q_OBJECT

public:
    KeyChooser(WizardServices& services, QWidget* parent = nullptr);

    /// A key is chosen (and its passphrase typed if it needs one).
    bool isReady() const;
    /// The chosen key, unlocked, for signing now.
    Result<security::SigningKey> loadKey() const;
    /// Lists the key store again (a key may have been added meanwhile, e.g. with iotpro-cli),
    /// keeping the choice, and asks the module again whether it trusts the chosen key.
    void refresh();
    /// Asks the module again whether it trusts the chosen key.
    void checkTrust();
    void retranslate();

Q_SIGNALS:
    void readinessChanged();

private:
    void fillKeys(const QString& select = {});
    void onKeyChosen();
    void browse();
    void createKey();
    void restartVirtualModule();
    bool isFileChosen() const;
    QString chosenName() const;
    Result<security::PublicKey> chosenPublicKey() const;
    Result<bool> chosenIsEncrypted() const;
    bool isVirtualModule() const;

    WizardServices& m_services;
    QLabel* m_keyLabel;
    QComboBox* m_key;
    QLabel* m_fingerprint;
    QWidget* m_fileRow;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_keyProblem;
    QLabel* m_trust;
    QPushButton* m_restart;
    QPushButton* m_newKey;
    QWidget* m_createForm;
    QLabel* m_createIntro;
    QLabel* m_newNameLabel;
    QLineEdit* m_newName;
    QLabel* m_newPassphraseLabel;
    QLineEdit* m_newPassphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QPushButton* m_create;
    QLabel* m_createProblem;
    bool m_encrypted = false;
    /// Counts trust checks: only the latest answer is shown.
    quint64 m_trustCheck = 0;
};

} // namespace iotpro::ui
