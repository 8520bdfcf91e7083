#include "BenchView.h"

#include "BenchResultBanner.h"
#include "security/KeyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

QWidget* row(QWidget* parent, QLineEdit* field, QPushButton* button)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return box;
}

} // namespace

BenchView::BenchView(BenchController& controller, security::KeyStore& keys, QSettings& store, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_keys(keys)
    , m_store(store)
    , m_setup(new QGroupBox(this))
    , m_referenceLabel(new QLabel(m_setup))
    , m_reference(new QLineEdit(m_setup))
    , m_referenceCertificateLabel(new QLabel(m_setup))
    , m_referenceCertificate(new QLineEdit(m_setup))
    , m_referenceDueLabel(new QLabel(m_setup))
    , m_referenceDue(new QLineEdit(m_setup))
    , m_planLabel(new QLabel(m_setup))
    , m_plan(new QLineEdit(m_setup))
    , m_planBrowse(new QPushButton(m_setup))
    , m_operatorLabel(new QLabel(m_setup))
    , m_operator(new QLineEdit(m_setup))
    , m_batchLabel(new QLabel(m_setup))
    , m_batch(new QLineEdit(m_setup))
    , m_folderLabel(new QLabel(m_setup))
    , m_folder(new QLineEdit(m_setup))
    , m_folderBrowse(new QPushButton(m_setup))
    , m_adjust(new QCheckBox(m_setup))
    , m_keyLabel(new QLabel(m_setup))
    , m_key(new QComboBox(m_setup))
    , m_passphraseLabel(new QLabel(m_setup))
    , m_passphrase(new QLineEdit(m_setup))
    , m_serialLabel(new QLabel(this))
    , m_serial(new QLineEdit(this))
    , m_result(new BenchResultBanner(this))
    , m_outputs(new QLabel(this))
    , m_points(new QTableView(this))
{
    setObjectName(u"benchView"_qs);
    m_reference->setObjectName(u"benchReference"_qs);
    m_referenceCertificate->setObjectName(u"benchReferenceCertificate"_qs);
    m_referenceDue->setObjectName(u"benchReferenceDue"_qs);
    m_plan->setObjectName(u"benchPlan"_qs);
    m_operator->setObjectName(u"benchOperator"_qs);
    m_batch->setObjectName(u"benchBatch"_qs);
    m_folder->setObjectName(u"benchOutputFolder"_qs);
    m_adjust->setObjectName(u"benchAdjust"_qs);
    m_key->setObjectName(u"benchFactoryKey"_qs);
    m_passphrase->setObjectName(u"benchFactoryKeyPassphrase"_qs);
    m_serial->setObjectName(u"benchSerial"_qs);
    m_outputs->setObjectName(u"benchOutputs"_qs);
    m_points->setObjectName(u"benchPoints"_qs);

    m_referenceLabel->setBuddy(m_reference);
    m_referenceCertificateLabel->setBuddy(m_referenceCertificate);
    m_referenceDueLabel->setBuddy(m_referenceDue);
    m_planLabel->setBuddy(m_plan);
    m_operatorLabel->setBuddy(m_operator);
    m_batchLabel->setBuddy(m_batch);
    m_folderLabel->setBuddy(m_folder);
    // No mnemonic of their own: every letter is taken while this tab shows; Tab reaches them from
    // the adjust box (Alt+K).
    m_keyLabel->setBuddy(m_key);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_serialLabel->setBuddy(m_serial);

    m_operator->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_key->setEnabled(false);
    m_passphrase->setEnabled(false);
    connect(m_adjust, &QCheckBox::toggled, m_key, &QWidget::setEnabled);
    connect(m_adjust, &QCheckBox::toggled, m_passphrase, &QWidget::setEnabled);
    connect(m_planBrowse, &QPushButton::clicked, this, &BenchView::browsePlan);
    connect(m_folderBrowse, &QPushButton::clicked, this, &BenchView::browseFolder);

    auto* form = new QFormLayout(m_setup);
    form->addRow(m_referenceLabel, m_reference);
    form->addRow(m_referenceCertificateLabel, m_referenceCertificate);
    form->addRow(m_referenceDueLabel, m_referenceDue);
    form->addRow(m_planLabel, row(m_setup, m_plan, m_planBrowse));
    form->addRow(m_operatorLabel, m_operator);
    form->addRow(m_batchLabel, m_batch);
    form->addRow(m_folderLabel, row(m_setup, m_folder, m_folderBrowse));
    form->addRow(m_adjust);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_passphraseLabel, m_passphrase);

    // The entry a barcode scanner types into: big, on top, always where the focus goes back.
    QFont serialFont = m_serial->font();
    serialFont.setPointSizeF(serialFont.pointSizeF() * 2.0);
    m_serial->setFont(serialFont);
    QFont serialLabelFont = m_serialLabel->font();
    serialLabelFont.setBold(true);
    serialLabelFont.setPointSizeF(serialLabelFont.pointSizeF() * 1.4);
    m_serialLabel->setFont(serialLabelFont);
    auto* serialRow = new QHBoxLayout;
    serialRow->addWidget(m_serialLabel);
    serialRow->addWidget(m_serial, 1);
    connect(m_serial, &QLineEdit::returnPressed, this, [this] {
        storeBenchSettings(m_store, settings());
        m_controller.scanned(m_serial->text(), settings());
    });

    m_points->setModel(&m_controller.points());
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_points->verticalHeader()->hide();
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_points->horizontalHeader()->setSectionResizeMode(BenchPointModel::TestColumn, QHeaderView::Stretch);
    m_outputs->setWordWrap(true);
    m_outputs->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* results = new QVBoxLayout;
    results->addWidget(m_points, 1);
    results->addWidget(m_outputs);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_setup);
    lower->addLayout(results, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(serialRow);
    layout->addWidget(m_result);
    layout->addLayout(lower, 1);

    connect(&m_controller, &BenchController::stateChanged, this, &BenchView::refresh);
    fillKeys();
    restoreSetup();
    retranslate();
    refresh();
}

