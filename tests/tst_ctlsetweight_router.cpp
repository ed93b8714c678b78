// SPDX-License-Identifier: GPL-3.0-or-later
// `routedeckctl set-weight --router URL ...` end to end against the real routedeck-sim: a dry run by
// default, --yes to push, --confirm GROUP for a risky change, the same refusals as the console, the
// audit log, and read-only profiles.
#include "auditlogwriter.h"
#include "audittrail.h"
#include "simprocess.h"
#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RouteDeck;

namespace {
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

using Run = Test::ToolRun;
} // namespace

class TestCtlSetWeightRouter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::SimProcess m_sim;

    QString auditPath() const { return m_dir.filePath(QStringLiteral("data/RouteDeck/audit.jsonl")); }

    Run ctl(const QStringList &arguments)
    {
        Test::ToolEnvironment environment;
        environment.set = { { QStringLiteral("LITELLM_MASTER_KEY"), QStringLiteral("sk-routedeck-demo") },
            { QStringLiteral("SIM_KEY"), QStringLiteral("sk-routedeck-demo") },
            { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")) },
            { QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")) } };
        environment.unset = { QStringLiteral("ROUTEDECK_AUDIT_LOG") };
        return Test::runTool(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
            QStringList { QStringLiteral("set-weight"), QStringLiteral("--router"), m_sim.baseUrl().toString() } + arguments,
            environment, 60000);
    }

    QString weights()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_sim.baseUrl().resolved(QUrl(QStringLiteral("/model/info"))));
        request.setRawHeader("Authorization", "Bearer sk-routedeck-demo");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        const QJsonArray data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
        QStringList parts;
        for (const char *id : { "azure-primary", "azure-secondary", "openai-direct" }) {
            for (const QJsonValue &entry : data) {
                const QJsonObject object = entry.toObject();
                if (object.value(QStringLiteral("model_info"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                    == QLatin1String(id))
                    parts.append(QString::number(object.value(QStringLiteral("litellm_params"))
                                                     .toObject()
                                                     .value(QStringLiteral("weight"))
                                                     .toDouble()));
            }
        }
        return parts.join(QLatin1Char('/'));
    }

    // One entry per push: a push's intent, once its outcome resolves it, is not counted.
    AuditLogReadResult audit() const
    {
        AuditLogReadResult log = AuditLogWriter(auditPath()).read();
        log.entries = AuditTrail::withoutResolvedIntents(log.entries);
        return log;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // Database models, which the admin API updates (the config-file case has its own test).
        QVERIFY2(m_sim.start(kDemoConfig,
                     { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant"),
                         QStringLiteral("--models-in-db") }),
            qPrintable(m_sim.errorString()));
        QCOMPARE(weights(), QStringLiteral("8/2/1"));
    }

    void cleanup()
    {
        m_sim.stop();
        QFile::remove(auditPath());
    }

    void dryRunByDefault()
    {
        const Run run = ctl({ QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary=5.5"),
            QStringLiteral("azure-secondary=4.5") });
        QCOMPARE(run.exitCode, 0);
        const QString base = m_sim.baseUrl().toString();
        QVERIFY2(run.out.startsWith(QStringLiteral(
                     "Router %1, group gpt-4o-mini (weights read just now)\n\n"
                     "DEPLOYMENT       WEIGHT  SHARE %      WEIGHT  SHARE %  EFF %  REQ/S NOW  REQ/S AFTER\n"
                     "azure-primary         8     72.7  ->     5.5     50.0   50.0          -            -\n"
                     "azure-secondary       2     18.2  ->     4.5     40.9   40.9          -            -\n"
                     "openai-direct         1      9.1  ->       1      9.1    9.1          -            -\n")
                                        .arg(base)),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("warning: azure-primary's share moves \u221222.7 pp (from "
                                                "72.7 % to 50.0 %), more than 20 pp\n")));
        QVERIFY(run.out.contains(QStringLiteral("Traffic unknown (no --prometheus)")));
        QVERIFY2(run.out.contains(QStringLiteral(
                     "What --yes does, in this order:\n"
                     "  1. GET %1/v2/model/info — re-read the weights; stop if they differ from the base\n"
                     "  2. GET %1/v2/model/info — re-read: stop if anyone else changed the group\n"
                     "  3. PATCH %1/model/azure-primary/update {\"litellm_params\":{\"weight\":5.5}}\n"
                     "  4. GET %1/v2/model/info — re-read: stop if anyone else changed the group\n"
                     "  5. PATCH %1/model/azure-secondary/update {\"litellm_params\":{\"weight\":4.5}}\n"
                     "  6. GET %1/v2/model/info — re-read the weights to verify\n")
                                      .arg(base)),
            qPrintable(run.out));
        QVERIFY(run.out.endsWith(QStringLiteral("Dry run: nothing was changed. Add --yes to push (and "
                                                "--confirm gpt-4o-mini: the change is risky).\n")));
        QCOMPARE(weights(), QStringLiteral("8/2/1"));
        QVERIFY(!QFile::exists(auditPath())); // a dry run is not a change
    }

    void riskyNeedsConfirmation()
    {
        const QStringList change { QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary=5.5"),
            QStringLiteral("azure-secondary=4.5"), QStringLiteral("--yes") };
        const Run refused = ctl(change);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("this change is risky (see the warnings above); repeat "
                                                     "with --confirm gpt-4o-mini to push it")),
            qPrintable(refused.err));
        QCOMPARE(
            ctl(change + QStringList { QStringLiteral("--confirm"), QStringLiteral("gpt-4o") }).exitCode, 1);
        QCOMPARE(weights(), QStringLiteral("8/2/1"));

        const Run pushed
            = ctl(change + QStringList { QStringLiteral("--confirm"), QStringLiteral("gpt-4o-mini") });
        QCOMPARE(pushed.exitCode, 0);
        QVERIFY2(pushed.out.contains(
                     QStringLiteral("Pushing…\n  ok    azure-primary -> 5.5\n  ok    azure-secondary -> "
                                    "4.5\nPushed 2 weight(s) of gpt-4o-mini to ")),
            qPrintable(pushed.out));
        QVERIFY(pushed.out.contains(QStringLiteral(
            "azure-primary 5.5 (new), azure-secondary 4.5 (new), openai-direct 1 (as before).")));
        QCOMPARE(weights(), QStringLiteral("5.5/4.5/1"));

        // One audit entry, in the user's data directory, by routedeckctl.
        const AuditLogReadResult log = audit();
        QCOMPARE(log.entries.size(), 1);
        const QList<AuditEntry> raw = AuditLogWriter(auditPath()).read().entries;
        QCOMPARE(raw.size(), 2); // written before the first PATCH, and resolved by the outcome
        QVERIFY(raw.first().isIntent());
        QCOMPARE(log.entries.first().resolves, raw.first().id);
        QVERIFY2(pushed.out.contains(
                     QStringLiteral("Audit log: %1 (entry %2)").arg(auditPath(), log.entries.first().id)),
            qPrintable(pushed.out));
        QCOMPARE(log.entries.first().tool, QStringLiteral("routedeckctl"));
        QCOMPARE(log.entries.first().result, QStringLiteral("applied"));
        QCOMPARE(log.entries.first().location, m_sim.baseUrl().toString());
        QCOMPARE(formatWeights(log.entries.first().before),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));

        // A small change needs no confirmation.
        const Run small = ctl(
            { QStringLiteral("gpt-4o-mini"), QStringLiteral("openai-direct=2"), QStringLiteral("--yes") });
        QCOMPARE(small.exitCode, 0);
        QCOMPARE(weights(), QStringLiteral("5.5/4.5/2"));
        QCOMPARE(audit().entries.size(), 2);
        // Nothing to change: nothing pushed, nothing logged.
        const Run same = ctl(
            { QStringLiteral("gpt-4o-mini"), QStringLiteral("openai-direct=2"), QStringLiteral("--yes") });
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.endsWith(QStringLiteral("No weight changes: the router is left as it is.\n")));
        QCOMPARE(audit().entries.size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("all zero") << QStringList { QStringLiteral("gpt-4o-mini"),
            QStringLiteral("azure-primary=0"), QStringLiteral("azure-secondary=0"),
            QStringLiteral("openai-direct=0"), QStringLiteral("--yes") }
                                  << 1 << "refused: the change breaks a guardrail; nothing was changed";
        QTest::addRow("negative") << QStringList { QStringLiteral("gpt-4o-mini"),
            QStringLiteral("azure-primary=-1"), QStringLiteral("--yes") }
                                  << 1 << "refused: the change breaks a guardrail";
        QTest::addRow("unknown deployment")
            << QStringList { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o-azure=2") } << 1
            << "'gpt-4o-azure' is not a deployment of 'gpt-4o-mini' (deployments: azure-primary, "
               "azure-secondary, openai-direct)";
        QTest::addRow("unknown group") << QStringList { QStringLiteral("gpt-5"), QStringLiteral("a=1") } << 1
                                       << "no model group 'gpt-5' on";
        QTest::addRow("not ID=W") << QStringList { QStringLiteral("gpt-4o-mini"),
            QStringLiteral("azure-primary") }
                                  << 2 << "'azure-primary' is not ID=WEIGHT";
        QTest::addRow("--write") << QStringList {
            QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary=1"), QStringLiteral("--write")
        } << 2 << "--write is for config files; with --router, --yes pushes the change";
        QTest::addRow("no assignment") << QStringList { QStringLiteral("gpt-4o-mini") } << 2
                                       << "set-weight --router needs GROUP ID=WEIGHT";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        const Run run = ctl(arguments);
        QTEST(run.exitCode, "exitCode");
        QFETCH(QString, message);
        QVERIFY2(run.err.contains(message) || run.out.contains(message), qPrintable(run.out + run.err));
        QCOMPARE(weights(), QStringLiteral("8/2/1"));
        QVERIFY(!QFile::exists(auditPath()));
    }

    void configFileModelsAreNotPatched()
    {
        // LiteLLM answers 400 to a PATCH of a config-file model: without a profile's config file the CLI
        // refuses before any call, naming the models and what to do.
        m_sim.stop();
        QVERIFY2(m_sim.start(kDemoConfig, { QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--instant") }),
            qPrintable(m_sim.errorString()));
        const Run run = ctl({ QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary=5.5"),
            QStringLiteral("azure-secondary=4.5"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
            QStringLiteral("gpt-4o-mini") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused: The router keeps azure-primary, azure-secondary in its "
                                                 "config file")),
            qPrintable(run.err));
        QCOMPARE(weights(), QStringLiteral("8/2/1"));
        QVERIFY(!QFile::exists(auditPath()));
    }

    void negativeWeightIsNamed()
    {
        const Run run = ctl({ QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary=-1") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral(
                     "refused: azure-primary: weight -1 is negative; weights are numbers of 0 or more\n")),
            qPrintable(run.out));
    }

    void readOnlyProfileRefuses()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/RouteDeck"))));
        QFile profiles(m_dir.filePath(QStringLiteral("config/RouteDeck/profiles.yaml")));
        QVERIFY(profiles.open(QIODevice::WriteOnly));
        profiles.write(
            QStringLiteral("profiles:\n  - name: prod\n    router_url: %1\n    router_key_env: SIM_KEY\n"
                           "    prometheus_url: http://127.0.0.1:1\n    read_only: true\n")
                .arg(m_sim.baseUrl().toString())
                .toUtf8());
        profiles.close();
        const Run run = ctl({ QStringLiteral("--profile"), QStringLiteral("prod"),
            QStringLiteral("gpt-4o-mini"), QStringLiteral("openai-direct=2"), QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(QStringLiteral("Profile 'prod' is read-only: it cannot push weight changes.")),
            qPrintable(run.out + run.err));
        QCOMPARE(weights(), QStringLiteral("8/2/1"));
        const AuditLogReadResult log = audit();
        QCOMPARE(log.entries.size(), 1);
        QCOMPARE(log.entries.first().result, QStringLiteral("refused"));
        QCOMPARE(log.entries.first().profile, QStringLiteral("prod"));
    }

    void unreachable()
    {
        const QString url = m_sim.baseUrl().toString();
        m_sim.stop();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROUTEDECK_AUDIT_LOG"), auditPath());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"),
            { QStringLiteral("set-weight"), QStringLiteral("--router"), url, QStringLiteral("gpt-4o-mini"),
                QStringLiteral("azure-primary=1"), QStringLiteral("--yes"), QStringLiteral("--timeout"),
                QStringLiteral("5") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().startsWith("routedeckctl: "));
        QVERIFY(!QFile::exists(auditPath()));
    }

    void prometheusDownSkipsTrafficChecks()
    {
        const Run run = ctl({ QStringLiteral("gpt-4o-mini"), QStringLiteral("openai-direct=2"),
            QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--timeout"),
            QStringLiteral("5") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("warning: no traffic from http://127.0.0.1:1")),
            qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Dry run: nothing was changed. Add --yes to push.\n")));
    }
};

QTEST_GUILESS_MAIN(TestCtlSetWeightRouter)
#include "tst_ctlsetweight_router.moc"
