#include "waveformview.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

namespace {
constexpr int kWidth = 500;
constexpr int kHeight = 200;

// 10 s at a 1 kHz "sample rate", one level of 10 frames per column (100 columns a second):
// silent for the first half, loud (peaks ±0.8, RMS 0.5) for the second.
Analysis halfLoud()
{
    Analysis a;
    a.durationS = 10;
    a.sampleRate = 1000;
    WaveformLevel level;
    level.framesPerColumn = 10;
    for (int c = 0; c < 1000; ++c) {
        const bool loud = c >= 500;
        level.min.append(loud ? -0.8f : 0.0f);
        level.max.append(loud ? 0.8f : 0.0f);
        level.rms.append(loud ? 0.5f : 0.0f);
    }
    a.waveform = {level};
    return a;
}

Analysis withBeats()
{
    Analysis a;
    a.durationS = 10;
    a.sampleRate = 1000;
    for (int beat = 1; beat < 10; ++beat)
        a.beats.append(beat); // downbeats (every 4th from the first): 1 s, 5 s, 9 s
    return a;
}

QImage render(WaveformView &view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
           std::abs(qBlue(a) - qBlue(b));
}
} // namespace

class TstWaveformView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsColumnsWhereTheSignalIsLoud();
    void beatLinesAtTheirTime_data();
    void beatLinesAtTheirTime();
    void downbeatsAreStronger();
    void sectionsAreBandedAndPeakHighlighted();
    void ctrlWheelZoomsAroundTheMouse();
    void wheelScrollsWhenZoomedIn();
    void clickEmitsThePosition();
    void emptyAnalysisClearsTheView();
};

void TstWaveformView::drawsColumnsWhereTheSignalIsLoud()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(halfLoud());
    const QImage image = render(view);
    const QRect wave = view.waveRect();
    const QRgb background = image.pixel(100, wave.top() + 5);
    auto inked = [&](int x) {
        int count = 0;
        for (int y = wave.top(); y <= wave.bottom(); ++y)
            count += distance(image.pixel(x, y), background) > 60 ? 1 : 0;
        return count;
    };
    // Silent half: only the centre line and the loudness curve at its floor.
    QVERIFY2(inked(100) <= 4, qPrintable(QString::number(inked(100))));
    QVERIFY2(inked(150) <= 4, qPrintable(QString::number(inked(150))));
    // Loud half: ±0.8 of the height is ink.
    QVERIFY2(inked(400) >= wave.height() * 0.7, qPrintable(QString::number(inked(400))));
    QVERIFY(inked(300) >= wave.height() * 0.7);
    // The peak colour reaches 0.8 of the half-height above the centre, not beyond.
    const int mid = wave.top() + wave.height() / 2;
    const int half = wave.height() / 2 - 1;
    QCOMPARE(image.pixel(400, mid - int(0.65 * half)), view.waveColor().rgb());
    QVERIFY(distance(image.pixel(400, mid - int(0.9 * half)), background) < 60);
}

void TstWaveformView::beatLinesAtTheirTime_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("beat");
    QTest::addColumn<int>("x");
    QTest::newRow("whole track") << 0.0 << 10.0 << 3.0 << 150;
    QTest::newRow("zoomed 2..7 s") << 2.0 << 5.0 << 3.0 << 100;
    QTest::newRow("zoomed 6..8 s") << 6.0 << 2.0 << 7.0 << 250;
}

void TstWaveformView::beatLinesAtTheirTime()
{
    QFETCH(double, start);
    QFETCH(double, span);
    QFETCH(double, beat);
    QFETCH(int, x);
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(withBeats());
    view.setVisibleRange(start, span);
    QCOMPARE(view.visibleStart(), start);
    QCOMPARE(view.visibleSpan(), span);
    QCOMPARE(qRound(view.xForTime(beat)), x);
    const QImage image = render(view);
    const int y = view.waveRect().top() + view.waveRect().height() / 4;
    const QRgb background = image.pixel(x - 10, y);
    QVERIFY(distance(image.pixel(x, y), background) > 20);
    QCOMPARE(image.pixel(x - 2, y), background);
    QCOMPARE(image.pixel(x + 2, y), background);
}

void TstWaveformView::downbeatsAreStronger()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(withBeats());
    const QImage image = render(view);
    const int y = view.waveRect().top() + view.waveRect().height() / 4;
    const QRgb background = image.pixel(120, y);
    const int downbeat = distance(image.pixel(250, y), background); // 5 s
    const int beat = distance(image.pixel(300, y), background);     // 6 s
    QVERIFY2(downbeat > beat, qPrintable(QStringLiteral("%1 vs %2").arg(downbeat).arg(beat)));
}

