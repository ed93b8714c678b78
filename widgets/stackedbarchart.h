// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staleaware.h"

#include <QChartView>
#include <QColor>
#include <QDateTime>

#include <functional>

class QBarCategoryAxis;
class QCategoryAxis;
class QDateTimeAxis;
class QStackedBarSeries;

namespace RouteDeck {

// Stacked bars over time buckets (QStackedBarSeries): one bar per hour or day, one layer per item
// (an agent, a model group...). NaN is "no data": no segment, never a zero-height one drawn as 0.
// A few bars are labelled one by one ("Mon 3"); more get a time axis instead.
// Values print through a formatter (money), also on the value axis. Context menu: Export PNG,
// Copy PromQL.
class StackedBarChart : public QChartView, public StaleAware
{
    Q_OBJECT

public:
    // More bars than this get a time axis instead of a label under each bar.
    static constexpr int kMaxLabelledDays = 14;
    static constexpr int kMaxLabelledHours = 12;

    struct Layer
    {
        QString name;
        QList<double> values; // one per bucket
        QColor color;
    };

    explicit StackedBarChart(QWidget *parent = nullptr);
    ~StackedBarChart() override;

    void setTitle(const QString &title);
    QString title() const;
    // Bucket starts (the bars) and the end of the last one; `daily` picks the category labels.
    void setBuckets(const QList<QDateTime> &starts, const QDateTime &end, bool daily);
    void setLayers(const QList<Layer> &layers);
    void setValueFormatter(const std::function<QString(double)> &formatter, const QString &axisTitle);
    void setEmptyText(const QString &text);
    void setQueryText(const QString &promql) { m_queryText = promql; }
    void setStale(bool stale) override;
    bool isStale() const override { return m_stale; }

    // "Nice" axis ticks from 0 to at least `max`: 0, step, 2 step... with step 1, 2, 2.5 or 5 x 10^n.
    static QList<double> niceTicks(double max, int targetCount = 5);

    // What is on screen, for tests.
    QStringList layerNames() const;
    QStringList categories() const;
    double stackTotal(int bucket) const; // sum of the layers' values in a bucket; NaN when all are NaN
    bool isEmpty() const { return m_empty; }
    bool hasTimeAxis() const;
    QStringList valueAxisLabels() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void replaceValueAxis();
    void applyPalette();

    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis = nullptr;
    QString m_valueTitle;
    QList<QDateTime> m_starts;
    QDateTime m_end;
    bool m_daily = true;
    QList<Layer> m_layers;
    std::function<QString(double)> m_formatter;
    QString m_emptyText;
    QString m_queryText;
    bool m_stale = false;
    bool m_empty = true;
};

} // namespace RouteDeck
