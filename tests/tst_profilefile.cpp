// SPDX-License-Identifier: GPL-3.0-or-later
// The profiles file is edited in place: a Connect dialog's save touches only the keys that changed.
#include "profilefileeditor.h"

#include <QFile>
#include <QTest>

using namespace RouteDeck;

class TestProfileFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray commented()
    {
        QFile file(QStringLiteral(ROUTEDECK_TEST_DATA "/profiles/commented.yaml"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QList<ConnectionProfile> parsed(const QByteArray &text)
    {
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        for (const Problem &problem : std::as_const(problems))
            qWarning() << problem.toString();
        return profiles;
    }
    static ConnectionProfile profile(const QByteArray &text, const QString &name)
    {
        const QList<ConnectionProfile> profiles = parsed(text);
        const ConnectionProfile *p = ConnectionProfiles::find(profiles, name);
        return p ? *p : ConnectionProfile();
    }

private Q_SLOTS:
    void oneChangedValueChangesOneLine()
    {
        const QByteArray before = commented();
        QVERIFY(!before.isEmpty());
        ConnectionProfile staging = profile(before, QStringLiteral("staging"));
        staging.readOnly = true;
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(before, QStringLiteral("staging"), staging);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.rewritten);
        QByteArray expected = before;
        expected.replace("    read_only: false\n", "    read_only: true\n");
        QCOMPARE(result.text, expected);
    }

    void editKeepsCommentsUnknownKeysAndOtherProfiles()
    {
        const QByteArray before = commented();
        ConnectionProfile prod = profile(before, QStringLiteral("prod-eu"));
        prod.name = QStringLiteral("prod-eu-1");
        prod.scrapeIntervalSeconds = 15;
        prod.tracesUrl = QStringLiteral("https://tempo.example.com/explore?model={model_id}");
        prod.headers = { { QStringLiteral("X-Scope-OrgID"), QStringLiteral("llm-platform-2") } };
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(before, QStringLiteral("prod-eu"), prod);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.rewritten);
        for (const char *kept : { "# Team profiles, kept in git.", "# Production router (EU)",
                                  "router_url: \"https://litellm.prod.example.com\"   # behind the VPN",
                                  "owner: sre-team          # not a RouteDeck key: kept", "# Staging",
                                  "# trailing comment about the file", "prometheus_path_prefix: /prometheus" })
            QVERIFY2(result.text.contains(kept), kept);
        QVERIFY(result.text.contains("  # Production router (EU)\n  - name: \"prod-eu-1\"\n"));
        QVERIFY(result.text.contains("    scrape_interval: 15\n"));
        QVERIFY(!result.text.contains("# tenant")); // the headers block changed: it is written anew
        QVERIFY(result.text.contains("\"llm-platform-2\""));
        // The new key goes at the end of its profile, before the next one's comment.
        QVERIFY(result.text.indexOf("traces_url:") < result.text.indexOf("# Staging"));
        QVERIFY(result.text.indexOf("traces_url:") > result.text.indexOf("owner: sre-team"));
        // The other profile is byte for byte what it was.
        const QByteArray stagingText = before.mid(before.indexOf("  # Staging"));
        QVERIFY(result.text.endsWith(stagingText));
        const QList<ConnectionProfile> after = parsed(result.text);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0), prod);
    }

    void keyMovedToTheKeyringLeavesOnlyAFlag()
    {
        const QByteArray before = commented();
        ConnectionProfile prod = profile(before, QStringLiteral("prod-eu"));
        QVERIFY(!prod.routerKeyEnv.isEmpty());
        prod.routerKeyEnv.clear();
        prod.routerKeyInKeyring = true;
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(before, QStringLiteral("prod-eu"), prod);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.text.contains("router_key_env: LITELLM_PROD_KEY"));
        QVERIFY(result.text.contains("    router_key_keyring: true\n"));
        QCOMPARE(profile(result.text, QStringLiteral("prod-eu")), prod);
        // And back: the flag goes, the variable returns.
        prod.routerKeyInKeyring = false;
        prod.routerKeyEnv = QStringLiteral("LITELLM_PROD_KEY");
        const ProfileFileEditor::Result back = ProfileFileEditor::upsert(result.text, QStringLiteral("prod-eu"), prod);
        QVERIFY(!back.text.contains("router_key_keyring"));
        QCOMPARE(profile(back.text, QStringLiteral("prod-eu")), prod);
    }

    void newProfileGoesLast()
    {
        const QByteArray before = commented();
        ConnectionProfile added;
        added.name = QStringLiteral("local");
        added.routerUrl = QStringLiteral("http://127.0.0.1:4001");
        added.prometheusUrl = QStringLiteral("http://127.0.0.1:9091");
        added.prometheusFlavor = ConnectionProfile::PromFlavor::VictoriaMetrics;
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(before, QString(), added);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.rewritten);
        QVERIFY(result.text.startsWith(before.left(before.indexOf("# trailing comment"))));
        const QList<ConnectionProfile> after = parsed(result.text);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(2), added);
    }

    void removeLeavesTheRest()
    {
        const QByteArray before = commented();
        const ProfileFileEditor::Result result = ProfileFileEditor::remove(before, QStringLiteral("prod-eu"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.rewritten);
        QVERIFY(result.text.contains("# Team profiles"));
        QVERIFY(!result.text.contains("owner: sre-team"));
        const QList<ConnectionProfile> after = parsed(result.text);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).name, QStringLiteral("staging"));
    }

    void firstProfileOfAnEmptyFile()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("first");
        p.routerUrl = QStringLiteral("http://127.0.0.1:4000");
        p.prometheusUrl = QStringLiteral("http://127.0.0.1:9090");
        for (const QByteArray &text : { QByteArray(), QByteArray("# mine\n"), QByteArray("# mine\nprofiles:\n"),
                                        QByteArray("other: 1") }) {
            const ProfileFileEditor::Result result = ProfileFileEditor::upsert(text, QString(), p);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(parsed(result.text), QList<ConnectionProfile> { p });
            if (text.startsWith('#'))
                QVERIFY(result.text.startsWith("# mine\n"));
        }
    }

    void flowStyleIsWrittenAnew()
    {
        QFile file(QStringLiteral(ROUTEDECK_TEST_DATA "/profiles/flow.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        ConnectionProfile a = profile(before, QStringLiteral("a"));
        a.readOnly = true;
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(before, QStringLiteral("a"), a);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.rewritten);
        QCOMPARE(parsed(result.text), QList<ConnectionProfile> { a });
    }

    // Shapes found by review: each is edited in place, never written anew.
    void unusualLayoutsStayInPlace()
    {
        ConnectionProfile added;
        added.name = QStringLiteral("b");
        added.routerUrl = QStringLiteral("http://127.0.0.1:4001");
        added.prometheusUrl = QStringLiteral("http://127.0.0.1:9091");
        // No newline at the end of the file.
        const QByteArray noNewline = "# mine\nprofiles:\n  - name: a\n    router_url: http://x\n    prometheus_url: http://y";
        ProfileFileEditor::Result result = ProfileFileEditor::upsert(noNewline, QString(), added);
        QVERIFY2(result.error.isEmpty() && !result.rewritten, qPrintable(result.error));
        QVERIFY(result.text.startsWith(QByteArray(noNewline + "\n")));
        QCOMPARE(parsed(result.text).size(), 2);
        // `name` not the first key, renamed: still one entry.
        const QByteArray nameSecond = "profiles:\n  - router_url: http://x   # mine\n    name: a\n    prometheus_url: http://y\n";
        ConnectionProfile renamed = profile(nameSecond, QStringLiteral("a"));
        renamed.name = QStringLiteral("a2");
        result = ProfileFileEditor::upsert(nameSecond, QStringLiteral("a"), renamed);
        QVERIFY2(result.error.isEmpty() && !result.rewritten, qPrintable(result.error));
        QVERIFY(result.text.contains("# mine"));
        QCOMPARE(parsed(result.text), QList<ConnectionProfile> { renamed });
        // An empty `profiles:` followed by another key.
        const QByteArray emptyList = "profiles:\nother: 1   # kept\n";
        result = ProfileFileEditor::upsert(emptyList, QString(), added);
        QVERIFY2(result.error.isEmpty() && !result.rewritten, qPrintable(result.error));
        QVERIFY(result.text.endsWith("other: 1   # kept\n"));
        QCOMPARE(parsed(result.text), QList<ConnectionProfile> { added });
        // CRLF line endings stay CRLF.
        const QByteArray crlf = "profiles:\r\n  - name: a\r\n    router_url: http://x\r\n    prometheus_url: http://y\r\n";
        ConnectionProfile a = profile(crlf, QStringLiteral("a"));
        a.readOnly = true;
        result = ProfileFileEditor::upsert(crlf, QStringLiteral("a"), a);
        QVERIFY2(result.error.isEmpty() && !result.rewritten, qPrintable(result.error));
        QCOMPARE(result.text.count("\n"), result.text.count("\r\n"));
        QCOMPARE(parsed(result.text), QList<ConnectionProfile> { a });
        // Removing a profile that is not in the file changes nothing.
        result = ProfileFileEditor::remove(crlf, QStringLiteral("gone"));
        QVERIFY(result.error.isEmpty() && !result.rewritten);
        QCOMPARE(result.text, crlf);
    }

    // When only a whole rewrite is left, text RouteDeck cannot write back is never dropped.
    void rewriteThatWouldLoseTextIsRefused()
    {
        const QByteArray flow = "# mine\nprofiles: [{name: a, router_url: \"http://x\", prometheus_url: \"http://y\", owner: me}]\n";
        ConnectionProfile a = profile(flow, QStringLiteral("a"));
        a.readOnly = true;
        const ProfileFileEditor::Result result = ProfileFileEditor::upsert(flow, QStringLiteral("a"), a);
        QVERIFY(result.text.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("nothing was written")), qPrintable(result.error));
    }

    void brokenFileIsRefusedNotOverwritten()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("x");
        const ProfileFileEditor::Result result
            = ProfileFileEditor::upsert("profiles:\n  - name: a\n    router_url: [unclosed\n", QString(), p);
        QVERIFY(result.text.isEmpty());
        QVERIFY2(result.error.contains(QLatin1String("line")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("nothing was written")));
    }
};

QTEST_GUILESS_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
