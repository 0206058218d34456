#include "trendservice.h"

#include "logging/logcategories.h"
#include "services/analysisservice.h"
#include "services/audiofoldertrendimporter.h"
#include "services/taskregistry.h"
#include "storage/database.h"
#include "storage/dbconnection.h"
#include "trends/chartcsvimporter.h"
#include "trends/csvreader.h"
#include "trends/prototypeimporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Error cancelledImport()
{
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("TrendService",
                                             "The import was cancelled; nothing was imported."));
}

Error storageClosed(const DbConnection &connection)
{
    return Error(ErrorCode::Storage,
                 QCoreApplication::translate("TrendService", "Cannot open the database: %1")
                     .arg(connection.errorString()));
}

// The store compares ISO dates as text: an open end becomes the widest date.
QDate openFrom(const QDate &from)
{
    return from.isValid() ? from : QDate(1, 1, 1);
}

QDate openTo(const QDate &to)
{
    return to.isValid() ? to : QDate(9999, 12, 31);
}

bool isPrototypeFolder(const QDir &dir)
{
    return dir.exists(u"countries"_s) || dir.exists(u"daily_profiles"_s) ||
           dir.exists(u"genre_trends"_s);
}

} // namespace

// One import: the promise behind the future the caller, the task registry and the service's
// own watcher share, and the caller's options with their callbacks.
struct TrendImportJob
{
    QPromise<Result<ImportReport>> promise;
    ImportOptions options; // the caller's, with their callbacks

    // The options an importer gets: the caller's, with progress and cancel wired to the promise.
    // `from`/`to` map the importer's 0..1 onto a part of the progress range.
    ImportOptions wired(double from = 0, double to = 1)
    {
        ImportOptions wired = options;
        wired.progress = [this, from, to](qint64 done, qint64 total) {
            const double fraction =
                total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
            promise.setProgressValue(
                int((from + (to - from) * fraction) * TrendService::kProgressSteps));
            if (options.progress)
                options.progress(done, total);
        };
        wired.cancelled = [this] {
            return promise.isCanceled() || (options.cancelled && options.cancelled());
        };
        return wired;
    }

    void finish(Result<ImportReport> result)
    {
        if (result && result->committed)
            promise.setProgressValue(TrendService::kProgressSteps);
        promise.addResult(std::move(result));
        promise.finish();
    }
};

QString trendImportFormatName(TrendImportFormat format)
{
    switch (format) {
    case TrendImportFormat::Auto:
        return u"auto"_s;
    case TrendImportFormat::Csv:
        return u"csv"_s;
    case TrendImportFormat::Prototype:
        return u"prototype"_s;
    case TrendImportFormat::AudioFolder:
        return u"audio-folder"_s;
    }
    return {};
}

