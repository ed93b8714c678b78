// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusClient against the real `prometheus` binary (Debian package), scraping itself.

#include "prometheusclient.h"
#include "prometheusprocess.h"
#include "querystep.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace RouteDeck;
using RouteDeck::Test::PrometheusProcess;

namespace {

// One alerting rule that fires on its first evaluation (`for: 0s`) and one recording rule. The group
// evaluates every second whatever the global evaluation_interval says.
constexpr char kRuleFile[] = R"yaml(groups:
  - name: routedeck-test
    interval: 1s
    rules:
      - alert: RouteDeckAlwaysFiring
        expr: vector(1)
        for: 0s
        labels:
          severity: test
        annotations:
          summary: fires from the first evaluation on
      - record: routedeck:one
        expr: vector(1)
)yaml";

// PrometheusProcess' generated config plus `rule_files`. Written here rather than in tests/support,
// which every Prometheus test shares; the generated global section already sets evaluation_interval to
// the scrape interval, and YAML allows a key only once, so it is not repeated.
class RuleFilePrometheus : public PrometheusProcess
{
public:
    explicit RuleFilePrometheus(const QString &ruleFile)
        : m_ruleFile(ruleFile)
    { }

protected:
    QString configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const override
    {
        return PrometheusProcess::configText(scrapeTargets, scrapeIntervalSeconds)
            + QStringLiteral("rule_files:\n  - '%1'\n").arg(m_ruleFile);
    }

private:
    QString m_ruleFile;
};

const PromRule *findRule(const PromRules &rules, const QString &name)
{
    for (const PromRule &rule : rules.rules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

} // namespace

class TestPrometheusReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readinessReportsVersion();
    void instantQueryUp();
    void rangeQueryUp();
    void scalarStringAndNaN();
    void badQueryIsExplained();
    void tooManyPointsRefusedBeforeSending();
    void rulesReportFiringAlert();
    void stoppedServerIsUnreachable();
    void cleanupTestCase();

private:
    PromResponse run(const std::function<quint64(PrometheusClient &)> &start);

    PrometheusProcess m_prometheus;
    std::unique_ptr<PrometheusClient> m_client;
};

PromResponse TestPrometheusReal::run(const std::function<quint64(PrometheusClient &)> &start)
{
    QSignalSpy spy(m_client.get(), &PrometheusClient::queryFinished);
    const quint64 id = start(*m_client);
    if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 30000))
        return PromResponse {};
    if (spy.at(0).at(0).value<quint64>() != id)
        return PromResponse {};
    return spy.at(0).at(1).value<PromResponse>();
}

void TestPrometheusReal::initTestCase()
{
    if (!PrometheusProcess::isAvailable())
        QSKIP("no prometheus binary (install the Debian package 'prometheus' or set ROUTEDECK_PROMETHEUS)");
    QVERIFY2(m_prometheus.start({}, 1), qPrintable(m_prometheus.errorString()));
    PromEndpointConfig config;
    config.baseUrl = m_prometheus.baseUrl();
    config.deadlineMs = 20000;
    m_client = std::make_unique<PrometheusClient>(config);

    // The client's own probe decides when Prometheus is ready (503 "Service Unavailable" before).
    PromReadiness readiness;
    const bool ready = QTest::qWaitFor(
        [&] {
            QSignalSpy spy(m_client.get(), &PrometheusClient::readinessProbed);
            m_client->probeReadiness();
            if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 25000))
                return false;
            readiness = spy.at(0).at(1).value<PromReadiness>();
            return readiness.isReady();
        },
        60000);
    QVERIFY2(ready, qPrintable(readiness.message + QLatin1Char('\n') + m_prometheus.log()));

    // Wait for the first self-scrape so that `up` exists.
    PromResponse up;
    const bool scraped = QTest::qWaitFor(
        [&] {
            up = run([](PrometheusClient &client) { return client.instantQuery(QStringLiteral("up")); });
            return up.ok && !up.result.series.isEmpty();
        },
        30000);
    QVERIFY2(scraped, qPrintable(up.errorString));
}

void TestPrometheusReal::readinessReportsVersion()
{
    QProcess version;
    version.start(PrometheusProcess::executable(), { QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(10000));
    const QString text = QString::fromUtf8(version.readAllStandardOutput() + version.readAllStandardError());
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("version (\\S+)")).match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));

    QSignalSpy spy(m_client.get(), &PrometheusClient::readinessProbed);
    m_client->probeReadiness();
    QVERIFY(QTest::qWaitFor([&] { return !spy.isEmpty(); }, 20000));
    const auto readiness = spy.at(0).at(1).value<PromReadiness>();
    QCOMPARE(readiness.state, PromReadiness::State::Ready);
    QCOMPARE(readiness.version, match.captured(1));
    QCOMPARE(readiness.message,
        QStringLiteral("Prometheus %1 at %2 is ready.")
            .arg(match.captured(1), m_prometheus.baseUrl().toString()));
}

