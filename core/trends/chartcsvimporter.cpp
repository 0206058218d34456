#include "chartcsvimporter.h"

#include "domain/countrycodes.h"
#include "storage/scopedtransaction.h"
#include "trends/csvreader.h"
#include "trends/trendstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Country,
    Date,
    Rank,
    Streams,
    Track,
    Artist,
    Genre,
    Tempo,
    Key,
    Mode,
    Energy,
    Danceability,
    Valence,
    Loudness,
    DurationMs,
    ColumnCount
};

constexpr const char16_t *kColumnNames[ColumnCount] = {
    u"country", u"date",         u"rank",    u"streams",  u"track",
    u"artist",  u"genre",        u"tempo",   u"key",      u"mode",
    u"energy",  u"danceability", u"valence", u"loudness", u"duration_ms"};

QString columnName(int column)
{
    return QString::fromUtf16(kColumnNames[column]);
}

// The feature a column feeds (Mode feeds the share of major entries).
int featureIndex(int column)
{
    switch (column) {
    case Tempo:
        return int(TrendFeature::Tempo);
    case Energy:
        return int(TrendFeature::Energy);
    case Danceability:
        return int(TrendFeature::Danceability);
    case Valence:
        return int(TrendFeature::Valence);
    case Loudness:
        return int(TrendFeature::Loudness);
    case DurationMs:
        return int(TrendFeature::DurationS);
    case Mode:
        return int(TrendFeature::Mode);
    default:
        return -1;
    }
}

constexpr int kFeatureCount = int(std::size(kTrendFeatures));

// Running sums of one feature in one group: weighted by streams and unweighted, so the
// statistics can be streams-weighted exactly when every entry had a stream count.
struct FeatureSums
{
    qint64 n = 0;
    qint64 withStreams = 0;
    double streams = 0;
    double sw = 0, swx = 0, swxx = 0; // streams-weighted
    double sx = 0, sxx = 0;           // per entry
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double x, std::optional<double> entryStreams)
    {
        ++n;
        sx += x;
        sxx += x * x;
        min = std::min(min, x);
        max = std::max(max, x);
        if (entryStreams) {
            ++withStreams;
            streams += *entryStreams;
            sw += *entryStreams;
            swx += *entryStreams * x;
            swxx += *entryStreams * x * x;
        }
    }
};

// Everything kept per (country, genre, date): O(1) whatever the number of rows.
struct Group
{
    qint64 entries = 0;
    qint64 withStreams = 0;
    double streams = 0;
    std::array<FeatureSums, kFeatureCount> features;
    std::array<qint64, 24> keyMode{}; // key * 2 + mode
};

struct GroupKey
{
    QString country;
    QString genre; // "" = every genre of the country
    QDate date;

    bool operator<(const GroupKey &o) const
    {
        return std::tie(country, date, genre) < std::tie(o.country, o.date, o.genre);
    }
};

// One row's parsed values; a missing cell leaves its optional empty.
struct Row
{
    QString country;
    QDate date;
    QString genre;
    std::optional<double> streams;
    std::optional<int> key;
    std::array<std::optional<double>, kFeatureCount> features;
};

struct Range
{
    double min;
    double max;
    bool integral;
};

// Validation ranges of the numeric columns; rank and streams have no upper bound.
std::optional<Range> rangeOf(int column)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (column) {
    case Rank:
        return Range{1, inf, true};
    case Streams:
        return Range{0, inf, false};
    case Tempo:
        return Range{30, 300, false};
    case Key:
        return Range{-1, 11, true};
    case Mode:
        return Range{0, 1, true};
    case Energy:
    case Danceability:
    case Valence:
        return Range{0, 1, false};
    case Loudness:
        return Range{-60, 5, false};
    case DurationMs:
        return Range{std::numeric_limits<double>::min(), inf, false};
    default:
        return std::nullopt;
    }
}

