#include "profilecomposer.h"

#include "domain/countrycodes.h"
#include "generation/authorvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

double roundTo2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString capitalized(const QString &word)
{
    if (word.isEmpty())
        return word;
    return word.left(1).toUpper() + word.mid(1);
}

} // namespace

ProfileComposer::ProfileComposer(const AuthorVocabulary &vocabulary, const ArtistBrief &brief,
                                 quint64 seed)
    : m_vocabulary(vocabulary)
    , m_brief(brief)
    , m_random(seed)
{}

QStringList ProfileComposer::list(const QJsonObject &object, const char *key) const
{
    QStringList result;
    const QJsonArray array = object.value(QLatin1String(key)).toArray();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

Result<Artist> ProfileComposer::compose()
{
    m_countryCode = m_brief.country.trimmed().toUpper();
    if (AuthorVocabulary::normalizeGenre(m_brief.genre).isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ProfileComposer",
                                        "The brief needs a genre, e.g. \"techno\" or \"pop\"."));
    if (!CountryCodes::isValid(m_countryCode))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ProfileComposer", "\"%1\" is not an ISO 3166-1 country code; use two "
                                            "upper-case letters, e.g. \"DE\" or \"BR\".")
                         .arg(m_brief.country));
    prepare();

    Artist artist;
    composeIdentity(&artist);
    composeMusic(&artist);
    composeAudience(&artist);
    composeBehaviour(&artist);
    return artist;
}

void ProfileComposer::prepare()
{
    m_genre = m_vocabulary.genre(m_brief.genre);
    m_genreLabel = m_genre.value(QStringLiteral("label")).toString();
    if (m_genreLabel.isEmpty())
        m_genreLabel = AuthorVocabulary::normalizeGenre(m_brief.genre);
    m_country = m_vocabulary.country(m_countryCode);
    m_mood = m_vocabulary.mood(m_brief.mood);

    const QString countryName = CountryCodes::name(m_countryCode);
    QString city = m_random.pick(list(m_country, "cities"));
    if (city.isEmpty())
        city = countryName;
    QString demonym = m_country.value(QStringLiteral("demonym")).toString();
    if (demonym.isEmpty())
        demonym = countryName + QStringLiteral("-based");
    QString mood = m_brief.mood.simplified().toLower();
    if (mood.isEmpty())
        mood = m_random.pick(list(m_vocabulary.templates(), "fallbackMood"));

    const QStringList influences = m_random.pickDistinct(list(m_genre, "influences"), 3);
    const QStringList traits = m_random.pickDistinct(list(m_genre, "traits"), 3);
    m_words = {
        {QStringLiteral("country"), countryName},
        {QStringLiteral("city"), city},
        {QStringLiteral("demonym"), demonym},
        {QStringLiteral("genre"), m_genreLabel},
        {QStringLiteral("mood"), mood},
        {QStringLiteral("subgenre"), m_random.pick(list(m_genre, "subgenres"))},
        {QStringLiteral("scene"), m_random.pick(list(m_genre, "scenes"))},
        {QStringLiteral("theme"), m_random.pick(list(m_genre, "themes"))},
        {QStringLiteral("year"), QString::number(m_random.between(2012, 2024))},
        {QStringLiteral("influence1"), influences.value(0)},
        {QStringLiteral("influence2"), influences.value(1, influences.value(0))},
        {QStringLiteral("influences"), influences.join(QStringLiteral(", "))},
        {QStringLiteral("trait1"), traits.value(0)},
        {QStringLiteral("trait2"), traits.value(1, traits.value(0))},
        {QStringLiteral("traits"), traits.join(QStringLiteral(", "))},
    };
}

QString ProfileComposer::fill(const QString &text) const
{
    QString result = text;
    for (auto it = m_words.begin(); it != m_words.end(); ++it)
        result.replace(u'{' + it.key() + u'}', it.value());
    // A country without a city list uses its own name as the place: no "Peru, Peru".
    const QString country = m_words.value(QStringLiteral("country"));
    result.replace(country + QStringLiteral(", ") + country, country);
    return result;
}

