// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusClient against a real HTTP server on 127.0.0.1 (CannedHttpServer) that answers what real
// servers and proxies answer: JSON, plain-text 503, slow bodies, huge bodies, auth checks, hang-ups.

#include "cannedhttpserver.h"
#include "scrapingserverprocess.h"
#include "prometheusclient.h"
#include "prometheusdecoder.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace RouteDeck;
using RouteDeck::Test::CannedHttpServer;
using RouteDeck::Test::CannedRequest;
using RouteDeck::Test::CannedResponse;

namespace {

const QByteArray kVectorBody
    = R"({"status":"success","data":{"resultType":"vector","result":[)"
      R"({"metric":{"model_id":"azure-east-primary"},"value":[1732680000.5,"12.5"]}]}})";

QString origin(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

PromEndpointConfig configFor(const QUrl &baseUrl)
{
    PromEndpointConfig config;
    config.baseUrl = baseUrl;
    config.inactivityTimeoutMs = 5000;
    config.deadlineMs = 10000;
    return config;
}

PromEndpointConfig bearerConfigFor(const QUrl &baseUrl, const QString &token)
{
    PromEndpointConfig config = configFor(baseUrl);
    config.auth = PromEndpointConfig::Auth::Bearer;
    config.secret = token;
    return config;
}

// Waits for the one answer of `id`; fails the test (returns a default) on a wrong id or no answer.
struct QueryWaiter
{
    explicit QueryWaiter(PrometheusClient *client)
        : spy(client, &PrometheusClient::queryFinished)
    { }
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return !spy.isEmpty(); }, timeoutMs);
    }
    quint64 id() const { return spy.at(0).at(0).value<quint64>(); }
    PromResponse response() const { return spy.at(0).at(1).value<PromResponse>(); }
    QSignalSpy spy;
};

// Sends one instant query through a PrometheusClient with `config` and waits for its answer;
// nothing when no answer came within `timeoutMs`.
std::optional<PromResponse> askOnce(
    const PromEndpointConfig &config, const QString &query = QStringLiteral("up"), int timeoutMs = 15000)
{
    PrometheusClient client(config);
    QueryWaiter waiter(&client);
    client.instantQuery(query);
    if (!waiter.wait(timeoutMs))
        return std::nullopt;
    return waiter.response();
}

// Probes readiness once through a PrometheusClient with `config`; nothing when no answer came in time.
std::optional<PromReadiness> probeOnce(const PromEndpointConfig &config)
{
    PrometheusClient client(config);
    QSignalSpy spy(&client, &PrometheusClient::readinessProbed);
    client.probeReadiness();
    if (!QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 15000))
        return std::nullopt;
    return spy.at(0).at(1).value<PromReadiness>();
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void instantQueryPostsForm();
    void rangeQueryPostsForm();
    void rangeQueryRefusesTooManyPoints();
    void invalidConfigAnswersLater();
    void pathPrefixAndExtraHeaders();
    void authorization_data();
    void authorization();
    void wrongCredentials();
    void errorAnswer_data();
    void errorAnswer();
    void tooSlow_data();
    void tooSlow();
    void sizeCap_data();
    void sizeCap();
    void connectionRefused();
    void tlsToPlainHttpServer();
    void abortStillAnswers();
    void largeAnswerDecodedOffThread();
    void concurrentQueriesKeepTheirIds();
    void followsSafeRedirect();
    void credentialsNeverFollowRedirectElsewhere();
    void destroyedWithRequestsInFlight();
    void readiness_data();
    void readiness();
    void readinessRefused();
    void readinessDeadline();

private:
    std::unique_ptr<CannedHttpServer> m_server;
};

void TestPrometheusClient::init()
{
    m_server = std::make_unique<CannedHttpServer>();
    QVERIFY(m_server->listen());
}

