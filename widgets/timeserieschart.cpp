// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"
#include "chartexport.h"
#include "plotraster.h"
#include "seriescolors.h"
#include "seriessegments.h"
#include "timeaxis.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QAreaSeries>
#include <QPainter>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QScatterSeries>
#include <QTextOption>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

namespace RouteDeck {

// Data to pixels over the plot, in doubles both ways (TimeAxis, for the overlays, takes whole
// milliseconds; a data point's x is any finite double).
struct TimeSeriesChart::PlotMapping
{
    QRectF plot;
    double from = 0; // Unix ms at plot.left()
    double to = 1;
    double low = 0; // value at plot.bottom()
    double high = 1;
    double pixelRatio = 1; // device pixels per logical one: pens and markers scale with it

    double x(double msecs) const { return plot.left() + (msecs - from) / (to - from) * plot.width(); }
    double y(double value) const { return plot.bottom() - (value - low) / (high - low) * plot.height(); }
    QPointF map(const QPointF &p) const { return { x(p.x()), y(p.y()) }; }
    double msecsAt(double px) const { return from + (px - plot.left()) / plot.width() * (to - from); }
    double valueAt(double py) const { return low + (plot.bottom() - py) / plot.height() * (high - low); }
};

namespace {
constexpr int kAtLeastMarkerSize = 11;
constexpr double kHoverPixels = 8; // how near the cursor a line's point must be for its tooltip

// `points` sorted by x: the index of the point nearest to x (points must not be empty).
qsizetype nearestIndex(const QList<QPointF> &points, double x)
{
    const auto after = std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    if (after == points.cbegin())
        return 0;
    if (after == points.cend())
        return points.size() - 1;
    const qsizetype i = after - points.cbegin();
    return x - points.at(i - 1).x() <= points.at(i).x() - x ? i - 1 : i;
}

double distanceToSegment(const QPointF &point, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(point, a + t * ab).length();
}

QPolygonF triangle(const QPointF &centre, double size)
{
    const double h = size / 2;
    return QPolygonF({ QPointF(centre.x(), centre.y() - h), QPointF(centre.x() + h, centre.y() + h),
                       QPointF(centre.x() - h, centre.y() + h) });
}
} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_timeLabelRoom(new QValueAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_menuButton(new QToolButton(this))
    , m_emptyText(tr("No data in this time range"))
{
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    // On the right, room for half a time label: the last one is centred on its grid line.
    m_chart->setMargins(QMargins(2, 2, 2 + fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) / 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_timeLabelRoom, Qt::AlignBottom);
    m_timeLabelRoom->setRange(0, 1);
    m_timeLabelRoom->setTickCount(2);
    m_timeLabelRoom->setLabelFormat(QStringLiteral("%.0f"));
    m_timeLabelRoom->setLineVisible(false);
    m_valueAxis->setLineVisible(false); // its line and the time axis's are drawn with the grid
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setMinorTickCount(0);

    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setToolTip(tr("Export PNG, copy PromQL"));
    m_menuButton->setAccessibleName(tr("Chart actions"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    auto *menu = new QMenu(m_menuButton);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        ChartExport::populateMenu(menu, this, title(), m_queryText);
    });
    m_menuButton->setMenu(menu);
    viewport()->setMouseTracking(true);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeRange(now - 15 * 60 * 1000, now);
    applyPalette();
}

TimeSeriesChart::~TimeSeriesChart()
{
    qDeleteAll(m_entries);
}

void TimeSeriesChart::setTitle(const QString &title)
{
    if (title != m_chart->title()) // pages set it on every refresh; Qt Charts lays the chart out again
        m_chart->setTitle(title);
}

QString TimeSeriesChart::title() const
{
    return m_chart->title();
}

void TimeSeriesChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    for (Entry *entry : std::as_const(m_entries)) {
        removeEntry(*entry);
        delete entry;
    }
    m_entries.clear();
    m_stack.clear();
    m_mode = mode;
    invalidatePlot();
}

void TimeSeriesChart::setValueFormat(const QString &axisTitle, int decimals, const QString &unit)
{
    m_valueAxis->setTitleText(axisTitle);
    m_decimals = decimals;
    m_unit = unit;
    updateValueAxis();
}

void TimeSeriesChart::setFixedValueRange(std::optional<std::pair<double, double>> range)
{
    m_fixedRange = range;
    updateValueAxis();
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void TimeSeriesChart::setTimeRange(qint64 fromMsecs, qint64 toMsecs)
{
    toMsecs = std::max(toMsecs, fromMsecs + 1000);
    if (fromMsecs == m_from && toMsecs == m_to)
        return;
    m_from = fromMsecs;
    m_to = toMsecs;
    updateTimeAxis();
    invalidatePlot();
}

void TimeSeriesChart::updateTimeAxis()
{
    const QString format = TimeAxis::labelFormat(m_to - m_from);
    const int labelWidth = fontMetrics().horizontalAdvance(QDateTime::fromMSecsSinceEpoch(m_from).toString(format)) + 24;
    const QList<qint64> ticks = TimeAxis { m_from, m_to, 0, double(plotWidth()) }.ticks(labelWidth);
    if (ticks == m_timeTicks && !m_timeLabels.isEmpty())
        return;
    m_timeTicks = ticks;
    m_timeLabels.clear();
    for (qint64 tick : ticks)
        m_timeLabels.append(QDateTime::fromMSecsSinceEpoch(tick).toString(format));
    invalidatePlot();
}

int TimeSeriesChart::plotWidth() const
{
    const int width = int(m_chart->plotArea().width());
    return width > 10 ? width : std::max(200, this->width() - 80);
}

QAbstractSeries *TimeSeriesChart::createLegend(const QString &name)
{
    QAbstractSeries *legend = nullptr;
    if (m_mode == Mode::StackedArea) {
        auto *area = new QAreaSeries(m_chart);
        area->setUpperSeries(new QLineSeries(area));
        area->setPen(Qt::NoPen);
        legend = area;
    } else {
        legend = new QLineSeries(m_chart);
    }
    legend->setName(name);
    attach(legend);
    return legend;
}

QScatterSeries *TimeSeriesChart::createAtLeastLegend(const QString &name)
{
    auto *legend = new QScatterSeries(m_chart);
    legend->setName(tr("%1 (at least)").arg(name));
    legend->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    legend->setMarkerSize(kAtLeastMarkerSize);
    attach(legend);
    return legend;
}

void TimeSeriesChart::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_timeLabelRoom);
    series->attachAxis(m_valueAxis);
}