QString ProfileComposer::pickTemplate(const char *key)
{
    return m_random.pick(list(m_vocabulary.templates(), key));
}

QString ProfileComposer::coined(int syllables)
{
    const QStringList parts = list(m_country, "syllables");
    QString word;
    for (int i = 0; i < syllables; ++i)
        word += m_random.pick(parts);
    word += m_random.pick(list(m_country, "endings"));
    return capitalized(word);
}

QString ProfileComposer::stageName()
{
    // Several shapes, each drawing from tens of thousands of combinations, so a thousand
    // seeds for the same brief almost never repeat a name.
    const QStringList prefixes = list(m_genre, "namePrefixes");
    const int shape = m_random.between(0, prefixes.isEmpty() ? 3 : 4);
    switch (shape) {
    case 0:
        return coined(3);
    case 1:
        return coined(2) + u' ' + m_random.pick(list(m_country, "words"));
    case 2:
        return m_random.pick(list(m_genre, "nameWords")) + u' ' + coined(2);
    case 3:
        return m_random.pick(list(m_country, "firstNames")) + u' ' + coined(2);
    default: {
        const QString prefix = m_random.pick(prefixes);
        if (prefix == QLatin1String("The"))
            return QStringLiteral("The ") + coined(2) + u' ' +
                   m_random.pick(list(m_genre, "nameWords"));
        return prefix + u' ' + coined(3);
    }
    }
}

QString ProfileComposer::realName()
{
    return m_random.pick(list(m_country, "firstNames")) + u' ' +
           m_random.pick(list(m_country, "lastNames"));
}

void ProfileComposer::composeIdentity(Artist *artist)
{
    ArtistIdentity &identity = artist->identity;
    identity.stageName = stageName();
    identity.realName = realName();
    m_words.insert(QStringLiteral("name"), identity.stageName);
    m_words.insert(QStringLiteral("realName"), identity.realName);

    const QStringList instruments = [this] {
        QStringList names;
        const QJsonArray array = m_genre.value(QStringLiteral("instruments")).toArray();
        for (const QJsonValue &entry : array)
            names.append(entry.toArray().at(0).toString());
        return names;
    }();
    m_words.insert(QStringLiteral("instrument"), m_random.pick(instruments));

    identity.influences = m_words.value(QStringLiteral("influences")).split(QStringLiteral(", "));
    identity.personalityTraits =
        m_words.value(QStringLiteral("traits")).split(QStringLiteral(", "));
    const QJsonArray palettes = m_genre.value(QStringLiteral("palettes")).toArray();
    const QJsonArray palette = palettes.at(m_random.index(palettes.size())).toArray();
    for (const QJsonValue &colour : palette)
        identity.palette.append(colour.toString());
    identity.visualKeywords = m_random.pickDistinct(list(m_genre, "visual"), 3);
    identity.visualKeywords.append(m_words.value(QStringLiteral("city")) +
                                   QStringLiteral(" backdrop"));
    m_words.insert(QStringLiteral("visual"), identity.visualKeywords.join(QStringLiteral(", ")));
    m_words.insert(QStringLiteral("palette"), identity.palette.join(u' '));

    identity.persona = fill(pickTemplate("persona"));
    identity.backstory = fill(pickTemplate("backstory"));
    identity.imagePrompt =
        fill(m_vocabulary.templates().value(QStringLiteral("imagePrompt")).toString());
}

double ProfileComposer::moodShift(const char *key) const
{
    return m_mood.value(QLatin1String(key)).toDouble(0.0);
}

// The genre's centre, moved by the mood and a little jitter so artists of one genre differ.
double ProfileComposer::shaped(const char *key)
{
    const double value = m_genre.value(QLatin1String(key)).toDouble(0.5) + moodShift(key) +
                         m_random.between(-0.08, 0.08);
    return roundTo2(std::clamp(value, 0.02, 0.98));
}

