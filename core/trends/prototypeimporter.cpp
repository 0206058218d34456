#include "prototypeimporter.h"

#include "domain/countrycodes.h"
#include "storage/scopedtransaction.h"
#include "trends/trendstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

// Why a file was rejected: the JSON key at fault (empty for the file itself) and the reason.
struct Problem
{
    QString key;
    QString reason;
};

// What one valid file adds to the store.
struct FileData
{
    std::optional<TrendCountry> country;
    QList<TrendObservation> observations;
    QList<GenreShare> shares;
};

using Parsed = std::variant<FileData, Problem>;

Problem problem(const QString &key, const QString &reason)
{
    return {key, reason};
}

// A number at `key` of `object`: absent is fine (nullopt), anything but a finite number in
// [min, max] is a problem.
std::optional<Problem> optionalNumber(const QJsonObject &object, const QString &key,
                                      const QString &path, double min, double max,
                                      std::optional<double> *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min ||
        value.toDouble() > max) {
        return problem(path, QCoreApplication::translate("PrototypeImporter",
                                                         "expected a number from %1 to %2.")
                                 .arg(min)
                                 .arg(max));
    }
    *out = value.toDouble();
    return std::nullopt;
}

std::optional<Problem> objectAt(const QJsonObject &parent, const QString &key, QJsonObject *out)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return problem(key,
                       QCoreApplication::translate("PrototypeImporter", "expected an object."));
    *out = value.toObject();
    return std::nullopt;
}

// {feature: {mean, std?, min?, max?}}: the statistics of a period, one observation each.
std::optional<Problem> parseFeatures(const QJsonObject &features, const QString &prefix,
                                     const TrendObservation &base, QList<TrendObservation> *out)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    for (auto it = features.constBegin(); it != features.constEnd(); ++it) {
        const auto feature = trendFeatureFromName(it.key());
        if (!feature)
            continue; // prototype features the studio does not track (acousticness, ...)
        const QString path = prefix + u'.' + it.key();
        if (!it.value().isObject())
            return problem(path, QCoreApplication::translate(
                                     "PrototypeImporter",
                                     "expected an object with mean (and std, min, max)."));
        const QJsonObject stats = it.value().toObject();
        std::optional<double> mean, stddev, min, max;
        for (auto [key, target] : {std::pair{u"mean"_s, &mean}, std::pair{u"std"_s, &stddev},
                                   std::pair{u"min"_s, &min}, std::pair{u"max"_s, &max}}) {
            if (auto bad = optionalNumber(stats, key, path + u'.' + key, key == u"std"_s ? 0 : -inf,
                                          inf, target))
                return bad;
        }
        if (!mean)
            return problem(path + u".mean"_s, QCoreApplication::translate("PrototypeImporter",
                                                                          "the mean is missing."));
        if (min && max && *min > *max)
            return problem(path,
                           QCoreApplication::translate("PrototypeImporter", "min is above max."));
        TrendObservation observation = base;
        observation.feature = *feature;
        observation.mean = *mean;
        observation.stddev = stddev.value_or(0);
        observation.min = min;
        observation.max = max;
        out->append(observation);
    }
    return std::nullopt;
}

Parsed parseCountry(const QJsonObject &root, const QString &code)
{
    TrendCountry country;
    country.code = code;
    const QJsonValue name = root.value(u"name"_s);
    if (!name.isUndefined() && !name.isString())
        return problem(u"name"_s,
                       QCoreApplication::translate("PrototypeImporter", "expected text."));
    country.name = name.toString();
    const QJsonValue region = root.value(u"region"_s);
    if (!region.isUndefined() && !region.isString())
        return problem(u"region"_s,
                       QCoreApplication::translate("PrototypeImporter", "expected text."));
    country.region = region.toString();
    const QJsonValue languages = root.value(u"languages"_s);
    if (!languages.isUndefined()) {
        if (!languages.isArray())
            return problem(u"languages"_s,
                           QCoreApplication::translate("PrototypeImporter",
                                                       "expected a list of language codes."));
        for (const QJsonValue &language : languages.toArray()) {
            if (!language.isString())
                return problem(u"languages"_s,
                               QCoreApplication::translate("PrototypeImporter",
                                                           "expected a list of language codes."));
            country.languages.append(language.toString());
        }
    }
    // The prototype calls the weight "market_size"; both names are read as a 0..1 weight.
    for (const QString &key : {u"market_weight"_s, u"market_size"_s}) {
        std::optional<double> weight;
        if (auto bad = optionalNumber(root, key, key, 0, 1, &weight))
            return *bad;
        if (weight)
            country.marketWeight = *weight;
    }
    FileData data;
    data.country = country;
    return data;
}

