// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the real routedeck-sim under load, scraped every second by the real `prometheus`,
// watched by a DataPlane refreshing every second. The functions run in order on one setup: the
// split, a backfill, a 429 storm, Prometheus going away and coming back, the router going away.
#include "dataplanelivechecks.h"
#include "querystep.h"
#include "serieskeys.h"
#include "support/prometheusprocess.h"
#include "support/simprocess.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace RouteDeck;
using namespace RouteDeck::Test;

class TestDataPlaneLive : public QObject
{
    Q_OBJECT

    Live::Setup<PrometheusProcess> m_live;

private Q_SLOTS:
    void initTestCase()
    {
        if (!PrometheusProcess::isAvailable())
            QSKIP("prometheus is not installed (Debian package 'prometheus', or set ROUTEDECK_PROMETHEUS)");
        m_live.start({ QStringLiteral("--instant") });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_live.plane->refreshInterval(), Live::kRefreshMs);
        QCOMPARE(m_live.plane->rateWindowSeconds(), 4.0); // four scrape intervals
    }

    void observedShareMatchesConfigured()
    {
        Live::checkSplit(*m_live.plane, *m_live.log);
        QCOMPARE(m_live.plane->snapshot().router.state, SourceStatus::State::Live);
        QVERIFY(m_live.plane->snapshot().prometheus.detail.startsWith(QLatin1String("version 2.")));
        // The live refreshes were recorded in the series store, one point per metrics refresh.
        const QList<SeriesPoint> shares = m_live.plane->series().range(
            SeriesKeys::observedShare(Live::kIds.at(0)), 0, std::numeric_limits<qint64>::max());
        QVERIFY2(shares.size() >= 10, qPrintable(QString::number(shares.size())));
    }

    void backfillFillsSeries()
    {
        QVERIFY(m_live.log->frames.size() >= 10);
        // A second plane, started now as the console does it: whatever its store holds before now
        // came from backfill().
        DataPlane fresh(Live::settingsFor(m_live.sim.baseUrl(), m_live.backend.baseUrl()));
        QSignalSpy backfilled(&fresh, &DataPlane::seriesBackfilled);
        // Half a second back, so the fresh plane's own first refresh (now) is not in the range.
        const QDateTime to = QDateTime::currentDateTimeUtc().addMSecs(-500);
        const qint64 toMs = to.toMSecsSinceEpoch();
        // From the first refresh that saw traffic: Prometheus has rates for every step since then.
        QDateTime from;
        for (const Snapshot &frame : std::as_const(m_live.log->frames)) {
            if (std::isfinite(frame.deployment(Live::kIds.at(2))->requestsPerSecond)) {
                from = frame.time;
                break;
            }
        }
        QVERIFY(from.isValid());
        const double range = double(from.msecsTo(to)) / 1000.0;
        QVERIFY2(range >= 10, qPrintable(QString::number(range)));
        constexpr int kWidth = 400;
        const double step = QueryStep::stepFor(range, kWidth, Live::kScrapeSeconds);
        fresh.start();
        fresh.backfill(from, to, kWidth);
        // Each query's answer fills its series at once; the signal count alone does not say which came
        // (cooldowns and a requests answer held for the router's list signal too).
        const QStringList keys { SeriesKeys::requestsPerSecond(Live::kIds.at(0)), SeriesKeys::latency(95, Live::kIds.at(0)),
                                 SeriesKeys::requestsPerSecond(Live::kIds.at(2)), SeriesKeys::latency(95, Live::kIds.at(2)) };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(keys.cbegin(), keys.cend(),
                                     [&fresh, toMs](const QString &key) { return !fresh.series().range(key, 0, toMs).isEmpty(); }),
            15000);
        QVERIFY(backfilled.count() >= 4);

        const qint64 expected = QueryStep::pointsFor(range, step);
        for (const QString &key : keys) {
            const QList<SeriesPoint> points = fresh.series().range(key, 0, toMs);
            qInfo("%s: %lld points backfilled over %.0f s (step %.0f s, %lld steps)", qPrintable(key),
                  qlonglong(points.size()), range, step, qlonglong(expected));
            // The first step may fall before the rate window had two samples.
            QVERIFY2(points.size() >= expected - 2 && points.size() <= expected, qPrintable(key));
            QVERIFY(points.constFirst().msecs <= from.toMSecsSinceEpoch() + qint64(2 * step * 1000));
            QVERIFY(points.constLast().msecs >= to.toMSecsSinceEpoch() - qint64(step * 1000));
            for (qsizetype i = 1; i < points.size(); ++i)
                QCOMPARE(points.at(i).msecs - points.at(i - 1).msecs, qint64(step * 1000));
            for (const SeriesPoint &p : points) {
                QVERIFY2(std::isfinite(p.value) && p.value > 0, qPrintable(key));
                if (key.startsWith(QLatin1String("p95/")))
                    QVERIFY2(p.value < 6, qPrintable(QString::number(p.value)));
            }
        }
        // Observed shares come with the requests, per group (once the router's list is in).
        QTRY_VERIFY_WITH_TIMEOUT(fresh.series().range(SeriesKeys::observedShare(Live::kIds.at(0)), 0, toMs).size() >= expected - 2,
                                 10000);
        const QList<SeriesPoint> shares = fresh.series().range(SeriesKeys::observedShare(Live::kIds.at(0)), 0, toMs);
        double sum = 0;
        for (const SeriesPoint &p : shares)
            sum += p.value;
        QVERIFY2(std::abs(sum / shares.size() - 8.0 / 11) < 0.03, qPrintable(QString::number(sum / shares.size())));
        fresh.stop();
    }

    void cooldownStormRenormalises()
    {
        Live::checkCooling(*m_live.plane, m_live.sim, m_live.backend.baseUrl());
    }

    void prometheusStaleThenRecovers()
    {
        Live::checkStaleAndRecovery(*m_live.plane, *m_live.log, m_live.backend);
    }

    void routerStaleKeepsDeployments()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_live.plane->snapshot().router.state, SourceStatus::State::Live, 10000);
        const Snapshot before = m_live.plane->snapshot();
        m_live.sim.kill();
        // The router's list is polled every 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(m_live.plane->snapshot().router.state, SourceStatus::State::Stale, 15000);
        const Snapshot stale = m_live.plane->snapshot();
        QVERIFY2(stale.router.error.contains(QLatin1String("refused")), qPrintable(stale.router.error));
        QVERIFY(stale.router.lastGood.isValid());
        QVERIFY(stale.router.lastGood >= before.router.lastGood);
        for (int i = 0; i < 3; ++i) {
            const DeploymentSnapshot *d = stale.deployment(Live::kIds.at(i));
            QVERIFY2(d, qPrintable(Live::kIds.at(i)));
            QVERIFY(d->inRouter);
            QCOMPARE(d->group, Live::kGroup);
            QCOMPARE(d->weight, before.deployment(Live::kIds.at(i))->weight);
            QVERIFY(std::abs(d->configuredShare - Live::kConfigured[i]) < 1e-9);
        }
        QCOMPARE(stale.deployments.size(), before.deployments.size());
        QVERIFY(stale.warnings.filter(QLatin1String("not in the router")).isEmpty());
    }

    void refusedScrapeIsExplained()
    {
        // Prometheus scraping a current LiteLLM (metrics behind the master key) without the key: no
        // series at all; the data plane asks Prometheus' target list why and says it.
        SimProcess sim;
        QVERIFY2(sim.start(Live::writeConfig(m_live.dir.path()), { QStringLiteral("--instant") }),
                 qPrintable(sim.errorString()));
        PrometheusProcess prometheus;
        prometheus.setScrapeBearerToken(QString());
        QVERIFY2(prometheus.start({ sim.target() }, Live::kScrapeSeconds), qPrintable(prometheus.errorString()));
        QVERIFY2(prometheus.waitUntilReady(), qPrintable(prometheus.errorString()));
        DataPlane plane(Live::settingsFor(sim.baseUrl(), prometheus.baseUrl()));
        plane.start();
        QTRY_VERIFY_WITH_TIMEOUT(!plane.snapshot().metricsProblem.isEmpty(), 20000);
        const QString problem = plane.snapshot().metricsProblem;
        QVERIFY2(problem.contains(QStringLiteral("scrape of http://%1/metrics").arg(sim.target()))
                && problem.contains(QStringLiteral("401"))
                && problem.contains(QStringLiteral("require_auth_for_metrics_endpoint: false")),
            qPrintable(problem));
        QVERIFY(plane.snapshot().warnings.contains(problem));
        plane.stop();
    }

    void cleanupTestCase()
    {
        m_live.stop();
    }
};

QTEST_GUILESS_MAIN(TestDataPlaneLive)
#include "tst_dataplane_live.moc"