void TestPrometheusClient::instantQueryPostsForm()
{
    m_server->setResponse(CannedResponse::json(kVectorBody));
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);

    const QString query = QStringLiteral("sum by (model_id) (rate(x_total{a=\"b&c\"}[5m])) + 1");
    const quint64 id = client.instantQuery(query, QDateTime::fromMSecsSinceEpoch(1732680000123, Qt::UTC));
    QCOMPARE(client.pendingCount(), 1);
    QVERIFY(waiter.wait());
    QCOMPARE(waiter.id(), id);
    const PromResponse response = waiter.response();
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.result.series.size(), 1);
    QCOMPARE(response.result.series.at(0).samples.at(0).value, 12.5);
    QCOMPARE(response.url.toString(), origin(m_server->port()) + QStringLiteral("/api/v1/query"));
    QVERIFY(response.elapsedMs >= 0);
    QCOMPARE(client.pendingCount(), 0);

    QCOMPARE(m_server->requests().size(), 1);
    const CannedRequest &request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path(), QStringLiteral("/api/v1/query"));
    QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("authorization").isEmpty());
    QVERIFY2(request.body.contains("%2B"), request.body.constData()); // '+' must not turn into a space
    const QUrlQuery form = request.form();
    QCOMPARE(form.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), query);
    QCOMPARE(form.queryItemValue(QStringLiteral("time")), QStringLiteral("1732680000.123"));
    QCOMPARE(form.queryItemValue(QStringLiteral("timeout")), QStringLiteral("10"));
}

void TestPrometheusClient::rangeQueryPostsForm()
{
    m_server->setResponse(CannedResponse::json(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1732680000,"1"],[1732680015,"NaN"]]}]}})"));
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1732683600, Qt::UTC);
    client.rangeQuery(QStringLiteral("up"), end.addSecs(-3600), end, 15);
    QVERIFY(waiter.wait());
    const PromResponse response = waiter.response();
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.result.resultType, PromQueryResult::Type::Matrix);
    QCOMPARE(response.result.series.at(0).samples.size(), 2);

    const CannedRequest &request = m_server->requests().at(0);
    QCOMPARE(request.path(), QStringLiteral("/api/v1/query_range"));
    const QUrlQuery form = request.form();
    QCOMPARE(form.queryItemValue(QStringLiteral("query")), QStringLiteral("up"));
    QCOMPARE(form.queryItemValue(QStringLiteral("start")), QStringLiteral("1732680000.000"));
    QCOMPARE(form.queryItemValue(QStringLiteral("end")), QStringLiteral("1732683600.000"));
    QCOMPARE(form.queryItemValue(QStringLiteral("step")), QStringLiteral("15"));
}

void TestPrometheusClient::rangeQueryRefusesTooManyPoints()
{
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1732683600, Qt::UTC);
    client.rangeQuery(QStringLiteral("up"), end.addDays(-7), end, 1);
    QVERIFY(waiter.wait());
    const PromResponse response = waiter.response();
    QCOMPARE(response.failure, FetchFailure::Config);
    QCOMPARE(response.errorString,
        QStringLiteral(
            "The range query \"up\" would return 604801 points per series (604800 s at a 1 s step); "
            "Prometheus allows at most 11000. Use a larger step."));
    QVERIFY(m_server->requests().isEmpty());

    QueryWaiter second(&client);
    client.rangeQuery(QStringLiteral("up"), end, end.addSecs(-60), 1);
    QVERIFY(second.wait());
    QVERIFY2(second.response().errorString.contains(QLatin1String("ends (")),
        qPrintable(second.response().errorString));
}

void TestPrometheusClient::invalidConfigAnswersLater()
{
    PrometheusClient client; // no URL
    QueryWaiter waiter(&client);
    const quint64 id = client.instantQuery(QStringLiteral("up"));
    QCOMPARE(waiter.spy.size(), 0); // never inside the call: the caller stores the id first
    QVERIFY(waiter.wait());
    QCOMPARE(waiter.id(), id);
    QCOMPARE(waiter.response().failure, FetchFailure::Config);
    QCOMPARE(waiter.response().errorString,
        QStringLiteral("The Prometheus URL is empty; set it in the connection profile (for example "
                       "http://127.0.0.1:9090)."));

    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.extraHeaders = { { QByteArray("X-Scope-OrgID"), QByteArray("tenant\r\nX-Evil: 1") } };
    client.setConfig(config);
    QueryWaiter second(&client);
    client.instantQuery(QStringLiteral("up"));
    QVERIFY(second.wait());
    QCOMPARE(second.response().failure, FetchFailure::Config);
    QVERIFY2(second.response().errorString.contains(QLatin1String("X-Scope-OrgID")),
        qPrintable(second.response().errorString));
    QVERIFY(m_server->requests().isEmpty());
}

