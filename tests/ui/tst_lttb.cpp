#include "lttb.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

// LTTB keeps what a reader of the chart would miss: the first and last points, both extremes
// and the peaks, and returns exactly the number of points asked for.
class TstLttb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortInputIsUnchanged();
    void keepsEndsExtremesAndCount_data();
    void keepsEndsExtremesAndCount();
    void keepsAnIsolatedSpike();
    void straightLineKeepsOrder();
};

namespace {
QList<QPointF> noisyWalk(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    double y = 100;
    for (int i = 0; i < n; ++i) {
        y += random.generateDouble() - 0.5;
        points.append(QPointF(i * 7.0, y));
    }
    return points;
}
} // namespace

void TstLttb::shortInputIsUnchanged()
{
    const QList<QPointF> points = noisyWalk(10, 1);
    QCOMPARE(Lttb::downsample(points, 10), points);
    QCOMPARE(Lttb::downsample(points, 50), points);
    QCOMPARE(Lttb::downsample(points, 2), points); // below 3 there is nothing to choose
    QCOMPARE(Lttb::downsample({}, 10), QList<QPointF>());
}

void TstLttb::keepsEndsExtremesAndCount_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("520 weeks to 100") << 520 << 100 << 7u;
    QTest::newRow("10 years daily to 800") << 3650 << 800 << 11u;
    QTest::newRow("odd sizes") << 1001 << 37 << 3u;
    QTest::newRow("threshold 4") << 500 << 4 << 5u;
    QTest::newRow("one fewer") << 200 << 199 << 9u;
}

void TstLttb::keepsEndsExtremesAndCount()
{
    QFETCH(int, size);
    QFETCH(int, threshold);
    QFETCH(quint32, seed);
    const QList<QPointF> points = noisyWalk(size, seed);
    const QList<QPointF> drawn = Lttb::downsample(points, threshold);
    QCOMPARE(drawn.size(), qsizetype(threshold));
    QCOMPARE(drawn.first(), points.first());
    QCOMPARE(drawn.last(), points.last());
    auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(std::min_element(drawn.cbegin(), drawn.cend(), byY)->y(),
             std::min_element(points.cbegin(), points.cend(), byY)->y());
    QCOMPARE(std::max_element(drawn.cbegin(), drawn.cend(), byY)->y(),
             std::max_element(points.cbegin(), points.cend(), byY)->y());
    // A subset of the input, still in ascending x.
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        QVERIFY(points.contains(drawn[i]));
        if (i > 0)
            QVERIFY(drawn[i].x() > drawn[i - 1].x());
    }
}

void TstLttb::keepsAnIsolatedSpike()
{
    // A flat line with one spike up and, later, a smaller one down: plain decimation to 50 of 1000
    // points would skip both (they are not on a multiple of 20).
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points.append(QPointF(i, 10.0));
    points[333].setY(50.0);
    points[667].setY(5.0);
    points[500].setY(30.0); // a second peak, not the global maximum
    const QList<QPointF> drawn = Lttb::downsample(points, 50);
    QCOMPARE(drawn.size(), 50);
    QVERIFY(drawn.contains(QPointF(333, 50.0)));
    QVERIFY(drawn.contains(QPointF(667, 5.0)));
    QVERIFY(drawn.contains(QPointF(500, 30.0))); // the triangle rule itself keeps it
}

void TstLttb::straightLineKeepsOrder()
{
    QList<QPointF> points;
    for (int i = 0; i < 300; ++i)
        points.append(QPointF(i, 2.0 * i));
    const QList<qsizetype> kept = Lttb::select(points, 30);
    QCOMPARE(kept.size(), 30);
    QVERIFY(std::is_sorted(kept.cbegin(), kept.cend()));
    QCOMPARE(kept.first(), 0);
    QCOMPARE(kept.last(), 299);
}

QTEST_GUILESS_MAIN(TstLttb)
#include "tst_lttb.moc"
