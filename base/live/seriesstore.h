// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compactpoints.h"
#include "seriespoint.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace RouteDeck {

// Time series of the console, one per key ("rps/azure-primary"), with a day of history in a fixed
// memory budget. Each series is tiered by age:
//  - raw: every point of the newest `rawMsecs` (the live range), packed by CompactPoints;
//  - then buckets: 1-minute buckets up to an hour back, 5-minute ones up to 6 hours, 15-minute ones
//    up to a day (Retention::tiers).
// A bucket keeps the minimum, maximum and last value of its points, so spikes survive, and a run of
// identical buckets (a state that holds, a rate of 0) is kept once. Within a bucket the order of the
// points and a gap not at its end are not kept; a backfill into a bucket sets its last value. range() hands a bucket out as
// three points a third of a bucket apart: (start, min), (start + w/3, max), (start + 2w/3, last).
// When the store outgrows maxBytes, it first gives back spare capacity, then the history it keeps
// shortens (never below rawMsecs) until it fits, and stays so until clear().
// The budget is enforced on the bytes held, not on point counts. Live refreshes append;
// range queries backfill with merge() (into the buckets their age belongs to).
class SeriesStore
{
public:
    struct TierSpec
    {
        qint64 bucketMsecs = 0; // a whole multiple of the previous tier's
        qint64 untilMsecs = 0; // how far back from the newest point this tier reaches
    };
    static constexpr int kTiers = 3;
    struct Retention
    {
        qint64 rawMsecs = 15LL * 60 * 1000;
        std::array<TierSpec, kTiers> tiers { { { 60LL * 1000, 3600LL * 1000 },
                                               { 5LL * 60 * 1000, 6LL * 3600 * 1000 },
                                               { 15LL * 60 * 1000, 24LL * 3600 * 1000 } } };
        qsizetype maxBytes = qsizetype(96) * 1024 * 1024;
        qsizetype maxSeries = 50000;
    };

    SeriesStore();
    explicit SeriesStore(const Retention &retention);

    // Appends a point; a point not newer than the series' last one replaces it when equal in time
    // and is merged in order otherwise.
    void append(const QString &key, qint64 msecs, double value);
    // Merges time-ordered points (from a range query), replacing points at equal times.
    void merge(const QString &key, const QList<SeriesPoint> &points);
    void clear();
    void remove(const QString &key);

    // Points with from <= t <= to, time ordered (buckets as three points each, see above).
    QList<SeriesPoint> range(const QString &key, qint64 from, qint64 to) const;
    std::optional<SeriesPoint> last(const QString &key) const;
    QStringList keys(const QString &prefix = QString()) const;
    bool contains(const QString &key) const { return m_series.contains(key); }
    qsizetype seriesCount() const { return m_series.size(); }
    // The points range() over all time would return.
    qsizetype pointCount() const;
    // Bytes held by the series (keys, packed points, buckets, container overhead).
    qsizetype approximateBytes() const { return m_bytes; }
    // The history kept now: the last tier's untilMsecs unless the byte budget shortened it.
    qint64 historyMsecs() const { return m_historyMsecs; }
    const Retention &retention() const { return m_retention; }
    // Changes whenever points other than new ones at the end change: a backfill or an out-of-order point
    // (merge()), clear(), remove(), history the byte budget dropped. A reader that remembers what it
    // read may go on from there while this stays the same (StateRunTracker). Unique across stores.
    // Folding old raw points into buckets does not change it: a reader going on from a point must
    // check that the point is still raw (younger than Retention::rawMsecs).
    quint64 revision() const { return m_revision; }

    // For a chart `pixelColumns` wide over [from, to]: per pixel column the first, min, max and last
    // point (in time order), so spikes survive and lines stay continuous. A column with a NaN point
    // emits a NaN point, so gaps stay gaps. Points are (msecs, value).
    static QList<QPointF> downsample(const QList<SeriesPoint> &points, qint64 from, qint64 to, int pixelColumns);

private:
    struct Bucket
    {
        qint32 slot = 0; // start time / bucket width
        qint32 repeat = 1; // this bucket and the next repeat - 1 slots hold the same values
        float min = 0;
        float max = 0;
        float last = 0;
    };
    struct Tier
    {
        qint64 width = 0;
        std::vector<Bucket> buckets; // by slot, runs never overlap; grown by hand (see grownToFit)
    };
    struct Series
    {
        CompactPoints raw;
        std::array<Tier, kTiers> tiers; // newest first
        SeriesPoint newest;
        bool hasPoints = false;
        qsizetype bytes = 0; // as last counted into m_bytes
    };

    Series *seriesFor(const QString &key);
    void foldOldPoints(Series &series) const;
    void addToTiers(Series &series, const QList<SeriesPoint> &points) const;
    void dropBeyondHistory(Series &series) const;
    static void addToTier(Tier &tier, qint64 msecs, float min, float max, float last);
    static void joinRunsAround(Tier &tier, qsizetype index);
    static std::vector<Bucket>::const_iterator firstBucketFrom(const Tier &tier, qint64 from);
    // Tier points in [from, to] written from `out` on; returns the end of what it wrote.
    static SeriesPoint *copyRange(const Tier &tier, qint64 from, qint64 to, SeriesPoint *out);
    // Where tier k starts (its oldest bucket) for a series whose newest point is at `newest`.
    qint64 tierStart(int k, qint64 newest) const;
    void account(const QString &key, Series &series);
    void recount(const QString &key, Series &series);
    void enforceBudget();
    template<typename Change>
    void forEachSeries(Change &&change); // and recount each

    Retention m_retention;
    qint64 m_historyMsecs = 0;
    quint64 m_revision = 0;
    qsizetype m_bytes = 0;
    qsizetype m_bytesAfterEnforcing = 0;
    QHash<QString, Series> m_series;
};

} // namespace RouteDeck