void TestPrometheusClient::pathPrefixAndExtraHeaders()
{
    m_server->setResponse(CannedResponse::json(kVectorBody));
    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.pathPrefix = QStringLiteral("prometheus/");
    config.extraHeaders = { { QByteArray("X-Scope-OrgID"), QByteArray("tenant-7") },
        { QByteArray("X-Request-Source"), QByteArray("routedeck test") } };
    const std::optional<PromResponse> response = askOnce(config);
    QVERIFY(response);
    QVERIFY2(response->ok, qPrintable(response->errorString));
    const CannedRequest &request = m_server->requests().at(0);
    QCOMPARE(request.path(), QStringLiteral("/prometheus/api/v1/query"));
    QCOMPARE(request.header("x-scope-orgid"), QByteArray("tenant-7"));
    QCOMPARE(request.header("x-request-source"), QByteArray("routedeck test"));
}

void TestPrometheusClient::authorization_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("header");

    QTest::addRow("none") << int(PromEndpointConfig::Auth::None) << QString() << QString() << QByteArray();
    QTest::addRow("basic") << int(PromEndpointConfig::Auth::Basic) << QStringLiteral("grafana")
                           << QStringLiteral("p\u00e4ss:word")
                           << QByteArray("Basic Z3JhZmFuYTpww6Rzczp3b3Jk");
    QTest::addRow("bearer") << int(PromEndpointConfig::Auth::Bearer) << QString()
                            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.token")
                            << QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.e30.token");
}

void TestPrometheusClient::authorization()
{
    QFETCH(int, auth);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QByteArray, header);

    m_server->setResponse(CannedResponse::json(kVectorBody));
    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.auth = PromEndpointConfig::Auth(auth);
    config.username = username;
    config.secret = secret;
    const std::optional<PromResponse> response = askOnce(config);
    QVERIFY(response);
    QVERIFY2(response->ok, qPrintable(response->errorString));
    QCOMPARE(m_server->requests().at(0).header("authorization"), header);
}

void TestPrometheusClient::wrongCredentials()
{
    m_server->setHandler([](const CannedRequest &request) {
        if (request.header("authorization") != "Bearer right-token")
            return CannedResponse::text("Unauthorized\n", 401);
        return CannedResponse::json(kVectorBody);
    });
    const std::optional<PromResponse> response
        = askOnce(bearerConfigFor(m_server->baseUrl(), QStringLiteral("wrong-token")));
    QVERIFY(response);
    QCOMPARE(response->failure, FetchFailure::Auth);
    QCOMPARE(response->httpStatus, 401);
    QVERIFY2(response->errorString.startsWith(origin(m_server->port())
                 + QStringLiteral("/api/v1/query refused the request (HTTP 401: "
                                  "\"Unauthorized\")")),
        qPrintable(response->errorString));
    QVERIFY(!response->errorString.contains(QLatin1String("wrong-token")));
}

