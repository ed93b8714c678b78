// SPDX-License-Identifier: GPL-3.0-or-later
// How soon the console shows live data (issue 16): the seconds from building its window and controller to the
// first refresh with the router and Prometheus both live and request rates on screen, against the real
// simulator and the real Prometheus, which already run and have scraped for a while. Loading the program and Qt
// is not counted. Prints the median of five starts as `RESULT console.first_data_s`; asserts no timing.
#include "consolecontroller.h"
#include "dataplanelivechecks.h"
#include "mainwindow.h"
#include "support/prometheusprocess.h"
#include "support/simprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

constexpr int kStarts = 5;
constexpr int kGiveUpMs = 30000;

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Router and Prometheus live, and the rates Prometheus gives for the deployments are on screen.
bool showsLiveData(const MainWindow &window)
{
    const Snapshot &s = window.lastSnapshot();
    return window.isLive() && s.router.state == SourceStatus::State::Live
        && s.prometheus.state == SourceStatus::State::Live
        && std::any_of(s.deployments.cbegin(), s.deployments.cend(),
            [](const DeploymentSnapshot &d) { return std::isfinite(d.requestsPerSecond); });
}

// Seconds from the console's start to its first live data; NaN when none came within kGiveUpMs.
double firstDataSeconds(const DataPlane::Settings &settings)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    ConsoleController controller(&window);
    window.resize(1280, 800);
    window.show();
    controller.connectTo(settings, QStringLiteral("bench"));
    // Looks every 5 ms without spinning: the simulator and Prometheus share the machine's cores.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (showsLiveData(window) || timer.elapsed() >= kGiveUpMs)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return showsLiveData(window) ? double(timer.nsecsElapsed()) / 1e9 : std::nan("");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the console's audit log and settings stay out of the user's
    if (!PrometheusProcess::isAvailable()) {
        std::printf("prometheus is not installed: no figure\n");
        return 0;
    }
    QTemporaryDir dir;
    SimProcess sim;
    if (!dir.isValid() || !sim.start(Live::writeConfig(dir.path()))) {
        std::fprintf(stderr, "the simulator did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    PrometheusProcess prometheus;
    if (!prometheus.start({ sim.target() }, Live::kScrapeSeconds) || !prometheus.waitUntilReady()) {
        std::fprintf(stderr, "prometheus did not start: %s\n", qPrintable(prometheus.errorString()));
        return 1;
    }
    // "Already running": a rate window's worth of scrapes is in.
    wait(8000);

    const DataPlane::Settings settings = Live::settingsFor(sim.baseUrl(), prometheus.baseUrl());
    std::vector<double> seconds;
    for (int start = 0; start < kStarts; ++start) {
        const double s = firstDataSeconds(settings);
        std::printf("start %d: first live data after %.3f s\n", start + 1, s);
        if (std::isnan(s)) {
            std::fprintf(stderr, "no live data within %d s\n", kGiveUpMs / 1000);
            return 1;
        }
        seconds.push_back(s);
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("RESULT console.first_data_s %.3f s\n", seconds[seconds.size() / 2]);
    return 0;
}
