// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesstore.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <iterator>
#include <cmath>

namespace RouteDeck {

namespace {
// Revisions are unique across stores, so a reader can tell another store from the one it read.
quint64 nextRevision()
{
    static std::atomic<quint64> counter { 0 };
    return ++counter;
}


// Times the buckets can number (a slot is a qint32 count of buckets of at least a minute since
// 1970): ±3,000 years.
constexpr qint64 kTimeLimit = 100'000'000'000'000LL;

bool isStorableTime(qint64 msecs)
{
    return msecs > -kTimeLimit && msecs < kTimeLimit;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 alignDown(qint64 msecs, qint64 width)
{
    return floorDiv(msecs, width) * width;
}

float minIgnoringNaN(float a, float b)
{
    return std::isnan(a) ? b : std::isnan(b) ? a : std::min(a, b);
}

float maxIgnoringNaN(float a, float b)
{
    return std::isnan(a) ? b : std::isnan(b) ? a : std::max(a, b);
}

bool sameValues(float a, float b)
{
    return std::bit_cast<quint32>(a) == std::bit_cast<quint32>(b);
}

// Points of a and b in time order; at equal times b's point (the newer answer) wins.
QList<SeriesPoint> mergedByTime(const QList<SeriesPoint> &a, const QList<SeriesPoint> &b)
{
    QList<SeriesPoint> merged;
    merged.reserve(a.size() + b.size());
    auto ia = a.cbegin();
    auto ib = b.cbegin();
    while (ia != a.cend() || ib != b.cend()) {
        if (ib == b.cend() || (ia != a.cend() && ia->msecs < ib->msecs)) {
            merged.append(*ia++);
        } else if (ia == a.cend() || ib->msecs < ia->msecs) {
            merged.append(*ib++);
        } else {
            merged.append(*ib++);
            ++ia;
        }
    }
    return merged;
}

} // namespace

SeriesStore::SeriesStore()
    : SeriesStore(Retention())
{
}

SeriesStore::SeriesStore(const Retention &retention)
    : m_retention(retention)
    , m_revision(nextRevision())
{
    m_retention.rawMsecs = std::max<qint64>(1000, m_retention.rawMsecs);
    qint64 width = 1;
    qint64 reach = m_retention.rawMsecs;
    for (TierSpec &tier : m_retention.tiers) {
        // Each tier's buckets are whole multiples of the one before, so folding never splits a bucket.
        // At least a minute, so kTimeLimit's slots fit a qint32.
        tier.bucketMsecs = std::max<qint64>(1, std::max<qint64>(60 * 1000, tier.bucketMsecs) / width) * width;
        tier.untilMsecs = std::max(tier.untilMsecs, reach);
        width = tier.bucketMsecs;
        reach = tier.untilMsecs;
    }
    m_retention.maxSeries = std::max<qsizetype>(1, m_retention.maxSeries);
    m_historyMsecs = reach;
}

qint64 SeriesStore::tierStart(int k, qint64 newest) const
{
    // Aligned to the next tier's buckets, so what moves on fills whole buckets there.
    const qint64 start = newest - std::min(m_retention.tiers[size_t(k)].untilMsecs, m_historyMsecs);
    return k + 1 < kTiers ? alignDown(start, m_retention.tiers[size_t(k + 1)].bucketMsecs) : start;
}

SeriesStore::Series *SeriesStore::seriesFor(const QString &key)
{
    const auto it = m_series.find(key);
    if (it != m_series.end())
        return &it.value();
    if (m_series.size() >= m_retention.maxSeries)
        return nullptr; // bounded: a label explosion must not take the console's memory
    Series &series = m_series[key];
    for (int k = 0; k < kTiers; ++k)
        series.tiers[size_t(k)].width = m_retention.tiers[size_t(k)].bucketMsecs;
    return &series;
}

void SeriesStore::append(const QString &key, qint64 msecs, double value)
{
    if (!isStorableTime(msecs))
        return; // a garbled timestamp, not a time anyone charts
    Series *series = seriesFor(key);
    if (!series)
        return;
    if (series->hasPoints && msecs <= series->newest.msecs) {
        merge(key, { { msecs, value } });
        return;
    }
    series->raw.append(msecs, value);
    series->newest = { msecs, CompactPointsFormat::asStored(value) };
    series->hasPoints = true;
    foldOldPoints(*series);
    account(key, *series);
}

void SeriesStore::merge(const QString &key, const QList<SeriesPoint> &points)
{
    QList<SeriesPoint> incoming;
    incoming.reserve(points.size());
    std::copy_if(points.cbegin(), points.cend(), std::back_inserter(incoming),
                 [](const SeriesPoint &p) { return isStorableTime(p.msecs); });
    if (incoming.isEmpty())
        return;
    Series *series = seriesFor(key);
    if (!series)
        return;
    m_revision = nextRevision();
    // Points older than the live range go into the buckets; the rest is merged into the raw points.
    const qint64 newestTime = series->hasPoints ? std::max(series->newest.msecs, incoming.constLast().msecs)
                                                : incoming.constLast().msecs;
    // Raw points not folded yet stay raw, so a time is never both in raw and in a bucket.
    qint64 rawFrom = alignDown(newestTime - m_retention.rawMsecs, series->tiers[0].width);
    if (!series->raw.isEmpty())
        rawFrom = std::min(rawFrom, series->raw.firstMsecs());
    QList<SeriesPoint> older;
    QList<SeriesPoint> recent;
    for (const SeriesPoint &p : incoming)
        (p.msecs < rawFrom ? older : recent).append(p);
    if (!recent.isEmpty()) {
        const QList<SeriesPoint> merged = mergedByTime(series->raw.points(), recent);
        series->raw = CompactPoints::fromPoints(merged);
        const SeriesPoint newest = merged.constLast();
        if (!series->hasPoints || newest.msecs >= series->newest.msecs)
            series->newest = { newest.msecs, CompactPointsFormat::asStored(newest.value) };
        series->hasPoints = true;
    }
    if (!older.isEmpty())
        addToTiers(*series, older);
    foldOldPoints(*series);
    account(key, *series);
}

void SeriesStore::foldOldPoints(Series &series) const
{
    // Raw points older than the live range go into the first tier's buckets, a bucket's worth at a time.
    const qint64 width = series.tiers[0].width;
    const qint64 rawStart = alignDown(series.newest.msecs - m_retention.rawMsecs, width);
    if (series.raw.isEmpty() || series.raw.firstMsecs() >= rawStart - width)
        return;
    addToTiers(series, series.raw.takeBefore(rawStart));
    // Room for the points until the next fold (two buckets' worth); more than twice that is given back.
    const qint64 keptSpan = std::max<qint64>(1, series.newest.msecs - rawStart);
    const qsizetype room = qsizetype(series.raw.byteSize() * 2 * width / keptSpan) + 64;
    if (series.raw.heapBytes() > series.raw.byteSize() + 2 * room)
        series.raw.trimCapacity(room);
}

void SeriesStore::addToTiers(Series &series, const QList<SeriesPoint> &points) const
{
    // Older buckets move on first, so a point never lands in a bucket that older ones join later.
    dropBeyondHistory(series);
    std::array<qint64, kTiers> starts {};
    for (int k = 0; k < kTiers; ++k)
        starts[size_t(k)] = tierStart(k, series.newest.msecs);
    for (const SeriesPoint &p : points) {
        const float value = float(p.value);
        for (int k = 0; k < kTiers; ++k) {
            if (p.msecs >= starts[size_t(k)]) {
                addToTier(series.tiers[size_t(k)], p.msecs, value, value, value);
                break;
            }
        }
    }
    dropBeyondHistory(series);
}

void SeriesStore::addToTier(Tier &tier, qint64 msecs, float min, float max, float last)
{
    const qint32 slot = qint32(floorDiv(msecs, tier.width));
    std::vector<Bucket> &buckets = tier.buckets;
    const auto byEnd = [](const Bucket &b, qint32 s) { return b.slot + b.repeat <= s; };
    auto it = std::lower_bound(buckets.begin(), buckets.end(), slot, byEnd);
    qsizetype index = it - buckets.begin();
    // At most two more buckets below (a run split in three); grow by an eighth, not by doubling.
    if (buckets.capacity() < buckets.size() + 2) {
        buckets.reserve(buckets.size() + buckets.size() / 8 + 4);
        it = buckets.begin() + index;
    }
    if (it == buckets.end() || it->slot > slot) { // a slot no bucket covers yet
        buckets.insert(it, Bucket { slot, 1, min, max, last });
        joinRunsAround(tier, index);
        return;
    }
    // Inside a run of equal buckets: split it so that only this slot changes.
    if (it->slot < slot) {
        Bucket before = *it;
        before.repeat = slot - it->slot;
        it->repeat -= before.repeat;
        it->slot = slot;
        buckets.insert(it, before);
        ++index;
    }
    if (buckets.at(index).repeat > 1) {
        Bucket after = buckets.at(index);
        after.slot += 1;
        after.repeat -= 1;
        buckets[index].repeat = 1;
        buckets.insert(buckets.begin() + index + 1, after);
    }
    Bucket &b = buckets[index];
    b.min = minIgnoringNaN(b.min, min);
    b.max = maxIgnoringNaN(b.max, max);
    b.last = last;
    joinRunsAround(tier, index);
}

void SeriesStore::joinRunsAround(Tier &tier, qsizetype index)
{
    std::vector<Bucket> &buckets = tier.buckets;
    const auto joinable = [](const Bucket &a, const Bucket &b) {
        return a.slot + a.repeat == b.slot && sameValues(a.min, b.min) && sameValues(a.max, b.max)
            && sameValues(a.last, b.last);
    };
    const auto at = [&buckets](qsizetype i) { return buckets.begin() + i; };
    if (index + 1 < qsizetype(buckets.size()) && joinable(*at(index), *at(index + 1))) {
        at(index)->repeat += at(index + 1)->repeat;
        buckets.erase(at(index + 1));
    }
    if (index > 0 && joinable(*at(index - 1), *at(index))) {
        at(index - 1)->repeat += at(index)->repeat;
        buckets.erase(at(index));
    }
}

void SeriesStore::dropBeyondHistory(Series &series) const
{
    for (int k = 0; k < kTiers; ++k) {
        Tier &tier = series.tiers[size_t(k)];
        const qint32 firstSlot = qint32(floorDiv(tierStart(k, series.newest.msecs), tier.width));
        Tier *next = k + 1 < kTiers ? &series.tiers[size_t(k + 1)] : nullptr;
        // Buckets older than the tier's reach move on to the next tier (the last tier drops them).
        qsizetype gone = 0;
        for (Bucket &b : tier.buckets) {
            if (b.slot >= firstSlot)
                break;
            const qint32 end = std::min(b.slot + b.repeat, firstSlot);
            if (next) {
                for (qint32 s = b.slot; s < end; ++s)
                    addToTier(*next, qint64(s) * tier.width, b.min, b.max, b.last);
            }
            if (end < b.slot + b.repeat) { // a run reaching past the cut keeps its newer part
                b.repeat -= end - b.slot;
                b.slot = end;
                break;
            }
            ++gone;
        }
        tier.buckets.erase(tier.buckets.begin(), tier.buckets.begin() + gone);
    }
}

void SeriesStore::account(const QString &key, Series &series)
{
    recount(key, series);
    // Over budget: enforce it, but not again for every append when it could not (history at its floor)
    // until the store has grown by another 1/64 of the budget.
    if (m_bytes > m_retention.maxBytes && m_bytes > m_bytesAfterEnforcing + m_retention.maxBytes / 64)
        enforceBudget();
}

void SeriesStore::recount(const QString &key, Series &series)
{
    // The hash node with its key, the packed points and both bucket lists, with their capacity.
    constexpr qsizetype kNodeOverhead = 64;
    qsizetype bytes = kNodeOverhead + qsizetype(sizeof(Series)) + key.size() * 2 + series.raw.heapBytes();
    for (const Tier &tier : series.tiers)
        bytes += qsizetype(tier.buckets.capacity() * sizeof(Bucket));
    m_bytes += bytes - series.bytes;
    series.bytes = bytes;
}

template<typename Change>
void SeriesStore::forEachSeries(Change &&change)
{
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        change(it.value());
        recount(it.key(), it.value());
    }
}

void SeriesStore::enforceBudget()
{
    // First give back spare capacity; then shorten the history of every series by an eighth until the
    // store fits, never below the live range (until clear(): a new connection starts with a full day).
    forEachSeries([](Series &series) {
        for (Tier &tier : series.tiers)
            tier.buckets.shrink_to_fit();
        series.raw.trimCapacity(0);
    });
    while (m_bytes > m_retention.maxBytes && m_historyMsecs > m_retention.rawMsecs) {
        m_historyMsecs = std::max(m_retention.rawMsecs, m_historyMsecs - std::max<qint64>(1000, m_historyMsecs / 8));
        m_revision = nextRevision();
        forEachSeries([this](Series &series) {
            dropBeyondHistory(series);
            for (Tier &tier : series.tiers)
                tier.buckets.shrink_to_fit();
        });
    }
    m_bytesAfterEnforcing = m_bytes;
}

void SeriesStore::clear()
{
    m_revision = nextRevision();
    m_series.clear();
    m_bytes = 0;
    m_bytesAfterEnforcing = 0;
    m_historyMsecs = m_retention.tiers.back().untilMsecs;
}

void SeriesStore::remove(const QString &key)
{
    const auto it = m_series.constFind(key);
    if (it == m_series.cend())
        return;
    m_bytes -= it->bytes;
    m_series.erase(it);
    m_revision = nextRevision();
}

// The first bucket (run) of a tier that reaches `from` or later.
std::vector<SeriesStore::Bucket>::const_iterator SeriesStore::firstBucketFrom(const Tier &tier, qint64 from)
{
    const qint32 fromSlot = qint32(floorDiv(from, tier.width));
    return std::lower_bound(tier.buckets.cbegin(), tier.buckets.cend(), fromSlot,
                            [](const Bucket &b, qint32 s) { return b.slot + b.repeat <= s; });
}

SeriesPoint *SeriesStore::copyRange(const Tier &tier, qint64 from, qint64 to, SeriesPoint *out)
{
    const qint32 fromSlot = qint32(floorDiv(from, tier.width));
    for (auto it = firstBucketFrom(tier, from); it != tier.buckets.cend() && qint64(it->slot) * tier.width <= to; ++it) {
        for (qint32 s = std::max(it->slot, fromSlot); s < it->slot + it->repeat; ++s) {
            const qint64 start = qint64(s) * tier.width;
            if (start > to)
                break;
            const SeriesPoint three[] = { { start, it->min }, { start + tier.width / 3, it->max },
                                          { start + 2 * tier.width / 3, it->last } };
            for (const SeriesPoint &p : three) {
                if (p.msecs >= from && p.msecs <= to)
                    *out++ = p;
            }
        }
    }
    return out;
}

QList<SeriesPoint> SeriesStore::range(const QString &key, qint64 from, qint64 to) const
{
    const auto it = m_series.constFind(key);
    from = std::max(from, -kTimeLimit);
    to = std::min(to, kTimeLimit);
    if (it == m_series.cend() || to < from)
        return {};
    // Sized for the most it can hold (every raw point when the range reaches them, three points per
    // bucket of a run in the range), written in place, cut to what was written: QList::append() costs
    // more per point than decoding it.
    const bool rawInRange = !it->raw.isEmpty() && it->raw.lastMsecs() >= from && it->raw.firstMsecs() <= to;
    qsizetype most = rawInRange ? it->raw.countFrom(from) : 0;
    for (const Tier &tier : it->tiers) {
        for (auto b = firstBucketFrom(tier, from); b != tier.buckets.cend() && qint64(b->slot) * tier.width <= to; ++b)
            most += 3 * qsizetype(b->repeat);
    }
    QList<SeriesPoint> out(most);
    SeriesPoint *end = out.data();
    for (auto tier = it->tiers.crbegin(); tier != it->tiers.crend(); ++tier)
        end = copyRange(*tier, from, to, end);
    if (rawInRange) {
        it->raw.forEachFrom(from, [&end, from, to](qint64 msecs, double value) {
            if (msecs >= from && msecs <= to)
                *end++ = { msecs, value };
        });
    }
    out.resize(end - out.data());
    // The tiers are disjoint in time by construction; a backfill that raced a fold is put in order here.
    if (!std::is_sorted(out.cbegin(), out.cend(), [](const SeriesPoint &a, const SeriesPoint &b) { return a.msecs < b.msecs; }))
        std::stable_sort(out.begin(), out.end(), [](const SeriesPoint &a, const SeriesPoint &b) { return a.msecs < b.msecs; });
    return out;
}

std::optional<SeriesPoint> SeriesStore::last(const QString &key) const
{
    const auto it = m_series.constFind(key);
    if (it == m_series.cend() || !it->hasPoints)
        return std::nullopt;
    return it->newest;
}

QStringList SeriesStore::keys(const QString &prefix) const
{
    QStringList result;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it.key().startsWith(prefix))
            result.append(it.key());
    }
    result.sort();
    return result;
}

