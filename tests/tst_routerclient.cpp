// SPDX-License-Identifier: GPL-3.0-or-later
// RouterClient against a real HTTP server on 127.0.0.1 (CannedHttpServer) that answers what a LiteLLM
// proxy and the things in front of it answer: paged and unpaged model lists, 401 without the master key,
// 503 while starting, login pages, cut-off JSON, huge and slow bodies, missing deployments.

#include "cannedhttpserver.h"
#include "scrapingserverprocess.h"
#include "routerclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <cmath>
#include <limits>
#include <optional>

using namespace RouteDeck;
using RouteDeck::Test::CannedHttpServer;
using RouteDeck::Test::CannedRequest;
using RouteDeck::Test::CannedResponse;

namespace {

const QString kMasterKey = QStringLiteral("sk-routedeck-test-master-key");

QString origin(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

RouterEndpointConfig configFor(const QUrl &baseUrl)
{
    RouterEndpointConfig config;
    config.baseUrl = baseUrl;
    config.masterKey = kMasterKey;
    config.inactivityTimeoutMs = 5000;
    config.deadlineMs = 10000;
    return config;
}

// One /model/info entry as LiteLLM returns it.
QByteArray modelEntry(const QByteArray &group, const QByteArray &id, double weight)
{
    return R"({"model_name":")" + group + R"(","litellm_params":{"model":"azure/)" + group + R"(","weight":)"
        + QByteArray::number(weight) + R"(},"model_info":{"id":")" + id + R"("}})";
}

QByteArray modelPage(const QList<QByteArray> &entries, int page, int totalPages, int totalCount)
{
    QByteArray body = R"({"data":[)";
    for (qsizetype i = 0; i < entries.size(); ++i)
        body += (i ? "," : "") + entries.at(i);
    body += R"(],"total_count":)" + QByteArray::number(totalCount) + R"(,"current_page":)"
        + QByteArray::number(page) + R"(,"total_pages":)" + QByteArray::number(totalPages) + R"(,"size":)"
        + QByteArray::number(entries.size()) + "}";
    return body;
}

CannedResponse htmlPage(int status)
{
    QFile html(QStringLiteral(ROUTEDECK_TEST_DATA "/prometheus/oauth2_proxy_sign_in.html"));
    if (!html.open(QIODevice::ReadOnly))
        qFatal("test data oauth2_proxy_sign_in.html is missing");
    CannedResponse response = CannedResponse::text(html.readAll(), status);
    response.contentType = "text/html; charset=utf-8";
    return response;
}

// The one answer of a RouterClient call, waited for through its signal.
template<typename Reply, auto Signal> struct Answer
{
    explicit Answer(RouterClient *client)
        : spy(client, Signal)
    { }
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return !spy.isEmpty(); }, timeoutMs);
    }
    quint64 id() const { return spy.at(0).at(0).value<quint64>(); }
    Reply reply() const { return spy.at(0).at(1).value<Reply>(); }
    QSignalSpy spy;
};

using Deployments = Answer<RouterDeploymentsReply, &RouterClient::deploymentsFetched>;
using Update = Answer<RouterUpdateReply, &RouterClient::weightUpdated>;
using Health = Answer<RouterHealthReply, &RouterClient::healthProbed>;
using Settings = Answer<RouterSettingsReply, &RouterClient::settingsFetched>;

// Lists the deployments once through a RouterClient with `config`; nothing when no answer came in time.
std::optional<RouterDeploymentsReply> listDeployments(const RouterEndpointConfig &config)
{
    RouterClient client(config);
    Deployments answer(&client);
    client.fetchDeployments();
    if (!answer.wait())
        return std::nullopt;
    return answer.reply();
}

} // namespace

class TestRouterClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pagesThroughV2ModelInfo();
    void fallsBackToModelInfoOn404();
    void listingFails_data();
    void listingFails();
    void sizeCap();
    void deadlineCoversAllPages();
    void connectionRefused();
    void credentialsNeverFollowRedirectElsewhere();
    void invalidConfigAnswersLater();
    void abortAllStillAnswers();
    void updateWeightPatches_data();
    void updateWeightPatches();
    void updateWeightEncodesId();
    void updateWeightFails_data();
    void updateWeightFails();
    void updateWeightRefusesBadWeight_data();
    void updateWeightRefusesBadWeight();
    void health_data();
    void health();
    void healthRefused();
    void settings_data();
    void settings();
    void settingsNotJson();

