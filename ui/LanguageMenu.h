#pragma once

#include "LanguageSwitcher.h"

#include <QMenu>
#include <map>

class QAction;

namespace iotpro::ui {

/// System / English / Deutsch / Español, checked as the switcher says. Languages are named in
/// their own language so that a user lost in a foreign UI finds theirs.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(LanguageSwitcher& switcher, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    LanguageSwitcher& m_switcher;
    std::map<LanguageSwitcher::Language, QAction*> m_actions;
};

} // namespace iotpro::ui
