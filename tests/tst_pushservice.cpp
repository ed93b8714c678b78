// SPDX-License-Identifier: GPL-3.0-or-later
// PushService against the real routedeck-sim and on real files: a push changes /model/info and then
// the split of the calls; a weight changed by someone else between edit and push stops it with nothing
// applied; a PATCH that fails half-way is reverted (or, when reverting fails too, the mixed state is
// told exactly); a file push changes nothing but weights; read-only profiles refuse; and every push
// leaves one audit line, which survives a crash mid-write. Before its first write a push records its
// intent; a push killed with SIGKILL mid-way is found and recorded as it really ended by the next start.
// Pushes never interleave silently: on one computer they take turns through the push lock, and someone
// else's write during a push is found by the re-read before the next write, which stops the push, undoes
// its own writes and reports a conflict (a write without an answer is settled by that re-read).
#include "audittrail.h"
#include "auditlogwriter.h"
#include "litellmconfigcodec.h"
#include "pushlock.h"
#include "pushroute.h"
#include "pushservice.h"
#include "routerclient.h"
#include "simprocess.h"
#include "weightplan.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSysInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace RouteDeck;

namespace {
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");
const QByteArray kKey = "sk-routedeck-demo";
const QString kGroup = QStringLiteral("gpt-4o-mini");

struct Http
{
    int status = 0;
    QByteArray body;
    QByteArray modelId;
};

Http request(
    QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url, const QByteArray &body = {})
{
    QNetworkRequest r(url);
    r.setTransferTimeout(10000);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Authorization", "Bearer " + kKey);
    QNetworkReply *reply = network.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("x-litellm-model-id") };
}

// Calls the group `count` times (six at a time) and counts who answered.
QHash<QString, int> callSplit(const QUrl &base, int count)
{
    QNetworkAccessManager network;
    QHash<QString, int> answered;
    int done = 0;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest r(base.resolved(QUrl(QStringLiteral("/v1/chat/completions"))));
        r.setTransferTimeout(10000);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setRawHeader("Authorization", "Bearer " + kKey);
        QNetworkReply *reply
            = network.post(r, R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})");
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++answered[QString::fromLatin1(reply->rawHeader("x-litellm-model-id"))];
            reply->deleteLater();
            if (++done == count)
                loop.quit();
        });
    }
    loop.exec();
    return answered;
}

double shareOf(const QHash<QString, int> &split, const char *id)
{
    int total = 0;
    for (int n : split)
        total += n;
    return total ? double(split.value(QLatin1String(id))) / total : 0.0;
}

QList<Deployment> fetchDeployments(const QUrl &base)
{
    RouterEndpointConfig config;
    config.baseUrl = base;
    config.masterKey = QString::fromLatin1(kKey);
    RouterClient client(config);
    QSignalSpy fetched(&client, &RouterClient::deploymentsFetched);
    client.fetchDeployments();
    if (!fetched.wait(10000))
        return {};
    const auto reply = fetched.first().at(1).value<RouterDeploymentsReply>();
    return reply.ok ? reply.deployments : QList<Deployment>();
}

// "azure-primary 8, azure-secondary 2, openai-direct 1": the group's weights as the router reports them now.
QString routerWeights(const Test::SimProcess &sim)
{
    return formatWeights(PushService::groupWeights(fetchDeployments(sim.baseUrl()), kGroup));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString steps(const PushOutcome &outcome)
{
    QStringList lines;
    for (const PushStep &s : outcome.steps)
        lines.append(
            QStringLiteral("%1%2 %3->%4 %5%6")
                .arg(s.revert ? QStringLiteral("revert ") : QString(), s.deploymentId, formatWeight(s.from),
                    formatWeight(s.to), s.ok ? QStringLiteral("ok") : QStringLiteral("FAIL "))
                .arg(s.ok ? QString() : QString::number(s.httpStatus)));
    return lines.join(QStringLiteral(" | "));
}
} // namespace

