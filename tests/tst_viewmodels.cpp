// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooldowntablemodel.h"
#include "cooldowntimeline.h"
#include "csvexport.h"
#include "groupoverviewmodel.h"
#include "incidentsummary.h"
#include "liveverdict.h"
#include "outcometablemodel.h"
#include "seriessegments.h"
#include "support/viewfixtures.h"
#include "traffictablemodel.h"
#include "viewformat.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>

using namespace RouteDeck;
using namespace RouteDeck::ViewFixtures;

namespace {
QString column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values.join(QLatin1Char('|'));
}

QList<SeriesPoint> points(std::initializer_list<std::pair<int, double>> secondsAndValues)
{
    QList<SeriesPoint> result;
    for (const auto &[seconds, value] : secondsAndValues)
        result.append({ qint64(seconds) * 1000, value });
    return result;
}

// Intervals as "from-to:state[:reason]" in seconds, to compare as text.
QString describe(const QList<CooldownInterval> &intervals)
{
    QStringList parts;
    for (const CooldownInterval &i : intervals) {
        const char *state = i.state == CooldownState::Healthy ? "ok"
            : i.state == CooldownState::Partial               ? "partial"
            : i.state == CooldownState::Cooling               ? "cooling"
                                                              : "none";
        QString part = QStringLiteral("%1-%2:%3").arg(i.from / 1000).arg(i.to / 1000).arg(QLatin1String(state));
        if (i.reasonCode != 0)
            part += QLatin1Char(':') + QString::number(i.reasonCode);
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

SeriesStore incidentStore()
{
    SeriesStore store;
    fillStore(store, incidentSnapshot(), msecs(12, 0, 0), msecs(12, 5, 0), 5000);
    return store;
}
} // namespace

class TestViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsNumbersForPeople()
    {
        QCOMPARE(ViewFormat::seconds(4.2), QStringLiteral("4.2 s"));
        QCOMPARE(ViewFormat::seconds(0.85), QStringLiteral("850 ms"));
        QCOMPARE(ViewFormat::seconds(kNoValue), QStringLiteral("no traffic"));
        QCOMPARE(ViewFormat::wholePercent(0.12), QStringLiteral("12%"));
        QCOMPARE(ViewFormat::wholePercent(0.004), QStringLiteral("0.4%"));
        QCOMPARE(ViewFormat::points(17.04), QStringLiteral("+17.0 pp"));
        QCOMPARE(ViewFormat::points(-2.5), QStringLiteral("−2.5 pp"));
        QCOMPARE(ViewFormat::points(-0.01), QStringLiteral("0.0 pp"));
        QCOMPARE(ViewFormat::duration(192000), QStringLiteral("3 min 12 s"));
        QCOMPARE(ViewFormat::duration(7500000), QStringLiteral("2 h 05 min"));
        QCOMPARE(ViewFormat::joinNames({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }),
                 QStringLiteral("a, b and c"));
        QVERIFY(ViewFormat::same(kNoValue, kNoValue));
        QVERIFY(!ViewFormat::same(kNoValue, 0));
        // Counts past qint64 (a token counter gone wild) are not cast: scientific notation (UBSan, issue 15).
        QCOMPARE(ViewFormat::count(1234.4), QLocale().toString(qint64(1234)));
        QCOMPARE(ViewFormat::count(1e300), QLocale().toString(1e300, 'e', 3));
        QCOMPARE(ViewFormat::count(-1e19), QLocale().toString(-1e19, 'e', 3));
        QCOMPARE(ViewFormat::count(kNoValue), QString());
    }

    void splitsAtNaN()
    {
        const double nan = kNoValue;
        const QList<QList<QPointF>> runs = SeriesSegments::split(
            { { 1, 1 }, { 2, 2 }, { 3, nan }, { 4, nan }, { 5, 5 }, { 6, std::numeric_limits<double>::infinity() }, { 7, 7 } });
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.at(0), (QList<QPointF> { { 1, 1 }, { 2, 2 } }));
        QCOMPARE(runs.at(1), (QList<QPointF> { { 5, 5 } }));
        QCOMPARE(runs.at(2), (QList<QPointF> { { 7, 7 } }));
        QVERIFY(SeriesSegments::split({ { 1, nan } }).isEmpty());
    }

    void stacksOnTheUnionOfTimes()
    {
        const double nan = kNoValue;
        // b has no point at x=2 (interpolated) and both are NaN at x=4: two runs.
        const QList<SeriesSegments::Run> runs = SeriesSegments::stack({
            { { 1, 0.5 }, { 2, 0.6 }, { 3, 0.7 }, { 4, nan }, { 5, 0.4 } },
            { { 1, 0.5 }, { 3, 0.3 }, { 4, nan }, { 5, 0.6 } },
        });
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).size(), 2);
        QCOMPARE(runs.at(0).at(0).upper, (QList<QPointF> { { 1, 0.5 }, { 2, 0.6 }, { 3, 0.7 } }));
        QCOMPARE(runs.at(0).at(1).lower, runs.at(0).at(0).upper);
        QCOMPARE(runs.at(0).at(1).upper, (QList<QPointF> { { 1, 1.0 }, { 2, 1.0 }, { 3, 1.0 } }));
        QCOMPARE(runs.at(1).at(1).upper, (QList<QPointF> { { 5, 1.0 } }));
        QCOMPARE(runs.at(0).at(0).lower, (QList<QPointF> { { 1, 0 }, { 2, 0 }, { 3, 0 } }));
    }

    void cooldownIntervals_data()
    {
        QTest::addColumn<QList<SeriesPoint>>("state");
        QTest::addColumn<QList<SeriesPoint>>("reasons");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("holdSeconds");
        QTest::addColumn<QString>("expected");

        QTest::addRow("healthy then cooling by 429")
            << points({ { 10, 0 }, { 20, 0 }, { 30, 2 }, { 40, 2 }, { 50, 0 } }) << points({ { 30, 429 } }) << 10 << 60 << 0
            << QStringLiteral("10-30:ok 30-50:cooling:429 50-60:ok");
        QTest::addRow("no data before the first point, state holds to the range end")
            << points({ { 20, 2 }, { 25, 2 } }) << points({ { 20, 401 } }) << 0 << 30 << 0
            << QStringLiteral("0-20:none 20-30:cooling:401");
        QTest::addRow("a hole longer than the hold is unknown")
            << points({ { 0, 0 }, { 10, 0 }, { 100, 0 } }) << QList<SeriesPoint>() << 0 << 110 << 20
            << QStringLiteral("0-30:ok 30-100:none 100-110:ok");
        QTest::addRow("reason changes split a cooldown")
            << points({ { 0, 2 }, { 10, 2 }, { 20, 2 } }) << points({ { 0, 429 }, { 15, 503 } }) << 0 << 30 << 0
            << QStringLiteral("0-20:cooling:429 20-30:cooling:503");
        QTest::addRow("partial outage and NaN")
            << points({ { 0, 1 }, { 10, kNoValue }, { 20, 0 } }) << points({ { 0, 500 } }) << 0 << 30 << 0
            << QStringLiteral("0-10:partial:500 10-20:none 20-30:ok");
        QTest::addRow("clipped to the range")
            << points({ { 0, 2 }, { 100, 0 } }) << points({ { 0, 429 } }) << 50 << 150 << 200
            << QStringLiteral("50-100:cooling:429 100-150:ok");
        QTest::addRow("empty") << QList<SeriesPoint>() << QList<SeriesPoint>() << 0 << 10 << 0 << QStringLiteral("0-10:none");
    }

    void cooldownIntervals()
    {
        QFETCH(QList<SeriesPoint>, state);
        QFETCH(QList<SeriesPoint>, reasons);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, holdSeconds);
        QFETCH(QString, expected);
        QCOMPARE(describe(CooldownTimeline::intervals(state, reasons, qint64(from) * 1000, qint64(to) * 1000,
                                                      qint64(holdSeconds) * 1000)),
                 expected);
    }

    void cooldownSinceAndReasons()
    {
        QCOMPARE(CooldownTimeline::stateSince(points({ { 0, 0 }, { 10, 2 }, { 20, 2 }, { 30, 2 } })), 10000);
        QCOMPARE(CooldownTimeline::stateSince(points({ { 0, 2 }, { 10, 2 }, { 200, 2 } }), 20000), 200000);
        QCOMPARE(CooldownTimeline::stateSince({}), std::nullopt);
        const SeriesStore store = incidentStore();
        QCOMPARE(CooldownTimeline::stateSince(store, QStringLiteral("azure-primary")), msecs(12, 3, 10));
        QCOMPARE(CooldownTimeline::stateSince(store, QStringLiteral("azure-secondary")), msecs(12, 0, 0));
        QCOMPARE(CooldownTimeline::reasonKind(429), CooldownReasonKind::RateLimit);
        QCOMPARE(CooldownTimeline::reasonKind(401), CooldownReasonKind::Auth);
        QCOMPARE(CooldownTimeline::reasonKind(503), CooldownReasonKind::ServerError);
        QCOMPARE(CooldownTimeline::reasonKind(408), CooldownReasonKind::FailureRate);
        QCOMPARE(CooldownTimeline::reasonKind(0), CooldownReasonKind::Unknown);
    }

    void groupOverview()
    {
        GroupOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(incidentSnapshot());
        QCOMPARE(column(model, GroupOverviewModel::GroupColumn),
                 QStringLiteral("gpt-4o-mini|gpt-4o|text-embedding-3-small"));
        QCOMPARE(column(model, GroupOverviewModel::RequestsColumn), QStringLiteral("16.0/s|3.0/s|2.0/s"));
        QCOMPARE(column(model, GroupOverviewModel::ErrorsColumn), QStringLiteral("1.6 %|0.7 %|0.0 %"));
        QCOMPARE(column(model, GroupOverviewModel::P95Column), QStringLiteral("2.4 s|4.2 s|350 ms"));
        QCOMPARE(column(model, GroupOverviewModel::CoolingColumn), QStringLiteral("1 of 3|none of 2|none of 2"));
        // Drift only where it is more than chance: gpt-4o's 1 pp over 900 requests (p = 0.5) and the
        // embeddings' 2 pp over 600 (p = 0.35) earn no line.
        QCOMPARE(column(model, GroupOverviewModel::DriftColumn), QStringLiteral("12.5 pp||"));
        QCOMPARE(column(model, GroupOverviewModel::P95Column, GroupOverviewModel::HighlightRole),
                 QStringLiteral("false|true|false"));
        QCOMPARE(column(model, GroupOverviewModel::DriftColumn, GroupOverviewModel::HighlightRole),
                 QStringLiteral("true|false|false"));
        QCOMPARE(column(model, 0, GroupOverviewModel::HealthRole),
                 QStringLiteral("%1|%2|%3").arg(int(Health::Error)).arg(int(Health::Warning)).arg(int(Health::Ok)));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("error: 1 deployment(s) cooling"));

        // A stricter latency threshold for one group shows at once, without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        ViewThresholds thresholds;
        thresholds.limits.groups.insert(QStringLiteral("text-embedding-3-small"), GroupLimits { .latencySeconds = 0.2 });
        model.setThresholds(thresholds);
        QCOMPARE(column(model, GroupOverviewModel::ThresholdColumn), QStringLiteral("3.5 s|3.5 s|200 ms"));
        QCOMPARE(model.index(2, 0).data(GroupOverviewModel::HealthRole).toInt(), int(Health::Warning));
        QCOMPARE(resets.count(), 0);
    }

    void allCoolingIsCritical()
    {
        Snapshot s = incidentSnapshot();
        for (DeploymentSnapshot &d : s.deployments) {
            if (d.group == QLatin1String("gpt-4o"))
                d.state = CooldownState::Cooling;
        }
        s.groups[1] = groupOf(QStringLiteral("gpt-4o"), s.deployments);
        const QList<GroupOverviewRow> rows = GroupOverviewModel::rowsFor(s, ViewThresholds());
        QCOMPARE(rows.at(1).health, Health::Critical);
        QCOMPARE(rows.at(1).healthReason, QStringLiteral("every deployment is cooling"));
    }

    void trafficMergeKeepsSelection()
    {
        TrafficTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TrafficTableModel::SortRole);
        proxy.sort(TrafficTableModel::ObservedColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);

        model.setGroup(QStringLiteral("gpt-4o-mini"));
        model.setSnapshot(incidentSnapshot());
        QCOMPARE(column(proxy, TrafficTableModel::DeploymentColumn),
                 QStringLiteral("azure-secondary|openai-direct|azure-primary"));
        QCOMPARE(column(proxy, TrafficTableModel::ConfiguredColumn), QStringLiteral("18.2 %|9.1 %|72.7 %"));
        QCOMPARE(column(proxy, TrafficTableModel::EffectiveColumn), QStringLiteral("66.7 %|33.3 %|0.0 %"));
        QCOMPARE(column(proxy, TrafficTableModel::DriftColumn), QStringLiteral("−4.7 pp|−7.8 pp|+12.5 pp"));
        QCOMPARE(column(proxy, TrafficTableModel::DriftColumn, TrafficTableModel::HighlightRole),
                 QStringLiteral("false|false|true"));
        QVERIFY(proxy.index(2, TrafficTableModel::DriftColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!proxy.index(0, TrafficTableModel::DriftColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(proxy.index(0, TrafficTableModel::ObservedColumn).data(TrafficTableModel::ShareRole).toDouble(), 0.62);
        // The drift tooltip says what the drift test saw, for the deployment of its row.
        const Snapshot incident = incidentSnapshot();
        const QString evidence = LiveVerdict::driftEvidence(*incident.deployment(QStringLiteral("azure-primary")),
                                                            *incident.group(QStringLiteral("gpt-4o-mini")));
        QVERIFY(!evidence.isEmpty());
        QVERIFY2(proxy.index(2, TrafficTableModel::DriftColumn).data(Qt::ToolTipRole).toString().endsWith(evidence),
                 qPrintable(proxy.index(2, TrafficTableModel::DriftColumn).data(Qt::ToolTipRole).toString()));

        selection.select(proxy.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selection.selectedRows().constFirst().data().toString(), QStringLiteral("openai-direct"));

        // Next refresh: azure-secondary is gone, a new deployment arrived, openai-direct took more traffic.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Snapshot next = incidentSnapshot();
        next.deployments.removeAt(1);
        next.deployments[1].observedShare = 0.8;
        DeploymentSnapshot added = next.deployments.at(1);
        added.id = QStringLiteral("azure-tertiary");
        added.observedShare = 0.1;
        next.deployments.insert(2, added);
        model.setSnapshot(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(column(model, TrafficTableModel::DeploymentColumn),
                 QStringLiteral("azure-primary|openai-direct|azure-tertiary"));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().data().toString(), QStringLiteral("openai-direct"));

        // A second identical refresh changes nothing at all.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(next);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(selection.selectedRows().constFirst().data().toString(), QStringLiteral("openai-direct"));

        model.setLimits(GroupLimitTable { .defaults = GroupLimits { .driftPoints = 1 }, .groups = {} });
        QCOMPARE(column(model, TrafficTableModel::DriftColumn, TrafficTableModel::HighlightRole),
                 QStringLiteral("true|true|true"));
    }

    // Drift is one rule (DeploymentSnapshot::driftPoints): the traffic table, the group's largest drift
    // and the incident summary all read it, and none has a verdict where it has none.
    void driftIsOneRule()
    {
        Snapshot s = incidentSnapshot();
        DeploymentSnapshot &secondary = s.deployments[1];
        QCOMPARE(ViewFormat::points(secondary.driftPoints()), QStringLiteral("−4.7 pp"));
        DeploymentSnapshot quiet = secondary;
        quiet.judgedShare = kNoValue;
        QVERIFY(std::isnan(quiet.driftPoints())); // no traffic: no verdict, not "−18 pp"
        DeploymentSnapshot chance = secondary;
        chance.driftFlagged = false;
        QVERIFY(std::isnan(chance.driftPoints())); // within chance: no verdict either
        QCOMPARE(ViewFormat::points(chance.judgedDriftPoints()), QStringLiteral("−4.7 pp")); // but the test saw it
        // A deployment Prometheus knows and the router does not: nothing is expected of it.
        secondary.inRouter = false;
        secondary.judgedShare = 0.9;
        QVERIFY(std::isnan(secondary.driftPoints()));
        s.groups[0] = groupOf(QStringLiteral("gpt-4o-mini"), s.deployments);

        TrafficTableModel table;
        table.setGroup(QStringLiteral("gpt-4o-mini"));
        table.setSnapshot(s);
        QCOMPARE(column(table, TrafficTableModel::DriftColumn), QStringLiteral("+12.5 pp||−7.8 pp"));
        GroupOverviewModel overview;
        overview.setSnapshot(s);
        QCOMPARE(overview.index(0, GroupOverviewModel::DriftColumn).data().toString(), QStringLiteral("12.5 pp"));
        // +71.8 pp if the summary measured it; it would be far over the threshold.
        const QStringList findings = IncidentSummary::texts(IncidentSummary::lines(s, SeriesStore()));
        QVERIFY2(findings.filter(QStringLiteral("drift")).isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    }

    void outcomesHighlightRateLimits()
    {
        OutcomeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(incidentSnapshot());
        QCOMPARE(model.rowCount(), 7);
        model.setGroup(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, OutcomeTableModel::DeploymentColumn),
                 QStringLiteral("azure-primary|azure-secondary|openai-direct"));
        QCOMPARE(column(model, OutcomeTableModel::RateLimitColumn), QStringLiteral("9.0 %|0.0 %|0.0 %"));
        QCOMPARE(column(model, OutcomeTableModel::ErrorsColumn), QStringLiteral("12.0 %|0.2 %|0.0 %"));
        QCOMPARE(column(model, OutcomeTableModel::RateLimitColumn, OutcomeTableModel::HighlightRole),
                 QStringLiteral("true|false|false"));
        QCOMPARE(column(model, OutcomeTableModel::ErrorsColumn, OutcomeTableModel::HighlightRole),
                 QStringLiteral("true|false|false"));
        QCOMPARE(column(model, OutcomeTableModel::SuccessColumn, OutcomeTableModel::HighlightRole),
                 QStringLiteral("false|false|false"));
        QCOMPARE(model.index(0, OutcomeTableModel::RateLimitColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("0.18/s calls ended as rate_limit"));
        QCOMPARE(model.headerData(OutcomeTableModel::RateLimitColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Rate limit (429)"));
    }

    void cooldownTable()
    {
        const SeriesStore store = incidentStore();
        CooldownTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(incidentSnapshot(), store);
        QCOMPARE(model.rowCount(), 7);
        model.setGroup(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(column(model, CooldownTableModel::StateColumn), QStringLiteral("cooling|healthy|healthy"));
        QCOMPARE(column(model, CooldownTableModel::ReasonColumn), QStringLiteral("429||"));
        QCOMPARE(column(model, CooldownTableModel::SinceColumn), QStringLiteral("12:03:10|12:00:00|12:00:00"));
        QCOMPARE(column(model, CooldownTableModel::TimeInStateColumn), QStringLiteral("1 min 50 s|5 min|5 min"));
        QCOMPARE(column(model, 0, CooldownTableModel::ReasonKindRole),
                 QStringLiteral("%1|%2|%2").arg(int(CooldownReasonKind::RateLimit)).arg(int(CooldownReasonKind::None)));
        QCOMPARE(column(model, 0, CooldownTableModel::HighlightRole), QStringLiteral("true|false|false"));

        // A deployment whose history disagrees with the snapshot gets no "since".
        Snapshot s = incidentSnapshot();
        s.deployments[1].state = CooldownState::Partial;
        s.deployments[1].cooldownReason = QStringLiteral("503");
        model.setSnapshot(s, store);
        QCOMPARE(column(model, CooldownTableModel::SinceColumn), QStringLiteral("12:03:10||12:00:00"));
        QCOMPARE(column(model, CooldownTableModel::ReasonColumn), QStringLiteral("429|503|"));
    }

    void incidentSummary_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("the demo's 429 storm") << incidentSnapshot() << QStringList {
            QStringLiteral("gpt-4o-mini: azure-primary cooling since 12:03:10 (429), traffic moved to azure-secondary and openai-direct"),
            QStringLiteral("gpt-4o-mini: 12% errors, 9% rate_limit on azure-primary"),
            QStringLiteral("gpt-4o: p95 4.2 s over the 3.5 s threshold on gpt-4o-azure"),
        };

        Snapshot calm = incidentSnapshot();
        calm.deployments[0].state = CooldownState::Healthy;
        calm.deployments[0].outcomeRates = { 2, 0, 0, 0, 0 };
        calm.deployments[0].observedShare = 0.6;
        calm.deployments[0].effectiveShare = 0.6;
        calm.deployments[3].p95 = { 2.0, false };
        rejudge(calm);
        QTest::addRow("nothing wrong") << calm << QStringList { QStringLiteral("Nothing is wrong") };

        Snapshot noted = calm;
        noted.warnings.append(QStringLiteral("deployment 'ghost' is only in Prometheus"));
        QTest::addRow("notes come after nothing is wrong")
            << noted << QStringList { QStringLiteral("Nothing is wrong"), QStringLiteral("deployment 'ghost' is only in Prometheus") };

        Snapshot stale = incidentSnapshot();
        stale.prometheus.state = SourceStatus::State::Stale;
        stale.prometheus.failingSince = at(12, 4, 30);
        stale.prometheus.lastGood = at(12, 4, 25);
        stale.prometheus.error = QStringLiteral("connection refused");
        stale.router.state = SourceStatus::State::Unreachable;
        stale.router.error = QStringLiteral("HTTP 401 from /v2/model/info: check the master key");
        stale.router.lastGood = QDateTime();
        QTest::addRow("stale and unreachable sources first") << stale << QStringList {
            QStringLiteral("Router admin API unreachable: HTTP 401 from /v2/model/info: check the master key"),
            QStringLiteral("Prometheus stale since 12:04:30 (last good data 12:04:25): connection refused"),
            QStringLiteral("gpt-4o-mini: azure-primary cooling since 12:03:10 (429), traffic moved to azure-secondary and openai-direct"),
            QStringLiteral("gpt-4o-mini: 12% errors, 9% rate_limit on azure-primary"),
            QStringLiteral("gpt-4o: p95 4.2 s over the 3.5 s threshold on gpt-4o-azure"),
        };

        Snapshot outage = calm;
        for (int i : { 3, 4 }) {
            outage.deployments[i].state = CooldownState::Cooling;
            outage.deployments[i].cooldownReason = i == 3 ? QStringLiteral("401") : QStringLiteral("503");
            outage.deployments[i].outcomeRates = { 0.3, 0, 0, 0.7, 0 };
            outage.deployments[i].requestsPerSecond = 1.0;
            outage.deployments[i].effectiveShare = 0;
        }
        outage.deployments[4].p99 = { 300, true };
        outage.deployments[4].p95 = { 300, true };
        rejudge(outage);
        outage.groups[1] = groupOf(QStringLiteral("gpt-4o"), outage.deployments);
        outage.groups[1].fallbacksPerSecond = 0.8;
        QTest::addRow("a group with nothing left, systemic errors") << outage << QStringList {
            QStringLiteral("gpt-4o: no deployment available, all 2 cooling: calls fail or fall back"),
            QStringLiteral("gpt-4o: 70% errors on all 2 deployments with traffic (not isolated to one)"),
            QStringLiteral("gpt-4o: gpt-4o-azure cooling (401), no other deployment to take its traffic"),
            QStringLiteral("gpt-4o: gpt-4o-openai cooling (503), no other deployment to take its traffic"),
            QStringLiteral("gpt-4o: p95 at least 300 s over the 3.5 s threshold on gpt-4o-openai"),
            QStringLiteral("gpt-4o: 0.80/s calls answered by a fallback group"),
        };

        Snapshot drift = calm;
        drift.deployments[1].observedShare = 0.35;
        drift.deployments[1].effectiveShare = 2.0 / 11;
        rejudge(drift);
        // The line says what the test saw: the drift, the requests and window it rests on, and p.
        QTest::addRow("drift") << drift << QStringList {
            QStringLiteral("gpt-4o-mini: azure-secondary gets 35% of traffic, 18% expected (+16.8 pp over 4,800 requests in 5 min (p < 0.0001))"),
        };
    }

    void incidentSummary()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(QStringList, expected);
        // Only azure-primary has a state history here; others get no "since".
        SeriesStore store;
        for (qint64 t = msecs(12, 0, 0); t <= msecs(12, 5, 0); t += 5000)
            store.append(SeriesKeys::state(QStringLiteral("azure-primary")), t, t >= msecs(12, 3, 10) ? 2 : 0);
        QCOMPARE(IncidentSummary::texts(IncidentSummary::lines(snapshot, store)), expected);
    }

    void incidentSeverities()
    {
        const QList<IncidentLine> lines = IncidentSummary::lines(incidentSnapshot(), incidentStore());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).severity, IncidentLine::Severity::Error);
        QCOMPARE(lines.at(0).deploymentId, QStringLiteral("azure-primary"));
        QCOMPARE(lines.at(0).group, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(lines.at(2).severity, IncidentLine::Severity::Warning);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("azure-primary") << QStringLiteral("azure-primary");
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::addRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::addRow("edge space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("unicode") << QStringLiteral("−4.7 pp") << QStringLiteral("−4.7 pp");
    }

    void csvQuoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::quoteField(field), expected);
    }

    void csvOfAModel()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({ QStringLiteral("Deployment"), QStringLiteral("Note, with comma") });
        model.setItem(0, 0, new QStandardItem(QStringLiteral("azure-primary")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("cooling \"429\"")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("openai")));
        QCOMPARE(CsvExport::toCsv(model),
                 QStringLiteral("Deployment,\"Note, with comma\"\r\nazure-primary,\"cooling \"\"429\"\"\"\r\nopenai,\r\n"));

        CsvExport::Options options;
        options.separator = QLatin1Char(';');
        options.header = false;
        options.lineEnd = QStringLiteral("\n");
        QCOMPARE(CsvExport::toCsv(model, options), QStringLiteral("azure-primary;\"cooling \"\"429\"\"\"\nopenai;\n"));

        OutcomeTableModel outcomes;
        outcomes.setGroup(QStringLiteral("gpt-4o"));
        outcomes.setSnapshot(incidentSnapshot());
        QCOMPARE(CsvExport::toCsv(outcomes).split(QStringLiteral("\r\n")).mid(0, 2),
                 (QStringList { QStringLiteral("Deployment,Group,Requests/s,Success,Timeout,Rate limit (429),API error,Other,Errors"),
                                QStringLiteral("gpt-4o-azure,gpt-4o,2.2/s,99.1 %,0.9 %,0.0 %,0.0 %,0.0 %,0.9 %") }));
    }

    // OWASP's CSV injection: a cell a spreadsheet would run as a formula gets a leading ', numbers stay numbers.
    void csvFormulaInjection_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::addRow("command") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::addRow("hyperlink, quoted")
            << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"open\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"");
        QTest::addRow("plus") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
        QTest::addRow("minus expression") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("carriage return, quoted") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::addRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::addRow("minus infinity") << QStringLiteral("-inf") << QStringLiteral("'-inf");
        QTest::addRow("decimal comma, quoted") << QStringLiteral("-1,5") << QStringLiteral("\"'-1,5\"");
        QTest::addRow("number and a line break") << QStringLiteral("-1\n") << QStringLiteral("\"'-1\n\"");
        QTest::addRow("signed change") << QStringLiteral("+4.7 pp") << QStringLiteral("'+4.7 pp");
        QTest::addRow("negative number") << QStringLiteral("-1.5") << QStringLiteral("-1.5");
        QTest::addRow("positive number") << QStringLiteral("+3") << QStringLiteral("+3");
        QTest::addRow("exponent") << QStringLiteral("-2e-05") << QStringLiteral("-2e-05");
        QTest::addRow("fraction") << QStringLiteral("-.5") << QStringLiteral("-.5");
        QTest::addRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::addRow("unicode minus") << QStringLiteral("−4.7 pp") << QStringLiteral("−4.7 pp");
    }

    void csvFormulaInjection()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::quoteField(field), expected);
    }

    void csvOfAHostileModel()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({ QStringLiteral("=Deployment"), QStringLiteral("Change") });
        model.setItem(0, 0, new QStandardItem(QStringLiteral("@evil")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("-1.5")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("=1+1")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("-1,5")));
        QCOMPARE(CsvExport::toCsv(model), QStringLiteral("'=Deployment,Change\r\n'@evil,-1.5\r\n'=1+1,\"'-1,5\"\r\n"));

        CsvExport::Options options;
        options.separator = QLatin1Char(';');
        options.header = false;
        options.lineEnd = QStringLiteral("\n");
        QCOMPARE(CsvExport::toCsv(model, options), QStringLiteral("'@evil;-1.5\n'=1+1;'-1,5\n"));
    }
};

QTEST_GUILESS_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