private:
    std::unique_ptr<CannedHttpServer> m_server;
};

void TestRouterClient::init()
{
    m_server = std::make_unique<CannedHttpServer>();
    QVERIFY(m_server->listen());
}

void TestRouterClient::pagesThroughV2ModelInfo()
{
    const QList<QList<QByteArray>> pages {
        { modelEntry("gpt-4o", "azure-east", 3), modelEntry("gpt-4o", "azure-west", 1) },
        { modelEntry("gpt-4o", "openai-direct", 0.5), modelEntry("mini", "mini-1", 1) },
        { modelEntry("mini", "mini-2", 2) },
    };
    m_server->setHandler([pages](const CannedRequest &request) {
        if (request.path() != QLatin1String("/v2/model/info"))
            return CannedResponse::json(R"({"detail":"Not Found"})", 404);
        const int page
            = QUrlQuery(QUrl::fromEncoded(request.target)).queryItemValue(QStringLiteral("page")).toInt();
        if (page < 1 || page > pages.size())
            return CannedResponse::json(R"({"detail":"no such page"})", 400);
        return CannedResponse::json(modelPage(pages.at(page - 1), page, 3, 5));
    });
    RouterEndpointConfig config = configFor(m_server->baseUrl());
    config.pageSize = 2;
    RouterClient client(config);
    Deployments answer(&client);
    const quint64 id = client.fetchDeployments();
    QCOMPARE(answer.spy.size(), 0);
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), id);
    const RouterDeploymentsReply reply = answer.reply();
    QVERIFY2(reply.ok, qPrintable(reply.errorString));
    QCOMPARE(reply.failure, FetchFailure::None);
    QCOMPARE(reply.pagesFetched, 3);
    QVERIFY(!reply.legacyEndpoint);
    QCOMPARE(reply.httpStatus, 200);
    QStringList ids;
    for (const Deployment &d : reply.deployments) {
        QCOMPARE(d.index, int(ids.size()));
        ids << d.id;
    }
    QCOMPARE(ids,
        (QStringList { QStringLiteral("azure-east"), QStringLiteral("azure-west"),
            QStringLiteral("openai-direct"), QStringLiteral("mini-1"), QStringLiteral("mini-2") }));
    QCOMPARE(reply.deployments.at(2).weight, std::optional<double>(0.5));
    QCOMPARE(reply.deployments.at(2).group, QStringLiteral("gpt-4o"));
    QCOMPARE(reply.deployments.at(4).provider, QStringLiteral("azure"));

    QCOMPARE(m_server->requests().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const CannedRequest &request = m_server->requests().at(i);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, "/v2/model/info?page=" + QByteArray::number(i + 1) + "&size=2");
        QCOMPARE(request.header("authorization"), "Bearer " + kMasterKey.toUtf8());
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
    }
}

void TestRouterClient::fallsBackToModelInfoOn404()
{
    m_server->setHandler([](const CannedRequest &request) {
        if (request.path() == QLatin1String("/model/info"))
            return CannedResponse::json(
                R"({"data":[)" + modelEntry("gpt-4o", "a", 1) + "," + modelEntry("gpt-4o", "b", 2) + "]}");
        return CannedResponse::json(R"({"detail":"Not Found"})", 404);
    });
    const std::optional<RouterDeploymentsReply> reply = listDeployments(configFor(m_server->baseUrl()));
    QVERIFY(reply);
    QVERIFY2(reply->ok, qPrintable(reply->errorString));
    QVERIFY(reply->legacyEndpoint);
    QCOMPARE(reply->pagesFetched, 1);
    QCOMPARE(reply->deployments.size(), 2);
    QCOMPARE(reply->deployments.at(1).id, QStringLiteral("b"));
    QCOMPARE(reply->deployments.at(1).index, 1);
    QCOMPARE(reply->url.toString(), origin(m_server->port()) + QStringLiteral("/model/info"));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).path(), QStringLiteral("/v2/model/info"));
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/model/info"));
    QCOMPARE(m_server->requests().at(1).header("authorization"), "Bearer " + kMasterKey.toUtf8());
}

