#include "headlessrunner.h"

#include "cli/evolvecommands.h"
#include "cli/trendscommands.h"
#include "domain/analysisjson.h"
#include "domain/artistjson.h"
#include "services/studio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <cmath>
#include <memory>

namespace {

QJsonValue timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject summaryJson(const ArtistSummary &artist)
{
    return {{u"id"_qs, artist.id},
            {u"stageName"_qs, artist.stageName},
            {u"primaryGenre"_qs, artist.primaryGenre},
            {u"countries"_qs, QJsonArray::fromStringList(artist.countries)},
            {u"status"_qs, toString(artist.status)},
            {u"lastRunAt"_qs, timestamp(artist.lastRunAt)},
            {u"updatedAt"_qs, timestamp(artist.updatedAt)},
            {u"version"_qs, artist.version},
            {u"archived"_qs, artist.archived}};
}

QString describe(const Artist &artist)
{
    const auto &m = artist.music;
    QString text;
    QTextStream s(&text);
    s << artist.identity.stageName << "  (" << artist.id << ")\n"
      << QCoreApplication::translate("HeadlessRunner", "status") << ": " << toString(artist.status)
      << "   " << QCoreApplication::translate("HeadlessRunner", "version") << ": " << artist.version
      << (artist.archived ? QStringLiteral("   [%1]").arg(
                                QCoreApplication::translate("HeadlessRunner", "archived"))
                          : QString())
      << '\n'
      << QCoreApplication::translate("HeadlessRunner", "genre") << ": " << m.primaryGenre
      << (m.subgenres.isEmpty() ? QString() : QStringLiteral(" (") + m.subgenres.join(u", ") + u')')
      << '\n'
      << QCoreApplication::translate("HeadlessRunner", "tempo") << ": " << m.tempoMinBpm << "–"
      << m.tempoMaxBpm << " BPM   " << QCoreApplication::translate("HeadlessRunner", "keys") << ": "
      << m.preferredKeys.join(u", ") << '\n'
      << QCoreApplication::translate("HeadlessRunner", "countries") << ": "
      << artist.audience.targetCountries.join(u", ") << '\n'
      << QCoreApplication::translate("HeadlessRunner", "vocals") << ": "
      << (m.instrumental ? QCoreApplication::translate("HeadlessRunner", "instrumental")
                         : m.vocalStyle)
      << '\n'
      << '\n'
      << artist.identity.persona << '\n';
    return text;
}

// The keys of `analyze --json`, exactly those of issue 3 ("Headless commands"): the Summary
// detail of AnalysisJson carries a few more (content hash, descriptors) that scripts should not
// start depending on through this command.
const QStringList kAnalyzeKeys = {u"file"_qs,
                                  u"duration_s"_qs,
                                  u"sample_rate"_qs,
                                  u"channels"_qs,
                                  u"bpm"_qs,
                                  u"bpm_confidence"_qs,
                                  u"bpm_alternatives"_qs,
                                  u"beats"_qs,
                                  u"key"_qs,
                                  u"key_confidence"_qs,
                                  u"key_runner_up"_qs,
                                  u"loudness_lufs"_qs,
                                  u"loudness_range_lu"_qs,
                                  u"true_peak_dbtp"_qs,
                                  u"sample_peak_dbfs"_qs,
                                  u"silence_start_s"_qs,
                                  u"silence_end_s"_qs,
                                  u"clipped_samples"_qs,
                                  u"sections"_qs,
                                  u"energy"_qs,
                                  u"danceability"_qs,
                                  u"valence"_qs,
                                  u"arousal"_qs,
                                  u"fingerprint"_qs,
                                  u"analyzer_versions"_qs};
const QStringList kSectionKeys = {u"start_s"_qs, u"end_s"_qs, u"label"_qs};

QJsonObject only(const QJsonObject &object, const QStringList &keys)
{
    QJsonObject kept;
    for (const QString &key : keys)
        kept.insert(key, object.value(key));
    return kept;
}

QJsonObject analyzeJson(const TrackAnalysis &track)
{
    if (!track.analysis)
        return {{u"file"_qs, track.path}, {u"error"_qs, track.error}};
    QJsonObject full =
        AnalysisJson::toJson(*track.analysis, track.path, AnalysisJson::Detail::Summary);
    QJsonArray sections;
    for (const QJsonValue &section : full.value(u"sections"_qs).toArray())
        sections.append(only(section.toObject(), kSectionKeys));
    full.insert(u"sections"_qs, sections);
    return only(full, kAnalyzeKeys);
}

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("–");
    const int tenths = int(std::lround(seconds * 10));
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600)
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

