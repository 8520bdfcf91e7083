#pragma once

#include "common/Translations.h"

#include <QLocale>
#include <QObject>

class QSettings;

namespace iotpro::ui {

/// Chooses the UI language: the system's by default, or one the user picked, kept in the
/// settings. Installing the translators makes Qt send QEvent::LanguageChange to every widget.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    enum class Language { System, English, German, Spanish };
    Q_ENUM(Language)

    /// Reads the stored choice and installs its translators.
    explicit LanguageSwitcher(QSettings& settings, QObject* parent = nullptr);

    Language language() const { return m_language; }
    /// Switches at once and remembers the choice.
    void setLanguage(Language language);

    /// The locale a language stands for (System: the system's).
    static QLocale locale(Language language);

Q_SIGNALS:
    void languageChanged(iotpro::ui::LanguageSwitcher::Language language);

private:
    void install();

    QSettings& m_settings;
    Language m_language = Language::System;
    Translations m_translations;
};

} // namespace iotpro::ui
