// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staleaware.h"

#include <QChartView>
#include <QHash>

#include <optional>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QToolButton;
class QValueAxis;

namespace RouteDeck {

struct TimeAxis;

// A time series chart for the live views. Data comes in as whole point lists (already
// downsampled to the plot width) and goes to Qt Charts by QXYSeries::replace(). NaN is "no
// traffic": lines break there instead of dropping to 0. Values at the largest finite latency
// bucket are drawn as "at least" markers. Context menu and corner button: Export PNG, Copy PromQL.
// Time markers (StaleAware::TimeMarker, also TimeSeriesChart::TimeMarker) are vertical lines.
class TimeSeriesChart : public QChartView, public StaleAware
{
    Q_OBJECT

public:
    enum class Mode { Lines, StackedArea };

    struct Series
    {
        QString name; // unique in the chart: series are kept across updates by name
        QList<QPointF> points; // x: Unix ms, y: value; NaN for "no data"
        QColor color;
        bool emphasised = false; // drawn thicker (e.g. the 429 layer)
    };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Axis title and how values print in the axis and tooltips: decimals and a unit suffix.
    void setValueFormat(const QString &axisTitle, int decimals, const QString &unit);
    void setFixedValueRange(std::optional<std::pair<double, double>> range);
    void setTimeRange(qint64 fromMsecs, qint64 toMsecs) override;
    void setSeries(const QList<Series> &series);
    void setThreshold(std::optional<double> value, const QString &label = QString());
    std::optional<double> threshold() const { return m_threshold; }
    void setAtLeastValue(std::optional<double> value);
    void setTimeMarkers(const QList<TimeMarker> &markers) override;
    QList<TimeMarker> timeMarkers() const { return m_markers; }
    void setTimeSpans(const QList<TimeSpan> &spans) override;
    QList<TimeSpan> timeSpans() const { return m_spans; }
    void setQueryText(const QString &promql) { m_queryText = promql; }
    QString queryText() const { return m_queryText; }
    void setStale(bool stale) override;
    bool isStale() const override { return m_stale; }
    void setEmptyText(const QString &text);

    // Pixel columns of the plot, for SeriesStore::downsample().
    int plotWidth() const;
    bool saveImage(const QString &path, QString *error = nullptr);

    // A value axis from low to high on round steps (1, 2, 2.5, 5 x 10^n), about four intervals.
    struct NiceRange
    {
        double min = 0;
        double max = 1;
        int ticks = 5;
    };
    static NiceRange niceRange(double low, double high);

    // What is on screen, for tests.
    QStringList seriesNames() const;
    int segmentCount(const QString &name) const; // line pieces (Lines) or area pieces (StackedArea)
    int atLeastPointCount(const QString &name) const;
    std::pair<double, double> valueRange() const;
    bool isEmpty() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString name;
        QColor color;
        bool emphasised = false;
        QList<QLineSeries *> lines;
        QList<QAreaSeries *> areas;
        QScatterSeries *atLeast = nullptr;
        int segments = 0;
        int atLeastPoints = 0;
    };

    void updateLines(Entry &entry, const QList<QPointF> &points);
    void updateAreas(QList<Entry *> &entries, const QList<QList<QPointF>> &points);
    QLineSeries *createLine(const QString &name);
    QAreaSeries *createArea(const QString &name);
    void attach(QAbstractSeries *series);
    void styleEntry(Entry &entry);
    void removeEntry(Entry &entry);
    void setLegendVisible(QAbstractSeries *series, bool visible);
    void updateThresholdSeries();
    void updateValueAxis();
    void updateTimeAxis();
    void drawTimeSpans(QPainter *painter, const QRectF &plot, const TimeAxis &axis) const;
    void applyPalette();
    void showToolTip(const QString &name, const QPointF &point, bool atLeast);
    QString formatValue(double value) const;

    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_thresholdSeries = nullptr;
    QToolButton *m_menuButton;
    Mode m_mode = Mode::Lines;
    QList<Entry *> m_entries;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_dataMin = 0;
    double m_dataMax = 0;
    std::optional<std::pair<double, double>> m_fixedRange;
    std::optional<double> m_threshold;
    QString m_thresholdLabel;
    std::optional<double> m_atLeastValue;
    QList<TimeMarker> m_markers;
    QList<TimeSpan> m_spans;
    QString m_queryText;
    QString m_emptyText;
    QString m_unit;
    int m_decimals = 1;
    bool m_stale = false;
    bool m_empty = true;
};

} // namespace RouteDeck
