#include "artistvalidator.h"

#include "countrycodes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr qsizetype kMaxStageNameLength = 80;
constexpr qsizetype kMaxSubgenres = 8;
constexpr int kMinTempo = 40;
constexpr int kMaxTempo = 250;
constexpr int kMinCadenceDays = 1;
constexpr int kMaxCadenceDays = 365;

QString indexed(const char *path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(path)).arg(index);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// NaN fails both comparisons, so it is reported too.
bool inUnitRange(double value)
{
    return value >= 0.0 && value <= 1.0;
}

class Checker
{
public:
    ValidationIssues issues;

    // Field names are translated only when a message needs them (QT_TRANSLATE_NOOP at the call).
    static QString name(const char *what)
    {
        return QCoreApplication::translate("ArtistValidator", what);
    }

    void add(const QString &field, const QString &message) { issues.append({field, message}); }
    void add(const char *field, const QString &message) { add(QLatin1String(field), message); }

    void required(const char *field, const QString &value, const char *what)
    {
        if (isBlank(value))
            add(field,
                QCoreApplication::translate("ArtistValidator", "%1 is required.").arg(name(what)));
    }

    void unitRange(const char *field, double value, const char *what)
    {
        if (!inUnitRange(value))
            add(field, QCoreApplication::translate("ArtistValidator", "%1 must be between 0 and 1.")
                           .arg(name(what)));
    }