void TestPrometheusReal::instantQueryUp()
{
    const double before = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const PromResponse response
        = run([](PrometheusClient &client) { return client.instantQuery(QStringLiteral("up")); });
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.result.resultType, PromQueryResult::Type::Vector);
    QCOMPARE(response.result.series.size(), 1);
    const PromSeries &series = response.result.series.at(0);
    QCOMPARE(series.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
    QCOMPARE(series.labels.value(QStringLiteral("job")), QStringLiteral("prometheus"));
    QCOMPARE(series.labels.value(QStringLiteral("instance")),
        QStringLiteral("127.0.0.1:%1").arg(m_prometheus.port()));
    QCOMPARE(series.samples.size(), 1);
    QCOMPARE(series.samples.at(0).value, 1.0);
    QVERIFY(std::abs(series.samples.at(0).time - before) < 30);
}

void TestPrometheusReal::rangeQueryUp()
{
    // Wait until three scrapes exist, then ask for the last 10 s at the step the client would choose.
    const double step = QueryStep::stepFor(10, 1000, 1);
    QCOMPARE(step, 1.0);
    PromResponse response;
    const bool enough = QTest::qWaitFor(
        [&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            response = run([&](PrometheusClient &client) {
                return client.rangeQuery(QStringLiteral("up"), now.addSecs(-10), now, step);
            });
            return response.ok && !response.result.series.isEmpty()
                && response.result.series.at(0).samples.size() >= 3;
        },
        30000);
    QVERIFY2(enough, qPrintable(response.errorString));
    QCOMPARE(response.result.resultType, PromQueryResult::Type::Matrix);
    const PromSeries &series = response.result.series.at(0);
    QCOMPARE(series.labels.value(QStringLiteral("job")), QStringLiteral("prometheus"));
    for (qsizetype i = 0; i < series.samples.size(); ++i) {
        QCOMPARE(series.samples.at(i).value, 1.0);
        if (i > 0)
            QCOMPARE(series.samples.at(i).time - series.samples.at(i - 1).time, step);
    }
}

void TestPrometheusReal::scalarStringAndNaN()
{
    const PromResponse scalar = run([](PrometheusClient &client) {
        return client.instantQuery(QStringLiteral("scalar(vector(0) / 0)"));
    });
    QVERIFY2(scalar.ok, qPrintable(scalar.errorString));
    QCOMPARE(scalar.result.resultType, PromQueryResult::Type::Scalar);
    QVERIFY(std::isnan(scalar.result.scalar.value));

    const PromResponse text
        = run([](PrometheusClient &client) { return client.instantQuery(QStringLiteral("\"a + b & c\"")); });
    QVERIFY2(text.ok, qPrintable(text.errorString));
    QCOMPARE(text.result.resultType, PromQueryResult::Type::String);
    QCOMPARE(text.result.stringValue, QStringLiteral("a + b & c")); // form encoding kept '+' and '&'

    const PromResponse infinities = run([](PrometheusClient &client) {
        return client.instantQuery(
            QStringLiteral("label_replace(vector(1) / 0, \"s\", \"pos\", \"\", \"\") or "
                           "label_replace(vector(-1) / 0, \"s\", \"neg\", \"\", \"\") or "
                           "label_replace(vector(1e-7), \"s\", \"tiny\", \"\", \"\")"));
    });
    QVERIFY2(infinities.ok, qPrintable(infinities.errorString));
    QHash<QString, double> bySign;
    for (const PromSeries &series : infinities.result.series)
        bySign.insert(series.labels.value(QStringLiteral("s")), series.samples.at(0).value);
    QCOMPARE(bySign.value(QStringLiteral("pos")), std::numeric_limits<double>::infinity());
    QCOMPARE(bySign.value(QStringLiteral("neg")), -std::numeric_limits<double>::infinity());
    QCOMPARE(bySign.value(QStringLiteral("tiny")), 1e-7);
}

void TestPrometheusReal::badQueryIsExplained()
{
    const PromResponse response
        = run([](PrometheusClient &client) { return client.instantQuery(QStringLiteral("sum(rate(up[")); });
    QCOMPARE(response.failure, FetchFailure::Api);
    QCOMPARE(response.httpStatus, 400);
    QCOMPARE(response.errorType, QStringLiteral("bad_data"));
    QVERIFY2(response.errorString.startsWith(m_prometheus.baseUrl().toString()
                 + QStringLiteral("/api/v1/query answered bad_data (HTTP 400): invalid "
                                  "parameter \"query\"")),
        qPrintable(response.errorString));
    QVERIFY2(response.errorString.endsWith(
                 QLatin1String("Check the query and its parameters (the query catalog, or "
                               "the connection profile's override of it).")),
        qPrintable(response.errorString));
}

void TestPrometheusReal::tooManyPointsRefusedBeforeSending()
{
    // The client refuses what Prometheus would refuse; with the server's own check as a backstop.
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const PromResponse response = run([&](PrometheusClient &client) {
        return client.rangeQuery(QStringLiteral("up"), end.addSecs(-20000), end, 1);
    });
    QCOMPARE(response.failure, FetchFailure::Config);
    const PromResponse chosen = run([&](PrometheusClient &client) {
        return client.rangeQuery(
            QStringLiteral("up"), end.addSecs(-20000), end, QueryStep::stepFor(20000, 100000, 1));
    });
    QVERIFY2(chosen.ok, qPrintable(chosen.errorString));
}

