#include "artistjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUuid>

#include <climits>
#include <cmath>
#include <initializer_list>

namespace {

const QLatin1String kFormatName("artist-studio.artist");
constexpr qsizetype kMaxArrayItems = 64;
// A hostile document can hold thousands of faults; an operator needs the first screenful.
constexpr qsizetype kMaxIssues = 100;
constexpr qsizetype kMaxShownKeyLength = 60;

QJsonValue timestampToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ArtistJson", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("ArtistJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ArtistJson", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ArtistJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ArtistJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ArtistJson", "missing");
}

// Collects every problem of one document, each with its dotted field path.
class Reader
{
public:
    ValidationIssues issues;
    qsizetype dropped = 0;

    void add(const QString &field, const QString &message)
    {
        if (issues.size() >= kMaxIssues) {
            ++dropped;
            return;
        }
        issues.append({field, message});
    }

    static QString join(const QString &prefix, const QString &key)
    {
        QString shown = key;
        if (shown.size() > kMaxShownKeyLength)
            shown = shown.left(kMaxShownKeyLength) + QStringLiteral("…");
        return prefix.isEmpty() ? shown : prefix + u'.' + shown;
    }

    void checkKeys(const QJsonObject &object, const QString &prefix,
                   std::initializer_list<const char *> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (const char *name : known) {
                if (it.key() == QLatin1String(name)) {
                    found = true;
                    break;
                }
            }
            if (!found)
                add(join(prefix, it.key()),
                    QCoreApplication::translate("ArtistJson",
                                                "Unknown field; remove it or check its "
                                                "spelling."));
        }
    }

    void wrongType(const QString &path, const QJsonValue &value, const char *expected)
    {
        add(path,
            QCoreApplication::translate("ArtistJson", "Must be %1, not %2.")
                .arg(QCoreApplication::translate("ArtistJson", expected), jsonTypeName(value)));
    }

    bool checkString(const QString &path, const QJsonValue &value, QString *out)
    {
        if (!value.isString()) {
            wrongType(path, value, QT_TRANSLATE_NOOP("ArtistJson", "a string"));
            return false;
        }
        const QString text = value.toString();
        if (text.size() > ArtistJson::kMaxStringLength) {
            add(path, QCoreApplication::translate(
                          "ArtistJson", "Text is %1 characters long; at most %2 are allowed.")
                          .arg(text.size())
                          .arg(ArtistJson::kMaxStringLength));
            return false;
        }
        *out = text;
        return true;
    }

    void readString(const QJsonObject &object, const QString &prefix, const char *key, QString *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        QString text;
        if (checkString(join(prefix, QLatin1String(key)), value, &text))
            *out = text;
    }

    // Returns the array when present, of the right type and within the size bound.
    bool readArray(const QJsonObject &object, const QString &prefix, const char *key,
                   QJsonArray *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return false;
        const QString path = join(prefix, QLatin1String(key));
        if (!value.isArray()) {
            wrongType(path, value, QT_TRANSLATE_NOOP("ArtistJson", "an array"));
            return false;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > kMaxArrayItems) {
            add(path,
                QCoreApplication::translate("ArtistJson", "Has %1 entries; at most %2 are allowed.")
                    .arg(array.size())
                    .arg(kMaxArrayItems));
            return false;
        }
        *out = array;
        return true;
    }

    void readStringList(const QJsonObject &object, const QString &prefix, const char *key,
                        QStringList *out)
    {
        QJsonArray array;
        if (!readArray(object, prefix, key, &array))
            return;
        const QString path = join(prefix, QLatin1String(key));
        QStringList list;
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString text;
            if (checkString(path + QStringLiteral("[%1]").arg(i), array.at(i), &text))
                list.append(text);
            else
                ok = false;
        }
        if (ok)
            *out = list;
    }

    void readInt(const QJsonObject &object, const QString &prefix, const char *key, int *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        const QString path = join(prefix, QLatin1String(key));
        if (!value.isDouble()) {
            wrongType(path, value, QT_TRANSLATE_NOOP("ArtistJson", "a whole number"));
            return;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || number < INT_MIN ||
            number > INT_MAX) {
            add(path, QCoreApplication::translate("ArtistJson", "Must be a whole number."));
            return;
        }
        *out = static_cast<int>(number);
    }

    void readDouble(const QJsonObject &object, const QString &prefix, const char *key, double *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        readDoubleValue(join(prefix, QLatin1String(key)), value, out);
    }

    void readDoubleValue(const QString &path, const QJsonValue &value, double *out)
    {
        if (!value.isDouble()) {
            wrongType(path, value, QT_TRANSLATE_NOOP("ArtistJson", "a number"));
            return;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            add(path, QCoreApplication::translate("ArtistJson", "Must be a finite number."));
            return;
        }
        *out = number;
    }

    void readBool(const QJsonObject &object, const QString &prefix, const char *key, bool *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            wrongType(join(prefix, QLatin1String(key)), value,
                      QT_TRANSLATE_NOOP("ArtistJson", "true or false"));
            return;
        }
        *out = value.toBool();
    }

    void readTimestamp(const QJsonObject &object, const char *key, QDateTime *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        const QString path = QLatin1String(key);
        if (!value.isString()) {
            wrongType(path, value,
                      QT_TRANSLATE_NOOP("ArtistJson", "a date and time string or null"));
            return;
        }
        const QString text = value.toString();
        const QDateTime time =
            text.size() <= 64 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (!time.isValid()) {
            add(path, QCoreApplication::translate("ArtistJson",
                                                  "Must be an ISO 8601 date and time such as "
                                                  "\"2024-05-01T12:00:00.000Z\"."));
            return;
        }
        *out = time.toUTC();
    }

    template<typename Enum>
    void readEnum(const QJsonObject &object, const QString &prefix, const char *key, Enum *out,
                  std::initializer_list<Enum> values)
    {
        QString text;
        const QString path = join(prefix, QLatin1String(key));
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || !checkString(path, value, &text))
            return;
        if (fromString(text, out))
            return;
        QStringList names;
        for (Enum candidate : values)
            names.append(toString(candidate));
        add(path, QCoreApplication::translate("ArtistJson", "Unknown value; use one of: %1.")
                      .arg(names.join(u", ")));
    }

    // Returns the nested object when present and an object; reports its unknown keys.
    bool readObject(const QJsonObject &object, const char *key,
                    std::initializer_list<const char *> known, QJsonObject *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return false;
        if (!value.isObject()) {
            wrongType(QLatin1String(key), value, QT_TRANSLATE_NOOP("ArtistJson", "an object"));
            return false;
        }
        *out = value.toObject();
        checkKeys(*out, QLatin1String(key), known);
        return true;
    }

    void readFormat(const QJsonObject &object)
    {
        const QJsonValue format = object.value(QLatin1String("format"));
        if (!format.isUndefined() && format != QJsonValue(kFormatName)) {
            add(QStringLiteral("format"),
                QCoreApplication::translate(
                    "ArtistJson", "This is not an artist profile (expected format \"%1\").")
                    .arg(kFormatName));
        }
        const QJsonValue version = object.value(QLatin1String("formatVersion"));
        if (version.isUndefined())
            return;
        int number = ArtistJson::kFormatVersion;
        const qsizetype before = issues.size();
        readInt(object, {}, "formatVersion", &number);
        if (issues.size() != before)
            return;
        if (number > ArtistJson::kFormatVersion) {
            add(QStringLiteral("formatVersion"),
                QCoreApplication::translate(
                    "ArtistJson", "This profile was written by a newer Artist Studio (format "
                                  "version %1); this version reads format version %2. Update "
                                  "Artist Studio to import it.")
                    .arg(number)
                    .arg(ArtistJson::kFormatVersion));
        } else if (number < 1) {
            add(QStringLiteral("formatVersion"),
                QCoreApplication::translate("ArtistJson",
                                            "Format version %1 does not exist; the first is 1.")
                    .arg(number));
        }
    }

    void readIdentity(const QJsonObject &root, ArtistIdentity *identity)
    {
        QJsonObject object;
        if (!readObject(root, "identity",
                        {"stageName", "realName", "persona", "backstory", "influences",
                         "personalityTraits", "palette", "visualKeywords", "imagePrompt"},
                        &object))
            return;
        const QString p = QStringLiteral("identity");
        readString(object, p, "stageName", &identity->stageName);
        readString(object, p, "realName", &identity->realName);
        readString(object, p, "persona", &identity->persona);
        readString(object, p, "backstory", &identity->backstory);
        readStringList(object, p, "influences", &identity->influences);
        readStringList(object, p, "personalityTraits", &identity->personalityTraits);
        readStringList(object, p, "palette", &identity->palette);
        readStringList(object, p, "visualKeywords", &identity->visualKeywords);
        readString(object, p, "imagePrompt", &identity->imagePrompt);
    }

    void readInstrumentation(const QJsonObject &object, const QString &prefix,
                             QList<Instrument> *out)
    {
        QJsonArray array;
        if (!readArray(object, prefix, "instrumentation", &array))
            return;
        QList<Instrument> instruments;
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = prefix + QStringLiteral(".instrumentation[%1]").arg(i);
            if (!array.at(i).isObject()) {
                wrongType(path, array.at(i),
                          QT_TRANSLATE_NOOP("ArtistJson", "an object with \"name\" and \"level\""));
                ok = false;
                continue;
            }
            const QJsonObject item = array.at(i).toObject();
            const qsizetype before = issues.size() + dropped;
            checkKeys(item, path, {"name", "level"});
            Instrument instrument;
            readString(item, path, "name", &instrument.name);
            readDouble(item, path, "level", &instrument.level);
            if (issues.size() + dropped != before)
                ok = false;
            instruments.append(instrument);
        }
        if (ok)
            *out = instruments;
    }

    void readMusic(const QJsonObject &root, ArtistMusic *music)
    {
        QJsonObject object;
        if (!readObject(root, "music",
                        {"primaryGenre", "subgenres", "tempoMinBpm", "tempoMaxBpm", "preferredKeys",
                         "energy", "valence", "arousal", "instrumentation", "instrumental",
                         "vocalStyle", "lyricsLanguage", "lyricThemes"},
                        &object))
            return;
        const QString p = QStringLiteral("music");
        readString(object, p, "primaryGenre", &music->primaryGenre);
        readStringList(object, p, "subgenres", &music->subgenres);
        readInt(object, p, "tempoMinBpm", &music->tempoMinBpm);
        readInt(object, p, "tempoMaxBpm", &music->tempoMaxBpm);
        readStringList(object, p, "preferredKeys", &music->preferredKeys);
        readDouble(object, p, "energy", &music->energy);
        readDouble(object, p, "valence", &music->valence);
        readDouble(object, p, "arousal", &music->arousal);
        readInstrumentation(object, p, &music->instrumentation);
        readBool(object, p, "instrumental", &music->instrumental);
        readString(object, p, "vocalStyle", &music->vocalStyle);
        readString(object, p, "lyricsLanguage", &music->lyricsLanguage);
        readStringList(object, p, "lyricThemes", &music->lyricThemes);
    }

    void readAudience(const QJsonObject &root, ArtistAudience *audience)
    {
        QJsonObject object;
        if (!readObject(root, "audience", {"targetCountries", "description"}, &object))
            return;
        const QString p = QStringLiteral("audience");
        readStringList(object, p, "targetCountries", &audience->targetCountries);
        readString(object, p, "description", &audience->description);
    }

    void readBehaviour(const QJsonObject &root, ArtistBehaviour *behaviour)
    {
        QJsonObject object;
        if (!readObject(root, "behaviour",
                        {"trendAlignment", "evolutionSpeed", "lockedFields", "autopilot"}, &object))
            return;
        const QString p = QStringLiteral("behaviour");
        readEnum(object, p, "trendAlignment", &behaviour->trendAlignment,
                 {TrendAlignment::Strict, TrendAlignment::Soft, TrendAlignment::Experimental});
        readEnum(object, p, "evolutionSpeed", &behaviour->evolutionSpeed,
                 {EvolutionSpeed::Slow, EvolutionSpeed::Medium, EvolutionSpeed::Fast});
        readStringList(object, p, "lockedFields", &behaviour->lockedFields);
        readBool(object, p, "autopilot", &behaviour->autopilot);
    }

    void readReleaseStrategy(const QJsonObject &root, ArtistReleaseStrategy *strategy)
    {
        QJsonObject object;
        if (!readObject(root, "releaseStrategy", {"cadenceDays", "videoRatio"}, &object))
            return;
        const QString p = QStringLiteral("releaseStrategy");
        readInt(object, p, "cadenceDays", &strategy->cadenceDays);
        readDouble(object, p, "videoRatio", &strategy->videoRatio);
    }

    void readProviders(const QJsonObject &root, ArtistProviders *providers)
    {
        QJsonObject object;
        if (!readObject(root, "providers",
                        {"text", "textModel", "music", "musicModel", "video", "videoModel"},
                        &object))
            return;
        const QString p = QStringLiteral("providers");
        readString(object, p, "text", &providers->text);
        readString(object, p, "textModel", &providers->textModel);
        readString(object, p, "music", &providers->music);
        readString(object, p, "musicModel", &providers->musicModel);
        readString(object, p, "video", &providers->video);
        readString(object, p, "videoModel", &providers->videoModel);
    }

    void readMetadata(const QJsonObject &root, Artist *artist)
    {
        QString id;
        const QJsonValue idValue = root.value(QLatin1String("id"));
        if (!idValue.isUndefined() && checkString(QStringLiteral("id"), idValue, &id)) {
            // The id names files and rows: only a plain UUID (or nothing) gets through.
            const QUuid uuid = id.size() == 36 ? QUuid::fromString(id) : QUuid();
            if (!id.isEmpty() && uuid.isNull())
                add(QStringLiteral("id"),
                    QCoreApplication::translate("ArtistJson",
                                                "Must be a UUID such as "
                                                "\"0f8fad5b-d9cb-469f-a165-70867728950e\"."));
            else
                artist->id = id;
        }
        const qsizetype before = issues.size();
        int version = artist->version;
        readInt(root, {}, "version", &version);
        if (issues.size() == before && version < 0)
            add(QStringLiteral("version"),
                QCoreApplication::translate("ArtistJson", "Must not be negative."));
        else
            artist->version = version;
        readTimestamp(root, "createdAt", &artist->createdAt);
        readTimestamp(root, "updatedAt", &artist->updatedAt);
        readTimestamp(root, "lastRunAt", &artist->lastRunAt);
        readBool(root, {}, "archived", &artist->archived);
    }
};

