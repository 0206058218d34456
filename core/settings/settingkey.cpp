#include "settings/settingkey.h"

#include <QByteArray>

QString SettingKey::path() const
{
    return QLatin1String(group) + u'/' + QLatin1String(key);
}

QString SettingKey::toEnvironmentWord(QLatin1String camelCase)
{
    QString word;
    word.reserve(camelCase.size() + 4);
    QChar previous;
    for (const QChar c : QString(camelCase)) {
        if (c.isUpper() && (previous.isLower() || previous.isDigit()))
            word += u'_';
        word += c.toUpper();
        previous = c;
    }
    return word;
}

QString SettingKey::environmentVariable() const
{
    if (!canBeOverriddenByEnvironment())
        return {};
    return QStringLiteral("ARTIST_STUDIO_") + toEnvironmentWord(QLatin1String(group)) + u'_' +
           toEnvironmentWord(QLatin1String(key));
}

QVariant SettingKey::defaultValue() const
{
    switch (type) {
    case Type::String:
        return QString::fromUtf8(stringDefault);
    case Type::Integer:
        return integerDefault;
    case Type::Real:
        return realDefault;
    case Type::Boolean:
        return booleanDefault;
    case Type::Bytes:
        return QByteArray();
    }
    return {};
}

std::optional<QVariant> SettingKey::parse(const QString &text) const
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    switch (type) {
    case Type::String:
        return QVariant(text);
    case Type::Integer: {
        const qint64 value = trimmed.toLongLong(&ok);
        if (ok)
            return QVariant(value);
        return std::nullopt;
    }
    case Type::Real: {
        // The C locale, so "0.8" means the same on every machine.
        const double value = trimmed.toDouble(&ok);
        if (ok)
            return QVariant(value);
        return std::nullopt;
    }
    case Type::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == u"1" || lower == u"true" || lower == u"yes" || lower == u"on")
            return QVariant(true);
        if (lower == u"0" || lower == u"false" || lower == u"no" || lower == u"off")
            return QVariant(false);
        return std::nullopt;
    }
    case Type::Bytes:
        return std::nullopt;
    }
    return std::nullopt;
}
