// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the same live checks as tst_dataplane_live, with VictoriaMetrics (single node, its
// own scraper) instead of Prometheus: the second Prometheus-compatible backend.
#include "dataplanelivechecks.h"
#include "litellmversion.h"
#include "support/simprocess.h"
#include "support/victoriametricsprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RouteDeck;
using namespace RouteDeck::Test;

class TestDataPlaneVictoriaMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    VictoriaMetricsProcess m_vm;
    std::unique_ptr<DataPlane> m_plane;
    std::unique_ptr<Live::FrameLog> m_log;

private Q_SLOTS:
    void initTestCase()
    {
        if (!VictoriaMetricsProcess::isAvailable())
            QSKIP("victoria-metrics is not installed (Debian package 'victoria-metrics', or set "
                  "ROUTEDECK_VICTORIA_METRICS)");
        QVERIFY(m_dir.isValid());
        const QString config = Live::writeConfig(m_dir.path());
        QVERIFY(!config.isEmpty());
        // The LiteLLM of before 2026 here (open /metrics, buckets up to 300 s), the current one in
        // tst_dataplane_live: the console works unchanged against both.
        QVERIFY2(m_sim.start(config, { QStringLiteral("--instant"), QStringLiteral("--litellm-version"),
                                       LiteLlmVersion::before2026().toString() }),
                 qPrintable(m_sim.errorString()));
        m_vm.setScrapeBearerToken(QString());
        QVERIFY2(m_vm.start({ m_sim.target() }, Live::kScrapeSeconds), qPrintable(m_vm.errorString()));
        QVERIFY2(m_vm.waitUntilReady(), qPrintable(m_vm.errorString()));
        m_plane = std::make_unique<DataPlane>(Live::settingsFor(m_sim.baseUrl(), m_vm.baseUrl()));
        m_log = std::make_unique<Live::FrameLog>(m_plane.get());
        m_plane->start();
    }

    void observedShareMatchesConfigured()
    {
        Live::checkSplit(*m_plane, *m_log);
        QCOMPARE(m_plane->snapshot().router.state, SourceStatus::State::Live);
    }

    void cooldownStormRenormalises()
    {
        Live::checkCooling(*m_plane, m_sim, m_vm.baseUrl());
    }

    void staleThenRecovers()
    {
        Live::checkStaleAndRecovery(*m_plane, *m_log, m_vm);
    }

    void cleanupTestCase()
    {
        if (m_plane)
            m_plane->stop();
        m_vm.stop();
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestDataPlaneVictoriaMetrics)
#include "tst_dataplane_victoriametrics.moc"