// One answer the router gives to the first page, and what the listing makes of it: no deployments
// at all (never half a list), a failure and a message naming the router and the page.
void TestRouterClient::listingFails_data()
{
    QTest::addColumn<QString>("key"); // the master key RouteDeck sends
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requests"); // how many the server saw
    QTest::addColumn<QString>("message"); // %1 = origin
    QTest::addColumn<bool>("wholeMessage"); // false: the message starts with `message`

    const CannedResponse refused = CannedResponse::json(
        R"({"error":{"message":"Authentication Error, Invalid proxy server token passed.","type":"auth_error","param":"None","code":"401"}})",
        401);
    QTest::addRow("401, wrong key")
        << QStringLiteral("sk-wrong") << refused << int(FetchFailure::Auth) << 401 << 1
        << QStringLiteral(
               "The router at %1 refused %1/v2/model/info?page=1&size=100 (HTTP 401): the master key is "
               "missing or wrong (a proxy in between may drop it), or it may not use the admin API. Check "
               "the environment variable that the connection profile names for the key. The router said: "
               "Authentication Error, Invalid proxy server token passed.")
        << true;
    QTest::addRow("401, no key")
        << QString() << refused << int(FetchFailure::Auth) << 401 << 1
        << QStringLiteral("The router at %1 refused %1/v2/model/info?page=1&size=100 (HTTP 401): RouteDeck "
                          "sent no master key. Set the environment variable that the connection profile "
                          "names for the key. The router said: Authentication Error, Invalid proxy server "
                          "token passed.")
        << true;
    QTest::addRow("HTML login page, 200")
        << kMasterKey << htmlPage(200) << int(FetchFailure::Malformed) << 200 << 1
        << QStringLiteral("%1/v2/model/info?page=1&size=100 answered with an HTML page, not JSON: "
                          "is this a LiteLLM proxy, or a login page in between?")
        << true;
    QTest::addRow("HTML login page, 403")
        << kMasterKey << htmlPage(403) << int(FetchFailure::Auth) << 403 << 1
        << QStringLiteral("The router at %1 refused %1/v2/model/info?page=1&size=100 (HTTP 403): "
                          "the master key is missing or wrong (a proxy in between may drop it), or "
                          "it may not use the admin API. Check the environment variable that the "
                          "connection profile names for the key. The answer is an HTML page titled "
                          "\"Sign In & Continue\": a proxy or login page may be in between.")
        << true;
    QTest::addRow("503 while starting")
        << kMasterKey << CannedResponse::text("Service Unavailable", 503) << int(FetchFailure::NotReady)
        << 503 << 1
        << QStringLiteral("The router at %1 is not ready (HTTP 503 from %1/v2/model/info?page=1&size=100); "
                          "it may be starting. RouteDeck asks again on the next refresh.")
        << true;
    const QByteArray whole
        = modelPage({ modelEntry("gpt-4o", "a", 1), modelEntry("gpt-4o", "b", 1) }, 1, 1, 2);
    QTest::addRow("truncated JSON")
        << kMasterKey << CannedResponse::json(whole.left(whole.size() / 2)) << int(FetchFailure::Malformed)
        << 200 << 1 << QStringLiteral("%1/v2/model/info?page=1&size=100 answered with invalid JSON at byte ")
        << false;
    QTest::addRow("model without id")
        << kMasterKey
        << CannedResponse::json(R"({"data":[)" + modelEntry("gpt-4o", "a", 1)
               + R"(,{"model_name":"mini","litellm_params":{"model":"openai/mini"},)"
                 R"("model_info":{"mode":"chat"}}]})")
        << int(FetchFailure::Malformed) << 200 << 1
        << QStringLiteral("%1/v2/model/info?page=1&size=100: model 2 ('mini') has no model_info.id") << true;
    // A server that ignores ?page= sends page 1 again and again.
    QTest::addRow("deployment repeated across pages")
        << kMasterKey << CannedResponse::json(modelPage({ modelEntry("gpt-4o", "a", 1) }, 1, 4, 4))
        << int(FetchFailure::Malformed) << 200 << 2
        << QStringLiteral(
               "%1/v2/model/info?page=2&size=100 listed deployment 'a' again, after an earlier page did: "
               "the deployments changed while RouteDeck paged through them. RouteDeck asks again on the "
               "next refresh.")
        << true;
}

