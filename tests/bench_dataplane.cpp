// SPDX-License-Identifier: GPL-3.0-or-later
// The data plane's cost for a large router: 1,000 deployments in 50 groups. Prints queries per
// refresh, decode + assembly time of one refresh (synthetic Prometheus answers of the catalog's
// shapes, decoded by PrometheusDecoder, joined by SnapshotAssembler), SeriesStore record time, and
// the memory of a day of 1 s refreshes in simulated time (RESULT store.rss_24h_mb and
// store.growth_mb_per_h, the growth over the second 12 hours). Asserts only that the pipeline works
// and the store kept its day, never timings or sizes.

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
#include <array>
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


// A day of 1 s refreshes for every series the data plane records for this router, in simulated time.
// Rates, observed shares and latencies move every refresh; configured shares hold; every deployment
// cools down for five minutes once every eight hours (state, reason, effective share and failure
// outcomes change then, as they do in an incident), and the rest of the time its timeouts, API
// errors and other failures stay at 0.
struct DayOfHistory
{
    qint64 rssAt12h = 0;
    bool ok = false;
};

DayOfHistory recordDay(const Snapshot &snapshot, QTextStream &out)
{
    struct Keys
    {
        QString rps, observed, effective, configured, p50, p95, p99, state, reason;
        std::array<QString, kOutcomeCount> outcomes;
    };
    QList<Keys> keys;
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        Keys k { SeriesKeys::requestsPerSecond(d.id), SeriesKeys::observedShare(d.id), SeriesKeys::effectiveShare(d.id),
                 SeriesKeys::configuredShare(d.id),   SeriesKeys::latency(50, d.id),  SeriesKeys::latency(95, d.id),
                 SeriesKeys::latency(99, d.id),       SeriesKeys::state(d.id),        SeriesKeys::cooldownReason(d.id),
                 {} };
        for (int o = 0; o < kOutcomeCount; ++o)
            k.outcomes[size_t(o)] = SeriesKeys::outcomeRate(Outcome(o), d.id);
        keys.append(k);
    }
    QList<std::array<QString, 3>> groupKeys;
    for (const GroupSnapshot &g : snapshot.groups)
        groupKeys.append({ SeriesKeys::groupRequestsPerSecond(g.name), SeriesKeys::groupErrorRatio(g.name),
                           SeriesKeys::groupFallbacksPerSecond(g.name) });

    SeriesStore store;
    DayOfHistory day;
    constexpr qint64 kDay = 24 * 3600;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    quint32 noise = 12345;
    const auto jitter = [&noise] { // a uniform 0..1 from a cheap LCG
        noise = noise * 1664525u + 1013904223u;
        return double(noise >> 8) / double(1 << 24);
    };
    QElapsedTimer clock;
    clock.start();
    for (qint64 r = 0; r <= kDay; ++r) {
        const qint64 t = start + r * 1000 + qint64(jitter() * 20); // timers drift by a few ms
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const Keys &k = keys.at(i);
            const bool cooling = (r + i * 29) % (8 * 3600) < 300;
            const double rps = cooling ? 0 : (1 + i % 10) * (1 + 0.1 * std::sin(double(r) / 300 + double(i))) + jitter() * 0.2;
            store.append(k.rps, t, rps);
            store.append(k.observed, t, cooling ? 0 : 0.2 + jitter() * 0.05);
            store.append(k.effective, t, cooling ? 0 : 0.2);
            store.append(k.configured, t, 0.2);
            store.append(k.p50, t, 0.4 + jitter() * 0.1);
            store.append(k.p95, t, 1.5 + jitter() * 0.8);
            store.append(k.p99, t, 3.0 + jitter() * 2.0);
            store.append(k.outcomes[size_t(Outcome::Success)], t, rps * 0.97);
            store.append(k.outcomes[size_t(Outcome::RateLimit)], t, cooling ? 4.0 : rps * 0.02 * jitter());
            store.append(k.outcomes[size_t(Outcome::Timeout)], t, cooling ? 0.5 : 0.0);
            store.append(k.outcomes[size_t(Outcome::ApiError)], t, cooling ? 1.0 : 0.0);
            store.append(k.outcomes[size_t(Outcome::Other)], t, 0.0);
            store.append(k.state, t, cooling ? 2 : 0);
            store.append(k.reason, t, cooling ? 429 : 0);
        }
        for (const auto &[rps, error, fallbacks] : std::as_const(groupKeys)) {
            store.append(rps, t, 100 + jitter() * 10);
            store.append(error, t, 0.01 * jitter());
            store.append(fallbacks, t, 0.1 * jitter());
        }
        if (r == kDay / 2)
            day.rssAt12h = ProcessMemory::residentKiB();
    }
    const qint64 end = start + kDay * 1000;
    out << "a day of 1 s refreshes: " << store.seriesCount() << " series, " << store.pointCount() << " points, "
        << MessageText::formatBytes(store.approximateBytes()) << " held (budget "
        << MessageText::formatBytes(store.retention().maxBytes) << "), history "
        << QString::number(double(store.historyMsecs()) / 3600000.0, 'f', 1) << " h; recorded in "
        << QString::number(double(clock.elapsed()) / 1000.0, 'f', 1) << " s\n";
    // The day is there: the live range in full, the oldest hours in buckets, a cooldown still visible.
    const QString rps = keys.constFirst().rps;
    const qsizetype live = store.range(rps, end - 15 * 60 * 1000, end).size();
    const QList<SeriesPoint> oldest = store.range(rps, end - store.historyMsecs(), end - store.historyMsecs() + 3600 * 1000);
    day.ok = live >= 15 * 60 && !oldest.isEmpty() && store.historyMsecs() == store.retention().tiers.back().untilMsecs;
    if (!day.ok)
        out << "the store did not keep the day: " << live << " live points, " << oldest.size()
            << " points in the oldest hour\n";
    return day;
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

    // The data plane's record of one refresh (keys built per refresh, as it runs), timed.
    QList<double> recordMs;
    {
        SeriesStore scratch;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        for (int r = 0; r < 60; ++r) {
            QElapsedTimer clock;
            clock.start();
            SnapshotRecorder::record(scratch, snapshot, t0 + r * 1000);
            recordMs.append(double(clock.nsecsElapsed()) / 1e6);
        }
        out << "series store record of one refresh (" << scratch.seriesCount() << " series): median "
            << QString::number(median(recordMs), 'f', 2) << " ms\n";
    }
    const qint64 rssBeforeDay = ProcessMemory::residentKiB();
    const DayOfHistory day = recordDay(snapshot, out);
    const qint64 rssAfterDay = ProcessMemory::residentKiB();
    const auto mb = [](qint64 kib) { return QString::number(double(kib) * 1024 / 1e6, 'f', 1); };
    out << "RSS: " << mb(rssAtStart) << " MB at start, " << mb(rssBeforeDay) << " MB before the day, " << mb(day.rssAt12h)
        << " MB after 12 h, " << mb(rssAfterDay) << " MB after 24 h\n";
    out << "RESULT store.rss_24h_mb " << mb(rssAfterDay) << " MB\n";
    out << "RESULT store.growth_mb_per_h " << QString::number(double(rssAfterDay - day.rssAt12h) * 1024 / 1e6 / 12, 'f', 2)
        << " MB/h\n"
        << Qt::flush;
    return day.ok ? 0 : 1;
}
