#include "sqlvalue.h"

#include <QMetaType>

using namespace Qt::StringLiterals;

namespace SqlValue {

QVariant fromDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QVariant fromOptionalText(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return text;
}

QVariant fromText(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString joinList(const QStringList &items)
{
    return items.join(u',');
}

QStringList splitList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

} // namespace SqlValue