void TestRouterClient::listingFails()
{
    QFETCH(QString, key);
    QFETCH(CannedResponse, response);
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(int, requests);
    QFETCH(QString, message);
    QFETCH(bool, wholeMessage);
    m_server->setResponse(response);
    RouterEndpointConfig config = configFor(m_server->baseUrl());
    config.masterKey = key;
    const std::optional<RouterDeploymentsReply> reply = listDeployments(config);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(int(reply->failure), failure);
    QCOMPARE(reply->httpStatus, status);
    const QString expected = message.arg(origin(m_server->port()));
    if (wholeMessage)
        QCOMPARE(reply->errorString, expected);
    else
        QVERIFY2(reply->errorString.startsWith(expected), qPrintable(reply->errorString));
    QVERIFY(reply->deployments.isEmpty()); // never half a list
    QCOMPARE(m_server->requests().size(), requests); // no fallback to /model/info on these answers
    QCOMPARE(m_server->requests().at(0).header("authorization"),
        key.isEmpty() ? QByteArray() : "Bearer " + key.toUtf8());
}

void TestRouterClient::sizeCap()
{
    QList<QByteArray> many;
    for (int i = 0; i < 400; ++i)
        many << modelEntry("gpt-4o", "deployment-" + QByteArray::number(i), 1);
    const QByteArray body = modelPage(many, 1, 1, 400);
    QVERIFY(body.size() > 16 * 1024);
    m_server->setResponse(CannedResponse::json(body));
    RouterEndpointConfig config = configFor(m_server->baseUrl());
    config.maxResponseBytes = 16 * 1024;
    const std::optional<RouterDeploymentsReply> reply = listDeployments(config);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->failure, FetchFailure::SizeCap);
    QCOMPARE(reply->errorString,
        QStringLiteral(
            "The answer from %1/v2/model/info?page=1&size=100 is larger than the response size cap of "
            "16 KiB (at least %2 arrived or were announced). Check that the URL points at the right "
            "server, or raise the size cap in the connection profile.")
            .arg(origin(m_server->port()),
                QString::number(double(body.size()) / 1024.0, 'f', 1) + QStringLiteral(" KiB")));
    QVERIFY(reply->deployments.isEmpty());
}

void TestRouterClient::deadlineCoversAllPages()
{
    // Each page trickles in over ~700 ms: every page alone is within the 1 s deadline, the listing is not.
    m_server->setHandler([](const CannedRequest &request) {
        const int page
            = QUrlQuery(QUrl::fromEncoded(request.target)).queryItemValue(QStringLiteral("page")).toInt();
        CannedResponse slow = CannedResponse::json(
            modelPage({ modelEntry("gpt-4o", "d" + QByteArray::number(page), 1) }, page, 3, 3)
                .leftJustified(700, ' '));
        slow.chunkBytes = 20;
        slow.chunkIntervalMs = 20;
        return slow;
    });
    RouterEndpointConfig config = configFor(m_server->baseUrl());
    config.deadlineMs = 1000;
    const std::optional<RouterDeploymentsReply> reply = listDeployments(config);
    QVERIFY(reply);
    QVERIFY(!reply->ok);
    QCOMPARE(reply->failure, FetchFailure::Deadline);
    // Page 2 normally; page 1 only when this machine is so loaded that one page took the whole second.
    const QByteArray lastPage = QByteArray::number(m_server->requests().size());
    QVERIFY2(reply->errorString.startsWith(
                 QStringLiteral("The request to %1/v2/model/info?page=%2&size=100 did not "
                                "finish within the 1 s deadline (")
                     .arg(origin(m_server->port()), QString::fromLatin1(lastPage))),
        qPrintable(reply->errorString));
    QVERIFY2(reply->errorString.endsWith(QLatin1String(
                 "received so far). The server or the network is overloaded; raise the deadline in "
                 "the connection profile if this persists.")),
        qPrintable(reply->errorString));
    QVERIFY2(reply->elapsedMs >= 1000 && reply->elapsedMs < 5000,
        qPrintable(QString::number(reply->elapsedMs)));
    QVERIFY(m_server->requests().size() <= 2);
    QVERIFY(reply->deployments.isEmpty());
}