void TimeSeriesChart::setLegendVisible(QAbstractSeries *series, bool visible)
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
}

void TimeSeriesChart::removeEntry(Entry &entry)
{
    for (QAbstractSeries *series : { entry.legend, static_cast<QAbstractSeries *>(entry.atLeastLegend) }) {
        if (series) {
            m_chart->removeSeries(series);
            delete series;
        }
    }
    entry.legend = nullptr;
    entry.atLeastLegend = nullptr;
}

void TimeSeriesChart::setSeries(const QList<Series> &series)
{
    QHash<QString, Entry *> existing;
    for (Entry *entry : std::as_const(m_entries))
        existing.insert(entry->name, entry);
    m_dataMin = 0;
    m_dataMax = 0;
    m_empty = true;
    QList<Entry *> entries;
    for (const Series &s : series) {
        Entry *entry = existing.take(s.name);
        if (!entry) {
            entry = new Entry;
            entry->name = s.name;
            entry->legend = createLegend(s.name);
        }
        entry->color = s.color.isValid() ? s.color : SeriesColors::series(int(entries.size()));
        entry->emphasised = s.emphasised;
        if (m_mode == Mode::Lines)
            updateLines(*entry, s.points); // before the next entry: an "at least" legend entry follows its line's
        entries.append(entry);
    }
    for (Entry *gone : std::as_const(existing)) {
        removeEntry(*gone);
        delete gone;
    }
    m_entries = entries;
    if (m_mode == Mode::StackedArea) {
        QList<QList<QPointF>> layers;
        layers.reserve(series.size());
        for (const Series &s : series)
            layers.append(s.points);
        updateAreas(layers);
    }
    for (Entry *entry : std::as_const(m_entries))
        styleEntry(*entry);
    updateValueAxis();
    // Lay out now, not from the event loop: the axes' new labels would move the layout after the
    // first paint and have every refresh painted twice.
    m_chart->layout()->activate();
    invalidatePlot();
}

