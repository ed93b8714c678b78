// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seriessegments.h"
#include "staleaware.h"

#include <QChartView>
#include <QHash>
#include <QImage>

#include <optional>

class QAbstractSeries;
class QLineSeries;
class QScatterSeries;
class QToolButton;
class QValueAxis;

namespace RouteDeck {

struct TimeAxis;

// A time series chart for the live views. Data comes in as whole point lists (already
// downsampled to the plot width). Qt Charts lays out and draws the title, the value axis and the
// legend (each series there is an empty one that only carries its legend entry). The chart draws the
// rest itself: data, grid, threshold line into a cached image once per change (PlotRaster), time
// labels at round times over it. Qt Charts re-stroked every series' hover shape on each update, filled
// translucent areas slowly and set its axis labels as rich text: a 20-deployment page took 30-110 ms a
// refresh. NaN is "no traffic": lines break there instead of dropping to 0. Values at the largest
// finite latency bucket are drawn as "at least" markers. Context menu and corner button: Export PNG,
// Copy PromQL. Time markers (StaleAware::TimeMarker, also TimeSeriesChart::TimeMarker) are vertical lines.
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
    QList<QList<QPointF>> lineRuns(const QString &name) const; // Lines: the pieces drawn, in data coordinates
    // The tooltip at a point of the viewport: the value under the cursor; empty: none there.
    QString toolTipAt(const QPoint &pos) const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PlotMapping; // data to pixel coordinates, in the .cpp

    struct Entry
    {
        QString name;
        QColor color;
        bool emphasised = false;
        QAbstractSeries *legend = nullptr; // an empty series that only carries the legend entry
        QScatterSeries *atLeastLegend = nullptr; // created with the first "at least" point
        QList<QList<QPointF>> runs; // Lines: the finite pieces
        QList<QPointF> atLeast; // Lines: points at the "at least" value
        int segments = 0;
    };

    void updateLines(Entry &entry, const QList<QPointF> &points);
    void updateAreas(const QList<QList<QPointF>> &points);
    QAbstractSeries *createLegend(const QString &name);
    QScatterSeries *createAtLeastLegend(const QString &name);
    void attach(QAbstractSeries *series);
    void styleEntry(Entry &entry);
    void removeEntry(Entry &entry);
    void setLegendVisible(QAbstractSeries *series, bool visible);
    void updateValueAxis();
    void updateTimeAxis();
    void invalidatePlot();
    void paintPlot(QPainter *painter, const QRectF &plot);
    void paintGrid(QImage &image, const PlotMapping &map) const;
    void paintThreshold(QImage &image, const PlotMapping &map) const;
    void drawTimeLabels(QPainter *painter, const QRectF &plot, const TimeAxis &axis) const;
    void paintLines(QImage &image, const PlotMapping &map) const;
    void paintAreas(QImage &image, const PlotMapping &map) const;
    void drawTimeSpans(QPainter *painter, const QRectF &plot, const TimeAxis &axis) const;
    void applyPalette();
    QColor shownColor(const Entry &entry) const;
    QColor areaFill(const Entry &entry) const;
    QString toolTipText(const QString &name, const QPointF &point, bool atLeast) const;
    QString formatValue(double value) const;

    QChart *m_chart;
    // Only holds the room under the plot where the chart writes its time labels (drawTimeLabels): Qt
    // Charts would lay out a QDateTimeAxis's labels as rich text again on every refresh, and space its
    // ticks from the range's start, so the labels changed every second.
    QValueAxis *m_timeLabelRoom;
    QValueAxis *m_valueAxis;
    QLineSeries *m_thresholdSeries = nullptr;
    QToolButton *m_menuButton;
    Mode m_mode = Mode::Lines;
    QList<Entry *> m_entries;
    QList<SeriesSegments::Run> m_stack; // StackedArea: the layers of each piece, one per entry
    QImage m_plotCache; // the data as drawn last, over m_cachedPlot
    QRect m_cachedPlot;
    bool m_plotDirty = true;
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
    QList<qint64> m_timeTicks; // round times (TimeAxis::ticks), each with a grid line and a label
    QStringList m_timeLabels;
    QColor m_gridColor;
    QColor m_axisColor;
    int m_decimals = 1;
    bool m_stale = false;
    bool m_empty = true;
};

} // namespace RouteDeck
