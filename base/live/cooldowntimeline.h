// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seriesstore.h"
#include "snapshot.h"

#include <QHash>

#include <limits>
#include <optional>

namespace RouteDeck {

// Why a deployment was taken out of rotation, from the exception_status that cooled it.
// LiteLLM cools at once on 429 and on non-retryable 401/403/404; other statuses (5xx, 408...)
// cool it when the minute's failure rate passes its threshold.
enum class CooldownReasonKind { None, RateLimit, Auth, ServerError, FailureRate, Unknown };

struct CooldownInterval
{
    qint64 from = 0;
    qint64 to = 0;
    CooldownState state = CooldownState::Unknown; // Unknown: no data in this interval
    int reasonCode = 0; // exception_status while partial or cooling, 0 when unknown

    qint64 length() const { return to - from; }
    friend bool operator==(const CooldownInterval &, const CooldownInterval &) = default;
};

// Turns the state/<id> (0 healthy, 1 partial, 2 cooling) and cooldown.reason/<id> series into
// intervals for the cooldown strip and for "cooling since".
class CooldownTimeline
{
public:
    static CooldownReasonKind reasonKind(int code);
    static QString reasonKindName(CooldownReasonKind kind); // "429 rate limit", "5xx server error"...
    static QString reasonText(int code); // "429", or "reason unknown" for 0
    static CooldownState stateFromValue(double value); // NaN or out of range -> Unknown

    // Intervals covering [from, to] in time order, adjacent ones of equal state and reason merged.
    // A point's state holds until the next point, but at most holdMsecs; beyond that (and before the
    // first point) the state is Unknown. holdMsecs <= 0 means three times the median spacing of the
    // points (at least one second); points older than sparseBefore come from the store's buckets
    // (SeriesStore) and hold for three times their own spacing instead.
    static QList<CooldownInterval> intervals(const QList<SeriesPoint> &state, const QList<SeriesPoint> &reasons,
                                             qint64 from, qint64 to, qint64 holdMsecs = 0,
                                             qint64 sparseBefore = std::numeric_limits<qint64>::min());
    // The same from a store's state/<id> and cooldown.reason/<id> series.
    static QList<CooldownInterval> intervals(const SeriesStore &store, const QString &id, qint64 from, qint64 to,
                                             qint64 holdMsecs = 0);

    // When the latest run of the last point's state began: the first point of that run, walking
    // back until another state, a NaN or a hole longer than the hold. nullopt without points.
    static std::optional<qint64> stateSince(const QList<SeriesPoint> &state, qint64 holdMsecs = 0,
                                            qint64 sparseBefore = std::numeric_limits<qint64>::min());
    static std::optional<qint64> stateSince(const SeriesStore &store, const QString &id, qint64 holdMsecs = 0);
    // The same as the store held it at `at` (a snapshot's time, a replayed moment included), and only
    // when its state there is `state`: history that disagrees with the snapshot says nothing.
    static std::optional<qint64> stateSinceAt(const SeriesStore &store, const QString &id, CooldownState state, qint64 at);
    // The same from the history up to `at` already read (`sparseBefore` as bucketedBefore() says).
    static std::optional<qint64> stateSinceIn(const QList<SeriesPoint> &history, CooldownState state,
                                              qint64 sparseBefore);
    // Where a store's state series turns from raw points into buckets (SeriesStore::Retention::rawMsecs).
    static qint64 bucketedBefore(const SeriesStore &store, const QString &key);

    static qint64 inferredHold(const QList<SeriesPoint> &points);

private:
    struct Hold
    {
        qint64 msecs = 0;
        bool fixed = false; // the caller's holdMsecs, not inferred from the points
        qint64 sparseBefore = std::numeric_limits<qint64>::min();
    };
    static Hold holdFor(const QList<SeriesPoint> &state, qint64 holdMsecs, qint64 sparseBefore);
    // How long point i's state holds: a fixed hold as it is; an inferred one, or three times the local
    // spacing for points older than hold.sparseBefore (bucketed history). Whether it reaches point i + 1.
    static qint64 holdAt(const QList<SeriesPoint> &points, qsizetype i, Hold hold);
    static bool holdsUntilNext(const QList<SeriesPoint> &points, qsizetype i, Hold hold);
};

// CooldownTimeline::stateSinceAt() for every deployment of a refresh, remembered between refreshes: a
// refresh reads only the points that came since the one before, not each deployment's whole history
// (about 1,500 points for a day). The whole history is read again when the state is not the one
// remembered, the store changed other than at its end (SeriesStore::revision()), time went back (a
// replay), the last point read is older than half the store's raw range (older points may be folded
// into buckets by then), or the hold inferred from the latest gaps changed. A run longer than the
// store's history keeps the start first read, where stateSinceAt() would say the oldest point kept.
class StateRunTracker
{
public:
    std::optional<qint64> since(const SeriesStore &store, const QString &id, CooldownState state, qint64 at);
    void clear() { m_runs.clear(); }

private:
    struct Run
    {
        CooldownState state = CooldownState::Unknown;
        qint64 since = 0;
        SeriesPoint lastRead;
        qint64 holdMsecs = 0; // inferredHold() of the history read, as the whole reading would infer it
        QList<SeriesPoint> tail; // the last points read, as many as inferredHold() looks at
        quint64 storeRevision = 0;
        qint64 at = 0;
    };
    // The run remembered, gone on by the points since its last read; nullopt when that cannot tell.
    static std::optional<qint64> continued(const SeriesStore &store, const QString &key, Run &run, CooldownState state,
                                           qint64 at);

    QHash<QString, Run> m_runs; // by deployment id
};

} // namespace RouteDeck