void TimeSeriesChart::updateLines(Entry &entry, const QList<QPointF> &points)
{
    entry.runs = SeriesSegments::split(points);
    entry.segments = int(entry.runs.size());
    for (const QList<QPointF> &run : std::as_const(entry.runs)) {
        for (const QPointF &p : run) {
            m_dataMin = std::min(m_dataMin, p.y());
            m_dataMax = std::max(m_dataMax, p.y());
        }
        m_empty = false;
    }

    entry.atLeast.clear();
    if (m_atLeastValue) {
        for (const QPointF &p : points) {
            if (std::isfinite(p.y()) && p.y() >= *m_atLeastValue * (1 - 1e-9))
                entry.atLeast.append(p);
        }
    }
    if (!entry.atLeast.isEmpty() && !entry.atLeastLegend)
        entry.atLeastLegend = createAtLeastLegend(entry.name);
}

void TimeSeriesChart::updateAreas(const QList<QList<QPointF>> &points)
{
    m_stack = SeriesSegments::stack(points);
    for (Entry *entry : std::as_const(m_entries))
        entry->segments = int(m_stack.size());
    for (const SeriesSegments::Run &run : std::as_const(m_stack)) {
        for (const QPointF &p : run.constLast().upper) // the top layer's upper edge is the stack's
            m_dataMax = std::max(m_dataMax, p.y());
        m_empty = false;
    }
}

QColor TimeSeriesChart::shownColor(const Entry &entry) const
{
    return m_stale ? SeriesColors::greyed(entry.color) : entry.color;
}

// A stacked layer's fill, the same in the plot and its legend swatch: translucent unless emphasised.
QColor TimeSeriesChart::areaFill(const Entry &entry) const
{
    QColor fill = shownColor(entry);
    fill.setAlpha(entry.emphasised ? 255 : 180);
    return fill;
}

void TimeSeriesChart::styleEntry(Entry &entry)
{
    const QColor color = shownColor(entry);
    if (auto *line = qobject_cast<QLineSeries *>(entry.legend)) {
        const QPen pen(color, entry.emphasised ? 3.0 : 2.0);
        if (line->pen() != pen)
            line->setPen(pen);
    } else if (auto *area = qobject_cast<QAreaSeries *>(entry.legend)) {
        const QColor fill = areaFill(entry);
        if (area->brush() != QBrush(fill))
            area->setBrush(fill);
    }
    if (entry.atLeastLegend) {
        if (entry.atLeastLegend->color() != color)
            entry.atLeastLegend->setColor(color);
        if (entry.atLeastLegend->borderColor() != palette().color(QPalette::Text))
            entry.atLeastLegend->setBorderColor(palette().color(QPalette::Text));
        setLegendVisible(entry.atLeastLegend, !entry.atLeast.isEmpty());
    }
}

void TimeSeriesChart::setThreshold(std::optional<double> value, const QString &label)
{
    if (value == m_threshold && label == m_thresholdLabel && (m_thresholdSeries || !value))
        return;
    m_threshold = value;
    m_thresholdLabel = label;
    if (value && !m_thresholdSeries) {
        m_thresholdSeries = new QLineSeries(m_chart); // its legend entry; the line is drawn with the data
        attach(m_thresholdSeries);
    }
    if (m_thresholdSeries) {
        m_thresholdSeries->setName(label.isEmpty() ? tr("threshold %1").arg(formatValue(value.value_or(0))) : label);
        QPen pen(SeriesColors::threshold(), 1.5, Qt::DashLine);
        m_thresholdSeries->setPen(pen);
        setLegendVisible(m_thresholdSeries, value.has_value());
    }
    updateValueAxis();
    invalidatePlot();
}

void TimeSeriesChart::setAtLeastValue(std::optional<double> value)
{
    m_atLeastValue = value;
}

void TimeSeriesChart::setTimeMarkers(const QList<TimeMarker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void TimeSeriesChart::setTimeSpans(const QList<TimeSpan> &spans)
{
    if (spans == m_spans)
        return;
    m_spans = spans;
    viewport()->update();
}

void TimeSeriesChart::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    for (Entry *entry : std::as_const(m_entries))
        styleEntry(*entry);
    invalidatePlot();
}