// A server that answers, but not with data: the failure, the HTTP status, the server's errorType and
// the message.
void TestPrometheusClient::errorAnswer_data()
{
    QTest::addColumn<CannedResponse>("answer");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("message"); // the whole message, %1 = origin; empty: only `part` is checked
    QTest::addColumn<QString>("part"); // a part of the message

    QTest::addRow("plain-text 503 while starting")
        << CannedResponse::text("Service Unavailable", 503) << QStringLiteral("up")
        << int(FetchFailure::NotReady) << 503 << QString()
        << QStringLiteral("%1/api/v1/query is not ready yet (HTTP 503: \"Service Unavailable\"). The server "
                          "is starting up or replaying its write-ahead log; RouteDeck keeps retrying.")
        << QString();
    QTest::addRow("API error envelope")
        << CannedResponse::json(
               R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unexpected end of input"})",
               400)
        << QStringLiteral("sum(") << int(FetchFailure::Api) << 400 << QStringLiteral("bad_data") << QString()
        << QStringLiteral("answered bad_data (HTTP 400): invalid parameter");
    CannedResponse liar = CannedResponse::json(kVectorBody.left(60));
    liar.announcedLength = 4096;
    QTest::addRow("connection closed mid-body")
        << liar << QStringLiteral("up") << int(FetchFailure::Unreachable) << 200 << QString()
        << QStringLiteral(
               "Prometheus at %1 closed the connection in the middle of the answer from %1/api/v1/query "
               "(60 bytes of 4 KiB received); it may be restarting, or a proxy dropped the transfer. "
               "RouteDeck asks again on the next refresh.")
        << QString();
}

void TestPrometheusClient::errorAnswer()
{
    QFETCH(CannedResponse, answer);
    QFETCH(QString, query);
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, message);
    QFETCH(QString, part);
    m_server->setResponse(answer);
    const std::optional<PromResponse> response = askOnce(configFor(m_server->baseUrl()), query);
    QVERIFY(response);
    QCOMPARE(int(response->failure), failure);
    QCOMPARE(response->httpStatus, status);
    QCOMPARE(response->errorType, errorType);
    if (!message.isEmpty())
        QCOMPARE(response->errorString, message.arg(origin(m_server->port())));
    QVERIFY2(response->errorString.contains(part), qPrintable(response->errorString));
}

// Answers that take too long: a body that trickles in past the deadline, or nothing after the headers.
void TestPrometheusClient::tooSlow_data()
{
    QTest::addColumn<CannedResponse>("answer");
    QTest::addColumn<int>("inactivityTimeoutMs");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("start"); // how the message starts, %1 = origin
    QTest::addColumn<QString>("part"); // a part of the message
    QTest::addColumn<qint64>("fewestMs"); // the request took at least this long...
    QTest::addColumn<qint64>("mostMs"); // ...and less than this

    // 10 bytes every 50 ms: never idle long enough for the inactivity timeout, but 10 s in total.
    CannedResponse slow = CannedResponse::json(QByteArray(2000, ' ') + kVectorBody);
    slow.chunkBytes = 10;
    slow.chunkIntervalMs = 50;
    QTest::addRow("deadline stops a slow body")
        << slow << 5000 << 600 << int(FetchFailure::Deadline)
        << QStringLiteral("The request to %1/api/v1/query did not finish within the 600 ms deadline (")
        << QStringLiteral("raise the deadline in the connection profile") << qint64(600) << qint64(5000);
    CannedResponse stall = CannedResponse::json(kVectorBody);
    stall.stallAfterHeaders = true;
    QTest::addRow("inactivity timeout")
        << stall << 300 << 20000 << int(FetchFailure::Timeout)
        << QStringLiteral("Prometheus at %1 sent nothing for 300 ms (inactivity timeout) while answering "
                          "%1/api/v1/query")
        << QString() << qint64(0) << qint64(10000);
}

void TestPrometheusClient::tooSlow()
{
    QFETCH(CannedResponse, answer);
    QFETCH(int, inactivityTimeoutMs);
    QFETCH(int, deadlineMs);
    QFETCH(int, failure);
    QFETCH(QString, start);
    QFETCH(QString, part);
    QFETCH(qint64, fewestMs);
    QFETCH(qint64, mostMs);
    m_server->setResponse(answer);
    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.inactivityTimeoutMs = inactivityTimeoutMs;
    config.deadlineMs = deadlineMs;
    // The answer is waited for 5 s longer than it may take (10 s and 15 s).
    const std::optional<PromResponse> response = askOnce(config, QStringLiteral("up"), int(mostMs) + 5000);
    QVERIFY(response);
    QCOMPARE(int(response->failure), failure);
    QVERIFY2(response->errorString.startsWith(start.arg(origin(m_server->port()))),
        qPrintable(response->errorString));
    QVERIFY2(response->errorString.contains(part), qPrintable(response->errorString));
    QVERIFY2(response->elapsedMs >= fewestMs && response->elapsedMs < mostMs,
        qPrintable(QString::number(response->elapsedMs)));
}

