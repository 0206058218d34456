#include "profiledraft.h"

#include "generation/authorvocabulary.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace {

struct GenreTempo
{
    const char *keyword;
    int minBpm;
    int maxBpm;
};

// checked in order: the first keyword found in the genre name wins ("drum and bass" before "bass")
constexpr std::array<GenreTempo, 22> kGenreTempos{{
    {"drum and bass", 160, 178}, {"drum & bass", 160, 178},
    {"dnb", 160, 178},           {"jungle", 155, 175},
    {"dubstep", 138, 145},       {"trap", 130, 150},
    {"techno", 125, 140},        {"trance", 128, 140},
    {"house", 118, 128},         {"synthwave", 80, 118},
    {"lo-fi", 70, 90},           {"lofi", 70, 90},
    {"hip hop", 80, 100},        {"hip-hop", 80, 100},
    {"reggaeton", 88, 100},      {"ambient", 60, 90},
    {"metal", 100, 180},         {"punk", 150, 190},
    {"rock", 100, 140},          {"jazz", 80, 160},
    {"folk", 80, 120},           {"pop", 95, 125},
}};

bool isMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool isBlank(const QJsonValue &value)
{
    return isMissing(value) || (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

// Mood words shift valence (sad..happy) and arousal (calm..excited) away from the middle.
QPair<double, double> moodFeel(const QString &mood)
{
    const QString m = mood.toLower();
    double valence = 0.5;
    double arousal = 0.5;
    for (const char *word : {"sad", "melanch", "dark", "gloom", "moody", "nostalg", "lonely"}) {
        if (m.contains(QLatin1String(word)))
            valence = 0.3;
    }
    for (const char *word : {"happy", "upbeat", "joy", "euphor", "sunny", "playful"}) {
        if (m.contains(QLatin1String(word)))
            valence = 0.75;
    }
    for (const char *word : {"calm", "chill", "dream", "relax", "mellow", "soft"}) {
        if (m.contains(QLatin1String(word)))
            arousal = 0.3;
    }
    for (const char *word : {"energ", "aggress", "angry", "intense", "hype", "wild"}) {
        if (m.contains(QLatin1String(word)))
            arousal = 0.8;
    }
    return {valence, arousal};
}

class Completer
{
public:
    Completer(const ArtistBrief &brief, QStringList *filled)
        : m_brief(brief)
        , m_filled(filled)
    {}

    // Fills `key` of `group` when `missing(value)`; records "<section>.<key>".
    void fill(QJsonObject &group, const QString &section, const char *key, const QJsonValue &value,
              bool (*missing)(const QJsonValue &) = isMissing)
    {
        const QString name = QLatin1String(key);
        if (!missing(group.value(name)))
            return;
        group.insert(name, value);
        if (m_filled && !m_missingSections.contains(section))
            m_filled->append(section.isEmpty() ? name : section + u'.' + name);
    }

    QString genre() const { return m_brief.genre.trimmed(); }
    QString country() const { return m_brief.country.trimmed().toUpper(); }
    const ArtistBrief &brief() const { return m_brief; }
    // a section the model left out is recorded once, not field by field
    void sectionMissing(const QString &section) { m_missingSections.append(section); }

private:
    QStringList m_missingSections;
    const ArtistBrief &m_brief;
    QStringList *m_filled;
};

} // namespace

namespace ProfileDraft {

QString languageForCountry(const QString &countryCode)
{
    return AuthorVocabulary::instance().lyricsLanguage(countryCode.trimmed().toUpper());
}

QPair<int, int> tempoRangeForGenre(const QString &genre)
{
    const QString name = genre.toLower();
    for (const GenreTempo &entry : kGenreTempos) {
        if (name.contains(QLatin1String(entry.keyword)))
            return {entry.minBpm, entry.maxBpm};
    }
    return {90, 130};
}

Result<QJsonObject> completeProfileDraft(const QJsonObject &draft, const ArtistBrief &brief,
                                         QStringList *filledDefaults)
{
    for (const char *section :
         {"identity", "music", "audience", "behaviour", "releaseStrategy", "providers"}) {
        const QJsonValue value = draft.value(QLatin1String(section));
        if (!isMissing(value) && !value.isObject())
            return Error(
                ErrorCode::InvalidInput,
                QStringLiteral("\"%1\" must be an object of fields.").arg(QLatin1String(section)));
    }

    QJsonObject profile = draft;
    Completer c(brief, filledDefaults);
    const QString genre = c.genre().isEmpty() ? QStringLiteral("pop") : c.genre();

    // sections appear in the report as one filled path when they were missing entirely
    auto section = [&](const char *name) {
        const QString key = QLatin1String(name);
        if (isMissing(profile.value(key))) {
            c.sectionMissing(key);
            if (filledDefaults)
                filledDefaults->append(key);
        }
        return profile.value(key).toObject();
    };

    QJsonObject identity = section("identity");
    {
        const QString s = QStringLiteral("identity");
        c.fill(identity, s, "realName", QString());
        c.fill(identity, s, "influences", QJsonArray());
        c.fill(identity, s, "personalityTraits", QJsonArray());
        c.fill(identity, s, "palette",
               QJsonArray{QStringLiteral("#1d1f3a"), QStringLiteral("#e0457b"),
                          QStringLiteral("#f5d76e")});
        c.fill(identity, s, "visualKeywords", QJsonArray());
        const QString name = identity.value(QLatin1String("stageName")).toString();
        c.fill(identity, s, "imagePrompt",
               QStringLiteral("Portrait of %1, a %2 artist, album cover style, studio lighting")
                   .arg(name.isEmpty() ? QStringLiteral("a musician") : name, genre),
               isBlank);
    }
    profile.insert(QStringLiteral("identity"), identity);

    QJsonObject music = section("music");
    {
        const QString s = QStringLiteral("music");
        c.fill(music, s, "primaryGenre", genre, isBlank);
        c.fill(music, s, "subgenres", QJsonArray());
        const auto [minBpm, maxBpm] = tempoRangeForGenre(genre);
        const QJsonValue givenMin = music.value(QLatin1String("tempoMinBpm"));
        const QJsonValue givenMax = music.value(QLatin1String("tempoMaxBpm"));
        // one end given: keep the range around it rather than contradict it
        c.fill(music, s, "tempoMinBpm",
               givenMax.isDouble() ? std::min(minBpm, givenMax.toInt()) : minBpm);
        c.fill(music, s, "tempoMaxBpm",
               givenMin.isDouble() ? std::max(maxBpm, givenMin.toInt()) : maxBpm);
        c.fill(music, s, "preferredKeys",
               QJsonArray{QStringLiteral("A minor"), QStringLiteral("C major")});
        const auto [valence, arousal] = moodFeel(c.brief().mood);
        c.fill(music, s, "energy", arousal);
        c.fill(music, s, "valence", valence);
        c.fill(music, s, "arousal", arousal);
        c.fill(music, s, "instrumentation", QJsonArray());
        c.fill(music, s, "instrumental", false);
        const bool instrumental = music.value(QLatin1String("instrumental")).toBool();
        if (!instrumental) {
            c.fill(music, s, "vocalStyle", QStringLiteral("expressive lead vocals"), isBlank);
            c.fill(music, s, "lyricsLanguage", languageForCountry(c.country()), isBlank);
        } else {
            c.fill(music, s, "vocalStyle", QString());
            c.fill(music, s, "lyricsLanguage", QString());
        }
        c.fill(music, s, "lyricThemes", QJsonArray());
    }
    profile.insert(QStringLiteral("music"), music);

    QJsonObject audience = section("audience");
    {
        const QString s = QStringLiteral("audience");
        if (!c.country().isEmpty())
            c.fill(audience, s, "targetCountries", QJsonArray{c.country()}, isBlank);
        c.fill(audience, s, "description", QString());
    }
    profile.insert(QStringLiteral("audience"), audience);

    QJsonObject behaviour = section("behaviour");
    {
        const QString s = QStringLiteral("behaviour");
        c.fill(behaviour, s, "trendAlignment", QStringLiteral("soft"));
        c.fill(behaviour, s, "evolutionSpeed", QStringLiteral("medium"));
        c.fill(behaviour, s, "lockedFields", QJsonArray{QStringLiteral("identity.stageName")});
        c.fill(behaviour, s, "autopilot", false);
    }
    profile.insert(QStringLiteral("behaviour"), behaviour);

    QJsonObject strategy = section("releaseStrategy");
    {
        const QString s = QStringLiteral("releaseStrategy");
        c.fill(strategy, s, "cadenceDays", 14);
        c.fill(strategy, s, "videoRatio", 0.7);
    }
    profile.insert(QStringLiteral("releaseStrategy"), strategy);

    QJsonObject providers = section("providers");
    {
        const QString s = QStringLiteral("providers");
        for (const char *kind : {"text", "music", "video"})
            c.fill(providers, s, kind, QStringLiteral("local"));
        for (const char *model : {"textModel", "musicModel", "videoModel"})
            c.fill(providers, s, model, QString());
    }
    profile.insert(QStringLiteral("providers"), providers);

    c.fill(profile, {}, "status", QStringLiteral("candidate"));
    return profile;
}

} // namespace ProfileDraft
