#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

// Calls onResult(result) in context's thread once future has a result, or onCanceled() if it
// was cancelled without one, and never after context is destroyed. Qt 6.4's
// QFuture::then(context, f) asserts when context dies first (a widget closed while its query
// still runs); a watcher owned by context goes away with it instead.
template<typename T, typename OnResult, typename OnCanceled>
void whenReady(const QFuture<T> &future, QObject *context, OnResult &&onResult,
               OnCanceled &&onCanceled)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, onResult = std::forward<OnResult>(onResult),
                      onCanceled = std::forward<OnCanceled>(onCanceled)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if constexpr (std::is_void_v<T>) {
                             if (done.isCanceled())
                                 onCanceled();
                             else
                                 onResult();
                         } else {
                             if (done.resultCount() > 0)
                                 onResult(done.result());
                             else
                                 onCanceled();
                         }
                     });
    watcher->setFuture(future);
}

// As above; like then(), a cancelled future calls nothing.
template<typename T, typename OnResult>
void whenReady(const QFuture<T> &future, QObject *context, OnResult &&onResult)
{
    whenReady(future, context, std::forward<OnResult>(onResult), [] {});
}
