// SPDX-License-Identifier: GPL-3.0-or-later
// The weight editor's arithmetic (WeightPlan), the guardrails, the audit log's JSON Lines codec and
// the Changes page's model: all outside any widget.
#include "auditlogcodec.h"
#include "audittrail.h"
#include "changemodel.h"
#include "guardrails.h"
#include "pushroute.h"
#include "splitconvergence.h"
#include "weightplan.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace RouteDeck;

Q_DECLARE_METATYPE(RouteDeck::PlanTraffic)

using WeightHash = QHash<QString, double>;

namespace {

Deployment dep(const QString &id, std::optional<double> weight, std::optional<double> rpm = std::nullopt,
    std::optional<int> order = std::nullopt, std::optional<double> tpm = std::nullopt)
{
    Deployment d;
    d.id = id;
    d.group = QStringLiteral("gpt-4o-mini");
    d.weight = weight;
    d.rpm = rpm;
    d.tpm = tpm;
    d.order = order;
    return d;
}

// The demo group: 8/2/1, 72.7 % / 18.2 % / 9.1 %.
QList<Deployment> demoGroup()
{
    return { dep(QStringLiteral("azure-primary"), 8), dep(QStringLiteral("azure-secondary"), 2),
        dep(QStringLiteral("openai-direct"), 1) };
}

QString numbers(const QList<double> &values, int decimals = 4)
{
    QStringList parts;
    for (double v : values)
        parts.append(std::isfinite(v)
                ? QString::number(v, 'f', decimals).remove(QRegularExpression(QStringLiteral("\\.?0+$")))
                : QStringLiteral("nan"));
    return parts.join(QLatin1Char('/'));
}

QString percents(const QList<double> &shares)
{
    QStringList parts;
    for (double s : shares)
        parts.append(QString::number(s * 100, 'f', 1));
    return parts.join(QLatin1Char('/'));
}

PlanTraffic trafficOf(double groupRps, const QHash<QString, CooldownState> &states = {})
{
    PlanTraffic t;
    t.groupRequestsPerSecond = groupRps;
    t.states = states;
    return t;
}

AuditEntry entry(const QString &id, const QString &result, int minute)
{
    AuditEntry e;
    e.id = id;
    e.time = QDateTime(QDate(2026, 11, 27), QTime(12, minute, 10, 123), Qt::UTC);
    e.profile = QStringLiteral("prod — eu");
    e.user = QStringLiteral("alice");
    e.tool = QStringLiteral("routedeck");
    e.target = PushTargetKind::Router;
    e.location = QStringLiteral("http://127.0.0.1:4000");
    e.group = QStringLiteral("gpt-4o-mini");
    e.before = { { QStringLiteral("azure-primary"), 8.0 }, { QStringLiteral("azure-secondary"), 2.0 },
        { QStringLiteral("openai-direct"), std::nullopt } };
    e.after = { { QStringLiteral("azure-primary"), 5.5 }, { QStringLiteral("azure-secondary"), 4.5 },
        { QStringLiteral("openai-direct"), std::nullopt } };
    e.result = result;
    e.resulting = e.after;
    return e;
}

} // namespace

class TestRebalanceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moveDivider_data()
    {
        QTest::addColumn<QList<Deployment>>("group");
        QTest::addColumn<bool>("integer");
        QTest::addColumn<int>("divider");
        QTest::addColumn<double>("position");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("shares");

        // The demo's story: azure-primary from 72.7 % to 50 %; only it and its neighbour change.
        QTest::addRow("primary to 50 percent") << demoGroup() << false << 0 << 0.50 << true << "5.5/4.5/1"
                                               << "50.0/40.9/9.1";
        QTest::addRow("snaps to whole percent") << demoGroup() << false << 0 << 0.4987 << true << "5.5/4.5/1"
                                                << "50.0/40.9/9.1";
        QTest::addRow("rounds to the pair's precision")
            << demoGroup() << false << 0 << 0.49 << true << "5.39/4.61/1"
            << "49.0/41.9/9.1";
        QTest::addRow("clamped at the neighbour's far edge")
            << demoGroup() << false << 0 << 0.99 << true << "10/0/1"
            << "90.9/0.0/9.1";
        QTest::addRow("clamped at the left edge") << demoGroup() << false << 1 << 0.1 << true << "8/0/3"
                                                  << "72.7/0.0/27.3";
        QTest::addRow("second divider") << demoGroup() << false << 1 << 0.95 << true << "8/2.45/0.55"
                                        << "72.7/22.3/5.0";
        QTest::addRow("no move, same place")
            << QList<Deployment> { dep(QStringLiteral("a"), 1), dep(QStringLiteral("b"), 1) } << false << 0
            << 0.5 << false << "1/1"
            << "50.0/50.0";
        QTest::addRow("integer weights scale by 10 for 1 pp steps")
            << demoGroup() << true << 0 << 0.50 << true << "55/45/10"
            << "50.0/40.9/9.1";
        QTest::addRow("integer, fine enough already")
            << QList<Deployment> { dep(QStringLiteral("a"), 60), dep(QStringLiteral("b"), 40) } << true << 0
            << 0.25 << true << "25/75"
            << "25.0/75.0";
        QTest::addRow("standby neighbour (higher order) cannot move")
            << QList<Deployment> { dep(QStringLiteral("a"), 3, {}, 1), dep(QStringLiteral("b"), 1, {}, 1),
                   dep(QStringLiteral("standby"), 5, {}, 2) }
            << false << 1 << 0.5 << false << "3/1/5"
            << "75.0/25.0/0.0";
        QTest::addRow("pair of zeros cannot move") << QList<Deployment> { dep(QStringLiteral("a"), 1),
            dep(QStringLiteral("b"), 0), dep(QStringLiteral("c"), 0) }
                                                   << false << 1 << 1.0 << false << "1/0/0"
                                                   << "100.0/0.0/0.0";
        QTest::addRow("bad divider") << demoGroup() << false << 2 << 0.5 << false << "8/2/1"
                                     << "72.7/18.2/9.1";
        QTest::addRow("NaN position") << demoGroup() << false << 0 << std::nan("") << false << "8/2/1"
                                      << "72.7/18.2/9.1";
        // Split by rpm (no weights): the editor starts from the rpm values, so nothing jumps.
        QTest::addRow("rpm-split group")
            << QList<Deployment> { dep(QStringLiteral("a"), {}, 600), dep(QStringLiteral("b"), {}, 200) }
            << false << 0 << 0.5 << true << "400/400"
            << "50.0/50.0";
    }

    void moveDivider()
    {
        QFETCH(QList<Deployment>, group);
        QFETCH(bool, integer);
        QFETCH(int, divider);
        QFETCH(double, position);
        QFETCH(bool, moved);
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), group,
            integer ? WeightPlan::WeightMode::Integer : WeightPlan::WeightMode::Fractional);
        QCOMPARE(plan.moveDivider(divider, position), moved);
        QTEST(numbers(plan.weights()), "weights");
        QTEST(percents(plan.shares()), "shares");
        // Dividers are the running sums of the shares.
        const QList<double> dividers = plan.dividers();
        QCOMPARE(dividers.size(), plan.count() - 1);
        double sum = 0;
        for (int k = 0; k < dividers.size(); ++k) {
            sum += plan.shares().at(k);
            QVERIFY(std::abs(dividers.at(k) - sum) < 1e-12);
        }
    }

    void dragSequenceKeepsOthers()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), demoGroup());
        QVERIFY(plan.moveDivider(0, 0.6));
        QVERIFY(plan.moveDivider(0, 0.5));
        QCOMPARE(numbers(plan.weights()), QStringLiteral("5.5/4.5/1"));
        QCOMPARE(plan.shares().at(2), plan.baseShares().at(2)); // openai-direct never moved
        QVERIFY(plan.isChanged());
        const WeightChange change = plan.change();
        QCOMPARE(change.changedIds(),
            QStringList({ QStringLiteral("azure-primary"), QStringLiteral("azure-secondary") }));
        QCOMPARE(change.before.value(QStringLiteral("azure-primary")), std::optional<double>(8));
        QCOMPARE(change.after.value(QStringLiteral("azure-secondary")), 4.5);
        QCOMPARE(formatWeights(change.afterState()),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 1"));
        // Back by hand: positions snap to whole percent, so 72.7 % is 73 % (weights 8.03 and 1.97); Reset is
        // exact.
        QVERIFY(plan.moveDivider(0, 8.0 / 11.0));
        QCOMPARE(numbers(plan.weights()), QStringLiteral("8.03/1.97/1"));
        QCOMPARE(percents(plan.shares()), QStringLiteral("73.0/17.9/9.1"));
        plan.reset();
        QVERIFY(!plan.isChanged());
    }

    void pickDivider_data()
    {
        QTest::addColumn<QList<double>>("dividers");
        QTest::addColumn<double>("position");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("expected");
        QTest::addRow("nearest") << QList<double> { 0.3, 0.6 } << 0.595 << 0 << 1;
        QTest::addRow("none near") << QList<double> { 0.3, 0.6 } << 0.45 << 0 << -1;
        QTest::addRow("edge of tolerance") << QList<double> { 0.3, 0.6 } << 0.309 << 0 << 0;
        // A drained deployment between dividers 1 and 2: right grows it from the left... the last one.
        QTest::addRow("same spot, dragging right") << QList<double> { 0.3, 0.6, 0.6, 0.9 } << 0.6 << 1 << 2;
        QTest::addRow("same spot, dragging left") << QList<double> { 0.3, 0.6, 0.6, 0.9 } << 0.6 << -1 << 1;
        QTest::addRow("same spot, no direction") << QList<double> { 0.3, 0.6, 0.6, 0.9 } << 0.6 << 0 << 1;
        QTest::addRow("empty") << QList<double> {} << 0.5 << 1 << -1;
    }

    void pickDivider()
    {
        QFETCH(QList<double>, dividers);
        QFETCH(double, position);
        QFETCH(int, direction);
        QTEST(WeightPlan::pickDivider(dividers, position, 0.01, direction), "expected");
    }

    void drainRestoreReset()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), demoGroup());
        QVERIFY(!plan.canRestore(0));
        plan.drain(0);
        QCOMPARE(numbers(plan.weights()), QStringLiteral("0/2/1"));
        QCOMPARE(percents(plan.shares()), QStringLiteral("0.0/66.7/33.3"));
        QVERIFY(plan.canRestore(0));
        QVERIFY(plan.preview(PlanTraffic()).at(0).drained);
        plan.setWeight(1, 4); // other edits keep the drain
        plan.restore(0);
        QCOMPARE(numbers(plan.weights()), QStringLiteral("8/4/1"));
        plan.reset();
        QCOMPARE(numbers(plan.weights()), QStringLiteral("8/2/1"));
        QVERIFY(!plan.isChanged());
        QVERIFY(plan.change().isEmpty());

        // Dragged to nothing counts as drained: restore brings back the weight from before the drag.
        QVERIFY(plan.moveDivider(0, 0.99));
        QCOMPARE(numbers(plan.weights()), QStringLiteral("10/0/1"));
        plan.restore(1);
        QCOMPARE(numbers(plan.weights()), QStringLiteral("10/2/1"));

        // A deployment that never had a weight gets the mean of the others.
        WeightPlan fresh(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), 6), dep(QStringLiteral("b"), 2),
                dep(QStringLiteral("new"), std::nullopt) });
        QVERIFY(fresh.canRestore(2));
        fresh.restore(2);
        QCOMPARE(numbers(fresh.weights()), QStringLiteral("6/2/4"));
        const WeightChange change = fresh.change();
        QCOMPARE(change.changedIds(), QStringList { QStringLiteral("new") });
        QCOMPARE(change.before.value(QStringLiteral("new")), std::optional<double>());
    }

    void unsetWeightsStayUnset()
    {
        // A deployment without weight that the user does not touch gets no call.
        WeightPlan plan(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), 3), dep(QStringLiteral("b"), 1),
                dep(QStringLiteral("c"), std::nullopt) });
        QCOMPARE(percents(plan.shares()), QStringLiteral("75.0/25.0/0.0"));
        QVERIFY(plan.moveDivider(0, 0.5));
        QCOMPARE(plan.change().changedIds(), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    }

    // What a rollback of a group's first weights does: the weights go, and rpm decides again.
    void removedWeightsGoBackToNoWeight()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), 5, 600), dep(QStringLiteral("b"), 3, 200), dep(QStringLiteral("c"), 2, 200),
                dep(QStringLiteral("d"), std::nullopt, 100) });
        QCOMPARE(percents(plan.shares()), QStringLiteral("50.0/30.0/20.0/0.0"));
        for (int i = 0; i < plan.count(); ++i)
            plan.removeWeight(i);
        QVERIFY(plan.isWeightRemoved(0));
        QVERIFY(plan.isChanged());
        QCOMPARE(percents(plan.shares()), QStringLiteral("54.5/18.2/18.2/9.1"));
        const WeightChange change = plan.change();
        QCOMPARE(change.removedIds(), QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(change.after.value(QStringLiteral("a"), 1.0), std::nullopt);
        QVERIFY(!change.after.contains(QStringLiteral("d"))); // it had none: nothing to take away
        QCOMPARE(formatWeights(change.afterState()), QStringLiteral("a unset, b unset, c unset, d unset"));
        const QList<PlanPreviewRow> rows = plan.preview(PlanTraffic());
        QVERIFY(rows.at(0).weightRemoved && !rows.at(0).drained);
        QVERIFY(!rows.at(3).weightRemoved);
        // Not "every weight is 0": with no weight, LiteLLM picks by rpm.
        QVERIFY(!Guardrails::check(plan, PlanTraffic(), GuardrailSettings()).has(GuardrailMessage::Kind::AllZero));

        // 0 instead would stop the group: that is refused.
        WeightPlan zeros = plan;
        for (int i = 0; i < 3; ++i)
            zeros.setWeight(i, 0);
        QVERIFY(!zeros.isWeightRemoved(0));
        QVERIFY(Guardrails::check(zeros, PlanTraffic(), GuardrailSettings()).has(GuardrailMessage::Kind::AllZero));

        // Any other edit gives the weight back; reset forgets the removals.
        plan.setWeight(1, 4);
        QVERIFY(!plan.isWeightRemoved(1));
        QCOMPARE(plan.change().after.value(QStringLiteral("b")), 4.0);
        plan.reset();
        QVERIFY(!plan.isWeightRemoved(0));
        QVERIFY(!plan.isChanged());

        // In a group split by rpm (its first deployment has no weight), taking away a weight LiteLLM ignores
        // changes nothing else: the others do not get their rpm written as weights.
        WeightPlan byRpm(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), {}, 600), dep(QStringLiteral("b"), 2, 200), dep(QStringLiteral("c"), {}, 200) });
        QCOMPARE(byRpm.baseSource(), ShareMath::WeightSource::Rpm);
        byRpm.removeWeight(1);
        QCOMPARE(byRpm.change().changedIds(), QStringList { QStringLiteral("b") });
        QCOMPARE(percents(byRpm.shares()), percents(byRpm.baseShares()));

        // A deployment without a weight has none to remove.
        WeightPlan unweighted(QStringLiteral("gpt-4o-mini"), { dep(QStringLiteral("a"), 1), dep(QStringLiteral("d"), {}) });
        unweighted.removeWeight(1);
        QVERIFY(!unweighted.isChanged());
        QVERIFY(unweighted.change().isEmpty());
    }

    void rpmSplitWritesTheWholeTier()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), {}, 600), dep(QStringLiteral("b"), {}, 200),
                dep(QStringLiteral("c"), {}, 200), dep(QStringLiteral("standby"), {}, 100, 5) });
        // Only "standby" has an order, and LiteLLM keeps the lowest order tier: the others get nothing.
        QCOMPARE(plan.baseSource(), ShareMath::WeightSource::Rpm);
        QCOMPARE(percents(plan.shares()), QStringLiteral("0.0/0.0/0.0/100.0"));

        WeightPlan even(QStringLiteral("gpt-4o-mini"),
            { dep(QStringLiteral("a"), {}, 600), dep(QStringLiteral("b"), {}, 200),
                dep(QStringLiteral("c"), {}, 200) });
        QCOMPARE(numbers(even.weights()), QStringLiteral("600/200/200"));
        QVERIFY(even.moveDivider(0, 0.5));
        QCOMPARE(numbers(even.weights()), QStringLiteral("500/300/200"));
        const WeightChange change = even.change();
        // Once one weight is set, weights decide: every member of the tier gets the value its share came
        // from.
        QCOMPARE(change.changedIds(),
            QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(change.after.value(QStringLiteral("c")), 200.0);
        QCOMPARE(percents(even.shares()), QStringLiteral("50.0/30.0/20.0"));
    }

    void previewAtCurrentTraffic()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), demoGroup());
        QVERIFY(plan.moveDivider(0, 0.5));
        // azure-secondary cools: the others' effective shares renormalise.
        const PlanTraffic traffic
            = trafficOf(22.0, { { QStringLiteral("azure-secondary"), CooldownState::Cooling } });
        const QList<PlanPreviewRow> rows = plan.preview(traffic);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(QString::number(rows.at(0).baseEffectiveShare * 100, 'f', 1), QStringLiteral("88.9"));
        QCOMPARE(QString::number(rows.at(0).effectiveShare * 100, 'f', 1), QStringLiteral("84.6"));
        QCOMPARE(rows.at(1).effectiveShare, 0.0);
        QCOMPARE(QString::number(rows.at(0).predictedRequestsPerSecond, 'f', 2), QStringLiteral("18.62"));
        QCOMPARE(QString::number(rows.at(2).predictedRequestsPerSecond, 'f', 2), QStringLiteral("3.38"));
        QCOMPARE(QString::number(rows.at(0).shiftPoints(), 'f', 1), QStringLiteral("-22.7"));
        QCOMPARE(rows.at(1).state, CooldownState::Cooling);
        // No traffic known: no prediction.
        QVERIFY(std::isnan(plan.preview(PlanTraffic()).at(0).predictedRequestsPerSecond));
    }

    void trafficFromSnapshot()
    {
        Snapshot snapshot;
        for (const auto &[id, group, rps, state] :
            { std::tuple { "azure-primary", "gpt-4o-mini", 14.0, CooldownState::Healthy },
                std::tuple { "azure-secondary", "gpt-4o-mini", 4.0, CooldownState::Cooling },
                std::tuple { "gpt-4o-azure", "gpt-4o", 3.0, CooldownState::Healthy } }) {
            DeploymentSnapshot d;
            d.id = QString::fromLatin1(id);
            d.group = QString::fromLatin1(group);
            d.requestsPerSecond = rps;
            d.state = state;
            snapshot.deployments.append(d);
        }
        const PlanTraffic traffic = PlanTraffic::fromSnapshot(snapshot, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(traffic.groupRequestsPerSecond, 18.0);
        QCOMPARE(traffic.cooling(), QSet<QString> { QStringLiteral("azure-secondary") });
        QCOMPARE(traffic.requestsPerSecond.size(), 2);
    }

    void guardrails_data()
    {
        QTest::addColumn<QList<Deployment>>("group");
        QTest::addColumn<WeightHash>("weights");
        QTest::addColumn<PlanTraffic>("traffic");
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<bool>("risky");
        QTest::addColumn<QString>("expected"); // the messages, "level: text" joined by " | "

        const auto w = [](std::initializer_list<std::pair<const char *, double>> list) {
            QHash<QString, double> hash;
            for (const auto &[id, weight] : list)
                hash.insert(QString::fromLatin1(id), weight);
            return hash;
        };
        QTest::addRow("small change is fine")
            << demoGroup() << w({ { "azure-primary", 7 } }) << trafficOf(20) << false << false << false << "";
        QTest::addRow("negative refused")
            << demoGroup() << w({ { "azure-secondary", -1 } }) << trafficOf(20) << false << true << false
            << "refusal: azure-secondary: weight -1 is negative; weights are numbers of 0 or more";
        QTest::addRow("NaN refused")
            << demoGroup() << w({ { "openai-direct", std::nan("") } }) << trafficOf(20) << false << true
            << false
            << "refusal: openai-direct: the weight is not a number; weights are numbers of 0 or more";
        QTest::addRow("all zero refused")
            << demoGroup() << w({ { "azure-primary", 0 }, { "azure-secondary", 0 }, { "openai-direct", 0 } })
            << trafficOf(20) << false << true << false
            << "refusal: every deployment of 'gpt-4o-mini' has weight 0, so LiteLLM's weighted pick fails every "
               "request of the group: it does not fall back to another field or to an even split; drain "
               "deployments one at a time instead";
        QTest::addRow("22.7 pp shift is risky")
            << demoGroup() << w({ { "azure-primary", 5.5 }, { "azure-secondary", 4.5 } }) << trafficOf(20)
            << false << false << true
            << "warning: azure-primary's share moves \u221222.7 pp (from 72.7 % to 50.0 %), more than 20 pp "
               "| warning: "
               "azure-secondary's share moves +22.7 pp (from 18.2 % to 40.9 %), more than 20 pp";
        QTest::addRow("rollback of a 22.7 pp shift is not risky")
            << demoGroup() << w({ { "azure-primary", 5.5 }, { "azure-secondary", 4.5 } }) << trafficOf(20)
            << true << false << false
            << "note: azure-primary's share moves \u221222.7 pp (from 72.7 % to 50.0 %), more than 20 pp; it "
               "restores weights "
               "from the audit log | note: azure-secondary's share moves +22.7 pp (from 18.2 % to 40.9 %), "
               "more than 20 "
               "pp; it restores weights from the audit log";
        QTest::addRow("weight to a cooling deployment")
            << demoGroup() << w({ { "azure-secondary", 3 } })
            << trafficOf(20, { { QStringLiteral("azure-secondary"), CooldownState::Cooling } }) << false
            << false << true
            << "warning: azure-secondary is cooling down right now: the weight it gets takes effect when it "
               "returns, at "
               "once and in full";
        QTest::addRow("taking weight from a cooling deployment is fine")
            << demoGroup() << w({ { "azure-secondary", 1 } })
            << trafficOf(20, { { QStringLiteral("azure-secondary"), CooldownState::Cooling } }) << false
            << false << false << "";
        QTest::addRow("weight to an unhealthy deployment")
            << demoGroup() << w({ { "openai-direct", 2 } })
            << trafficOf(20, { { QStringLiteral("openai-direct"), CooldownState::Partial } }) << false
            << false << true
            << "warning: openai-direct is unhealthy right now (partial outage): more traffic goes to a "
               "deployment that "
               "is failing";
        QTest::addRow("rollback still warns about cooling")
            << demoGroup() << w({ { "azure-secondary", 3 } })
            << trafficOf(20, { { QStringLiteral("azure-secondary"), CooldownState::Cooling } }) << true
            << false << true
            << "warning: azure-secondary is cooling down right now: the weight it gets takes effect when it "
               "returns, at "
               "once and in full";
        const QList<Deployment> limited { dep(QStringLiteral("azure-primary"), 8, 1000),
            dep(QStringLiteral("azure-secondary"), 2, 300), dep(QStringLiteral("openai-direct"), 1) };
        // 20 req/s: secondary from 18.2 % (218 rpm) to 30.8 % (369 rpm) > 300 rpm.
        QTest::addRow("rpm limit exceeded at current traffic")
            << limited << w({ { "azure-secondary", 4 } }) << trafficOf(20) << false << false << true
            << "warning: azure-secondary would get 369 requests/min at the current traffic, over its rpm "
               "limit of 300";
        QTest::addRow("rpm limits unknown without traffic")
            << limited << w({ { "azure-primary", 7 } }) << PlanTraffic() << false << false << false
            << "note: azure-primary: rpm/tpm limits not checked, the current traffic is unknown | note: "
               "azure-secondary: "
               "rpm/tpm limits not checked, the current traffic is unknown";
        PlanTraffic tokens = trafficOf(10);
        tokens.tokensPerRequest.insert(QStringLiteral("azure-primary"), 1000);
        QTest::addRow("tpm limit exceeded")
            << QList<Deployment> { dep(QStringLiteral("azure-primary"), 1, {}, {}, 300000),
                   dep(QStringLiteral("b"), 1) }
            << w({ { "azure-primary", 1.5 } }) << tokens << false << false << true
            << "warning: azure-primary would get 360000 tokens/min at the current traffic, over its tpm "
               "limit of 300000";
        QTest::addRow("tpm unknown tokens")
            << QList<Deployment> { dep(QStringLiteral("azure-primary"), 1, {}, {}, 300000),
                   dep(QStringLiteral("b"), 1) }
            << w({ { "azure-primary", 1.1 } }) << trafficOf(10) << false << false << false
            << "note: azure-primary: tpm limit of 300000 not checked, tokens per request are unknown";
    }

    void guardrails()
    {
        QFETCH(QList<Deployment>, group);
        QFETCH(WeightHash, weights);
        QFETCH(PlanTraffic, traffic);
        QFETCH(bool, rollback);
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), group);
        plan.setWeights(weights);
        GuardrailSettings settings;
        settings.restoresAuditedState = rollback;
        const GuardrailReport report = Guardrails::check(plan, traffic, settings);
        QStringList lines;
        for (const GuardrailMessage &m : report.messages) {
            const char *level = m.level == GuardrailMessage::Level::Refusal ? "refusal"
                : m.level == GuardrailMessage::Level::Warning               ? "warning"
                                                                            : "note";
            lines.append(QLatin1String(level) + QStringLiteral(": ") + m.text);
        }
        QTEST(lines.join(QStringLiteral(" | ")), "expected");
        QTEST(report.refused(), "refused");
        QTEST(report.risky(), "risky");
    }

    void guardrailThresholdIsConfigurable()
    {
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), demoGroup());
        QVERIFY(plan.moveDivider(0, 0.6)); // -12.7 pp
        GuardrailSettings settings;
        QVERIFY(!Guardrails::check(plan, trafficOf(20), settings).risky());
        settings.maxShiftPoints = 10;
        QVERIFY(Guardrails::check(plan, trafficOf(20), settings)
                    .has(GuardrailMessage::Kind::LargeShift, QStringLiteral("azure-primary")));
    }

    void typedConfirmation()
    {
        QVERIFY(Guardrails::confirms(QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o-mini")));
        QVERIFY(Guardrails::confirms(QStringLiteral("  gpt-4o-mini "), QStringLiteral("gpt-4o-mini")));
        QVERIFY(!Guardrails::confirms(QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")));
        QVERIFY(!Guardrails::confirms(QStringLiteral("GPT-4O-MINI"), QStringLiteral("gpt-4o-mini")));
        QVERIFY(!Guardrails::confirms(QString(), QString()));
    }

    void auditRoundTrip()
    {
        AuditEntry a = entry(QStringLiteral("20261127T120310.123Z-00a1b2"), QStringLiteral("applied"), 3);
        AuditEntry b = entry(QStringLiteral("20261127T120510.123Z-00c3d4"), QStringLiteral("partial"), 5);
        b.target = PushTargetKind::File;
        b.location = QStringLiteral("/etc/litellm/config \"prod\".yaml");
        b.error = QStringLiteral("Setting azure-secondary to 4.5 failed: HTTP 500\nsecond line");
        b.rollbackOf = a.id;
        b.resulting.clear();
        CommandRun push;
        push.command = QStringLiteral("git commit -am 'weights' && git push");
        push.started = true;
        push.exitCode = 1;
        push.output = QStringLiteral("error: failed to push some refs\n");
        push.msecs = 2300;
        b.afterWrite = push;
        b.routerApplied = false;
        const QByteArray line = AuditLogCodec::encode(a);
        QVERIFY(!line.contains("after_write") && !line.contains("router_applied"));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.contains(R"("openai-direct":null)"));
        QVERIFY(line.contains(R"("time":"2026-11-27T12:03:10.123Z")"));
        const AuditLogReadResult read
            = AuditLogCodec::decode(line + AuditLogCodec::encode(b), QStringLiteral("audit.jsonl"));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(0), a);
        QCOMPARE(read.entries.at(1), b);
        QVERIFY(!read.truncatedLastLine);
        QCOMPARE(read.lineCount, 2);
    }

    void intentRoundTrip()
    {
        AuditEntry intent = entry(QStringLiteral("20261127T120310.123Z-00a1b2"), QStringLiteral("pending"), 3);
        intent.resulting.clear();
        intent.host = QStringLiteral("ops-laptop");
        intent.pid = 4242;
        AuditEntry outcome = entry(QStringLiteral("20261127T120311.123Z-00a1b3"), QStringLiteral("applied"), 3);
        outcome.resolves = intent.id;
        const QByteArray lines = AuditLogCodec::encode(intent) + AuditLogCodec::encode(outcome);
        QVERIFY(lines.contains(R"("owner":{"host":"ops-laptop","pid":4242})"));
        QCOMPARE(lines.count("owner"), 1); // only intents name their process
        const AuditLogReadResult read = AuditLogCodec::decode(lines, QStringLiteral("audit.jsonl"));
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
        QCOMPARE(read.entries, QList<AuditEntry>({ intent, outcome }));
        QVERIFY(read.entries.at(0).isIntent());
        QVERIFY(!read.entries.at(0).changedTarget());
        QCOMPARE(AuditTrail::withoutResolvedIntents(read.entries), QList<AuditEntry>({ outcome }));
    }

    void cutOffIntents()
    {
        AuditEntry resolved = entry(QStringLiteral("i1"), QStringLiteral("pending"), 1);
        AuditEntry ending = entry(QStringLiteral("o1"), QStringLiteral("applied"), 1);
        ending.resolves = resolved.id;
        AuditEntry cutOff = entry(QStringLiteral("i2"), QStringLiteral("pending"), 2);
        AuditEntry elsewhere = entry(QStringLiteral("i3"), QStringLiteral("pending"), 3);
        elsewhere.location = QStringLiteral("http://127.0.0.1:4001");
        AuditEntry alive = entry(QStringLiteral("i4"), QStringLiteral("pending"), 4);
        alive.pid = 7;
        const QList<AuditEntry> log { resolved, ending, cutOff, elsewhere, alive };
        const auto stillPushing = [](const AuditEntry &intent) { return intent.pid == 7; };
        QCOMPARE(AuditTrail::cutOffIntents(log, PushTargetKind::Router, QStringLiteral("http://127.0.0.1:4000"), stillPushing),
                 QList<AuditEntry>({ cutOff }));
        QVERIFY(AuditTrail::cutOffIntents(log, PushTargetKind::File, QStringLiteral("http://127.0.0.1:4000"), stillPushing).isEmpty());
        QCOMPARE(AuditTrail::withoutResolvedIntents(log), QList<AuditEntry>({ ending, cutOff, elsewhere, alive }));
    }

    void reconciledSaysWhatTheTargetHolds_data()
    {
        QTest::addColumn<WeightMap>("current");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("says");
        const auto weights = [](std::optional<double> a, std::optional<double> b, std::optional<double> c) {
            return WeightMap { { QStringLiteral("azure-primary"), a }, { QStringLiteral("azure-secondary"), b },
                               { QStringLiteral("openai-direct"), c } };
        };
        QTest::addRow("all in place") << weights(5.5, 4.5, std::nullopt) << "applied"
                                      << "every new weight is in place (azure-primary 5.5, azure-secondary 4.5, openai-direct unset).";
        QTest::addRow("none") << weights(8, 2, std::nullopt) << "failed" << "none of it is in place";
        QTest::addRow("first only") << weights(5.5, 2, std::nullopt) << "partial"
                                    << "a mixed state, neither the old weights nor the new ones: azure-primary 8 → 5.5.";
        WeightMap added = weights(5.5, 4.5, std::nullopt);
        added.insert(QStringLiteral("new-one"), 3);
        QTest::addRow("a deployment added since") << added << "applied" << "every new weight is in place";
        QTest::addRow("group gone") << WeightMap() << "partial" << "the group has no deployments there any more.";
        QTest::addRow("a deployment removed since, the rest new")
            << WeightMap { { QStringLiteral("azure-primary"), 5.5 }, { QStringLiteral("openai-direct"), std::nullopt } } << "applied"
            << "every new weight is in place";
        QTest::addRow("a deployment removed since, the rest old")
            << WeightMap { { QStringLiteral("azure-primary"), 8.0 }, { QStringLiteral("openai-direct"), std::nullopt } } << "failed"
            << "none of it is in place";
        // LiteLLM routes an unset weight unlike 0 (simple_shuffle.py): not "as before".
        QTest::addRow("unset reverted to 0") << weights(8, 2, 0.0) << "partial" << "a mixed state";
    }

    void reconciledSaysWhatTheTargetHolds()
    {
        QFETCH(WeightMap, current);
        QFETCH(QString, result);
        QFETCH(QString, says);
        const AuditEntry intent = entry(QStringLiteral("20261127T120310.123Z-00a1b2"), QStringLiteral("pending"), 3);
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 30, 0), Qt::UTC);
        const AuditEntry ended = AuditTrail::reconciled(intent, current, now);
        QCOMPARE(ended.result, result);
        QCOMPARE(ended.resolves, intent.id);
        QCOMPARE(ended.resulting, current);
        QCOMPARE(ended.time, now);
        QCOMPARE(ended.after, intent.after);
        QVERIFY2(ended.error.startsWith(QLatin1String("The push of gpt-4o-mini started at 2026-11-27 12:03:10 UTC by alice was "
                                                      "cut off before it ended (the process stopped); the target was read "
                                                      "again at 12:30:00 UTC: ")),
                 qPrintable(ended.error));
        QVERIFY2(ended.error.contains(says), qPrintable(ended.error));
    }

    void pushRouteSendsConfigFileModelsToTheFile()
    {
        QList<Deployment> router = demoGroup();
        const auto storedAs = [&router](const char *id, QVariant db) {
            for (Deployment &d : router) {
                if (d.id == QLatin1String(id))
                    d.modelInfo.insert(QStringLiteral("db_model"), db);
            }
        };
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), router);
        plan.setWeight(0, 4);
        const WeightChange change = plan.change();
        // A router that does not say (no db_model): the API is tried, as before.
        QCOMPARE(PushRoute::choose(change, PushTargetKind::Router, QString(), router).target, PushTargetKind::Router);
        storedAs("azure-primary", true);
        QCOMPARE(PushRoute::choose(change, PushTargetKind::Router, QString(), router).target, PushTargetKind::Router);
        storedAs("azure-primary", false);
        const PushRoute toFile = PushRoute::choose(change, PushTargetKind::Router, QStringLiteral("/srv/config.yaml"), router);
        QCOMPARE(toFile.target, PushTargetKind::File);
        QCOMPARE(toFile.configFileModels, QStringList { QStringLiteral("azure-primary") });
        QVERIFY(toFile.ok());
        QVERIFY(toFile.note.contains(QStringLiteral("/srv/config.yaml")));
        const PushRoute refused = PushRoute::choose(change, PushTargetKind::Router, QString(), router);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains(QStringLiteral("after_write")));
        // A file profile is not rerouted.
        QCOMPARE(PushRoute::choose(change, PushTargetKind::File, QStringLiteral("/srv/config.yaml"), router).target,
            PushTargetKind::File);
    }

    void splitConvergenceWaitsForTheRouterThenTheTraffic()
    {
        const QDateTime pushed = QDateTime::fromString(QStringLiteral("2026-12-05T10:00:00Z"), Qt::ISODate);
        WeightMap weights { { QStringLiteral("a"), 5.5 }, { QStringLiteral("b"), 4.5 } };
        SplitConvergence watch(QStringLiteral("g"), weights, pushed);
        const auto snapshotAt = [](const QDateTime &time, double weightA, double drift, double rps) {
            Snapshot s;
            s.time = time;
            DeploymentSnapshot a;
            a.id = QStringLiteral("a");
            a.group = QStringLiteral("g");
            a.inRouter = true;
            a.weight = weightA;
            a.effectiveShare = 0.55;
            a.observedShare = 0.55 + drift / 100;
            DeploymentSnapshot b = a;
            b.id = QStringLiteral("b");
            b.weight = 4.5;
            b.effectiveShare = 0.45;
            b.observedShare = 0.45 - drift / 100;
            s.deployments = { a, b };
            GroupSnapshot g;
            g.name = QStringLiteral("g");
            g.requestsPerSecond = rps;
            g.maxDriftPoints = std::abs(drift);
            s.groups = { g };
            return s;
        };
        // The router still has the old weight: a small drift against it means nothing yet.
        QCOMPARE(watch.check(snapshotAt(pushed.addSecs(2), 8, 1, 10)).state, SplitConvergence::State::Watching);
        // The router has it; the first window that began after is still mixed.
        QCOMPARE(watch.check(snapshotAt(pushed.addSecs(4), 5.5, 12, 10)).state, SplitConvergence::State::Watching);
        QCOMPARE(watch.check(snapshotAt(pushed.addSecs(6), 5.5, 2, 0)).state, SplitConvergence::State::Watching); // no traffic
        const SplitConvergence::Verdict done = watch.check(snapshotAt(pushed.addSecs(8), 5.5, -3, 10));
        QCOMPARE(done.state, SplitConvergence::State::Converged);
        QVERIFY2(done.message.startsWith(QStringLiteral("g follows the new weights: observed shares within 5 pp")),
            qPrintable(done.message));

        SplitConvergence stuck(QStringLiteral("g"), weights, pushed);
        QCOMPARE(stuck.check(snapshotAt(pushed.addSecs(10), 5.5, 20, 10)).state, SplitConvergence::State::Watching);
        const SplitConvergence::Verdict late = stuck.check(snapshotAt(pushed.addSecs(301), 5.5, 20, 10));
        QCOMPARE(late.state, SplitConvergence::State::TimedOut);
        QVERIFY2(late.message.contains(QStringLiteral("a: 75.0 % observed, 55.0 % expected")), qPrintable(late.message));

        SplitConvergence never(QStringLiteral("g"), weights, pushed);
        QVERIFY(never.check(snapshotAt(pushed.addSecs(301), 8, 0, 10)).message.contains(
            QStringLiteral("the router still does not report the new weights")));
    }

    void auditTruncatedLastLine()
    {
        const QByteArray a
            = AuditLogCodec::encode(entry(QStringLiteral("one"), QStringLiteral("applied"), 1));
        const QByteArray b
            = AuditLogCodec::encode(entry(QStringLiteral("two"), QStringLiteral("applied"), 2));
        // A crash mid-write: the last line stops somewhere inside.
        const QByteArray text = a + b + b.left(b.size() / 2).replace("two", "three");
        const AuditLogReadResult read = AuditLogCodec::decode(text, QStringLiteral("/data/audit.jsonl"));
        QCOMPARE(read.entries.size(), 2);
        QVERIFY(read.truncatedLastLine);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(read.problems.first().toString().startsWith(QStringLiteral(
                     "/data/audit.jsonl:3: warning: the last entry is incomplete (no end of line), probably "
                     "cut off by a crash")),
            qPrintable(read.problems.first().toString()));
        // A complete last line without its newline is fine.
        const AuditLogReadResult unterminated = AuditLogCodec::decode(a + b.chopped(1), QStringLiteral("x"));
        QCOMPARE(unterminated.entries.size(), 2);
        QVERIFY(!unterminated.truncatedLastLine);
    }

    void auditBadLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        const QByteArray good
            = AuditLogCodec::encode(entry(QStringLiteral("x"), QStringLiteral("applied"), 1)).trimmed();
        const auto with
            = [&good](const char *from, const char *to) { return QByteArray(good).replace(from, to); };
        QTest::addRow("not json") << QByteArray("{\"id\": ")
                                  << "x:2: warning: entry skipped: not valid JSON at byte";
        QTest::addRow("array") << QByteArray("[1,2]") << "x:2: warning: entry skipped: not a JSON object";
        QTest::addRow("no time") << with(R"("time":"2026-11-27T12:01:10.123Z",)", "")
                                 << "x:2: warning: entry skipped: 'time' is missing";
        QTest::addRow("bad time") << with("2026-11-27T12:01:10.123Z",
            "yesterday") << "x:2: warning: entry skipped: 'time' is 'yesterday', not an ISO 8601 time";
        QTest::addRow("number id") << with(R"("id":"x")", R"("id":7)")
                                   << "x:2: warning: entry skipped: 'id' must be a string";
        QTest::addRow("unknown result")
            << with(R"("result":"applied")", R"("result":"maybe")")
            << "x:2: warning: entry skipped: 'result' is 'maybe'; expected pending, applied, conflict, "
               "failed, reverted, partial or refused";
        QTest::addRow("negative weight")
            << with(R"("azure-primary":5.5)", R"("azure-primary":-5)")
            << "x:2: warning: entry skipped: 'after' has weight -5 for 'azure-primary'; "
               "weights are numbers of 0 or more, or null";
        QTest::addRow("string weight")
            << with(R"("azure-primary":8,)", R"("azure-primary":"8",)")
            << "x:2: warning: entry skipped: 'before' has weight \"8\" for 'azure-primary'";
        QTest::addRow("no target") << with(
            "\"target\":{\"kind\":\"router\",\"location\":\"http://127.0.0.1:4000\"},", "")
                                   << "x:2: warning: entry skipped: 'target' must be an object";
        QTest::addRow("bad target kind")
            << with(R"("kind":"router")", R"("kind":"carrier pigeon")")
            << "x:2: warning: entry skipped: 'target.kind' must be router or file";
    }

    void auditBadLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        // A bad line in the middle is skipped and reported; the lines around it stay.
        const QByteArray a
            = AuditLogCodec::encode(entry(QStringLiteral("one"), QStringLiteral("applied"), 1));
        const QByteArray c
            = AuditLogCodec::encode(entry(QStringLiteral("three"), QStringLiteral("applied"), 3));
        const AuditLogReadResult read = AuditLogCodec::decode(a + line + "\r\n" + c, QStringLiteral("x"));
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.at(1).id, QStringLiteral("three"));
        QCOMPARE(read.problems.size(), 1);
        QVERIFY2(
            read.problems.first().toString().startsWith(error), qPrintable(read.problems.first().toString()));
        QVERIFY(!read.truncatedLastLine);
    }

    void auditUnknownFieldsAndBlankLines()
    {
        QByteArray line = AuditLogCodec::encode(entry(QStringLiteral("one"), QStringLiteral("refused"), 1));
        line.replace(R"({"after")", R"({"future_field":{"x":[1,2]},"after")");
        const AuditLogReadResult read = AuditLogCodec::decode("\n\n" + line + "\n", QStringLiteral("x"));
        QCOMPARE(read.entries.size(), 1);
        QVERIFY(read.problems.isEmpty());
        QVERIFY(!read.entries.first().changedTarget());
        QVERIFY(AuditLogCodec::decode(QByteArray(), QStringLiteral("x")).entries.isEmpty());
    }

    void changeModelMerges()
    {
        ChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<AuditEntry> log { entry(QStringLiteral("one"), QStringLiteral("applied"), 1),
            entry(QStringLiteral("two"), QStringLiteral("conflict"), 2) };
        model.setEntries(log);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ChangeModel::ResultColumn).data().toString(),
            QStringLiteral("conflict")); // newest first
        QCOMPARE(model.index(1, ChangeModel::ChangeColumn).data().toString(),
            QStringLiteral("azure-primary 8 → 5.5, azure-secondary 2 → 4.5"));
        QCOMPARE(model.index(1, 0).data(ChangeModel::RollbackRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(ChangeModel::RollbackRole).toBool(), false);
        QCOMPARE(
            model.index(0, ChangeModel::UserColumn).data().toString(), QStringLiteral("alice (routedeck)"));
        const QPersistentModelIndex kept = model.index(1, 0); // "one"

        // A push appends a line: one row inserted at the top, nothing reset, the old rows stay put.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AuditEntry rollback = entry(QStringLiteral("three"), QStringLiteral("applied"), 3);
        std::swap(rollback.before, rollback.after);
        rollback.rollbackOf = QStringLiteral("one");
        log.append(rollback);
        model.setEntries(log);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(kept.row(), 2);
        QCOMPARE(model.index(0, ChangeModel::ChangeColumn).data().toString(),
            QStringLiteral("rollback: azure-primary 5.5 → 8, azure-secondary 4.5 → 2"));
        QCOMPARE(model.entryById(QStringLiteral("three"))->rollbackOf, QStringLiteral("one"));

        // The same log again: no signals at all.
        model.setEntries(log);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        // An entry that reads differently (a log rewritten by hand): dataChanged for its row only.
        log[0].error = QStringLiteral("edited");
        model.setEntries(log);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        // Lines gone (log rotated): rows removed, the rest kept.
        log.removeFirst();
        model.setEntries(log);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!kept.isValid());
        QCOMPARE(model.index(1, ChangeModel::TimeColumn).data(ChangeModel::SortRole).toLongLong(),
            log.first().time.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestRebalanceModels)
#include "tst_rebalancemodels.moc"