std::optional<TrendImportFormat> trendImportFormatFromName(QStringView name)
{
    for (TrendImportFormat format :
         {TrendImportFormat::Auto, TrendImportFormat::Csv, TrendImportFormat::Prototype,
          TrendImportFormat::AudioFolder}) {
        if (name.compare(trendImportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

TrendService::TrendService(std::shared_ptr<Database> database, AnalysisService *analysis,
                           TaskRegistry *tasks, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_analysis(analysis)
    , m_tasks(tasks)
{
    m_pool.setObjectName(u"TrendService pool"_s);
    // One import writing plus queries beside it; SQLite takes one writer at a time anyway.
    m_pool.setMaxThreadCount(std::max(2, std::min(4, QThread::idealThreadCount())));
}

TrendService::~TrendService()
{
    for (QFuture<Result<ImportReport>> &future : m_imports)
        future.cancel();
    m_pool.waitForDone();
}

template<typename R> QFuture<R> TrendService::runOnPool(std::function<R(QSqlDatabase db)> work)
{
    return QtConcurrent::run(&m_pool, [database = m_database, work = std::move(work)]() -> R {
        DbConnection connection(*database);
        if (!connection.isOpen())
            return storageClosed(connection);
        return work(connection.database());
    });
}

Result<TrendImportFormat> TrendService::detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("TrendService", "%1 does not exist.").arg(path));
    if (info.isDir()) {
        if (isPrototypeFolder(QDir(path)))
            return TrendImportFormat::Prototype;
        if (AudioFolderTrendImporter::findSidecar(path))
            return TrendImportFormat::AudioFolder;
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "TrendService",
                         "%1 is neither a prototype folder (countries/, daily_profiles/, "
                         "genre_trends/) nor an audio folder with a sidecar CSV.")
                         .arg(path));
    }
    return AudioFolderTrendImporter::isSidecar(path) ? TrendImportFormat::AudioFolder
                                                     : TrendImportFormat::Csv;
}

QFuture<Result<ImportReport>> TrendService::importTrends(const QString &path,
                                                         TrendImportFormat format,
                                                         const ImportOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    ImportOptions labelled = options;
    if (labelled.label.isEmpty())
        labelled.label = absolute;
    // Detecting reads the disk: on the pool, like the import itself.
    if (format == TrendImportFormat::AudioFolder)
        return importAudioFolder(absolute, labelled);
    auto job = std::make_shared<TrendImportJob>();
    job->options = labelled;
    job->promise.start();
    job->promise.setProgressRange(0, kProgressSteps);
    const QFuture<Result<ImportReport>> future = job->promise.future();
    track(QCoreApplication::translate("TrendService", "Importing trends from %1")
              .arg(QFileInfo(absolute).fileName()),
          future);
    QPointer<TrendService> self(this);
    m_pool.start([self, job, absolute, format, database = m_database] {
        TrendImportFormat chosen = format;
        if (chosen == TrendImportFormat::Auto) {
            auto detected = detectFormat(absolute);
            if (!detected)
                return job->finish(detected.error());
            chosen = *detected;
        }
        if (chosen == TrendImportFormat::AudioFolder) {
            // Analysis is driven from the service's thread.
            QMetaObject::invokeMethod(
                self.data(),
                [self, job, absolute] {
                    if (self)
                        self->startAudioFolder(job, absolute);
                },
                Qt::QueuedConnection);
            return;
        }
        DbConnection connection(*database);
        if (!connection.isOpen())
            return job->finish(storageClosed(connection));
        const ImportOptions wired = job->wired();
        if (chosen == TrendImportFormat::Prototype)
            job->finish(PrototypeImporter(connection.database()).importFolder(absolute, wired));
        else
            job->finish(ChartCsvImporter(connection.database()).importFile(absolute, wired));
    });
    return future;
}

QFuture<Result<ImportReport>> TrendService::importAudioFolder(const QString &path,
                                                              const ImportOptions &options)
{
    auto job = std::make_shared<TrendImportJob>();
    job->options = options;
    job->promise.start();
    job->promise.setProgressRange(0, kProgressSteps);
    const QFuture<Result<ImportReport>> future = job->promise.future();
    track(QCoreApplication::translate("TrendService", "Analyzing and importing %1")
              .arg(QFileInfo(path).fileName()),
          future);
    startAudioFolder(job, path);
    return future;
}

void TrendService::startAudioFolder(const std::shared_ptr<TrendImportJob> &job, const QString &path)
{
    if (!m_analysis) {
        job->finish(Error(ErrorCode::Internal,
                          QCoreApplication::translate("TrendService",
                                                      "Audio folders need the analysis service.")));
        return;
    }
    // 1. the sidecar (pool), 2. analysis of its files (AnalysisService, cached by content hash),
    // 3. the chart rows into the store (pool). Progress: 2% / 90% / 8%.
    QtConcurrent::run(&m_pool, [job, path] {
        const ImportOptions wired = job->wired(0, 0.02);
        return AudioFolderTrendImporter::readSidecar(path, wired.cancelled);
    }).then(this, [this, job](const Result<AudioFolderSidecar> &sidecar) {
        if (!sidecar)
            return job->finish(sidecar.error());
        if (job->promise.isCanceled())
            return job->finish(cancelledImport());
        if (!sidecar->rejected.isEmpty() && !job->options.skipBadRows)
            return job->finish(AudioFolderTrendImporter::rejectedReport(*sidecar));
        QFuture<QList<TrackAnalysis>> analysis = m_analysis->analyze(sidecar->files());
        auto *watcher = new QFutureWatcher<QList<TrackAnalysis>>(this);
        connect(
            watcher, &QFutureWatcherBase::progressValueChanged, this, [job, watcher](int value) {
                const int max = watcher->progressMaximum();
                if (max > 0)
                    job->promise.setProgressValue(int((0.02 + 0.9 * value / max) * kProgressSteps));
                if (job->promise.isCanceled())
                    watcher->future().cancel();
            });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, job, watcher, sidecar = *sidecar] {
                    watcher->deleteLater();
                    const QFuture<QList<TrackAnalysis>> done = watcher->future();
                    if (done.isCanceled() || job->promise.isCanceled() || done.resultCount() == 0)
                        return job->finish(cancelledImport());
                    const QList<TrackAnalysis> tracks = done.result();
                    m_pool.start([job, sidecar, tracks, database = m_database] {
                        DbConnection connection(*database);
                        if (!connection.isOpen())
                            return job->finish(storageClosed(connection));
                        job->finish(AudioFolderTrendImporter(connection.database())
                                        .importAnalyzed(sidecar, tracks, job->wired(0.92, 1)));
                    });
                });
        watcher->setFuture(analysis);
        // A cancel of the import (its task's Cancel) cancels the analysis at once.
        auto *cancel = new QFutureWatcher<Result<ImportReport>>(watcher);
        connect(cancel, &QFutureWatcherBase::canceled, watcher,
                [watcher] { watcher->future().cancel(); });
        cancel->setFuture(job->promise.future());
    });
}

