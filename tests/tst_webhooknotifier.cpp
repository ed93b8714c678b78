// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookNotifier against a real HTTP receiver on 127.0.0.1 (CannedHttpServer) that answers as Slack's
// incoming webhooks do: 200 "ok", 400 "invalid_payload", 429 with Retry-After, 500 while it struggles.
// What a channel shows is parsed back from the bodies the receiver got.

#include "alert.h"
#include "cannedhttpserver.h"
#include "webhooknotifier.h"
#include "webhookpayload.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace RouteDeck;
using RouteDeck::Test::CannedHttpServer;
using RouteDeck::Test::CannedRequest;
using RouteDeck::Test::CannedResponse;

namespace {

// Where a Slack webhook keeps its secret; no error may show it.
const QString kSecretPath = QStringLiteral("/services/T000/B000/secret-token");
constexpr int kTimeoutMs = 10000;
// Five attempts within a third of a second.
constexpr Backoff kTestBackoff { .baseMs = 20, .maxMs = 160, .jitter = 0 };

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 6), QTime(hour, minute), Qt::UTC);
}

// A rate-limit alert on `group` whose condition began at `activeAt`; it fired a minute later.
Alert rateLimitAlert(const QString &group, const QDateTime &activeAt = utc(4, 10))
{
    Alert alert;
    alert.id = Alert::makeId(AlertRule::RateLimit, group, activeAt);
    alert.rule = AlertRule::RateLimit;
    alert.group = group;
    alert.state = Alert::State::Firing;
    alert.activeAt = activeAt;
    alert.firedAt = activeAt.addSecs(60);
    alert.lastMetAt = alert.firedAt;
    alert.value = 0.23;
    alert.peak = 0.31;
    alert.threshold = 0.05;
    alert.deployments = { QStringLiteral("azure-primary") };
    alert.evidence = QStringLiteral("23% of calls (limit 5%), 412 calls over 5 min");
    return alert;
}

AlertTransition fired(const Alert &alert)
{
    return AlertTransition { .kind = AlertTransition::Kind::Fired, .alert = alert };
}

// The alert, resolved three minutes after it fired.
AlertTransition resolved(Alert alert)
{
    alert.state = Alert::State::Resolved;
    alert.resolvedAt = alert.firedAt.addSecs(180);
    return AlertTransition { .kind = AlertTransition::Kind::Resolved, .alert = alert };
}

// What a channel shows of one message.
struct Posted
{
    QString text; // the one-line fallback
    QString header;
    QString details; // the fields section's text
    QStringList fields; // "Label: value", in order
    QStringList context;
};

Posted parsed(const CannedRequest &request)
{
    const QJsonObject root = QJsonDocument::fromJson(request.body).object();
    Posted posted;
    posted.text = root.value(QLatin1String("text")).toString();
    const QJsonArray blocks = root.value(QLatin1String("blocks")).toArray();
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(QLatin1String("type")).toString();
        const QString text = block.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString();
        if (type == QLatin1String("header")) {
            posted.header = text;
        } else if (type == QLatin1String("section")) {
            posted.details = text;
            const QJsonArray fields = block.value(QLatin1String("fields")).toArray();
            for (const QJsonValue &field : fields) {
                // "*Label*\nvalue"
                const QString shown = field.toObject().value(QLatin1String("text")).toString();
                const qsizetype newline = shown.indexOf(QLatin1Char('\n'));
                posted.fields << shown.left(newline).remove(QLatin1Char('*')) + QLatin1String(": ") + shown.mid(newline + 1);
            }
        } else if (type == QLatin1String("context")) {
            const QJsonArray elements = block.value(QLatin1String("elements")).toArray();
            for (const QJsonValue &element : elements)
                posted.context << element.toObject().value(QLatin1String("text")).toString();
        }
    }
    return posted;
}

CannedResponse slackOk()
{
    return CannedResponse::text("ok", 200);
}

// `failures` answers of `failure` first, then Slack's "ok".
CannedHttpServer::Handler failingFirst(int failures, const CannedResponse &failure)
{
    auto answered = std::make_shared<int>(0);
    return [answered, failures, failure](const CannedRequest &) { return (*answered)++ < failures ? failure : slackOk(); };
}

// A receiver that says "ok", and a notifier pointed at it with the short retry schedule.
struct Rig
{
    CannedHttpServer receiver;
    WebhookNotifier notifier;
    QSignalSpy delivered { &notifier, &WebhookNotifier::delivered };
    QSignalSpy failed { &notifier, &WebhookNotifier::failed };
    bool listening = receiver.listen();

