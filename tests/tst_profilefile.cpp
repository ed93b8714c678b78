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
    // "error: profile 'x': ...", as a person would read them, in order.
    static QStringList messagesOf(const Problems &problems)
    {
        QStringList messages;
        for (const Problem &problem : problems)
            messages.append(QStringLiteral("%1: %2").arg(problem.severityName(), problem.message));
        return messages;
    }
    // Empty, or which five characters of `secret` a problem quotes.
    static QString leakOf(const QString &secret, const Problems &problems)
    {
        for (const Problem &problem : problems) {
            const QString text = problem.toString();
            for (qsizetype i = 0; i + 5 <= secret.size(); ++i) {
                if (text.contains(secret.mid(i, 5)))
                    return QStringLiteral("'%1' of a secret is quoted in: %2").arg(secret.mid(i, 5), text);
            }
        }
        return {};
    }
    static QString envError(const QString &profile, const QString &field)
    {
        return QStringLiteral("error: profile '%1': %2 does not hold an environment variable name (it looks like a secret "
                              "itself; it is not shown, and not used). Put the secret in an environment variable and "
                              "give that variable's name, like LITELLM_MASTER_KEY")
            .arg(profile, field);
    }
    static QString headerError(const QString &profile, const QString &shownName)
    {
        return QStringLiteral("error: profile '%1': headers: %2 carries a credential (it is not shown, and not sent). Keep "
                              "secrets out of profiles: the router's key goes in router_key_env, Prometheus' password or "
                              "token in prometheus_secret_env")
            .arg(profile, shownName);
    }
    static QString userInfoError(const QString &profile, const QString &field)
    {
        return QStringLiteral("error: profile '%1': %2 holds a user name or password (user:password@host); the URL is not "
                              "shown, and not used. Take them out of the URL: the router's key goes in router_key_env, "
                              "Prometheus' password in prometheus_secret_env")
            .arg(profile, field);
    }
    static QString insecureError(const QString &profile, const QString &field, const QString &host)
    {
        return QStringLiteral("error: profile '%1': %2 is plain http:// to %3, another computer, and the profile sends "
                              "credentials there, readable by anyone on the network in between; use https://, or set "
                              "allow_insecure: true in the profile if that network is trusted")
            .arg(profile, field, host);
    }
    static QString insecureNoteFor(const QString &profile, const QString &hosts)
    {
        return QStringLiteral("Profile '%1' sends credentials over plain http:// to %2: anyone on the network in between "
                              "can read them. Use https:// where you can.")
            .arg(profile, hosts);
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

    // Issue 15 §3: a key pasted where a variable's name belongs is neither used nor quoted.
    void pastedSecretInEnvFieldIsNotEchoed()
    {
        const QString routerKey = QStringLiteral("sk-Zq8Vx3Rw9Tk2Lm7Pn4Hj6Bf1Dc5Gs0");
        const QString promToken = QStringLiteral("eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXT0x=");
        const QByteArray text = "profiles:\n  - name: prod\n    router_url: https://litellm.example.com\n"
                                "    router_key_env: " + routerKey.toUtf8() + "\n    router_key_keyring: true\n"
                                "    prometheus_url: https://mimir.example.com\n    prometheus_auth: bearer\n"
                                "    prometheus_secret_env: \"" + promToken.toUtf8() + "\"\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(messagesOf(problems), (QStringList { envError(QStringLiteral("prod"), QStringLiteral("router_key_env")),
                                                      envError(QStringLiteral("prod"), QStringLiteral("prometheus_secret_env")) }));
        for (const QString &secret : { routerKey, promToken })
            QVERIFY2(leakOf(secret, problems).isEmpty(), qPrintable(leakOf(secret, problems)));
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).routerKeyEnv, QString());
        QCOMPARE(profiles.at(0).prometheusSecretEnv, QString());
        QVERIFY(profiles.at(0).routerKeyInKeyring); // the keyring still holds the key
        QCOMPARE(profiles.at(0).prometheusAuth, ConnectionProfile::PromAuth::Bearer);
    }

    void credentialHeaderRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("credential");
        const auto row = [](const char *name, const char *value, bool credential) {
            QTest::addRow("%s: %s", name, value) << QString::fromUtf8(name) << QString::fromUtf8(value) << credential;
        };
        row("Authorization", "Bearer x", true);
        row("authorization", "x", true);
        row("Proxy-Authorization", "x", true);
        row("Cookie", "session=1", true);
        row("X-Api-Key", "x", true);
        row("api-key", "x", true);
        row("X-Auth-Token", "x", true);
        row("X-Vault-Secret", "x", true);
        row("X-Upstream", "Basic dXNlcjpwYXNz", true);
        row("Authorization Bearer x", "", true); // a pasted line is no header name
        row("X-Scope-OrgID", "tenant-1", false);
        row("x-scope-orgid", "tenant-1", false);
        row("X-Scope-OrgID", "Bearer x", true);
        row("Accept", "application/json", false);
        row("X-Request-Source", "routedeck", false);
    }
    void credentialHeaderRule()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, credential);
        QCOMPARE(ConnectionProfiles::isCredentialHeader(name, value), credential);
    }

    void credentialHeadersAreRefused()
    {
        const QString bearer = QStringLiteral("sk-Hd4Pq8Wz2Lx6Rv9Tb3Nm");
        const QString apiKey = QStringLiteral("Kq7Zr2Vw9Xp4Lt6Bn8Mj");
        const QString basic = QStringLiteral("dXNlcjpXcTdaazJQdjlS");
        const QString pasted = QStringLiteral("sk-Ty5Gh8Jk3Lp6Wq");
        const QByteArray text = "profiles:\n  - name: prod\n    router_url: https://litellm.example.com\n"
                                "    prometheus_url: https://mimir.example.com\n    headers:\n"
                                "      Authorization: \"Bearer " + bearer.toUtf8() + "\"\n"
                                "      \"Proxy-Authorization Bearer " + pasted.toUtf8() + "\": \"\"\n"
                                "      X-Api-Key: \"" + apiKey.toUtf8() + "\"\n"
                                "      X-Scope-OrgID: tenant-1\n"
                                "      X-Upstream: \"Basic " + basic.toUtf8() + "\"\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        const QString prod = QStringLiteral("prod");
        QCOMPARE(messagesOf(problems), (QStringList { headerError(prod, QStringLiteral("Authorization")),
                                                      headerError(prod, QStringLiteral("(a name that is not a header name)")),
                                                      headerError(prod, QStringLiteral("X-Api-Key")),
                                                      headerError(prod, QStringLiteral("X-Upstream")) }));
        for (const QString &secret : { bearer, apiKey, basic, pasted })
            QVERIFY2(leakOf(secret, problems).isEmpty(), qPrintable(leakOf(secret, problems)));
        QCOMPARE(profiles.size(), 1);
        const QList<QPair<QString, QString>> tenantOnly { { QStringLiteral("X-Scope-OrgID"), QStringLiteral("tenant-1") } };
        QCOMPARE(profiles.at(0).headers, tenantOnly);
    }

    void urlUserInfoIsRefused()
    {
        const QString routerUser = QStringLiteral("ops-Qz:Hx7Kp2Wm9Rt");
        const QString promUser = QStringLiteral("rdr-Jq:Pw7Hk2Mz5Nq");
        const QString tracesUser = QStringLiteral("tmp-Vb:Tr4Kp9Lm2Xc");
        const QString typoUser = QStringLiteral("Yt6Rw3Qp9Zk");
        const QByteArray text = "profiles:\n  - name: prod\n"
                                "    router_url: \"https://" + routerUser.toUtf8() + "@litellm.example.com\"\n"
                                "    router_key_env: LITELLM_MASTER_KEY\n"
                                "    prometheus_url: \"http://" + promUser.toUtf8() + "@127.0.0.1:9090\"\n"
                                "    traces_url: \"https://" + tracesUser.toUtf8() + "@tempo.example.com/explore?m={model_id}\"\n"
                                "  - name: typo\n    router_url: \"litellm:" + typoUser.toUtf8() + "@litellm.example.com:4000\"\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(messagesOf(problems), (QStringList { userInfoError(QStringLiteral("prod"), QStringLiteral("router_url")),
                                                      userInfoError(QStringLiteral("prod"), QStringLiteral("prometheus_url")),
                                                      userInfoError(QStringLiteral("prod"), QStringLiteral("traces_url")),
                                                      userInfoError(QStringLiteral("typo"), QStringLiteral("router_url")) }));
        for (const QString &secret : { routerUser, promUser, tracesUser, typoUser })
            QVERIFY2(leakOf(secret, problems).isEmpty(), qPrintable(leakOf(secret, problems)));
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).routerUrl, QString());
        QCOMPARE(profiles.at(0).prometheusUrl, QString());
        QCOMPARE(profiles.at(0).tracesUrl, QString());
        QCOMPARE(profiles.at(0).routerKeyEnv, QStringLiteral("LITELLM_MASTER_KEY"));
        QCOMPARE(profiles.at(1).routerUrl, QString());
    }

    void plainHttpWithCredentialsNeedsAllowInsecure()
    {
        const QByteArray text = "profiles:\n"
                                "  - name: remote-key\n    router_url: http://10.0.0.7:4000\n"
                                "    router_key_env: LITELLM_MASTER_KEY\n    prometheus_url: https://mimir.example.com\n"
                                "  - name: remote-keyring\n    router_url: http://litellm.internal:4000\n"
                                "    router_key_keyring: true\n    prometheus_url: https://mimir.example.com\n"
                                "  - name: remote-prometheus\n    router_url: https://litellm.example.com\n"
                                "    prometheus_url: http://mimir.internal:9009\n    prometheus_auth: basic\n"
                                "    prometheus_username: reader\n    prometheus_secret_env: MIMIR_PASSWORD\n"
                                "  - name: allowed\n    router_url: http://10.0.0.7:4000\n"
                                "    router_key_env: LITELLM_MASTER_KEY\n    prometheus_url: http://10.0.0.7:9090\n"
                                "    prometheus_auth: bearer\n    prometheus_secret_env: PROM_TOKEN\n    allow_insecure: true\n"
                                "  - name: no-credentials\n    router_url: http://10.0.0.7:4000\n"
                                "    prometheus_url: http://10.0.0.7:9090\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(messagesOf(problems),
                 (QStringList { insecureError(QStringLiteral("remote-key"), QStringLiteral("router_url"), QStringLiteral("10.0.0.7")),
                                insecureError(QStringLiteral("remote-keyring"), QStringLiteral("router_url"), QStringLiteral("litellm.internal")),
                                insecureError(QStringLiteral("remote-prometheus"), QStringLiteral("prometheus_url"),
                                              QStringLiteral("mimir.internal")) }));
        QCOMPARE(profiles.size(), 5);
        const ConnectionProfile &remoteKey = profiles.at(0);
        QVERIFY(!remoteKey.allowInsecure);
        QCOMPARE(remoteKey.routerKeyEnv, QStringLiteral("LITELLM_MASTER_KEY")); // kept: the profile can be fixed
        QCOMPARE(ConnectionProfiles::plainHttpCredentialFields(remoteKey), QStringList { QStringLiteral("router_url") });
        QCOMPARE(ConnectionProfiles::insecureNote(remoteKey), insecureNoteFor(QStringLiteral("remote-key"), QStringLiteral("10.0.0.7")));
        const ConnectionProfile &allowed = profiles.at(3);
        QVERIFY(allowed.allowInsecure);
        QCOMPARE(ConnectionProfiles::plainHttpCredentialFields(allowed),
                 (QStringList { QStringLiteral("router_url"), QStringLiteral("prometheus_url") }));
        QCOMPARE(ConnectionProfiles::insecureProblems(allowed, {}).size(), 0);
        QCOMPARE(ConnectionProfiles::insecureNote(allowed), insecureNoteFor(QStringLiteral("allowed"), QStringLiteral("10.0.0.7")));
        const ConnectionProfile &noCredentials = profiles.at(4);
        QCOMPARE(ConnectionProfiles::plainHttpCredentialFields(noCredentials), QStringList());
        QCOMPARE(ConnectionProfiles::insecureNote(noCredentials), QString());
    }

    void loopbackIsThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("remoteHost"); // empty: the key may go there over http
        QTest::addRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:4000") << QString();
        QTest::addRow("localhost") << QStringLiteral("http://localhost:4000") << QString();
        QTest::addRow("LocalHost") << QStringLiteral("http://LocalHost:4000") << QString();
        QTest::addRow("127/8") << QStringLiteral("http://127.8.9.10:4000") << QString();
        QTest::addRow("::1") << QStringLiteral("http://[::1]:4000") << QString();
        QTest::addRow("https elsewhere") << QStringLiteral("https://litellm.example.com") << QString();
        QTest::addRow("127.0.0.1 as a subdomain") << QStringLiteral("http://127.0.0.1.nip.io:4000") << QStringLiteral("127.0.0.1.nip.io");
        QTest::addRow("localhost as a subdomain") << QStringLiteral("http://localhost.example.com:4000") << QStringLiteral("localhost.example.com");
        QTest::addRow("128.0.0.1") << QStringLiteral("http://128.0.0.1:4000") << QStringLiteral("128.0.0.1");
        QTest::addRow("0.0.0.0") << QStringLiteral("http://0.0.0.0:4000") << QStringLiteral("0.0.0.0");
        QTest::addRow("::2") << QStringLiteral("http://[::2]:4000") << QStringLiteral("::2");
    }
    void loopbackIsThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(QString, remoteHost);
        const QByteArray text = "profiles:\n  - name: p\n    router_url: \"" + url.toUtf8()
            + "\"\n    router_key_env: LITELLM_MASTER_KEY\n    prometheus_url: http://127.0.0.1:9090\n";
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(text, QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(profiles.size(), 1);
        const QString p = QStringLiteral("p");
        const QString router = QStringLiteral("router_url");
        QCOMPARE(messagesOf(problems), remoteHost.isEmpty() ? QStringList() : QStringList { insecureError(p, router, remoteHost) });
        QCOMPARE(ConnectionProfiles::insecureNote(profiles.at(0)), remoteHost.isEmpty() ? QString() : insecureNoteFor(p, remoteHost));
    }

    void loopbackHosts()
    {
        for (const char *host : { "localhost", "LOCALHOST", "::1", "[::1]", "127.0.0.1", "127.255.255.255" })
            QVERIFY2(ConnectionProfiles::isLoopbackHost(QString::fromLatin1(host)), host);
        for (const char *host : { "", "localhost.", "127.0.0.300", "127.0.0", "1.127.0.0.1", "::2", "0.0.0.0", "example.com" })
            QVERIFY2(!ConnectionProfiles::isLoopbackHost(QString::fromLatin1(host)), host);
    }

    void tokensThatLookLikeNamesAreSecrets()
    {
        for (const char *token : { "sk_live_51HxYzAbCdEf", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "xoxb_1234",
                                   "AKIAIOSFODNN7EXAMPLE", "glpat_abcdefghij" })
            QVERIFY2(!ConnectionProfiles::isVariableName(QLatin1String(token)), token);
        QVERIFY(!ConnectionProfiles::isVariableName(QString(65, QLatin1Char('A'))));
        for (const char *name : { "LITELLM_MASTER_KEY", "MIMIR_TOKEN", "sk", "SKIP_THIS", "_x" })
            QVERIFY2(ConnectionProfiles::isVariableName(QLatin1String(name)), name);
    }

    void routerKeyGoesOnlyWhereItMay()
    {
        ConnectionProfile p;
        p.routerUrl = QStringLiteral("http://10.0.0.7:4000");
        QVERIFY(!ConnectionProfiles::mayReceiveRouterKey(p)); // whatever the key's source: typed, keyring, environment
        p.allowInsecure = true;
        QVERIFY(ConnectionProfiles::mayReceiveRouterKey(p));
        p.allowInsecure = false;
        for (const char *url : { "https://10.0.0.7:4000", "http://127.0.0.1:4000", "http://localhost:4000", "http://[::1]:4000" }) {
            p.routerUrl = QLatin1String(url);
            QVERIFY2(ConnectionProfiles::mayReceiveRouterKey(p), url);
        }
    }

    void allowInsecureRoundTrips()
    {
        QVERIFY(ConnectionProfiles::knownKeys().contains(QStringLiteral("allow_insecure")));
        ConnectionProfile lab;
        lab.name = QStringLiteral("lab");
        lab.routerUrl = QStringLiteral("http://10.0.0.7:4000");
        lab.routerKeyEnv = QStringLiteral("LITELLM_MASTER_KEY");
        lab.prometheusUrl = QStringLiteral("http://127.0.0.1:9090");
        lab.allowInsecure = true;
        const QByteArray entry = ConnectionProfiles::serializeEntry(lab, 2);
        QCOMPARE(entry.count("allow_insecure"), 1);
        QVERIFY(entry.contains("\n    allow_insecure: true\n"));
        Problems problems;
        QCOMPARE(ConnectionProfiles::parse("profiles:\n" + entry, QStringLiteral("p.yaml"), &problems), QList<ConnectionProfile> { lab });
        QCOMPARE(messagesOf(problems), QStringList());
        // Off, it is not written, and the profile is an error again.
        lab.allowInsecure = false;
        const QByteArray without = ConnectionProfiles::serializeEntry(lab, 2);
        QVERIFY(!without.contains("allow_insecure"));
        QCOMPARE(ConnectionProfiles::parse("profiles:\n" + without, QStringLiteral("p.yaml"), &problems), QList<ConnectionProfile> { lab });
        QCOMPARE(messagesOf(problems),
                 QStringList { insecureError(QStringLiteral("lab"), QStringLiteral("router_url"), QStringLiteral("10.0.0.7")) });
        // In place: one line comes, and goes again.
        const QByteArray before = commented();
        ConnectionProfile staging = profile(before, QStringLiteral("staging"));
        QVERIFY(!staging.allowInsecure);
        staging.allowInsecure = true;
        const ProfileFileEditor::Result on = ProfileFileEditor::upsert(before, QStringLiteral("staging"), staging);
        QVERIFY2(on.error.isEmpty() && !on.rewritten, qPrintable(on.error));
        QCOMPARE(on.text.size(), before.size() + qsizetype(sizeof("    allow_insecure: true\n") - 1));
        QCOMPARE(profile(on.text, QStringLiteral("staging")), staging);
        staging.allowInsecure = false;
        const ProfileFileEditor::Result off = ProfileFileEditor::upsert(on.text, QStringLiteral("staging"), staging);
        QVERIFY2(off.error.isEmpty() && !off.rewritten, qPrintable(off.error));
        QCOMPARE(off.text, before);
    }
};

QTEST_GUILESS_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