// Sample size and streams of a period: track_count (or sample_size) and total_streams.
std::optional<Problem> parseCounts(const QJsonObject &object, const QString &prefix,
                                   TrendObservation *base)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::optional<double> streams, tracks, sample;
    const QString at = prefix.isEmpty() ? QString() : prefix + u'.';
    if (auto bad =
            optionalNumber(object, u"total_streams"_s, at + u"total_streams"_s, 0, inf, &streams))
        return bad;
    if (auto bad = optionalNumber(object, u"track_count"_s, at + u"track_count"_s, 1, inf, &tracks))
        return bad;
    if (auto bad = optionalNumber(object, u"sample_size"_s, at + u"sample_size"_s, 1, inf, &sample))
        return bad;
    base->totalStreams = streams.value_or(0);
    // Without a count, a file weighs as one entry.
    base->sampleSize = qint64(std::llround(sample.value_or(tracks.value_or(1))));
    return std::nullopt;
}

Parsed parseDaily(const QJsonObject &root, const QString &code, const QDate &date)
{
    FileData data;
    TrendObservation base;
    base.segment = {code, QString(u""_s), QString(u""_s)};
    base.period = date;
    QJsonObject stats;
    if (auto bad = objectAt(root, u"streaming_stats"_s, &stats))
        return *bad;
    if (auto bad = parseCounts(stats, u"streaming_stats"_s, &base))
        return *bad;
    QJsonObject features;
    if (auto bad = objectAt(root, u"audio_feature_trends"_s, &features))
        return *bad;
    if (auto bad = parseFeatures(features, u"audio_feature_trends"_s, base, &data.observations))
        return *bad;

    QJsonObject popularity;
    if (auto bad = objectAt(root, u"genre_popularity"_s, &popularity))
        return *bad;
    for (auto it = popularity.constBegin(); it != popularity.constEnd(); ++it) {
        std::optional<double> share;
        const QString path = u"genre_popularity."_s + it.key();
        if (auto bad = optionalNumber(popularity, it.key(), path, 0, 1, &share))
            return *bad;
        if (!share || it.key().trimmed().isEmpty())
            return problem(
                path, QCoreApplication::translate("PrototypeImporter",
                                                  "expected a genre and its share from 0 to 1."));
        data.shares.append({code, date, it.key().trimmed().toLower(), *share, std::nullopt, 0});
    }
    std::sort(data.shares.begin(), data.shares.end(), [](const GenreShare &a, const GenreShare &b) {
        return a.share != b.share ? a.share > b.share : a.genre < b.genre;
    });
    for (qsizetype i = 0; i < data.shares.size(); ++i)
        data.shares[i].rank = int(i + 1);
    if (data.observations.isEmpty() && data.shares.isEmpty())
        return problem(QString(), QCoreApplication::translate(
                                      "PrototypeImporter",
                                      "neither audio_feature_trends nor genre_popularity."));
    return data;
}

