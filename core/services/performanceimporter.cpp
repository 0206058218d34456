#include "performanceimporter.h"

#include "domain/countrycodes.h"
#include "services/performancestore.h"
#include "storage/scopedtransaction.h"
#include "trends/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Date,
    Release,
    Isrc,
    Country,
    Store,
    Streams,
    Revenue,
    ArtistName,
    ArtistId,
    ColumnCount
};

// Accepted header names per column (the first is the documented one).
const QList<QStringList> &columnNames()
{
    static const QList<QStringList> names = {
        {u"date"_s, u"day"_s, u"sale_date"_s},
        {u"release"_s, u"release_title"_s, u"title"_s},
        {u"isrc"_s},
        {u"country"_s, u"territory"_s},
        {u"store"_s, u"platform"_s, u"service"_s},
        {u"streams"_s, u"quantity"_s, u"units"_s},
        {u"revenue"_s, u"earnings"_s, u"net_revenue"_s},
        {u"artist"_s},
        {u"artist_id"_s},
    };
    return names;
}

constexpr qsizetype kBatchRows = 2048;

QString tr(const char *text)
{
    return QCoreApplication::translate("PerformanceImporter", text);
}

} // namespace

PerformanceImporter::PerformanceImporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ImportReport> PerformanceImporter::importFile(const QString &path,
                                                     const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("PerformanceImporter", "Cannot read %1: %2")
                         .arg(path, file.errorString()));
    ImportOptions withLabel = options;
    if (withLabel.label.isEmpty())
        withLabel.label = QFileInfo(path).absoluteFilePath();
    return importDevice(&file, withLabel);
}