// Answers larger than the 1 MiB size cap: stopped at the announcement (Content-Length), or on the way
// when only counting can stop it (no Content-Length: the body ends when the connection closes).
void TestPrometheusClient::sizeCap_data()
{
    QTest::addColumn<int>("paddingMiB"); // spaces before the JSON
    QTest::addColumn<bool>("sendContentLength");
    QTest::addColumn<QString>("part"); // a part of the message; %1, where it stands, = origin
    QTest::addColumn<qint64>("fewestBytes"); // the body bytes read: at least...
    QTest::addColumn<qint64>("mostBytes"); // ...and at most

    const qint64 cap = 1024 * 1024;
    // Stopped at the announcement, not after the download.
    QTest::addRow("by Content-Length")
        << 3 << true
        << QStringLiteral("The answer from %1/api/v1/query is larger than the response size cap of 1 MiB (at "
                          "least 3.0 MiB arrived or were announced).")
        << qint64(0) << cap;
    // Stopped on the way, not after downloading everything. (Loopback delivers a few MiB per burst.)
    QTest::addRow("by bytes received")
        << 32 << false << QStringLiteral("is larger than the response size cap of 1 MiB (at least ")
        << cap + 1 << qint64(32 * 1024 * 1024 + kVectorBody.size() - 1);
}

void TestPrometheusClient::sizeCap()
{
    QFETCH(int, paddingMiB);
    QFETCH(bool, sendContentLength);
    QFETCH(QString, part);
    QFETCH(qint64, fewestBytes);
    QFETCH(qint64, mostBytes);
    CannedResponse huge = CannedResponse::json(QByteArray(paddingMiB * 1024 * 1024, ' ') + kVectorBody);
    huge.sendContentLength = sendContentLength;
    m_server->setResponse(huge);
    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.maxResponseBytes = 1024 * 1024;
    const std::optional<PromResponse> response = askOnce(config);
    QVERIFY(response);
    QCOMPARE(response->failure, FetchFailure::SizeCap);
    QVERIFY2(response->errorString.contains(part.replace(QLatin1String("%1"), origin(m_server->port()))),
        qPrintable(response->errorString));
    QVERIFY2(response->bodyBytes >= fewestBytes && response->bodyBytes <= mostBytes,
        qPrintable(QString::number(response->bodyBytes)));
}

void TestPrometheusClient::connectionRefused()
{
    const quint16 port = RouteDeck::Test::ScrapingServerProcess::freePort();
    QVERIFY(port != 0);
    const std::optional<PromResponse> response = askOnce(configFor(QUrl(origin(port))));
    QVERIFY(response);
    QCOMPARE(response->failure, FetchFailure::Unreachable);
    QCOMPARE(response->httpStatus, 0);
    QCOMPARE(response->errorString,
        QStringLiteral("Prometheus at %1 refused the connection \u2014 is it running?").arg(origin(port)));
}

void TestPrometheusClient::tlsToPlainHttpServer()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    m_server->setResponse(CannedResponse::json(kVectorBody));
    QUrl url = m_server->baseUrl();
    url.setScheme(QStringLiteral("https"));
    const std::optional<PromResponse> response = askOnce(configFor(url));
    QVERIFY(response);
    QCOMPARE(response->failure, FetchFailure::Tls);
    QVERIFY2(response->errorString.startsWith(
                 QStringLiteral("The TLS connection to https://127.0.0.1:%1 failed: ").arg(m_server->port())),
        qPrintable(response->errorString));
    QVERIFY2(response->errorString.contains(QLatin1String("URL's scheme (http or https)"))
            || response->errorString.endsWith(QLatin1Char('.')),
        qPrintable(response->errorString));
}

