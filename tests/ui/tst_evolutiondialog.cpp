// The Evolution dialog on the real services and a temporary data dir: an artist created through
// ArtistService, DE/FR/GB chart data imported, and what the operator sees: a bar per target
// segment, a proposed plan with reasons, applying it (a new version, the plan marked applied,
// a longer timeline) and rejecting one.
#include "artisttimelineview.h"
#include "compatibilitychartview.h"
#include "evolutiondialog.h"
#include "evolutionplanview.h"
#include "messagebanner.h"
#include "services/evolutionservice.h"
#include "services/studio.h"
#include "storage/dbconnection.h"
#include "testenvironment.h"
#include "trends/chartcsvimporter.h"

#include <QBuffer>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 60000;

template<typename T> T await(QFuture<T> future)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.result();
}

const QDateTime kNow(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC);

// 20 weeks of charts up to 2024-05-13 in DE, FR and GB: synthwave and pop that are faster and
// more energetic than a freshly created artist, and getting faster.
QByteArray chartCsv()
{
    QByteArray csv = "country,date,streams,genre,tempo,key,mode,energy,valence\n";
    const char *countries[] = {"DE", "FR", "GB"};
    for (int week = 0; week < 20; ++week) {
        const QByteArray date =
            QDate(2024, 1, 1).addDays(7 * week).toString(Qt::ISODate).toLatin1();
        for (int c = 0; c < 3; ++c) {
            const QByteArray country(countries[c]);
            const QByteArray tempo = QByteArray::number(138 + 2 * c + 0.4 * week);
            for (int i = 0; i < 3; ++i)
                csv += country + ',' + date + ",1000,synthwave," + tempo + ",9,0,0.88,0.35\n";
            csv += country + ',' + date + ",800,pop,124,0,1,0.7,0.6\n";
        }
    }
    return csv;
}
} // namespace

class TstEvolutionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void barsForTheTargetCountries();
    void proposeShowsDirectivesWithReasons();
    void applyCreatesAVersionAndMarksThePlanApplied();
    void rejectMarksThePlanRejected();
    void rendersEvolutionDialog();

private:
    std::unique_ptr<EvolutionDialog> makeDialog();
    void proposeIn(EvolutionDialog &dialog);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<EvolutionService> m_evolution;
    Artist m_artist;
};

void TstEvolutionDialog::init()
{
    m_env = std::make_unique<TestEnvironment>();
    Result<std::unique_ptr<Studio>> studio = Studio::open({m_env->dataDir(), false});
    QVERIFY2(studio.ok(), studio.ok() ? "" : qPrintable(studio.error().message));
    m_studio = std::move(studio.value());
    {
        DbConnection connection(*m_studio->database());
        QByteArray data = chartCsv();
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ImportOptions options;
        options.label = u"charts"_s;
        auto report = ChartCsvImporter(connection.database()).importDevice(&buffer, options);
        QVERIFY(report.ok() && report->committed);
    }
    EvolutionService::Options options;
    options.now = kNow;
    m_evolution =
        std::make_unique<EvolutionService>(m_studio->database(), &m_studio->artists(), options);

    ArtistBrief brief;
    brief.genre = u"synthwave"_s;
    brief.country = u"DE"_s;
    brief.seed = 7;
    const Result<CreatedArtist> created =
        await(m_studio->artists().createArtist(brief, u"local"_s));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_artist = created.value().artist;
    // Targets three markets, so the chart has something to compare.
    m_artist.audience.targetCountries = {u"DE"_s, u"FR"_s, u"GB"_s};
    const Result<Artist> saved = await(m_studio->artists().saveArtist(m_artist, u"targets"_s));
    QVERIFY(saved.ok());
    m_artist = saved.value();
}

void TstEvolutionDialog::cleanup()
{
    m_evolution.reset();
    m_studio.reset();
    m_env.reset();
}

std::unique_ptr<EvolutionDialog> TstEvolutionDialog::makeDialog()
{
    auto dialog = std::make_unique<EvolutionDialog>(m_evolution.get(), &m_studio->artists(),
                                                    m_artist.id, m_artist.identity.stageName);
    QDeadlineTimer deadline(kTimeoutMs);
    while (dialog->isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (dialog->isBusy())
        qFatal("the dialog stayed busy");
    return dialog;
}

void TstEvolutionDialog::proposeIn(EvolutionDialog &dialog)
{
    QVERIFY(dialog.proposeButton()->isEnabled());
    dialog.proposeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.shownPlanId() > 0, kTimeoutMs);
}

