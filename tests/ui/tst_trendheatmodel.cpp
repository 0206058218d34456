#include "heatcelldelegate.h"
#include "trendheatmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The country x feature heat table: values as the user reads them, z-scores per column that
// colour the cells, tooltips with the value and sample size.
class TstTrendHeatModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellsCarryValuesZScoresAndTooltips();
    void coloursDivergeAroundTheMean();
};

namespace {
TrendPoint point(double mean, qint64 sampleSize)
{
    TrendPoint p;
    p.period = QDate(2024, 5, 6);
    p.mean = mean;
    p.sampleSize = sampleSize;
    return p;
}
} // namespace

void TstTrendHeatModel::cellsCarryValuesZScoresAndTooltips()
{
    TrendHeatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({
        {QStringLiteral("DE"),
         QStringLiteral("Germany"),
         {{TrendFeature::Tempo, point(126, 200)}, {TrendFeature::Energy, point(0.7, 200)}}},
        {QStringLiteral("FR"), QStringLiteral("France"), {{TrendFeature::Tempo, point(118, 150)}}},
        {QStringLiteral("BR"), QStringLiteral("Brazil"), {{TrendFeature::Tempo, point(110, 90)}}},
    });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 8);
    const int tempo = TrendHeatModel::columnOf(TrendFeature::Tempo);
    const int energy = TrendHeatModel::columnOf(TrendFeature::Energy);
    QCOMPARE(model.headerData(tempo, Qt::Horizontal).toString(), QStringLiteral("Tempo (BPM)"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Germany (DE)"));
    QCOMPARE(model.index(0, tempo).data().toString(), QStringLiteral("126.0"));
    QCOMPARE(model.index(0, energy).data().toString(), QStringLiteral("0.70"));
    QCOMPARE(model.index(1, energy).data().toString(), QStringLiteral("–")); // no data
    QVERIFY(!model.index(1, energy).data(TrendHeatModel::ZScoreRole).isValid());
    // Mean 118, sd 8: DE is one sd above, FR at the mean, BR one below.
    QCOMPARE(model.index(0, tempo).data(TrendHeatModel::ZScoreRole).toDouble(), 1.0);
    QCOMPARE(model.index(1, tempo).data(TrendHeatModel::ZScoreRole).toDouble(), 0.0);
    QCOMPARE(model.index(2, tempo).data(TrendHeatModel::ZScoreRole).toDouble(), -1.0);
    // A column with one country has nothing to compare with.
    QVERIFY(!model.index(0, energy).data(TrendHeatModel::ZScoreRole).isValid());
    const QString tip = model.index(2, tempo).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("BR · Tempo: 110.0 BPM")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Sample size: 90 chart entries")));
    QVERIFY(tip.contains(QStringLiteral("-1.0 standard deviations from the mean of 3 countries")));
    QCOMPARE(model.index(2, tempo).data(TrendHeatModel::SampleSizeRole).toLongLong(), 90);
}

void TstTrendHeatModel::coloursDivergeAroundTheMean()
{
    QCOMPARE(HeatCellDelegate::colorFor(0), QColor(Qt::white));
    const QColor above = HeatCellDelegate::colorFor(2.5);
    const QColor below = HeatCellDelegate::colorFor(-2.5);
    QVERIFY(above.red() > above.blue());            // warm above
    QVERIFY(below.blue() > below.red());            // cool below
    QCOMPARE(HeatCellDelegate::colorFor(5), above); // saturates
    // Halfway is lighter than saturated.
    QVERIFY(HeatCellDelegate::colorFor(1).lightness() > above.lightness());
}

QTEST_MAIN(TstTrendHeatModel)
#include "tst_trendheatmodel.moc"
