// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"
#include "chartexport.h"
#include "seriescolors.h"
#include "seriessegments.h"
#include "timeaxis.h"
#include "viewformat.h"

#include <QAreaSeries>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace RouteDeck {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_menuButton(new QToolButton(this))
    , m_emptyText(tr("No data in this time range"))
{
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
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
    m_mode = mode;
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
    updateThresholdSeries();
    viewport()->update();
}

void TimeSeriesChart::updateTimeAxis()
{
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    const QString format = TimeAxis::labelFormat(m_to - m_from);
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    // QDateTimeAxis spaces ticks evenly from the range start; pick their number so the spacing is a
    // round step (30 s, 2 min, 1 h...) wide enough for a label.
    const int labelWidth = fontMetrics().horizontalAdvance(QDateTime::fromMSecsSinceEpoch(m_from).toString(format)) + 24;
    const TimeAxis axis { m_from, m_to, 0, double(plotWidth()) };
    const qint64 step = axis.tickStep(labelWidth);
    const int ticks = int(std::clamp<qint64>((m_to - m_from + step / 2) / step, 2, 12)) + 1;
    if (m_timeAxis->tickCount() != ticks)
        m_timeAxis->setTickCount(ticks);
}

int TimeSeriesChart::plotWidth() const
{
    const int width = int(m_chart->plotArea().width());
    return width > 10 ? width : std::max(200, this->width() - 80);
}

QLineSeries *TimeSeriesChart::createLine(const QString &name)
{
    auto *line = new QLineSeries(m_chart);
    line->setName(name);
    attach(line);
    connect(line, &QXYSeries::hovered, this,
            [this, name](const QPointF &point, bool state) { if (state) showToolTip(name, point, false); });
    return line;
}

QAreaSeries *TimeSeriesChart::createArea(const QString &name)
{
    auto *area = new QAreaSeries(m_chart);
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setName(name);
    attach(area);
    connect(area, &QAreaSeries::hovered, this,
            [this, name](const QPointF &point, bool state) { if (state) showToolTip(name, point, false); });
    return area;
}

void TimeSeriesChart::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
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
    const auto drop = [this](QAbstractSeries *series) {
        m_chart->removeSeries(series);
        delete series;
    };
    for (QLineSeries *line : std::as_const(entry.lines))
        drop(line);
    for (QAreaSeries *area : std::as_const(entry.areas))
        drop(area);
    if (entry.atLeast)
        drop(entry.atLeast);
    entry.lines.clear();
    entry.areas.clear();
    entry.atLeast = nullptr;
}

void TimeSeriesChart::setSeries(const QList<Series> &series)
{
    QHash<QString, Entry *> existing;
    for (Entry *entry : std::as_const(m_entries))
        existing.insert(entry->name, entry);
    QList<Entry *> entries;
    QList<QList<QPointF>> points;
    for (const Series &s : series) {
        Entry *entry = existing.take(s.name);
        if (!entry) {
            entry = new Entry;
            entry->name = s.name;
        }
        entry->color = s.color.isValid() ? s.color : SeriesColors::series(int(entries.size()));
        entry->emphasised = s.emphasised;
        entries.append(entry);
        points.append(s.points);
    }
    for (Entry *gone : std::as_const(existing)) {
        removeEntry(*gone);
        delete gone;
    }
    m_entries = entries;

    m_dataMin = 0;
    m_dataMax = 0;
    m_empty = true;
    if (m_mode == Mode::Lines) {
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            updateLines(*m_entries[i], points.at(i));
    } else {
        updateAreas(m_entries, points);
    }
    for (Entry *entry : std::as_const(m_entries))
        styleEntry(*entry);
    updateValueAxis();
    viewport()->update();
}

