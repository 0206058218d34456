#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

// Conversions between domain values and the portable column types of our schema: timestamps
// as ISO 8601 UTC text with milliseconds, lists as comma-separated text, NULL for "none".
// Thread: stateless, any thread.
namespace SqlValue {

QVariant fromDateTime(const QDateTime &when);   // null QDateTime -> NULL
QDateTime toDateTime(const QVariant &value);    // NULL or garbage -> null QDateTime (UTC otherwise)
QVariant fromOptionalText(const QString &text); // empty -> NULL
// For NOT NULL text columns: a null QString would bind as NULL, so it becomes "".
QVariant fromText(const QString &text);
QString joinList(const QStringList &items); // {"DE", "FR"} -> "DE,FR"
QStringList splitList(const QString &text); // "" -> {}

} // namespace SqlValue
