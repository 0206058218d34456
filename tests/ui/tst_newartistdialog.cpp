#include "artiststablemodel.h"
#include "generation/localauthor.h"
#include "newartistdialog.h"
#include "services/artistservice.h"
#include "services/taskregistry.h"
#include "storage/database.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}

// A remote author that never answers until the creation is cancelled, like a slow server.
class HangingProvider : public TextProvider
{
public:
    QString id() const override { return QStringLiteral("openai"); }
    QString model() const override { return QStringLiteral("slow-model"); }
    QFuture<Result<AuthoringResult>> authorArtist(const ArtistBrief &) override
    {
        promise = std::make_shared<QPromise<Result<AuthoringResult>>>();
        promise->start();
        return promise->future();
    }
    std::shared_ptr<QPromise<Result<AuthoringResult>>> promise;
};
} // namespace

class TstNewArtistDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createStoresArtistAndItAppears();
    void briefFromForm_data();
    void briefFromForm();
    void cancelStopsCreationAndStoresNothing();

private:
    int storedCount();

    std::unique_ptr<TestEnvironment> m_env;
    std::shared_ptr<Database> m_database;
    std::shared_ptr<HangingProvider> m_hanging;
    std::unique_ptr<ArtistService> m_service;
    std::unique_ptr<TaskRegistry> m_tasks;
};

void TstNewArtistDialog::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<DataDir> dataDir = DataDir::resolve(m_env->dataDir());
    QVERIFY(dataDir.ok());
    Result<std::shared_ptr<Database>> database = Database::open(dataDir.value().databasePath());
    QVERIFY(database.ok());
    m_database = database.value();
    m_hanging = std::make_shared<HangingProvider>();
    auto factory = [this](const QString &id) -> QFuture<Result<std::shared_ptr<TextProvider>>> {
        std::shared_ptr<TextProvider> provider;
        if (id == QLatin1String("local"))
            provider = std::make_shared<LocalAuthor>();
        else
            provider = m_hanging;
        return QtFuture::makeReadyFuture(Result<std::shared_ptr<TextProvider>>(provider));
    };
    m_service = std::make_unique<ArtistService>(m_database, dataDir.value(), factory);
    m_tasks = std::make_unique<TaskRegistry>();
}

void TstNewArtistDialog::cleanup()
{
    m_service.reset();
    m_tasks.reset();
    m_database.reset();
    m_env.reset();
}

int TstNewArtistDialog::storedCount()
{
    const Result<QList<ArtistSummary>> list = await(m_service->listArtists(true));
    return list.ok() ? int(list.value().size()) : -1;
}

void TstNewArtistDialog::createStoresArtistAndItAppears()
{
    // The roster as the Artists pane sees it, following the service's change signals.
    ArtistsTableModel roster;
    roster.setLister([this] { return m_service->listArtists(true); });
    connect(m_service.get(), &ArtistService::artistsChanged, &roster,
            &ArtistsTableModel::onArtistsChanged);

    NewArtistDialog dialog(m_service.get(), m_tasks.get());
    ArtistBrief brief;
    brief.genre = QStringLiteral("techno");
    brief.country = QStringLiteral("DE");
    brief.mood = QStringLiteral("dark");
    brief.seed = 42;
    dialog.setBrief(brief);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QCOMPARE(m_tasks->count(), 1); // shown in the status bar while it runs
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);

    const Artist artist = dialog.createdArtist();
    QVERIFY(!artist.id.isEmpty());
    QCOMPARE(artist.music.primaryGenre.toLower(), QStringLiteral("techno"));
    QVERIFY(artist.audience.targetCountries.contains(QStringLiteral("DE")));
    QCOMPARE(dialog.report().kind, QStringLiteral("creation"));
    QCOMPARE(m_tasks->count(), 0);
    QTRY_COMPARE(roster.rowOfId(artist.id) >= 0, true);
    QCOMPARE(roster.summaryAt(roster.rowOfId(artist.id)).stageName, artist.identity.stageName);
}

void TstNewArtistDialog::briefFromForm_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("seedText");
    QTest::newRow("with seed") << QStringLiteral("JP") << QStringLiteral("123");
    QTest::newRow("random seed") << QStringLiteral("BR") << QString();
}

void TstNewArtistDialog::briefFromForm()
{
    QFETCH(QString, country);
    QFETCH(QString, seedText);
    NewArtistDialog dialog(m_service.get(), m_tasks.get());
    ArtistBrief brief;
    brief.genre = QStringLiteral("lo-fi");
    brief.country = country;
    if (!seedText.isEmpty())
        brief.seed = seedText.toULongLong();
    dialog.setBrief(brief);
    const ArtistBrief read = dialog.brief();
    QCOMPARE(read.genre, QStringLiteral("lo-fi"));
    QCOMPARE(read.country, country);
    QCOMPARE(read.seed.has_value(), !seedText.isEmpty());
    QCOMPARE(dialog.providerId(), QStringLiteral("local"));
}

void TstNewArtistDialog::cancelStopsCreationAndStoresNothing()
{
    NewArtistDialog dialog(m_service.get(), m_tasks.get());
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerCombo"));
    QVERIFY(provider);
    provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY(m_hanging->promise != nullptr); // the author is at work

    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isRunning());
    // The provider is told to stop, and nothing is stored.
    QTRY_VERIFY(m_hanging->promise->isCanceled());
    m_hanging->promise->finish();
    QTRY_COMPARE(m_tasks->count(), 0);
    QCOMPARE(storedCount(), 0);
}

QTEST_MAIN(TstNewArtistDialog)
#include "tst_newartistdialog.moc"