Parsed parseGenreTrend(const QJsonObject &root, const QString &code, const QString &genre,
                       const QDate &date)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    FileData data;
    TrendObservation base;
    base.segment = {code, genre, QString(u""_s)};
    base.period = date;
    if (auto bad = parseCounts(root, QString(), &base))
        return *bad;
    // "audio_features" in the prototype's writer, "features" in some of its readers.
    const QString featuresKey =
        root.contains(u"audio_features"_s) ? u"audio_features"_s : u"features"_s;
    QJsonObject features;
    if (auto bad = objectAt(root, featuresKey, &features))
        return *bad;
    if (auto bad = parseFeatures(features, featuresKey, base, &data.observations))
        return *bad;

    QJsonObject popularity;
    if (auto bad = objectAt(root, u"popularity"_s, &popularity))
        return *bad;
    if (!popularity.isEmpty()) {
        std::optional<double> share, growth, rank;
        if (auto bad = optionalNumber(popularity, u"stream_share"_s, u"popularity.stream_share"_s,
                                      0, 1, &share))
            return *bad;
        if (auto bad = optionalNumber(popularity, u"growth_rate"_s, u"popularity.growth_rate"_s, -1,
                                      inf, &growth))
            return *bad;
        if (auto bad = optionalNumber(popularity, u"rank"_s, u"popularity.rank"_s, 1, 1e6, &rank))
            return *bad;
        if (!share)
            return problem(
                u"popularity.stream_share"_s,
                QCoreApplication::translate("PrototypeImporter", "the stream share is missing."));
        if (rank && *rank != std::floor(*rank))
            return problem(
                u"popularity.rank"_s,
                QCoreApplication::translate("PrototypeImporter", "expected a whole number."));
        data.shares.append({code, date, genre, *share, growth, rank ? int(*rank) : 0});
    }
    if (data.observations.isEmpty() && data.shares.isEmpty())
        return problem(QString(),
                       QCoreApplication::translate("PrototypeImporter",
                                                   "neither audio_features nor popularity."));
    return data;
}

