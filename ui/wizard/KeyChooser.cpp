#include "KeyChooser.h"

#include "ConnectionController.h"
#include "FieldIssues.h"
#include "FormRows.h"
#include "LargeButtons.h"
#include "VirtualModuleTrust.h"
#include "commissioning/CommissioningSession.h"
#include "device/TrustRequests.h"
#include "device/VirtualModuleLauncher.h"
#include "security/KeyFile.h"
#include "security/KeyStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

/// The name offered for a first key.
const QString kFirstKeyName = QStringLiteral("signing-key");

QLineEdit* newPassphraseField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    return field;
}

} // namespace

KeyChooser::KeyChooser(WizardServices& services, QWidget* parent)
    : QGroupBox(parent)
    , m_services(services)
    , m_keyLabel(new QLabel(this))
    , m_key(new QComboBox(this))
    , m_fingerprint(new QLabel(this))
    , m_fileRow(new QWidget(this))
    , m_file(new QLineEdit(m_fileRow))
    , m_browse(new QPushButton(m_fileRow))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(newPassphraseField(u"keyPassphrase"_qs, this))
    , m_keyProblem(new QLabel(this))
    , m_trust(new QLabel(this))
    , m_restart(new QPushButton(this))
    , m_newKey(new QPushButton(this))
    , m_createForm(new QWidget(this))
    , m_createIntro(new QLabel(m_createForm))
    , m_newNameLabel(new QLabel(m_createForm))
    , m_newName(new QLineEdit(m_createForm))
    , m_newPassphraseLabel(new QLabel(m_createForm))
    , m_newPassphrase(newPassphraseField(u"newKeyPassphrase"_qs, m_createForm))
    , m_repeatLabel(new QLabel(m_createForm))
    , m_repeat(newPassphraseField(u"newKeyRepeat"_qs, m_createForm))
    , m_create(new QPushButton(m_createForm))
    , m_createProblem(new QLabel(m_createForm))
{
    setObjectName(QStringLiteral("keyChooser"));
    m_key->setObjectName(QStringLiteral("keyCombo"));
    m_fingerprint->setObjectName(QStringLiteral("keyFingerprint"));
    m_file->setObjectName(QStringLiteral("keyFileEdit"));
    m_trust->setObjectName(QStringLiteral("keyTrust"));
    m_restart->setObjectName(QStringLiteral("restartVirtualModule"));
    m_newKey->setObjectName(QStringLiteral("newKeyButton"));
    m_newName->setObjectName(QStringLiteral("newKeyName"));
    m_create->setObjectName(QStringLiteral("createKeyButton"));
    m_keyLabel->setBuddy(m_key);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_newNameLabel->setBuddy(m_newName);
    m_newPassphraseLabel->setBuddy(m_newPassphrase);
    m_repeatLabel->setBuddy(m_repeat);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setWordWrap(true);
    m_createIntro->setWordWrap(true);
    FieldIssues::styleAsProblem(*m_keyProblem);
    FieldIssues::styleAsProblem(*m_createProblem);
    for (QPushButton* button : { m_browse, m_restart, m_newKey, m_create })
        button->setAutoDefault(true);
    makeLargeTarget(*m_restart);
    m_newName->setText(kFirstKeyName);

    auto* fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_fingerprint);
    keyRow->addWidget(m_newKey);
    auto* form = new QFormLayout;
    form->addRow(m_keyLabel, keyRow);
    form->addRow(QString(), m_fileRow);
    form->addRow(m_passphraseLabel, m_passphrase);

    auto* createLayout = new QFormLayout(m_createForm);
    createLayout->setContentsMargins(0, 0, 0, 0);
    createLayout->addRow(m_createIntro);
    createLayout->addRow(m_newNameLabel, m_newName);
    createLayout->addRow(m_newPassphraseLabel, m_newPassphrase);
    createLayout->addRow(m_repeatLabel, m_repeat);
    createLayout->addRow(QString(), m_create);
    createLayout->addRow(m_createProblem);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keyProblem);
    layout->addWidget(m_trust);
    layout->addWidget(m_restart, 0, Qt::AlignLeft);
    layout->addWidget(m_createForm);
    setTabOrderChain({ m_key, m_newKey, m_file, m_browse, m_passphrase, m_restart, m_newName, m_newPassphrase,
        m_repeat, m_create });

    connect(m_key, &QComboBox::currentIndexChanged, this, &KeyChooser::onKeyChosen);
    connect(m_file, &QLineEdit::editingFinished, this, &KeyChooser::onKeyChosen);
    connect(m_passphrase, &QLineEdit::textChanged, this, &KeyChooser::readinessChanged);
    connect(m_browse, &QPushButton::clicked, this, &KeyChooser::browse);
    connect(m_newKey, &QPushButton::clicked, this, [this] {
        m_createForm->setVisible(!m_createForm->isVisible());
        if (m_createForm->isVisible())
            m_newName->setFocus(Qt::OtherFocusReason);
    });
    connect(m_create, &QPushButton::clicked, this, &KeyChooser::createKey);
    connect(m_restart, &QPushButton::clicked, this, &KeyChooser::restartVirtualModule);
    retranslate();
    fillKeys();
}

