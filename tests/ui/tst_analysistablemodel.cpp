#include "analysisformat.h"
#include "analysistablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
TrackAnalysis track(const QString &path, double bpm, const QString &key, double lufs,
                    double durationS = 180)
{
    TrackAnalysis t;
    t.path = path;
    Analysis a;
    a.durationS = durationS;
    a.bpm = bpm;
    a.bpmConfidence = 0.8;
    a.key = key;
    a.keyConfidence = 0.7;
    a.loudnessLufs = lufs;
    a.truePeakDbtp = -1.0;
    a.energy = 0.6;
    a.danceability = 0.5;
    t.analysis = a;
    return t;
}

TrackAnalysis failed(const QString &path, const QString &error)
{
    TrackAnalysis t;
    t.path = path;
    t.error = error;
    return t;
}
} // namespace

class TstAnalysisTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsRowsAsFilesFinish();
    void updatesOnlyTheFinishedRow();
    void sortsNumerically();
    void showsCorrectedBpmWithMeasuredInToolTip();
    void camelotNotation_data();
    void camelotNotation();
    void camelotSwitchRelabelsKeys();
    void cancelledQueueRowsAreDropped();
    void failedFileShowsItsError();
};

void TstAnalysisTableModel::fillsRowsAsFilesFinish()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTracks({track(QStringLiteral("/music/old.wav"), 100, QStringLiteral("C major"), -10)});
    model.markQueued({QStringLiteral("/music/a.wav"), QStringLiteral("/music/b.wav"),
                      QStringLiteral("/music/a.wav")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.queuedCount(), 2);
    const int rowA = model.rowOfPath(QStringLiteral("/music/a.wav"));
    QCOMPARE(model.index(rowA, AnalysisTableModel::StatusColumn).data().toString(),
             QStringLiteral("Queued"));
    QVERIFY(model.index(rowA, AnalysisTableModel::BpmColumn).data().toString().isEmpty());

    model.upsertTrack(track(QStringLiteral("/music/a.wav"), 128, QStringLiteral("A minor"), -8));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.queuedCount(), 1);
    QCOMPARE(model.index(rowA, AnalysisTableModel::FileColumn).data().toString(),
             QStringLiteral("a.wav"));
    QCOMPARE(model.index(rowA, AnalysisTableModel::BpmColumn).data().toString(),
             AnalysisFormat::bpm(128));
    QCOMPARE(model.index(rowA, AnalysisTableModel::DurationColumn).data().toString(),
             QStringLiteral("3:00"));
    QCOMPARE(model.index(rowA, AnalysisTableModel::KeyColumn).data().toString(),
             QStringLiteral("A minor"));
    QCOMPARE(model.index(rowA, AnalysisTableModel::StatusColumn).data().toString(),
             QStringLiteral("Analyzed"));
    QCOMPARE(model.index(rowA, AnalysisTableModel::FileColumn)
                 .data(AnalysisTableModel::PathRole)
                 .toString(),
             QStringLiteral("/music/a.wav"));

    // A file of a folder (never queued by name) appears as it finishes.
    TrackAnalysis cached = track(QStringLiteral("/music/dir/c.wav"), 90, {}, -12);
    cached.fromCache = true;
    model.upsertTrack(cached);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, AnalysisTableModel::StatusColumn).data().toString(),
             QStringLiteral("Cached"));
}