void TimeSeriesChart::updateValueAxis()
{
    // Every range or format change re-lays out every series of the chart (Qt Charts strokes each
    // line's hit shape again), so the axis is only touched when the result differs.
    NiceRange range;
    int decimals = m_decimals;
    if (m_fixedRange) {
        range = { m_fixedRange->first, m_fixedRange->second, 5 };
    } else {
        const double high = std::max(m_dataMax, m_threshold.value_or(m_dataMax));
        range = niceRange(std::min(0.0, m_dataMin), high * 1.05);
        const double span = range.max - range.min;
        decimals = std::min(m_decimals, span >= 10 ? 0 : span >= 2 ? 1 : 2);
        // Never fewer decimals than the ticks need to read differently: an empty chart of whole
        // numbers spans 0 to 1 and labelled its ticks "0, 0, 1, 1, 1".
        const double step = range.ticks > 1 ? span / (range.ticks - 1) : span;
        int needed = 0;
        while (needed < 3 && step > 0 && std::abs(step * std::pow(10, needed) - std::round(step * std::pow(10, needed))) > 1e-6)
            ++needed;
        decimals = std::max(decimals, needed);
    }
    if (m_valueAxis->min() != range.min || m_valueAxis->max() != range.max) {
        m_valueAxis->setRange(range.min, range.max);
        invalidatePlot();
    }
    if (m_valueAxis->tickCount() != range.ticks) {
        m_valueAxis->setTickCount(range.ticks);
        invalidatePlot();
    }
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    if (m_valueAxis->labelFormat() != format)
        m_valueAxis->setLabelFormat(format);
}

TimeSeriesChart::NiceRange TimeSeriesChart::niceRange(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high) || !(high > low))
        return { std::isfinite(low) ? low : 0.0, (std::isfinite(low) ? low : 0.0) + 1, 5 };
    // About four intervals of 1, 2, 2.5 or 5 times a power of ten.
    const double raw = (high - low) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    const double min = std::floor(low / step) * step;
    const double max = std::ceil(high / step) * step;
    return { min, max, int(std::lround((max - min) / step)) + 1 };
}

std::pair<double, double> TimeSeriesChart::valueRange() const
{
    return { m_valueAxis->min(), m_valueAxis->max() };
}

QString TimeSeriesChart::formatValue(double value) const
{
    return QLocale().toString(value, 'f', m_decimals) + m_unit;
}

QString TimeSeriesChart::toolTipText(const QString &name, const QPointF &point, bool atLeast) const
{
    const QString time = ViewFormat::clock(qint64(point.x()));
    return atLeast ? tr("%1 at %2: at least %3 (the largest finite histogram bucket; the real value is higher)")
                         .arg(name, time, formatValue(point.y()))
                   : tr("%1 at %2: %3").arg(name, time, formatValue(point.y()));
}

QString TimeSeriesChart::toolTipAt(const QPoint &pos) const
{
    const QRectF plot = m_chart->plotArea();
    const QPointF scenePos = mapToScene(pos);
    if (!plot.contains(scenePos) || m_to <= m_from || m_valueAxis->max() <= m_valueAxis->min())
        return QString();
    const PlotMapping map { plot, double(m_from), double(m_to), m_valueAxis->min(), m_valueAxis->max() };
    const double msecs = map.msecsAt(scenePos.x());
    if (m_mode == Mode::StackedArea) {
        // The layer whose band holds the cursor, at the nearest time of the piece under it.
        const double value = map.valueAt(scenePos.y());
        for (const SeriesSegments::Run &run : m_stack) {
            const QList<QPointF> &xs = run.constFirst().upper;
            if (msecs < xs.constFirst().x() || msecs > xs.constLast().x())
                continue;
            const qsizetype i = nearestIndex(xs, msecs);
            for (qsizetype layer = 0; layer < run.size() && layer < m_entries.size(); ++layer) {
                const double lower = run.at(layer).lower.at(i).y();
                const double upper = run.at(layer).upper.at(i).y();
                if (value >= lower && value <= upper && upper > lower)
                    return toolTipText(m_entries.at(layer)->name, QPointF(xs.at(i).x(), upper - lower), false);
            }
        }
        return QString();
    }
    // The line nearest to the cursor on screen, within a few pixels: its point nearest in time.
    double best = kHoverPixels;
    QString text;
    for (const Entry *entry : m_entries) {
        for (const QList<QPointF> &run : entry->runs) {
            const qsizetype i = nearestIndex(run, msecs);
            const QPointF p = run.at(i);
            double distance = QLineF(map.map(p), scenePos).length();
            for (qsizetype j : { i - 1, i + 1 }) {
                if (j >= 0 && j < run.size())
                    distance = std::min(distance, distanceToSegment(scenePos, map.map(p), map.map(run.at(j))));
            }
            if (distance <= best) {
                best = distance;
                const bool atLeast = m_atLeastValue && p.y() >= *m_atLeastValue * (1 - 1e-9);
                text = toolTipText(entry->name, p, atLeast);
            }
        }
    }
    return text;
}