void TrendService::track(const QString &title, const QFuture<Result<ImportReport>> &future)
{
    m_imports.append(future);
    if (m_tasks)
        m_tasks->trackFuture(title, QFuture<void>(future));
    // A watcher, not then(): the caller attaches its own continuation to the same future.
    auto *watcher = new QFutureWatcher<Result<ImportReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QFuture<Result<ImportReport>> done = watcher->future();
        m_imports.removeIf([](const QFuture<Result<ImportReport>> &f) { return f.isFinished(); });
        watcher->deleteLater();
        if (done.isCanceled() || done.resultCount() == 0)
            return;
        const Result<ImportReport> result = done.result();
        if (result && result->committed) {
            qCInfo(lcServices) << "trend import" << result->label
                               << "committed:" << result->rowsAccepted << "rows accepted,"
                               << result->rowsRejected << "rejected";
            Q_EMIT trendsChanged();
        }
    });
    watcher->setFuture(future);
}

QFuture<Result<ImportReport>> TrendService::importSampleData()
{
    auto job = std::make_shared<TrendImportJob>();
    job->options.label = QString::fromUtf16(kSampleLabel);
    job->options.replace = true;
    job->promise.start();
    job->promise.setProgressRange(0, kProgressSteps);
    const QFuture<Result<ImportReport>> future = job->promise.future();
    track(QCoreApplication::translate("TrendService", "Importing the sample trend data"), future);
    m_pool.start([job, database = m_database] {
        QFile file(QString::fromUtf16(kSampleResource));
        if (!file.open(QIODevice::ReadOnly))
            return job->finish(Error(
                ErrorCode::Internal,
                QCoreApplication::translate("TrendService", "The sample trend data is missing.")));
        // qCompress format: a 4-byte big-endian size, then a zlib stream.
        QByteArray csv = qUncompress(file.readAll());
        if (csv.isEmpty())
            return job->finish(Error(
                ErrorCode::Internal,
                QCoreApplication::translate("TrendService", "The sample trend data is damaged.")));
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        DbConnection connection(*database);
        if (!connection.isOpen())
            return job->finish(storageClosed(connection));
        job->finish(ChartCsvImporter(connection.database(), QString::fromUtf16(kSampleKind))
                        .importDevice(&buffer, job->wired()));
    });
    return future;
}

QFuture<Result<std::optional<ImportReport>>> TrendService::ensureSampleData()
{
    using Outcome = Result<std::optional<ImportReport>>;
    return runOnPool<Result<QList<ImportSource>>>(
               [](QSqlDatabase db) { return TrendStore(db).sources(); })
        .then(this,
              [this](const Result<QList<ImportSource>> &sources) {
                  if (!sources)
                      return QtFuture::makeReadyFuture(Outcome(sources.error()));
                  if (!sources->isEmpty())
                      return QtFuture::makeReadyFuture(Outcome(std::optional<ImportReport>()));
                  return importSampleData().then([](const Result<ImportReport> &report) {
                      if (!report)
                          return Outcome(report.error());
                      return Outcome(std::optional<ImportReport>(*report));
                  });
              })
        .unwrap();
}

