#include "services/taskregistry.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

class TstTaskRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addUpdateFinish();
    void progressIsClampedAndBusyStaysBusy_data();
    void progressIsClampedAndBusyStaysBusy();
    void cancelCallsCallback();
    void cancelUnknownOrNotCancellable();
    void signalsArriveOnRegistryThread();
    void trackFutureFollowsProgressAndCancel();
};

void TstTaskRegistry::addUpdateFinish()
{
    TaskRegistry registry;
    QSignalSpy added(&registry, &TaskRegistry::taskAdded);
    QSignalSpy finished(&registry, &TaskRegistry::taskFinished);
    QSignalSpy counted(&registry, &TaskRegistry::countChanged);

    const int a = registry.addTask(QStringLiteral("Creating artist"));
    const int b = registry.addTask(QStringLiteral("Importing"));
    QVERIFY(a != b);
    QCOMPARE(registry.count(), 2);
    QCOMPARE(registry.tasks().at(0).title, QStringLiteral("Creating artist"));
    QCOMPARE(registry.tasks().at(0).progress, TaskRegistry::kBusy);
    QCOMPARE(added.count(), 2);

    registry.setProgress(a, 0.5);
    QCOMPARE(registry.task(a)->progress, 0.5);
    registry.setTitle(b, QStringLiteral("Importing 3 files"));
    QCOMPARE(registry.task(b)->title, QStringLiteral("Importing 3 files"));

    registry.finishTask(a);
    QCOMPARE(registry.count(), 1);
    QVERIFY(!registry.task(a).has_value());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), a);
    QCOMPARE(counted.last().at(0).toInt(), 1);

    registry.finishTask(a); // twice: harmless, no signal
    QCOMPARE(finished.count(), 1);
}

void TstTaskRegistry::progressIsClampedAndBusyStaysBusy_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("expected");
    QTest::newRow("half") << 0.5 << 0.5;
    QTest::newRow("above one") << 3.0 << 1.0;
    QTest::newRow("busy") << TaskRegistry::kBusy << TaskRegistry::kBusy;
    QTest::newRow("negative means busy") << -0.2 << TaskRegistry::kBusy;
}

void TstTaskRegistry::progressIsClampedAndBusyStaysBusy()
{
    QFETCH(double, input);
    QFETCH(double, expected);
    TaskRegistry registry;
    const int id = registry.addTask(QStringLiteral("x"));
    registry.setProgress(id, 0.25);
    registry.setProgress(id, input);
    QCOMPARE(registry.task(id)->progress, expected);
}

void TstTaskRegistry::cancelCallsCallback()
{
    TaskRegistry registry;
    bool cancelled = false;
    const int id = registry.addTask(QStringLiteral("x"), [&] { cancelled = true; });
    QVERIFY(registry.task(id)->cancellable);
    QVERIFY(registry.cancelTask(id));
    QVERIFY(cancelled);
    QVERIFY(registry.task(id)->cancelRequested);
    QCOMPARE(registry.count(), 1); // the task itself decides when it has stopped
}

void TstTaskRegistry::cancelUnknownOrNotCancellable()
{
    TaskRegistry registry;
    const int id = registry.addTask(QStringLiteral("x"));
    QVERIFY(!registry.cancelTask(id));
    QVERIFY(!registry.cancelTask(12345));
}

void TstTaskRegistry::signalsArriveOnRegistryThread()
{
    TaskRegistry registry;
    QThread *signalThread = nullptr;
    QList<int> order;
    connect(&registry, &TaskRegistry::taskAdded, this, [&](int id) {
        signalThread = QThread::currentThread();
        order.append(id);
    });
    connect(&registry, &TaskRegistry::taskFinished, this, [&](int id) { order.append(-id); });

    QFuture<void> worker = QtConcurrent::run([&registry] {
        const int id = registry.addTask(QStringLiteral("from a worker"));
        for (int i = 0; i <= 100; ++i)
            registry.setProgress(id, i / 100.0);
        registry.finishTask(id);
    });
    worker.waitForFinished();
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(signalThread, QThread::currentThread());
    QCOMPARE(order.at(1), -order.at(0)); // added before finished
    QCOMPARE(registry.count(), 0);
}

void TstTaskRegistry::trackFutureFollowsProgressAndCancel()
{
    TaskRegistry registry;
    QSignalSpy progress(&registry, &TaskRegistry::taskProgressChanged);
    QSignalSpy finished(&registry, &TaskRegistry::taskFinished);

    std::atomic_bool release = false;
    QFuture<void> future = QtConcurrent::run([&release](QPromise<void> &promise) {
        promise.setProgressRange(0, 10);
        promise.setProgressValue(5);
        while (!release && !promise.isCanceled())
            QThread::msleep(2);
    });
    const int id = registry.trackFuture(QStringLiteral("Long job"), future);
    QVERIFY(registry.task(id)->cancellable);
    QTRY_VERIFY(!progress.isEmpty());
    QCOMPARE(registry.task(id)->progress, 0.5);

    QVERIFY(registry.cancelTask(id));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(future.isCanceled());
    QCOMPARE(registry.count(), 0);
}

QTEST_GUILESS_MAIN(TstTaskRegistry)
#include "tst_taskregistry.moc"
