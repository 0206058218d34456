// whenReady: the continuation a widget attaches to a service's future. It must run on the
// widget's thread, report cancellation, and never run once the widget is gone (Qt 6.4's
// then(context, f) asserts there, which crashed the Trends pane test under ASan).
#include "util/whenready.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

class TestWhenReady : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversTheResultOnTheContextThread()
    {
        QObject context;
        QPromise<int> promise;
        int got = 0;
        QThread *calledOn = nullptr;
        whenReady(promise.future(), &context, [&](int value) {
            got = value;
            calledOn = QThread::currentThread();
        });
        std::unique_ptr<QThread> worker(QThread::create([&promise] {
            promise.start();
            promise.addResult(42);
            promise.finish();
        }));
        worker->start();
        QTRY_COMPARE(got, 42);
        QCOMPARE(calledOn, QThread::currentThread());
        worker->wait();
    }

    void reportsCancellation()
    {
        QObject context;
        QPromise<int> promise;
        bool result = false;
        bool cancelled = false;
        whenReady(
            promise.future(), &context, [&](int) { result = true; }, [&] { cancelled = true; });
        promise.start();
        promise.future().cancel();
        promise.finish();
        QTRY_VERIFY(cancelled);
        QVERIFY(!result);
    }

    void neverCallsAContextThatIsGone()
    {
        auto context = std::make_unique<QObject>();
        QPromise<int> promise;
        promise.start();
        bool called = false;
        whenReady(promise.future(), context.get(), [&](int) { called = true; });
        context.reset(); // the pane closed while its query still runs
        promise.addResult(7);
        promise.finish();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void voidFutures()
    {
        QObject context;
        QPromise<void> promise;
        bool called = false;
        whenReady(promise.future(), &context, [&] { called = true; });
        promise.start();
        promise.finish();
        QTRY_VERIFY(called);
    }
};

QTEST_GUILESS_MAIN(TestWhenReady)
#include "tst_whenready.moc"