void TestRouterClient::connectionRefused()
{
    const quint16 port = RouteDeck::Test::ScrapingServerProcess::freePort();
    QVERIFY(port != 0);
    const std::optional<RouterDeploymentsReply> reply = listDeployments(configFor(QUrl(origin(port))));
    QVERIFY(reply);
    QCOMPARE(reply->failure, FetchFailure::Unreachable);
    QCOMPARE(reply->httpStatus, 0);
    QCOMPARE(reply->errorString,
        QStringLiteral("The router at %1 refused the connection \u2014 is it running?").arg(origin(port)));
}

void TestRouterClient::credentialsNeverFollowRedirectElsewhere()
{
    CannedHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setResponse(CannedResponse::json(modelPage({ modelEntry("gpt-4o", "a", 1) }, 1, 1, 1)));
    const QByteArray target = elsewhere.baseUrl().toEncoded() + "/v2/model/info?page=1&size=100";
    m_server->setHandler([target](const CannedRequest &) {
        CannedResponse redirect = CannedResponse::text("", 307);
        redirect.headers = { { QByteArray("Location"), target } };
        return redirect;
    });
    const std::optional<RouterDeploymentsReply> reply = listDeployments(configFor(m_server->baseUrl()));
    QVERIFY(reply);
    QCOMPARE(reply->failure, FetchFailure::Http);
    QCOMPARE(reply->errorString,
        QStringLiteral(
            "%1/v2/model/info?page=1&size=100 redirected to %2; RouteDeck does not follow redirects to a "
            "less safe scheme, nor to another server while sending credentials. Put the final address in "
            "the connection profile.")
            .arg(origin(m_server->port()), QString::fromUtf8(target)));
    QVERIFY(elsewhere.requests().isEmpty()); // the master key stayed home
}

void TestRouterClient::invalidConfigAnswersLater()
{
    RouterClient client; // no URL
    Deployments deployments(&client);
    Settings settings(&client);
    Health health(&client);
    Update update(&client);
    const quint64 first = client.fetchDeployments();
    client.fetchSettings();
    client.probeHealth();
    client.updateWeight(QStringLiteral("a"), 1);
    QCOMPARE(deployments.spy.size() + settings.spy.size() + health.spy.size() + update.spy.size(), 0);
    QVERIFY(deployments.wait() && settings.wait() && health.wait() && update.wait());
    QCOMPARE(deployments.id(), first);
    const QString message = QStringLiteral(
        "The router connection cannot be used: no router URL is set (e.g. http://127.0.0.1:4000).");
    QCOMPARE(deployments.reply().failure, FetchFailure::Config);
    QCOMPARE(deployments.reply().errorString, message);
    QCOMPARE(settings.reply().errorString, message);
    QCOMPARE(health.reply().errorString, message);
    QCOMPARE(update.reply().errorString, message);
    QCOMPARE(update.reply().deploymentId, QStringLiteral("a"));
}

void TestRouterClient::abortAllStillAnswers()
{
    CannedResponse stall = CannedResponse::json(modelPage({ modelEntry("gpt-4o", "a", 1) }, 1, 1, 1));
    stall.stallAfterHeaders = true;
    m_server->setResponse(stall);
    RouterClient client(configFor(m_server->baseUrl()));
    Deployments answer(&client);
    const quint64 id = client.fetchDeployments();
    QVERIFY(QTest::qWaitFor([this] { return !m_server->requests().isEmpty(); }, 10000));
    client.abortAll();
    QCOMPARE(answer.spy.size(), 0); // later, not inside abortAll()
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), id);
    QCOMPARE(answer.reply().failure, FetchFailure::Aborted);
    QCOMPARE(answer.reply().errorString,
        QStringLiteral("The request to %1/v2/model/info?page=1&size=100 was cancelled.")
            .arg(origin(m_server->port())));
    QTest::qWait(50);
    QCOMPARE(answer.spy.size(), 1);
}

void TestRouterClient::updateWeightPatches_data()
{
    QTest::addColumn<double>("weight");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("integer") << 5.0 << QByteArray(R"({"litellm_params":{"weight":5}})");
    QTest::addRow("fraction") << 0.25 << QByteArray(R"({"litellm_params":{"weight":0.25}})");
    QTest::addRow("zero") << 0.0 << QByteArray(R"({"litellm_params":{"weight":0}})");
}

