#include "audiofoldertrendimporter.h"

#include "domain/countrycodes.h"
#include "services/analysisbatch.h"
#include "storage/scopedtransaction.h"
#include "trends/chartcsvimporter.h"
#include "trends/csvreader.h"
#include "trends/trendstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    File,
    Country,
    Date,
    Rank,
    Streams,
    Genre,
    ColumnCount
};

constexpr const char16_t *kColumnNames[ColumnCount] = {u"file", u"country", u"date",
                                                       u"rank", u"streams", u"genre"};

Error cancelledError()
{
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("AudioFolderTrendImporter",
                                             "The import was cancelled; nothing was imported."));
}

// Header names, trimmed and lower-cased, to column indexes (-1: absent).
std::array<int, ColumnCount> columnsOf(const QStringList &header, QStringList *ignored,
                                       QString *duplicate)
{
    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        int found = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QStringView(kColumnNames[c]))
                found = c;
        if (found < 0) {
            if (ignored)
                ignored->append(header.at(i).trimmed());
        } else if (columns[found] >= 0) {
            if (duplicate)
                *duplicate = name;
        } else {
            columns[found] = int(i);
        }
    }
    return columns;
}

// A chart CSV field: quoted when it has to be (RFC 4180).
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\r', ' ').replace('\n', ' ');
    if (!bytes.contains(',') && !bytes.contains('"'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray number(double value, double min, double max)
{
    if (!std::isfinite(value) || value < min || value > max)
        return {}; // unknown, or outside what a chart CSV accepts: an empty cell
    return QByteArray::number(value, 'g', 10);
}

} // namespace

QStringList AudioFolderSidecar::files() const
{
    QStringList list;
    QSet<QString> seen;
    for (const AudioFolderEntry &entry : entries) {
        if (!seen.contains(entry.file)) {
            seen.insert(entry.file);
            list.append(entry.file);
        }
    }
    return list;
}

bool AudioFolderTrendImporter::isSidecar(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&file);
    QStringList header;
    if (reader.readRecord(&header) != CsvReader::Status::Record)
        return false;
    return columnsOf(header, nullptr, nullptr)[File] >= 0;
}

Result<QString> AudioFolderTrendImporter::findSidecar(const QString &folder)
{
    const QDir dir(folder);
    QStringList sidecars;
    const QStringList csvs = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    for (const QString &name : csvs)
        if (isSidecar(dir.filePath(name)))
            sidecars.append(name);
    if (sidecars.size() == 1)
        return dir.filePath(sidecars.constFirst());
    if (sidecars.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("%1 has no sidecar CSV (a .csv file with the columns file, country, date, "
                        "rank, streams, genre).")
                         .arg(folder));
    return Error(ErrorCode::InvalidInput,
                 tr("%1 has several sidecar CSVs (%2); import one of them.")
                     .arg(folder, sidecars.join(u", "_s)));
}

