#include "settings/settings.h"

#include "logging/logcategories.h"

#include <QMutexLocker>
#include <QSettings>

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("ArtistStudio"),
                                             QStringLiteral("artist-studio")))
{}

Settings::Settings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

Settings::~Settings()
{
    QMutexLocker lock(&m_mutex);
    m_settings->sync();
}

std::optional<QVariant> Settings::environmentValue(const SettingKey &key) const
{
    if (!key.canBeOverriddenByEnvironment())
        return std::nullopt;
    const QString variable = key.environmentVariable();
    if (!qEnvironmentVariableIsSet(variable.toLatin1().constData()))
        return std::nullopt;
    const QString text = qEnvironmentVariable(variable.toLatin1().constData());
    std::optional<QVariant> parsed = key.parse(text);
    if (!parsed) {
        QMutexLocker lock(&m_mutex);
        if (!m_warnedVariables.contains(variable)) {
            m_warnedVariables.insert(variable);
            qCWarning(lcSettings).noquote()
                << variable << QStringLiteral("=\"%1\" is not a valid value; ignored").arg(text);
        }
    }
    return parsed;
}

QVariant Settings::convert(const SettingKey &key, const QVariant &value)
{
    if (!value.isValid())
        return key.defaultValue();
    QVariant converted = value;
    bool ok = true;
    switch (key.type) {
    case SettingKey::Type::String:
        ok = converted.convert(QMetaType::fromType<QString>());
        break;
    case SettingKey::Type::Integer:
        ok = converted.convert(QMetaType::fromType<qint64>());
        break;
    case SettingKey::Type::Real:
        ok = converted.convert(QMetaType::fromType<double>());
        break;
    case SettingKey::Type::Boolean:
        ok = converted.convert(QMetaType::fromType<bool>());
        break;
    case SettingKey::Type::Bytes:
        ok = converted.convert(QMetaType::fromType<QByteArray>());
        break;
    }
    if (ok)
        return converted;
    qCWarning(lcSettings).noquote()
        << QStringLiteral("Setting %1 holds \"%2\", which is not a valid value; using the default")
               .arg(key.path(), value.toString());
    return key.defaultValue();
}

QVariant Settings::value(const SettingKey &key) const
{
    if (std::optional<QVariant> fromEnvironment = environmentValue(key))
        return *fromEnvironment;
    return storedValue(key);
}

QVariant Settings::storedValue(const SettingKey &key) const
{
    QVariant stored;
    {
        QMutexLocker lock(&m_mutex);
        stored = m_settings->value(key.path());
    }
    return convert(key, stored);
}

void Settings::setValue(const SettingKey &key, const QVariant &value)
{
    const QVariant converted = convert(key, value);
    QMutexLocker lock(&m_mutex);
    m_settings->setValue(key.path(), converted);
}

void Settings::reset(const SettingKey &key)
{
    QMutexLocker lock(&m_mutex);
    m_settings->remove(key.path());
}

bool Settings::isOverriddenByEnvironment(const SettingKey &key) const
{
    return environmentValue(key).has_value();
}

void Settings::sync()
{
    QMutexLocker lock(&m_mutex);
    m_settings->sync();
}

QString Settings::fileName() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings->fileName();
}
