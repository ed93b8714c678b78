// SPDX-License-Identifier: GPL-3.0-or-later
#include "routersetweightcommand.h"

#include "ctlcommands.h"
#include "dataplane.h"
#include "guardrails.h"
#include "ctlconnection.h"
#include "pushroute.h"
#include "pushservice.h"
#include "routerclient.h"
#include "viewformat.h"
#include "weightwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("routedeckctl", text, nullptr, n);
}

// Runs the event loop until `done` says so or the timeout passes; false on timeout.
template<typename Done> bool waitFor(Done done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

QString rate(double perSecond)
{
    return std::isfinite(perSecond) ? ViewFormat::rate(perSecond) : QStringLiteral("-");
}

QString levelName(GuardrailMessage::Level level)
{
    switch (level) {
    case GuardrailMessage::Level::Refusal:
        return tr("refused");
    case GuardrailMessage::Level::Warning:
        return tr("warning");
    case GuardrailMessage::Level::Note:
        return tr("note");
    }
    return {};
}

} // namespace

RouterSetWeightCommand::RouterSetWeightCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int RouterSetWeightCommand::usage(const QString &message)
{
    m_err << "routedeckctl: " << message << '\n'
          << tr("Usage: routedeckctl set-weight --router URL GROUP ID=WEIGHT ... [--yes [--confirm GROUP]]\n"
                "         [--profile NAME] [--router-key-env NAME] [--prometheus URL] [--max-shift PP]\n"
                "         [--audit-log FILE] [--timeout S]\n")
          << Qt::flush;
    return CtlCommands::UsageError;
}

// What the command line asks for, read and checked by the steps of run().
struct RouterSetWeightCommand::Options
{
    QString group;
    QStringList assignments; // ID=WEIGHT ..., after the group
    double timeout = 0; // seconds to wait for each answer
    int timeoutMs = 0;
    double maxShift = 0;
    bool yes = false;
    QString confirm;
    DataPlane::Settings endpoints;
    PushService::Settings push;
    QString routerUrl; // without credentials, for messages
};

int RouterSetWeightCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options options;
    if (const std::optional<int> failed = parseCommandLine(parser, arguments, options))
        return *failed;
    if (const std::optional<int> failed = readConnection(parser, options))
        return *failed;
    // The group as the router has it right now.
    const std::optional<RouterDeploymentsReply> fetched = fetchDeployments(options);
    if (!fetched)
        return CtlCommands::UsageError;
    WeightPlan plan(options.group, fetched->deployments);
    if (const std::optional<int> failed = setPlanWeights(options, fetched->deployments, plan))
        return *failed;
    const PlanTraffic traffic = readTraffic(options);
    GuardrailSettings guardrailSettings;
    guardrailSettings.maxShiftPoints = options.maxShift;
    const GuardrailReport report = Guardrails::check(plan, traffic, guardrailSettings);
    const WeightChange change = plan.change();
    printPreview(options, plan, traffic, report);
    return reviewAndPush(options, report, change, fetched->deployments);
}