Result<ImportReport> PerformanceImporter::importDevice(QIODevice *device,
                                                       const ImportOptions &options)
{
    static const QRegularExpression isrcPattern(u"^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"_s);
    ImportReport report;
    report.label = options.label;
    const qint64 totalBytes = device->isSequential() ? 0 : device->size();
    const auto fileError = [&](const QString &message) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PerformanceImporter",
                                                 "%1 cannot be imported: %2 Nothing was imported.")
                         .arg(options.label, message));
    };
    const auto cancelled = [] {
        return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
    };

    CsvReader reader(device);
    QStringList fields;
    CsvReader::Status status = reader.readRecord(&fields);
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    if (status == CsvReader::Status::End)
        return fileError(tr("the file is empty."));

    std::array<int, ColumnCount> columns;
    columns.fill(-1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (columnNames().at(c).contains(name))
                column = c;
        if (column < 0) {
            report.ignoredColumns.append(fields.at(i).trimmed());
            continue;
        }
        if (columns[column] >= 0)
            return fileError(
                QCoreApplication::translate("PerformanceImporter",
                                            "the column \"%1\" appears twice in the header.")
                    .arg(columnNames().at(column).first()));
        columns[column] = int(i);
    }
    QStringList missing;
    if (columns[Date] < 0)
        missing << u"date"_s;
    if (columns[Release] < 0 && columns[Isrc] < 0)
        missing << u"release or isrc"_s;
    if (columns[Streams] < 0 && columns[Revenue] < 0)
        missing << u"streams or revenue"_s;
    if (!missing.isEmpty())
        return fileError(QCoreApplication::translate("PerformanceImporter",
                                                     "the header has no %1 column (found: %2).")
                             .arg(missing.join(u", "_s), fields.join(u", "_s)));
    for (int c : {Release, Isrc, Country, Store, Streams, Revenue, ArtistName, ArtistId})
        if (columns[c] < 0)
            report.missingColumns.append(columnNames().at(c).first());

    PerformanceStore store(m_db);
    auto artistsByName = store.artistsByName();
    if (!artistsByName)
        return artistsByName.error();

    QList<PerformanceRow> rows;
    const qsizetype width = fields.size();
    while ((status = reader.readRecord(&fields)) == CsvReader::Status::Record) {
        ++report.rowsRead;
        if (report.rowsRead % 1024 == 0) {
            if (options.cancelled && options.cancelled())
                return cancelled();
            if (options.progress)
                options.progress(reader.bytesRead(), totalBytes);
        }
        const qint64 line = reader.lineNumber();
        QList<RejectedRow> problems;
        auto reject = [&](int column, const QString &reason) {
            problems.append({QString(), line,
                             column < 0 ? QString() : columnNames().at(column).first(), reason});
        };
        PerformanceRow row;
        if (fields.size() != width) {
            reject(-1, QCoreApplication::translate("PerformanceImporter",
                                                   "The row has %1 fields; the header has %2.")
                           .arg(fields.size())
                           .arg(width));
        } else {
            auto cell = [&](int column) {
                return columns[column] < 0 ? QString() : fields.at(columns[column]).trimmed();
            };
            const QString date = cell(Date);
            row.day = QDate::fromString(date, Qt::ISODate);
            if (!row.day.isValid() || date.size() != 10)
                reject(Date, date.isEmpty() ? tr("The date is missing.")
                                            : QCoreApplication::translate(
                                                  "PerformanceImporter",
                                                  "\"%1\" is not an ISO date (YYYY-MM-DD).")
                                                  .arg(date));
            row.release = cell(Release);
            row.isrc = cell(Isrc).toUpper().remove(u'-');
            if (row.release.isEmpty() && row.isrc.isEmpty())
                reject(Release, tr("The row names neither a release nor an ISRC."));
            else if (!row.isrc.isEmpty() && !isrcPattern.match(row.isrc).hasMatch())
                reject(Isrc, QCoreApplication::translate("PerformanceImporter",
                                                         "\"%1\" is not an ISRC (CC-XXX-YY-NNNNN).")
                                 .arg(cell(Isrc)));
            row.country = cell(Country).toUpper();
            if (!row.country.isEmpty() && !CountryCodes::isValid(row.country))
                reject(Country, QCoreApplication::translate(
                                    "PerformanceImporter",
                                    "\"%1\" is not an ISO 3166-1 alpha-2 country code.")
                                    .arg(cell(Country)));
            row.store = cell(Store).toLower();
            const QString streams = cell(Streams);
            if (!streams.isEmpty()) {
                bool ok = false;
                const double value = streams.toDouble(&ok);
                if (!ok || value < 0 || value != std::floor(value) || value > 9e15)
                    reject(Streams, QCoreApplication::translate(
                                        "PerformanceImporter",
                                        "\"%1\" is not a whole number of streams from 0.")
                                        .arg(streams));
                row.streams = qint64(value);
            }
            const QString revenue = cell(Revenue);
            if (!revenue.isEmpty()) {
                bool ok = false;
                row.revenue = revenue.toDouble(&ok);
                if (!ok || !std::isfinite(row.revenue))
                    reject(Revenue, QCoreApplication::translate("PerformanceImporter",
                                                                "\"%1\" is not an amount.")
                                        .arg(revenue));
            }
            if (streams.isEmpty() && revenue.isEmpty())
                reject(Streams, tr("The row has neither streams nor revenue."));
            row.artistId = cell(ArtistId);
            if (row.artistId.isEmpty())
                row.artistId = artistsByName->value(cell(ArtistName).toLower());
        }
        if (!problems.isEmpty()) {
            ++report.rowsRejected;
            for (const RejectedRow &problem : std::as_const(problems))
                report.addRejection(problem);
            continue;
        }
        ++report.rowsAccepted;
        if (options.skipBadRows || report.rowsRejected == 0)
            rows.append(row);
    }
    if (status == CsvReader::Status::Error)
        return fileError(reader.errorString());
    if (report.rowsRejected > 0 && !options.skipBadRows)
        return report;

    // Unknown artist ids are dropped (the row stays, unmatched) rather than breaking the FK.
    QHash<QString, bool> exists;
    for (PerformanceRow &row : rows) {
        if (row.artistId.isEmpty())
            continue;
        if (!exists.contains(row.artistId)) {
            auto found = store.artistExists(row.artistId);
            if (!found)
                return found.error();
            exists.insert(row.artistId, found.value());
        }
        if (!exists.value(row.artistId))
            row.artistId.clear();
    }

    ScopedTransaction transaction(m_db);
    auto source = store.beginSource(options.label);
    if (!source)
        return source.error();
    for (qsizetype i = 0; i < rows.size(); i += kBatchRows) {
        if (options.cancelled && options.cancelled())
            return cancelled();
        if (auto added = store.addRows(source.value(), rows.mid(i, kBatchRows)); !added)
            return added.error();
        report.observationsWritten += std::min(kBatchRows, rows.size() - i);
    }
    if (auto finished =
            store.finishSource(source.value(), report.rowsAccepted, report.rowsRejected);
        !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.sourceId = source.value();
    report.committed = true;
    if (options.progress)
        options.progress(reader.bytesRead(), totalBytes);
    return report;
}
