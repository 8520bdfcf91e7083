#pragma once

#include "config/ValidationIssue.h"

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace iotpro::ui {

/// Shows each validation problem next to the field it concerns: one message label per field
/// (by its path in the JSON form), filled with the problems of that field and of everything
/// inside it. A problem no label claims goes to the label for the whole page, so none is hidden.
class FieldIssues
{
public:
    /// A label for the problems of `path`, hidden while there are none; place it under the field.
    QLabel* add(const QString& path, QWidget* parent);
    /// The label for problems that belong to no field of the page.
    QLabel* addForPage(QWidget* parent);

    void show(const QList<config::ValidationIssue>& issues);

    /// How a problem looks: a warning sign and dark red, legible on the light theme and to
    /// people who do not tell red from green.
    static void styleAsProblem(QLabel& label);

private:
    struct Entry
    {
        QString path;
        QLabel* label = nullptr;
    };
    QList<Entry> m_entries;
    QLabel* m_page = nullptr;
};

} // namespace iotpro::ui
