// SPDX-License-Identifier: GPL-3.0-or-later
// GUI-thread time to apply one refresh (setSnapshot) to every live page, for a router with 1,000
// deployments in 50 groups and 15 minutes of 1 s history in the series store, which records every
// refresh before the pages get it. Prints figures, with
// `RESULT views.<page>.gui_ms <median, repaint included> ms` lines; asserts no timings.
// `bench_views [page...]` runs only the pages named (overview, traffic, latency, outcomes, cooldowns),
// for a profiler.

#include "cooldownspage.h"
#include "latencypage.h"
#include "outcomespage.h"
#include "overviewpage.h"
#include "snapshotrecorder.h"
#include "support/viewfixtures.h"
#include "trafficpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace RouteDeck;
using namespace RouteDeck::ViewFixtures;

namespace {
constexpr int kDeployments = 1000;
constexpr int kGroups = 50;
constexpr int kRounds = 30;

// CPU time of the calling thread: the GUI thread's own cost, which other processes on the machine
// (a build, a fuzzer) do not stretch the way they stretch wall time.
double threadMsecs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// What the event loop does after a refresh: the posted updates (the charts' scenes post theirs in
// two steps), each widget painted once. A repaint() before them would paint the charts twice: their
// scenes report changes only from the event loop.
void paintPending()
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.size() % 2 ? values.at(values.size() / 2)
                                                     : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);

    QElapsedTimer setup;
    setup.start();
    const Snapshot base = largeSnapshot(kDeployments, kGroups);
    const qint64 to = base.time.toMSecsSinceEpoch();
    const qint64 from = to - 15 * 60 * 1000;
    SeriesStore::Retention retention;
    retention.maxSeries = 100000;
    SeriesStore store(retention);
    fillStore(store, base, from, to, 1000);
    out << "setup: " << base.deployments.size() << " deployments, " << base.groups.size() << " groups, "
        << store.seriesCount() << " series, " << store.pointCount() << " points (~" << store.approximateBytes() / (1024 * 1024)
        << " MiB), built in " << setup.elapsed() << " ms\n";

    // Each refresh is a new second: rates change, a different tenth of deployments cools, and the store
    // records it first (as the data plane does, untimed here: bench_dataplane measures it).
    const auto refreshNumber = [&base](int n) {
        Snapshot s = base;
        s.time = base.time.addSecs(n);
        for (qsizetype i = 0; i < s.deployments.size(); ++i) {
            DeploymentSnapshot &d = s.deployments[i];
            d.requestsPerSecond *= 1 + 0.01 * (n % 10);
            d.observedShare *= 1 + 0.005 * ((i + n) % 5);
            const bool cooling = (i + n) % 10 == 3;
            d.state = cooling ? CooldownState::Cooling : CooldownState::Healthy;
            d.cooldownReason = cooling ? QStringLiteral("429") : QString();
        }
        return s;
    };
    int refresh = 0;

    std::vector<std::pair<QString, std::unique_ptr<OperationsPage>>> pages;
    pages.emplace_back(QStringLiteral("overview"), std::make_unique<OverviewPage>());
    pages.emplace_back(QStringLiteral("traffic"), std::make_unique<TrafficPage>());
    pages.emplace_back(QStringLiteral("latency"), std::make_unique<LatencyPage>());
    pages.emplace_back(QStringLiteral("outcomes"), std::make_unique<OutcomesPage>());
    pages.emplace_back(QStringLiteral("cooldowns"), std::make_unique<CooldownsPage>());
    const QStringList chosen = app.arguments().mid(1);
    if (!chosen.isEmpty())
        std::erase_if(pages, [&](const auto &page) { return !chosen.contains(page.first); });

    out << "median of " << kRounds << " refreshes, GUI thread, ms: setSnapshot | setSnapshot + paint (thread CPU time) | the same, wall\n";
    double totalApply = 0;
    double totalPaint = 0;
    QStringList results;
    for (auto &[name, page] : pages) {
        page->resize(1280, 800);
        page->show();
        page->setTimeRange(from, to);
        page->setSnapshot(base, store); // first fill: models insert every row
        paintPending();
        QList<double> apply;
        QList<double> applyAndPaint;
        QList<double> wall;
        for (int round = 0; round < kRounds; ++round) {
            const Snapshot s = refreshNumber(++refresh);
            SnapshotRecorder::record(store, s, s.time.toMSecsSinceEpoch());
            QElapsedTimer timer;
            timer.start();
            const double start = threadMsecs();
            page->setTimeRange(s.time.toMSecsSinceEpoch() - 15 * 60 * 1000, s.time.toMSecsSinceEpoch());
            page->setSnapshot(s, store);
            apply.append(threadMsecs() - start);
            paintPending();
            applyAndPaint.append(threadMsecs() - start);
            wall.append(double(timer.nsecsElapsed()) / 1e6);
        }
        totalApply += median(apply);
        totalPaint += median(applyAndPaint);
        out << QStringLiteral("  %1 %2 | %3 | %4\n").arg(name, -24).arg(median(apply), 8, 'f', 2).arg(median(applyAndPaint), 8, 'f', 2).arg(median(wall), 8, 'f', 2);
        results << QStringLiteral("RESULT views.%1.gui_ms %2 ms\n").arg(name).arg(median(applyAndPaint), 0, 'f', 2);
        page->hide();
    }
    out << QStringLiteral("  %1 %2 | %3\n").arg(QStringLiteral("all pages"), -24).arg(totalApply, 8, 'f', 2).arg(totalPaint, 8, 'f', 2);
    out << results.join(QString());
    return 0;
}
