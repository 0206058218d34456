#include "headlessrunner.h"

#include "domain/artistjson.h"
#include "services/studio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