void TstWaveformView::sectionsAreBandedAndPeakHighlighted()
{
    Analysis a = withBeats();
    a.beats.clear();
    a.sections = {{0, 4, QStringLiteral("A"), 0.4}, {4, 10, QStringLiteral("B"), 1.0}};
    a.mostEnergeticSection = 1;
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(a);
    const QImage image = render(view);
    // Label strip: each section has its own colour tab.
    const int labelY = 2;
    const QRgb tabA = image.pixel(150, labelY);
    const QRgb tabB = image.pixel(400, labelY);
    QVERIFY(distance(tabA, tabB) > 30);
    // In the waveform area the most energetic band is tinted more than the other one.
    WaveformView plain;
    plain.resize(kWidth, kHeight);
    Analysis none = a;
    none.sections.clear();
    plain.setAnalysis(none);
    const QImage blank = render(plain);
    const int y = view.waveRect().top() + 10;
    const int tintA = distance(image.pixel(150, y), blank.pixel(150, y));
    const int tintB = distance(image.pixel(400, y), blank.pixel(400, y));
    QVERIFY(tintA > 0);
    QVERIFY2(tintB > tintA, qPrintable(QStringLiteral("%1 vs %2").arg(tintB).arg(tintA)));
    // A boundary line at 4 s.
    QVERIFY(distance(image.pixel(200, y), image.pixel(203, y)) > 10);
}

void TstWaveformView::ctrlWheelZoomsAroundTheMouse()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(halfLoud());
    QSignalSpy range(&view, &WaveformView::visibleRangeChanged);
    const QPointF at(100, 100); // 2 s
    QWheelEvent zoomIn(at, view.mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &zoomIn);
    QVERIFY(zoomIn.isAccepted());
    QCOMPARE(range.count(), 1);
    QVERIFY(view.visibleSpan() < 10.0 * 0.8);
    // What was under the mouse stays under it.
    QVERIFY(std::abs(view.timeForX(100) - 2.0) < 1e-9);

    QWheelEvent zoomOut(at, view.mapToGlobal(at), {}, QPoint(0, -2400), Qt::NoButton,
                        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &zoomOut);
    QCOMPARE(view.visibleSpan(), 10.0);
    QCOMPARE(view.visibleStart(), 0.0);
}

void TstWaveformView::wheelScrollsWhenZoomedIn()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(halfLoud());
    const QPointF at(100, 100);
    // Fully zoomed out, the plain wheel is left to the page.
    QWheelEvent ignored(at, view.mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &ignored);
    QVERIFY(!ignored.isAccepted());

    view.setVisibleRange(2, 2);
    QWheelEvent scroll(at, view.mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &scroll);
    QVERIFY(scroll.isAccepted());
    QVERIFY(view.visibleStart() > 2.0);
    QCOMPARE(view.visibleSpan(), 2.0);
    // Never past the end.
    view.setVisibleRange(9, 2);
    QCOMPARE(view.visibleStart(), 8.0);
}

void TstWaveformView::clickEmitsThePosition()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(halfLoud());
    view.setVisibleRange(4, 2); // 250 px per second
    QSignalSpy clicked(&view, &WaveformView::positionClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(125, 100));
    QCOMPARE(clicked.count(), 1);
    const double seconds = clicked.first().first().toDouble();
    QVERIFY2(std::abs(seconds - 4.5) < 0.005, qPrintable(QString::number(seconds)));
    QCOMPARE(view.position(), seconds);
    // The playhead is drawn there.
    const QImage image = render(view);
    QVERIFY(distance(image.pixel(125, view.waveRect().top() + 20), QColor(0xda, 0x44, 0x53).rgb()) <
            40);
}

void TstWaveformView::emptyAnalysisClearsTheView()
{
    WaveformView view;
    view.resize(kWidth, kHeight);
    view.setAnalysis(halfLoud());
    QVERIFY(view.hasAnalysis());
    view.setAnalysis({});
    QVERIFY(!view.hasAnalysis());
    QSignalSpy clicked(&view, &WaveformView::positionClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(125, 100));
    QCOMPARE(clicked.count(), 0);
}

QTEST_MAIN(TstWaveformView)
#include "tst_waveformview.moc"