QString rangeText(int column)
{
    switch (column) {
    case Rank:
        return QCoreApplication::translate("ChartCsvImporter", "a whole number from 1");
    case Streams:
        return QCoreApplication::translate("ChartCsvImporter", "a number from 0");
    case Tempo:
        return QCoreApplication::translate("ChartCsvImporter", "a tempo from 30 to 300 BPM");
    case Key:
        return QCoreApplication::translate("ChartCsvImporter",
                                           "a whole number from -1 (no key) to 11");
    case Mode:
        return QCoreApplication::translate("ChartCsvImporter", "0 (minor) or 1 (major)");
    case Loudness:
        return QCoreApplication::translate("ChartCsvImporter", "a loudness from -60 to 5 dB");
    case DurationMs:
        return QCoreApplication::translate("ChartCsvImporter", "a duration above 0 ms");
    default:
        return QCoreApplication::translate("ChartCsvImporter", "a number from 0 to 1");
    }
}

class Aggregator
{
public:
    void add(const Row &row)
    {
        // Every row counts for its country's total ("" genre) and, when it has one, its genre.
        addTo(m_groups[{row.country, QString(u""_s), row.date}], row);
        if (!row.genre.isEmpty())
            addTo(m_groups[{row.country, row.genre, row.date}], row);
    }

    const std::map<GroupKey, Group> &groups() const { return m_groups; }

    QList<TrendObservation> observations(const GroupKey &key, const Group &group) const
    {
        QList<TrendObservation> list;
        for (int f = 0; f < kFeatureCount; ++f) {
            const FeatureSums &s = group.features[f];
            if (s.n == 0)
                continue;
            TrendObservation o;
            o.segment = {key.country, key.genre, QString(u""_s)};
            o.period = key.date;
            o.feature = kTrendFeatures[f];
            o.sampleSize = s.n;
            const bool weighted = s.withStreams == s.n && s.sw > 0;
            const double w = weighted ? s.sw : double(s.n);
            o.mean = (weighted ? s.swx : s.sx) / w;
            o.stddev = std::sqrt(std::max(0.0, (weighted ? s.swxx : s.sxx) / w - o.mean * o.mean));
            o.totalStreams = weighted ? s.streams : 0;
            o.min = s.min;
            o.max = s.max;
            list.append(o);
        }
        return list;
    }

    // Shares of streams (of entries when some lack streams) per genre, ranked, with the
    // growth against the previous period of the same country in this file.
    QList<GenreShare> genreShares() const
    {
        QList<GenreShare> list;
        QMap<QString, double> previous; // genre -> share in the previous period
        QString country;
        QDate date;
        const Group *total = nullptr;
        QList<GenreShare> period;
        QMap<QString, double> current;
        auto flush = [&] {
            std::sort(period.begin(), period.end(), [](const GenreShare &a, const GenreShare &b) {
                return a.share != b.share ? a.share > b.share : a.genre < b.genre;
            });
            for (qsizetype i = 0; i < period.size(); ++i) {
                period[i].rank = int(i + 1);
                const double before = previous.value(period[i].genre, 0);
                if (before > 0)
                    period[i].growth = period[i].share / before - 1;
            }
            list.append(period);
            period.clear();
            previous = current;
            current.clear();
        };
        for (const auto &[key, group] : m_groups) {
            if (key.genre.isEmpty()) { // the total comes first in each (country, date)
                flush();
                if (key.country != country)
                    previous.clear();
                country = key.country;
                date = key.date;
                total = &group;
                continue;
            }
            const bool byStreams = total->withStreams == total->entries && total->streams > 0;
            const double share = byStreams ? group.streams / total->streams
                                           : double(group.entries) / double(total->entries);
            period.append(
                {key.country, key.date, key.genre, std::clamp(share, 0.0, 1.0), std::nullopt, 0});
            current.insert(key.genre, share);
        }
        flush();
        return list;
    }

    static QList<KeyModeCount> keyModeCounts(const GroupKey &key, const Group &group)
    {
        QList<KeyModeCount> list;
        qint64 total = 0;
        for (qint64 count : group.keyMode)
            total += count;
        for (int i = 0; i < 24; ++i) {
            if (group.keyMode[i] == 0)
                continue;
            list.append({key.country, key.genre, key.date, i / 2, i % 2, group.keyMode[i],
                         double(group.keyMode[i]) / double(total)});
        }
        return list;
    }

private:
    static void addTo(Group &group, const Row &row)
    {
        ++group.entries;
        if (row.streams) {
            ++group.withStreams;
            group.streams += *row.streams;
        }
        for (int f = 0; f < kFeatureCount; ++f)
            if (row.features[f])
                group.features[f].add(*row.features[f], row.streams);
        const auto &mode = row.features[int(TrendFeature::Mode)];
        if (row.key && *row.key >= 0 && mode)
            ++group.keyMode[*row.key * 2 + int(*mode)];
    }