void TestRouterClient::updateWeightPatches()
{
    QFETCH(double, weight);
    QFETCH(QByteArray, body);
    m_server->setResponse(CannedResponse::json(R"({"model_id":"azure-east","litellm_params":{"weight":1}})"));
    RouterClient client(configFor(m_server->baseUrl()));
    Update answer(&client);
    const quint64 id = client.updateWeight(QStringLiteral("azure-east"), weight);
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), id);
    const RouterUpdateReply reply = answer.reply();
    QVERIFY2(reply.ok, qPrintable(reply.errorString));
    QCOMPARE(reply.deploymentId, QStringLiteral("azure-east"));
    QCOMPARE(reply.weight, weight);
    QCOMPARE(reply.httpStatus, 200);

    QCOMPARE(m_server->requests().size(), 1);
    const CannedRequest &request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.target, QByteArray("/model/azure-east/update"));
    QCOMPARE(request.body, body);
    QCOMPARE(request.header("authorization"), "Bearer " + kMasterKey.toUtf8());
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
}

void TestRouterClient::updateWeightEncodesId()
{
    m_server->setResponse(CannedResponse::json("{}"));
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/litellm/")); // behind a path prefix
    RouterClient client(configFor(base));
    Update answer(&client);
    client.updateWeight(QStringLiteral("team a/primary?x"), 2);
    QVERIFY(answer.wait());
    QVERIFY2(answer.reply().ok, qPrintable(answer.reply().errorString));
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/litellm/model/team%20a%2Fprimary%3Fx/update"));
}

void TestRouterClient::updateWeightFails_data()
{
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // %1 = origin

    QTest::addRow("unknown deployment")
        << CannedResponse::json(R"({"detail":{"error":"Model with id=gone not found in db"}})", 404)
        << QStringLiteral("gone") << int(FetchFailure::Http) << 404
        << QStringLiteral(
               "The router at %1 has no deployment 'gone' (HTTP 404 from %1/model/gone/update); it may have "
               "been deleted or recreated with a new id. Refresh the deployments and try again. The router "
               "said: Model with id=gone not found in db");
    CannedResponse liar = CannedResponse::json(R"({"model_id":)");
    liar.announcedLength = 500;
    QTest::addRow("connection closed")
        << liar << QStringLiteral("azure-east") << int(FetchFailure::Unreachable) << 200
        << QStringLiteral(
               "The router at %1 closed the connection in the middle of the answer from "
               "%1/model/azure-east/update (12 bytes of 500 bytes received); it may be restarting, or a proxy "
               "dropped the transfer. The change may or may not have been made; refresh to see the current "
               "state.");
}

void TestRouterClient::updateWeightFails()
{
    QFETCH(CannedResponse, response);
    QFETCH(QString, id);
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(QString, message);
    m_server->setResponse(response);
    RouterClient client(configFor(m_server->baseUrl()));
    Update answer(&client);
    client.updateWeight(id, 3);
    QVERIFY(answer.wait());
    const RouterUpdateReply reply = answer.reply();
    QVERIFY(!reply.ok);
    QCOMPARE(int(reply.failure), failure);
    QCOMPARE(reply.httpStatus, status);
    QCOMPARE(reply.errorString, message.arg(origin(m_server->port())));
}

void TestRouterClient::updateWeightRefusesBadWeight_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("weight");
    QTest::addColumn<QString>("message");
    QTest::addRow("negative") << QStringLiteral("azure-east") << -1.0
                              << QStringLiteral(
                                     "The weight -1 for deployment 'azure-east' is not allowed: a weight "
                                     "must be a number of 0 or more. Nothing was sent to the router.");
    QTest::addRow("NaN") << QStringLiteral("azure-east") << std::numeric_limits<double>::quiet_NaN()
                         << QStringLiteral(
                                "The weight nan for deployment 'azure-east' is not allowed: a weight must "
                                "be a number of 0 or more. Nothing was sent to the router.");
    QTest::addRow("infinite") << QStringLiteral("azure-east") << std::numeric_limits<double>::infinity()
                              << QStringLiteral(
                                     "The weight inf for deployment 'azure-east' is not allowed: a weight "
                                     "must be a number of 0 or more. Nothing was sent to the router.");
    QTest::addRow("no id") << QString() << 1.0
                           << QStringLiteral(
                                  "A weight update needs a deployment id (model_info.id); nothing was "
                                  "sent to the router.");
}

