// The Performance tab of the Evolution dialog on the real services: an artist created through
// ArtistService, a distributor's report with a bad row refused and then imported without it,
// the score, the release list (most streamed first) and the chart per release.
#include "messagebanner.h"
#include "performancechartview.h"
#include "performancepanel.h"
#include "services/evolutionservice.h"
#include "services/studio.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.result();
}

} // namespace

class TstPerformancePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        auto studio = Studio::open({m_env->dataDir(), false});
        QVERIFY(studio.ok());
        m_studio = std::move(studio.value());
        ArtistBrief brief;
        brief.genre = u"synthwave"_s;
        brief.country = u"DE"_s;
        brief.seed = 3;
        const auto created = await(m_studio->artists().createArtist(brief, u"local"_s));
        QVERIFY(created.ok());
        m_artistId = created->artist.id;
    }
    void cleanup()
    {
        m_studio.reset();
        m_env.reset();
    }

    void reportWithABadRowIsRefusedThenImportedWithoutIt()
    {
        PerformancePanel panel(&m_studio->evolution(), m_artistId);
        QSignalSpy charted(&panel, &PerformancePanel::chartUpdated);
        panel.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!charted.isEmpty(), kTimeoutMs);
        QVERIFY(panel.scoreLabel()->text().contains(u"No performance data"_s));
        QCOMPARE(panel.releaseBox()->count(), 1); // "All releases" only
        QCOMPARE(panel.chart()->streamsSeries()->count(), 0);

        QByteArray csv = "date,release,country,store,streams,revenue,artist_id\n";
        for (int day = 1; day <= 10; ++day) {
            const QByteArray date = "2024-05-" + QByteArray::number(day).rightJustified(2, '0');
            csv += date + ",Neon Nights,DE,spotify,1000," + QByteArray::number(day) + "," +
                   m_artistId.toUtf8() + "\n";
            if (day % 2 == 0)
                csv += date + ",Glass,DE,spotify,200,0.5," + m_artistId.toUtf8() + "\n";
        }
        csv += "someday,Glass,DE,spotify,10,0.1," + m_artistId.toUtf8() + "\n"; // line 17
        const QString path = m_env->path(u"sales.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();

        QSignalSpy imported(&panel, &PerformancePanel::imported);
        panel.importReport(path);
        QTRY_VERIFY_WITH_TIMEOUT(panel.banner()->text().contains(u"line 17"_s), kTimeoutMs);
        QVERIFY(panel.banner()->text().contains(u"Nothing was imported"_s));
        QVERIFY(imported.isEmpty());

        // The banner's action imports everything but the reported row.
        QPushButton *importOthers = nullptr;
        for (QPushButton *button : panel.banner()->findChildren<QPushButton *>()) {
            if (button->text().contains(u"Other Rows"_s))
                importOthers = button;
        }
        QVERIFY(importOthers);
        charted.clear();
        importOthers->click();
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(panel.releaseBox()->count(), 3, kTimeoutMs);
        QCOMPARE(panel.releaseBox()->itemText(1), u"Neon Nights"_s); // most streamed first
        QCOMPARE(panel.releaseBox()->itemText(2), u"Glass"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.scoreLabel()->text().contains(u"1.00"_s), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(panel.chart()->streamsSeries()->count(), 10, kTimeoutMs);
        QCOMPARE(panel.chart()->streamsSeries()->at(1).y(), 1200.0); // both releases on day 2

        charted.clear();
        panel.releaseBox()->setCurrentIndex(2);
        Q_EMIT panel.releaseBox()->activated(2);
        QTRY_VERIFY_WITH_TIMEOUT(!charted.isEmpty(), kTimeoutMs);
        QCOMPARE(panel.chart()->streamsSeries()->count(), 5); // Glass: every other day
        QCOMPARE(panel.chart()->streamsSeries()->at(0).y(), 200.0);
        QVERIFY(panel.chart()
                    ->toolTipNear(panel.chart()->streamsSeries()->at(0).x())
                    .contains(u"200"_s));

        panel.releaseBox()->setCurrentIndex(1);
        Q_EMIT panel.releaseBox()->activated(1);
        QTRY_COMPARE_WITH_TIMEOUT(panel.chart()->streamsSeries()->count(), 10, kTimeoutMs);
        panel.resize(900, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QPixmap shot = panel.grab();
        QCOMPARE(shot.size(), QSize(900, 420));
        const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + u"/performance-panel.png"_s));
    }

    void unreadableReportSaysWhy()
    {
        PerformancePanel panel(&m_studio->evolution(), m_artistId);
        panel.importReport(m_env->path(u"missing.csv"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel.banner()->text().contains(u"missing.csv"_s), kTimeoutMs);
        QVERIFY(panel.banner()->text().contains(u"could not be imported"_s));
    }

    void closingWhileLoadingIsSafe()
    {
        auto panel = std::make_unique<PerformancePanel>(&m_studio->evolution(), m_artistId);
        panel->reload();
        panel.reset(); // the answers arrive after the panel is gone
        QTest::qWait(200);
    }

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
    QString m_artistId;
};

QTEST_MAIN(TstPerformancePanel)
#include "tst_performancepanel.moc"