    // Reports blank entries and repeats (case-insensitive) of a list, each at its index.
    void distinctEntries(const char *field, const QStringList &list, const char *what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = list.at(i).trimmed().toCaseFolded();
            if (key.isEmpty())
                add(indexed(field, i),
                    QCoreApplication::translate("ArtistValidator", "%1 must not be empty.")
                        .arg(name(what)));
            else if (seen.contains(key))
                add(indexed(field, i),
                    QCoreApplication::translate("ArtistValidator", "%1 \"%2\" is listed twice.")
                        .arg(name(what), list.at(i)));
            seen.insert(key);
        }
    }

    void oneOf(const char *field, const QString &value, const QStringList &allowed,
               const char *what)
    {
        if (!allowed.contains(value))
            add(field,
                QCoreApplication::translate("ArtistValidator", "Unknown %1 \"%2\"; use one of: %3.")
                    .arg(name(what), value, allowed.join(u", ")));
    }

    void checkIdentity(const ArtistIdentity &identity)
    {
        if (isBlank(identity.stageName))
            add("identity.stageName",
                QCoreApplication::translate("ArtistValidator", "Stage name is required."));
        else if (identity.stageName.size() > kMaxStageNameLength)
            add("identity.stageName",
                QCoreApplication::translate("ArtistValidator",
                                            "Stage name is %1 characters long; at most "
                                            "%2 are allowed.")
                    .arg(identity.stageName.size())
                    .arg(kMaxStageNameLength));
        if (hasControlCharacter(identity.stageName))
            add("identity.stageName",
                QCoreApplication::translate(
                    "ArtistValidator",
                    "Stage name must not contain control characters such as line "
                    "breaks or tabs."));
        required("identity.persona", identity.persona,
                 QT_TRANSLATE_NOOP("ArtistValidator", "Persona description"));

        static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        for (qsizetype i = 0; i < identity.palette.size(); ++i) {
            if (!colour.match(identity.palette.at(i)).hasMatch())
                add(indexed("identity.palette", i),
                    QCoreApplication::translate(
                        "ArtistValidator", "Palette colour \"%1\" must be written as #rrggbb, e.g. "
                                           "#1a2b3c.")
                        .arg(identity.palette.at(i)));
        }
    }

    void checkTempo(const ArtistMusic &music)
    {
        const auto outOfRange = [](int bpm) { return bpm < kMinTempo || bpm > kMaxTempo; };
        const QString rangeMessage =
            QCoreApplication::translate("ArtistValidator", "Tempo must be between %1 and %2 BPM.")
                .arg(kMinTempo)
                .arg(kMaxTempo);
        if (outOfRange(music.tempoMinBpm))
            add("music.tempoMinBpm", rangeMessage);
        if (outOfRange(music.tempoMaxBpm))
            add("music.tempoMaxBpm", rangeMessage);
        if (music.tempoMinBpm > music.tempoMaxBpm)
            add("music.tempoMaxBpm",
                QCoreApplication::translate(
                    "ArtistValidator",
                    "Maximum tempo (%1 BPM) must not be below the minimum (%2 BPM).")
                    .arg(music.tempoMaxBpm)
                    .arg(music.tempoMinBpm));
    }

    void checkKeys(const QStringList &keys)
    {
        static const QRegularExpression keyName(
            QStringLiteral("^(C|C#|Db|D|D#|Eb|E|F|F#|Gb|G|G#|Ab|A|A#|Bb|B) (major|minor)$"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString &key = keys.at(i);
            if (!keyName.match(key).hasMatch())
                add(indexed("music.preferredKeys", i),
                    QCoreApplication::translate(
                        "ArtistValidator",
                        "Key \"%1\" must be a tonic and a mode, e.g. \"A minor\", "
                        "\"F# major\" or \"Eb minor\".")
                        .arg(key));
            else if (seen.contains(key))
                add(indexed("music.preferredKeys", i),
                    QCoreApplication::translate("ArtistValidator", "Key \"%1\" is listed twice.")
                        .arg(key));
            seen.insert(key);
        }
    }

    void checkInstrumentation(const QList<Instrument> &instruments)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < instruments.size(); ++i) {
            const Instrument &instrument = instruments.at(i);
            const QString path = indexed("music.instrumentation", i);
            const QString name = instrument.name.trimmed().toCaseFolded();
            if (name.isEmpty())
                add(path + QStringLiteral(".name"),
                    QCoreApplication::translate("ArtistValidator", "Instrument name is required."));
            else if (seen.contains(name))
                add(path + QStringLiteral(".name"),
                    QCoreApplication::translate("ArtistValidator",
                                                "Instrument \"%1\" is listed twice.")
                        .arg(instrument.name));
            seen.insert(name);
            if (!inUnitRange(instrument.level))
                add(path + QStringLiteral(".level"),
                    QCoreApplication::translate("ArtistValidator",
                                                "Instrument level must be between 0 and 1."));
        }
    }

    void checkMusic(const ArtistMusic &music)
    {
        required("music.primaryGenre", music.primaryGenre,
                 QT_TRANSLATE_NOOP("ArtistValidator", "Primary genre"));
        if (music.subgenres.size() > kMaxSubgenres)
            add("music.subgenres",
                QCoreApplication::translate("ArtistValidator",
                                            "At most %1 subgenres are allowed, not %2.")
                    .arg(kMaxSubgenres)
                    .arg(music.subgenres.size()));
        distinctEntries("music.subgenres", music.subgenres,
                        QT_TRANSLATE_NOOP("ArtistValidator", "Subgenre"));
        checkTempo(music);
        checkKeys(music.preferredKeys);
        unitRange("music.energy", music.energy, QT_TRANSLATE_NOOP("ArtistValidator", "Energy"));
        unitRange("music.valence", music.valence,
                  QT_TRANSLATE_NOOP("ArtistValidator", "Valence (mood)"));
        unitRange("music.arousal", music.arousal,
                  QT_TRANSLATE_NOOP("ArtistValidator", "Arousal (mood)"));
        checkInstrumentation(music.instrumentation);

        if (!music.instrumental)
            required("music.vocalStyle", music.vocalStyle,
                     QT_TRANSLATE_NOOP("ArtistValidator",
                                       "Vocal style (unless the artist is instrumental)"));
        static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
        if (music.lyricsLanguage.isEmpty()) {
            if (!music.instrumental)
                add("music.lyricsLanguage",
                    QCoreApplication::translate("ArtistValidator",
                                                "Lyrics language is required unless the artist is "
                                                "instrumental."));
        } else if (!language.match(music.lyricsLanguage).hasMatch()) {
            add("music.lyricsLanguage",
                QCoreApplication::translate(
                    "ArtistValidator",
                    "Lyrics language \"%1\" must be a two-letter ISO 639-1 code in "
                    "lower case, e.g. \"en\" or \"pt\".")
                    .arg(music.lyricsLanguage));
        }
    }

    void checkAudience(const ArtistAudience &audience)
    {
        if (audience.targetCountries.isEmpty())
            add("audience.targetCountries",
                QCoreApplication::translate("ArtistValidator", "At least one target country is "
                                                               "required."));
        QSet<QString> seen;
        for (qsizetype i = 0; i < audience.targetCountries.size(); ++i) {
            const QString &code = audience.targetCountries.at(i);
            const QString path = indexed("audience.targetCountries", i);
            if (!CountryCodes::isValid(code))
                add(path,
                    QCoreApplication::translate("ArtistValidator",
                                                "\"%1\" is not an ISO 3166-1 country code; use two "
                                                "upper-case letters, e.g. \"DE\" or \"BR\".")
                        .arg(code));
            else if (seen.contains(code))
                add(path,
                    QCoreApplication::translate("ArtistValidator", "Country %1 is listed twice.")
                        .arg(code));
            seen.insert(code);
        }
    }

    void checkBehaviour(const ArtistBehaviour &behaviour)
    {
        const QStringList lockable = ArtistValidator::lockableFields();
        QSet<QString> seen;
        for (qsizetype i = 0; i < behaviour.lockedFields.size(); ++i) {
            const QString &field = behaviour.lockedFields.at(i);
            const QString path = indexed("behaviour.lockedFields", i);
            if (!lockable.contains(field))
                add(path, QCoreApplication::translate(
                              "ArtistValidator", "\"%1\" is not a field that can be locked, e.g. "
                                                 "\"identity.stageName\".")
                              .arg(field));
            else if (seen.contains(field))
                add(path,
                    QCoreApplication::translate("ArtistValidator", "Field %1 is locked twice.")
                        .arg(field));
            seen.insert(field);
        }
    }

    void checkReleaseStrategy(const ArtistReleaseStrategy &strategy)
    {
        if (strategy.cadenceDays < kMinCadenceDays || strategy.cadenceDays > kMaxCadenceDays)
            add("releaseStrategy.cadenceDays",
                QCoreApplication::translate("ArtistValidator",
                                            "Release cadence must be between %1 and %2 days.")
                    .arg(kMinCadenceDays)
                    .arg(kMaxCadenceDays));
        unitRange("releaseStrategy.videoRatio", strategy.videoRatio,
                  QT_TRANSLATE_NOOP("ArtistValidator", "Video ratio"));
    }

    void checkProviders(const ArtistProviders &providers)
    {
        oneOf("providers.text", providers.text, {QStringLiteral("local"), QStringLiteral("openai")},
              QT_TRANSLATE_NOOP("ArtistValidator", "text provider"));
        oneOf("providers.music", providers.music, {QStringLiteral("local"), QStringLiteral("suno")},
              QT_TRANSLATE_NOOP("ArtistValidator", "music provider"));
        oneOf("providers.video", providers.video,
              {QStringLiteral("local"), QStringLiteral("pexels"), QStringLiteral("luma")},
              QT_TRANSLATE_NOOP("ArtistValidator", "video provider"));
    }
};

} // namespace