// Declares the options, parses the arguments and checks the group, the assignments, --timeout and --max-shift.
std::optional<int> RouterSetWeightCommand::parseCommandLine(
    QCommandLineParser &parser, const QStringList &arguments, Options &options)
{
    CtlConnection::addOptions(parser, { QString(), tr("Prometheus URL, to check guardrails at current traffic") });
    parser.addOption({ QStringLiteral("yes"), tr("push the change; without it, a dry run") });
    parser.addOption({ QStringLiteral("confirm"), tr("the group name, to confirm a risky change"),
        QStringLiteral("GROUP") });
    parser.addOption(
        { QStringLiteral("max-shift"), tr("percentage points of share movement that make a change risky"),
            QStringLiteral("PP"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("audit-log"), tr("audit log file"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("timeout"), tr("seconds to wait for each answer (default 20)"),
        QStringLiteral("S"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("write"), tr("(files only)") });
    if (!parser.parse(QStringList { QStringLiteral("set-weight") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("write")))
        return usage(tr("--write is for config files; with --router, --yes pushes the change"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("set-weight --router needs GROUP ID=WEIGHT [ID=WEIGHT ...]"));
    bool ok = false;
    options.timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || options.timeout <= 0 || options.timeout > 3600)
        return usage(tr("--timeout takes seconds from 0 to 3600"));
    options.maxShift = parser.value(QStringLiteral("max-shift")).toDouble(&ok);
    if (!ok || !(options.maxShift > 0) || options.maxShift > 100)
        return usage(tr("--max-shift takes percentage points above 0 and up to 100"));
    options.timeoutMs = int(options.timeout * 1000);
    options.group = positional.at(0);
    options.assignments = positional.mid(1);
    options.yes = parser.isSet(QStringLiteral("yes"));
    options.confirm = parser.value(QStringLiteral("confirm"));
    return std::nullopt;
}

// Where to push, as whom: the router and Prometheus, and the push settings of the profile.
std::optional<int> RouterSetWeightCommand::readConnection(const QCommandLineParser &parser, Options &options)
{
    Problems problems;
    const CtlConnection::Result connection = CtlConnection::read(parser, &problems);
    if (!connection.error.isEmpty())
        return usage(connection.error);
    const DataPlane::Settings &endpoints = connection.endpoints;
    PushService::Settings &push = options.push;
    push.tool = QStringLiteral("routedeckctl");
    if (const std::optional<ConnectionProfile> &profile = connection.profile) {
        push.profile = profile->name;
        push.readOnly = profile->readOnly;
        push.configFile = profile->configFile;
        push.afterWrite = profile->afterWrite;
        push.afterWriteTimeoutSeconds = profile->afterWriteTimeoutSeconds;
        push.applyTimeoutSeconds = profile->applyTimeoutSeconds;
    } else if (const std::optional<ConnectionProfile> readOnly
               = CtlConnection::readOnlyProfileFor(PushTargetKind::Router, endpoints.router.baseUrl.toString())) {
        // No --profile, but a read-only profile points at this router: its rule holds.
        push.profile = readOnly->name;
        push.readOnly = true;
    } else {
        push.profile = tr("(command line)");
    }
    if (const QString invalid = endpoints.router.validate(); !invalid.isEmpty())
        return usage(invalid);
    for (const Problem &p : std::as_const(problems))
        m_err << p.toString() << '\n';
    push.router = endpoints.router;
    // --timeout is each call's deadline, so that a slow router ends the push (reverting what was applied)
    // well before this command gives up waiting for it.
    push.router.deadlineMs = options.timeoutMs;
    push.router.inactivityTimeoutMs = std::min(push.router.inactivityTimeoutMs, options.timeoutMs);
    if (parser.isSet(QStringLiteral("audit-log")))
        push.auditLogPath = parser.value(QStringLiteral("audit-log"));
    options.endpoints = endpoints;
    options.routerUrl = endpoints.router.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    return std::nullopt;
}

// The router's deployments, read now; nullopt after saying why when the router does not answer or fails.
std::optional<RouterDeploymentsReply> RouterSetWeightCommand::fetchDeployments(const Options &options)
{
    RouterClient client(options.endpoints.router);
    std::optional<RouterDeploymentsReply> fetched;
    QObject::connect(&client, &RouterClient::deploymentsFetched, &client,
        [&fetched](quint64, const RouterDeploymentsReply &reply) { fetched = reply; });
    client.fetchDeployments();
    if (!waitFor([&] { return fetched.has_value(); }, options.timeoutMs)) {
        m_err << tr("routedeckctl: the router at %1 did not answer within %2 s\n").arg(options.routerUrl).arg(options.timeout)
              << Qt::flush;
        return std::nullopt;
    }
    if (!fetched->ok) {
        m_err << "routedeckctl: " << fetched->errorString << '\n' << Qt::flush;
        return std::nullopt;
    }
    return fetched;
}

// Sets each ID=WEIGHT in the group's plan; an exit code when the group or a deployment is not there.
std::optional<int> RouterSetWeightCommand::setPlanWeights(
    const Options &options, const QList<Deployment> &deployments, WeightPlan &plan)
{
    QStringList groups;
    for (const Deployment &d : deployments) {
        if (!groups.contains(d.group))
            groups.append(d.group);
    }
    if (plan.isEmpty()) {
        m_err << tr("routedeckctl: no model group '%1' on %2 (groups: %3)\n")
                     .arg(options.group, options.routerUrl, groups.join(QStringLiteral(", ")))
              << Qt::flush;
        return CtlCommands::ProblemsFound;
    }
    bool ok = false;
    for (const QString &assignment : options.assignments) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        const QString id = assignment.left(eq);
        const double weight = eq > 0 ? assignment.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok)
            return usage(tr("'%1' is not ID=WEIGHT").arg(assignment));
        if (plan.indexOf(id) < 0) {
            m_err << tr("routedeckctl: '%1' is not a deployment of '%2' (deployments: %3)\n")
                         .arg(id, options.group, plan.ids().join(QStringLiteral(", ")))
                  << Qt::flush;
            return CtlCommands::ProblemsFound;
        }
        plan.setWeight(plan.indexOf(id), weight); // negative and NaN reach the guardrails, which refuse them
    }
    return std::nullopt;
}

// Traffic, for the limit and health guardrails, when Prometheus is given.
PlanTraffic RouterSetWeightCommand::readTraffic(const Options &options)
{
    PlanTraffic traffic;
    if (options.endpoints.prometheus.baseUrl.isEmpty())
        return traffic;
    DataPlane dataPlane(options.endpoints);
    dataPlane.start();
    waitFor([&] { return dataPlane.hasRouterAnswer() && dataPlane.hasPrometheusAnswer(); }, options.timeoutMs);
    dataPlane.stop();
    if (dataPlane.snapshot().prometheus.state == SourceStatus::State::Live)
        traffic = PlanTraffic::fromSnapshot(dataPlane.snapshot(), options.group);
    else
        m_err << tr("warning: no traffic from %1 (%2); rpm/tpm and health checks are skipped\n")
                     .arg(options.endpoints.prometheus.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                         dataPlane.snapshot().prometheus.summary());
    return traffic;
}

// The group before and after the change (with the traffic when known) and the guardrails' messages.
void RouterSetWeightCommand::printPreview(
    const Options &options, const WeightPlan &plan, const PlanTraffic &traffic, const GuardrailReport &report)
{
    m_out << tr("Router %1, group %2 (weights read just now)\n\n").arg(options.routerUrl, options.group);
    QList<QStringList> rows { { tr("DEPLOYMENT"), tr("WEIGHT"), tr("SHARE %"), QString(), tr("WEIGHT"),
        tr("SHARE %"), tr("EFF %"), tr("REQ/S NOW"), tr("REQ/S AFTER") } };
    for (const PlanPreviewRow &row : plan.preview(traffic)) {
        rows.append({ row.id, formatWeight(row.configuredWeight), ShareMath::formatPercent(row.baseShare),
            QStringLiteral("->"), QString::fromLatin1(WeightWriter::formatWeight(row.weight)),
            ShareMath::formatPercent(row.share), ShareMath::formatPercent(row.effectiveShare),
            rate(row.currentRequestsPerSecond), rate(row.predictedRequestsPerSecond) });
    }
    m_out << CtlCommands::formatTable(rows, { false, true, true, false, true, true, true, true, true });
    if (!std::isfinite(traffic.groupRequestsPerSecond))
        m_out << tr(
            "Traffic unknown (no --prometheus): rpm/tpm limits and cooling deployments are not checked.\n");
    for (const GuardrailMessage &m : report.messages)
        m_out << levelName(m.level) << ": " << m.text << '\n';
}

// Stops at a refusal, an empty change or a route that cannot take it; else prints the API calls and ends
// with a dry run, a risky change still to confirm, or the push.
int RouterSetWeightCommand::reviewAndPush(const Options &options, const GuardrailReport &report,
    const WeightChange &change, const QList<Deployment> &deployments)
{
    if (report.refused()) {
        m_out << Qt::flush;
        m_err << tr("routedeckctl: refused: the change breaks a guardrail; nothing was changed\n")
              << Qt::flush;
        return CtlCommands::ProblemsFound;
    }
    if (change.isEmpty()) {
        m_out << tr("No weight changes: the router is left as it is.\n") << Qt::flush;
        return CtlCommands::Success;
    }
    // Deployments the router keeps in its config file cannot be PATCHed: the profile's file, or nothing.
    const PushRoute route = PushRoute::choose(change, PushTargetKind::Router, options.push.configFile, deployments);
    if (!route.ok()) {
        m_out << Qt::flush;
        m_err << tr("routedeckctl: refused: %1\n").arg(route.error) << Qt::flush;
        return CtlCommands::ProblemsFound;
    }
    if (!route.note.isEmpty())
        m_out << '\n' << route.note << '\n';
    PushService service(options.push);
    const PushService::Preview preview = service.preview(change, route.target);
    m_out << '\n' << tr("What --yes does, in this order:\n");
    for (int i = 0; i < preview.calls.size(); ++i)
        m_out << QStringLiteral("  %1. %2\n").arg(i + 1).arg(preview.calls.at(i));
    const bool confirmed = Guardrails::confirms(options.confirm, options.group);
    if (!options.yes) {
        m_out << tr("Dry run: nothing was changed. Add --yes to push")
              << (report.risky() && !confirmed ? tr(" (and --confirm %1: the change is risky)").arg(options.group)
                                               : QString())
              << ".\n"
              << Qt::flush;
        return CtlCommands::Success;
    }
    if (report.risky() && !confirmed) {
        m_out << Qt::flush;
        m_err << tr("routedeckctl: this change is risky (see the warnings above); repeat with --confirm %1 "
                    "to push it\n")
                     .arg(options.group)
              << Qt::flush;
        return CtlCommands::ProblemsFound;
    }
    return pushChange(options, service, change, route);
}

// Pushes through the PushService, printing each call as it ends, and waits for the outcome.
int RouterSetWeightCommand::pushChange(
    const Options &options, PushService &service, const WeightChange &change, const PushRoute &route)
{
    std::optional<PushOutcome> outcome;
    QObject::connect(&service, &PushService::stepFinished, &service, [this](const PushStep &step) {
        m_out << (step.ok ? tr("  ok    ") : tr("  FAIL  ")) << (step.revert ? tr("revert ") : QString())
              << step.deploymentId << " -> " << formatWeight(step.to)
              << (step.ok ? QString() : QStringLiteral(": ") + step.error) << '\n';
    });
    QObject::connect(
        &service, &PushService::finished, &service, [&outcome](const PushOutcome &o) { outcome = o; });
    m_out << '\n' << tr("Pushing…\n") << Qt::flush;
    QObject::connect(&service, &PushService::progress, &service, [this](const QString &line) {
        m_out << "  " << line << '\n' << Qt::flush;
    });
    service.push(change, route.target);
    // Each call has its own deadline; this only guards against a push that never ends.
    const int fileMs = route.target == PushTargetKind::File
        ? int((options.push.afterWriteTimeoutSeconds + options.push.applyTimeoutSeconds) * 1000) + options.timeoutMs
        : 0;
    // Each write is preceded by a re-read, and undoing one takes two calls more (the re-read tried twice).
    const qint64 budgetMs = qint64(options.timeoutMs + 500) * (qint64(change.changedIds().size()) * 6 + 4) + fileMs
        + qint64(options.push.lockTimeoutSeconds * 1000);
    if (!waitFor([&] { return outcome.has_value(); }, int(std::min<qint64>(budgetMs, std::numeric_limits<int>::max())))) {
        m_err << tr("routedeckctl: the push did not finish in time; check the router's weights\n")
              << Qt::flush;
        return CtlCommands::ProblemsFound;
    }
    return printOutcome(service, *outcome);
}

// The push's outcome, its audit entry and, after a conflict, the weights on each side; the exit code.
int RouterSetWeightCommand::printOutcome(const PushService &service, const PushOutcome &outcome)
{
    m_out << outcome.message << '\n';
    if (!outcome.auditId.isEmpty())
        m_out << tr("Audit log: %1 (entry %2)\n").arg(service.settings().auditLogPath, outcome.auditId);
    if (!outcome.auditError.isEmpty())
        m_err << "routedeckctl: " << outcome.auditError << '\n';
    if (outcome.result == PushOutcome::Result::Conflict) {
        QList<QStringList> conflict { { tr("DEPLOYMENT"), tr("BASE"), tr("THEIRS"), tr("YOURS") } };
        for (auto it = outcome.base.cbegin(); it != outcome.base.cend(); ++it)
            conflict.append(
                { it.key(), formatWeight(it.value()), formatWeight(outcome.theirs.value(it.key())),
                    formatWeight(outcome.yours.value(it.key())) });
        m_out << CtlCommands::formatTable(conflict, { false, true, true, true });
    }
    m_out << Qt::flush;
    m_err << Qt::flush;
    return outcome.result == PushOutcome::Result::Applied ? CtlCommands::Success
                                                          : CtlCommands::ProblemsFound;
}

} // namespace RouteDeck