QString analyzeLine(const TrackAnalysis &track)
{
    if (!track.analysis)
        return QStringLiteral("%1  %2: %3")
            .arg(track.path, QCoreApplication::translate("HeadlessRunner", "error"), track.error);
    const Analysis &a = *track.analysis;
    return QStringLiteral("%1  %2  %3 BPM  %4  %5 LUFS%6")
        .arg(track.path, duration(a.durationS), number(a.bpm, 1),
             a.key.isEmpty() ? QStringLiteral("–") : a.key, number(a.loudnessLufs, 1),
             track.fromCache ? QStringLiteral("  (%1)").arg(
                                   QCoreApplication::translate("HeadlessRunner", "cached"))
                             : QString());
}

} // namespace

HeadlessRunner::HeadlessRunner(Studio &studio, QTextStream &out, QTextStream &err)
    : m_studio(studio)
    , m_out(out)
    , m_err(err)
{}

int HeadlessRunner::exitCodeFor(const Error &error)
{
    return error.code == ErrorCode::InvalidInput ? ValidationFailed : RuntimeError;
}

int HeadlessRunner::fail(const Error &error)
{
    m_err << "artist-studio: " << error.message << Qt::endl;
    return exitCodeFor(error);
}

QFuture<int> HeadlessRunner::run(const CommandLine &line)
{
    // A command that fails at once (a missing file) finishes its future before the caller
    // attaches its continuation; that continuation then runs synchronously, and an exit()
    // called before exec() is lost, leaving the process hanging. Going through the event loop
    // rules that out.
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    auto deliver = [promise](int code) {
        QMetaObject::invokeMethod(
            qApp,
            [promise, code] {
                promise->addResult(code);
                promise->finish();
            },
            Qt::QueuedConnection);
    };
    dispatch(line).then(deliver).onCanceled([deliver] { deliver(RuntimeError); });
    return promise->future();
}

QFuture<int> HeadlessRunner::dispatch(const CommandLine &line)
{
    using C = CommandLine::Command;
    switch (line.command) {
    case C::ArtistCreate:
        return create(line);
    case C::ArtistList:
        return list(line);
    case C::ArtistShow:
        return show(line);
    case C::ArtistImport:
        return import(line);
    case C::ArtistExport:
        return exportArtist(line);
    case C::Analyze:
        return analyze(line);
    case C::AnalyzeCompare:
        return compare(line);
    case C::TrendsImport:
        return TrendsCommands::import(m_studio.trends(), line, m_out, m_err);
    case C::TrendsShow:
        return TrendsCommands::show(m_studio.trends(), line, m_out, m_err);
    case C::EvolvePlan:
        return EvolveCommands::plan(m_studio.evolution(), line, m_out, m_err);
    case C::EvolveApply:
        return EvolveCommands::apply(m_studio.evolution(), line, m_out, m_err);
    case C::LifecycleRun:
        return EvolveCommands::lifecycle(m_studio.evolution(), line, m_out, m_err);
    case C::PerformanceImport:
        return EvolveCommands::importPerformance(m_studio.evolution(), line, m_out, m_err);
    case C::Gui:
    case C::Version:
    case C::Help:
        break;
    }
    m_err << "artist-studio: "
          << QCoreApplication::translate("HeadlessRunner", "not a headless command") << Qt::endl;
    return QtFuture::makeReadyFuture(int(UsageError));
}

QFuture<int> HeadlessRunner::create(const CommandLine &line)
{
    return m_studio.artists()
        .createArtist(line.brief, line.provider)
        .then(qApp, [this, json = line.json](const Result<CreatedArtist> &created) {
            if (!created)
                return fail(created.error());
            if (json) {
                m_out << ArtistJson::toBytes(created->artist);
            } else {
                m_out << QCoreApplication::translate("HeadlessRunner", "Created \"%1\" (%2).")
                             .arg(created->artist.identity.stageName, created->artist.id)
                      << '\n'
                      << QCoreApplication::translate("HeadlessRunner", "Creation report: %1")
                             .arg(m_studio.dataDir().absolutePath(created->report.markdownPath))
                      << Qt::endl;
            }
            m_out.flush();
            return int(Success);
        });
}

