#include "FormRows.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iotpro::ui {

QWidget* fieldWithIssue(QWidget* field, QLabel* issue)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    issue->setParent(box);
    layout->addWidget(field);
    layout->addWidget(issue);
    return box;
}

void setTabOrderChain(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QLabel* newHint(QWidget* parent)
{
    auto* hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #444444;"));
    return hint;
}

} // namespace iotpro::ui