    std::map<GroupKey, Group> m_groups;
};

// Parses and validates one record; problems go to `problems`.
Row parseRow(const QStringList &fields, const std::array<int, ColumnCount> &columns, qint64 line,
             QList<RejectedRow> *problems)
{
    Row row;
    auto cell = [&](int column) -> QString {
        const int index = columns[column];
        return index < 0 ? QString() : fields.at(index).trimmed();
    };
    auto reject = [&](int column, const QString &reason) {
        problems->append({QString(), line, columnName(column), reason});
    };

    const QString country = cell(Country).toUpper();
    if (country.isEmpty())
        reject(Country, QCoreApplication::translate("ChartCsvImporter", "The country is missing."));
    else if (!CountryCodes::isValid(country))
        reject(Country, QCoreApplication::translate(
                            "ChartCsvImporter", "\"%1\" is not an ISO 3166-1 alpha-2 country code.")
                            .arg(cell(Country)));
    row.country = country;

    const QString date = cell(Date);
    row.date = QDate::fromString(date, Qt::ISODate);
    if (date.isEmpty())
        reject(Date, QCoreApplication::translate("ChartCsvImporter", "The date is missing."));
    else if (!row.date.isValid() || date.size() != 10)
        reject(Date, QCoreApplication::translate("ChartCsvImporter",
                                                 "\"%1\" is not an ISO date (YYYY-MM-DD).")
                         .arg(date));

    row.genre = cell(Genre).toLower();

    for (int column = Rank; column < ColumnCount; ++column) {
        const auto range = rangeOf(column);
        const QString text = cell(column);
        if (!range || text.isEmpty())
            continue;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < range->min || value > range->max ||
            (range->integral && value != std::floor(value))) {
            reject(column, QCoreApplication::translate("ChartCsvImporter", "\"%1\" is not %2.")
                               .arg(text, rangeText(column)));
            continue;
        }
        if (column == Streams)
            row.streams = value;
        else if (column == Key)
            row.key = int(value);
        else if (const int f = featureIndex(column); f >= 0)
            row.features[f] = column == DurationMs ? value / 1000.0 : value;
    }
    return row;
}

} // namespace

ChartCsvImporter::ChartCsvImporter(QSqlDatabase db, QString sourceKind)
    : m_db(std::move(db))
    , m_sourceKind(std::move(sourceKind))
{}

Result<ImportReport> ChartCsvImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ChartCsvImporter", "Cannot read %1: %2")
                         .arg(path, file.errorString()));
    }
    ImportOptions withLabel = options;
    if (withLabel.label.isEmpty())
        withLabel.label = QFileInfo(path).absoluteFilePath();
    return importDevice(&file, withLabel);
}

