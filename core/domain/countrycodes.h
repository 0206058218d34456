#pragma once

#include <QString>
#include <QStringList>

// ISO 3166-1 alpha-2 country codes (all 249 officially assigned) with their English short names,
// for validation, the country filter and the local author. Thread: stateless, any thread.
namespace CountryCodes {

// True for an assigned code in upper case ("DE"); "de", "UK" and "EU" are not codes.
bool isValid(const QString &alpha2);
// English name ("Germany"); empty for an unknown code.
QString name(const QString &alpha2);
// Every code, sorted.
QStringList all();

} // namespace CountryCodes
