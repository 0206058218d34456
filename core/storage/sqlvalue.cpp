#include "sqlvalue.h"

#include <QMetaType>

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

QString joinList(const QStringList &items)
{
    return items.join(u',');
}

QStringList splitList(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

} // namespace SqlValue