void KeyChooser::retranslate()
{
    setTitle(tr("Signing key"));
    m_keyLabel->setText(tr("&Key:"));
    m_browse->setText(tr("Browse…"));
    m_file->setPlaceholderText(tr("The private key file, e.g. made by iotpro-cli keygen"));
    m_passphraseLabel->setText(tr("Key passphrase:"));
    m_restart->setText(tr("&Restart the virtual module trusting your keys"));
    m_newKey->setText(tr("New key…"));
    m_createIntro->setText(tr("A new signing key is kept in your key store (%1), readable only by you. A "
                              "passphrase protects it if the laptop is lost; you will type it for every write.")
                               .arg(QDir::toNativeSeparators(m_services.keys.directory())));
    m_newNameLabel->setText(tr("Name of the new ke&y:"));
    m_newPassphraseLabel->setText(tr("Passphrase (optional):"));
    m_repeatLabel->setText(tr("Passphrase again:"));
    m_create->setText(tr("Create the key"));
    const int fileItem = m_key->count() - 1;
    if (fileItem >= 0)
        m_key->setItemText(fileItem, tr("A key file on disk…"));
}

void KeyChooser::refresh()
{
    fillKeys(isFileChosen() ? QString() : chosenName());
}

void KeyChooser::fillKeys(const QString& select)
{
    const QSignalBlocker blocker(m_key);
    m_key->clear();
    const QStringList names = m_services.keys.names();
    for (const QString& name : names)
        m_key->addItem(name, name);
    m_key->addItem(tr("A key file on disk…"), QString());
    int wanted = 0; // the first key of the store, or the key file when the store is empty
    if (!select.isEmpty())
        wanted = std::max(0, m_key->findData(select));
    else if (!m_file->text().isEmpty())
        wanted = m_key->count() - 1;
    m_key->setCurrentIndex(wanted);
    // No key yet: creating one is the way forward, so it is open from the start.
    m_createForm->setVisible(names.isEmpty());
    onKeyChosen();
}

bool KeyChooser::isFileChosen() const
{
    return m_key->currentIndex() == m_key->count() - 1;
}

QString KeyChooser::chosenName() const
{
    return m_key->currentData().toString();
}

Result<security::PublicKey> KeyChooser::chosenPublicKey() const
{
    return isFileChosen() ? security::keyfile::publicKey(m_file->text()) : m_services.keys.publicKey(chosenName());
}

Result<bool> KeyChooser::chosenIsEncrypted() const
{
    return isFileChosen() ? security::keyfile::isEncrypted(m_file->text()) : m_services.keys.isEncrypted(chosenName());
}

bool KeyChooser::isVirtualModule() const
{
    const std::optional<ConnectionTarget>& target = m_services.connection.activeTarget();
    return target && target->kind == ConnectionTarget::Kind::VirtualModule;
}