void TestPrometheusReal::rulesReportFiringAlert()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QFile file(dir.filePath(QStringLiteral("routedeck-rules.yml")));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(kRuleFile), qint64(sizeof(kRuleFile) - 1));
    file.close();

    RuleFilePrometheus prometheus(file.fileName());
    QVERIFY2(prometheus.start({}, 1), qPrintable(prometheus.errorString()));
    QVERIFY2(prometheus.waitUntilReady(),
        qPrintable(prometheus.errorString() + QLatin1Char('\n') + prometheus.log()));
    PromEndpointConfig config;
    config.baseUrl = prometheus.baseUrl();
    config.deadlineMs = 10000;
    PrometheusClient client(config);

    // Asked again until the first evaluation has run: the alert fires and the recording rule is healthy.
    PromRules rules;
    const bool evaluated = QTest::qWaitFor(
        [&] {
            QSignalSpy spy(&client, &PrometheusClient::rulesFetched);
            const quint64 id = client.fetchRules();
            if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 12000)
                || spy.at(0).at(0).value<quint64>() != id)
                return false;
            rules = spy.at(0).at(1).value<PromRules>();
            const PromRule *alerting = findRule(rules, QStringLiteral("RouteDeckAlwaysFiring"));
            const PromRule *recording = findRule(rules, QStringLiteral("routedeck:one"));
            return alerting && alerting->state == QLatin1String("firing") && recording
                && recording->health == QLatin1String("ok");
        },
        20000);
    QVERIFY2(evaluated, qPrintable(rules.errorString + QLatin1Char('\n') + prometheus.log()));
    QVERIFY(rules.ok);
    QCOMPARE(rules.rules.size(), 2);

    const PromRule &alerting = rules.rules.at(0);
    QCOMPARE(alerting.name, QStringLiteral("RouteDeckAlwaysFiring"));
    QVERIFY(alerting.alerting);
    QCOMPARE(alerting.group, QStringLiteral("routedeck-test"));
    QCOMPARE(alerting.query, QStringLiteral("vector(1)"));
    QCOMPARE(alerting.health, QStringLiteral("ok"));
    QCOMPARE(alerting.lastError, QString());
    QCOMPARE(alerting.forSeconds, 0.0);
    QCOMPARE(alerting.labels.value(QStringLiteral("severity")), QStringLiteral("test"));
    QCOMPARE(alerting.alerts.size(), 1);
    const PromAlert &alert = alerting.alerts.at(0);
    QCOMPARE(alert.state, QStringLiteral("firing"));
    QCOMPARE(alert.value, 1.0);
    QCOMPARE(alert.labels.value(QStringLiteral("alertname")), QStringLiteral("RouteDeckAlwaysFiring"));
    QCOMPARE(alert.labels.value(QStringLiteral("severity")), QStringLiteral("test"));
    QCOMPARE(alert.annotations.value(QStringLiteral("summary")),
        QStringLiteral("fires from the first evaluation on"));
    QVERIFY2(
        alert.activeAt.isValid() && qAbs(alert.activeAt.secsTo(QDateTime::currentDateTimeUtc())) < 120,
        qPrintable(alert.activeAt.toString(Qt::ISODateWithMs)));

    const PromRule &recording = rules.rules.at(1);
    QCOMPARE(recording.name, QStringLiteral("routedeck:one"));
    QVERIFY(!recording.alerting);
    QCOMPARE(recording.group, QStringLiteral("routedeck-test"));
    QCOMPARE(recording.state, QString());
    QVERIFY(recording.alerts.isEmpty());

    prometheus.stop();
}

void TestPrometheusReal::stoppedServerIsUnreachable()
{
    m_prometheus.stop();
    const PromResponse response
        = run([](PrometheusClient &client) { return client.instantQuery(QStringLiteral("up")); });
    QCOMPARE(response.failure, FetchFailure::Unreachable);
    QCOMPARE(response.errorString,
        QStringLiteral("Prometheus at %1 refused the connection \u2014 is it running?")
            .arg(m_prometheus.baseUrl().toString()));

    // Back on the same port with the same data: answers again, and the old samples are still there.
    QVERIFY2(m_prometheus.restart(), qPrintable(m_prometheus.errorString()));
    QVERIFY2(m_prometheus.waitUntilReady(), qPrintable(m_prometheus.errorString()));
    const PromResponse again = run([](PrometheusClient &client) {
        return client.instantQuery(QStringLiteral("count_over_time(up[10m])"));
    });
    QVERIFY2(again.ok, qPrintable(again.errorString));
    QCOMPARE(again.result.series.size(), 1);
    QVERIFY(again.result.series.at(0).samples.at(0).value >= 3);
}

void TestPrometheusReal::cleanupTestCase()
{
    m_client.reset();
    m_prometheus.stop();
}

QTEST_GUILESS_MAIN(TestPrometheusReal)
#include "tst_prometheus_real.moc"
