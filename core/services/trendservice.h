#pragma once

#include "trends/importreport.h"
#include "trends/trendforecast.h"
#include "trends/trendseries.h"
#include "trends/trendstatistics.h"
#include "trends/trendstore.h"
#include "util/error.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class AnalysisService;
class Database;
class TaskRegistry;
struct TrendImportJob;

// What `importTrends` reads. Auto: a folder with countries/, daily_profiles/ or genre_trends/ is
// the prototype layout; a CSV with a `file` column (or a folder holding one such CSV) is an
// audio folder's sidecar; any other CSV is a chart CSV.
enum class TrendImportFormat
{
    Auto,
    Csv,         // importer 1: chart + audio-features CSV
    Prototype,   // importer 2: the prototype's country_profiles_data folder
    AudioFolder, // importer 3: audio files + sidecar CSV, analyzed by the studio
};

QString trendImportFormatName(TrendImportFormat format); // "auto", "csv", "prototype", ...
std::optional<TrendImportFormat> trendImportFormatFromName(QStringView name);

// How a chart is computed from its series. Thread: value type.
struct TrendChartOptions
{
    int movingAveragePeriods = 4;
    ForecastOptions forecast;  // horizon 12 periods, backtest 12
    TrendChangeOptions change; // emerging/declining: last 4 periods against the 12 before
};

// Everything one chart of one feature in one segment needs, computed off the GUI thread.
// Thread: value type.
struct TrendChart
{
    TrendSegment segment;
    TrendFeature feature = TrendFeature::Tempo;
    QDate from; // as asked; invalid: open
    QDate to;
    TrendSeries series; // one point per period, ascending
    int movingAveragePeriods = 0;
    QList<MovingAveragePoint> movingAverage; // one per series point
    TrendForecast forecast;                  // method None (with its reason) when too short
    TrendSlope slope;                        // Theil-Sen + Mann-Kendall
    TrendChange change;                      // emerging / declining / stable
    bool sampleData = false; // the store holds the bundled sample dataset: label the chart
};

// Two segments compared feature by feature over one date range. Thread: value type.
struct TrendSegmentComparison
{
    TrendSegment first;
    TrendSegment second;
    QDate from;
    QDate to;
    QList<TrendComparison> features; // features present on either side, standard order
};

// Country x feature: each cell is the latest period's point in the range (nullopt: no data).
// Thread: value type.
struct TrendHeatTable
{
    QStringList countries;
    QList<TrendFeature> features;
    QList<QList<std::optional<TrendPoint>>> cells; // [country][feature]
};

// The trend use cases shared by the Trends pane and `artist-studio trends ...`: imports (chart
// CSV, prototype folder, audio folder analyzed by the studio, the bundled sample dataset) and the
// queries a chart needs (series + moving average + forecast + slope + emerging/declining in one
// result, comparisons, heat table, genre shares, sources). Every DB job runs on the service's
// pool with its own DbConnection and comes back as a QFuture. Imports carry progress (range
// 0..kProgressSteps) and cancel through their future and are listed in the TaskRegistry (the
// status bar shows them and can cancel them); a committed import or a deleted source emits
// trendsChanged() so open panes refresh.
// Thread: lives on the thread that created it (GUI or CLI main thread, with an event loop).
class TrendService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kProgressSteps = 1000;
    static constexpr const char16_t *kSampleKind = u"sample";
    static constexpr const char16_t *kSampleLabel = u"Sample data"; // source label, not translated
    static constexpr const char16_t *kSampleResource = u":/services/sample/sample-trends.csv.qz";

    // `analysis` analyzes audio-folder imports (required for them); `tasks` may be null.
    TrendService(std::shared_ptr<Database> database, AnalysisService *analysis, TaskRegistry *tasks,
                 QObject *parent = nullptr);
    ~TrendService() override; // cancels running imports and waits for the pool

    // Imports a chart CSV, a prototype folder or an audio folder (see TrendImportFormat).
    // options: skipBadRows, replace (default) or merge by source label, label (default: the
    // absolute path); its progress/cancelled callbacks are called too (on the pool thread).
    // Error: unreadable input, cancellation, storage; a report with committed == false: rows
    // were rejected and skipBadRows was off (nothing written).
    QFuture<Result<ImportReport>> importTrends(const QString &path,
                                               TrendImportFormat format = TrendImportFormat::Auto,
                                               const ImportOptions &options = {});
    // Which importer Auto picks for a path; InvalidInput when none fits, NotFound when missing.
    static Result<TrendImportFormat> detectFormat(const QString &path);

    // The bundled sample dataset (8 countries x 8 genres, two years weekly), imported as source
    // kind "sample", label "Sample data"; importing it again replaces it.
    QFuture<Result<ImportReport>> importSampleData();
    // First run: imports the sample only when the store has no import at all; nullopt otherwise.
    QFuture<Result<std::optional<ImportReport>>> ensureSampleData();

    // Invalid dates leave that end open.
    QFuture<Result<TrendChart>> series(const TrendSegment &segment, TrendFeature feature,
                                       const QDate &from = {}, const QDate &to = {},
                                       const TrendChartOptions &options = {});
    QFuture<Result<TrendSegmentComparison>> compare(const TrendSegment &first,
                                                    const TrendSegment &second,
                                                    const QDate &from = {}, const QDate &to = {});
    QFuture<Result<QList<TrendCountry>>> countries();
    // Genres with observations in a country ("": any country, for the global segment), sorted.
    QFuture<Result<QStringList>> genres(const QString &country);
    QFuture<Result<QList<ImportSource>>> sources(); // newest first
    QFuture<Result<void>> deleteSource(qint64 sourceId);
    QFuture<Result<TrendHeatTable>> heatTable(const QStringList &countries,
                                              const QList<TrendFeature> &features,
                                              const QDate &from = {}, const QDate &to = {});
    QFuture<Result<QList<GenreShare>>> genreShares(const QString &country, const QDate &from = {},
                                                   const QDate &to = {});

Q_SIGNALS:
    void trendsChanged(); // an import was committed or a source deleted

private:
    template<typename R> QFuture<R> runOnPool(std::function<R(QSqlDatabase db)> work);
    QFuture<Result<ImportReport>> importAudioFolder(const QString &path,
                                                    const ImportOptions &options);
    // Sidecar on the pool, analysis by AnalysisService, rows into the store on the pool.
    void startAudioFolder(const std::shared_ptr<TrendImportJob> &job, const QString &path);
    // Lists an import in the task registry and emits trendsChanged() when it commits.
    void track(const QString &title, const QFuture<Result<ImportReport>> &future);

    std::shared_ptr<Database> m_database;
    AnalysisService *m_analysis;
    TaskRegistry *m_tasks;
    QThreadPool m_pool;
    QList<QFuture<Result<ImportReport>>> m_imports; // running, service thread only
};
