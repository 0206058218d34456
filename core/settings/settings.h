#pragma once

#include "settings/settingkey.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

// The studio's settings: QSettings (organization "ArtistStudio", application "artist-studio")
// plus per-process environment overrides ARTIST_STUDIO_<GROUP>_<KEY>, which win over the
// stored value and are never written back. Keys and defaults come from settingskeys.h.
// Owning thread: created on the GUI thread (or the headless main thread); every method is
// safe to call from any thread (one mutex around the QSettings object).
class Settings
{
public:
    // The user's settings file (~/.config/ArtistStudio/artist-studio.conf on Linux).
    Settings();
    // An explicit INI file, for tests and portable setups.
    explicit Settings(const QString &iniFilePath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // Environment override, else the stored value, else the key's default; always converted to
    // the key's type.
    QVariant value(const SettingKey &key) const;
    // What the user saved, ignoring the environment (the settings dialog edits this).
    QVariant storedValue(const SettingKey &key) const;
    void setValue(const SettingKey &key, const QVariant &value);
    // Back to the default: the stored value is removed.
    void reset(const SettingKey &key);

    // True when ARTIST_STUDIO_<GROUP>_<KEY> is set to a value of the right type, so the UI can
    // grey the field out and explain why.
    bool isOverriddenByEnvironment(const SettingKey &key) const;

    // Writes pending changes to disk; also done on destruction.
    void sync();
    QString fileName() const;

private:
    std::optional<QVariant> environmentValue(const SettingKey &key) const;
    static QVariant convert(const SettingKey &key, const QVariant &value);

    mutable QMutex m_mutex;
    std::unique_ptr<QSettings> m_settings;
    mutable QSet<QString> m_warnedVariables; // warn once per malformed variable
};