QFuture<int> HeadlessRunner::list(const CommandLine &line)
{
    return m_studio.artists()
        .listArtists(line.includeArchived)
        .then(qApp, [this, json = line.json](const Result<QList<ArtistSummary>> &artists) {
            if (!artists)
                return fail(artists.error());
            if (json) {
                QJsonArray array;
                for (const ArtistSummary &artist : *artists)
                    array.append(summaryJson(artist));
                m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else {
                for (const ArtistSummary &a : *artists) {
                    m_out << a.id << "  " << qSetFieldWidth(28) << Qt::left << a.stageName.left(27)
                          << qSetFieldWidth(16) << a.primaryGenre.left(15) << qSetFieldWidth(10)
                          << toString(a.status) << qSetFieldWidth(0) << a.countries.join(u',')
                          << (a.archived ? QStringLiteral("  [archived]") : QString()) << '\n';
                }
                m_out << QCoreApplication::translate("HeadlessRunner", "%n artist(s)", nullptr,
                                                     int(artists->size()))
                      << '\n';
            }
            m_out.flush();
            return int(Success);
        });
}

QFuture<int> HeadlessRunner::show(const CommandLine &line)
{
    return m_studio.artists()
        .loadArtist(line.artistId)
        .then(qApp, [this, json = line.json](const Result<Artist> &artist) {
            if (!artist)
                return fail(artist.error());
            m_out << (json ? QString::fromUtf8(ArtistJson::toBytes(*artist)) : describe(*artist));
            m_out.flush();
            return int(Success);
        });
}

QFuture<int> HeadlessRunner::import(const CommandLine &line)
{
    return m_studio.artists().importArtistFile(line.file).then(
        qApp, [this, json = line.json](const Result<Artist> &artist) {
            if (!artist)
                return fail(artist.error());
            if (json)
                m_out << ArtistJson::toBytes(*artist);
            else
                m_out << QCoreApplication::translate("HeadlessRunner", "Imported \"%1\" (%2).")
                             .arg(artist->identity.stageName, artist->id)
                      << Qt::endl;
            m_out.flush();
            return int(Success);
        });
}

QFuture<int> HeadlessRunner::exportArtist(const CommandLine &line)
{
    return m_studio.artists()
        .exportArtist(line.artistId, line.file)
        .then(qApp, [this, file = line.file](const Result<void> &done) {
            if (!done)
                return fail(done.error());
            m_out << QCoreApplication::translate("HeadlessRunner", "Exported to %1.").arg(file)
                  << Qt::endl;
            return int(Success);
        });
}

QFuture<int> HeadlessRunner::analyze(const CommandLine &line)
{
    AnalysisService &service = m_studio.analysis();
    if (line.jobs > 0)
        service.setJobs(line.jobs);
    return service.analyze(line.files, line.useCache)
        .then(qApp, [this, json = line.json](const QList<TrackAnalysis> &tracks) {
            int failed = 0;
            for (const TrackAnalysis &track : tracks) {
                if (!track.analysis)
                    ++failed;
                if (json)
                    m_out << QJsonDocument(analyzeJson(track)).toJson(QJsonDocument::Compact);
                else
                    m_out << analyzeLine(track);
                m_out << '\n';
            }
            m_out.flush();
            if (tracks.isEmpty())
                m_err << "artist-studio: "
                      << QCoreApplication::translate("HeadlessRunner", "no audio files found")
                      << Qt::endl;
            else if (failed > 0)
                m_err << "artist-studio: "
                      << QCoreApplication::translate(
                             "HeadlessRunner", "%n file(s) could not be analyzed", nullptr, failed)
                      << Qt::endl;
            return failed > 0 || tracks.isEmpty() ? int(RuntimeError) : int(Success);
        });
}

QFuture<int> HeadlessRunner::compare(const CommandLine &line)
{
    const QString a = line.files.value(0);
    const QString b = line.files.value(1);
    return m_studio.analysis().compare(a, b).then(
        qApp, [this, a, b, json = line.json](const Result<double> &similarity) {
            if (!similarity) {
                // A file that cannot be analyzed is a runtime failure, as for "analyze".
                m_err << "artist-studio: " << similarity.error().message << Qt::endl;
                return int(RuntimeError);
            }
            if (json)
                m_out << QJsonDocument(QJsonObject{{u"file_a"_qs, a},
                                                   {u"file_b"_qs, b},
                                                   {u"similarity"_qs, *similarity}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            else
                m_out << QCoreApplication::translate("HeadlessRunner", "similarity: %1")
                             .arg(QString::number(*similarity, 'f', 3))
                      << '\n';
            m_out.flush();
            return int(Success);
        });
}