void TstAnalysisTableModel::updatesOnlyTheFinishedRow()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.markQueued(
        {QStringLiteral("/a.wav"), QStringLiteral("/b.wav"), QStringLiteral("/c.wav")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsertTrack(track(QStringLiteral("/b.wav"), 120, QStringLiteral("D major"), -9));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto from = changed.first().at(0).value<QModelIndex>();
    const auto to = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(from.row(), 1);
    QCOMPARE(to.row(), 1);
}

void TstAnalysisTableModel::sortsNumerically()
{
    AnalysisTableModel model;
    model.setTracks({track(QStringLiteral("/a.wav"), 95, QStringLiteral("C major"), -9.5),
                     track(QStringLiteral("/b.wav"), 128, QStringLiteral("D major"), -14),
                     track(QStringLiteral("/c.wav"), 140, QStringLiteral("E minor"), -6),
                     failed(QStringLiteral("/d.wav"), QStringLiteral("Not audio"))});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AnalysisTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // As text "95.0" would sort after "140.0"; numerically it comes first.
    proxy.sort(AnalysisTableModel::BpmColumn, Qt::AscendingOrder);
    auto fileAt = [&](int row) {
        return proxy.index(row, AnalysisTableModel::FileColumn).data().toString();
    };
    QCOMPARE(fileAt(0), QStringLiteral("a.wav"));
    QCOMPARE(fileAt(1), QStringLiteral("b.wav"));
    QCOMPARE(fileAt(2), QStringLiteral("c.wav"));
    QCOMPARE(fileAt(3), QStringLiteral("d.wav")); // no value: at the end

    proxy.sort(AnalysisTableModel::LufsColumn, Qt::AscendingOrder);
    QCOMPARE(fileAt(0), QStringLiteral("b.wav")); // -14 is the quietest
    QCOMPARE(fileAt(2), QStringLiteral("c.wav"));

    // The sort follows the correction, not the measurement.
    AnalysisCorrection correction;
    correction.bpm = 190.0;
    QVERIFY(model.setCorrection(QStringLiteral("/a.wav"), correction));
    proxy.sort(AnalysisTableModel::BpmColumn, Qt::AscendingOrder);
    QCOMPARE(fileAt(2), QStringLiteral("a.wav"));
}

void TstAnalysisTableModel::showsCorrectedBpmWithMeasuredInToolTip()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTracks({track(QStringLiteral("/a.wav"), 64, QStringLiteral("A minor"), -9)});
    const QModelIndex bpm = model.index(0, AnalysisTableModel::BpmColumn);
    QVERIFY(bpm.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!bpm.data(AnalysisTableModel::CorrectedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    AnalysisCorrection correction;
    correction.bpm = 128.0;
    correction.key = QStringLiteral("C major");
    QVERIFY(model.setCorrection(QStringLiteral("/a.wav"), correction));
    QVERIFY(!model.setCorrection(QStringLiteral("/unknown.wav"), correction));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bpm.data().toString(), AnalysisFormat::bpm(128) + QStringLiteral(" *"));
    QCOMPARE(
        bpm.data(Qt::ToolTipRole).toString(),
        QStringLiteral("%1 (measured %2)").arg(AnalysisFormat::bpm(128), AnalysisFormat::bpm(64)));
    QVERIFY(bpm.data(AnalysisTableModel::CorrectedRole).toBool());
    QVERIFY(bpm.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex key = model.index(0, AnalysisTableModel::KeyColumn);
    QCOMPARE(key.data().toString(), QStringLiteral("C major *"));
    QCOMPARE(key.data(Qt::ToolTipRole).toString(), QStringLiteral("C major (measured A minor)"));

    // Clearing the correction shows the measurement again.
    QVERIFY(model.setCorrection(QStringLiteral("/a.wav"), {}));
    QCOMPARE(bpm.data().toString(), AnalysisFormat::bpm(64));
    QCOMPARE(key.data().toString(), QStringLiteral("A minor"));
}

void TstAnalysisTableModel::camelotNotation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("camelot");
    QTest::newRow("A minor") << QStringLiteral("A minor") << QStringLiteral("8A");
    QTest::newRow("C major") << QStringLiteral("C major") << QStringLiteral("8B");
    QTest::newRow("G major") << QStringLiteral("G major") << QStringLiteral("9B");
    QTest::newRow("E minor") << QStringLiteral("E minor") << QStringLiteral("9A");
    QTest::newRow("B major") << QStringLiteral("B major") << QStringLiteral("1B");
    QTest::newRow("G# minor") << QStringLiteral("G# minor") << QStringLiteral("1A");
    QTest::newRow("F# major") << QStringLiteral("F# major") << QStringLiteral("2B");
    QTest::newRow("Eb minor") << QStringLiteral("Eb minor") << QStringLiteral("2A");
    QTest::newRow("F major") << QStringLiteral("F major") << QStringLiteral("7B");
    QTest::newRow("D minor") << QStringLiteral("D minor") << QStringLiteral("7A");
    QTest::newRow("C# minor") << QStringLiteral("C# minor") << QStringLiteral("12A");
    QTest::newRow("not a key") << QStringLiteral("H dorian") << QString();
}

void TstAnalysisTableModel::camelotNotation()
{
    QFETCH(QString, key);
    QFETCH(QString, camelot);
    QCOMPARE(AnalysisFormat::camelot(key), camelot);
}

void TstAnalysisTableModel::camelotSwitchRelabelsKeys()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTracks({track(QStringLiteral("/a.wav"), 120, QStringLiteral("A minor"), -9),
                     track(QStringLiteral("/b.wav"), 120, QStringLiteral("G major"), -9)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCamelot(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, AnalysisTableModel::KeyColumn).data().toString(), QStringLiteral("8A"));
    QCOMPARE(model.index(1, AnalysisTableModel::KeyColumn).data().toString(), QStringLiteral("9B"));
    QCOMPARE(model.headerData(AnalysisTableModel::KeyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Key (Camelot)"));
    // Camelot sort puts 8A before 9B.
    QVERIFY(model.index(0, AnalysisTableModel::KeyColumn)
                .data(AnalysisTableModel::SortRole)
                .toDouble() < model.index(1, AnalysisTableModel::KeyColumn)
                                  .data(AnalysisTableModel::SortRole)
                                  .toDouble());
    model.setCamelot(false);
    QCOMPARE(model.index(0, AnalysisTableModel::KeyColumn).data().toString(),
             QStringLiteral("A minor"));
}

void TstAnalysisTableModel::cancelledQueueRowsAreDropped()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTracks({track(QStringLiteral("/known.wav"), 120, QStringLiteral("A minor"), -9)});
    model.markQueued(
        {QStringLiteral("/new1.wav"), QStringLiteral("/known.wav"), QStringLiteral("/new2.wav")});
    model.upsertTrack(track(QStringLiteral("/new2.wav"), 100, QStringLiteral("C major"), -9));
    model.dropQueued();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfPath(QStringLiteral("/new1.wav")), -1);
    QCOMPARE(model.rowOfPath(QStringLiteral("/new2.wav")), 1);
    // A file analyzed before keeps its result, no longer marked queued.
    QCOMPARE(model.index(0, AnalysisTableModel::StatusColumn).data().toString(),
             QStringLiteral("Analyzed"));
    QCOMPARE(model.queuedCount(), 0);
}

void TstAnalysisTableModel::failedFileShowsItsError()
{
    AnalysisTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsertTrack(failed(QStringLiteral("/x.mp3"), QStringLiteral("The file is not audio")));
    const QModelIndex status = model.index(0, AnalysisTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("The file is not audio"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("The file is not audio"));
    QCOMPARE(status.data(AnalysisTableModel::StateRole).toInt(),
             int(AnalysisTableModel::State::Failed));
    QVERIFY(model.index(0, AnalysisTableModel::BpmColumn).data().toString().isEmpty());
}

QTEST_MAIN(TstAnalysisTableModel)
#include "tst_analysistablemodel.moc"