void KeyChooser::onKeyChosen()
{
    const bool file = isFileChosen();
    m_fileRow->setVisible(file);
    m_fingerprint->clear();
    m_keyProblem->clear();
    m_encrypted = false;
    if (file && m_file->text().isEmpty()) {
        m_passphraseLabel->setVisible(false);
        m_passphrase->setVisible(false);
        m_keyProblem->setVisible(false);
        checkTrust();
        Q_EMIT readinessChanged();
        return;
    }
    const Result<bool> encrypted = chosenIsEncrypted();
    const Result<security::PublicKey> key = chosenPublicKey();
    if (!encrypted || !key) {
        m_keyProblem->setText(u"\u26A0 "_qs + (encrypted ? key.error() : encrypted.error()).detail);
    } else {
        m_encrypted = encrypted.value();
        m_fingerprint->setText(key->fingerprint());
    }
    m_keyProblem->setVisible(!m_keyProblem->text().isEmpty());
    m_passphraseLabel->setVisible(m_encrypted);
    m_passphrase->setVisible(m_encrypted);
    m_passphrase->clear();
    checkTrust();
    Q_EMIT readinessChanged();
}

bool KeyChooser::isReady() const
{
    return !m_fingerprint->text().isEmpty() && (!m_encrypted || !m_passphrase->text().isEmpty());
}

Result<security::SigningKey> KeyChooser::loadKey() const
{
    return isFileChosen() ? security::keyfile::load(m_file->text(), m_passphrase->text())
                          : m_services.keys.load(chosenName(), m_passphrase->text());
}

void KeyChooser::checkTrust()
{
    const quint64 check = ++m_trustCheck;
    m_restart->setVisible(false);
    const Result<security::PublicKey> key = chosenPublicKey();
    const commissioning::CommissioningSession& session = m_services.session;
    if (!key || !session.isLinkUp() || session.otherModule()) {
        m_trust->clear();
        m_trust->setVisible(false);
        return;
    }
    m_trust->setVisible(true);
    m_trust->setText(tr("Asking the module whether it trusts this key…"));
    const QByteArray keyId = key->keyId().toBytes();
    TrustRequests(m_services.client).list(this, [this, check, keyId](Result<TrustStore> store) {
        if (check != m_trustCheck)
            return;
        if (!store) {
            m_trust->setText(tr("The module's trusted keys could not be read: %1").arg(store.error().toString()));
            return;
        }
        const bool trusted = std::any_of(store->keys.cbegin(), store->keys.cend(), [&](const TrustedKey& trustedKey) {
            return trustedKey.keyId == keyId && trustedKey.role == TrustRole::Configuration;
        });
        if (trusted) {
            m_trust->setText(tr("\u2714 The module trusts this key."));
        } else if (isVirtualModule()) {
            m_trust->setText(tr("\u2716 The virtual module does not trust this key yet: it trusts the keys of "
                                "your key store it was started with. Restart it to add this one."));
            m_restart->setVisible(true);
        } else {
            m_trust->setText(tr("\u2716 The module does not trust this key and will refuse the configuration. "
                                "Modules learn their signing keys in production (iotpro-cli trust add, in "
                                "factory mode): choose a key it trusts, or have this one enrolled."));
        }
    });
}

void KeyChooser::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a private key file"), m_file->text());
    if (path.isEmpty())
        return;
    m_file->setText(path);
    onKeyChosen();
}

void KeyChooser::createKey()
{
    m_createProblem->clear();
    const QString name = m_newName->text().trimmed();
    if (m_newPassphrase->text() != m_repeat->text()) {
        m_createProblem->setText(tr("\u26A0 The two passphrases differ; type them again."));
        m_repeat->clear();
        m_repeat->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Result<security::PublicKey> created = m_services.keys.generate(name, m_newPassphrase->text());
    m_newPassphrase->clear();
    m_repeat->clear();
    if (!created) {
        m_createProblem->setText(u"\u26A0 "_qs + created.error().detail);
        return;
    }
    trustKeyStoreKeys(m_services.virtualModule, m_services.keys);
    fillKeys(name);
    m_createForm->setVisible(false);
    m_key->setFocus(Qt::OtherFocusReason);
}

void KeyChooser::restartVirtualModule()
{
    QStringList extra;
    if (isFileChosen() && !m_file->text().isEmpty())
        extra.append(m_file->text() + QStringLiteral(".pub"));
    trustKeyStoreKeys(m_services.virtualModule, m_services.keys, extra);
    // The wizard keeps its place: the same module comes back and it continues here.
    m_services.connection.disconnectFromDevice();
    m_services.connection.connectTo(ConnectionTarget::virtualModule());
}

} // namespace iotpro::ui
