#include "ReviewPage.h"

#include "LargeButtons.h"
#include "ReviewChangesModel.h"
#include "StepTexts.h"
#include "commissioning/CommissioningSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace iotpro::ui {

ReviewPage::ReviewPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Review, services, parent)
    , m_summary(new QLabel(this))
    , m_changes(new ReviewChangesModel(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(this))
    , m_problems(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_open->setObjectName(QStringLiteral("reviewOpenStep"));
    m_problems->setObjectName(QStringLiteral("reviewProblems"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_table->setModel(m_changes);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setAutoDefault(true);
    makeLargeTarget(*m_open);
    FieldIssues::styleAsProblem(*m_problems);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ReviewPage::openStepOfCurrentRow);
    connect(m_table, &QTableView::doubleClicked, this, &ReviewPage::openStepOfCurrentRow);
    retranslate();
}

QString ReviewPage::title() const
{
    return tr("Review the changes");
}

QString ReviewPage::instructions() const
{
    return tr("These settings change when you write. To change one, select it and open its step.");
}

void ReviewPage::retranslate()
{
    m_open->setText(tr("&Open its step"));
    refresh();
}

void ReviewPage::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    const std::optional<ConfigState>& state = session.moduleState();
    if (!state) {
        m_changes->setChanges({});
        m_summary->setText(tr("The module's configuration is not read yet."));
        return;
    }
    const QList<config::ConfigChange> changes = config::diff(state->config, session.draftToWrite());
    m_changes->setChanges(changes);
    const QString module = session.module() ? session.module()->serialNumber : QString();
    m_summary->setText(changes.isEmpty()
            ? tr("Nothing changes on module %1. Writing records this configuration as signed by you (number %2).")
                  .arg(module)
                  .arg(state->counter + 1)
            : tr("Settings that change on module %1: %2. Its configuration becomes number %3.")
                  .arg(module)
                  .arg(changes.size())
                  .arg(state->counter + 1));
    QStringList problems;
    for (const config::ValidationIssue& issue : session.issues())
        problems.append(tr("\u26A0 %1: %2").arg(StepTexts::name(commissioning::stepOfField(issue.fieldPath)), issue.message));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_open->setEnabled(!changes.isEmpty());
}

void ReviewPage::openStepOfCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_services.session.goTo(m_changes->stepOf(current.row()));
}

} // namespace iotpro::ui
