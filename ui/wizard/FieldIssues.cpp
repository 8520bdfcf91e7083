#include "FieldIssues.h"

#include "commissioning/CommissioningStep.h"

#include <QLabel>
#include <QStringList>

namespace iotpro::ui {

namespace {

QLabel* newProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    FieldIssues::styleAsProblem(*label);
    label->setVisible(false);
    return label;
}

void setMessages(QLabel& label, const QStringList& messages)
{
    const QString text = messages.isEmpty() ? QString() : u"\u26A0 "_qs + messages.join(u"\n\u26A0 "_qs);
    if (label.text() != text)
        label.setText(text);
    label.setVisible(!messages.isEmpty());
}

} // namespace

QLabel* FieldIssues::add(const QString& path, QWidget* parent)
{
    QLabel* label = newProblemLabel(parent);
    label->setObjectName(u"issue:"_qs + path);
    m_entries.append({ path, label });
    return label;
}

QLabel* FieldIssues::addForPage(QWidget* parent)
{
    m_page = newProblemLabel(parent);
    m_page->setObjectName(u"issue:page"_qs);
    return m_page;
}

void FieldIssues::show(const QList<config::ValidationIssue>& issues)
{
    QList<QStringList> messages(m_entries.size());
    QStringList unclaimed;
    for (const config::ValidationIssue& issue : issues) {
        // The most specific field wins: "network.wifi.ssid" before "network.wifi".
        qsizetype best = -1;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (commissioning::isWithinField(issue.fieldPath, m_entries[i].path)
                && (best < 0 || m_entries[i].path.size() > m_entries[best].path.size()))
                best = i;
        }
        if (best >= 0)
            messages[best].append(issue.message);
        else
            unclaimed.append(issue.message);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        setMessages(*m_entries[i].label, messages[i]);
    if (m_page)
        setMessages(*m_page, unclaimed);
}

void FieldIssues::styleAsProblem(QLabel& label)
{
    label.setWordWrap(true);
    label.setStyleSheet(QStringLiteral("color: #b3261e;"));
}

} // namespace iotpro::ui