qsizetype SeriesStore::pointCount() const
{
    qsizetype count = 0;
    for (const Series &series : m_series) {
        count += series.raw.size();
        for (const Tier &tier : series.tiers) {
            for (const Bucket &b : tier.buckets)
                count += 3 * qsizetype(b.repeat);
        }
    }
    return count;
}

QList<QPointF> SeriesStore::downsample(const QList<SeriesPoint> &points, qint64 from, qint64 to, int pixelColumns)
{
    QList<QPointF> out;
    if (points.isEmpty() || to <= from)
        return out;
    if (pixelColumns <= 0 || points.size() <= qsizetype(pixelColumns) * 4) {
        out.reserve(points.size());
        for (const SeriesPoint &p : points) {
            if (p.msecs >= from && p.msecs <= to)
                out.append(QPointF(double(p.msecs), p.value));
        }
        return out;
    }
    const double columnWidth = double(to - from) / pixelColumns;
    out.reserve(qsizetype(pixelColumns) * 4);
    qsizetype i = 0;
    while (i < points.size() && points.at(i).msecs < from)
        ++i;
    while (i < points.size() && points.at(i).msecs <= to) {
        const int column = std::min(pixelColumns - 1, int((points.at(i).msecs - from) / columnWidth));
        const SeriesPoint first = points.at(i);
        SeriesPoint lastPoint = first;
        SeriesPoint minPoint { 0, std::numeric_limits<double>::infinity() };
        SeriesPoint maxPoint { 0, -std::numeric_limits<double>::infinity() };
        bool gap = false;
        for (; i < points.size() && points.at(i).msecs <= to
             && std::min(pixelColumns - 1, int((points.at(i).msecs - from) / columnWidth)) == column;
             ++i) {
            const SeriesPoint &p = points.at(i);
            lastPoint = p;
            if (std::isnan(p.value)) {
                gap = true;
                continue;
            }
            if (p.value < minPoint.value)
                minPoint = p;
            if (p.value > maxPoint.value)
                maxPoint = p;
        }
        // Emit in time order without repeats: first, min/max in their order, last.
        QList<SeriesPoint> emitted { first };
        if (std::isfinite(minPoint.value) || std::isfinite(maxPoint.value)) {
            const bool minFirst = minPoint.msecs <= maxPoint.msecs;
            for (const SeriesPoint &p : minFirst ? QList { minPoint, maxPoint } : QList { maxPoint, minPoint }) {
                if (std::isfinite(p.value) && !(p == emitted.constLast()))
                    emitted.append(p);
            }
        }
        if (gap && !std::isnan(emitted.constLast().value))
            emitted.append({ lastPoint.msecs, std::numeric_limits<double>::quiet_NaN() });
        if (!(lastPoint == emitted.constLast()) && !(std::isnan(lastPoint.value) && std::isnan(emitted.constLast().value)))
            emitted.append(lastPoint);
        for (const SeriesPoint &p : std::as_const(emitted))
            out.append(QPointF(double(p.msecs), p.value));
    }
    return out;
}

} // namespace RouteDeck