QFuture<Result<TrendChart>> TrendService::series(const TrendSegment &segment, TrendFeature feature,
                                                 const QDate &from, const QDate &to,
                                                 const TrendChartOptions &options)
{
    return runOnPool<Result<TrendChart>>(
        [segment, feature, from, to, options](QSqlDatabase db) -> Result<TrendChart> {
            TrendStore store(db);
            auto series = store.series(segment, feature, openFrom(from), openTo(to));
            if (!series)
                return series.error();
            auto sources = store.sources();
            if (!sources)
                return sources.error();
            TrendChart chart;
            chart.segment = segment;
            chart.feature = feature;
            chart.from = from;
            chart.to = to;
            chart.series = *series;
            chart.movingAveragePeriods = std::max(1, options.movingAveragePeriods);
            chart.movingAverage =
                TrendStatistics::movingAverage(chart.series, chart.movingAveragePeriods);
            chart.forecast = TrendForecaster::forecast(chart.series, options.forecast);
            chart.slope = TrendStatistics::slope(chart.series);
            chart.change = TrendStatistics::change(chart.series, options.change);
            chart.sampleData =
                std::any_of(sources->cbegin(), sources->cend(), [](const ImportSource &source) {
                    return source.kind == QStringView(kSampleKind);
                });
            return chart;
        });
}

QFuture<Result<TrendSegmentComparison>> TrendService::compare(const TrendSegment &first,
                                                              const TrendSegment &second,
                                                              const QDate &from, const QDate &to)
{
    return runOnPool<Result<TrendSegmentComparison>>(
        [first, second, from, to](QSqlDatabase db) -> Result<TrendSegmentComparison> {
            TrendStore store(db);
            TrendFeatureSeries a;
            TrendFeatureSeries b;
            for (TrendFeature feature : kTrendFeatures) {
                auto left = store.series(first, feature, openFrom(from), openTo(to));
                if (!left)
                    return left.error();
                auto right = store.series(second, feature, openFrom(from), openTo(to));
                if (!right)
                    return right.error();
                if (!left->isEmpty())
                    a.insert(feature, *left);
                if (!right->isEmpty())
                    b.insert(feature, *right);
            }
            return TrendSegmentComparison{first, second, from, to,
                                          TrendStatistics::compare(a, b, from, to)};
        });
}

QFuture<Result<QList<TrendCountry>>> TrendService::countries()
{
    return runOnPool<Result<QList<TrendCountry>>>(
        [](QSqlDatabase db) { return TrendStore(db).countries(); });
}

QFuture<Result<QStringList>> TrendService::genres(const QString &country)
{
    return runOnPool<Result<QStringList>>(
        [country](QSqlDatabase db) { return TrendStore(db).genres(country); });
}

QFuture<Result<QList<ImportSource>>> TrendService::sources()
{
    return runOnPool<Result<QList<ImportSource>>>(
        [](QSqlDatabase db) { return TrendStore(db).sources(); });
}

QFuture<Result<void>> TrendService::deleteSource(qint64 sourceId)
{
    QFuture<Result<void>> future = runOnPool<Result<void>>(
        [sourceId](QSqlDatabase db) { return TrendStore(db).deleteSource(sourceId); });
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0 && watcher->future().result())
            Q_EMIT trendsChanged();
    });
    watcher->setFuture(future);
    return future;
}

QFuture<Result<TrendHeatTable>> TrendService::heatTable(const QStringList &countries,
                                                        const QList<TrendFeature> &features,
                                                        const QDate &from, const QDate &to)
{
    return runOnPool<Result<TrendHeatTable>>([countries, features, from,
                                              to](QSqlDatabase db) -> Result<TrendHeatTable> {
        TrendStore store(db);
        TrendHeatTable table{countries, features, {}};
        for (const QString &country : countries) {
            QList<std::optional<TrendPoint>> row;
            for (TrendFeature feature : features) {
                auto series = store.series({country, {}, {}}, feature, openFrom(from), openTo(to));
                if (!series)
                    return series.error();
                row.append(series->isEmpty() ? std::nullopt
                                             : std::optional<TrendPoint>(series->constLast()));
            }
            table.cells.append(row);
        }
        return table;
    });
}

QFuture<Result<QList<GenreShare>>> TrendService::genreShares(const QString &country,
                                                             const QDate &from, const QDate &to)
{
    return runOnPool<Result<QList<GenreShare>>>([country, from, to](QSqlDatabase db) {
        return TrendStore(db).genreShares(country, openFrom(from), openTo(to));
    });
}