QString summary(const ValidationIssues &issues)
{
    const ValidationIssue &first = issues.constFirst();
    const QString where = first.field.isEmpty() ? QString() : first.field + QStringLiteral(": ");
    if (issues.size() == 1)
        return QCoreApplication::translate("ArtistJson", "The artist profile was refused: %1%2")
            .arg(where, first.message);
    return QCoreApplication::translate(
               "ArtistJson", "The artist profile was refused with %1 problems, the first: %2%3")
        .arg(issues.size())
        .arg(where, first.message);
}

Result<Artist> refuse(const ValidationIssues &found, ValidationIssues *issues)
{
    if (issues)
        *issues = found;
    return Error(ErrorCode::InvalidInput, summary(found));
}

} // namespace

namespace ArtistJson {

QJsonObject toJson(const Artist &artist)
{
    const ArtistIdentity &identity = artist.identity;
    const ArtistMusic &music = artist.music;

    QJsonArray instrumentation;
    for (const Instrument &instrument : music.instrumentation)
        instrumentation.append(QJsonObject{{QStringLiteral("name"), instrument.name},
                                           {QStringLiteral("level"), instrument.level}});

    return QJsonObject{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("id"), artist.id},
        {QStringLiteral("version"), artist.version},
        {QStringLiteral("createdAt"), timestampToJson(artist.createdAt)},
        {QStringLiteral("updatedAt"), timestampToJson(artist.updatedAt)},
        {QStringLiteral("lastRunAt"), timestampToJson(artist.lastRunAt)},
        {QStringLiteral("archived"), artist.archived},
        {QStringLiteral("identity"),
         QJsonObject{
             {QStringLiteral("stageName"), identity.stageName},
             {QStringLiteral("realName"), identity.realName},
             {QStringLiteral("persona"), identity.persona},
             {QStringLiteral("backstory"), identity.backstory},
             {QStringLiteral("influences"), toArray(identity.influences)},
             {QStringLiteral("personalityTraits"), toArray(identity.personalityTraits)},
             {QStringLiteral("palette"), toArray(identity.palette)},
             {QStringLiteral("visualKeywords"), toArray(identity.visualKeywords)},
             {QStringLiteral("imagePrompt"), identity.imagePrompt},
         }},
        {QStringLiteral("music"),
         QJsonObject{
             {QStringLiteral("primaryGenre"), music.primaryGenre},
             {QStringLiteral("subgenres"), toArray(music.subgenres)},
             {QStringLiteral("tempoMinBpm"), music.tempoMinBpm},
             {QStringLiteral("tempoMaxBpm"), music.tempoMaxBpm},
             {QStringLiteral("preferredKeys"), toArray(music.preferredKeys)},
             {QStringLiteral("energy"), music.energy},
             {QStringLiteral("valence"), music.valence},
             {QStringLiteral("arousal"), music.arousal},
             {QStringLiteral("instrumentation"), instrumentation},
             {QStringLiteral("instrumental"), music.instrumental},
             {QStringLiteral("vocalStyle"), music.vocalStyle},
             {QStringLiteral("lyricsLanguage"), music.lyricsLanguage},
             {QStringLiteral("lyricThemes"), toArray(music.lyricThemes)},
         }},
        {QStringLiteral("audience"),
         QJsonObject{
             {QStringLiteral("targetCountries"), toArray(artist.audience.targetCountries)},
             {QStringLiteral("description"), artist.audience.description},
         }},
        {QStringLiteral("behaviour"),
         QJsonObject{
             {QStringLiteral("trendAlignment"), toString(artist.behaviour.trendAlignment)},
             {QStringLiteral("evolutionSpeed"), toString(artist.behaviour.evolutionSpeed)},
             {QStringLiteral("lockedFields"), toArray(artist.behaviour.lockedFields)},
             {QStringLiteral("autopilot"), artist.behaviour.autopilot},
         }},
        {QStringLiteral("releaseStrategy"),
         QJsonObject{
             {QStringLiteral("cadenceDays"), artist.releaseStrategy.cadenceDays},
             {QStringLiteral("videoRatio"), artist.releaseStrategy.videoRatio},
         }},
        {QStringLiteral("providers"),
         QJsonObject{
             {QStringLiteral("text"), artist.providers.text},
             {QStringLiteral("textModel"), artist.providers.textModel},
             {QStringLiteral("music"), artist.providers.music},
             {QStringLiteral("musicModel"), artist.providers.musicModel},
             {QStringLiteral("video"), artist.providers.video},
             {QStringLiteral("videoModel"), artist.providers.videoModel},
         }},
        {QStringLiteral("status"), toString(artist.status)},
    };
}

