// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts library without a network: rule verdicts on snapshots, the pending/firing/resolved states,
// the history file, the profile's alerts section, and the exported Prometheus rules checked and unit
// tested by the real promtool.
#include "alertconditions.h"
#include "alerttablemodel.h"
#include "alertevaluator.h"
#include "alerthistory.h"
#include "alertpolicycodec.h"
#include "connectionprofile.h"
#include "prometheusrules.h"
#include "snapshot.h"
#include "toolrun.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-12-06T04:00:00Z"), Qt::ISODate);

QDateTime at(int seconds)
{
    return kStart.addSecs(seconds);
}

AlertCondition met(AlertRule rule, const QString &group, double value, double threshold = 0.05)
{
    return AlertCondition { .rule = rule, .group = group, .judged = true, .met = true, .value = value, .threshold = threshold,
                            .deployments = { QStringLiteral("azure-primary") } };
}

// A live snapshot of one group of three deployments with a verdict over 1 min and 1,800 requests.
Snapshot groupSnapshot(double errorRatio, double rateLimitRatio)
{
    Snapshot s;
    s.time = at(0);
    s.router.state = SourceStatus::State::Live;
    s.prometheus.state = SourceStatus::State::Live;
    for (const char *id : { "azure-primary", "azure-secondary", "openai-direct" }) {
        DeploymentSnapshot d;
        d.id = QString::fromLatin1(id);
        d.group = QStringLiteral("gpt-4o-mini");
        d.inRouter = d.inMetrics = true;
        d.judgedRequests = 600;
        d.judgedErrorRatio = errorRatio;
        d.judgedRateLimitRatio = rateLimitRatio;
        d.judgedP95 = Quantile { 1.2, false };
        d.state = CooldownState::Healthy;
        s.deployments.append(d);
    }
    GroupSnapshot g;
    g.name = QStringLiteral("gpt-4o-mini");
    g.deploymentCount = 3;
    g.judgedWindowSeconds = 60;
    g.judgedRequests = 1800;
    g.judgedErrorRatio = errorRatio;
    g.judgedRateLimitRatio = rateLimitRatio;
    s.groups.append(g);
    return s;
}

const AlertCondition *find(const QList<AlertCondition> &conditions, AlertRule rule, const QString &group = QStringLiteral("gpt-4o-mini"))
{
    for (const AlertCondition &c : conditions) {
        if (c.rule == rule && c.group == group)
            return &c;
    }
    return nullptr;
}