void TestPrometheusClient::abortStillAnswers()
{
    CannedResponse stall = CannedResponse::json(kVectorBody);
    stall.stallAfterHeaders = true;
    m_server->setResponse(stall);
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);
    const quint64 id = client.instantQuery(QStringLiteral("up"));
    QVERIFY(QTest::qWaitFor([this] { return !m_server->requests().isEmpty(); }, 10000));
    client.abort(id);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(waiter.spy.size(), 0); // later, not inside abort()
    QVERIFY(waiter.wait());
    QCOMPARE(waiter.id(), id);
    QCOMPARE(waiter.response().failure, FetchFailure::Aborted);
    QCOMPARE(waiter.response().errorString,
        QStringLiteral("The request to %1/api/v1/query was cancelled.").arg(origin(m_server->port())));
    client.abort(id); // unknown by now: ignored
    QTest::qWait(50);
    QCOMPARE(waiter.spy.size(), 1);
}

void TestPrometheusClient::largeAnswerDecodedOffThread()
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int i = 0; i < 300; ++i) {
        body += (i ? "," : "") + QByteArray(R"({"metric":{"model_id":"d)") + QByteArray::number(i)
            + R"("},"values":[)";
        for (int s = 0; s < 60; ++s)
            body += (s ? "," : "") + QByteArray("[") + QByteArray::number(1732680000 + s * 15) + ",\"0.5\"]";
        body += "]}";
    }
    body += "]}}";
    QVERIFY(body.size() > PrometheusClient::kThreadedDecodeBytes);
    m_server->setResponse(CannedResponse::json(body));
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);
    client.rangeQuery(QStringLiteral("x"), QDateTime::fromSecsSinceEpoch(1732680000, Qt::UTC),
        QDateTime::fromSecsSinceEpoch(1732680900, Qt::UTC), 15);
    QVERIFY(waiter.wait());
    const PromResponse response = waiter.response();
    QVERIFY2(response.ok, qPrintable(response.errorString));
    QCOMPARE(response.result.series.size(), 300);
    QCOMPARE(response.result.series.at(299).samples.size(), 60);
    QCOMPARE(response.bodyBytes, body.size());
}

void TestPrometheusClient::concurrentQueriesKeepTheirIds()
{
    m_server->setHandler([](const CannedRequest &request) {
        const QString query = request.form().queryItemValue(QStringLiteral("query"));
        return CannedResponse::json(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"q":")" + query.toUtf8()
            + R"("},"value":[1,"1"]}]}})");
    });
    PrometheusClient client(configFor(m_server->baseUrl()));
    QueryWaiter waiter(&client);
    QHash<quint64, QString> queries;
    for (int i = 0; i < 8; ++i) {
        const QString query = QStringLiteral("q%1").arg(i);
        queries.insert(client.instantQuery(query), query);
    }
    QCOMPARE(queries.size(), 8);
    QVERIFY(QTest::qWaitFor([&] { return waiter.spy.size() == 8; }, 15000));
    for (const QList<QVariant> &signal : std::as_const(waiter.spy)) {
        const auto response = signal.at(1).value<PromResponse>();
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.result.series.at(0).labels.value(QStringLiteral("q")),
            queries.value(signal.at(0).value<quint64>()));
    }
}

void TestPrometheusClient::followsSafeRedirect()
{
    const QUrl base = m_server->baseUrl();
    m_server->setHandler([base](const CannedRequest &request) {
        if (request.path() == QLatin1String("/api/v1/query")) {
            CannedResponse redirect = CannedResponse::text("", 307);
            redirect.headers = { { QByteArray("Location"), base.toEncoded() + "/moved/api/v1/query" } };
            return redirect;
        }
        return CannedResponse::json(kVectorBody);
    });
    const std::optional<PromResponse> response = askOnce(configFor(base));
    QVERIFY(response);
    QVERIFY2(response->ok, qPrintable(response->errorString));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).path(), QStringLiteral("/moved/api/v1/query"));
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).form().queryItemValue(QStringLiteral("query")), QStringLiteral("up"));
}

