#include "LanguageMenu.h"

#include <QActionGroup>
#include <QEvent>

namespace iotpro::ui {

LanguageMenu::LanguageMenu(LanguageSwitcher& switcher, QWidget* parent)
    : QMenu(parent)
    , m_switcher(switcher)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const std::pair<LanguageSwitcher::Language, QString> entries[] = {
        { LanguageSwitcher::Language::System, QString() }, // named by retranslate()
        { LanguageSwitcher::Language::English, QStringLiteral("English") },
        { LanguageSwitcher::Language::German, QStringLiteral("Deutsch") },
        { LanguageSwitcher::Language::Spanish, QStringLiteral("Español") },
    };
    for (const auto& [language, name] : entries) {
        QAction* action = addAction(name);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, &m_switcher,
            [this, language = language] { m_switcher.setLanguage(language); });
        m_actions.emplace(language, action);
        if (language == LanguageSwitcher::Language::System)
            addSeparator();
    }
    connect(&m_switcher, &LanguageSwitcher::languageChanged, this, &LanguageMenu::refresh);
    retranslate();
    refresh();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_actions.at(LanguageSwitcher::Language::System)->setText(tr("System default"));
}

void LanguageMenu::refresh()
{
    m_actions.at(m_switcher.language())->setChecked(true);
}

} // namespace iotpro::ui
