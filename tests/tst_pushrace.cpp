// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 §2: 1,000 randomized pushes race for one model group of the real routedeck-sim, whose admin
// API answers every write 10 ms late (--admin-delay) so that pushes overlap: three console PushServices
// and two routedeckctl loops on this computer, each re-reading the group and pushing new random weights
// as soon as its last push ended. No push may be lost silently:
// - every push ends applied, conflict or reverted, and every intent in the audit log is resolved;
// - the applied pushes form a chain: each started from the weights the previous applied one left (a push
//   that overwrote another's change without seeing it would break the chain);
// - the router's final weights are those of the last applied push.
#include "auditlogwriter.h"
#include "pushservice.h"
#include "routerclient.h"
#include "simprocess.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;

namespace {
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");
const QString kGroup = QStringLiteral("gpt-4o-mini");
const QString kKeyVariable = QStringLiteral("ROUTEDECK_RACE_MASTER_KEY");
constexpr int kPushes = 1000;
constexpr int kConsolePushers = 3;
constexpr int kCtlPushers = 2;

// New weights for 1 to 3 deployments of the group, each different from what it has now.
WeightMap randomWeights(QRandomGenerator &random, const WeightMap &current)
{
    WeightMap weights;
    const QStringList ids = current.keys();
    const int count = 1 + int(random.bounded(quint32(ids.size())));
    for (int i = 0; i < count; ++i) {
        const QString &id = ids.at(int(random.bounded(quint32(ids.size()))));
        double weight = 0;
        do
            weight = 1 + random.bounded(9);
        while (sameWeight(weight, current.value(id)));
        weights.insert(id, weight);
    }
    return weights;
}
} // namespace