Result<AudioFolderSidecar>
AudioFolderTrendImporter::readSidecar(const QString &path, const std::function<bool()> &cancelled)
{
    AudioFolderSidecar sidecar;
    if (QFileInfo(path).isDir()) {
        auto found = findSidecar(path);
        if (!found)
            return found.error();
        sidecar.csvPath = *found;
    } else {
        sidecar.csvPath = path;
    }
    sidecar.csvPath = QFileInfo(sidecar.csvPath).absoluteFilePath();
    sidecar.folder = QFileInfo(sidecar.csvPath).absolutePath();
    const auto fileError = [&](const QString &message) {
        return Error(
            ErrorCode::InvalidInput,
            tr("%1 cannot be imported: %2 Nothing was imported.").arg(sidecar.csvPath, message));
    };

    QFile file(sidecar.csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     tr("Cannot read %1: %2").arg(sidecar.csvPath, file.errorString()));
    CsvReader reader(&file);
    QStringList fields;
    CsvReader::Status status = reader.readRecord(&fields);
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    if (status == CsvReader::Status::End)
        return fileError(tr("the file is empty."));
    QString duplicate;
    const std::array<int, ColumnCount> columns =
        columnsOf(fields, &sidecar.ignoredColumns, &duplicate);
    if (!duplicate.isEmpty())
        return fileError(tr("the column \"%1\" appears twice in the header.").arg(duplicate));
    QStringList missingRequired;
    for (int c = 0; c < ColumnCount; ++c) {
        if (columns[c] >= 0)
            continue;
        if (c == File || c == Country || c == Date)
            missingRequired.append(QString::fromUtf16(kColumnNames[c]));
        else
            sidecar.missingColumns.append(QString::fromUtf16(kColumnNames[c]));
    }
    if (!missingRequired.isEmpty())
        return fileError(tr("the header has no %1 column (found: %2).")
                             .arg(missingRequired.join(u", "_s), fields.join(u", "_s)));

    const QDir base(sidecar.folder);
    const qsizetype width = fields.size();
    QList<RejectedRow> problems;
    while ((status = reader.readRecord(&fields)) == CsvReader::Status::Record) {
        ++sidecar.rowsRead;
        if (sidecar.rowsRead % 256 == 0 && cancelled && cancelled())
            return cancelledError();
        const qint64 line = reader.lineNumber();
        problems.clear();
        auto reject = [&](int column, const QString &reason) {
            problems.append({QString(), line, QString::fromUtf16(kColumnNames[column]), reason});
        };
        AudioFolderEntry entry;
        entry.line = line;
        if (fields.size() != width) {
            problems.append(
                {QString(), line, QString(),
                 tr("The row has %1 fields; the header has %2.").arg(fields.size()).arg(width)});
        } else {
            auto cell = [&](int column) {
                return columns[column] < 0 ? QString() : fields.at(columns[column]).trimmed();
            };
            const QString file = cell(File);
            const QString absolute = base.absoluteFilePath(file);
            if (file.isEmpty())
                reject(File, tr("The file is missing."));
            else if (!QFileInfo(absolute).isFile())
                reject(File, tr("%1 does not exist.").arg(file));
            else if (!AnalysisBatch::isAudioFile(absolute))
                reject(File,
                       tr("%1 is not an audio file (wav, flac, ogg, oga, opus, mp3).").arg(file));
            entry.file = AnalysisBatch::absolutePath(absolute);

            entry.country = cell(Country).toUpper();
            if (entry.country.isEmpty())
                reject(Country, tr("The country is missing."));
            else if (!CountryCodes::isValid(entry.country))
                reject(Country,
                       tr("\"%1\" is not an ISO 3166-1 alpha-2 country code.").arg(cell(Country)));

            const QString date = cell(Date);
            entry.date = QDate::fromString(date, Qt::ISODate);
            if (date.isEmpty())
                reject(Date, tr("The date is missing."));
            else if (!entry.date.isValid() || date.size() != 10)
                reject(Date, tr("\"%1\" is not an ISO date (YYYY-MM-DD).").arg(date));

            if (const QString rank = cell(Rank); !rank.isEmpty()) {
                bool ok = false;
                const int value = rank.toInt(&ok);
                if (!ok || value < 1)
                    reject(Rank, tr("\"%1\" is not a whole number from 1.").arg(rank));
                else
                    entry.rank = value;
            }
            if (const QString streams = cell(Streams); !streams.isEmpty()) {
                bool ok = false;
                const double value = streams.toDouble(&ok);
                if (!ok || !std::isfinite(value) || value < 0)
                    reject(Streams, tr("\"%1\" is not a number from 0.").arg(streams));
                else
                    entry.streams = value;
            }
            entry.genre = cell(Genre).toLower();
        }
        if (!problems.isEmpty()) {
            ++sidecar.rowsRejected;
            for (const RejectedRow &problem : std::as_const(problems))
                if (sidecar.rejected.size() < ImportReport::kMaxListed)
                    sidecar.rejected.append(problem);
            continue;
        }
        sidecar.entries.append(entry);
    }
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    return sidecar;
}

ImportReport AudioFolderTrendImporter::rejectedReport(const AudioFolderSidecar &sidecar)
{
    ImportReport report;
    report.label = sidecar.folder;
    report.rowsRead = sidecar.rowsRead;
    report.rowsAccepted = sidecar.entries.size();
    report.rowsRejected = sidecar.rowsRejected;
    report.rejected = sidecar.rejected;
    report.missingColumns = sidecar.missingColumns;
    report.ignoredColumns = sidecar.ignoredColumns;
    return report;
}

std::optional<std::pair<int, int>> AudioFolderTrendImporter::keyAndMode(const QString &key)
{
    const QStringList parts = key.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    const QString mode = parts.at(1).toLower();
    if (mode != u"major"_s && mode != u"minor"_s)
        return std::nullopt;
    static const QHash<QChar, int> naturals = {{u'C', 0}, {u'D', 2}, {u'E', 4}, {u'F', 5},
                                               {u'G', 7}, {u'A', 9}, {u'B', 11}};
    const QString note = parts.at(0);
    if (note.isEmpty() || note.size() > 2 || !naturals.contains(note.at(0).toUpper()))
        return std::nullopt;
    int pitch = naturals.value(note.at(0).toUpper());
    if (note.size() == 2) {
        if (note.at(1) == u'#')
            ++pitch;
        else if (note.at(1) == u'b')
            --pitch;
        else
            return std::nullopt;
    }
    return std::pair<int, int>{(pitch + 12) % 12, mode == u"major"_s ? 1 : 0};
}