void TestRouterClient::updateWeightRefusesBadWeight()
{
    QFETCH(QString, id);
    QFETCH(double, weight);
    QFETCH(QString, message);
    m_server->setResponse(CannedResponse::json("{}"));
    RouterClient client(configFor(m_server->baseUrl()));
    Update answer(&client);
    const quint64 request = client.updateWeight(id, weight);
    QCOMPARE(answer.spy.size(), 0);
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), request);
    const RouterUpdateReply reply = answer.reply();
    QVERIFY(!reply.ok);
    QCOMPARE(reply.failure, FetchFailure::Config);
    QCOMPARE(reply.errorString, message);
    QCOMPARE(reply.deploymentId, id);
    QTest::qWait(50);
    QVERIFY(m_server->requests().isEmpty());
}

// A /health/readiness/details answer for rows where readiness already answered the version.
constexpr const char *kNotAsked = "not asked";

void TestRouterClient::health_data()
{
    QTest::addColumn<CannedResponse>("readiness");
    QTest::addColumn<CannedResponse>("liveliness");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<bool>("alive");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message"); // %1 = origin
    QTest::addColumn<CannedResponse>("details"); // /health/readiness/details, asked only when readiness has no version

    const CannedResponse alive = CannedResponse::json(R"("I'm alive!")");
    const CannedResponse noDetails = CannedResponse::text(kNotAsked, 500);
    const CannedResponse healthy = CannedResponse::json(
        R"({"status":"healthy","db":"Not connected","cache":null,"litellm_version":"1.55.8","success_callbacks":[],"last_updated":"2026-11-27T10:00:00"})");
    QTest::addRow("healthy") << healthy << alive << true << true << true << "1.55.8"
                             << "none" << QString() << noDetails;
    QTest::addRow("unhealthy")
        << CannedResponse::json(R"({"status":"unhealthy","litellm_version":"1.55.8"})") << alive << false
        << false << true << "1.55.8"
        << "not-ready"
        << "The router at %1 reports status \"unhealthy\" on %1/health/readiness; it is not "
           "ready to route requests." << noDetails;
    QTest::addRow("starting")
        << CannedResponse::text("Service Unavailable", 503) << alive << false << false << true << QString()
        << "not-ready"
        << "The router at %1 is not ready (HTTP 503 from %1/health/readiness); it may be "
           "starting. RouteDeck asks again on the next refresh." << noDetails;
    QTest::addRow("ready, liveliness missing")
        << healthy << CannedResponse::json(R"({"detail":"Not Found"})", 404) << false << true << false
        << "1.55.8"
        << "http"
        << "The router at %1 answered %1/health/liveliness with HTTP 404. The router said: Not Found" << noDetails;
    QTest::addRow("not a LiteLLM")
        << CannedResponse::json(R"({"ok":true})") << alive << false << false << true << QString()
        << "malformed"
        << "The answer from %1/health/readiness has no \"status\"; is %1 a LiteLLM proxy?" << noDetails;
    // LiteLLM 1.84+: readiness says {status, db}; the version is under /health/readiness/details, with the key.
    const CannedResponse brief = CannedResponse::json(R"({"status":"healthy","db":"Not connected"})");
    QTest::addRow("1.84+: version from the details")
        << brief << alive << true << true << true << "1.85.0" << "none" << QString()
        << CannedResponse::json(R"({"status":"healthy","db":"Not connected","litellm_version":"1.85.0"})");
    QTest::addRow("1.84+: details refused, still healthy")
        << brief << alive << true << true << true << QString() << "none" << QString()
        << CannedResponse::json(R"({"error":{"message":"Authentication Error, No api key passed in."}})", 401);
}

void TestRouterClient::health()
{
    QFETCH(CannedResponse, readiness);
    QFETCH(CannedResponse, liveliness);
    QFETCH(bool, ok);
    QFETCH(bool, ready);
    QFETCH(bool, alive);
    QFETCH(QString, version);
    QFETCH(QString, failure);
    QFETCH(QString, message);
    QFETCH(CannedResponse, details);
    m_server->setHandler([readiness, liveliness, details](const CannedRequest &request) {
        if (request.path() == QLatin1String("/health/readiness"))
            return readiness;
        if (request.path() == QLatin1String("/health/readiness/details"))
            return details;
        if (request.path() == QLatin1String("/health/liveliness"))
            return liveliness;
        return CannedResponse::text("unexpected path", 500);
    });
    RouterClient client(configFor(m_server->baseUrl()));
    Health answer(&client);
    const quint64 id = client.probeHealth();
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), id);
    const RouterHealthReply reply = answer.reply();
    QCOMPARE(reply.ok, ok);
    QCOMPARE(reply.ready, ready);
    QCOMPARE(reply.alive, alive);
    QCOMPARE(reply.version, version);
    QCOMPARE(fetchFailureName(reply.failure), failure);
    QCOMPARE(reply.errorString, message.isEmpty() ? QString() : message.arg(origin(m_server->port())));
    QStringList paths;
    for (const CannedRequest &request : m_server->requests()) {
        QCOMPARE(request.method, QByteArray("GET"));
        paths << request.path();
    }
    QStringList expected { QStringLiteral("/health/readiness") };
    if (details.body != kNotAsked)
        expected.append(QStringLiteral("/health/readiness/details"));
    expected.append(QStringLiteral("/health/liveliness"));
    QCOMPARE(paths, expected);
}

