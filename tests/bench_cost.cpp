// SPDX-License-Identifier: GPL-3.0-or-later
// How long CostReport::build takes on the GUI thread for a month of hourly intervals, from a
// demo-sized router to a large one (deployments x agents series per query, five queries). Prints
// figures; asserts nothing about time.
#include "costreport.h"
#include "costtablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace RouteDeck;

namespace {

CostReport::Input input(int deployments, int agents, int hours)
{
    CostReport::Input in;
    in.now = QDateTime(QDate(2026, 3, 31), QTime(12, 0), QTimeZone::utc());
    in.to = in.now;
    in.timeZone = QTimeZone::utc();
    in.bucket = CostBucket::Day;
    in.from = CostReport::rangeStart(CostRangePreset::Last30Days, CostBucket::Day, in.now, in.timeZone);
    const double start = double(in.now.toSecsSinceEpoch()) - double(hours) * 3600;
    for (const QString &query : CostReport::queryNames()) {
        PromQueryResult &result = in.intervals[query];
        result.resultType = PromQueryResult::Type::Matrix;
        for (int d = 0; d < deployments; ++d) {
            for (int a = 0; a < agents; ++a) {
                PromSeries series;
                series.labels = { { QStringLiteral("requested_model"), QStringLiteral("group-%1").arg(d / 5) },
                                  { QStringLiteral("model_id"), QStringLiteral("deployment-%1").arg(d) },
                                  { QStringLiteral("api_provider"), d % 2 ? QStringLiteral("azure") : QStringLiteral("openai") },
                                  { QStringLiteral("metadata_agent"), QStringLiteral("agent-%1").arg(a) } };
                series.samples.reserve(hours);
                for (int h = 1; h <= hours; ++h)
                    series.samples.append({ start + h * 3600.0, 1.0 + (h + d + a) % 7 });
                result.series.append(series);
            }
        }
    }
    return in;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int hours = 31 * 24;
    std::printf("CostReport::build, %d hourly intervals, 5 queries:\n", hours);
    for (const auto &[deployments, agents] : { std::pair { 7, 3 }, std::pair { 50, 4 }, std::pair { 200, 5 } }) {
        const CostReport::Input in = input(deployments, agents, hours);
        QElapsedTimer timer;
        timer.start();
        const CostReport report = CostReport::build(in);
        const double buildMs = double(timer.nsecsElapsed()) / 1e6;
        CostTableModel model;
        model.setBreakdown(CostBreakdown::Deployment);
        timer.restart();
        model.setReport(report);
        const double modelMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("  %4d deployments x %d agents = %5d series (%7lld samples): build %8.2f ms, table of %d rows %6.2f ms\n",
                    deployments, agents, deployments * agents, qint64(deployments) * agents * hours * 5, buildMs,
                    model.rowCount(), modelMs);
    }
    return 0;
}