Result<ImportReport> ChartCsvImporter::importDevice(QIODevice *device, const ImportOptions &options)
{
    ImportReport report;
    report.label = options.label;
    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    const auto cancelledError = [] {
        return Error(ErrorCode::Cancelled,
                     QCoreApplication::translate(
                         "ChartCsvImporter", "The import was cancelled; nothing was imported."));
    };
    const auto fileError = [&](const QString &message) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ChartCsvImporter",
                                                 "%1 cannot be imported: %2 Nothing was imported.")
                         .arg(options.label, message));
    };

    CsvReader reader(device);
    QStringList fields;
    CsvReader::Status status = reader.readRecord(&fields);
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    if (status == CsvReader::Status::End)
        return fileError(QCoreApplication::translate("ChartCsvImporter", "the file is empty."));

    // Header: names matched case-insensitively, surrounding spaces ignored.
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        const auto known = std::find_if(std::begin(kColumnNames), std::end(kColumnNames),
                                        [&](const char16_t *n) { return name == QStringView(n); });
        if (known == std::end(kColumnNames)) {
            report.ignoredColumns.append(fields.at(i).trimmed());
            continue;
        }
        const int column = int(known - std::begin(kColumnNames));
        if (columns[column] >= 0)
            return fileError(
                QCoreApplication::translate("ChartCsvImporter",
                                            "the column \"%1\" appears twice in the header.")
                    .arg(name));
        columns[column] = int(i);
    }
    QStringList missingRequired;
    for (int column = 0; column < ColumnCount; ++column) {
        if (columns[column] >= 0)
            continue;
        if (column == Country || column == Date)
            missingRequired.append(columnName(column));
        else
            report.missingColumns.append(columnName(column));
    }
    if (!missingRequired.isEmpty()) {
        return fileError(QCoreApplication::translate("ChartCsvImporter",
                                                     "the header has no %1 column (found: %2).")
                             .arg(missingRequired.join(u", "_s), fields.join(u", "_s)));
    }

    Aggregator aggregator;
    const qsizetype width = fields.size();
    QList<RejectedRow> problems;
    while ((status = reader.readRecord(&fields)) == CsvReader::Status::Record) {
        ++report.rowsRead;
        if (report.rowsRead % 1024 == 0) {
            if (options.cancelled && options.cancelled())
                return cancelledError();
            if (options.progress && report.rowsRead % 8192 == 0)
                options.progress(reader.bytesRead(), totalBytes);
        }
        problems.clear();
        Row row;
        if (fields.size() != width) {
            problems.append({QString(), reader.lineNumber(), QString(),
                             QCoreApplication::translate(
                                 "ChartCsvImporter", "The row has %1 fields; the header has %2.")
                                 .arg(fields.size())
                                 .arg(width)});
        } else {
            row = parseRow(fields, columns, reader.lineNumber(), &problems);
        }
        if (!problems.isEmpty()) {
            ++report.rowsRejected;
            for (const RejectedRow &problem : std::as_const(problems))
                report.addRejection(problem);
            continue;
        }
        ++report.rowsAccepted;
        // Without skipBadRows a rejected file writes nothing: stop aggregating, keep validating.
        if (options.skipBadRows || report.rowsRejected == 0)
            aggregator.add(row);
    }
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    if (options.progress)
        options.progress(reader.bytesRead(), totalBytes);
    if (report.rowsRejected > 0 && !options.skipBadRows)
        return report; // committed == false: the rejected rows say why

    ScopedTransaction transaction(m_db);
    TrendStore store(m_db);
    auto source = store.beginSource(m_sourceKind, options.label,
                                    options.replace ? TrendStore::SourceMode::Replace
                                                    : TrendStore::SourceMode::Merge);
    if (!source)
        return source.error();
    const qint64 sourceId = source.value();

    QSet<QString> countries;
    QList<TrendObservation> batch;
    QList<KeyModeCount> keyModes;
    const auto flush = [&]() -> Result<void> {
        if (options.cancelled && options.cancelled())
            return cancelledError();
        if (auto added = store.addObservations(sourceId, batch); !added)
            return added;
        if (auto added = store.addKeyModeCounts(sourceId, keyModes); !added)
            return added;
        report.observationsWritten += batch.size();
        batch.clear();
        keyModes.clear();
        return {};
    };
    for (const auto &[key, group] : aggregator.groups()) {
        countries.insert(key.country);
        batch.append(aggregator.observations(key, group));
        keyModes.append(Aggregator::keyModeCounts(key, group));
        ++report.groupsWritten;
        if (batch.size() >= 1024)
            if (auto flushed = flush(); !flushed)
                return flushed.error();
    }
    if (auto flushed = flush(); !flushed)
        return flushed.error();
    QStringList codes(countries.cbegin(), countries.cend());
    codes.sort();
    if (auto ensured = store.ensureCountries(codes, sourceId); !ensured)
        return ensured.error();
    if (auto added = store.addGenreShares(sourceId, aggregator.genreShares()); !added)
        return added.error();
    if (auto finished = store.finishSource(sourceId, report.rowsAccepted, report.rowsRejected);
        !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.sourceId = sourceId;
    report.committed = true;
    return report;
}
