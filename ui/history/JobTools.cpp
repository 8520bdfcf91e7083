#include "JobTools.h"

#include "JobHistory.h"
#include "ProblemStyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace iotpro::ui {

namespace {

QString placeText(const storage::CircuitPlace& place)
{
    return QStringList { place.site, place.panel, place.circuit }.join(QStringLiteral(" / "));
}

/// Asks for a template's name and description; false when cancelled.
bool askNameAndDescription(QWidget* parent, QString& name, QString& description)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(JobTools::tr("Save as template"));
    auto* nameEdit = new QLineEdit(&dialog);
    nameEdit->setObjectName(QStringLiteral("templateName"));
    nameEdit->setMaxLength(int(storage::TemplateStore::MaxNameLength));
    auto* descriptionEdit = new QLineEdit(&dialog);
    descriptionEdit->setObjectName(QStringLiteral("templateDescription"));
    auto* note = new QLabel(JobTools::tr("A template never keeps a secret, a DevEUI, a static address or the "
                                         "circuit's name: the next module gets its own."),
        &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(JobTools::tr("&Name:"), nameEdit);
    form->addRow(JobTools::tr("&Description:"), descriptionEdit);
    form->addRow(note);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    name = nameEdit->text();
    description = descriptionEdit->text();
    return true;
}

} // namespace

JobTools::JobTools(JobHistory& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_saveTemplate(new QPushButton(this))
    , m_fromTemplate(new QPushButton(this))
    , m_fromPlan(new QPushButton(this))
    , m_importPack(new QPushButton(this))
    , m_exportPack(new QPushButton(this))
    , m_exportModules(new QPushButton(this))
    , m_exportThingsStack(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(QStringLiteral("jobTools"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    m_fromTemplate->setObjectName(QStringLiteral("startFromTemplate"));
    m_fromPlan->setObjectName(QStringLiteral("startFromPlan"));
    m_importPack->setObjectName(QStringLiteral("importJobPack"));
    m_exportPack->setObjectName(QStringLiteral("exportJobPack"));
    m_exportModules->setObjectName(QStringLiteral("exportModulesCsv"));
    m_exportThingsStack->setObjectName(QStringLiteral("exportThingsStack"));
    m_outcome->setObjectName(QStringLiteral("jobToolsOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows: the next module (from what is chosen in the tree), and the office's files.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_saveTemplate, 0, 0);
    buttons->addWidget(m_fromTemplate, 0, 1);
    buttons->addWidget(m_fromPlan, 0, 2);
    buttons->addWidget(m_importPack, 1, 0);
    buttons->addWidget(m_exportPack, 1, 1);
    buttons->addWidget(m_exportModules, 1, 2);
    buttons->addWidget(m_exportThingsStack, 1, 3);
    buttons->setColumnStretch(4, 1); // buttons as wide as their texts, on the left
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);

    connect(m_saveTemplate, &QPushButton::clicked, this, &JobTools::askTemplate);
    connect(m_fromTemplate, &QPushButton::clicked, this, &JobTools::askTemplateToStart);
    connect(m_fromPlan, &QPushButton::clicked, this, &JobTools::startFromPlan);
    connect(m_importPack, &QPushButton::clicked, this, &JobTools::askImport);
    connect(m_exportPack, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(
            tr("Export the job pack"), QStringLiteral("job-pack.json"), tr("Job packs (*.json)"));
        if (!path.isEmpty())
            exportJobPack(path);
    });
    connect(m_exportModules, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(tr("Export the commissioned modules"),
            QStringLiteral("commissioned-modules.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportModules(path);
    });
    connect(m_exportThingsStack, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(tr("Export the LoRaWAN devices for The Things Stack"),
            QStringLiteral("things-stack-devices.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportThingsStack(path);
    });
    retranslate();
    m_outcome->hide();
}

void JobTools::setSelection(std::optional<qint64> session, std::optional<storage::CircuitPlace> place)
{
    m_session = session;
    m_place = std::move(place);
    refreshButtons();
}

bool JobTools::saveTemplate(const QString& name, const QString& description, bool replace)
{
    if (!m_session) {
        showOutcome(
            tr("Choose a commissioned session in the tree first: its configuration becomes the template."),
            true);
        return false;
    }
    if (Result<void> saved = m_history.saveTemplate(*m_session, name, description, replace); !saved) {
        showOutcome(saved.error().toString(), true);
        return false;
    }
    showOutcome(tr("\u2714 Template \"%1\" saved from session %2, without secrets, DevEUI, static address or "
                   "circuit name.")
                    .arg(name)
                    .arg(*m_session),
        false);
    return true;
}

bool JobTools::startFromTemplate(const QString& name)
{
    const Result<config::DeviceConfig> draft
        = m_history.fromTemplate(name, m_place.value_or(storage::CircuitPlace {}));
    if (!draft) {
        showOutcome(draft.error().toString(), true);
        return false;
    }
    const QString where = m_place ? tr(" for %1").arg(placeText(*m_place)) : QString();
    showOutcome(
        tr("\u2714 The wizard starts from template \"%1\"%2. Type the secrets and the module's own DevEUI "
           "there: a template has none.")
            .arg(name, where),
        false);
    Q_EMIT wizardRequested(draft.value());
    return true;
}

bool JobTools::startFromPlan()
{
    if (!m_place) {
        showOutcome(tr("Choose a circuit in the tree first."), true);
        return false;
    }
    const Result<config::DeviceConfig> draft = m_history.plannedConfig(*m_place);
    if (!draft) {
        showOutcome(draft.error().toString(), true);
        return false;
    }
    showOutcome(
        tr("\u2714 The wizard starts for %1 with its planned CTs and its site's network. Type the secrets "
           "there: a job pack has none.")
            .arg(placeText(*m_place)),
        false);
    Q_EMIT wizardRequested(draft.value());
    return true;
}

bool JobTools::importJobPack(const QString& path)
{
    const Result<storage::JobPack> imported = m_history.importJobPack(path);
    if (!imported) {
        showOutcome(imported.error().toString(), true);
        return false;
    }
    showOutcome(tr("\u2714 Imported %1: %n site(s)", nullptr, int(imported->sites.size())).arg(path)
            + tr(", %n circuit(s); they show in the tree.", nullptr,
                int(storage::jobpack::circuitCount(imported.value()))),
        false);
    return true;
}

bool JobTools::exportJobPack(const QString& path)
{
    const Result<storage::JobPack> written = m_history.exportJobPack(path);
    if (!written) {
        showOutcome(written.error().toString(), true);
        return false;
    }
    showOutcome(
        tr("\u2714 Job pack with %n site(s) written to %1.", nullptr, int(written->sites.size())).arg(path),
        false);
    return true;
}

bool JobTools::exportModules(const QString& path)
{
    const Result<qsizetype> rows = m_history.exportModules(path);
    if (!rows) {
        showOutcome(rows.error().toString(), true);
        return false;
    }
    showOutcome(
        tr("\u2714 %n commissioned module(s) written to %1.", nullptr, int(rows.value())).arg(path), false);
    return true;
}

bool JobTools::exportThingsStack(const QString& path)
{
    const Result<qsizetype> rows = m_history.exportThingsStack(path);
    if (!rows) {
        showOutcome(rows.error().toString(), true);
        return false;
    }
    showOutcome(
        tr("\u2714 %n LoRaWAN device(s) written to %1. Fill in the app_key column from your key list before "
           "importing: the tool never keeps an AppKey.",
            nullptr, int(rows.value()))
            .arg(path),
        false);
    return true;
}

QString JobTools::outcome() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

void JobTools::askTemplate()
{
    QString name;
    QString description;
    if (!askNameAndDescription(this, name, description))
        return;
    const Result<QList<storage::ConfigTemplate>> existing = m_history.templates();
    const bool taken = existing
        && std::any_of(existing->cbegin(), existing->cend(),
            [&name](const storage::ConfigTemplate& stored) { return stored.name == name; });
    const bool replace = taken
        && QMessageBox::question(
               this, tr("Save as template"), tr("There is already a template \"%1\". Replace it?").arg(name))
            == QMessageBox::Yes;
    if (taken && !replace)
        return;
    saveTemplate(name, description, replace);
}

void JobTools::askTemplateToStart()
{
    const Result<QList<storage::ConfigTemplate>> stored = m_history.templates();
    if (!stored) {
        showOutcome(stored.error().toString(), true);
        return;
    }
    if (stored->isEmpty()) {
        showOutcome(
            tr("There is no template yet: choose a commissioned session and \"Save as template\"."), true);
        return;
    }
    QStringList names;
    for (const storage::ConfigTemplate& entry : stored.value())
        names.append(entry.name);
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Next module from a template"),
        m_place ? tr("Template for the module at %1:").arg(placeText(*m_place)) : tr("Template:"), names, 0,
        false, &chosen);
    if (chosen)
        startFromTemplate(name);
}

void JobTools::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a job pack"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Job packs (*.json)"));
    if (!path.isEmpty())
        importJobPack(path);
}

QString JobTools::askSavePath(const QString& title, const QString& fileName, const QString& filter)
{
    return QFileDialog::getSaveFileName(this, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName), filter);
}

