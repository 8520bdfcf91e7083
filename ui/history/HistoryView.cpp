#include "HistoryView.h"

#include "JobHistory.h"
#include "JobTools.h"
#include "JobTreeModel.h"
#include "ProblemStyle.h"
#include "ReportExportButtons.h"
#include "SessionDetails.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace iotpro::ui {

HistoryView::HistoryView(JobHistory& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new JobTreeModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_reload(new QPushButton(this))
    , m_problem(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_tools(new JobTools(history, this))
    , m_details(new SessionDetails(this))
    , m_export(new ReportExportButtons(history, this))
{
    setObjectName(QStringLiteral("historyView"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_reload->setObjectName(QStringLiteral("historyReload"));
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_count->setObjectName(QStringLiteral("historyCount"));

    // A match keeps its ancestors (where it is) and its descendants (a site shows its circuits,
    // a serial number its sessions).
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(JobTreeModel::NameColumn);

    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(problemStyleSheet());
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JobTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column = JobTreeModel::ResultColumn; column < JobTreeModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_reload);
    auto* treeColumn = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(searchRow);
    treeLayout->addWidget(m_problem);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_count);

    // The details can be long (many findings): they scroll, the export stays in reach below.
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the lines wrap instead
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    auto* detailsColumn = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsColumn);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(detailsScroll, 1);
    detailsLayout->addWidget(m_export);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treeColumn);
    splitter->addWidget(detailsColumn);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    // Below both columns: the tools take the full width, the details keep theirs.
    layout->addWidget(m_tools);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::applySearch);
    connect(m_reload, &QPushButton::clicked, this, &HistoryView::reload);
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showSelected);
    const auto outOfDate = [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    };
    connect(&m_history, &JobHistory::sessionRecorded, this, outOfDate);
    connect(&m_history, &JobHistory::jobTreeChanged, this, outOfDate);
    connect(m_tools, &JobTools::wizardRequested, this, &HistoryView::wizardRequested);
    retranslate();
    m_problem->hide();
}

void HistoryView::reload()
{
    m_stale = false;
    const std::optional<qint64> chosen = selectedSession();
    const Result<QList<storage::SiteBranch>> tree = m_history.jobTree();
    if (!tree) {
        m_problem->setText(
            tr("The job history %1 cannot be read: %2").arg(m_history.path(), tree.error().toString()));
        m_problem->show();
        m_model->setTree({});
    } else {
        m_problem->hide();
        m_model->setTree(tree.value());
    }
    applySearch();
    if (!chosen || !selectSession(*chosen))
        showSelected();
}

bool HistoryView::selectSession(qint64 id)
{
    const QModelIndex row = m_filter->mapFromSource(m_model->indexOfSession(id));
    if (!row.isValid())
        return false;
    m_tree->setCurrentIndex(row);
    m_tree->scrollTo(row);
    return true;
}

bool HistoryView::selectCircuit(const QString& site, const QString& panel, const QString& circuit)
{
    // Walks the filtered tree by name: site, panel, circuit.
    QModelIndex parent;
    for (const QString& name : { site, panel, circuit }) {
        QModelIndex found;
        for (int row = 0; row < m_filter->rowCount(parent) && !found.isValid(); ++row) {
            const QModelIndex child = m_filter->index(row, JobTreeModel::NameColumn, parent);
            if (child.data().toString() == name)
                found = child;
        }
        if (!found.isValid())
            return false;
        parent = found;
    }
    m_tree->setCurrentIndex(parent);
    m_tree->scrollTo(parent);
    return true;
}

std::optional<qint64> HistoryView::selectedSession() const
{
    const std::optional<storage::SessionSummary> session
        = m_model->sessionAt(m_filter->mapToSource(m_tree->currentIndex()));
    return session ? std::optional(session->id) : std::nullopt;
}

void HistoryView::applySearch()
{
    m_filter->setFilterFixedString(m_search->text().trimmed());
    m_tree->expandAll();
    int sessions = 0;
    // Counts what the filter left: the sessions are the leaves, four levels down.
    std::function<void(const QModelIndex&)> count = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_filter->rowCount(parent); ++row) {
            const QModelIndex child = m_filter->index(row, 0, parent);
            if (child.data(JobTreeModel::SessionIdRole).isValid())
                ++sessions;
            else
                count(child);
        }
    };
    count({});
    m_count->setText(tr("%n session(s)", nullptr, sessions));
}

void HistoryView::showSelected()
{
    const std::optional<qint64> id = selectedSession();
    std::optional<storage::SessionRecord> session;
    if (id) {
        Result<storage::SessionRecord> loaded = m_history.session(*id);
        if (loaded) {
            session = std::move(loaded).value();
        } else {
            m_problem->setText(tr("Session %1 cannot be read: %2").arg(*id).arg(loaded.error().toString()));
            m_problem->show();
        }
    }
    m_details->showSession(session);
    m_export->setSession(session ? id : std::nullopt);
    m_tools->setSelection(session ? id : std::nullopt, m_model->placeAt(m_filter->mapToSource(m_tree->currentIndex())));
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

bool HistoryView::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search goes into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus(Qt::TabFocusReason);
        if (!m_tree->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_tree->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Serial number, site, panel or circuit"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the job history again (sessions recorded by iotpro-cli meanwhile)."));
    m_model->retranslate();
    applySearch();
}

} // namespace iotpro::ui
