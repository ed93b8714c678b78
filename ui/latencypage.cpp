// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencypage.h"
#include "groupcombobox.h"
#include "serieskeys.h"
#include "seriescolors.h"
#include "viewformat.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace RouteDeck {

LatencyPage::LatencyPage(QWidget *parent)
    : OperationsPage(parent)
    , m_groups(new GroupComboBox(QString(), this))
    , m_threshold(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("latencyPage"));
    m_groups->setObjectName(QStringLiteral("latencyGroup"));
    connect(m_groups, &GroupComboBox::groupChanged, this, [this] {
        showThreshold();
        for (const auto &[quantile, chart] : std::as_const(m_charts))
            chart->setSeries({});
        Q_EMIT snapshotWanted();
    });

    m_threshold->setObjectName(QStringLiteral("latencyThreshold"));
    m_threshold->setRange(0.05, 3600);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.5);
    m_threshold->setSuffix(tr(" s"));
    m_threshold->setKeyboardTracking(false);
    m_threshold->setToolTip(tr("p95 above this line counts as a problem for this model group (Overview, alerts)"));
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &LatencyPage::editThreshold);

    auto *top = createGroupRow(m_groups);
    auto *thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    top->addSpacing(16);
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);
    top->addStretch();
    top->addWidget(createTracesButton()); // no deployment table here: one entry per deployment charted
    contentLayout()->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    for (int quantile : { 50, 95, 99 }) {
        auto *chart = new TimeSeriesChart(this);
        chart->setObjectName(QStringLiteral("latencyChartP%1").arg(quantile));
        chart->setValueFormat(tr("seconds"), 1, tr(" s"));
        chart->setEmptyText(tr("No traffic in this time range"));
        registerStaleAware(chart);
        splitter->addWidget(chart);
        m_charts.append({ quantile, chart });
    }
    contentLayout()->addWidget(splitter, 1);
    showThreshold();
}

TimeSeriesChart *LatencyPage::chart(int quantile) const
{
    for (const auto &[q, chart] : m_charts) {
        if (q == quantile)
            return chart;
    }
    return nullptr;
}

void LatencyPage::queryTextsChanged()
{
    const QString query = queryText(QStringLiteral("latency"));
    for (const auto &[quantile, chart] : std::as_const(m_charts)) {
        QString text = query;
        text.replace(QLatin1String("$quantile"), QString::number(quantile / 100.0));
        chart->setQueryText(text);
    }
}

void LatencyPage::thresholdsChanged()
{
    showThreshold();
}

void LatencyPage::showThreshold()
{
    const QString group = currentGroup();
    const double seconds = thresholds().latencySeconds(group);
    {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(seconds);
        m_threshold->setEnabled(!group.isEmpty());
    }
    for (const auto &[quantile, chart] : std::as_const(m_charts)) {
        chart->setTitle(tr("p%1 latency — %2").arg(quantile).arg(group));
        chart->setThreshold(seconds, tr("threshold %1").arg(ViewFormat::seconds(seconds)));
    }
}

void LatencyPage::editThreshold(double seconds)
{
    const QString group = currentGroup();
    if (group.isEmpty())
        return;
    ViewThresholds edited = thresholds();
    GroupLimits limits = edited.of(group);
    limits.latencySeconds = seconds;
    edited.limits.groups.insert(group, limits);
    setThresholds(edited);
    Q_EMIT thresholdsEdited(edited);
}

void LatencyPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    updateFreshness(snapshot);
    offerGroups(m_groups, snapshot);
    showThreshold();

    const QString group = currentGroup();
    for (const auto &[quantile, chart] : std::as_const(m_charts)) {
        chart->setAtLeastValue(snapshot.largestFiniteBucket);
        QList<TimeSeriesChart::Series> series;
        int index = 0;
        for (const DeploymentSnapshot &d : snapshot.deployments) {
            if (d.group != group)
                continue;
            series.append({ d.id, chartPoints(store, SeriesKeys::latency(quantile, d.id), rangeFrom(), rangeTo(), chart->plotWidth()),
                            SeriesColors::series(index++), false });
        }
        chart->setSeries(series);
    }
}

} // namespace RouteDeck