void JobTools::showOutcome(const QString& text, bool problem)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(problem ? problemStyleSheet() : QString());
    m_outcome->show();
}

void JobTools::refreshButtons()
{
    m_saveTemplate->setEnabled(m_session.has_value());
    m_fromPlan->setEnabled(m_place.has_value());
}

void JobTools::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobTools::retranslate()
{
    m_saveTemplate->setText(tr("Save as &template\u2026"));
    m_saveTemplate->setToolTip(tr("Keep the chosen session's configuration for the next modules of a phased "
                                  "rollout (never its secrets)."));
    m_fromTemplate->setText(tr("Ne&xt module from a template\u2026"));
    m_fromTemplate->setToolTip(
        tr("Start the wizard from a template, at the chosen circuit if one is chosen."));
    m_fromPlan->setText(tr("Commission this circuit from its &plan"));
    m_fromPlan->setToolTip(
        tr("Start the wizard with the chosen circuit's planned CTs and its site's network."));
    m_importPack->setText(tr("&Import job pack\u2026"));
    m_importPack->setToolTip(tr("Add the sites, panels and circuits planned in the office."));
    m_exportPack->setText(tr("Export job pac&k\u2026"));
    m_exportPack->setToolTip(tr("Every site, panel and circuit of the history, for the office."));
    m_exportModules->setText(tr("Export mod&ules (CSV)\u2026"));
    m_exportModules->setToolTip(tr("Every commissioned module with its place and configuration hash."));
    m_exportThingsStack->setText(tr("Export for The Thin&gs Stack\u2026"));
    m_exportThingsStack->setToolTip(
        tr("The LoRaWAN modules in The Things Stack's device import format (CSV)."));
    refreshButtons();
}

} // namespace iotpro::ui
