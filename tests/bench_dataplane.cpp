// SPDX-License-Identifier: GPL-3.0-or-later
// The data plane's cost for a large router: 1,000 deployments in 50 groups. Prints queries per
// refresh, decode + assembly time of one refresh (synthetic Prometheus answers of the catalog's
// shapes, decoded by PrometheusDecoder, joined by SnapshotAssembler), SeriesStore record time, and
// memory after one hour of 1 s refreshes. Asserts only that the pipeline works, never timings.

#include "dataplane.h"
#include "messagetext.h"
#include "prometheusdecoder.h"
#include "serieskeys.h"
#include "seriesstore.h"
#include "snapshotrecorder.h"
#include "snapshotassembler.h"
#include "support/processmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace RouteDeck;

namespace {

constexpr int kDeployments = 1000;
constexpr int kGroups = 50;

QString deploymentId(int i)
{
    return QStringLiteral("deployment-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString groupName(int i)
{
    return QStringLiteral("group-%1").arg(i % kGroups, 2, 10, QLatin1Char('0'));
}

QByteArray vector(const QList<std::pair<QByteArray, double>> &series)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (qsizetype i = 0; i < series.size(); ++i) {
        body += (i ? "," : "") + QByteArray(R"({"metric":{)") + series.at(i).first + R"(},"value":[1732680000.123,")"
            + (std::isnan(series.at(i).second) ? QByteArray("NaN") : QByteArray::number(series.at(i).second, 'g', 12))
            + R"("]})";
    }
    return body + "]}}";
}

QByteArray model(int i)
{
    return R"("model_id":")" + deploymentId(i).toLatin1() + '"';
}

