#include "SitePage.h"

#include "FormRows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace iotpro::ui {

using config::InstallationPoint;

namespace {

/// In the order the combo box lists them.
constexpr InstallationPoint kPoints[] = {
    InstallationPoint::Unspecified,
    InstallationPoint::MainIncomer,
    InstallationPoint::SubDistribution,
    InstallationPoint::HighLoadEquipment,
    InstallationPoint::ColdChainFeed,
    InstallationPoint::TenantFeeder,
    InstallationPoint::UpsGenerator,
    InstallationPoint::EvCharging,
};

} // namespace

SitePage::SitePage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Site, services, parent)
    , m_siteLabel(new QLabel(this))
    , m_site(new QLineEdit(this))
    , m_panelLabel(new QLabel(this))
    , m_panel(new QLineEdit(this))
    , m_circuitLabel(new QLabel(this))
    , m_circuit(new QLineEdit(this))
    , m_pointLabel(new QLabel(this))
    , m_point(new QComboBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_panel->setObjectName(QStringLiteral("panelEdit"));
    m_circuit->setObjectName(QStringLiteral("circuitEdit"));
    m_point->setObjectName(QStringLiteral("installationPointCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    for (std::size_t i = 0; i < std::size(kPoints); ++i)
        m_point->addItem(QString());
    // Tab leaves the notes (a tab character in a note helps nobody).
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 6);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_siteLabel, fieldWithIssue(m_site, m_issues.add(u"installation.site"_qs, this)));
    form->addRow(m_panelLabel, fieldWithIssue(m_panel, m_issues.add(u"installation.panel"_qs, this)));
    form->addRow(m_circuitLabel, fieldWithIssue(m_circuit, m_issues.add(u"installation.circuit"_qs, this)));
    form->addRow(m_pointLabel, m_point);
    form->addRow(m_notesLabel, fieldWithIssue(m_notes, m_issues.add(u"installation.notes"_qs, this)));
    for (auto [label, field] : { std::pair<QLabel*, QWidget*> { m_siteLabel, m_site }, { m_panelLabel, m_panel },
             { m_circuitLabel, m_circuit }, { m_pointLabel, m_point }, { m_notesLabel, m_notes } })
        label->setBuddy(field);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues.addForPage(this));
    layout->addStretch(1);
    setTabOrderChain({ m_site, m_panel, m_circuit, m_point, m_notes });

    connect(m_site, &QLineEdit::textEdited, this,
        [this](const QString& text) { edit([&](config::DeviceConfig& c) { c.installation.site = text; }); });
    connect(m_panel, &QLineEdit::textEdited, this,
        [this](const QString& text) { edit([&](config::DeviceConfig& c) { c.installation.panel = text; }); });
    connect(m_circuit, &QLineEdit::textEdited, this,
        [this](const QString& text) { edit([&](config::DeviceConfig& c) { c.installation.circuit = text; }); });
    connect(m_point, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            edit([&](config::DeviceConfig& c) { c.installation.point = kPoints[index]; });
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        edit([&](config::DeviceConfig& c) { c.installation.notes = m_notes->toPlainText(); });
    });
    retranslate();
    reload();
}

QString SitePage::title() const
{
    return tr("Site and circuit");
}

QString SitePage::instructions() const
{
    return tr("Where does this module measure? The names appear in the module's reports.");
}

void SitePage::retranslate()
{
    m_siteLabel->setText(tr("&Site:"));
    m_site->setPlaceholderText(tr("e.g. Riverside Logistics, Hall B"));
    m_panelLabel->setText(tr("&Panel:"));
    m_panel->setPlaceholderText(tr("e.g. MDB-2"));
    m_circuitLabel->setText(tr("Ci&rcuit:"));
    m_circuit->setPlaceholderText(tr("e.g. Feeder 4, chillers"));
    m_pointLabel->setText(tr("Installation p&oint:"));
    const QString points[] = {
        tr("Not declared"),
        tr("Main incomer"),
        tr("Sub-distribution board or MCC"),
        tr("High-load equipment"),
        tr("Cold-chain feed"),
        tr("Tenant or common-area feeder"),
        tr("UPS or generator"),
        tr("EV charging"),
    };
    for (int i = 0; i < m_point->count(); ++i)
        m_point->setItemText(i, points[i]);
    m_notesLabel->setText(tr("No&tes:"));
    m_notes->setPlaceholderText(tr("Anything the next person at this panel should know"));
}

void SitePage::loadDraft()
{
    const config::InstallationConfig& installation = draft().installation;
    m_site->setText(installation.site);
    m_panel->setText(installation.panel);
    m_circuit->setText(installation.circuit);
    m_point->setCurrentIndex(int(std::find(std::begin(kPoints), std::end(kPoints), installation.point) - std::begin(kPoints)));
    if (m_notes->toPlainText() != installation.notes)
        m_notes->setPlainText(installation.notes);
}

} // namespace iotpro::ui