void TestRouterClient::healthRefused()
{
    const quint16 port = RouteDeck::Test::ScrapingServerProcess::freePort();
    RouterClient client(configFor(QUrl(origin(port))));
    Health answer(&client);
    client.probeHealth();
    QVERIFY(answer.wait());
    const RouterHealthReply reply = answer.reply();
    QVERIFY(!reply.ok && !reply.ready && !reply.alive);
    QCOMPARE(reply.failure, FetchFailure::Unreachable);
    QCOMPARE(reply.errorString,
        QStringLiteral("The router at %1 refused the connection \u2014 is it running?").arg(origin(port)));
}

void TestRouterClient::settings_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray values
        = R"({"routing_strategy":"usage-based-routing-v2","num_retries":3,"allowed_fails":2,"cooldown_time":30,)"
          R"("fallbacks":[{"gpt-4o":["mini"]}],"enable_pre_call_checks":true})";
    QTest::addRow("settings map") << values;
    QTest::addRow("current_values") << QByteArray(
        R"({"fields":[{"field_name":"routing_strategy"}],"current_values":)" + values + "}");
}

void TestRouterClient::settings()
{
    QFETCH(QByteArray, body);
    m_server->setResponse(CannedResponse::json(body));
    RouterClient client(configFor(m_server->baseUrl()));
    Settings answer(&client);
    const quint64 id = client.fetchSettings();
    QVERIFY(answer.wait());
    QCOMPARE(answer.id(), id);
    const RouterSettingsReply reply = answer.reply();
    QVERIFY2(reply.ok, qPrintable(reply.errorString));
    QCOMPARE(reply.settings.routingStrategy, QStringLiteral("usage-based-routing-v2"));
    QCOMPARE(reply.settings.numRetries, std::optional<int>(3));
    QCOMPARE(reply.settings.allowedFails, std::optional<int>(2));
    QCOMPARE(reply.settings.cooldownTime, std::optional<double>(30));
    QCOMPARE(reply.settings.fallbacksFor(QStringLiteral("gpt-4o")), QStringList { QStringLiteral("mini") });
    QVERIFY(reply.settings.raw.value(QStringLiteral("enable_pre_call_checks")).toBool());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/router/settings"));
    QCOMPARE(m_server->requests().at(0).header("authorization"), "Bearer " + kMasterKey.toUtf8());
}

void TestRouterClient::settingsNotJson()
{
    m_server->setResponse(CannedResponse::json(R"(["routing_strategy"])"));
    RouterClient client(configFor(m_server->baseUrl()));
    Settings answer(&client);
    client.fetchSettings();
    QVERIFY(answer.wait());
    const RouterSettingsReply reply = answer.reply();
    QVERIFY(!reply.ok);
    QCOMPARE(reply.failure, FetchFailure::Malformed);
    QCOMPARE(reply.errorString,
        QStringLiteral("%1/router/settings did not answer a JSON object").arg(origin(m_server->port())));
}

QTEST_GUILESS_MAIN(TestRouterClient)
#include "tst_routerclient.moc"
