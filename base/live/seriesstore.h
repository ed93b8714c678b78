// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace RouteDeck {

struct SeriesPoint
{
    qint64 msecs = 0; // Unix milliseconds
    double value = 0; // NaN marks "no data" (a gap, never drawn as 0)
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// Time series of the console, one bounded ring per key ("rps/azure-primary"), so memory stays flat
// over days of running. Live refreshes append; range queries backfill older points with merge().
class SeriesStore
{
public:
    // Each series keeps at most `capacityPerSeries` points, and all together about `maxTotalPoints`:
    // a router with many deployments gets shorter history per series instead of unbounded memory.
    explicit SeriesStore(qsizetype capacityPerSeries = 8192, qsizetype maxSeries = 50000,
                         qsizetype maxTotalPoints = 12 * 1000 * 1000);

    // Appends a point; a point not newer than the series' last one replaces it when equal in time
    // and is merged in order otherwise.
    void append(const QString &key, qint64 msecs, double value);
    // Merges time-ordered points (from a range query), replacing points at equal times. When the
    // ring is full the oldest points go.
    void merge(const QString &key, const QList<SeriesPoint> &points);
    void clear();
    void remove(const QString &key);

    // Points with from <= t <= to, time ordered.
    QList<SeriesPoint> range(const QString &key, qint64 from, qint64 to) const;
    std::optional<SeriesPoint> last(const QString &key) const;
    QStringList keys(const QString &prefix = QString()) const;
    bool contains(const QString &key) const { return m_series.contains(key); }
    qsizetype seriesCount() const { return m_series.size(); }
    // The capacity in force: shrinks as series are added, never below kMinCapacity.
    qsizetype capacityPerSeries() const;
    static constexpr qsizetype kMinCapacity = 300;
    qsizetype pointCount() const;
    qsizetype approximateBytes() const;

    // For a chart `pixelColumns` wide over [from, to]: per pixel column the first, min, max and last
    // point (in time order), so spikes survive and lines stay continuous. A column with a NaN point
    // emits a NaN point, so gaps stay gaps. Points are (msecs, value).
    static QList<QPointF> downsample(const QList<SeriesPoint> &points, qint64 from, qint64 to, int pixelColumns);

private:
    struct Ring
    {
        QList<SeriesPoint> points; // time ordered; front is oldest
    };
    void trim(Ring &ring) const;

    qsizetype m_capacity;
    qsizetype m_maxSeries;
    qsizetype m_maxTotalPoints;
    QHash<QString, Ring> m_series;
};

} // namespace RouteDeck