void ProfileComposer::composeMusic(Artist *artist)
{
    ArtistMusic &music = artist->music;
    music.primaryGenre = m_genreLabel;
    music.subgenres = m_random.pickDistinct(list(m_genre, "subgenres"), m_random.between(2, 3));

    const QJsonArray tempo = m_genre.value(QStringLiteral("tempo")).toArray();
    const int low = tempo.at(0).toInt(90);
    const int high = tempo.at(1).toInt(130);
    const int slack = (high - low) / 3;
    music.tempoMinBpm = low + m_random.between(0, slack);
    music.tempoMaxBpm = high - m_random.between(0, slack);

    music.preferredKeys = m_random.pickDistinct(list(m_genre, "keys"), m_random.between(2, 4));
    music.energy = shaped("energy");
    music.valence = shaped("valence");
    music.arousal = shaped("arousal");

    QJsonArray instruments = m_genre.value(QStringLiteral("instruments")).toArray();
    const int count = std::min<int>(int(instruments.size()), m_random.between(4, 5));
    for (int i = 0; i < count; ++i) {
        const QJsonArray entry = instruments.takeAt(m_random.index(instruments.size())).toArray();
        const double level = entry.at(1).toDouble(0.5) + m_random.between(-0.1, 0.1);
        music.instrumentation.append(
            {entry.at(0).toString(), roundTo2(std::clamp(level, 0.05, 1.0))});
    }

    music.instrumental =
        m_random.chance(m_genre.value(QStringLiteral("instrumentalChance")).toDouble());
    if (!music.instrumental)
        music.vocalStyle = m_random.pick(list(m_genre, "vocalStyles"));
    music.lyricsLanguage = m_vocabulary.lyricsLanguage(m_countryCode);
    music.lyricThemes = m_random.pickDistinct(list(m_genre, "themes"), 3);
    for (const QString &theme : m_random.pickDistinct(list(m_mood, "themes"), 1)) {
        if (!music.lyricThemes.contains(theme))
            music.lyricThemes.append(theme);
    }
}

void ProfileComposer::composeAudience(Artist *artist)
{
    ArtistAudience &audience = artist->audience;
    audience.targetCountries = {m_countryCode};
    const QStringList neighbours =
        m_random.pickDistinct(list(m_country, "neighbours"), m_random.between(1, 2));
    for (const QString &code : neighbours) {
        if (code != m_countryCode && CountryCodes::isValid(code))
            audience.targetCountries.append(code);
    }
    audience.description = fill(pickTemplate("audience"));
}

void ProfileComposer::composeBehaviour(Artist *artist)
{
    // Most artists follow trends loosely; a few are strict or experimental.
    const int alignment = m_random.between(0, 9);
    artist->behaviour.trendAlignment = alignment < 6   ? TrendAlignment::Soft
                                       : alignment < 8 ? TrendAlignment::Strict
                                                       : TrendAlignment::Experimental;
    artist->behaviour.evolutionSpeed = m_random.pick(
        QList<EvolutionSpeed>{EvolutionSpeed::Slow, EvolutionSpeed::Medium, EvolutionSpeed::Fast});
    artist->behaviour.lockedFields = {QStringLiteral("identity.stageName"),
                                      QStringLiteral("music.primaryGenre")};
    artist->behaviour.autopilot = false;

    const QJsonArray cadence = m_genre.value(QStringLiteral("cadence")).toArray();
    artist->releaseStrategy.cadenceDays =
        m_random.between(cadence.at(0).toInt(14), cadence.at(1).toInt(35));
    const QJsonArray video = m_genre.value(QStringLiteral("videoRatio")).toArray();
    artist->releaseStrategy.videoRatio =
        roundTo2(m_random.between(video.at(0).toDouble(0.3), video.at(1).toDouble(0.7)));

    artist->providers = ArtistProviders();
    artist->status = LifecycleStatus::Candidate;
}
