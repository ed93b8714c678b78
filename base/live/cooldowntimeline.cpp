// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooldowntimeline.h"
#include "serieskeys.h"
#include "wholenumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {
constexpr qint64 kMinimumHold = 1000;
constexpr qsizetype kHoldGaps = 32; // inferredHold() looks at the latest gaps, this many
// How far before `from` the store is read, so a state that began earlier still covers the start.
constexpr qint64 kLookBehind = 30LL * 60 * 1000;

int reasonAt(const QList<SeriesPoint> &reasons, qint64 t)
{
    const auto after = std::upper_bound(reasons.cbegin(), reasons.cend(), t,
                                        [](qint64 time, const SeriesPoint &p) { return time < p.msecs; });
    if (after == reasons.cbegin())
        return 0;
    // A status code from a Prometheus label or answer, so any double (1e300 too): past an int it is none.
    return wholeNumberIn(std::round(std::prev(after)->value), std::numeric_limits<int>::min(),
                         std::numeric_limits<int>::max())
        .value_or(0);
}
} // namespace

CooldownReasonKind CooldownTimeline::reasonKind(int code)
{
    if (code <= 0)
        return CooldownReasonKind::Unknown;
    if (code == 429)
        return CooldownReasonKind::RateLimit;
    if (code == 401 || code == 403 || code == 404)
        return CooldownReasonKind::Auth;
    if (code >= 500 && code <= 599)
        return CooldownReasonKind::ServerError;
    return CooldownReasonKind::FailureRate;
}

QString CooldownTimeline::reasonKindName(CooldownReasonKind kind)
{
    switch (kind) {
    case CooldownReasonKind::None:
        return QString();
    case CooldownReasonKind::RateLimit:
        return QCoreApplication::translate("CooldownTimeline", "429 rate limit");
    case CooldownReasonKind::Auth:
        return QCoreApplication::translate("CooldownTimeline", "401/403/404 auth or model");
    case CooldownReasonKind::ServerError:
        return QCoreApplication::translate("CooldownTimeline", "5xx server error");
    case CooldownReasonKind::FailureRate:
        return QCoreApplication::translate("CooldownTimeline", "failure rate (other status)");
    case CooldownReasonKind::Unknown:
        return QCoreApplication::translate("CooldownTimeline", "reason unknown");
    }
    return QString();
}

QString CooldownTimeline::reasonText(int code)
{
    return code > 0 ? QString::number(code) : QCoreApplication::translate("CooldownTimeline", "reason unknown");
}

CooldownState CooldownTimeline::stateFromValue(double value)
{
    if (!std::isfinite(value))
        return CooldownState::Unknown;
    switch (wholeNumberIn(std::round(value), 0, 2).value_or(-1)) {
    case 0:
        return CooldownState::Healthy;
    case 1:
        return CooldownState::Partial;
    case 2:
        return CooldownState::Cooling;
    default:
        return CooldownState::Unknown;
    }
}

qint64 CooldownTimeline::inferredHold(const QList<SeriesPoint> &points)
{
    if (points.size() < 2)
        return std::max<qint64>(kMinimumHold, 60 * 1000);
    // The median of the latest gaps: the refresh interval now, at constant cost per series.
    std::array<qint64, kHoldGaps> gaps {};
    const qsizetype count = std::min<qsizetype>(qsizetype(gaps.size()), points.size() - 1);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype at = points.size() - 1 - i;
        gaps[size_t(i)] = points.at(at).msecs - points.at(at - 1).msecs;
    }
    const auto middle = gaps.begin() + count / 2;
    std::nth_element(gaps.begin(), middle, gaps.begin() + count);
    return std::max(kMinimumHold, *middle * 3);
}

qint64 CooldownTimeline::holdAt(const QList<SeriesPoint> &points, qsizetype i, Hold hold)
{
    if (hold.fixed || points.at(i).msecs >= hold.sparseBefore)
        return hold.msecs;
    // Older history comes from the store's buckets, a third of a bucket apart (SeriesStore): a point
    // there holds for three of its own spacings. The shorter of the two spacings before it counts, so
    // the first point after an outage does not take the outage for its spacing.
    qint64 spacing = std::numeric_limits<qint64>::max();
    for (qsizetype k = std::max<qsizetype>(1, i - 1); k <= i; ++k)
        spacing = std::min(spacing, points.at(k).msecs - points.at(k - 1).msecs);
    if (i == 0 && points.size() > 2) // the first point: the spacing after the next one
        spacing = points.at(2).msecs - points.at(1).msecs;
    return spacing == std::numeric_limits<qint64>::max() ? hold.msecs : std::max(hold.msecs, spacing * 3);
}