void TstEvolutionDialog::barsForTheTargetCountries()
{
    auto dialog = makeDialog();
    const QStringList labels = dialog->compatibilityChart()->labels();
    const QList<double> scores = dialog->compatibilityChart()->scores();
    QVERIFY2(!labels.isEmpty(), "no bars");
    for (const QString &country : {u"DE"_s, u"FR"_s, u"GB"_s}) {
        const bool found = std::any_of(labels.cbegin(), labels.cend(),
                                       [&](const QString &l) { return l.startsWith(country); });
        QVERIFY2(found, qPrintable(country + u" missing from "_s + labels.join(u", ")));
    }
    for (qsizetype i = 0; i < scores.size(); ++i) {
        QVERIFY(scores[i] >= 0 && scores[i] <= 1);
        if (i > 0)
            QVERIFY(scores[i - 1] >= scores[i]); // best first
    }
    // The tooltip explains the score by its parts.
    const QString tip = dialog->compatibilityChart()->toolTipAt(0);
    for (const char *part : {"Genre", "Tempo", "Energy", "Mood", "Key"})
        QVERIFY2(tip.contains(QLatin1String(part)), qPrintable(tip));
    QVERIFY(dialog->overallLabel()->text().contains(u"Overall compatibility"_s));
    // The timeline has a point per version so far (created, then targets saved).
    QCOMPARE(dialog->timeline()->series(ArtistTimelineView::Energy)->count(), 2);
}

void TstEvolutionDialog::proposeShowsDirectivesWithReasons()
{
    auto dialog = makeDialog();
    QVERIFY(!dialog->applyButton()->isEnabled());
    proposeIn(*dialog);
    if (QTest::currentTestFailed())
        return;
    QTableWidget *table = dialog->planView()->table();
    QVERIFY(table->rowCount() > 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, EvolutionPlanView::FieldColumn)->text().isEmpty());
        QVERIFY(!table->item(row, EvolutionPlanView::ReasonColumn)->text().isEmpty());
        QVERIFY(!table->item(row, EvolutionPlanView::ProposedColumn)->text().isEmpty());
    }
    QVERIFY(dialog->planView()->totalsText().contains(u"compatibility"_s));
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(dialog->rejectButton()->isEnabled());
    QCOMPARE(dialog->planHistory()->topLevelItemCount(), 1);
    QCOMPARE(dialog->planHistory()->topLevelItem(0)->text(2), u"Proposed"_s);
}

void TstEvolutionDialog::applyCreatesAVersionAndMarksThePlanApplied()
{
    auto dialog = makeDialog();
    dialog->show();
    proposeIn(*dialog);
    if (QTest::currentTestFailed())
        return;
    const qint64 planId = dialog->shownPlanId();
    const int versionBefore = m_artist.version;

    // Apply asks first; the box applies on its Apply button.
    dialog->applyButton()->click();
    auto *box = dialog->findChild<QMessageBox *>(u"applyConfirmation"_s);
    QVERIFY(box);
    QPushButton *apply = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            apply = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(apply);
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->plans().isEmpty() &&
                                 dialog->plans().constFirst().status == PlanStatus::Applied,
                             kTimeoutMs);

    const Result<Artist> stored = await(m_studio->artists().loadArtist(m_artist.id));
    QVERIFY(stored.ok());
    QCOMPARE(stored->version, versionBefore + 1);
    QCOMPARE(dialog->plans().constFirst().id, planId);
    QCOMPARE(dialog->plans().constFirst().appliedVersion, versionBefore + 1);
    QCOMPARE(dialog->planHistory()->topLevelItem(0)->text(2), u"Applied"_s);
    QVERIFY(!dialog->applyButton()->isEnabled()); // decided plans are not applied twice
    QVERIFY(dialog->banner()->text().contains(u"version %1"_s.arg(versionBefore + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->timeline()->series(ArtistTimelineView::Energy)->count(), 3,
                              kTimeoutMs);
}

void TstEvolutionDialog::rejectMarksThePlanRejected()
{
    auto dialog = makeDialog();
    proposeIn(*dialog);
    if (QTest::currentTestFailed())
        return;
    const qint64 planId = dialog->shownPlanId();
    dialog->rejectButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->plans().isEmpty() &&
                                 dialog->plans().constFirst().status == PlanStatus::Rejected,
                             kTimeoutMs);
    QCOMPARE(dialog->plans().constFirst().id, planId);
    QCOMPARE(dialog->planHistory()->topLevelItem(0)->text(2), u"Rejected"_s);
    QVERIFY(!dialog->rejectButton()->isEnabled());
    const Result<Artist> stored = await(m_studio->artists().loadArtist(m_artist.id));
    QCOMPARE(stored->version, m_artist.version); // the artist is untouched
}

// Renders the dialog with a proposed plan; with ARTIST_STUDIO_SCREENSHOT_DIR set the picture
// is saved as evolution-dialog.png for docs/screenshots.
void TstEvolutionDialog::rendersEvolutionDialog()
{
    auto dialog = makeDialog();
    // A history worth drawing: one applied plan, then a fresh proposal.
    proposeIn(*dialog);
    if (QTest::currentTestFailed())
        return;
    dialog->applyShownPlan();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() &&
                                 dialog->plans().constFirst().status == PlanStatus::Applied,
                             kTimeoutMs);
    const qint64 applied = dialog->shownPlanId();
    proposeIn(*dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(dialog->shownPlanId() != applied, kTimeoutMs);
    dialog->resize(1180, 820);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCoreApplication::processEvents();
    const QPixmap shot = dialog->grab();
    QCOMPARE(shot.size(), QSize(1180, 820));
    const QString dir = qEnvironmentVariable("ARTIST_STUDIO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + u"/evolution-dialog.png"_s));
}

QTEST_MAIN(TstEvolutionDialog)
#include "tst_evolutiondialog.moc"
