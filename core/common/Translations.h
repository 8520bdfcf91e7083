#pragma once

#include <QTranslator>

class QLocale;

namespace iotpro {

/// The translators of one language: our texts, which translations/ embeds under :/i18n, and
/// Qt's own (qtbase: QCommandLineParser's help, standard dialogs). Shared by every program that
/// talks to people; QtCore only, so that the CLI needs no QtWidgets for it.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    /// Installs the translators of locale in place of those installed before. English, the
    /// source language, has no file: installing it leaves the texts as written.
    void install(const QLocale& locale);

private:
    void uninstall();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace iotpro