namespace ArtistValidator {

ValidationIssues validate(const Artist &artist)
{
    Checker checker;
    checker.checkIdentity(artist.identity);
    checker.checkMusic(artist.music);
    checker.checkAudience(artist.audience);
    checker.checkBehaviour(artist.behaviour);
    checker.checkReleaseStrategy(artist.releaseStrategy);
    checker.checkProviders(artist.providers);
    return checker.issues;
}

QStringList lockableFields()
{
    // What evolution could change: the artistic profile. Behaviour, providers and status are
    // the operator's own settings and never evolve.
    return {
        QStringLiteral("identity.stageName"),
        QStringLiteral("identity.realName"),
        QStringLiteral("identity.persona"),
        QStringLiteral("identity.backstory"),
        QStringLiteral("identity.influences"),
        QStringLiteral("identity.personalityTraits"),
        QStringLiteral("identity.palette"),
        QStringLiteral("identity.visualKeywords"),
        QStringLiteral("identity.imagePrompt"),
        QStringLiteral("music.primaryGenre"),
        QStringLiteral("music.subgenres"),
        QStringLiteral("music.tempoMinBpm"),
        QStringLiteral("music.tempoMaxBpm"),
        QStringLiteral("music.preferredKeys"),
        QStringLiteral("music.energy"),
        QStringLiteral("music.valence"),
        QStringLiteral("music.arousal"),
        QStringLiteral("music.instrumentation"),
        QStringLiteral("music.instrumental"),
        QStringLiteral("music.vocalStyle"),
        QStringLiteral("music.lyricsLanguage"),
        QStringLiteral("music.lyricThemes"),
        QStringLiteral("audience.targetCountries"),
        QStringLiteral("audience.description"),
        QStringLiteral("releaseStrategy.cadenceDays"),
        QStringLiteral("releaseStrategy.videoRatio"),
    };
}

} // namespace ArtistValidator