AudioFolderTrendImporter::AudioFolderTrendImporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ImportReport> AudioFolderTrendImporter::importAnalyzed(const AudioFolderSidecar &sidecar,
                                                              const QList<TrackAnalysis> &tracks,
                                                              const ImportOptions &options)
{
    ImportReport report = rejectedReport(sidecar);
    report.rowsAccepted = 0;
    if (!options.label.isEmpty())
        report.label = options.label;

    // The analyses by file: in sidecar.files() order, or by path when the lists differ.
    QHash<QString, const TrackAnalysis *> byFile;
    const QStringList files = sidecar.files();
    for (qsizetype i = 0; i < tracks.size(); ++i)
        byFile.insert(tracks.size() == files.size() ? files.at(i) : tracks.at(i).path, &tracks[i]);

    // Each accepted entry becomes one chart row; chartLines maps its line in the generated
    // chart CSV back to the sidecar's.
    QByteArray csv = "country,date,rank,streams,track,artist,genre,tempo,key,mode,energy,"
                     "danceability,valence,loudness,duration_ms\n";
    QList<qint64> chartLines = {0, 0}; // lines 0 and 1 (the header) have no sidecar line
    for (const AudioFolderEntry &entry : sidecar.entries) {
        const TrackAnalysis *track = byFile.value(entry.file);
        if (!track || !track->analysis) {
            ++report.rowsRejected;
            const QString reason =
                track && !track->error.isEmpty()
                    ? tr("%1 could not be analyzed: %2")
                          .arg(QFileInfo(entry.file).fileName(), track->error)
                    : tr("%1 was not analyzed.").arg(QFileInfo(entry.file).fileName());
            report.addRejection({QString(), entry.line, u"file"_s, reason});
            continue;
        }
        const Analysis &a = *track->analysis;
        const auto key = keyAndMode(track->effectiveKey());
        QByteArrayList row = {
            entry.country.toUtf8(),
            entry.date.toString(Qt::ISODate).toUtf8(),
            entry.rank ? QByteArray::number(*entry.rank) : QByteArray(),
            entry.streams ? QByteArray::number(*entry.streams, 'g', 15) : QByteArray(),
            csvField(QFileInfo(entry.file).completeBaseName()),
            QByteArray(),
            csvField(entry.genre),
            number(track->effectiveBpm(), 30, 300),
            key ? QByteArray::number(key->first) : QByteArray(),
            key ? QByteArray::number(key->second) : QByteArray(),
            number(a.energy, 0, 1),
            number(a.danceability, 0, 1),
            number(a.valence, 0, 1),
            number(a.loudnessLufs, -60, 5),
            number(a.durationS * 1000.0, 1e-9, 1e12),
        };
        csv += row.join(',') + '\n';
        chartLines.append(entry.line);
    }
    const qint64 analyzed = chartLines.size() - 2;
    if (report.rowsRejected > 0 && !options.skipBadRows) {
        report.rowsAccepted = analyzed;
        return report; // committed == false
    }
    if (options.cancelled && options.cancelled())
        return cancelledError();

    ImportOptions chartOptions = options;
    chartOptions.label = report.label;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    ScopedTransaction transaction(m_db);
    auto chart = ChartCsvImporter(m_db, u"audio-folder"_s).importDevice(&buffer, chartOptions);
    if (!chart)
        return chart.error();
    // Rows the chart validation refused (none expected: values are range-checked above).
    for (const RejectedRow &row : std::as_const(chart->rejected))
        report.addRejection({row.file, chartLines.value(row.line), row.column, row.reason});
    report.rowsRejected += chart->rowsRejected;
    report.rowsAccepted = chart->rowsAccepted;
    if (!chart->committed)
        return report;
    TrendStore store(m_db);
    if (auto finished =
            store.finishSource(chart->sourceId, report.rowsAccepted, report.rowsRejected);
        !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.sourceId = chart->sourceId;
    report.committed = true;
    report.groupsWritten = chart->groupsWritten;
    report.observationsWritten = chart->observationsWritten;
    return report;
}