void TimeSeriesChart::updateLines(Entry &entry, const QList<QPointF> &points)
{
    const QList<QList<QPointF>> runs = SeriesSegments::split(points);
    const qsizetype needed = std::max<qsizetype>(1, runs.size());
    while (entry.lines.size() < needed)
        entry.lines.append(createLine(entry.name));
    while (entry.lines.size() > needed) {
        QLineSeries *line = entry.lines.takeLast();
        m_chart->removeSeries(line);
        delete line;
    }
    entry.segments = int(runs.size());
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const QList<QPointF> run = i < runs.size() ? runs.at(i) : QList<QPointF>();
        entry.lines[i]->replace(run);
        // A lone point has no line to draw: show it as a dot.
        if (entry.lines[i]->pointsVisible() != (run.size() == 1))
            entry.lines[i]->setPointsVisible(run.size() == 1);
        for (const QPointF &p : run) {
            m_dataMin = std::min(m_dataMin, p.y());
            m_dataMax = std::max(m_dataMax, p.y());
        }
        m_empty = m_empty && run.isEmpty();
    }

    QList<QPointF> atLeast;
    if (m_atLeastValue) {
        for (const QPointF &p : points) {
            if (std::isfinite(p.y()) && p.y() >= *m_atLeastValue * (1 - 1e-9))
                atLeast.append(p);
        }
    }
    entry.atLeastPoints = int(atLeast.size());
    if (!atLeast.isEmpty() && !entry.atLeast) {
        entry.atLeast = new QScatterSeries(m_chart);
        entry.atLeast->setName(tr("%1 (at least)").arg(entry.name));
        entry.atLeast->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        entry.atLeast->setMarkerSize(11);
        attach(entry.atLeast);
        const QString name = entry.name;
        connect(entry.atLeast, &QXYSeries::hovered, this,
                [this, name](const QPointF &point, bool state) { if (state) showToolTip(name, point, true); });
    }
    if (entry.atLeast)
        entry.atLeast->replace(atLeast);
}

void TimeSeriesChart::updateAreas(QList<Entry *> &entries, const QList<QList<QPointF>> &points)
{
    const QList<SeriesSegments::Run> runs = SeriesSegments::stack(points);
    for (qsizetype layer = 0; layer < entries.size(); ++layer) {
        Entry &entry = *entries[layer];
        const qsizetype needed = std::max<qsizetype>(1, runs.size());
        while (entry.areas.size() < needed)
            entry.areas.append(createArea(entry.name));
        while (entry.areas.size() > needed) {
            QAreaSeries *area = entry.areas.takeLast();
            m_chart->removeSeries(area);
            delete area;
        }
        entry.segments = int(runs.size());
        for (qsizetype i = 0; i < entry.areas.size(); ++i) {
            const bool has = i < runs.size();
            entry.areas[i]->upperSeries()->replace(has ? runs.at(i).at(layer).upper : QList<QPointF>());
            entry.areas[i]->lowerSeries()->replace(has ? runs.at(i).at(layer).lower : QList<QPointF>());
            if (has) {
                for (const QPointF &p : runs.at(i).at(layer).upper)
                    m_dataMax = std::max(m_dataMax, p.y());
                m_empty = false;
            }
        }
    }
}

void TimeSeriesChart::styleEntry(Entry &entry)
{
    const QColor color = m_stale ? SeriesColors::greyed(entry.color) : entry.color;
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        // Square caps: Qt Charts draws a line as separate segments, and round caps would make
        // the stroker draw two curves per point.
        const QPen pen(color, entry.emphasised ? 3.0 : 2.0);
        if (entry.lines[i]->pen() != pen)
            entry.lines[i]->setPen(pen);
        setLegendVisible(entry.lines[i], i == 0);
    }
    for (qsizetype i = 0; i < entry.areas.size(); ++i) {
        QColor fill = color;
        fill.setAlpha(entry.emphasised ? 255 : 180);
        if (entry.areas[i]->brush() != QBrush(fill))
            entry.areas[i]->setBrush(fill);
        // No outline: a layer that is 0 would still draw its edge along the stack's top.
        if (entry.areas[i]->pen().style() != Qt::NoPen)
            entry.areas[i]->setPen(Qt::NoPen);
        setLegendVisible(entry.areas[i], i == 0);
    }
    if (entry.atLeast) {
        if (entry.atLeast->color() != color)
            entry.atLeast->setColor(color);
        if (entry.atLeast->borderColor() != palette().color(QPalette::Text))
            entry.atLeast->setBorderColor(palette().color(QPalette::Text));
        setLegendVisible(entry.atLeast, entry.atLeastPoints > 0);
    }
}

