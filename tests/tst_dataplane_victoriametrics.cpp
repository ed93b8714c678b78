// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the same live checks as tst_dataplane_live, with VictoriaMetrics (single node, its
// own scraper) instead of Prometheus: the second Prometheus-compatible backend.
#include "dataplanelivechecks.h"
#include "litellmversion.h"
#include "support/simprocess.h"
#include "support/victoriametricsprocess.h"

#include <QTest>

using namespace RouteDeck;
using namespace RouteDeck::Test;

class TestDataPlaneVictoriaMetrics : public QObject
{
    Q_OBJECT

    Live::Setup<VictoriaMetricsProcess> m_live;

private Q_SLOTS:
    void initTestCase()
    {
        if (!VictoriaMetricsProcess::isAvailable())
            QSKIP("victoria-metrics is not installed (Debian package 'victoria-metrics', or set "
                  "ROUTEDECK_VICTORIA_METRICS)");
        // The LiteLLM of before 2026 here (open /metrics, buckets up to 300 s), the current one in
        // tst_dataplane_live: the console works unchanged against both.
        m_live.backend.setScrapeBearerToken(QString());
        m_live.start({ QStringLiteral("--instant"), QStringLiteral("--litellm-version"),
                       LiteLlmVersion::before2026().toString() });
    }

    void observedShareMatchesConfigured()
    {
        Live::checkSplit(*m_live.plane, *m_live.log);
        QCOMPARE(m_live.plane->snapshot().router.state, SourceStatus::State::Live);
    }

    void cooldownStormRenormalises()
    {
        Live::checkCooling(*m_live.plane, m_live.sim, m_live.backend.baseUrl());
    }

    void staleThenRecovers()
    {
        Live::checkStaleAndRecovery(*m_live.plane, *m_live.log, m_live.backend);
    }

    void cleanupTestCase()
    {
        m_live.stop();
    }
};

QTEST_GUILESS_MAIN(TestDataPlaneVictoriaMetrics)
#include "tst_dataplane_victoriametrics.moc"