bool CooldownTimeline::holdsUntilNext(const QList<SeriesPoint> &points, qsizetype i, Hold hold)
{
    return points.at(i + 1).msecs - points.at(i).msecs <= holdAt(points, i, hold);
}

CooldownTimeline::Hold CooldownTimeline::holdFor(const QList<SeriesPoint> &state, qint64 holdMsecs, qint64 sparseBefore)
{
    return { holdMsecs > 0 ? holdMsecs : inferredHold(state), holdMsecs > 0, sparseBefore };
}

qint64 CooldownTimeline::bucketedBefore(const SeriesStore &store, const QString &key)
{
    const std::optional<SeriesPoint> last = store.last(key);
    return last ? last->msecs - store.retention().rawMsecs : std::numeric_limits<qint64>::min();
}

QList<CooldownInterval> CooldownTimeline::intervals(const QList<SeriesPoint> &state, const QList<SeriesPoint> &reasons,
                                                    qint64 from, qint64 to, qint64 holdMsecs, qint64 sparseBefore)
{
    QList<CooldownInterval> raw;
    if (to <= from)
        return raw;
    const Hold hold = holdFor(state, holdMsecs, sparseBefore);
    const auto add = [&raw](qint64 start, qint64 end, CooldownState s, int reason) {
        if (end <= start)
            return;
        if (!raw.isEmpty()) {
            CooldownInterval &last = raw.last();
            if (last.to == start && last.state == s && last.reasonCode == reason) {
                last.to = end;
                return;
            }
        }
        raw.append({ start, end, s, reason });
    };

    qint64 cursor = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < state.size(); ++i) {
        const SeriesPoint &p = state.at(i);
        if (cursor != std::numeric_limits<qint64>::min() && p.msecs > cursor)
            add(cursor, p.msecs, CooldownState::Unknown, 0);
        const qint64 end = i + 1 < state.size() && holdsUntilNext(state, i, hold) ? state.at(i + 1).msecs
                                                                                 : p.msecs + holdAt(state, i, hold);
        const CooldownState s = stateFromValue(p.value);
        const bool down = s == CooldownState::Partial || s == CooldownState::Cooling;
        add(p.msecs, end, s, down ? reasonAt(reasons, p.msecs) : 0);
        cursor = end;
    }

    // Clip to [from, to] and fill what no point covers with Unknown.
    QList<CooldownInterval> result;
    qint64 covered = from;
    for (const CooldownInterval &interval : std::as_const(raw)) {
        const qint64 start = std::max(interval.from, from);
        const qint64 end = std::min(interval.to, to);
        if (end <= start)
            continue;
        if (start > covered)
            result.append({ covered, start, CooldownState::Unknown, 0 });
        if (!result.isEmpty() && result.constLast().to == start && result.constLast().state == interval.state
            && result.constLast().reasonCode == interval.reasonCode)
            result.last().to = end;
        else
            result.append({ start, end, interval.state, interval.reasonCode });
        covered = end;
    }
    if (covered < to) {
        if (!result.isEmpty() && result.constLast().state == CooldownState::Unknown)
            result.last().to = to;
        else
            result.append({ covered, to, CooldownState::Unknown, 0 });
    }
    return result;
}

QList<CooldownInterval> CooldownTimeline::intervals(const SeriesStore &store, const QString &id, qint64 from, qint64 to,
                                                    qint64 holdMsecs)
{
    const QString key = SeriesKeys::state(id);
    return intervals(store.range(key, from - kLookBehind, to), store.range(SeriesKeys::cooldownReason(id), from - kLookBehind, to),
                     from, to, holdMsecs, bucketedBefore(store, key));
}