void TimeSeriesChart::setThreshold(std::optional<double> value, const QString &label)
{
    if (value == m_threshold && label == m_thresholdLabel && (m_thresholdSeries || !value))
        return;
    m_threshold = value;
    m_thresholdLabel = label;
    if (value && !m_thresholdSeries) {
        m_thresholdSeries = new QLineSeries(m_chart);
        attach(m_thresholdSeries);
    }
    if (m_thresholdSeries) {
        m_thresholdSeries->setName(label.isEmpty() ? tr("threshold %1").arg(formatValue(value.value_or(0))) : label);
        QPen pen(SeriesColors::threshold(), 1.5, Qt::DashLine);
        m_thresholdSeries->setPen(pen);
        setLegendVisible(m_thresholdSeries, value.has_value());
    }
    updateThresholdSeries();
    updateValueAxis();
}

void TimeSeriesChart::updateThresholdSeries()
{
    if (!m_thresholdSeries)
        return;
    const QList<QPointF> points = m_threshold
        ? QList<QPointF> { QPointF(double(m_from), *m_threshold), QPointF(double(m_to), *m_threshold) }
        : QList<QPointF>();
    if (m_thresholdSeries->points() != points)
        m_thresholdSeries->replace(points);
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
    viewport()->update();
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
    if (m_valueAxis->min() != range.min || m_valueAxis->max() != range.max)
        m_valueAxis->setRange(range.min, range.max);
    if (m_valueAxis->tickCount() != range.ticks)
        m_valueAxis->setTickCount(range.ticks);
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

void TimeSeriesChart::showToolTip(const QString &name, const QPointF &point, bool atLeast)
{
    const QString time = ViewFormat::clock(qint64(point.x()));
    const QString text = atLeast
        ? tr("%1 at %2: at least %3 (the largest finite histogram bucket; the real value is higher)")
              .arg(name, time, formatValue(point.y()))
        : tr("%1 at %2: %3").arg(name, time, formatValue(point.y()));
    QToolTip::showText(QCursor::pos(), text, this);
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
            return entry->atLeastPoints;
    }
    return -1;
}

bool TimeSeriesChart::isEmpty() const
{
    return m_empty;
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
    painter->save();
    const QColor text = palette().color(QPalette::Text);
    if (m_empty) {
        QColor muted = text;
        muted.setAlpha(140);
        painter->setPen(muted);
        painter->drawText(plot, Qt::AlignCenter, m_emptyText);
    }
    const TimeAxis axis { m_from, m_to, plot.left(), plot.width() };
    drawTimeSpans(painter, plot, axis);
    for (const TimeMarker &marker : std::as_const(m_markers)) {
        if (marker.msecs < m_from || marker.msecs > m_to)
            continue;
        const double x = axis.xForTime(marker.msecs);
        painter->setPen(QPen(text, 1, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(text);
        // Right of the line, or left of it where the label would run past the plot's right edge.
        const int labelWidth = painter->fontMetrics().horizontalAdvance(marker.label);
        const double labelX = x + 3 + labelWidth > plot.right() ? std::max<double>(plot.left(), x - 3 - labelWidth) : x + 3;
        painter->drawText(QPointF(labelX, plot.top() + painter->fontMetrics().ascent()), marker.label);
    }
    if (m_threshold && !m_thresholdLabel.isEmpty()) {
        const auto [low, high] = valueRange();
        if (*m_threshold >= low && *m_threshold <= high && high > low) {
            const double y = plot.bottom() - (*m_threshold - low) / (high - low) * plot.height();
            painter->setPen(SeriesColors::threshold());
            const QString label = m_thresholdLabel;
            const int w = painter->fontMetrics().horizontalAdvance(label);
            painter->drawText(QPointF(plot.right() - w - 4, y - 3), label);
        }
    }
    painter->restore();
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
        const QString label = painter->fontMetrics().elidedText(span.label, Qt::ElideRight, int(std::max(band.width(), 60.0)));
        painter->drawText(QPointF(left + 3, plot.bottom() - 4), label);
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
    }
}

void TimeSeriesChart::applyPalette()
{
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    QColor axisLine = text;
    axisLine.setAlpha(110);
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
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

} // namespace RouteDeck