// One refresh's answers, by catalog query name, shaped like Prometheus answers the built-in catalog.
QHash<QString, QByteArray> refreshAnswers(int refresh)
{
    QList<std::pair<QByteArray, double>> requests, successes, failures, p50, p95, p99, state, cooldowns, remaining;
    for (int i = 0; i < kDeployments; ++i) {
        const double rps = 1 + (i * 37 + refresh) % 100 / 10.0;
        requests.append({ model(i), rps });
        successes.append({ model(i), rps * 0.97 });
        failures.append({ model(i) + R"(,"exception_status":"429","exception_class":"RateLimitError")", rps * 0.02 });
        failures.append({ model(i) + R"(,"exception_status":"500","exception_class":"APIError")", rps * 0.009 });
        failures.append({ model(i) + R"(,"exception_status":"408","exception_class":"Timeout")", rps * 0.001 });
        p50.append({ model(i), 0.4 + (i % 10) / 20.0 });
        p95.append({ model(i), i % 97 == 0 ? std::nan("") : 1.5 + (i % 10) / 5.0 });
        p99.append({ model(i), i % 211 == 0 ? 300 : 3.0 + (i % 10) / 2.0 });
        state.append({ model(i), i % 50 == 0 ? 2 : 0 });
        if (i % 10 == 0)
            cooldowns.append({ model(i) + R"(,"exception_status":"429")", double(refresh / 60 + 1) });
        remaining.append({ model(i), 1000 - (i % 1000) });
    }
    QList<std::pair<QByteArray, double>> fallbacks;
    for (int g = 0; g < kGroups; ++g)
        fallbacks.append({ R"("requested_model":")" + groupName(g).toLatin1() + '"', 0.1 * g });
    return { { QStringLiteral("requests"), vector(requests) },
             { QStringLiteral("successes"), vector(successes) },
             { QStringLiteral("failures"), vector(failures) },
             { QStringLiteral("latency_p50"), vector(p50) },
             { QStringLiteral("latency_p95"), vector(p95) },
             { QStringLiteral("latency_p99"), vector(p99) },
             { QStringLiteral("state"), vector(state) },
             { QStringLiteral("cooldowns"), vector(cooldowns) },
             { QStringLiteral("remaining_requests"), vector(remaining) },
             { QStringLiteral("fallbacks"), vector(fallbacks) } };
}

QList<Deployment> routerDeployments()
{
    QList<Deployment> list;
    for (int i = 0; i < kDeployments; ++i) {
        Deployment d;
        d.id = deploymentId(i);
        d.group = groupName(i);
        d.model = QStringLiteral("azure/gpt-4o-mini");
        d.provider = QStringLiteral("azure");
        d.weight = 1 + i % 5;
        d.index = i;
        list.append(d);
    }
    // Router order groups deployments together, as a model_list usually does.
    std::stable_sort(list.begin(), list.end(), [](const Deployment &a, const Deployment &b) { return a.group < b.group; });
    return list;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 rssAtStart = ProcessMemory::residentKiB();

    // Queries per refresh: a fixed number from the catalog, whatever the number of deployments.
    DataPlane::Settings settings;
    settings.router.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4000"));
    settings.prometheus.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
    settings.scrapeIntervalSeconds = 1;
    settings.refreshIntervalMs = 1000;
    const DataPlane plane(settings);
    out << "deployments: " << kDeployments << " in " << kGroups << " groups\n";
    out << "queries per refresh: " << plane.queriesPerRefresh() << " (+" << plane.panels().size()
        << " best-effort service panels)\n";

    const QList<Deployment> deployments = routerDeployments();
    const QHash<QString, QByteArray> answers = refreshAnswers(0);
    qint64 answerBytes = 0;
    for (const QByteArray &body : answers)
        answerBytes += body.size();
    out << "answer bytes per refresh: " << MessageText::formatBytes(answerBytes) << '\n';

    // Decode + assembly of one refresh.
    constexpr int kRounds = 15;
    QList<double> decodeMs;
    QList<double> assembleMs;
    Snapshot snapshot;
    PromQueryResult previousCooldowns;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        SnapshotAssembler::Input input;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            PromHttpReply raw;
            raw.url = QUrl(QStringLiteral("http://127.0.0.1:9090/api/v1/query"));
            raw.httpStatus = 200;
            raw.contentType = "application/json";
            raw.body = it.value();
            raw.sizeCap = PromEndpointConfig::kDefaultMaxResponseBytes;
            const PromResponse response = PrometheusDecoder::decodeQuery(raw);
            if (!response.ok) {
                out << "decode of " << it.key() << " failed: " << response.errorString << Qt::endl;
                return 1;
            }
            input.metrics.insert(it.key(), response.result);
        }
        decodeMs.append(double(clock.nsecsElapsed()) / 1e6);

        clock.restart();
        input.time = QDateTime::currentDateTimeUtc();
        input.routerAvailable = true;
        input.routerDeployments = deployments;
        input.metricsAvailable = true;
        input.rateWindowSeconds = 4;
        input.previousCooldowns = previousCooldowns;
        snapshot = SnapshotAssembler::assemble(input);
        assembleMs.append(double(clock.nsecsElapsed()) / 1e6);
        previousCooldowns = input.metrics.value(QStringLiteral("cooldowns"));
    }
    if (snapshot.deployments.size() != kDeployments || snapshot.groups.size() != kGroups
        || !(snapshot.deployments.constFirst().observedShare > 0)) {
        out << "assembly failed: " << snapshot.deployments.size() << " deployments, " << snapshot.groups.size()
            << " groups" << Qt::endl;
        return 1;
    }
    out << "decode of one refresh (" << answers.size() << " answers): median " << QString::number(median(decodeMs), 'f', 2)
        << " ms\n";
    out << "assembly of one snapshot: median " << QString::number(median(assembleMs), 'f', 2) << " ms\n";

    // One hour of 1 s refreshes into a SeriesStore with the data plane's default bounds.
    SeriesStore store;
    constexpr int kRefreshes = 3600;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QList<double> recordMs;
    QElapsedTimer total;
    total.start();
    // Once a minute the way the data plane records (keys built per refresh) and timed; in between the
    // same appends through keys built once, to keep the benchmark short. Same points, same rings.
    QList<std::pair<QString, double>> flat;
    for (int r = 0; r < kRefreshes; ++r) {
        const qint64 t = start + qint64(r) * 1000;
        if (r % 60 == 0) {
            QElapsedTimer clock;
            clock.start();
            SnapshotRecorder::record(store, snapshot, t);
            recordMs.append(double(clock.nsecsElapsed()) / 1e6);
            if (flat.isEmpty()) {
                for (const QString &key : store.keys())
                    flat.append({ key, store.last(key)->value });
            }
            continue;
        }
        for (const auto &[key, value] : std::as_const(flat))
            store.append(key, t, value + r * 1e-6);
    }
    const double hourSeconds = double(total.elapsed()) / 1000.0;
    const qint64 rssAfter = ProcessMemory::residentKiB();
    out << "series store record of one refresh (" << store.seriesCount() << " series): median "
        << QString::number(median(recordMs), 'f', 2) << " ms (one hour of refreshes took "
        << QString::number(hourSeconds, 'f', 1) << " s)\n";
    out << "series store after one hour of 1 s refreshes: " << store.pointCount() << " points, approximateBytes "
        << MessageText::formatBytes(store.approximateBytes()) << " (capacity " << store.capacityPerSeries()
        << " points per series: "
        << MessageText::formatBytes(store.seriesCount() * store.capacityPerSeries() * qint64(sizeof(SeriesPoint)))
        << " of points at most, reached after " << QString::number(store.capacityPerSeries() / 3600.0, 'f', 1)
        << " h)\n";
    out << "RSS: " << rssAtStart / 1024 << " MiB at start, " << rssAfter / 1024 << " MiB after the hour\n" << Qt::flush;
    // Bounded: every series holds at most its share of the point budget (plus the trim slack), and
    // at least that share once the hour has filled it.
    const qint64 capacity = store.capacityPerSeries();
    const qint64 expectedPerSeries = std::min<qint64>(kRefreshes, capacity);
    const bool bounded = store.pointCount() <= store.seriesCount() * (capacity + capacity / 8)
        && store.pointCount() >= store.seriesCount() * expectedPerSeries;
    if (!bounded)
        out << "series store is not bounded as configured: " << store.pointCount() << " points\n" << Qt::flush;
    return bounded ? 0 : 1;
}