QString promtool()
{
    const QString fromEnvironment = qEnvironmentVariable("ROUTEDECK_PROMETHEUS");
    if (!fromEnvironment.isEmpty()) {
        const QString beside = QFileInfo(fromEnvironment).absolutePath() + QStringLiteral("/promtool");
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Prometheus' rules/alerting.go: pending until `for:` has passed, then firing; a pending alert whose
    // condition goes away is dropped; a firing one resolves after keep_firing_for without its condition.
    void pendingFiringResolved()
    {
        AlertPolicy policy;
        policy.forSeconds[size_t(AlertRule::RateLimit)] = 30;
        policy.keepFiringSeconds = 20;
        AlertEvaluator evaluator;
        evaluator.setPolicy(policy);
        const QString group = QStringLiteral("gpt-4o-mini");

        QVERIFY(evaluator.evaluate({ met(AlertRule::RateLimit, group, 0.2) }, at(0)).isEmpty());
        QCOMPARE(evaluator.alerts().size(), 1);
        QCOMPARE(evaluator.alerts().first().state, Alert::State::Pending);
        QVERIFY(evaluator.evaluate({ met(AlertRule::RateLimit, group, 0.4) }, at(29)).isEmpty());
        const QList<AlertTransition> fired = evaluator.evaluate({ met(AlertRule::RateLimit, group, 0.3) }, at(30));
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().kind, AlertTransition::Kind::Fired);
        QCOMPARE(fired.first().alert.activeAt, at(0));
        QCOMPARE(fired.first().alert.firedAt, at(30));
        QCOMPARE(fired.first().alert.peak, 0.4);

        // Away for less than keep_firing_for: still firing, and one alert when it comes back.
        QVERIFY(evaluator.evaluate({}, at(31)).isEmpty());
        QVERIFY(evaluator.evaluate({}, at(50)).isEmpty());
        QVERIFY(evaluator.evaluate({ met(AlertRule::RateLimit, group, 0.1) }, at(51)).isEmpty());
        QCOMPARE(evaluator.alerts().first().state, Alert::State::Firing);
        // An unjudged condition (not enough traffic) counts as away.
        AlertCondition unjudged = met(AlertRule::RateLimit, group, 0.9);
        unjudged.judged = false;
        QVERIFY(evaluator.evaluate({ unjudged }, at(60)).isEmpty());
        const QList<AlertTransition> resolved = evaluator.evaluate({}, at(80));
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().kind, AlertTransition::Kind::Resolved);
        QCOMPARE(resolved.first().alert.resolvedAt, at(80));
        QCOMPARE(resolved.first().alert.peak, 0.4);
        QVERIFY(evaluator.alerts().isEmpty());

        // Pending, then away before `for:`: dropped without a transition.
        QVERIFY(evaluator.evaluate({ met(AlertRule::RateLimit, group, 0.2) }, at(100)).isEmpty());
        QVERIFY(evaluator.evaluate({}, at(110)).isEmpty());
        QVERIFY(evaluator.alerts().isEmpty());
    }

    void zeroForFiresAtOnceAndRestoreGoesOn()
    {
        AlertPolicy policy;
        policy.forSeconds[size_t(AlertRule::NoData)] = 0;
        AlertEvaluator evaluator;
        evaluator.setPolicy(policy);
        QCOMPARE(evaluator.evaluate({ met(AlertRule::NoData, QString(), kNoValue) }, at(0)).size(), 1);

        // After a restart the history's firing alert goes on without a second "firing".
        Alert firing = evaluator.alerts().first();
        AlertEvaluator restarted;
        restarted.setPolicy(policy);
        restarted.restore({ firing });
        QVERIFY(restarted.evaluate({ met(AlertRule::NoData, QString(), kNoValue) }, at(10)).isEmpty());
        QCOMPARE(restarted.alerts().first().id, firing.id);
        QVERIFY(restarted.acknowledge(firing.id));
        QVERIFY(restarted.alerts().first().acknowledged);
    }

    // A 429 storm is rate_limit's, not error_rate's: one storm, one alert.
    void rateLimitsAreNotErrors()
    {
        const QList<AlertCondition> storm = AlertConditions::evaluate(groupSnapshot(0.22, 0.2), AlertPolicy());
        QVERIFY(find(storm, AlertRule::RateLimit)->met);
        QCOMPARE(find(storm, AlertRule::RateLimit)->value, 0.2);
        QCOMPARE(find(storm, AlertRule::RateLimit)->deployments.size(), 3);
        QVERIFY(find(storm, AlertRule::ErrorRate)->judged);
        QVERIFY(!find(storm, AlertRule::ErrorRate)->met);
        QVERIFY(qAbs(find(storm, AlertRule::ErrorRate)->value - 0.02) < 1e-12);
        QVERIFY(!find(storm, AlertRule::Latency)->met);
        QVERIFY(find(storm, AlertRule::Latency)->evidence.contains(QStringLiteral("1,800 requests")));

        // LiteLLM cools a deployment down at its first 429: the storm is the traffic out of rotation.
        Snapshot cooled = groupSnapshot(0.001, 0.001);
        cooled.deployments[0].configuredShare = 8.0 / 11;
        cooled.deployments[0].state = CooldownState::Cooling;
        cooled.deployments[0].lastCooldownAt = at(-5);
        cooled.deployments[0].cooldownReason = QStringLiteral("429");
        const QList<AlertCondition> storm429 = AlertConditions::evaluate(cooled, AlertPolicy());
        QVERIFY(find(storm429, AlertRule::RateLimit)->met);
        QCOMPARE(find(storm429, AlertRule::RateLimit)->value, 8.0 / 11);
        QCOMPARE(find(storm429, AlertRule::RateLimit)->deployments, QStringList { QStringLiteral("azure-primary") });
        QVERIFY(find(storm429, AlertRule::RateLimit)->evidence.contains(QStringLiteral("out of rotation after 429s")));
        cooled.deployments[0].cooldownReason = QStringLiteral("503");
        QVERIFY(!find(AlertConditions::evaluate(cooled, AlertPolicy()), AlertRule::RateLimit)->met);

        const QList<AlertCondition> outage = AlertConditions::evaluate(groupSnapshot(0.3, 0.0), AlertPolicy());
        QVERIFY(find(outage, AlertRule::ErrorRate)->met);
        QVERIFY(!find(outage, AlertRule::RateLimit)->met);
    }

    void noVerdictWithoutTraffic()
    {
        Snapshot s = groupSnapshot(0.5, 0.5);
        s.groups.first().judgedWindowSeconds = 0; // not enough traffic
        const QList<AlertCondition> conditions = AlertConditions::evaluate(s, AlertPolicy());
        for (AlertRule rule : { AlertRule::Latency, AlertRule::ErrorRate, AlertRule::RateLimit, AlertRule::Drift }) {
            QVERIFY2(!find(conditions, rule)->judged, qPrintable(alertRuleId(rule)));
            QVERIFY(!find(conditions, rule)->met);
        }
        // The group's series are there (judgedRequests), so it is not "no data".
        QVERIFY(find(conditions, AlertRule::NoData)->judged);
        QVERIFY(!find(conditions, AlertRule::NoData)->met);
    }

    void latencyPerGroupLimit()
    {
        Snapshot s = groupSnapshot(0, 0);
        s.deployments[2].judgedP95 = Quantile { 4.8, false };
        AlertPolicy policy;
        QVERIFY(find(AlertConditions::evaluate(s, policy), AlertRule::Latency)->met);
        policy.limits.groups.insert(QStringLiteral("gpt-4o-mini"), GroupLimits { .latencySeconds = 5 });
        // Kept: find() points into the list (AddressSanitizer caught a pointer into a destroyed temporary).
        const QList<AlertCondition> conditions = AlertConditions::evaluate(s, policy);
        const AlertCondition *latency = find(conditions, AlertRule::Latency);
        QVERIFY(latency->judged);
        QVERIFY(!latency->met);
        QCOMPARE(latency->value, 4.8);
        QCOMPARE(latency->threshold, 5.0);
    }

    void allCoolingAndSources()
    {
        Snapshot s = groupSnapshot(0, 0);
        for (DeploymentSnapshot &d : s.deployments)
            d.state = CooldownState::Cooling;
        QVERIFY(find(AlertConditions::evaluate(s, AlertPolicy()), AlertRule::AllCooling)->met);

        // Before the first answers nothing is judged; a source down is one no_data for all groups.
        Snapshot waiting = groupSnapshot(0, 0);
        waiting.router.state = waiting.prometheus.state = SourceStatus::State::Unknown;
        for (const AlertCondition &c : AlertConditions::evaluate(waiting, AlertPolicy()))
            QVERIFY2(!c.met, qPrintable(alertRuleId(c.rule)));
        Snapshot down = groupSnapshot(0, 0);
        down.prometheus.state = SourceStatus::State::Unreachable;
        down.prometheus.error = QStringLiteral("connection refused");
        const QList<AlertCondition> conditions = AlertConditions::evaluate(down, AlertPolicy());
        QVERIFY(find(conditions, AlertRule::NoData, QString())->met);
        QVERIFY(find(conditions, AlertRule::NoData, QString())->evidence.contains(QStringLiteral("connection refused")));
        QVERIFY(!find(conditions, AlertRule::NoData)->met);
        QVERIFY(!find(conditions, AlertRule::AllCooling)->judged);
    }

    void historyRoundTrip()
    {
        Alert a { .id = QStringLiteral("rate_limit/gpt-4o-mini/1"), .rule = AlertRule::RateLimit, .group = QStringLiteral("gpt-4o-mini"),
                  .state = Alert::State::Firing, .activeAt = at(0), .firedAt = at(30), .value = 0.2, .peak = 0.2,
                  .threshold = 0.05, .deployments = { QStringLiteral("azure-primary") }, .evidence = QStringLiteral("20% of calls"),
                  .profile = QStringLiteral("prod") };
        Alert b = a;
        b.id = QStringLiteral("p95_latency/gpt-4o/2");
        b.rule = AlertRule::Latency;
        b.group = QStringLiteral("gpt-4o");
        QByteArray file = AlertHistoryCodec::firedLine(a) + AlertHistoryCodec::firedLine(b);
        a.state = Alert::State::Resolved;
        a.resolvedAt = at(300);
        a.peak = 0.31;
        file += AlertHistoryCodec::resolvedLine(a) + AlertHistoryCodec::acknowledgedLine(b.id, at(40));
        file += "not json\n";
        file += AlertHistoryCodec::silencedLine({ AlertRule::Latency, QStringLiteral("gpt-4o"), at(3600) }, at(40));
        file += "{\"event\":\"resolved\",\"id\":\"unknown\"}\n";
        file += "{\"event\":\"firing\",\"id\":\"x\",\"rule\":\"latency\""; // cut off by a crash

        const AlertHistory history = AlertHistoryCodec::decode(file, QStringLiteral("alerts.jsonl"));
        QCOMPARE(history.alerts.size(), 2);
        QCOMPARE(history.alerts.at(0).state, Alert::State::Resolved);
        QCOMPARE(history.alerts.at(0).resolvedAt, at(300));
        QCOMPARE(history.alerts.at(0).peak, 0.31);
        QCOMPARE(history.alerts.at(0).deployments, QStringList { QStringLiteral("azure-primary") });
        QCOMPARE(history.alerts.at(1).state, Alert::State::Firing);
        QVERIFY(history.alerts.at(1).acknowledged);
        QCOMPARE(history.stillFiring().size(), 1);
        QCOMPARE(history.silences.size(), 1);
        QCOMPARE(history.silences.first().until, at(3600));
        QVERIFY(history.truncatedLastLine);
        QCOMPARE(history.problems.size(), 3);
        QCOMPARE(history.problems.at(0).where.line, 5);
        QVERIFY(history.problems.at(0).message.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(history.problems.at(1).where.line, 7);

        // One file serves every profile; a connection restores and shows its own only.
        QCOMPARE(history.ofProfile(QStringLiteral("prod")).alerts.size(), 2);
        QCOMPARE(history.ofProfile(QStringLiteral("prod")).silences.size(), 0); // silenced without a profile
        QCOMPARE(history.ofProfile(QStringLiteral("staging")).alerts.size(), 0);
        QCOMPARE(history.ofProfile(QString()).silences.size(), 1);
    }

    void profileAlertsSection()
    {
        // (moc reads "//" in a raw string as a comment, so plain literals)
        const QByteArray yaml = "profiles:\n"
            "  - name: prod\n"
            "    router_url: http://127.0.0.1:4000\n"
            "    prometheus_url: http://127.0.0.1:9090\n"
            "    alerts:\n"
            "      webhook_url_env: SLACK_HOOK\n"
            "      for: { p95_latency: 90, nonsense: 3 }\n"
            "      disabled: [drift]\n"
            "      defaults: { p95_latency: 4, error_rate: 2 }\n"
            "      groups:\n"
            "        gpt-4o: { p95_latency: 6.5 }\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(yaml, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(profiles.size(), 1);
        const AlertPolicy &policy = profiles.first().alerts;
        QCOMPARE(policy.webhookUrlEnv, QStringLiteral("SLACK_HOOK"));
        QCOMPARE(policy.forDuration(AlertRule::Latency), 90.0);
        QVERIFY(!policy.isEnabled(AlertRule::Drift));
        QCOMPARE(policy.limits.defaults.latencySeconds, 4.0);
        QCOMPARE(policy.limits.defaults.errorRatio, 0.05); // 2 is not a ratio: the default stays
        QCOMPARE(policy.limits.of(QStringLiteral("gpt-4o")).latencySeconds, 6.5);
        QCOMPARE(policy.limits.of(QStringLiteral("gpt-4o")).errorRatio, 0.05);
        QCOMPARE(policy.limits.of(QStringLiteral("other")).latencySeconds, 4.0);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).message.contains(QStringLiteral("nonsense")) || problems.at(1).message.contains(QStringLiteral("nonsense")));

        // Written and read again, it is the same policy.
        Problems again;
        const QList<ConnectionProfile> reread
            = ConnectionProfiles::parse(ConnectionProfiles::serialize(profiles), QStringLiteral("profiles.yaml"), &again);
        QVERIFY(again.isEmpty());
        QCOMPARE(reread.first().alerts, policy);
    }

    // An incoming webhook URL pasted where the variable's name goes is a secret: refused (not used), and the
    // message names the profile and the field, never any part of the URL.
    void pastedWebhookUrlIsRefusedUnseen()
    {
        const QByteArray yaml = "profiles:\n"
            "  - name: prod\n"
            "    router_url: http://127.0.0.1:4000\n"
            "    prometheus_url: http://127.0.0.1:9090\n"
            "    alerts:\n"
            "      webhook_url_env: \"https://hooks.slack.com/services/T0HOOKTEAM/B0HOOKBOT/xHookToken42\"\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(yaml, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.first().alerts.webhookUrlEnv.isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().severityName(), QStringLiteral("warning")); // alerts problems never block a profile
        QCOMPARE(problems.first().message,
                 QStringLiteral("profile 'prod': alerts.webhook_url_env does not hold an environment variable name (it "
                                "looks like a secret itself; it is not shown, and not used). Put the webhook URL in an "
                                "environment variable and give that variable's name, like ROUTEDECK_SLACK_WEBHOOK"));
        const QString shown = problems.first().toString();
        for (const char *part : { "https", "hooks.slack.com", "services", "T0HOOKTEAM", "B0HOOKBOT", "xHookToken42" })
            QVERIFY2(!shown.contains(QLatin1String(part), Qt::CaseInsensitive), part);

        // A variable's name is kept, as before.
        Problems none;
        const QVariantMap section { { QStringLiteral("webhook_url_env"), QStringLiteral("SLACK_HOOK") } };
        const AlertPolicy named = AlertPolicyCodec::parse(section, QStringLiteral("prod"), SourceLocation(), &none);
        QCOMPARE(named.webhookUrlEnv, QStringLiteral("SLACK_HOOK"));
        QVERIFY(none.isEmpty());
    }

    // Prometheus' alerts on the router's metrics become rows of the active table: an exported rule's
    // console rule, group and limit (its routedeck_limit annotation) are read back; a rule of someone
    // else's keeps what it has; rules on other metrics and recording rules are not the router's.
    void serverSideAlertRowsReadTheExport()
    {
        PromAlert exported;
        exported.labels = { { QStringLiteral("alertname"), QStringLiteral("RouteDeckP95Latency") },
                            { QStringLiteral("group"), QStringLiteral("gpt-4o-mini") },
                            { QStringLiteral("routedeck_rule"), QStringLiteral("p95_latency") } };
        exported.annotations = { { QStringLiteral("summary"), QStringLiteral("p95 latency of the slowest deployment of gpt-4o-mini is 5s") },
                                 { QString::fromLatin1(PrometheusRules::kLimitAnnotation), QStringLiteral("4.5") } };
        exported.state = QStringLiteral("pending");
        exported.activeAt = QDateTime(QDate(2026, 12, 7), QTime(16, 24, 10), Qt::UTC);
        exported.value = 5.0;
        PromAlert foreign;
        foreign.labels = { { QStringLiteral("alertname"), QStringLiteral("LiteLLMSlow") },
                           { QStringLiteral("requested_model"), QStringLiteral("gpt-4o") } };
        foreign.annotations = { { QString::fromLatin1(PrometheusRules::kLimitAnnotation), QStringLiteral("NaN") } };
        foreign.state = QStringLiteral("firing");
        foreign.value = 9.0;
        PromRules rules;
        rules.ok = true;
        const auto addRule = [&rules](const QString &name, const QString &query, const QList<PromAlert> &alerts, bool alerting) {
            PromRule rule;
            rule.name = name;
            rule.query = query;
            rule.alerts = alerts;
            rule.alerting = alerting;
            rules.rules.append(rule);
        };
        addRule(QStringLiteral("RouteDeckP95Latency"), QStringLiteral("litellm_llm_api_latency_metric_bucket > 4.5"), { exported }, true);
        addRule(QStringLiteral("LiteLLMSlow"), QStringLiteral("litellm_request_total_latency_metric_bucket > 9"), { foreign }, true);
        addRule(QStringLiteral("RouteDeckErrorRate"), QStringLiteral("litellm_deployment_failure_responses_total > 0"), {}, true);
        addRule(QStringLiteral("NodeDown"), QStringLiteral("up == 0"), {}, true);
        addRule(QStringLiteral("job:litellm_requests:rate1m"), QStringLiteral("rate(litellm_x[1m])"), {}, false);
        int watching = -1;
        const QList<AlertRow> rows = serverSideAlertRows(rules, &watching);
        QCOMPARE(watching, 3);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).serverSide);
        QCOMPARE(rows.at(0).ruleName, QStringLiteral("RouteDeckP95Latency"));
        QCOMPARE(rows.at(0).alert.rule, AlertRule::Latency);
        QCOMPARE(rows.at(0).alert.group, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(rows.at(0).alert.state, Alert::State::Pending);
        QCOMPARE(rows.at(0).alert.value, 5.0);
        QCOMPARE(rows.at(0).alert.threshold, 4.5);
        QCOMPARE(alertLimitText(rows.at(0).alert.rule, rows.at(0).alert.threshold), QStringLiteral("4.5 s"));
        QCOMPARE(rows.at(1).alert.group, QStringLiteral("gpt-4o"));
        QCOMPARE(rows.at(1).alert.state, Alert::State::Firing);
        QVERIFY(std::isnan(rows.at(1).alert.threshold)); // "NaN" is no limit
        QVERIFY(rows.at(0).key() != rows.at(1).key());
    }

    // The exported rules pass promtool's checks, and its unit test: a 429 storm fires RouteDeckRateLimit
    // (not RouteDeckErrorRate) after `for:`, a group without series fires RouteDeckNoData.
    void exportedRulesPassPromtool()
    {
        const QString tool = promtool();
        if (tool.isEmpty())
            QSKIP("promtool (Debian package prometheus) is not installed");
        QTemporaryDir dir;
        PrometheusRules::Options options;
        options.catalog = QueryCatalog::builtIn();
        options.groups = { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o") };
        options.profileName = QStringLiteral("prod");
        options.evaluationIntervalSeconds = 15;
        options.policy.forSeconds[size_t(AlertRule::RateLimit)] = 60;
        options.policy.limits.groups.insert(QStringLiteral("gpt-4o"), GroupLimits { .latencySeconds = 6 });
        const QByteArray rules = PrometheusRules::exportRules(options);
        QVERIFY(rules.contains("requested_model=\\\"gpt-4o-mini\\\"") || rules.contains("requested_model=\"gpt-4o-mini\""));
        QVERIFY(!rules.contains("RouteDeckDrift"));
        QFile rulesFile(dir.filePath(QStringLiteral("rules.yml")));
        QVERIFY(rulesFile.open(QIODevice::WriteOnly));
        rulesFile.write(rules);
        rulesFile.close();

        const Test::ToolRun check = Test::runTool(tool, { QStringLiteral("check"), QStringLiteral("rules"), rulesFile.fileName() });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err + QString::fromUtf8(rules)));
        QVERIFY2(check.out.contains(QStringLiteral("8 rules found")), qPrintable(check.out));

        QVERIFY(QFile::copy(QStringLiteral(ROUTEDECK_SOURCE_DIR "/tests/data/promtool-rules-test.yml"),
                            dir.filePath(QStringLiteral("test.yml"))));
        QFile testFile(dir.filePath(QStringLiteral("test.yml")));
        const Test::ToolRun unit = Test::runTool(tool, { QStringLiteral("test"), QStringLiteral("rules"), testFile.fileName() });
        QVERIFY2(unit.exitCode == 0, qPrintable(unit.out + unit.err));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