// The file's JSON object, or why it is not one.
std::variant<QJsonObject, Problem> readObject(const QString &path)
{
    QFile file(path);
    if (file.size() > PrototypeImporter::kMaxFileBytes)
        return problem(QString(), QCoreApplication::translate("PrototypeImporter",
                                                              "the file is larger than %1 MiB.")
                                      .arg(PrototypeImporter::kMaxFileBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return problem(QString(),
                       QCoreApplication::translate("PrototypeImporter", "cannot read it: %1")
                           .arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return problem(QString(), QCoreApplication::translate("PrototypeImporter",
                                                              "not valid JSON: %1 at byte %2.")
                                      .arg(error.errorString())
                                      .arg(error.offset));
    if (!document.isObject())
        return problem(QString(),
                       QCoreApplication::translate("PrototypeImporter", "expected a JSON object."));
    return document.object();
}

// The files of one layout folder in a stable order: countries/*.json or <folder>/<date>/*.json.
QStringList filesOf(const QDir &root, const QString &folder, bool dated)
{
    QStringList files;
    const QDir dir(root.filePath(folder));
    if (!dir.exists())
        return files;
    const QStringList subdirs =
        dated ? dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name) : QStringList{u""_s};
    for (const QString &subdir : subdirs) {
        const QDir inner(dir.filePath(subdir));
        for (const QString &name : inner.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            files.append(root.relativeFilePath(inner.filePath(name)));
    }
    return files;
}

// Which parser a relative path goes to, with the country, genre and date from its name.
Parsed parseFile(const QDir &root, const QString &relative)
{
    const QStringList parts = relative.split(u'/');
    const QString base = QFileInfo(parts.last()).completeBaseName();
    QDate date;
    if (parts.size() == 3) {
        date = QDate::fromString(parts.at(1), Qt::ISODate);
        if (!date.isValid() || parts.at(1).size() != 10)
            return problem(QString(), QCoreApplication::translate(
                                          "PrototypeImporter",
                                          "the folder %1 is not an ISO date (YYYY-MM-DD).")
                                          .arg(parts.at(1)));
    }
    const QString code = base.left(2);
    if (!CountryCodes::isValid(code))
        return problem(QString(), QCoreApplication::translate(
                                      "PrototypeImporter",
                                      "%1 does not start with an ISO 3166-1 alpha-2 country code.")
                                      .arg(parts.last()));
    QString genre;
    if (parts.first() == u"genre_trends"_s) {
        genre = base.mid(3).trimmed().toLower();
        if (base.size() < 4 || base.at(2) != u'-' || genre.isEmpty())
            return problem(QString(),
                           QCoreApplication::translate("PrototypeImporter",
                                                       "expected a name like DE-synthwave.json."));
    } else if (base.size() != 2) {
        return problem(QString(), QCoreApplication::translate("PrototypeImporter",
                                                              "expected a name like DE.json."));
    }
    auto object = readObject(root.filePath(relative));
    if (auto *bad = std::get_if<Problem>(&object))
        return *bad;
    const QJsonObject &json = std::get<QJsonObject>(object);
    if (parts.first() == u"countries"_s)
        return parseCountry(json, code);
    if (parts.first() == u"daily_profiles"_s)
        return parseDaily(json, code, date);
    return parseGenreTrend(json, code, genre, date);
}

} // namespace

PrototypeImporter::PrototypeImporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ImportReport> PrototypeImporter::importFolder(const QString &path,
                                                     const ImportOptions &options)
{
    const QDir root(path);
    ImportReport report;
    report.label = options.label.isEmpty() ? root.absolutePath() : options.label;
    QStringList files = filesOf(root, u"countries"_s, false);
    files += filesOf(root, u"daily_profiles"_s, true);
    files += filesOf(root, u"genre_trends"_s, true);
    if (!root.exists() || files.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "PrototypeImporter",
                         "%1 is not a prototype country-profiles folder: it has no .json files "
                         "under countries/, daily_profiles/<date>/ or genre_trends/<date>/. "
                         "Nothing was imported.")
                         .arg(path));
    }
    const auto cancelledError = [] {
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate(
                         "PrototypeImporter", "The import was cancelled; nothing was imported."));
    };

    // One transaction for the whole folder: written as parsed, rolled back when a file is bad
    // (without skipBadRows) or the import is cancelled.
    ScopedTransaction transaction(m_db);
    TrendStore store(m_db);
    auto source = store.beginSource(u"prototype"_s, report.label,
                                    options.replace ? TrendStore::SourceMode::Replace
                                                    : TrendStore::SourceMode::Merge);
    if (!source)
        return source.error();
    const qint64 sourceId = source.value();
    QSet<QString> countries;
    for (const QString &relative : std::as_const(files)) {
        if (options.cancelled && options.cancelled())
            return cancelledError();
        ++report.rowsRead;
        const Parsed parsed = parseFile(root, relative);
        if (const auto *bad = std::get_if<Problem>(&parsed)) {
            ++report.rowsRejected;
            report.addRejection({relative, 0, bad->key, bad->reason});
        } else if (options.skipBadRows || report.rowsRejected == 0) {
            ++report.rowsAccepted;
            const FileData &data = std::get<FileData>(parsed);
            if (data.country) {
                if (auto stored = store.upsertCountries({*data.country}, sourceId); !stored)
                    return stored.error();
            }
            if (auto added = store.addObservations(sourceId, data.observations); !added)
                return added.error();
            if (auto added = store.addGenreShares(sourceId, data.shares); !added)
                return added.error();
            for (const TrendObservation &observation : data.observations)
                countries.insert(observation.segment.country);
            for (const GenreShare &share : data.shares)
                countries.insert(share.country);
            report.observationsWritten += data.observations.size();
            report.groupsWritten += data.country ? 0 : 1;
        } else {
            ++report.rowsAccepted;
        }
        if (options.progress)
            options.progress(report.rowsRead, files.size());
    }
    if (report.rowsRejected > 0 && !options.skipBadRows)
        return report; // the transaction rolls back: committed == false
    // Countries with data but no countries/ file get a profile from the ISO list.
    QStringList codes(countries.cbegin(), countries.cend());
    codes.sort();
    if (auto ensured = store.ensureCountries(codes, sourceId); !ensured)
        return ensured.error();
    if (auto finished = store.finishSource(sourceId, report.rowsAccepted, report.rowsRejected);
        !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.sourceId = sourceId;
    report.committed = true;
    return report;
}