    Rig()
    {
        QUrl url = receiver.baseUrl();
        url.setPath(kSecretPath);
        notifier.setUrl(url);
        notifier.setRetrySchedule(kTestBackoff);
        receiver.setResponse(slackOk());
    }

    int requestCount() const { return int(receiver.requests().size()); }
    Posted posted(int request) const { return parsed(receiver.requests().at(request)); }
    // "<alert id> after <attempts>" for each delivered() so far.
    QStringList deliveries() const
    {
        QStringList seen;
        for (const QList<QVariant> &arguments : delivered)
            seen << arguments.at(0).toString() + QLatin1String(" after ") + arguments.at(1).toString();
        return seen;
    }
};

QString after(const Alert &alert, int attempts)
{
    return alert.id + QLatin1String(" after ") + QString::number(attempts);
}

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consoleLink_data();
    void consoleLink();
    void firingMessageReachesReceiver();
    void resolvedMessageFollowsFiring();
    void serverErrorIsRetried();
    void resolvedWaitsForRetriedFiring();
    void badRequestIsNotRetried();
    void unreachableIsRetriedThenFails();
    void tooManyRequestsHonoursRetryAfter();
    void flappingSendsOneFiringAndOneResolved();
    void heldBackFiringsAreCounted();
    void otherGroupIsNotRateLimited();
    void disabledSendsNothing();
};

void TestWebhookNotifier::consoleLink_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << QStringLiteral("prod") << utc(4, 10)
                           << QStringLiteral("routedeck --profile prod --at 2026-12-06T04:10:00Z --page overview");
    QTest::addRow("space") << QStringLiteral("prod eu") << utc(4, 10)
                           << QStringLiteral("routedeck --profile 'prod eu' --at 2026-12-06T04:10:00Z --page overview");
    QTest::addRow("quote") << QStringLiteral("bob's lab") << utc(4, 10)
                           << QStringLiteral("routedeck --profile 'bob'\\''s lab' --at 2026-12-06T04:10:00Z --page overview");
    QTest::addRow("shell expansion") << QStringLiteral("$HOME") << utc(4, 10)
                                     << QStringLiteral("routedeck --profile '$HOME' --at 2026-12-06T04:10:00Z --page overview");
    QTest::addRow("local time") << QStringLiteral("prod") << QDateTime(QDate(2026, 12, 6), QTime(5, 10), Qt::OffsetFromUTC, 3600)
                                << QStringLiteral("routedeck --profile prod --at 2026-12-06T04:10:00Z --page overview");
    QTest::addRow("no time") << QStringLiteral("prod") << QDateTime() << QStringLiteral("routedeck --profile prod --page overview");
}

void TestWebhookNotifier::consoleLink()
{
    QFETCH(QString, profile);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    QCOMPARE(WebhookPayload::consoleLink(profile, at, QStringLiteral("overview")), expected);
}

void TestWebhookNotifier::firingMessageReachesReceiver()
{
    Rig rig;
    QVERIFY(rig.listening);
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    const QString profile = QStringLiteral("prod eu");
    rig.notifier.notify(fired(alert), profile, WebhookPayload::consoleLink(profile, alert.firedAt, QStringLiteral("overview")));

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, kTimeoutMs);
    QCOMPARE(rig.deliveries(), QStringList { after(alert, 1) });
    QCOMPARE(rig.requestCount(), 1);
    const CannedRequest &request = rig.receiver.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path(), kSecretPath);
    QVERIFY(request.header("content-type").startsWith("application/json"));

    const Posted posted = parsed(request);
    // Slack reads < > & as markup: the fallback escapes them.
    QCOMPARE(posted.text, QStringLiteral("[FIRING] gpt-4o-mini: rate limits (429) 23% &gt; 5% (azure-primary)"));
    QCOMPARE(posted.header, QStringLiteral("[FIRING] gpt-4o-mini: rate limits (429)"));
    QCOMPARE(posted.details, alert.evidence);
    QCOMPARE(posted.fields.join(QLatin1Char('\n')), QStringLiteral("Group: gpt-4o-mini\n"
                                                                   "Rule: rate limits (429)\n"
                                                                   "Value: 23%\n"
                                                                   "Threshold: 5%\n"
                                                                   "Deployments: azure-primary\n"
                                                                   "State: Firing since 2026-12-06 04:11:00 UTC"));
    QCOMPARE(posted.context,
             QStringList { QStringLiteral("RouteDeck, profile *prod eu*: "
                                          "`routedeck --profile 'prod eu' --at 2026-12-06T04:11:00Z --page overview`") });
}

