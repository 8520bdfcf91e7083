#include "LanguageSwitcher.h"

#include <QSettings>

namespace iotpro::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

/// The settings store a stable code, not the enum's value, so that the list can grow.
struct LanguageCode
{
    LanguageSwitcher::Language language;
    QLatin1String code;
};
constexpr LanguageCode kCodes[] = {
    { LanguageSwitcher::Language::System, QLatin1String("system") },
    { LanguageSwitcher::Language::English, QLatin1String("en") },
    { LanguageSwitcher::Language::German, QLatin1String("de") },
    { LanguageSwitcher::Language::Spanish, QLatin1String("es") },
};

} // namespace

LanguageSwitcher::LanguageSwitcher(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QString stored = m_settings.value(kSettingsKey).toString();
    for (const LanguageCode& entry : kCodes) {
        if (stored == entry.code)
            m_language = entry.language;
    }
    install();
}

QLocale LanguageSwitcher::locale(Language language)
{
    switch (language) {
    case Language::System:
        return QLocale::system();
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::Spanish:
        return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return QLocale::system();
}

void LanguageSwitcher::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    for (const LanguageCode& entry : kCodes) {
        if (entry.language == language)
            m_settings.setValue(kSettingsKey, entry.code);
    }
    install();
    Q_EMIT languageChanged(language);
}

void LanguageSwitcher::install()
{
    const QLocale chosen = locale(m_language);
    // Numbers and dates follow the language too, so that a German UI reads "0,8 ms".
    QLocale::setDefault(chosen);
    m_translations.install(chosen);
}

} // namespace iotpro::ui
