#pragma once

#include <QString>
#include <QVariant>

#include <optional>

// Describes one setting: its QSettings group and key, its type and its default (STYLE.md
// rule 18). Instances are constexpr and live in settingskeys.h; nothing else spells a key.
// Owning thread: none (an immutable value, usable from any thread).
struct SettingKey
{
    enum class Type
    {
        String,
        Integer,
        Real,
        Boolean,
        Bytes
    };

    const char *group = "";
    const char *key = "";
    Type type = Type::String;
    const char *stringDefault = "";
    qint64 integerDefault = 0;
    double realDefault = 0.0;
    bool booleanDefault = false;

    // Named factories instead of overloaded constructors: `60` would be ambiguous between
    // qint64, double and bool.
    static constexpr SettingKey string(const char *group, const char *key, const char *def)
    {
        return {group, key, Type::String, def, 0, 0.0, false};
    }
    static constexpr SettingKey integer(const char *group, const char *key, qint64 def)
    {
        return {group, key, Type::Integer, "", def, 0.0, false};
    }
    static constexpr SettingKey real(const char *group, const char *key, double def)
    {
        return {group, key, Type::Real, "", 0, def, false};
    }
    static constexpr SettingKey boolean(const char *group, const char *key, bool def)
    {
        return {group, key, Type::Boolean, "", 0, 0.0, def};
    }
    // Opaque binary state (window geometry): stored in QSettings, never taken from the
    // environment.
    static constexpr SettingKey bytes(const char *group, const char *key)
    {
        return {group, key, Type::Bytes, "", 0, 0.0, false};
    }

    // "textProvider/baseUrl": the QSettings path.
    QString path() const;
    // ARTIST_STUDIO_TEXT_PROVIDER_BASE_URL, or an empty string for Bytes settings.
    QString environmentVariable() const;
    QVariant defaultValue() const;
    bool canBeOverriddenByEnvironment() const { return type != Type::Bytes; }
    // Converts text (from the environment) to this setting's type; nullopt when it does not
    // parse, e.g. "abc" for an integer.
    std::optional<QVariant> parse(const QString &text) const;

    // "baseUrl" -> "BASE_URL": an underscore before every upper-case letter that follows a
    // lower-case letter or a digit, then everything upper-cased.
    static QString toEnvironmentWord(QLatin1String camelCase);
};