BenchSettings BenchView::settings() const
{
    return { m_reference->text(), m_referenceCertificate->text(), m_referenceDue->text(), m_plan->text(),
        m_operator->text(), m_batch->text(), m_folder->text(), m_adjust->isChecked(), m_key->currentText(),
        m_passphrase->text() };
}

void BenchView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BenchView::showEvent(QShowEvent* event)
{
    fillKeys(); // a key may have been added meanwhile (iotpro-cli keys import)
    m_serial->setFocus();
    QWidget::showEvent(event);
}

void BenchView::retranslate()
{
    m_setup->setTitle(tr("Bench setup"));
    m_referenceLabel->setText(tr("&Reference meter:"));
    m_reference->setPlaceholderText(tr("modbus-tcp:HOST:PORT or modbus-rtu:DEVICE:BAUD:8N1"));
    m_referenceCertificateLabel->setText(tr("Reference cer&tificate:"));
    m_referenceCertificate->setPlaceholderText(tr("its own calibration certificate's number"));
    m_referenceDueLabel->setText(tr("Reference calibration du&e:"));
    m_referenceDue->setPlaceholderText(tr("YYYY-MM-DD"));
    m_planLabel->setText(tr("Test &plan:"));
    m_plan->setPlaceholderText(tr("built-in: IEC 62053-22 class 0.5S"));
    m_planBrowse->setText(tr("Browse…"));
    m_operatorLabel->setText(tr("&Operator:"));
    m_batchLabel->setText(tr("&Batch:"));
    m_batch->setPlaceholderText(tr("e.g. the work order"));
    m_folderLabel->setText(tr("O&utput folder:"));
    m_folderBrowse->setText(tr("Browse…"));
    m_adjust->setText(tr("Adjust the module (factory &key), then check it again"));
    m_keyLabel->setText(tr("Factory key:"));
    m_passphraseLabel->setText(tr("Passphrase:"));
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    m_serialLabel->setText(tr("&Serial number:"));
    m_serial->setPlaceholderText(tr("scan the module's label, or type its serial number and press Enter"));
    refresh();
}

void BenchView::refresh()
{
    const BenchController::State state = m_controller.state();
    const bool running = state == BenchController::State::Running;
    m_result->setResult(state, m_controller.message());
    m_setup->setEnabled(!running);
    m_serial->setReadOnly(running);
    if (m_controller.certificatePath().isEmpty())
        m_outputs->clear();
    else
        m_outputs->setText(tr("Certificate: %1\nCSV log: %2")
                               .arg(QDir::toNativeSeparators(m_controller.certificatePath()),
                                   QDir::toNativeSeparators(m_controller.csvPath())));
    if (running)
        return;
    // Ready for the next scan: a refused one stays selected to be seen, and replaced by the next.
    if (state == BenchController::State::Refused)
        m_serial->selectAll();
    else
        m_serial->clear();
    m_serial->setFocus();
}

void BenchView::fillKeys()
{
    const QString chosen = m_key->currentText();
    m_key->clear();
    m_key->addItems(m_keys.names());
    if (const int index = m_key->findText(chosen); index >= 0)
        m_key->setCurrentIndex(index);
}

void BenchView::restoreSetup()
{
    const BenchSettings stored = storedBenchSettings(m_store);
    m_reference->setText(stored.referenceAddress);
    m_referenceCertificate->setText(stored.referenceCertificate);
    m_referenceDue->setText(stored.referenceDue);
    m_plan->setText(stored.planPath);
    m_operator->setText(stored.operatorName);
    m_batch->setText(stored.batch);
    m_folder->setText(stored.outputFolder);
    m_adjust->setChecked(stored.adjust);
    if (const int index = m_key->findText(stored.factoryKeyName); index >= 0)
        m_key->setCurrentIndex(index);
}

void BenchView::browsePlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Test plan"), m_plan->text(), tr("Test plans (*.json)"));
    if (!path.isEmpty())
        m_plan->setText(path);
}

void BenchView::browseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_folder->text());
    if (!path.isEmpty())
        m_folder->setText(path);
}

} // namespace iotpro::ui
