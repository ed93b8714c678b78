// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackedbarchart.h"

#include "chartexport.h"
#include "seriescolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QLocale>
#include <QMenu>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>

namespace RouteDeck {

StackedBarChart::StackedBarChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_categoryAxis(new QBarCategoryAxis)
    , m_timeAxis(new QDateTimeAxis)
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->setBarWidth(0.8);
    QFont small = m_categoryAxis->labelsFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    m_categoryAxis->setLabelsFont(small);
    m_timeAxis->setLabelsFont(small);
    replaceValueAxis();
    m_timeAxis->hide();
    m_formatter = [](double v) { return QLocale().toString(v, 'f', 2); };
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= m_starts.size()) {
            QToolTip::hideText();
            return;
        }
        const QDateTime start = m_starts.at(index).toLocalTime();
        const QString when = m_daily ? QLocale().toString(start, QStringLiteral("ddd d MMM"))
                                     : QLocale().toString(start, QStringLiteral("ddd d MMM HH:mm"));
        const double total = stackTotal(index);
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 of %4").arg(set->label(), when, m_formatter(set->at(index)),
                                                                        m_formatter(total)),
                           this);
    });
    applyPalette();
}

StackedBarChart::~StackedBarChart() = default;

void StackedBarChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString StackedBarChart::title() const
{
    return m_chart->title();
}

void StackedBarChart::setBuckets(const QList<QDateTime> &starts, const QDateTime &end, bool daily)
{
    m_starts = starts;
    m_end = end;
    m_daily = daily;
    rebuild();
}

void StackedBarChart::setLayers(const QList<Layer> &layers)
{
    m_layers = layers;
    rebuild();
}

void StackedBarChart::setValueFormatter(const std::function<QString(double)> &formatter, const QString &axisTitle)
{
    m_formatter = formatter;
    m_valueTitle = axisTitle;
    rebuild();
}

void StackedBarChart::replaceValueAxis()
{
    // QCategoryAxis does not forget removed labels reliably: a new axis per update is simpler.
    if (m_valueAxis) {
        m_series->detachAxis(m_valueAxis);
        m_chart->removeAxis(m_valueAxis);
        delete m_valueAxis;
    }
    m_valueAxis = new QCategoryAxis;
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setLabelsFont(m_timeAxis->labelsFont());
    m_valueAxis->setTitleText(m_valueTitle);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    applyPalette();
}

void StackedBarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void StackedBarChart::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    rebuild();
}

QList<double> StackedBarChart::niceTicks(double max, int targetCount)
{
    if (!(max > 0) || !std::isfinite(max))
        return { 0, 1 };
    const double raw = max / std::max(1, targetCount - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (magnitude * factor >= raw) {
            step = magnitude * factor;
            break;
        }
    }
    QList<double> ticks;
    for (int i = 0; ticks.isEmpty() || ticks.last() < max - step * 1e-9; ++i)
        ticks.append(step * i);
    return ticks;
}

void StackedBarChart::rebuild()
{
    m_series->clear();
    const qsizetype buckets = m_starts.size();
    QStringList categories;
    const bool labelled = buckets <= (m_daily ? kMaxLabelledDays : kMaxLabelledHours);
    for (qsizetype i = 0; i < buckets; ++i) {
        const QDateTime local = m_starts.at(i).toLocalTime();
        // The unfinished last bar says so: a short "today" bar is not a drop.
        const bool current = i == buckets - 1 && m_end.isValid() && m_end.toMSecsSinceEpoch() < (m_daily ? local.addDays(1) : local.addSecs(3600)).toMSecsSinceEpoch();
        if (!labelled)
            categories.append(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else if (current)
            categories.append(m_daily ? tr("today") : tr("now"));
        else
            categories.append(m_daily ? QLocale().toString(local, QStringLiteral("ddd d")) : local.toString(QStringLiteral("HH:mm")));
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(categories);
    m_categoryAxis->setLabelsVisible(labelled);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setVisible(labelled);
    m_timeAxis->setVisible(!labelled && buckets > 0);
    if (!labelled && buckets > 0) {
        m_timeAxis->setRange(m_starts.first(), m_end.isValid() ? m_end : m_starts.last());
        m_timeAxis->setFormat(m_daily ? QStringLiteral("d MMM") : QStringLiteral("ddd HH:mm"));
        m_timeAxis->setTickCount(std::clamp(int(buckets / (m_daily ? 7 : 24)) + 1, 2, 9));
    }

    double maxStack = 0;
    m_empty = true;
    for (int i = 0; i < m_layers.size(); ++i) {
        const Layer &layer = m_layers.at(i);
        auto *set = new QBarSet(layer.name);
        QColor color = layer.color.isValid() ? layer.color : SeriesColors::series(i);
        if (m_stale)
            color = SeriesColors::greyed(color);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        for (qsizetype b = 0; b < buckets; ++b) {
            const double v = b < layer.values.size() ? layer.values.at(b) : std::nan("");
            // QBarSet has no "missing": NaN becomes an empty (0-height) segment, never a drawn 0.
            set->append(std::isfinite(v) ? v : 0.0);
            if (std::isfinite(v))
                m_empty = false;
        }
        m_series->append(set);
    }
    for (qsizetype b = 0; b < buckets; ++b) {
        const double total = stackTotal(int(b));
        if (std::isfinite(total))
            maxStack = std::max(maxStack, total);
    }
    replaceValueAxis();
    const QList<double> ticks = niceTicks(maxStack);
    m_valueAxis->setStartValue(0);
    m_valueAxis->setRange(0, ticks.last());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        m_valueAxis->append(i == 0 ? QStringLiteral(" ") : m_formatter(ticks.at(i)), ticks.at(i) == 0 ? 1e-12 : ticks.at(i));
    viewport()->update();
}

QStringList StackedBarChart::layerNames() const
{
    QStringList names;
    for (const Layer &layer : m_layers)
        names.append(layer.name);
    return names;
}

QStringList StackedBarChart::categories() const
{
    return m_categoryAxis->categories();
}

double StackedBarChart::stackTotal(int bucket) const
{
    double total = std::nan("");
    for (const Layer &layer : m_layers) {
        if (bucket < layer.values.size() && std::isfinite(layer.values.at(bucket)))
            total = std::isnan(total) ? layer.values.at(bucket) : total + layer.values.at(bucket);
    }
    return total;
}

bool StackedBarChart::hasTimeAxis() const
{
    return m_timeAxis->isVisible();
}

QStringList StackedBarChart::valueAxisLabels() const
{
    QStringList labels = m_valueAxis->categoriesLabels();
    labels.removeAll(QStringLiteral(" "));
    return labels;
}

void StackedBarChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_empty || m_emptyText.isEmpty())
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter->drawText(m_chart->plotArea(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    painter->restore();
}

void StackedBarChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    ChartExport::populateMenu(&menu, this, title(), m_queryText);
    menu.exec(event->globalPos());
}

void StackedBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StackedBarChart::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setTitleBrush(p.color(QPalette::Text));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_categoryAxis), static_cast<QAbstractAxis *>(m_timeAxis),
                                 static_cast<QAbstractAxis *>(m_valueAxis) }) {
        if (!axis)
            continue;
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
}

} // namespace RouteDeck