bool TimeSeriesChart::viewportEvent(QEvent *event)
{
    if (WidgetSupport::handleToolTip(viewport(), event, [this](const QPoint &pos) { return toolTipAt(pos); }))
        return true;
    return QChartView::viewportEvent(event);
}

QStringList TimeSeriesChart::seriesNames() const
{
    QStringList names;
    for (const Entry *entry : m_entries)
        names.append(entry->name);
    return names;
}

int TimeSeriesChart::segmentCount(const QString &name) const
{
    for (const Entry *entry : m_entries) {
        if (entry->name == name)
            return entry->segments;
    }
    return -1;
}

int TimeSeriesChart::atLeastPointCount(const QString &name) const
{
    for (const Entry *entry : m_entries) {
        if (entry->name == name)
            return int(entry->atLeast.size());
    }
    return -1;
}

bool TimeSeriesChart::isEmpty() const
{
    return m_empty;
}

QList<QList<QPointF>> TimeSeriesChart::lineRuns(const QString &name) const
{
    for (const Entry *entry : m_entries) {
        if (entry->name == name)
            return entry->runs;
    }
    return {};
}

bool TimeSeriesChart::saveImage(const QString &path, QString *error)
{
    const bool buttonShown = m_menuButton->isVisible();
    m_menuButton->hide();
    const bool ok = ChartExport::savePng(this, path, error);
    m_menuButton->setVisible(buttonShown);
    return ok;
}

void TimeSeriesChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return;
    paintPlot(painter, plot);
    painter->save();
    const QColor text = palette().color(QPalette::Text);
    if (m_empty) {
        QColor muted = text;
        muted.setAlpha(140);
        painter->setPen(muted);
        // Wrapped inside the plot: the text may hold a long query.
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter->drawText(plot.adjusted(8, 0, -8, 0), m_emptyText, option);
    }
    const TimeAxis axis { m_from, m_to, plot.left(), plot.width() };
    drawTimeLabels(painter, plot, axis);
    drawTimeSpans(painter, plot, axis);
    for (const TimeMarker &marker : std::as_const(m_markers)) {
        if (marker.msecs < m_from || marker.msecs > m_to)
            continue;
        const double x = axis.xForTime(marker.msecs);
        painter->setPen(QPen(text, 1, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(text);
        const int labelWidth = painter->fontMetrics().horizontalAdvance(marker.label);
        painter->drawText(QPointF(axis.labelLeft(x, x, labelWidth), plot.top() + painter->fontMetrics().ascent()),
                          marker.label);
    }
    if (m_threshold && !m_thresholdLabel.isEmpty()) {
        const auto [low, high] = valueRange();
        if (*m_threshold >= low && *m_threshold <= high && high > low) {
            const double y = PlotMapping { plot, double(m_from), double(m_to), low, high }.y(*m_threshold);
            painter->setPen(SeriesColors::threshold());
            const QString label = m_thresholdLabel;
            const int w = painter->fontMetrics().horizontalAdvance(label);
            painter->drawText(QPointF(plot.right() - w - 4, y - 3), label);
        }
    }
    painter->restore();
}

void TimeSeriesChart::invalidatePlot()
{
    m_plotDirty = true;
    viewport()->update();
}

// The data, drawn into m_plotCache when it or the plot area changed, so that a repaint for a tooltip,
// a marker or an exposed window only copies it.
void TimeSeriesChart::paintPlot(QPainter *painter, const QRectF &plot)
{
    const QRect pixels = plot.toAlignedRect();
    if (pixels.isEmpty())
        return; // a chart too small for a plot (a tall legend): nothing to draw
    const qreal ratio = viewport()->devicePixelRatioF();
    if (m_plotDirty || pixels != m_cachedPlot || m_plotCache.devicePixelRatio() != ratio) {
        const QSize size = pixels.size() * ratio;
        if (m_plotCache.size() != size) // else reused: a refresh would allocate a plot-sized image per chart
            m_plotCache = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_plotCache.setDevicePixelRatio(1); // drawn in device pixels
        m_plotCache.fill(Qt::transparent);
        const double low = m_valueAxis->min();
        const double high = m_valueAxis->max();
        if (high > low && m_to > m_from) {
            // In the image's device pixels.
            const QRectF target((plot.topLeft() - pixels.topLeft()) * ratio, plot.size() * ratio);
            const PlotMapping map { target, double(m_from), double(m_to), low, high, ratio };
            paintGrid(m_plotCache, map);
            if (m_mode == Mode::StackedArea)
                paintAreas(m_plotCache, map);
            else
                paintLines(m_plotCache, map);
            paintThreshold(m_plotCache, map);
        }
        m_plotCache.setDevicePixelRatio(ratio);
        m_cachedPlot = pixels;
        m_plotDirty = false;
    }
    painter->drawImage(pixels.topLeft(), m_plotCache);
}

// The grid under the data: a line at each time label (m_timeTicks) and at each value tick (evenly
// from the value axis's minimum, as QValueAxis puts its labels); the left and bottom edges are the axes.
void TimeSeriesChart::paintGrid(QImage &image, const PlotMapping &map) const
{
    PlotRaster raster(image);
    const int thickness = std::max(1, int(map.pixelRatio));
    const auto column = [&](double x, const QColor &color) {
        raster.fillRect(QRect(std::clamp(int(x), 0, image.width() - thickness), 0, thickness, image.height()), color);
    };
    const auto row = [&](double y, const QColor &color) {
        raster.fillRect(QRect(0, std::clamp(int(y), 0, image.height() - thickness), image.width(), thickness), color);
    };
    for (qint64 tick : m_timeTicks)
        column(map.x(double(tick)), m_gridColor);
    const int valueTicks = m_valueAxis->tickCount();
    for (int i = 0; i < valueTicks && valueTicks > 1; ++i)
        row(map.plot.top() + map.plot.height() * i / (valueTicks - 1), m_gridColor);
    column(map.plot.left(), m_axisColor);
    row(map.plot.bottom() - thickness, m_axisColor);
}

// A dashed line across the plot at the threshold (its label is drawn in drawForeground()).
void TimeSeriesChart::paintThreshold(QImage &image, const PlotMapping &map) const
{
    if (!m_threshold)
        return;
    const double y = map.y(*m_threshold);
    if (!(y >= map.plot.top() && y <= map.plot.bottom()))
        return;
    PlotRaster raster(image);
    const int thickness = std::max(2, int(std::lround(1.5 * map.pixelRatio)));
    const int dash = std::max(1, int(6 * map.pixelRatio));
    const int gap = std::max(1, int(3 * map.pixelRatio));
    const int top = int(y) - thickness / 2;
    for (int x = int(map.plot.left()); x < int(map.plot.right()); x += dash + gap)
        raster.fillRect(QRect(x, top, dash, thickness), SeriesColors::threshold());
}

void TimeSeriesChart::paintLines(QImage &image, const PlotMapping &map) const
{
    const double ratio = map.pixelRatio;
    PlotRaster raster(image);
    QPolygonF polyline;
    for (const Entry *entry : m_entries) {
        const QColor color = shownColor(*entry);
        const double width = (entry->emphasised ? 3.0 : 2.0) * ratio;
        QList<QPointF> dots; // a lone point has no line to draw
        for (const QList<QPointF> &run : entry->runs) {
            if (run.size() == 1) {
                dots.append(map.map(run.constFirst()));
                continue;
            }
            polyline.clear();
            polyline.reserve(run.size());
            for (const QPointF &p : run)
                polyline.append(map.map(p));
            raster.strokeLine(polyline, color, width);
        }
        if (dots.isEmpty() && entry->atLeast.isEmpty())
            continue;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        for (const QPointF &dot : std::as_const(dots))
            painter.drawEllipse(dot, width + ratio, width + ratio);
        painter.setPen(QPen(palette().color(QPalette::Text), ratio));
        for (const QPointF &p : entry->atLeast)
            painter.drawPolygon(triangle(map.map(p), kAtLeastMarkerSize * ratio));
    }
}

void TimeSeriesChart::paintAreas(QImage &image, const PlotMapping &map) const
{
    PlotRaster raster(image);
    QPolygonF upper;
    QPolygonF lower;
    for (const SeriesSegments::Run &run : m_stack) {
        for (qsizetype layer = 0; layer < run.size() && layer < m_entries.size(); ++layer) {
            const Entry &entry = *m_entries.at(layer);
            const QColor fill = areaFill(entry);
            const SeriesSegments::Layer &edges = run.at(layer);
            upper.clear();
            lower.clear();
            for (const QPointF &p : edges.upper)
                upper.append(map.map(p));
            for (const QPointF &p : edges.lower)
                lower.append(map.map(p));
            raster.fillBand(upper, lower, fill);
        }
    }
}

// Under the plot, centred on their grid lines and kept inside the chart.
void TimeSeriesChart::drawTimeLabels(QPainter *painter, const QRectF &plot, const TimeAxis &axis) const
{
    painter->setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = painter->fontMetrics();
    const double baseline = plot.bottom() + 4 + metrics.ascent();
    for (qsizetype i = 0; i < m_timeTicks.size() && i < m_timeLabels.size(); ++i) {
        const QString &label = m_timeLabels.at(i);
        const int width = metrics.horizontalAdvance(label);
        const double x = std::clamp(axis.xForTime(m_timeTicks.at(i)) - width / 2.0, 0.0, double(this->width() - width));
        painter->drawText(QPointF(x, baseline), label);
    }
}

// Alert spans: a translucent band from start to end (or the right edge while still going), labelled at
// the bottom so that marker labels at the top stay readable.
void TimeSeriesChart::drawTimeSpans(QPainter *painter, const QRectF &plot, const TimeAxis &axis) const
{
    QColor fill = SeriesColors::alertSpan();
    fill.setAlpha(38);
    for (const TimeSpan &span : std::as_const(m_spans)) {
        const qint64 end = span.toMsecs > 0 ? span.toMsecs : m_to;
        if (end < m_from || span.fromMsecs > m_to)
            continue;
        const double left = axis.xForTime(std::max(span.fromMsecs, m_from));
        const double right = axis.xForTime(std::min(end, m_to));
        const QRectF band(QPointF(left, plot.top()), QPointF(std::max(right, left + 2), plot.bottom()));
        painter->fillRect(band, fill);
        QColor text = fill;
        text.setAlpha(230);
        painter->setPen(text);
        // A band too narrow for its label (one that has just begun at the right edge) lends it up to a
        // third of the plot, to its left.
        const QFontMetrics metrics = painter->fontMetrics();
        const double room = std::max(band.width() - 6, std::min<double>(metrics.horizontalAdvance(span.label), plot.width() / 3));
        const QString label = metrics.elidedText(span.label, Qt::ElideRight, int(room));
        painter->drawText(QPointF(axis.labelLeft(left, band.right(), metrics.horizontalAdvance(label)), plot.bottom() - 4),
                          label);
    }
}

void TimeSeriesChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExport::populateMenu(&menu, this, title(), m_queryText);
    menu.exec(event->globalPos());
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    const QSize size = m_menuButton->sizeHint();
    m_menuButton->setGeometry(width() - size.width() - 2, 2, size.width(), size.height());
    m_menuButton->raise();
    updateTimeAxis();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette();
        for (Entry *entry : std::as_const(m_entries))
            styleEntry(*entry);
        invalidatePlot();
    }
}

void TimeSeriesChart::applyPalette()
{
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    m_gridColor = text;
    m_gridColor.setAlpha(40);
    m_axisColor = text;
    m_axisColor.setAlpha(110);
    setBackgroundBrush(base);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());
    // Grid and axis lines are drawn with the data (paintGrid), the time labels by drawTimeLabels().
    m_timeLabelRoom->setLabelsBrush(Qt::transparent);
    m_timeLabelRoom->setLabelsFont(font());
    m_valueAxis->setLabelsBrush(text);
    m_valueAxis->setLabelsFont(font());
    m_valueAxis->setTitleBrush(text);
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_timeLabelRoom), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setGridLineVisible(false);
        axis->setShadesVisible(false);
    }
}

} // namespace RouteDeck
