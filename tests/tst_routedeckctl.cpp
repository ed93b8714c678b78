// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real routedeckctl executable, as a runbook would.
#include "support/toolrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = RouteDeck::Test::ToolRun;

// The user's own profiles and audit log are never read or written: each run gets this home.
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}

Run routedeckctl(const QStringList &arguments)
{
    RouteDeck::Test::ToolEnvironment environment;
    environment.set.insert(QStringLiteral("XDG_CONFIG_HOME"), home().filePath(QStringLiteral("config")));
    environment.set.insert(QStringLiteral("XDG_DATA_HOME"), home().filePath(QStringLiteral("data")));
    environment.unset.append(QStringLiteral("ROUTEDECK_AUDIT_LOG"));
    return RouteDeck::Test::runTool(QStringLiteral(ROUTEDECK_BINARY_DIR "/app/routedeckctl"), arguments, environment, 30000);
}

QString defaultAuditLog()
{
    return home().filePath(QStringLiteral("data/RouteDeck/audit.jsonl"));
}

const QString kExample = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/examples/config.yaml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestRouteDeckCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showPrintsTheSplit()
    {
        const Run run = routedeckctl({ QStringLiteral("show"), kExample });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("GROUP        DEPLOYMENT       PROVIDER  WEIGHT  SHARE %  ORDER\n"
                                         "gpt-4o-mini  azure-primary    azure          8     72.7\n"
                                         "gpt-4o-mini  azure-secondary  azure          2     18.2\n"
                                         "gpt-4o-mini  openai-direct    openai         1      9.1\n"
                                         "gpt-4o       gpt-4o-azure     azure          3     75.0\n"
                                         "gpt-4o       gpt-4o-openai    openai         1     25.0\n"));
    }

    void showPrintsWhatItCouldReadOfABrokenFile()
    {
        const Run run = routedeckctl({ QStringLiteral("show"), QStringLiteral(ROUTEDECK_TEST_DATA "/configs/hostile.yaml") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("zero         ")) && run.out.contains(QLatin1String("GROUP")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("hostile.yaml:3:46: error: weight of deployment 'dup' is -1")),
                 qPrintable(run.err));
        const Run unreadable = routedeckctl({ QStringLiteral("show"), QStringLiteral(ROUTEDECK_TEST_DATA "/configs/nope.yaml") });
        QCOMPARE(unreadable.exitCode, 1);
        QCOMPARE(unreadable.out, QString());
        QVERIFY(unreadable.err.contains(QLatin1String("cannot open file")));
    }

    void showJsonForOneGroup()
    {
        const Run run = routedeckctl({ QStringLiteral("show"), kExample, QStringLiteral("--json"), QStringLiteral("--group"),
                                       QStringLiteral("gpt-4o-mini") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("\"sharePercent\": 72.7")));
        QVERIFY(run.out.contains(QLatin1String("\"sharePercent\": 18.2")));
        QVERIFY(run.out.contains(QLatin1String("\"sharePercent\": 9.1")));
        QVERIFY(!run.out.contains(QLatin1String("gpt-4o-openai")));
        QVERIFY(!run.out.contains(QLatin1String("AZURE_PRIMARY_API_KEY")));
        const Run missing = routedeckctl({ QStringLiteral("show"), kExample, QStringLiteral("--group"), QStringLiteral("nope") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no model group 'nope'")));
    }

    void validate()
    {
        const Run clean = routedeckctl({ QStringLiteral("validate"), kExample });
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains(QLatin1String("OK, 5 deployment(s) in 2 group(s)")));
        QVERIFY(clean.err.contains(QLatin1String("note: model_list[0].litellm_params.api_key is read from environment variable AZURE_PRIMARY_API_KEY")));

        const Run hostile = routedeckctl({ QStringLiteral("validate"), QStringLiteral(ROUTEDECK_TEST_DATA "/configs/hostile.yaml") });
        QCOMPARE(hostile.exitCode, 1);
        QVERIFY(hostile.err.contains(QLatin1String("hostile.yaml:3:46: error: weight of deployment 'dup' is -1")));
        QVERIFY(hostile.out.contains(QLatin1String("6 error(s), 1 warning(s)")));

        const Run broken = routedeckctl({ QStringLiteral("validate"), QStringLiteral(ROUTEDECK_TEST_DATA "/configs/broken.yaml") });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.err.contains(QLatin1String("broken.yaml:6:15: error: YAML syntax error")));

        QCOMPARE(routedeckctl({ QStringLiteral("validate") }).exitCode, 2);
        QCOMPARE(routedeckctl({ QStringLiteral("frobnicate") }).exitCode, 2);
    }

    void setWeightDryRunAndWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(QFile::copy(kExample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readFile(path);

        const Run dry = routedeckctl({ QStringLiteral("set-weight"), path, QStringLiteral("gpt-4o-mini"),
                                       QStringLiteral("azure-primary=5"), QStringLiteral("openai-direct=3") });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QLatin1String("-      weight: 8\n+      weight: 5\n")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("-      weight: 1\n+      weight: 3\n")));
        QVERIFY(dry.out.contains(QLatin1String("Dry run: nothing was written")));
        QVERIFY(dry.out.contains(QLatin1String("azure-primary         8     72.7  ->       5     50.0")));
        QCOMPARE(readFile(path), original);
        // The guardrails of a push to a router and of the GUI: azure-primary's share moves 22.7 points.
        QVERIFY2(dry.out.contains(QStringLiteral("warning: azure-primary's share moves −22.7 pp (from 72.7 % to 50.0 %), more than 20 pp")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QLatin1String("(and --confirm gpt-4o-mini: the change is risky)")));
        const Run unconfirmed = routedeckctl({ QStringLiteral("set-weight"), path, QStringLiteral("gpt-4o-mini"),
                                               QStringLiteral("azure-primary=5"), QStringLiteral("openai-direct=3"),
                                               QStringLiteral("--write") });
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(unconfirmed.err.contains(QLatin1String("this change is risky")), qPrintable(unconfirmed.err));
        QCOMPARE(readFile(path), original);

        const Run write = routedeckctl({ QStringLiteral("set-weight"), path, QStringLiteral("gpt-4o-mini"),
                                         QStringLiteral("azure-primary=5"), QStringLiteral("openai-direct=3"),
                                         QStringLiteral("--write"), QStringLiteral("--confirm"), QStringLiteral("gpt-4o-mini") });
        QCOMPARE(write.exitCode, 0);
        const QByteArray written = readFile(path);
        QByteArray expected = original;
        expected.replace("      weight: 8\n      rpm: 6000", "      weight: 5\n      rpm: 6000");
        expected.replace("OPENAI_API_KEY\n      weight: 1\n    model_info:\n      id: openai-direct",
                         "OPENAI_API_KEY\n      weight: 3\n    model_info:\n      id: openai-direct");
        QCOMPARE(written, expected);
        const Run show = routedeckctl({ QStringLiteral("show"), path, QStringLiteral("--group"), QStringLiteral("gpt-4o-mini") });
        QVERIFY(show.out.contains(QLatin1String("azure-primary    azure          5     50.0")));
        // Written through the audit log, as a push from the console: its intent first, then the outcome.
        QVERIFY2(write.out.contains(QStringLiteral("Audit log: %1 (entry ").arg(defaultAuditLog())), qPrintable(write.out));
        const QList<QByteArray> lines = readFile(defaultAuditLog()).split('\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY2(lines.at(lines.size() - 3).contains(R"("result":"pending")"), lines.at(lines.size() - 3).constData());
        QVERIFY(lines.at(lines.size() - 2).contains(R"("result":"applied")"));
        QVERIFY(lines.at(lines.size() - 2).contains(R"("tool":"routedeckctl")"));
        QVERIFY(lines.at(lines.size() - 2).contains("\"resolves\":\""));
    }

    void setWeightRefusedWhereAProfileIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(QFile::copy(kExample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readFile(path);
        QVERIFY(QDir().mkpath(home().filePath(QStringLiteral("config/RouteDeck"))));
        {
            QFile profiles(home().filePath(QStringLiteral("config/RouteDeck/profiles.yaml")));
            QVERIFY(profiles.open(QIODevice::WriteOnly));
            profiles.write("profiles:\n  - name: prod-file\n    router_url: http://127.0.0.1:1\n    prometheus_url: "
                           "http://127.0.0.1:2\n    read_only: true\n    push_target: file\n    config_file: \""
                           + dir.filePath(QStringLiteral("./config.yaml")).toUtf8() + "\"\n");
        }
        const QString audit = dir.filePath(QStringLiteral("audit.jsonl"));
        const Run write = routedeckctl({ QStringLiteral("set-weight"), path, QStringLiteral("gpt-4o-mini"),
                                         QStringLiteral("openai-direct=2"), QStringLiteral("--write"), QStringLiteral("--audit-log"),
                                         audit });
        QFile::remove(home().filePath(QStringLiteral("config/RouteDeck/profiles.yaml")));
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(QLatin1String("read-only")), qPrintable(write.err));
        QCOMPARE(readFile(path), original);
        QVERIFY2(readFile(audit).contains(R"("result":"refused")"), readFile(audit).constData());
        QVERIFY(readFile(audit).contains(R"("profile":"prod-file")"));
    }

    void setWeightRefusals_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("negative") << QStringList { QStringLiteral("azure-primary=-1") } << 2
                                  << QStringLiteral("'azure-primary=-1' is not ID=WEIGHT with a weight of 0 or more");
        QTest::addRow("not a number") << QStringList { QStringLiteral("azure-primary=many") } << 2
                                      << QStringLiteral("'azure-primary=many' is not ID=WEIGHT");
        QTest::addRow("unknown id") << QStringList { QStringLiteral("gpt-4o-azure=1") } << 1
                                    << QStringLiteral("'gpt-4o-azure' is not a deployment of 'gpt-4o-mini'");
        QTest::addRow("all zero") << QStringList { QStringLiteral("azure-primary=0"), QStringLiteral("azure-secondary=0"),
                                                   QStringLiteral("openai-direct=0") }
                                  << 1 << QStringLiteral("has weight 0, so LiteLLM's weighted pick fails");
    }

    void setWeightRefusals()
    {
        QFETCH(QStringList, assignments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QVERIFY(QFile::copy(kExample, path));
        const QByteArray original = readFile(path);
        const Run run = routedeckctl(QStringList { QStringLiteral("set-weight"), path, QStringLiteral("gpt-4o-mini") }
                                     + assignments + QStringList { QStringLiteral("--write") });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(readFile(path), original);
    }
};

QTEST_GUILESS_MAIN(TestRouteDeckCtl)
#include "tst_routedeckctl.moc"
