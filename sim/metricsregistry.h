// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <vector>

namespace RouteDeck {

// Counters, gauges and histograms with labels, rendered in the Prometheus text exposition format
// 0.0.4: HELP and TYPE once per family, one uninterrupted group per family in registration order,
// escaped label values, cumulative buckets ending in +Inf, counters named *_total, final newline.
class MetricsRegistry
{
public:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram
    };
    using FamilyId = int;

    static constexpr int kDefaultMaxSeriesPerFamily = 50000;

    // `name` without the `_total` suffix for counters (it is appended on output, as prometheus_client does).
    FamilyId addFamily(const QByteArray &name, const QByteArray &help, Type type,
        const QList<QByteArray> &labelNames, const QList<double> &buckets = {});

    // A histogram's finite upper bounds; only while the family has no series yet.
    bool setBuckets(FamilyId family, const QList<double> &buckets);

    void add(FamilyId family, const QStringList &labelValues, double delta = 1.0);
    void set(FamilyId family, const QStringList &labelValues, double value);
    void observe(FamilyId family, const QStringList &labelValues, double value);

    // A series looked up once and updated many times (the simulator's hot path): valid while generation()
    // stays the same. Invalid when the family is full (see setMaxSeriesPerFamily): updates then do nothing.
    struct SeriesRef
    {
        FamilyId family = -1;
        int index = -1;
        bool isValid() const { return index >= 0; }
    };
    SeriesRef find(FamilyId family, const QStringList &labelValues); // creates the series when new
    void add(SeriesRef series, double delta = 1.0);
    void set(SeriesRef series, double value);
    void observe(SeriesRef series, double value);
    quint64 generation() const { return m_generation; } // changes when series move (removeWhere)
    // Drops every series whose label `labelName` equals `value` (a deleted deployment's series).
    void removeWhere(FamilyId family, const QByteArray &labelName, const QString &value);

    // For tests: a counter's or gauge's value, a histogram's count; 0 when the series does not exist.
    double value(FamilyId family, const QStringList &labelValues) const;
    int seriesCount(FamilyId family) const;
    qint64 droppedSeries() const { return m_droppedSeries; }
    void setMaxSeriesPerFamily(int max) { m_maxSeriesPerFamily = max; }
    // prometheus_client writes, after each counter and histogram, a gauge family <name>_created with
    // each series' creation time (Unix seconds), unless PROMETHEUS_DISABLE_CREATED_SERIES is set.
    void setExportCreated(bool exportCreated) { m_exportCreated = exportCreated; }

    QByteArray render() const;

    // A counter's or gauge's series as they stand, in creation order: the history writer samples
    // these on its virtual clock. Histograms give their count.
    struct SeriesValue
    {
        QByteArray labelText; // a="x",b="y" (escaped, without braces)
        double value = 0;
    };
    QList<SeriesValue> seriesValues(FamilyId family) const;
    QByteArray familyName(FamilyId family) const; // as registered: counters without `_total`
    QByteArray familyHelp(FamilyId family) const;

    static QByteArray escapeLabelValue(const QString &value);
    static QByteArray escapeHelp(const QByteArray &help);
    static QByteArray formatValue(double value);
    // The same into `buffer` (64 bytes at least); returns the end of the text.
    static char *formatValue(double value, char *buffer);
    static QByteArray formatBucketBound(
        double bound); // "0.005", "1.0", "+Inf" as prometheus_client prints them

private:
    struct Series
    {
        QStringList labelValues;
        QByteArray labelText; // a="x",b="y" (escaped, without braces)
        double value = 0;
        std::vector<quint64> buckets; // per bucket, not cumulative; the +Inf bucket is count
        double sum = 0;
        quint64 count = 0;
        double created = 0; // Unix seconds
    };
    struct Family
    {
        QByteArray name;
        QByteArray help;
        Type type = Type::Gauge;
        QList<QByteArray> labelNames;
        QList<double> buckets; // finite upper bounds, ascending
        std::vector<Series> series;
        QHash<QString, int> index; // joined label values -> position in series
    };

    Series *at(SeriesRef series);
    class Exposition; // render()'s writer
    void renderCreated(const Family &family, Exposition &out) const;
    const Series *findSeries(FamilyId family, const QStringList &labelValues) const;
    static QString key(const QStringList &labelValues);

    std::vector<Family> m_families;
    int m_maxSeriesPerFamily = kDefaultMaxSeriesPerFamily;
    qint64 m_droppedSeries = 0;
    bool m_exportCreated = true;
    quint64 m_generation = 0;
    mutable QByteArray m_buffer; // render()'s, kept between scrapes
};

} // namespace RouteDeck