class TestPushService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_audits = 0;

    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }

    PushService::Settings routerSettings(const Test::SimProcess &sim) const
    {
        PushService::Settings settings;
        settings.profile = QStringLiteral("sim");
        settings.router.baseUrl = sim.baseUrl();
        settings.router.masterKey = QString::fromLatin1(kKey);
        settings.auditLogPath = auditPath();
        return settings;
    }

    PushOutcome run(PushService &service, const WeightChange &change)
    {
        QSignalSpy finished(&service, &PushService::finished);
        service.push(change);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<PushOutcome>();
    }

    // The audit log's newest entry, checking one push was added (its outcome, and its intent when it wrote).
    AuditEntry lastAudit()
    {
        const AuditLogReadResult log = AuditLogWriter(auditPath()).read();
        const QList<AuditEntry> pushes = AuditTrail::withoutResolvedIntents(log.entries);
        ++m_audits;
        if (pushes.size() != m_audits || !log.problems.isEmpty())
            qWarning("audit log has %d pushes (expected %d), %d problems", int(pushes.size()), m_audits,
                int(log.problems.size()));
        return log.entries.value(log.entries.size() - 1);
    }

    // The intent that `outcome` resolves, from the log.
    AuditEntry intentOf(const AuditEntry &outcome) const
    {
        for (const AuditEntry &e : AuditLogWriter(auditPath()).read().entries) {
            if (e.id == outcome.resolves)
                return e;
        }
        return {};
    }

    // An intent as process `owner` left it (by default one that has ended): written, not resolved.
    AuditEntry writeCutOffIntent(const QString &location, const WeightMap &before, const WeightMap &after, qint64 owner = 0)
    {
        QProcess gone;
        if (owner == 0) {
            gone.start(QStringLiteral("/bin/true"), {});
            gone.waitForFinished();
            owner = gone.processId() > 0 ? gone.processId() : 999999;
        }
        AuditEntry intent;
        intent.time = QDateTime::currentDateTimeUtc().addSecs(-60);
        intent.id = AuditLogWriter::newEntryId(intent.time);
        intent.profile = QStringLiteral("sim");
        intent.user = QStringLiteral("someone");
        intent.tool = QStringLiteral("routedeckctl");
        intent.location = location;
        intent.group = kGroup;
        intent.before = before;
        intent.after = after;
        intent.result = QString::fromLatin1(AuditEntry::kPendingResult);
        intent.host = QSysInfo::machineHostName();
        intent.pid = owner;
        const QString error = AuditLogWriter(auditPath()).append(intent);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return intent;
    }

    // The demo's models as database models: the admin API updates them (LiteLLM refuses config models).
    // `more`: further options, such as --admin-delay.
    static bool startSim(Test::SimProcess &sim, const QStringList &more = {})
    {
        return sim.start(kDemoConfig,
            QStringList { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant"),
                QStringLiteral("--models-in-db") }
                + more);
    }

    // A simulator on a writable copy of the demo config, whose models stay config-file models.
    bool startConfigFileSim(Test::SimProcess &sim, QString *configPath)
    {
        *configPath = m_dir.filePath(QStringLiteral("router-config.yaml"));
        QFile::remove(*configPath);
        if (!QFile::copy(kDemoConfig, *configPath))
            return false;
        QFile::setPermissions(*configPath, QFile::ReadOwner | QFile::WriteOwner);
        return sim.start(*configPath, { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant") });
    }

    PushService::Settings configFileSettings(const Test::SimProcess &sim, const QString &configPath,
        const QString &afterWrite) const
    {
        PushService::Settings settings = routerSettings(sim);
        settings.configFile = configPath;
        settings.afterWrite = afterWrite;
        settings.afterWriteTimeoutSeconds = 20;
        settings.applyTimeoutSeconds = 20;
        settings.applyPollSeconds = 0.2;
        return settings;
    }

    // Moves azure-primary from 72.7 % to 50 % of the router's gpt-4o-mini.
    static WeightChange halfToPrimary(const QList<Deployment> &deployments)
    {
        WeightPlan plan(kGroup, deployments);
        plan.moveDivider(0, 0.5);
        return plan.change();
    }

    PushOutcome runTo(PushService &service, const WeightChange &change, PushTargetKind target)
    {
        QSignalSpy finished(&service, &PushService::finished);
        service.push(change, target);
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<PushOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(Test::SimProcess::executable()), "routedeck-sim is not built");
    }

    void routerPushChangesModelInfoThenSplit()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        const QHash<QString, int> before = callSplit(sim.baseUrl(), 600);
        QVERIFY2(std::abs(shareOf(before, "azure-primary") - 8.0 / 11) < 0.06,
            qPrintable(QString::number(shareOf(before, "azure-primary"))));

        // The operator drags azure-primary from 72.7 % to 50 %.
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        QCOMPARE(plan.count(), 3);
        QVERIFY(plan.moveDivider(0, 0.5));
        const WeightChange change = plan.change();

        PushService service(routerSettings(sim));
        const PushService::Preview preview = service.preview(change);
        const QString base = sim.baseUrl().toString();
        QCOMPARE(preview.calls,
            QStringList({ QStringLiteral(
                              "GET %1/v2/model/info — re-read the weights; stop if they differ from the base")
                              .arg(base),
                // Issue 15 §2: a re-read right before each write (no compare-and-set in the API).
                QStringLiteral("GET %1/v2/model/info — re-read: stop if anyone else changed the group").arg(base),
                QStringLiteral(R"(PATCH %1/model/azure-primary/update {"litellm_params":{"weight":5.5}})")
                    .arg(base),
                QStringLiteral("GET %1/v2/model/info — re-read: stop if anyone else changed the group").arg(base),
                QStringLiteral(R"(PATCH %1/model/azure-secondary/update {"litellm_params":{"weight":4.5}})")
                    .arg(base),
                QStringLiteral("GET %1/v2/model/info — re-read the weights to verify").arg(base) }));

        QSignalSpy stepSpy(&service, &PushService::stepFinished);
        QSignalSpy finished(&service, &PushService::finished);
        service.push(change);
        service.push(change); // a second push while the first runs is refused, the first goes on
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const auto busy = finished.at(0).first().value<PushOutcome>();
        QCOMPARE(busy.result, PushOutcome::Result::Refused);
        QCOMPARE(busy.message, QStringLiteral("A push is already in progress; wait for it to finish."));
        const auto outcome = finished.at(1).first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QCOMPARE(steps(outcome), QStringLiteral("azure-primary 8->5.5 ok | azure-secondary 2->4.5 ok"));
        QCOMPARE(stepSpy.size(), 2);
        QVERIFY(outcome.verified);
        QCOMPARE(formatWeights(outcome.resulting),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 1"));
        QCOMPARE(outcome.message,
            QStringLiteral(
                "Pushed 2 weight(s) of gpt-4o-mini to %1. Re-read from the router: azure-primary 5.5 "
                "(new), azure-secondary 4.5 (new), openai-direct 1 (as before).")
                .arg(base));

        // /model/info has the new weights...
        QNetworkAccessManager network;
        const Http info = request(network, "GET",
            sim.baseUrl().resolved(QUrl(QStringLiteral("/model/info?litellm_model_id=azure-primary"))));
        QCOMPARE(info.status, 200);
        QVERIFY2(info.body.contains(R"("weight":5.5)"), info.body.constData());
        // ...and the next calls follow them: 50 % / 40.9 % / 9.1 %.
        const QHash<QString, int> after = callSplit(sim.baseUrl(), 1000);
        QVERIFY2(std::abs(shareOf(after, "azure-primary") - 0.5) < 0.05,
            qPrintable(QString::number(shareOf(after, "azure-primary"))));
        QVERIFY2(std::abs(shareOf(after, "azure-secondary") - 4.5 / 11) < 0.05,
            qPrintable(QString::number(shareOf(after, "azure-secondary"))));
        qInfo("split before: azure-primary %.1f %%, after: azure-primary %.1f %%, azure-secondary %.1f %%, "
              "openai-direct %.1f %%",
            shareOf(before, "azure-primary") * 100, shareOf(after, "azure-primary") * 100,
            shareOf(after, "azure-secondary") * 100, shareOf(after, "openai-direct") * 100);

        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.id, outcome.auditId);
        QCOMPARE(audit.result, QStringLiteral("applied"));
        // Written before the first PATCH: the intent, with this process as its owner.
        const AuditEntry intent = intentOf(audit);
        QVERIFY(intent.isIntent());
        QCOMPARE(intent.pid, QCoreApplication::applicationPid());
        QCOMPARE(intent.after, audit.after);
        QVERIFY(intent.time <= audit.time);
        QCOMPARE(audit.profile, QStringLiteral("sim"));
        QCOMPARE(audit.user, AuditLogWriter::osUser());
        QCOMPARE(audit.tool, QStringLiteral("routedeck"));
        QCOMPARE(audit.location, base);
        QCOMPARE(formatWeights(audit.before),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        QCOMPARE(formatWeights(audit.after),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 1"));
        QCOMPARE(audit.resulting, outcome.resulting);
        QVERIFY(audit.error.isEmpty());
    }

    void conflictAppliesNothing()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        QVERIFY(plan.moveDivider(0, 0.5));
        const WeightChange change = plan.change();

        // Someone else changes a weight between the edit and the push.
        QNetworkAccessManager network;
        QCOMPARE(request(network, "PATCH",
                     sim.baseUrl().resolved(QUrl(QStringLiteral("/model/openai-direct/update"))),
                     R"({"litellm_params":{"weight":3}})")
                     .status,
            200);

        PushService service(routerSettings(sim));
        QSignalSpy stepSpy(&service, &PushService::stepFinished);
        const PushOutcome outcome = run(service, change);
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("conflict"));
        QCOMPARE(stepSpy.size(), 0);
        QCOMPARE(formatWeights(outcome.base),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        QCOMPARE(formatWeights(outcome.theirs),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 3"));
        QCOMPARE(formatWeights(outcome.yours),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 1"));
        QCOMPARE(outcome.message,
            QStringLiteral(
                "The weights of gpt-4o-mini on the router changed since the edit started (openai-direct 1 "
                "→ 3). Nothing was applied; compare base, theirs and yours, then edit again from the "
                "current weights."));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 3"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("conflict"));
        QCOMPARE(audit.error, outcome.message);
    }

    void failureMidPushIsReverted()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("azure-primary"), 4 }, { QStringLiteral("azure-secondary"), 4 },
            { QStringLiteral("openai-direct"), 3 } });
        QVERIFY2(!sim.addFault(R"({"target":"openai-direct","kind":"admin_error"})").isEmpty(),
            qPrintable(sim.errorString()));

        PushService service(routerSettings(sim));
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("reverted"));
        QCOMPARE(steps(outcome),
            QStringLiteral("azure-primary 8->4 ok | azure-secondary 2->4 ok | openai-direct 1->3 FAIL 500 | "
                           "revert azure-secondary 4->2 ok | revert azure-primary 4->8 ok"));
        QVERIFY(outcome.verified);
        QCOMPARE(formatWeights(outcome.resulting),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Setting openai-direct to 3 failed: ")),
            qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("HTTP 500")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("simulated admin API failure")),
            qPrintable(outcome.message));
        QVERIFY2(
            outcome.message.endsWith(QStringLiteral(
                "The 2 call(s) already applied were reverted; the router is back where it was. Re-read from "
                "the router: "
                "azure-primary 8 (as before), azure-secondary 2 (as before), openai-direct 1 (as before).")),
            qPrintable(outcome.message));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("reverted"));
        QCOMPARE(audit.resulting, outcome.resulting);
        QVERIFY(!audit.changedTarget());
    }

    void failedRevertTellsTheMixedState()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("azure-primary"), 4 }, { QStringLiteral("azure-secondary"), 4 },
            { QStringLiteral("openai-direct"), 3 } });

        PushService service(routerSettings(sim));
        // Right after the first call lands, the admin API starts failing for both Azure deployments: the
        // second call fails, and so does undoing the first.
        connect(&service, &PushService::stepFinished, this, [&sim](const PushStep &step) {
            if (step.deploymentId == QLatin1String("azure-primary") && !step.revert)
                sim.addFault(R"({"target":"azure","kind":"admin_error"})");
        });
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("partial"));
        QCOMPARE(steps(outcome),
            QStringLiteral("azure-primary 8->4 ok | azure-secondary 2->4 FAIL 500 | revert azure-primary "
                           "4->8 FAIL 500"));
        QVERIFY(outcome.verified);
        QCOMPARE(formatWeights(outcome.resulting),
            QStringLiteral("azure-primary 4, azure-secondary 2, openai-direct 1"));
        QVERIFY2(outcome.message.contains(QStringLiteral("Reverting failed too for azure-primary (")),
            qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(QStringLiteral(
                     "the router is in a mixed state. Set those weights by hand or push again. Re-read from "
                     "the router: "
                     "azure-primary 4 (new), azure-secondary 2 (as before), openai-direct 1 (as before).")),
            qPrintable(outcome.message));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 4, azure-secondary 2, openai-direct 1"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("partial"));
        QVERIFY(audit.changedTarget()); // something to roll back
        QCOMPARE(formatWeights(audit.resulting),
            QStringLiteral("azure-primary 4, azure-secondary 2, openai-direct 1"));
    }

    // Someone else's write between two of a push's writes stops it; its own write is undone, theirs stands alone.
    void someoneElsesWriteMidPushIsAConflict()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        const QString base = sim.baseUrl().toString();
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("azure-primary"), 4 }, { QStringLiteral("azure-secondary"), 4 } });

        PushService service(routerSettings(sim));
        QCOMPARE(service.location(), base);
        // Right after the first write lands, someone else sets openai-direct to 3; request() returns after
        // the answer, so their write is in before the push's next re-read.
        QNetworkAccessManager network;
        int theirStatus = 0;
        const QUrl theirUrl = PushService::updateUrl(sim.baseUrl(), QStringLiteral("openai-direct"));
        connect(&service, &PushService::stepFinished, this, [&](const PushStep &step) {
            if (step.deploymentId == QLatin1String("azure-primary") && !step.revert)
                theirStatus = request(network, "PATCH", theirUrl, PushService::updateBody(3)).status;
        });
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(theirStatus, 200);
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("conflict"));
        QCOMPARE(steps(outcome), QStringLiteral("azure-primary 8->4 ok | revert azure-primary 4->8 ok"));
        QVERIFY(outcome.verified);
        QCOMPARE(outcome.message,
            QStringLiteral("Someone else changed gpt-4o-mini on %1 during your push: openai-direct 3 (before 1, yours 1). "
                           "Your 1 write(s) were undone, so that their change stands alone. Compare the weights, then "
                           "edit again from the current ones. Re-read from the router: azure-primary 8 (as before), "
                           "azure-secondary 2 (as before), openai-direct 3 (new).")
                .arg(base));
        QVERIFY(!outcome.changedTarget());
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 3"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("conflict"));
        QCOMPARE(audit.error, outcome.message);
        QVERIFY(!audit.changedTarget());
    }

    // An own write that someone else overwrote mid-push is not undone: their value stays, and the push says so.
    void overwrittenOwnWriteIsLeftAsTheyDidIt()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        const QString base = sim.baseUrl().toString();
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("azure-primary"), 4 }, { QStringLiteral("azure-secondary"), 4 } });

        PushService service(routerSettings(sim));
        // Right after the push sets azure-primary to 4, someone else sets it to 6.
        QNetworkAccessManager network;
        int theirStatus = 0;
        const QUrl theirUrl = PushService::updateUrl(sim.baseUrl(), QStringLiteral("azure-primary"));
        connect(&service, &PushService::stepFinished, this, [&](const PushStep &step) {
            if (step.deploymentId == QLatin1String("azure-primary") && !step.revert)
                theirStatus = request(network, "PATCH", theirUrl, PushService::updateBody(6)).status;
        });
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(theirStatus, 200);
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("conflict"));
        QCOMPARE(steps(outcome), QStringLiteral("azure-primary 8->4 ok")); // nothing undone over their value
        QVERIFY(outcome.verified);
        QCOMPARE(outcome.message,
            QStringLiteral("Someone else changed gpt-4o-mini on %1 during your push: azure-primary 6 (before 8, yours 4). "
                           "Not undone because someone else has set them since: azure-primary (left at 6, as someone "
                           "else set it). Compare the weights, then edit again from the current ones. Re-read from the "
                           "router: azure-primary 6 (new), azure-secondary 2 (as before), openai-direct 1 (as before).")
                .arg(base));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 6, azure-secondary 2, openai-direct 1"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("conflict"));
        QCOMPARE(audit.error, outcome.message);
    }

    // Undoing a write to a deployment that had no weight can only set 0 (LiteLLM's admin API cannot remove a
    // weight): the outcome says so and counts as partial, never as "back where it was".
    void undoingAnUnsetWeightSaysItIsNowZero()
    {
        QByteArray config = readFile(kDemoConfig);
        const QByteArray unweighted = "      weight: 1\n    model_info:\n      id: openai-direct";
        QVERIFY(config.contains(unweighted));
        config.replace(unweighted, "    model_info:\n      id: openai-direct");
        const QString configPath = m_dir.filePath(QStringLiteral("unweighted.yaml"));
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(config) == config.size());
        file.close();
        Test::SimProcess sim;
        QVERIFY2(sim.start(configPath, { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant"),
                                           QStringLiteral("--models-in-db") }),
            qPrintable(sim.errorString()));
        const QString base = sim.baseUrl().toString();
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        QCOMPARE(formatWeights(plan.change().before), QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct unset"));
        plan.setWeights({ { QStringLiteral("azure-secondary"), 4 }, { QStringLiteral("openai-direct"), 3 } });

        PushService service(routerSettings(sim));
        // Once the push has set openai-direct, someone else sets azure-primary: the push undoes its own writes.
        QNetworkAccessManager network;
        const QUrl theirUrl = PushService::updateUrl(sim.baseUrl(), QStringLiteral("azure-primary"));
        connect(&service, &PushService::stepFinished, this, [&](const PushStep &step) {
            if (step.deploymentId == QLatin1String("openai-direct") && !step.revert)
                request(network, "PATCH", theirUrl, PushService::updateBody(6));
        });
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("partial"));
        QCOMPARE(steps(outcome),
            QStringLiteral("azure-secondary 2->4 ok | openai-direct unset->3 ok | revert openai-direct 3->0 ok | "
                           "revert azure-secondary 4->2 ok"));
        QVERIFY2(outcome.message.startsWith(
                     QStringLiteral("Someone else changed gpt-4o-mini on %1 during your push: azure-primary 6 (before 8, "
                                    "yours 8).")
                         .arg(base)),
            qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(QLatin1String("undone, so that their change stands alone")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral(
                     "openai-direct had no weight before; LiteLLM's admin API cannot remove a weight, so undoing set "
                     "it to 0.")),
            qPrintable(outcome.message));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 6, azure-secondary 2, openai-direct 0"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("partial"));
        QVERIFY(audit.changedTarget()); // 0 where there was no weight: a state to look at, roll back or fix

        // Taking the weight away cannot be done through the API: the preview says why, and the push refuses.
        WeightPlan removal(kGroup, fetchDeployments(sim.baseUrl()));
        removal.removeWeight(removal.indexOf(QStringLiteral("openai-direct")));
        QCOMPARE(removal.change().removedIds(), QStringList { QStringLiteral("openai-direct") });
        const QString why = QStringLiteral(
            "openai-direct had no weight before; LiteLLM's admin API cannot remove a weight, only set one (0 included)");
        QCOMPARE(service.preview(removal.change()).error, why);
        const PushOutcome refused = run(service, removal.change());
        QCOMPARE(PushOutcome::resultName(refused.result), QStringLiteral("refused"));
        QCOMPARE(refused.message, why + QLatin1Char('.'));
        QCOMPARE(routerWeights(sim), QStringLiteral("azure-primary 6, azure-secondary 2, openai-direct 0"));
    }

    // A PATCH that got no answer in time but was made counts as made once the re-read shows it.
    void writeWithoutAnAnswerIsSettledByTheReread()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim, { QStringLiteral("--admin-delay"), QStringLiteral("2") }), qPrintable(sim.errorString()));
        PushService::Settings settings = routerSettings(sim);
        settings.router.deadlineMs = 700; // the PATCH's answer comes after 2 s: none in time
        settings.router.inactivityTimeoutMs = 700;
        PushService service(settings);
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("azure-primary"), 4 } });

        QSignalSpy progress(&service, &PushService::progress);
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QVERIFY(outcome.verified);
        QCOMPARE(steps(outcome), QStringLiteral("azure-primary 8->4 ok"));
        QCOMPARE(outcome.steps.first().httpStatus, 0); // no answer
        QVERIFY2(outcome.steps.first().error.startsWith(QLatin1String("no answer came, but the re-read shows it was made")),
            qPrintable(outcome.steps.first().error));
        QStringList lines;
        for (const QList<QVariant> &line : std::as_const(progress))
            lines.append(line.first().toString());
        QVERIFY2(lines.contains(QStringLiteral("azure-primary: no answer came to setting 4, but the re-read shows it was made.")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.message,
            QStringLiteral("Pushed 1 weight(s) of gpt-4o-mini to %1. Re-read from the router: azure-primary 4 (new), "
                           "azure-secondary 2 (as before), openai-direct 1 (as before).")
                .arg(sim.baseUrl().toString()));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 4, azure-secondary 2, openai-direct 1"));
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.result, QStringLiteral("applied"));
        QCOMPARE(audit.resulting, outcome.resulting);
    }

    // A second push to the same router on this computer waits for the lock, says so, and gives up in time.
    void secondPushWaitsForTheLockThenGivesUp()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim, { QStringLiteral("--admin-delay"), QStringLiteral("1.5") }), qPrintable(sim.errorString()));
        const QString base = sim.baseUrl().toString();
        PushService::Settings first = routerSettings(sim);
        first.profile = QStringLiteral("first");
        first.lockDirectory = m_dir.filePath(QStringLiteral("locks"));
        PushService::Settings second = first;
        second.profile = QStringLiteral("second");
        second.lockTimeoutSeconds = 0.3;
        PushService a(first);
        PushService b(second);
        WeightPlan planA(kGroup, fetchDeployments(sim.baseUrl()));
        planA.setWeights({ { QStringLiteral("azure-primary"), 4 } });
        WeightPlan planB(kGroup, planA.baseDeployments());
        planB.setWeights({ { QStringLiteral("openai-direct"), 3 } });

        QSignalSpy aFinished(&a, &PushService::finished);
        QSignalSpy bFinished(&b, &PushService::finished);
        QSignalSpy bProgress(&b, &PushService::progress);
        a.push(planA.change());
        // A holds the lock (its file names it) while the router takes 1.5 s to answer A's PATCH.
        const QString lockFile = QDir(first.lockDirectory).filePath(PushLock::fileNameFor(PushTargetKind::Router, base));
        const QString holder = QStringLiteral("routedeck pid %1, user %2, profile first")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(AuditLogWriter::osUser());
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(readFile(lockFile)), holder, 10000);
        b.push(planB.change());
        QVERIFY(bFinished.wait(10000));
        QCOMPARE(aFinished.size(), 0); // B gave up while A was still pushing
        const auto gaveUp = bFinished.first().first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(gaveUp.result), QStringLiteral("failed"));
        QCOMPARE(gaveUp.message,
            QStringLiteral("Another push to the same target is still in progress (%1); try again when it has finished "
                           "(lock file %2). Nothing was pushed.")
                .arg(holder, QDir::toNativeSeparators(lockFile)));
        QVERIFY(gaveUp.steps.isEmpty());
        QCOMPARE(bProgress.size(), 1);
        QCOMPARE(bProgress.first().first().toString(),
            QStringLiteral("Waiting for another push to %1 to finish (%2)…").arg(base, holder));

        QTRY_COMPARE_WITH_TIMEOUT(aFinished.size(), 1, 30000);
        const auto applied = aFinished.first().first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(applied.result), QStringLiteral("applied"));
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 4, azure-secondary 2, openai-direct 1"));
        QCOMPARE(readFile(lockFile), QByteArray()); // released: it names nobody
        // Both are in the audit log: B's attempt, then A's push.
        ++m_audits; // B's attempt
        QCOMPARE(lastAudit().id, applied.auditId);
        const QList<AuditEntry> entries = AuditLogWriter(auditPath()).read().entries;
        const auto attempt
            = std::find_if(entries.cbegin(), entries.cend(), [&gaveUp](const AuditEntry &e) { return e.id == gaveUp.auditId; });
        QVERIFY(attempt != entries.cend());
        QCOMPARE(attempt->result, QStringLiteral("failed"));
        QCOMPARE(attempt->profile, QStringLiteral("second"));
    }

    // Pushes from two computers (no lock in common) never lose a change silently, however they interleave.
    void otherComputersPushesAreDetected()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim, { QStringLiteral("--admin-delay"), QStringLiteral("0.3") }), qPrintable(sim.errorString()));
        PushService::Settings here = routerSettings(sim);
        here.profile = QStringLiteral("here");
        here.lockDirectory = m_dir.filePath(QStringLiteral("locks-here"));
        PushService::Settings there = here;
        there.profile = QStringLiteral("there");
        there.lockDirectory = m_dir.filePath(QStringLiteral("locks-there"));
        there.auditLogPath = m_dir.filePath(QStringLiteral("audit-there.jsonl")); // the other computer's log
        const QList<Deployment> deployments = fetchDeployments(sim.baseUrl());
        WeightPlan planA(kGroup, deployments);
        planA.setWeights({ { QStringLiteral("azure-primary"), 4 }, { QStringLiteral("azure-secondary"), 4 } });
        WeightPlan planB(kGroup, deployments);
        planB.setWeights({ { QStringLiteral("openai-direct"), 3 } });
        const WeightChange changeA = planA.change();
        const WeightChange changeB = planB.change();
        QCOMPARE(changeA.changedIds().size(), 2);

        PushService a(here);
        PushService b(there);
        QSignalSpy aFinished(&a, &PushService::finished);
        QSignalSpy bFinished(&b, &PushService::finished);
        a.push(changeA);
        b.push(changeB);
        QTRY_COMPARE_WITH_TIMEOUT(aFinished.size() + bFinished.size(), 2, 30000);
        const auto outA = aFinished.first().first().value<PushOutcome>();
        const auto outB = bFinished.first().first().value<PushOutcome>();
        const WeightMap router = PushService::groupWeights(fetchDeployments(sim.baseUrl()), kGroup);
        const QString told = QStringLiteral("router: %1\nA %2: %3\nB %4: %5")
                                 .arg(formatWeights(router), PushOutcome::resultName(outA.result), outA.message,
                                     PushOutcome::resultName(outB.result), outB.message);
        qInfo("%s", qPrintable(told));
        for (const PushOutcome *o : { &outA, &outB })
            QVERIFY2(o->result == PushOutcome::Result::Applied || o->result == PushOutcome::Result::Conflict, qPrintable(told));
        const bool aApplied = outA.result == PushOutcome::Result::Applied;
        const bool bApplied = outB.result == PushOutcome::Result::Applied;
        QVERIFY2(!aApplied || !bApplied, qPrintable(told)); // at least one is a conflict
        // The router holds the one applied change, or the base when neither was: nothing half done, nothing lost.
        const WeightMap expected = aApplied ? changeA.afterState() : bApplied ? changeB.afterState() : changeA.before;
        QVERIFY2(sameWeights(router, expected), qPrintable(QStringLiteral("expected %1\n%2").arg(formatWeights(expected), told)));
        for (const PushOutcome *o : { &outA, &outB }) {
            if (o->result == PushOutcome::Result::Applied)
                QVERIFY2(sameWeights(o->resulting, router), qPrintable(told));
        }
        // Each computer's log says how its push ended.
        QCOMPARE(lastAudit().result, PushOutcome::resultName(outA.result));
        const QList<AuditEntry> theirLog = AuditLogWriter(there.auditLogPath).read().entries;
        QVERIFY(!theirLog.isEmpty());
        QCOMPARE(theirLog.last().profile, QStringLiteral("there"));
        QCOMPARE(theirLog.last().result, PushOutcome::resultName(outB.result));
    }

    void unreachableRouterAppliesNothing()
    {
        PushService::Settings settings;
        settings.profile = QStringLiteral("gone");
        settings.router.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        settings.router.deadlineMs = 3000;
        settings.auditLogPath = auditPath();
        PushService service(settings);
        WeightPlan plan(kGroup, LiteLlmConfigCodec::load(kDemoConfig).config.deployments);
        QVERIFY(plan.moveDivider(0, 0.5));
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("failed"));
        QVERIFY2(outcome.message.startsWith(QStringLiteral(
                     "Could not re-read the current weights from http://127.0.0.1:1 before applying: ")),
            qPrintable(outcome.message));
        QVERIFY(outcome.message.endsWith(QStringLiteral(" Nothing was applied.")));
        QVERIFY(outcome.steps.isEmpty());
        QCOMPARE(lastAudit().result, QStringLiteral("failed"));
    }

    void readOnlyRefuses()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        PushService::Settings settings = routerSettings(sim);
        settings.profile = QStringLiteral("prod (read-only)");
        settings.readOnly = true;
        PushService service(settings);
        QCOMPARE(service.refusalReason(),
            QStringLiteral(
                "Profile 'prod (read-only)' is read-only: it cannot push weight changes. Clear its "
                "read-only flag in the connection profiles to push."));
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        QVERIFY(plan.moveDivider(0, 0.5));
        QSignalSpy stepSpy(&service, &PushService::stepFinished);
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("refused"));
        QCOMPARE(outcome.message, service.refusalReason());
        QCOMPARE(stepSpy.size(), 0);
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        const AuditEntry audit = lastAudit(); // the attempt is on record
        QCOMPARE(audit.result, QStringLiteral("refused"));
        QCOMPARE(audit.profile, QStringLiteral("prod (read-only)"));
    }

    void filePushChangesOnlyWeights()
    {
        const QString path = m_dir.filePath(QStringLiteral("config.yaml"));
        QFile::remove(path);
        QVERIFY(QFile::copy(kDemoConfig, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readFile(path);

        PushService::Settings settings;
        settings.profile = QStringLiteral("gitops");
        settings.target = PushTargetKind::File;
        settings.configFile = path;
        settings.auditLogPath = auditPath();
        PushService service(settings);
        QCOMPARE(service.targetDescription(), QStringLiteral("config file %1").arg(path));

        WeightPlan plan(kGroup, LiteLlmConfigCodec::load(path).config.deployments);
        QVERIFY(plan.moveDivider(0, 0.5));
        const PushService::Preview preview = service.preview(plan.change());
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY2(preview.diff.contains(QStringLiteral("-      weight: 8\n+      weight: 5.5\n")),
            qPrintable(preview.diff));
        QVERIFY(preview.diff.contains(QStringLiteral("-      weight: 2\n+      weight: 4.5\n")));
        QCOMPARE(readFile(path), original); // a preview writes nothing

        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QVERIFY(outcome.verified);
        QCOMPARE(outcome.message,
            QStringLiteral("Wrote 2 weight(s) of gpt-4o-mini to %1; read back and verified: azure-primary "
                           "5.5, azure-secondary 4.5, openai-direct 1.")
                .arg(path));
        // Byte for byte the same file but for the two weight values: comments, quoting, order, the
        // simulation section and the line ends all stay.
        const QByteArray written = readFile(path);
        const QList<QByteArray> a = original.split('\n');
        const QList<QByteArray> b = written.split('\n');
        QCOMPARE(b.size(), a.size());
        QStringList differing;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i) != b.at(i))
                differing.append(QString::fromUtf8(a.at(i) + " => " + b.at(i)));
        }
        QCOMPARE(differing,
            QStringList({ QStringLiteral("      weight: 8 =>       weight: 5.5"),
                QStringLiteral("      weight: 2 =>       weight: 4.5") }));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner),
            QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(lastAudit().target, PushTargetKind::File);

        // Someone edits the file (say, a git pull) after our edit started: conflict, file untouched.
        WeightPlan stale(kGroup, LiteLlmConfigCodec::load(path).config.deployments);
        QVERIFY(stale.moveDivider(1, 0.95));
        QByteArray theirs = written;
        theirs.replace("OPENAI_API_KEY\n      weight: 1\n", "OPENAI_API_KEY\n      weight: 2\n");
        QVERIFY(theirs != written);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(theirs);
        }
        const PushOutcome conflict = run(service, stale.change());
        QCOMPARE(PushOutcome::resultName(conflict.result), QStringLiteral("conflict"));
        QCOMPARE(formatWeights(conflict.theirs),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 2"));
        QCOMPARE(readFile(path), theirs);
        QCOMPARE(lastAudit().result, QStringLiteral("conflict"));

        // Read-only refuses files too; an unreadable file says which.
        settings.readOnly = true;
        PushService readOnly(settings);
        QCOMPARE(PushOutcome::resultName(run(readOnly, stale.change()).result), QStringLiteral("refused"));
        QCOMPARE(readFile(path), theirs);
        lastAudit();
        settings.readOnly = false;
        settings.configFile = m_dir.filePath(QStringLiteral("missing.yaml"));
        PushService missing(settings);
        QVERIFY(missing.preview(stale.change())
                    .error.startsWith(QStringLiteral("Cannot read %1: ").arg(settings.configFile)));
        const PushOutcome failed = run(missing, stale.change());
        QCOMPARE(PushOutcome::resultName(failed.result), QStringLiteral("failed"));
        QVERIFY(failed.message.endsWith(QStringLiteral(" Nothing was written.")));
        QVERIFY(!QFile::exists(settings.configFile));
        lastAudit();
    }

    void configModelsGoThroughTheFileAndTheRouterReloadsIt()
    {
        // LiteLLM refuses PATCH on config-file models: the route is the profile's file, then after_write
        // (here the reload signal, as `systemctl reload` sends it), then /model/info shows the weights.
        Test::SimProcess sim;
        QString configPath;
        QVERIFY2(startConfigFileSim(sim, &configPath), qPrintable(sim.errorString()));
        const QList<Deployment> deployments = fetchDeployments(sim.baseUrl());
        QCOMPARE(deployments.first().storage(), Deployment::Storage::ConfigFile);
        const WeightChange change = halfToPrimary(deployments);

        const PushRoute nowhere = PushRoute::choose(change, PushTargetKind::Router, QString(), deployments);
        QVERIFY(!nowhere.ok());
        QVERIFY2(nowhere.error.contains(QStringLiteral("azure-primary, azure-secondary"))
                && nowhere.error.contains(QStringLiteral("Cannot edit config-based model")),
            qPrintable(nowhere.error));
        const PushRoute route = PushRoute::choose(change, PushTargetKind::Router, configPath, deployments);
        QVERIFY2(route.ok(), qPrintable(route.error));
        QCOMPARE(route.target, PushTargetKind::File);
        QCOMPARE(route.configFileModels, QStringList({ QStringLiteral("azure-primary"), QStringLiteral("azure-secondary") }));

        PushService service(configFileSettings(sim, configPath, QStringLiteral("kill -HUP %1").arg(sim.processId())));
        const PushService::Preview preview = service.preview(change, route.target);
        QVERIFY2(preview.diff.contains(QStringLiteral("+      weight: 5.5")), qPrintable(preview.diff));
        QVERIFY2(preview.calls.join(QLatin1Char('\n')).contains(QStringLiteral("Run the profile's after_write command")),
            qPrintable(preview.calls.join(QLatin1Char('\n'))));
        QSignalSpy progress(&service, &PushService::progress);
        const PushOutcome outcome = runTo(service, change, route.target);
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QVERIFY2(outcome.verified, qPrintable(outcome.message));
        QVERIFY(outcome.afterWrite && outcome.afterWrite->ok());
        QCOMPARE(outcome.routerApplied, std::optional<bool>(true));
        QVERIFY2(outcome.message.contains(QStringLiteral("The router reports the new weights.")), qPrintable(outcome.message));
        QVERIFY(progress.size() >= 3); // running, its exit, waiting, reported
        QCOMPARE(routerWeights(sim),
            QStringLiteral("azure-primary 5.5, azure-secondary 4.5, openai-direct 1"));
        const AuditEntry entry = lastAudit();
        QCOMPARE(entry.target, PushTargetKind::File);
        QCOMPARE(entry.location, QDir::toNativeSeparators(configPath));
        QVERIFY(entry.afterWrite && entry.afterWrite->exitCode == 0);
        QCOMPARE(entry.routerApplied, std::optional<bool>(true));
        QVERIFY(sim.log().contains(QStringLiteral("reloaded")));
    }

    void afterWriteFailureAndTimeoutAreToldAndAudited()
    {
        Test::SimProcess sim;
        QString configPath;
        QVERIFY2(startConfigFileSim(sim, &configPath), qPrintable(sim.errorString()));
        const WeightChange change = halfToPrimary(fetchDeployments(sim.baseUrl()));

        // A failing command: the file has the weights, the push says the router may not.
        PushService failing(configFileSettings(sim, configPath,
            QStringLiteral("echo \"rollout refused for $ROUTEDECK_GROUP\"; exit 3")));
        const PushOutcome failed = runTo(failing, change, PushTargetKind::File);
        QCOMPARE(PushOutcome::resultName(failed.result), QStringLiteral("applied"));
        QVERIFY(!failed.verified);
        QCOMPARE(failed.afterWrite->exitCode, 3);
        QCOMPARE(failed.afterWrite->output, QStringLiteral("rollout refused for gpt-4o-mini\n"));
        QVERIFY2(failed.message.contains(QStringLiteral("after_write exited with 3")), qPrintable(failed.message));
        QVERIFY(!failed.routerApplied.has_value());
        QCOMPARE(lastAudit().afterWrite->output, QStringLiteral("rollout refused for gpt-4o-mini\n"));

        // A command that hangs is killed at its timeout, with what it printed.
        QString base = QString::fromUtf8(readFile(configPath));
        PushService::Settings slow = configFileSettings(sim, configPath, QStringLiteral("echo started; sleep 60"));
        slow.afterWriteTimeoutSeconds = 1;
        PushService hanging(slow);
        WeightPlan back(kGroup, LiteLlmConfigCodec::load(configPath).config.deployments);
        back.setWeight(0, 8);
        const PushOutcome timedOut = runTo(hanging, back.change(), PushTargetKind::File);
        QVERIFY(timedOut.afterWrite->timedOut);
        QCOMPARE(timedOut.afterWrite->output, QStringLiteral("started\n"));
        QVERIFY2(timedOut.message.contains(QStringLiteral("timed out after")), qPrintable(timedOut.message));
        QVERIFY(QString::fromUtf8(readFile(configPath)) != base);
        QVERIFY(lastAudit().afterWrite->timedOut);
    }

    void routerThatNeverLoadsTheFileIsToldAtTheApplyTimeout()
    {
        Test::SimProcess sim;
        QString configPath;
        QVERIFY2(startConfigFileSim(sim, &configPath), qPrintable(sim.errorString()));
        const WeightChange change = halfToPrimary(fetchDeployments(sim.baseUrl()));
        PushService::Settings settings = configFileSettings(sim, configPath, QStringLiteral("true"));
        settings.applyTimeoutSeconds = 1;
        PushService service(settings);
        const PushOutcome outcome = runTo(service, change, PushTargetKind::File);
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QCOMPARE(outcome.routerApplied, std::optional<bool>(false));
        QVERIFY(!outcome.verified);
        QVERIFY2(outcome.message.contains(QStringLiteral("the router still reports azure-primary 8, azure-secondary 2, "
                                                         "openai-direct 1 for gpt-4o-mini")),
            qPrintable(outcome.message));
        QCOMPARE(lastAudit().routerApplied, std::optional<bool>(false));
    }

    void cutOffPushIsRecordedByTheNextPush()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        const QString base = sim.baseUrl().toString();
        // A push of 5.5/4.5/1 was cut off after its first PATCH: the router has 5.5/2/1.
        const WeightMap before { { QStringLiteral("azure-primary"), 8.0 }, { QStringLiteral("azure-secondary"), 2.0 },
                                 { QStringLiteral("openai-direct"), 1.0 } };
        WeightMap after = before;
        after[QStringLiteral("azure-primary")] = 5.5;
        after[QStringLiteral("azure-secondary")] = 4.5;
        const AuditEntry cutOff = writeCutOffIntent(base, before, after);
        QNetworkAccessManager network;
        QCOMPARE(request(network, "PATCH", PushService::updateUrl(sim.baseUrl(), QStringLiteral("azure-primary")),
                         PushService::updateBody(5.5))
                     .status,
                 200);

        // The next push, from the weights as they are now, first records how the cut-off one ended.
        PushService service(routerSettings(sim));
        WeightPlan plan(kGroup, fetchDeployments(sim.baseUrl()));
        plan.setWeights({ { QStringLiteral("openai-direct"), 2.0 } });
        const PushOutcome outcome = run(service, plan.change());
        QCOMPARE(outcome.result, PushOutcome::Result::Applied);
        QCOMPARE(outcome.reconciled.size(), 1);
        QVERIFY2(outcome.message.startsWith(QLatin1String("First, an earlier push was found cut off and recorded: The push of "
                                                          "gpt-4o-mini started at ")),
                 qPrintable(outcome.message));
        const QList<AuditEntry> entries = AuditLogWriter(auditPath()).read().entries;
        const auto ended = std::find_if(entries.cbegin(), entries.cend(), [&cutOff](const AuditEntry &e) { return e.resolves == cutOff.id; });
        QVERIFY(ended != entries.cend());
        QCOMPARE(ended->result, QStringLiteral("partial"));
        QCOMPARE(formatWeights(ended->resulting), QStringLiteral("azure-primary 5.5, azure-secondary 2, openai-direct 1"));
        QVERIFY2(ended->error.contains(QLatin1String("by someone was cut off")) && ended->error.contains(QLatin1String("a mixed state")),
                 qPrintable(ended->error));
        ++m_audits; // the reconciling entry
        QCOMPARE(lastAudit().id, outcome.auditId);

        // Once recorded, it is not recorded again.
        PushService later(routerSettings(sim));
        QSignalSpy reconciled(&later, &PushService::reconciled);
        later.reconcile();
        QTest::qWait(300);
        QCOMPARE(reconciled.size(), 0);
    }

    void intentOfALiveProcessIsLeftAlone()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        // Another process on this machine is in the middle of a push: its intent is not touched.
        QProcess pusher;
        pusher.start(QStringLiteral("/bin/sleep"), { QStringLiteral("30") });
        QVERIFY(pusher.waitForStarted());
        const AuditEntry running = writeCutOffIntent(sim.baseUrl().toString(), { { QStringLiteral("azure-primary"), 8.0 } },
                                                     { { QStringLiteral("azure-primary"), 7.0 } }, pusher.processId());
        PushService service(routerSettings(sim));
        QSignalSpy reconciled(&service, &PushService::reconciled);
        service.reconcile();
        QVERIFY(!reconciled.wait(1000));

        // It dies before ending its push: the next reconcile records that nothing of it is in place.
        pusher.kill();
        QVERIFY(pusher.waitForFinished());
        service.reconcile();
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(reconciled.first().first().toStringList().size(), 1);
        QVERIFY2(reconciled.first().first().toStringList().first().contains(QLatin1String("none of it is in place")),
                 qPrintable(reconciled.first().first().toStringList().first()));
        QCOMPARE(lastAudit().resolves, running.id);
    }

    void killedPushIsRecordedAtTheNextStart()
    {
        // routedeckctl pushes three weights to a router that answers each PATCH 1.5 s late, and is killed
        // with SIGKILL as soon as the first weight is in place.
        Test::SimProcess sim;
        QVERIFY2(sim.start(kDemoConfig, { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant"),
                                         QStringLiteral("--models-in-db"), QStringLiteral("--admin-delay"), QStringLiteral("1.5") }),
                 qPrintable(sim.errorString()));
        QProcess ctl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LITELLM_MASTER_KEY"), QString::fromLatin1(kKey));
        ctl.setProcessEnvironment(environment);
        ctl.start(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
                  { QStringLiteral("set-weight"), QStringLiteral("--router"), sim.baseUrl().toString(), kGroup,
                    QStringLiteral("azure-primary=4"), QStringLiteral("azure-secondary=4"), QStringLiteral("openai-direct=3"),
                    QStringLiteral("--yes"), QStringLiteral("--confirm"), kGroup, QStringLiteral("--audit-log"), auditPath() });
        QVERIFY(ctl.waitForStarted());
        QNetworkAccessManager network;
        const QUrl primary = sim.baseUrl().resolved(QUrl(QStringLiteral("/model/info?litellm_model_id=azure-primary")));
        QTRY_VERIFY_WITH_TIMEOUT(request(network, "GET", primary).body.contains(R"("weight":4)"), 20000);
        ::kill(pid_t(ctl.processId()), SIGKILL);
        QVERIFY(ctl.waitForFinished());
        QCOMPARE(ctl.exitStatus(), QProcess::CrashExit);

        // Its intent is in the log, and nothing ended it.
        const QList<AuditEntry> entries = AuditLogWriter(auditPath()).read().entries;
        QVERIFY(!entries.isEmpty());
        const AuditEntry intent = entries.last();
        QVERIFY(intent.isIntent());
        QCOMPARE(intent.tool, QStringLiteral("routedeckctl"));
        QCOMPARE(formatWeights(intent.after), QStringLiteral("azure-primary 4, azure-secondary 4, openai-direct 3"));
        // The intent counts as a push until the entry that ends it takes its place.
        m_audits = int(AuditTrail::withoutResolvedIntents(entries).size()) - 1;

        // The next start (a console connecting) records what the router really holds.
        PushService console(routerSettings(sim));
        QSignalSpy reconciled(&console, &PushService::reconciled);
        console.reconcile();
        QVERIFY(reconciled.wait(10000));
        const AuditEntry ended = lastAudit();
        QCOMPARE(ended.resolves, intent.id);
        QCOMPARE(ended.result, QStringLiteral("partial"));
        QCOMPARE(ended.resulting.value(QStringLiteral("azure-primary")), std::optional<double>(4));
        QCOMPARE(ended.resulting.value(QStringLiteral("openai-direct")), std::optional<double>(1));
        QCOMPARE(ended.resulting, PushService::groupWeights(fetchDeployments(sim.baseUrl()), kGroup));
    }

    void unwritableAuditLogPushesNothing()
    {
        Test::SimProcess sim;
        QVERIFY2(startSim(sim), qPrintable(sim.errorString()));
        PushService::Settings settings = routerSettings(sim);
        settings.auditLogPath = auditPath() + QStringLiteral("/inside-a-file.jsonl"); // audit.jsonl is a file
        QVERIFY(QFile::exists(auditPath()));
        PushService service(settings);
        const QList<Deployment> before = fetchDeployments(sim.baseUrl());
        const PushOutcome outcome = run(service, halfToPrimary(before));
        QCOMPARE(outcome.result, PushOutcome::Result::Failed);
        QVERIFY2(outcome.message.startsWith(QLatin1String("Nothing was pushed: every push is recorded in the audit log before "
                                                          "its first write")),
                 qPrintable(outcome.message));
        QVERIFY(outcome.steps.isEmpty());
        QCOMPARE(PushService::groupWeights(fetchDeployments(sim.baseUrl()), kGroup), PushService::groupWeights(before, kGroup));
    }

    void auditLogSurvivesATruncatedLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash/audit.jsonl"));
        const AuditLogWriter writer(path);
        QVERIFY(writer.read().entries.isEmpty()); // no file yet: an empty log
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.id = AuditLogWriter::newEntryId(entry.time);
        entry.profile = QStringLiteral("sim");
        entry.user = AuditLogWriter::osUser();
        entry.group = kGroup;
        entry.before = { { QStringLiteral("azure-primary"), 8.0 } };
        entry.after = { { QStringLiteral("azure-primary"), 5.5 } };
        entry.result = QStringLiteral("applied");
        QCOMPARE(writer.append(entry), QString());
        AuditEntry second = entry;
        second.id = AuditLogWriter::newEntryId(entry.time);
        QVERIFY(second.id != entry.id);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{6}$"))
                    .match(second.id)
                    .hasMatch());
        QCOMPARE(writer.append(second), QString());
        QCOMPARE(writer.read().entries, QList<AuditEntry>({ entry, second }));

        // A crash in the middle of the third line.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(AuditLogCodec::encode(second).left(40));
        }
        AuditLogReadResult read = writer.read();
        QCOMPARE(read.entries.size(), 2);
        QVERIFY(read.truncatedLastLine);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(read.problems.first().toString().startsWith(
            path + QStringLiteral(":3: warning: the last entry is incomplete")));

        // The next entry starts on a line of its own; the broken line stays reported, nothing else is lost.
        AuditEntry third = entry;
        third.id = AuditLogWriter::newEntryId(entry.time);
        QCOMPARE(writer.append(third), QString());
        read = writer.read();
        QCOMPARE(read.entries, QList<AuditEntry>({ entry, second, third }));
        QVERIFY(!read.truncatedLastLine);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(read.problems.first().toString().startsWith(
            path + QStringLiteral(":3: warning: entry skipped: not valid JSON")));

        // Unwritable location: a message naming the file.
        const AuditLogWriter blocked(path + QStringLiteral("/inside-a-file.jsonl"));
        QVERIFY(blocked.append(entry).contains(path));
    }
};

QTEST_GUILESS_MAIN(TestPushService)
#include "tst_pushservice.moc"