QByteArray toBytes(const Artist &artist)
{
    // QJsonObject keeps keys sorted, so the output is stable for equal artists.
    return QJsonDocument(toJson(artist)).toJson(QJsonDocument::Indented);
}

Result<Artist> fromJson(const QJsonObject &object, ValidationIssues *issues)
{
    if (issues)
        issues->clear();
    Reader reader;
    reader.checkKeys(object, {},
                     {"format", "formatVersion", "id", "version", "createdAt", "updatedAt",
                      "lastRunAt", "archived", "identity", "music", "audience", "behaviour",
                      "releaseStrategy", "providers", "status"});
    reader.readFormat(object);

    Artist artist;
    reader.readMetadata(object, &artist);
    reader.readIdentity(object, &artist.identity);
    reader.readMusic(object, &artist.music);
    reader.readAudience(object, &artist.audience);
    reader.readBehaviour(object, &artist.behaviour);
    reader.readReleaseStrategy(object, &artist.releaseStrategy);
    reader.readProviders(object, &artist.providers);
    reader.readEnum(object, {}, "status", &artist.status,
                    {LifecycleStatus::Candidate, LifecycleStatus::Active, LifecycleStatus::Evolving,
                     LifecycleStatus::Paused, LifecycleStatus::Retired});

    if (reader.dropped > 0) {
        reader.issues.append({QString(), QCoreApplication::translate(
                                             "ArtistJson", "%1 more problems were not listed.")
                                             .arg(reader.dropped)});
    }
    if (!reader.issues.isEmpty())
        return refuse(reader.issues, issues);
    return artist;
}

