// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace RouteDeck::WorkerThread {

// Heavy work (file reads, parses, synced appends) off the GUI thread: `work` runs on the global thread
// pool with the inputs it captured by value, and `then(result)` runs on `context`'s thread once it is
// done, the result moved out, not copied. When `context` is gone by then, the work still completes (an
// audit entry is still written) and `then` is dropped.
template<typename Work, typename Then>
void run(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        then(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The same when a newer request replaces an older one ("latest request wins"): `then` runs only for the
// newest call that shares `generation`, which must be a member of `context` (it is read when the work
// is done, and the continuation never runs once `context` is being destroyed).
template<typename Work, typename Then>
void runLatest(QObject *context, quint64 &generation, Work work, Then then)
{
    const quint64 mine = ++generation;
    run(context, std::move(work), [&generation, mine, then = std::move(then)](auto &&result) mutable {
        if (mine == generation)
            then(std::forward<decltype(result)>(result));
    });
}

} // namespace RouteDeck::WorkerThread
