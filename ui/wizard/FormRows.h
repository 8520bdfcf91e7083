#pragma once

#include <initializer_list>

class QLabel;
class QWidget;

namespace iotpro::ui {

/// A field with its problem label under it, as one widget for a form row. Both are reparented.
QWidget* fieldWithIssue(QWidget* field, QLabel* issue);

/// Tab goes through `widgets` in this order (reparenting a field moves it in Qt's focus chain,
/// so pages state their order once they are laid out).
void setTabOrderChain(std::initializer_list<QWidget*> widgets);

/// A smaller, grey explanation under a group of fields.
QLabel* newHint(QWidget* parent);

} // namespace iotpro::ui
