#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace StudioTranslations {

// Language codes with an embedded translation, besides the source language "en".
QStringList available();

// Installs the translator for `language` ("de", "ru", "en"); an empty string follows the
// system locale. Returns the language actually installed.
QString install(QCoreApplication &app, const QString &language);

} // namespace StudioTranslations