void TestPrometheusClient::credentialsNeverFollowRedirectElsewhere()
{
    CannedHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setResponse(CannedResponse::json(kVectorBody));
    const QByteArray target = elsewhere.baseUrl().toEncoded() + "/api/v1/query";
    m_server->setHandler([target](const CannedRequest &) {
        CannedResponse redirect = CannedResponse::text("", 307);
        redirect.headers = { { QByteArray("Location"), target } };
        return redirect;
    });
    const std::optional<PromResponse> response
        = askOnce(bearerConfigFor(m_server->baseUrl(), QStringLiteral("token-for-this-server-only")));
    QVERIFY(response);
    QCOMPARE(response->failure, FetchFailure::Http);
    QCOMPARE(response->errorString,
        QStringLiteral(
            "%1/api/v1/query redirected to %2; RouteDeck does not follow redirects to a less safe "
            "scheme, nor to another server while sending credentials. Put the final address in the "
            "connection profile.")
            .arg(origin(m_server->port()), QString::fromUtf8(target)));
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestPrometheusClient::destroyedWithRequestsInFlight()
{
    CannedResponse stall = CannedResponse::json(kVectorBody);
    stall.stallAfterHeaders = true;
    m_server->setResponse(stall);
    auto client = std::make_unique<PrometheusClient>(configFor(m_server->baseUrl()));
    QueryWaiter waiter(client.get());
    client->instantQuery(QStringLiteral("up"));
    client->probeReadiness();
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 2; }, 10000));
    client.reset();
    QTest::qWait(100);
    QCOMPARE(waiter.spy.size(), 0);
}