Result<Artist> fromBytes(const QByteArray &json, ValidationIssues *issues)
{
    if (issues)
        issues->clear();
    if (json.size() > kMaxDocumentBytes) {
        return refuse(
            {{QString(), QCoreApplication::translate(
                             "ArtistJson", "The file is %1 bytes; an artist profile may be "
                                           "at most %2 bytes.")
                             .arg(json.size())
                             .arg(kMaxDocumentBytes)}},
            issues);
    }
    // Qt's JSON parser silently replaces invalid UTF-8, so check first.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(json);
    if (decoder.hasError()) {
        return refuse({{QString(), QCoreApplication::translate(
                                       "ArtistJson", "The file is not valid UTF-8 text; save it as "
                                                     "UTF-8 and try again.")}},
                      issues);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return refuse({{QString(), QCoreApplication::translate(
                                       "ArtistJson", "The file is not valid JSON: %1 at byte %2.")
                                       .arg(error.errorString())
                                       .arg(error.offset)}},
                      issues);
    }
    if (!document.isObject()) {
        return refuse({{QString(),
                        QCoreApplication::translate("ArtistJson",
                                                    "The file must hold one JSON object (an artist "
                                                    "profile), not an array or a single value.")}},
                      issues);
    }
    return fromJson(document.object(), issues);
}

} // namespace ArtistJson