class TestPushRace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::SimProcess m_sim;
    QRandomGenerator m_random;
    int m_started = 0; // pushes begun (a routedeckctl run that found nothing to change is taken back)
    int m_running = 0; // pushers still going
    QHash<QString, int> m_consoleResults;
    int m_ctlPushes = 0;
    int m_ctlNoPush = 0; // runs that found nothing to change (the random weights were already there)
    QStringList m_failures;

    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }

    RouterEndpointConfig routerConfig() const
    {
        RouterEndpointConfig config;
        config.baseUrl = m_sim.baseUrl();
        config.masterKey = QString::fromLatin1(Test::SimProcess::kDemoMasterKey);
        return config;
    }

    bool wantsMore() const { return m_started < kPushes; }

    // A console pusher: re-read the group, push random weights from it, again until enough were started.
    void startConsolePusher(int index)
    {
        PushService::Settings settings;
        settings.profile = QStringLiteral("console-%1").arg(index);
        settings.router = routerConfig();
        settings.auditLogPath = auditPath();
        settings.lockDirectory = QString(); // the default, which routedeckctl finds too (by the user's id)
        auto *service = new PushService(settings, this);
        auto *client = new RouterClient(routerConfig(), service);
        ++m_running;
        connect(client, &RouterClient::deploymentsFetched, service, [this, service](quint64, const RouterDeploymentsReply &reply) {
            if (!reply.ok) {
                m_failures.append(QStringLiteral("console re-read failed: ") + reply.errorString);
                --m_running;
                return;
            }
            WeightChange change;
            change.group = kGroup;
            change.before = PushService::groupWeights(reply.deployments, kGroup);
            change.ids = change.before.keys();
            change.after = randomWeights(m_random, change.before);
            ++m_started;
            service->push(change);
        });
        connect(service, &PushService::finished, service, [this, client](const PushOutcome &outcome) {
            ++m_consoleResults[PushOutcome::resultName(outcome.result)];
            if (outcome.result != PushOutcome::Result::Applied && outcome.result != PushOutcome::Result::Conflict
                && outcome.result != PushOutcome::Result::Reverted)
                m_failures.append(QStringLiteral("console push ended %1: %2")
                                      .arg(PushOutcome::resultName(outcome.result), outcome.message));
            if (wantsMore())
                client->fetchDeployments();
            else
                --m_running;
        });
        client->fetchDeployments();
    }

    // A routedeckctl pusher: `set-weight --yes` with random weights, again until enough were started.
    void startCtlPusher()
    {
        auto *ctl = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(kKeyVariable, QString::fromLatin1(Test::SimProcess::kDemoMasterKey));
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR")); // the lock folder does not depend on it
        ctl->setProcessEnvironment(environment);
        ctl->setProcessChannelMode(QProcess::MergedChannels);
        ++m_running;
        connect(ctl, &QProcess::finished, this, [this, ctl](int exitCode, QProcess::ExitStatus status) {
            const QString output = QString::fromUtf8(ctl->readAll());
            if (output.contains(QLatin1String("No weight changes"))) {
                ++m_ctlNoPush;
                --m_started; // not a push
            }
            else if (status == QProcess::NormalExit && output.contains(QLatin1String("Audit log: ")))
                ++m_ctlPushes;
            else
                m_failures.append(QStringLiteral("routedeckctl ended %1 without a push:\n%2").arg(exitCode).arg(output.right(2000)));
            if (wantsMore() && m_failures.size() < 5)
                runCtl(ctl);
            else
                --m_running;
        });
        runCtl(ctl);
    }

    void runCtl(QProcess *ctl)
    {
        // The weights routedeckctl sets are random; it reads the base itself, so they may equal it.
        WeightMap guess { { QStringLiteral("azure-primary"), 0.0 }, { QStringLiteral("azure-secondary"), 0.0 },
            { QStringLiteral("openai-direct"), 0.0 } };
        QStringList arguments { QStringLiteral("set-weight"), QStringLiteral("--router"), m_sim.baseUrl().toString(),
            QStringLiteral("--router-key-env"), kKeyVariable, kGroup };
        const WeightMap weights = randomWeights(m_random, guess);
        for (auto it = weights.cbegin(); it != weights.cend(); ++it)
            arguments.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value().value_or(0)));
        arguments << QStringLiteral("--yes") << QStringLiteral("--confirm") << kGroup << QStringLiteral("--audit-log")
                  << auditPath() << QStringLiteral("--timeout") << QStringLiteral("30");
        ++m_started;
        ctl->start(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"), arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(kDemoConfig,
                     { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant"),
                         QStringLiteral("--models-in-db"), QStringLiteral("--admin-delay"), QStringLiteral("0.01") }),
            qPrintable(m_sim.errorString()));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        m_random.seed(seed);
    }

    void thousandRacingPushesLoseNothing()
    {
        const WeightMap initial { { QStringLiteral("azure-primary"), 8.0 }, { QStringLiteral("azure-secondary"), 2.0 },
            { QStringLiteral("openai-direct"), 1.0 } };
        for (int i = 0; i < kConsolePushers; ++i)
            startConsolePusher(i);
        for (int i = 0; i < kCtlPushers; ++i)
            startCtlPusher();
        QTRY_VERIFY_WITH_TIMEOUT(m_running == 0, 480000);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));

        // The audit log, as the pushes wrote it: each outcome was appended while its push held the lock,
        // so the log's order is the order the pushes happened in.
        const AuditLogReadResult log = AuditLogWriter(auditPath()).read();
        QVERIFY(log.problems.isEmpty());
        QSet<QString> intents;
        QSet<QString> resolved;
        QList<AuditEntry> outcomes;
        for (const AuditEntry &entry : log.entries) {
            if (entry.isIntent()) {
                intents.insert(entry.id);
            } else {
                outcomes.append(entry);
                resolved.insert(entry.resolves);
            }
        }
        int consolePushes = 0;
        for (int n : std::as_const(m_consoleResults))
            consolePushes += n;
        QCOMPARE(outcomes.size(), consolePushes + m_ctlPushes);
        QVERIFY2(outcomes.size() >= kPushes, qPrintable(QString::number(outcomes.size())));
        QVERIFY2(intents.subtract(resolved).isEmpty(), "an intent was never resolved");

        QHash<QString, int> results;
        WeightMap state = initial;
        int applied = 0;
        int silentLosses = 0;
        for (const AuditEntry &entry : std::as_const(outcomes)) {
            ++results[entry.result];
            QVERIFY2(entry.result == QLatin1String("applied") || entry.result == QLatin1String("conflict")
                    || entry.result == QLatin1String("reverted"),
                qPrintable(entry.result + QStringLiteral(": ") + entry.error));
            if (entry.result != QLatin1String("applied"))
                continue;
            ++applied;
            if (!sameWeights(entry.before, state)) {
                ++silentLosses;
                qWarning("push %s started from %s, but the last applied push left %s", qPrintable(entry.id),
                    qPrintable(formatWeights(entry.before)), qPrintable(formatWeights(state)));
            }
            QVERIFY2(sameWeights(entry.resulting, entry.after),
                qPrintable(QStringLiteral("%1 applied %2 but re-read %3")
                               .arg(entry.id, formatWeights(entry.after), formatWeights(entry.resulting))));
            state = entry.after;
        }
        RouterClient client(routerConfig());
        QSignalSpy fetched(&client, &RouterClient::deploymentsFetched);
        client.fetchDeployments();
        QVERIFY(fetched.wait(10000));
        const auto reply = fetched.first().at(1).value<RouterDeploymentsReply>();
        QVERIFY2(reply.ok, qPrintable(reply.errorString));
        const WeightMap final = PushService::groupWeights(reply.deployments, kGroup);
        qInfo("%d pushes (console %d, routedeckctl %d; %d routedeckctl runs found nothing to change): "
              "%d applied, %d conflict, %d reverted; %d silent losses; final %s",
            int(outcomes.size()), consolePushes, m_ctlPushes, m_ctlNoPush, applied, results.value(QStringLiteral("conflict")),
            results.value(QStringLiteral("reverted")), silentLosses, qPrintable(formatWeights(final)));
        QCOMPARE(silentLosses, 0);
        QVERIFY2(applied > 0, "no push was applied: the race proves nothing");
        QCOMPARE(formatWeights(final), formatWeights(state));
    }
};

QTEST_GUILESS_MAIN(TestPushRace)
#include "tst_pushrace.moc"
