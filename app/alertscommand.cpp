// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscommand.h"

#include "alertconditions.h"
#include "alertevaluator.h"
#include "ctlcommands.h"
#include "ctlconnection.h"
#include "prometheusclient.h"
#include "prometheusrules.h"
#include "viewformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertsCommand", text);
}

// One exportable rule on one group, asked over the history window.
struct RangeQuestion
{
    AlertRule rule;
    QString group;
    double threshold;
    QString query;
    quint64 id = 0;
    PromResponse answer {};
};

// The rule's value at each step where its expression returned a sample (the condition held).
std::map<qint64, double> metSteps(const PromResponse &answer)
{
    std::map<qint64, double> steps;
    for (const PromSeries &series : answer.result.series) {
        for (const PromSample &sample : series.samples)
            steps[qint64(std::llround(sample.time * 1000))] = sample.value;
    }
    return steps;
}

// Runs the event loop until every question has its answer or `timeout` seconds pass.
bool askAll(PrometheusClient &client, QList<RangeQuestion> &questions, const QDateTime &start, const QDateTime &end,
            double step, double timeout)
{
    QEventLoop loop;
    int open = int(questions.size());
    QObject::connect(&client, &PrometheusClient::queryFinished, &loop, [&](quint64 id, const PromResponse &response) {
        for (RangeQuestion &q : questions) {
            if (q.id == id) {
                q.answer = response;
                if (--open == 0)
                    loop.quit();
            }
        }
    });
    for (RangeQuestion &q : questions)
        q.id = client.rangeQuery(q.query, start, end, step);
    QTimer::singleShot(int(timeout * 1000), &loop, &QEventLoop::quit);
    if (open > 0)
        loop.exec();
    return open == 0;
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

struct AlertsCommand::Options
{
    DataPlane::Settings settings;
    AlertPolicy policy;
    QString profileName;
    QString exportPath;
    double timeout = 20;
    bool json = false;
};

AlertsCommand::AlertsCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString AlertsCommand::usageLine()
{
    return tr("  alerts --router URL --prometheus URL [--profile NAME] [--json] [--export-rules FILE]\n"
              "                                    evaluate the console's alert rules once (for: from Prometheus'\n"
              "                                    history); exit 3 when one fires. --export-rules writes them as\n"
              "                                    Prometheus alerting rules instead\n");
}

int AlertsCommand::usage(const QString &message)
{
    m_err << "routedeckctl alerts: " << message << "\n\n" << tr("Usage:\n") << usageLine() << Qt::flush;
    return UsageError;
}

int AlertsCommand::run(const QStringList &arguments)
{
    Options options;
    if (const std::optional<int> failed = readOptions(arguments, options))
        return *failed;
    DataPlane plane(options.settings);
    const Snapshot snapshot = CtlConnection::waitForSnapshot(plane, options.timeout);
    if (snapshot.router.state != SourceStatus::State::Live) {
        m_err << tr("routedeckctl alerts: the router cannot answer: %1\n").arg(snapshot.router.summary()) << Qt::flush;
        return UsageError;
    }
    if (!options.exportPath.isEmpty())
        return exportRules(options, snapshot);
    if (snapshot.prometheus.state != SourceStatus::State::Live) {
        m_err << tr("routedeckctl alerts: Prometheus cannot answer: %1\n").arg(snapshot.prometheus.summary()) << Qt::flush;
        return UsageError;
    }
    QString error;
    const QList<Alert> alerts = evaluate(options, snapshot, &error);
    if (!error.isEmpty()) {
        m_err << "routedeckctl alerts: " << error << '\n' << Qt::flush;
        return UsageError;
    }
    if (options.json)
        printJson(snapshot, alerts);
    else
        printText(snapshot, alerts);
    const bool firing = std::any_of(alerts.cbegin(), alerts.cend(), [](const Alert &a) { return a.state == Alert::State::Firing; });
    return firing ? Firing : Success;
}

std::optional<int> AlertsCommand::readOptions(const QStringList &arguments, Options &options)
{
    QCommandLineParser parser;
    CtlConnection::addOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("print JSON") });
    parser.addOption({ QStringLiteral("export-rules"), tr("write the rules as a Prometheus rules file"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("timeout"), tr("seconds to wait for each source (default 20)"), QStringLiteral("S"),
                       QStringLiteral("20") });
    if (!parser.parse(QStringList { QStringLiteral("alerts") } + arguments))
        return usage(parser.errorText());
    Problems problems;
    const CtlConnection::Result connection = CtlConnection::read(parser, &problems);
    for (const Problem &problem : problems)
        m_err << problem.toString() << '\n';
    if (!connection.error.isEmpty())
        return usage(connection.error);
    options.settings = connection.endpoints;
    if (options.settings.router.baseUrl.isEmpty() || options.settings.prometheus.baseUrl.isEmpty())
        return usage(tr("alerts needs --router URL and --prometheus URL (or --profile NAME)"));
    if (connection.profile) {
        options.policy = connection.profile->alerts;
        options.profileName = connection.profile->name;
    }
    bool ok = false;
    options.timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || !(options.timeout > 0))
        return usage(tr("--timeout takes seconds"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.exportPath = parser.value(QStringLiteral("export-rules"));
    return std::nullopt;
}

int AlertsCommand::exportRules(const Options &options, const Snapshot &snapshot)
{
    PrometheusRules::Options rules;
    rules.catalog = options.settings.catalog;
    rules.policy = options.policy;
    rules.profileName = options.profileName;
    rules.evaluationIntervalSeconds = options.settings.scrapeIntervalSeconds;
    rules.groups = PrometheusRules::routerGroups(snapshot);
    const QByteArray text = PrometheusRules::exportRules(rules);
    QSaveFile file(options.exportPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_err << tr("routedeckctl alerts: could not write %1: %2\n").arg(QDir::toNativeSeparators(options.exportPath), file.errorString())
              << Qt::flush;
        return UsageError;
    }
    m_out << tr("Wrote %1: %2 rule(s) for %3 model group(s). Check it with: promtool check rules %1\n")
                 .arg(QDir::toNativeSeparators(options.exportPath))
                 .arg(text.count("- alert: "))
                 .arg(rules.groups.size())
          << Qt::flush;
    return Success;
}

// The exportable rules replayed over Prometheus' history at the evaluation step, then the console-only
// conditions of the snapshot on top, at its time.
QList<Alert> AlertsCommand::evaluate(const Options &options, const Snapshot &snapshot, QString *error)
{
    const AlertPolicy &policy = options.policy;
    const double step = std::max(1.0, options.settings.scrapeIntervalSeconds);
    double lookBack = 0;
    for (AlertRule rule : kAlertRules)
        lookBack = std::max(lookBack, policy.forDuration(rule) + policy.keepFiringSeconds);
    const QDateTime end = snapshot.time.isValid() ? snapshot.time : QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addMSecs(-qint64((lookBack + step) * 1000));

    QList<RangeQuestion> questions;
    QStringList groups;
    for (const AlertCondition &c : AlertConditions::evaluate(snapshot, policy)) {
        if (!alertRuleExportable(c.rule) || c.group.isEmpty() || !policy.isEnabled(c.rule))
            continue;
        questions.append({ c.rule, c.group, c.threshold,
                           PrometheusRules::expression(c.rule, c.group, options.settings.catalog, policy.limits.of(c.group)) });
    }
    // Before Prometheus scraped anything every series is absent, which is not the router's no_data: the
    // replay starts at the first scrape in the window (count(up)), as Prometheus' own evaluation would.
    questions.append({ AlertRule::NoData, QString(), kNoValue, QStringLiteral("count(up)") });
    PrometheusClient client(options.settings.prometheus);
    if (!askAll(client, questions, start, end, step, options.timeout)) {
        *error = tr("Prometheus did not answer the rules' range queries within %1 s").arg(options.timeout);
        return {};
    }
    for (const RangeQuestion &q : questions) {
        if (!q.answer.ok) {
            *error = tr("Prometheus refused the %1 query for %2: %3").arg(alertRuleId(q.rule), q.group, q.answer.errorString);
            return {};
        }
    }

    const std::map<qint64, double> scraped = metSteps(questions.takeLast().answer);
    AlertEvaluator evaluator;
    evaluator.setPolicy(policy);
    QList<std::map<qint64, double>> met;
    for (const RangeQuestion &q : questions)
        met.append(metSteps(q.answer));
    const qint64 stepMs = qint64(step * 1000);
    const qint64 firstScrape = scraped.empty() ? end.toMSecsSinceEpoch() : scraped.begin()->first;
    for (qint64 t = std::max(start.toMSecsSinceEpoch(), firstScrape); t <= end.toMSecsSinceEpoch(); t += stepMs) {
        // Steps are aligned to `start` by Prometheus; a sample is the step's when within half a step.
        QList<AlertCondition> conditions;
        for (int i = 0; i < questions.size(); ++i) {
            const auto it = met.at(i).lower_bound(t - stepMs / 2);
            if (it == met.at(i).end() || it->first > t + stepMs / 2)
                continue;
            const RangeQuestion &q = questions.at(i);
            conditions.append(AlertCondition { .rule = q.rule, .group = q.group, .judged = true, .met = true,
                                               .value = it->second, .threshold = q.threshold,
                                               .evidence = tr("from Prometheus' history") });
        }
        if (t + stepMs > end.toMSecsSinceEpoch()) {
            // The last step: the console-only rules and the sources, from the snapshot.
            for (const AlertCondition &c : AlertConditions::evaluate(snapshot, policy)) {
                const bool inReplay = std::any_of(conditions.cbegin(), conditions.cend(), [&c](const AlertCondition &r) {
                    return r.rule == c.rule && r.group == c.group;
                });
                // Console-only rules, a source down, and rate_limit's traffic out of rotation after 429s
                // (the replay has its 429 answers only).
                if (!alertRuleExportable(c.rule) || c.group.isEmpty() || (c.rule == AlertRule::RateLimit && c.met && !inReplay))
                    conditions.append(c);
            }
        }
        evaluator.evaluate(conditions, QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
    }
    return evaluator.alerts();
}

void AlertsCommand::printText(const Snapshot &snapshot, const QList<Alert> &alerts)
{
    if (alerts.isEmpty()) {
        m_out << tr("No alert firing or pending (%1 model group(s), evaluated at %2).\n")
                     .arg(snapshot.groups.size())
                     .arg(snapshot.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
              << Qt::flush;
        return;
    }
    QList<QStringList> rows { { tr("STATE"), tr("GROUP"), tr("RULE"), tr("VALUE"), tr("LIMIT"), tr("SINCE"), tr("DEPLOYMENTS") } };
    for (const Alert &a : alerts) {
        rows.append({ alertStateName(a.state), a.group.isEmpty() ? tr("(all groups)") : a.group, alertRuleId(a.rule),
                      alertValueText(a.rule, a.value), alertLimitText(a.rule, a.threshold),
                      a.activeAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), a.deployments.join(QLatin1Char(',')) });
    }
    m_out << CtlCommands::formatTable(rows, { false, false, false, true, true, false, false });
    for (const Alert &a : alerts) {
        if (!a.evidence.isEmpty())
            m_out << a.group << ' ' << alertRuleId(a.rule) << ": " << a.evidence << '\n';
    }
    m_out << Qt::flush;
}

void AlertsCommand::printJson(const Snapshot &snapshot, const QList<Alert> &alerts)
{
    QJsonArray list;
    int firing = 0;
    for (const Alert &a : alerts) {
        firing += a.state == Alert::State::Firing ? 1 : 0;
        list.append(QJsonObject { { QStringLiteral("state"), a.state == Alert::State::Firing ? QStringLiteral("firing") : QStringLiteral("pending") },
                                  { QStringLiteral("group"), a.group },
                                  { QStringLiteral("rule"), alertRuleId(a.rule) },
                                  { QStringLiteral("value"), jsonNumber(a.value) },
                                  { QStringLiteral("threshold"), jsonNumber(a.threshold) },
                                  { QStringLiteral("activeAt"), timeText(a.activeAt) },
                                  { QStringLiteral("firedAt"), timeText(a.firedAt) },
                                  { QStringLiteral("deployments"), QJsonArray::fromStringList(a.deployments) },
                                  { QStringLiteral("evidence"), a.evidence } });
    }
    const QJsonObject root { { QStringLiteral("time"), timeText(snapshot.time) },
                             { QStringLiteral("firing"), firing },
                             { QStringLiteral("pending"), int(alerts.size()) - firing },
                             { QStringLiteral("alerts"), list } };
    m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace RouteDeck