void TestWebhookNotifier::resolvedMessageFollowsFiring()
{
    Rig rig;
    QVERIFY(rig.listening);
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, kTimeoutMs);
    rig.notifier.notify(resolved(alert), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 2, kTimeoutMs);
    QCOMPARE(rig.deliveries(), (QStringList { after(alert, 1), after(alert, 1) }));
    QCOMPARE(rig.requestCount(), 2);
    const Posted posted = rig.posted(1);
    QCOMPARE(posted.text, QStringLiteral("[RESOLVED] gpt-4o-mini: rate limits (429) after 3 min, peak 31%"));
    QCOMPARE(posted.header, QStringLiteral("[RESOLVED] gpt-4o-mini: rate limits (429)"));
    QCOMPARE(posted.fields.join(QLatin1Char('\n')), QStringLiteral("Group: gpt-4o-mini\n"
                                                                   "Rule: rate limits (429)\n"
                                                                   "Value: peak 31%\n"
                                                                   "Threshold: 5%\n"
                                                                   "Deployments: azure-primary\n"
                                                                   "State: Resolved at 2026-12-06 04:14:00 UTC, after 3 min"));
    QCOMPARE(posted.context, QStringList { QStringLiteral("RouteDeck, profile *prod*") });
}

void TestWebhookNotifier::serverErrorIsRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.receiver.setHandler(failingFirst(1, CannedResponse::text("internal error", 500)));
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, kTimeoutMs);
    QCOMPARE(rig.deliveries(), QStringList { after(alert, 2) });
    QCOMPARE(rig.requestCount(), 2);
    QCOMPARE(rig.receiver.requests().at(1).body, rig.receiver.requests().at(0).body); // the same message again
    QVERIFY(rig.failed.isEmpty());
}

void TestWebhookNotifier::resolvedWaitsForRetriedFiring()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.receiver.setHandler(failingFirst(2, CannedResponse::text("bad gateway", 502)));
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());
    rig.notifier.notify(resolved(alert), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 2, kTimeoutMs);
    QCOMPARE(rig.deliveries(), (QStringList { after(alert, 3), after(alert, 1) }));
    QStringList tags;
    for (int i = 0; i < rig.requestCount(); ++i)
        tags << rig.posted(i).text.section(QLatin1Char(' '), 0, 0);
    QCOMPARE(tags.join(QLatin1Char(' ')), QStringLiteral("[FIRING] [FIRING] [FIRING] [RESOLVED]"));
}

void TestWebhookNotifier::badRequestIsNotRetried()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.receiver.setResponse(CannedResponse::text("invalid_payload", 400));
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());
    rig.notifier.notify(resolved(alert), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.failed.size(), 1, kTimeoutMs);
    QCOMPARE(rig.requestCount(), 1);
    QCOMPARE(rig.failed.at(0).at(0).toString(), alert.id);
    const QString error = rig.failed.at(0).at(1).toString();
    QCOMPARE(error, QStringLiteral("The webhook at 127.0.0.1:%1 refused the message with HTTP 400. Is the URL a "
                                   "Slack-compatible incoming webhook? It said: invalid_payload")
                        .arg(rig.receiver.port()));
    QVERIFY(!error.contains(QLatin1String("secret-token")));
    // The firing message did not arrive: its resolved message is dropped rather than sent alone.
    QCOMPARE(rig.notifier.pendingCount(), 0);
    QVERIFY(rig.delivered.isEmpty());
}

void TestWebhookNotifier::unreachableIsRetriedThenFails()
{
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    WebhookNotifier notifier;
    QSignalSpy failed(&notifier, &WebhookNotifier::failed);
    notifier.setRetrySchedule(kTestBackoff);
    notifier.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(kSecretPath)));
    notifier.notify(fired(rateLimitAlert(QStringLiteral("gpt-4o-mini"))), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(failed.at(0).at(1).toString(),
             QStringLiteral("The webhook at 127.0.0.1:%1 could not be reached (%2 attempt(s)).")
                 .arg(port)
                 .arg(WebhookNotifier::kMaxAttempts));
}