std::optional<qint64> CooldownTimeline::stateSince(const QList<SeriesPoint> &state, qint64 holdMsecs, qint64 sparseBefore)
{
    if (state.isEmpty())
        return std::nullopt;
    const Hold hold = holdFor(state, holdMsecs, sparseBefore);
    const CooldownState current = stateFromValue(state.constLast().value);
    qsizetype first = state.size() - 1;
    while (first > 0) {
        const SeriesPoint &previous = state.at(first - 1);
        if (stateFromValue(previous.value) != current || !holdsUntilNext(state, first - 1, hold))
            break;
        --first;
    }
    return state.at(first).msecs;
}

// The whole history is read at once: the tiered store keeps at most about 1,500 points of a series
// for a day (SeriesStore::Retention), fewer than reading back in growing windows decoded.
std::optional<qint64> CooldownTimeline::stateSince(const SeriesStore &store, const QString &id, qint64 holdMsecs)
{
    const QString key = SeriesKeys::state(id);
    const std::optional<SeriesPoint> last = store.last(key);
    if (!last)
        return std::nullopt;
    const QList<SeriesPoint> points = store.range(key, std::numeric_limits<qint64>::min(), last->msecs);
    return stateSince(points, holdMsecs, bucketedBefore(store, key));
}

std::optional<qint64> CooldownTimeline::stateSinceAt(const SeriesStore &store, const QString &id, CooldownState state,
                                                     qint64 at)
{
    if (state == CooldownState::Unknown)
        return std::nullopt;
    const QString key = SeriesKeys::state(id);
    return stateSinceIn(store.range(key, std::numeric_limits<qint64>::min(), at), state, bucketedBefore(store, key));
}

std::optional<qint64> CooldownTimeline::stateSinceIn(const QList<SeriesPoint> &history, CooldownState state,
                                                     qint64 sparseBefore)
{
    if (history.isEmpty() || stateFromValue(history.constLast().value) != state)
        return std::nullopt;
    return stateSince(history, 0, sparseBefore);
}

std::optional<qint64> StateRunTracker::since(const SeriesStore &store, const QString &id, CooldownState state, qint64 at)
{
    const QString key = SeriesKeys::state(id);
    const auto it = m_runs.find(id);
    if (it != m_runs.end()) {
        if (const std::optional<qint64> since = continued(store, key, *it, state, at))
            return since;
    }
    const QList<SeriesPoint> history = state == CooldownState::Unknown
        ? QList<SeriesPoint>()
        : store.range(key, std::numeric_limits<qint64>::min(), at);
    const std::optional<qint64> since = CooldownTimeline::stateSinceIn(history, state, CooldownTimeline::bucketedBefore(store, key));
    if (since)
        m_runs.insert(id, { state, *since, history.constLast(), CooldownTimeline::inferredHold(history),
                            history.mid(std::max<qsizetype>(0, history.size() - kHoldGaps - 1)), store.revision(), at });
    else
        m_runs.remove(id);
    return since;
}

std::optional<qint64> StateRunTracker::continued(const SeriesStore &store, const QString &key, Run &run,
                                                 CooldownState state, qint64 at)
{
    if (run.state != state || run.storeRevision != store.revision() || at < run.at
        || run.lastRead.msecs < at - store.retention().rawMsecs / 2)
        return std::nullopt;
    // From the last point read: the run goes on if the new points continue it from there.
    const QList<SeriesPoint> recent = store.range(key, run.lastRead.msecs, at);
    if (recent.isEmpty() || recent.constFirst().msecs != run.lastRead.msecs
        || CooldownTimeline::stateFromValue(recent.constLast().value) != state)
        return std::nullopt;
    // The hold the whole reading would infer now, from the latest gaps: another one reads it all again.
    QList<SeriesPoint> tail = run.tail + recent.mid(1);
    tail.remove(0, std::max<qsizetype>(0, tail.size() - kHoldGaps - 1));
    if (CooldownTimeline::inferredHold(tail) != run.holdMsecs)
        return std::nullopt;
    run.tail = tail;
    const qint64 start = *CooldownTimeline::stateSince(recent, run.holdMsecs);
    if (start != recent.constFirst().msecs)
        run.since = start; // it broke after the last point read (a hole, another state) and began again
    run.lastRead = recent.constLast();
    run.at = at;
    return run.since;
}

} // namespace RouteDeck
