#include "studiotranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace StudioTranslations {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("ru")};
}

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
    if (!available().contains(code))
        return QStringLiteral("en");

    auto *studio = new QTranslator(&app);
    if (!studio->load(QStringLiteral(":/i18n/artist_studio_") + code)) {
        delete studio;
        return QStringLiteral("en");
    }
    app.installTranslator(studio);

    // Qt's own strings (standard buttons, dialogs) from the system's qt6 translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return code;
}

} // namespace StudioTranslations