void TestWebhookNotifier::tooManyRequestsHonoursRetryAfter()
{
    Rig rig;
    QVERIFY(rig.listening);
    CannedResponse slowDown = CannedResponse::text("rate_limited", 429);
    slowDown.headers = { { QByteArray("Retry-After"), QByteArray("1") } };
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    rig.receiver.setHandler([&arrivals, &clock, slowDown](const CannedRequest &) {
        arrivals << clock.elapsed();
        return arrivals.size() == 1 ? slowDown : slackOk();
    });
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 1, kTimeoutMs);
    QCOMPARE(rig.deliveries(), QStringList { after(alert, 2) });
    QCOMPARE(arrivals.size(), 2);
    // The backoff alone would wait 20 ms; Retry-After asked for a second (coarse timers may fire 5 % early).
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 900, qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
}

void TestWebhookNotifier::flappingSendsOneFiringAndOneResolved()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.notifier.setRateLimit(600);
    const QString group = QStringLiteral("gpt-4o-mini");
    const Alert first = rateLimitAlert(group, utc(4, 10));
    const Alert second = rateLimitAlert(group, utc(4, 14));
    const Alert third = rateLimitAlert(group, utc(4, 18));
    for (const AlertTransition &t : { fired(first), resolved(first), fired(second), resolved(second), fired(third) })
        rig.notifier.notify(t, QStringLiteral("prod"), QString());
    QCOMPARE(rig.notifier.pendingCount(), 2); // the rest was held back at once, not queued

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 2, kTimeoutMs);
    QCOMPARE(rig.deliveries(), (QStringList { after(first, 1), after(first, 1) }));
    QCOMPARE(rig.requestCount(), 2);
    QVERIFY(rig.posted(0).text.startsWith(QLatin1String("[FIRING] ")));
    QVERIFY(rig.posted(1).text.startsWith(QLatin1String("[RESOLVED] ")));
}

void TestWebhookNotifier::heldBackFiringsAreCounted()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.notifier.setRateLimit(0.3);
    QElapsedTimer clock;
    clock.start();
    const QString group = QStringLiteral("gpt-4o-mini");
    const Alert first = rateLimitAlert(group, utc(4, 10));
    const Alert second = rateLimitAlert(group, utc(4, 14));
    const Alert third = rateLimitAlert(group, utc(4, 18));
    for (const AlertTransition &t : { fired(first), resolved(first), fired(second), resolved(second), fired(third) })
        rig.notifier.notify(t, QStringLiteral("prod"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 2, kTimeoutMs);
    // What is waited for here is the rate limit itself.
    QTRY_VERIFY_WITH_TIMEOUT(clock.hasExpired(400), kTimeoutMs);

    const Alert fourth = rateLimitAlert(group, utc(4, 22));
    rig.notifier.notify(fired(fourth), QStringLiteral("prod"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 3, kTimeoutMs);
    QCOMPARE(rig.posted(2).context,
             (QStringList { QStringLiteral("RouteDeck, profile *prod*"),
                            QStringLiteral("Firing messages held back by the notification rate limit since the last one: 2.") }));
}

void TestWebhookNotifier::otherGroupIsNotRateLimited()
{
    Rig rig;
    QVERIFY(rig.listening);
    rig.notifier.setRateLimit(600);
    const Alert mini = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    const Alert sonnet = rateLimitAlert(QStringLiteral("claude-sonnet"));
    rig.notifier.notify(fired(mini), QStringLiteral("prod"), QString());
    rig.notifier.notify(fired(sonnet), QStringLiteral("prod"), QString());

    QTRY_COMPARE_WITH_TIMEOUT(rig.delivered.size(), 2, kTimeoutMs);
    QStringList headers { rig.posted(0).header, rig.posted(1).header };
    headers.sort(); // two lanes: either may arrive first
    QCOMPARE(headers, (QStringList { QStringLiteral("[FIRING] claude-sonnet: rate limits (429)"),
                                     QStringLiteral("[FIRING] gpt-4o-mini: rate limits (429)") }));
}

void TestWebhookNotifier::disabledSendsNothing()
{
    Rig rig;
    QVERIFY(rig.listening);
    const QUrl url = rig.receiver.baseUrl();
    rig.notifier.setUrl(QUrl());
    QVERIFY(!rig.notifier.isEnabled());
    const Alert alert = rateLimitAlert(QStringLiteral("gpt-4o-mini"));
    rig.notifier.notify(fired(alert), QStringLiteral("prod"), QString());
    QCOMPARE(rig.notifier.pendingCount(), 0);

    // On again: the resolution of an alert whose firing message never went out says nothing.
    rig.notifier.setUrl(url);
    rig.notifier.notify(resolved(alert), QStringLiteral("prod"), QString());
    QCOMPARE(rig.notifier.pendingCount(), 0);
    QVERIFY(rig.failed.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"
