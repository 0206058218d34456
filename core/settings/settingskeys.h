#pragma once

#include "settings/settingkey.h"

#include <array>

// Every setting of the studio, declared once: group, key, default (STYLE.md rule 18).
// Each can be overridden for one process by the environment variable
// ARTIST_STUDIO_<GROUP>_<KEY> (see SettingKey::environmentVariable and docs/settings.md).
// Secrets (API keys) are not settings: they live in SecretStore.
// Owning thread: none (constants).
namespace SettingsKeys {

namespace General {
// UI language as a locale name ("de", "ru"); "" follows the system locale.
inline constexpr SettingKey language = SettingKey::string("general", "language", "");
} // namespace General

namespace TextProvider {
// "local" (embedded author, offline) or "openai" (OpenAI-compatible chat completions).
inline constexpr SettingKey provider = SettingKey::string("textProvider", "provider", "local");
inline constexpr SettingKey baseUrl =
    SettingKey::string("textProvider", "baseUrl", "https://api.openai.com");
inline constexpr SettingKey model = SettingKey::string("textProvider", "model", "gpt-4o-mini");
inline constexpr SettingKey temperature = SettingKey::real("textProvider", "temperature", 0.8);
inline constexpr SettingKey timeoutSeconds =
    SettingKey::integer("textProvider", "timeoutSeconds", 60);
// Attempts per request including the first, for 429/5xx/timeouts.
inline constexpr SettingKey maxAttempts = SettingKey::integer("textProvider", "maxAttempts", 4);
} // namespace TextProvider

namespace Network {
// Default timeout of one HTTP request when a provider sets none.
inline constexpr SettingKey timeoutSeconds = SettingKey::integer("network", "timeoutSeconds", 30);
} // namespace Network

namespace Logging {
inline constexpr SettingKey maxFileBytes =
    SettingKey::integer("logging", "maxFileBytes", 1024 * 1024);
// Rotated files kept besides the live one: artist-studio.log.1 ... .N
inline constexpr SettingKey keepFiles = SettingKey::integer("logging", "keepFiles", 5);
} // namespace Logging

namespace Ui {
// Saved and restored by the main window itself (QWidget::saveGeometry / saveState) with
// QSettings; declared here so the key is spelled once.
inline constexpr SettingKey mainWindowGeometry = SettingKey::bytes("ui", "mainWindowGeometry");
inline constexpr SettingKey mainWindowState = SettingKey::bytes("ui", "mainWindowState");
} // namespace Ui

namespace Evolution {
// Hours between scheduled lifecycle runs in the GUI process; 0 turns the schedule off.
inline constexpr SettingKey lifecycleIntervalHours =
    SettingKey::integer("evolution", "lifecycleIntervalHours", 24);
// Half-life of the performance score: a row this many days old counts half.
inline constexpr SettingKey performanceHalfLifeDays =
    SettingKey::real("evolution", "performanceHalfLifeDays", 30.0);
} // namespace Evolution

// Every key above, for the documentation test and "reset to defaults".
inline constexpr std::array all = {
    General::language,
    TextProvider::provider,
    TextProvider::baseUrl,
    TextProvider::model,
    TextProvider::temperature,
    TextProvider::timeoutSeconds,
    TextProvider::maxAttempts,
    Network::timeoutSeconds,
    Logging::maxFileBytes,
    Logging::keepFiles,
    Ui::mainWindowGeometry,
    Ui::mainWindowState,
    Evolution::lifecycleIntervalHours,
    Evolution::performanceHalfLifeDays,
};

} // namespace SettingsKeys