void TestPrometheusClient::readiness_data()
{
    QTest::addColumn<CannedResponse>("ready");
    QTest::addColumn<CannedResponse>("buildInfo");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message"); // %1 = origin
    QTest::addColumn<QStringList>("paths");

    const QByteArray prometheusBuild
        = R"({"status":"success","data":{"version":"2.42.0+ds","revision":"2.42.0+ds-5+deb12u1","branch":"debian/sid"}})";
    QFile html(QStringLiteral(ROUTEDECK_TEST_DATA "/prometheus/oauth2_proxy_sign_in.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    CannedResponse login = CannedResponse::text(html.readAll(), 200);
    login.contentType = "text/html; charset=utf-8";
    const QStringList both { QStringLiteral("/-/ready"), QStringLiteral("/api/v1/status/buildinfo") };

    QTest::addRow("Prometheus") << CannedResponse::text("Prometheus Server is Ready.\n", 200)
                                << CannedResponse::json(prometheusBuild) << int(PromReadiness::State::Ready)
                                << "2.42.0+ds"
                                << "none"
                                << "Prometheus 2.42.0+ds at %1 is ready." << both;
    QTest::addRow("VictoriaMetrics")
        << CannedResponse::text("VictoriaMetrics is Ready.\n", 200)
        << CannedResponse::json(R"({"status":"success","data":{}})") << int(PromReadiness::State::Ready)
        << "unknown"
        << "none"
        << "The Prometheus-compatible server at %1 is ready; it does not report a "
           "version."
        << both;
    QTest::addRow("starting")
        << CannedResponse::text("Service Unavailable", 503) << CannedResponse()
        << int(PromReadiness::State::NotReady) << "unknown"
        << "not-ready"
        << "%1/-/ready is not ready yet (HTTP 503: \"Service Unavailable\"). The server is "
           "starting up or replaying its write-ahead log; RouteDeck keeps retrying."
        << QStringList { QStringLiteral("/-/ready") };
    QTest::addRow("no /-/ready (Mimir)")
        << CannedResponse::text("404 page not found\n", 404) << CannedResponse::json(prometheusBuild)
        << int(PromReadiness::State::Ready) << "2.42.0+ds"
        << "none"
        << "Prometheus 2.42.0+ds at %1 is ready." << both;
    QTest::addRow("ready, buildinfo broken")
        << CannedResponse::text("OK", 200) << CannedResponse::text("Internal Server Error", 500)
        << int(PromReadiness::State::Ready) << "unknown"
        << "none"
        << "The Prometheus-compatible server at %1 is ready; its version is "
           "unknown (%1/api/v1/status/buildinfo answered HTTP 500: \"Internal "
           "Server Error\". The server failed internally; see its log.)"
        << both;
    QTest::addRow("login page")
        << login << CannedResponse() << int(PromReadiness::State::Unreachable) << "unknown"
        << "not-prometheus"
        << "The answer from %1/-/ready is an HTML page titled \"Sign In & Continue\" (HTTP "
           "200), not Prometheus JSON. It is probably a proxy, login or error page: check the "
           "URL, the path prefix and the authentication settings."
        << QStringList { QStringLiteral("/-/ready") };
    QTest::addRow("not a Prometheus at all")
        << CannedResponse::text("404 page not found\n", 404)
        << CannedResponse::text("404 page not found\n", 404) << int(PromReadiness::State::Unreachable)
        << "unknown"
        << "http"
        << "%1/api/v1/status/buildinfo was not found (HTTP 404: \"404 page not "
           "found\"). Check the URL and the path prefix (Grafana Mimir serves "
           "the API under /prometheus)."
        << both;
}

void TestPrometheusClient::readiness()
{
    QFETCH(CannedResponse, ready);
    QFETCH(CannedResponse, buildInfo);
    QFETCH(int, state);
    QFETCH(QString, version);
    QFETCH(QString, failure);
    QFETCH(QString, message);
    QFETCH(QStringList, paths);

    m_server->setHandler([ready, buildInfo](const CannedRequest &request) {
        if (request.path() == QLatin1String("/-/ready"))
            return ready;
        if (request.path() == QLatin1String("/api/v1/status/buildinfo"))
            return buildInfo;
        return CannedResponse::text("unexpected path", 500);
    });
    PrometheusClient client(configFor(m_server->baseUrl()));
    QSignalSpy spy(&client, &PrometheusClient::readinessProbed);
    const quint64 id = client.probeReadiness();
    QVERIFY(QTest::qWaitFor([&] { return !spy.isEmpty(); }, 15000));
    QCOMPARE(spy.at(0).at(0).value<quint64>(), id);
    const auto readiness = spy.at(0).at(1).value<PromReadiness>();
    QCOMPARE(readiness.message, message.arg(origin(m_server->port())));
    QCOMPARE(int(readiness.state), state);
    QCOMPARE(readiness.version, version);
    QCOMPARE(fetchFailureName(readiness.failure), failure);
    QStringList seen;
    for (const CannedRequest &request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("GET"));
        seen << request.path();
    }
    QCOMPARE(seen, paths);
}

void TestPrometheusClient::readinessRefused()
{
    const quint16 port = RouteDeck::Test::ScrapingServerProcess::freePort();
    const std::optional<PromReadiness> readiness = probeOnce(configFor(QUrl(origin(port))));
    QVERIFY(readiness);
    QCOMPARE(readiness->state, PromReadiness::State::Unreachable);
    QCOMPARE(readiness->failure, FetchFailure::Unreachable);
    QCOMPARE(readiness->message,
        QStringLiteral("Prometheus at %1 refused the connection \u2014 is it running?").arg(origin(port)));
}

void TestPrometheusClient::readinessDeadline()
{
    CannedResponse slow = CannedResponse::text(QByteArray(400, '.'), 200);
    slow.chunkBytes = 1;
    slow.chunkIntervalMs = 20;
    m_server->setResponse(slow);
    PromEndpointConfig config = configFor(m_server->baseUrl());
    config.deadlineMs = 300;
    const std::optional<PromReadiness> readiness = probeOnce(config);
    QVERIFY(readiness);
    QCOMPARE(readiness->state, PromReadiness::State::Unreachable);
    QCOMPARE(readiness->failure, FetchFailure::Deadline);
    QVERIFY2(readiness->message.startsWith(
                 QStringLiteral("Prometheus at %1 did not answer the readiness check within "
                                "300 ms")
                     .arg(origin(m_server->port()))),
        qPrintable(readiness->message));
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
