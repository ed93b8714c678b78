// SPDX-License-Identifier: GPL-3.0-or-later
// The DataPlane against canned HTTP servers standing in for the router and Prometheus, answering
// the ways real ones misbehave; and the RefreshScheduler's staleness, backoff and "newest wins".
#include "dataplane.h"
#include "litellmconfigcodec.h"
#include "prometheusclient.h"
#include "refreshscheduler.h"
#include "routerclient.h"
#include "serieskeys.h"
#include "support/cannedhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

using namespace RouteDeck;
using namespace RouteDeck::Test;

namespace {

constexpr int kRefreshMs = 1000;

struct Member
{
    QString id;
    QString group;
    double weight = 1;
};

// The three deployments most cases use: group g split 2/1/1.
const QList<Member> kMembers = { { QStringLiteral("a"), QStringLiteral("g"), 2 },
                                 { QStringLiteral("b"), QStringLiteral("g"), 1 },
                                 { QStringLiteral("c"), QStringLiteral("g"), 1 } };

QJsonObject entry(const Member &m)
{
    return { { QStringLiteral("model_name"), m.group },
             { QStringLiteral("litellm_params"),
               QJsonObject { { QStringLiteral("model"), QString(QStringLiteral("openai/") + m.group) },
                             { QStringLiteral("weight"), m.weight } } },
             { QStringLiteral("model_info"), QJsonObject { { QStringLiteral("id"), m.id } } } };
}

// /v2/model/info page `page` of `size`, or the whole unpaged /model/info list when size is 0.
QByteArray modelInfo(const QList<Member> &members, int page = 1, int size = 0)
{
    QJsonArray data;
    const qsizetype begin = size > 0 ? qsizetype(page - 1) * size : 0;
    const qsizetype end = size > 0 ? std::min(members.size(), begin + size) : members.size();
    for (qsizetype i = begin; i < end; ++i)
        data.append(entry(members.at(i)));
    QJsonObject root { { QStringLiteral("data"), data } };
    if (size > 0) {
        root.insert(QStringLiteral("current_page"), page);
        root.insert(QStringLiteral("size"), size);
        root.insert(QStringLiteral("total_count"), members.size());
        root.insert(QStringLiteral("total_pages"), int((members.size() + size - 1) / size));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// A Prometheus vector answer; each series is a `metric` object's JSON body and a value as text.
QByteArray vector(const QList<std::pair<QByteArray, QByteArray>> &series)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (qsizetype i = 0; i < series.size(); ++i) {
        body += (i ? "," : "") + QByteArray(R"({"metric":{)") + series.at(i).first + R"(},"value":[1700000000.123,")"
            + series.at(i).second + R"("]})";
    }
    return body + "]}}";
}

QByteArray matrix(const QList<std::pair<QByteArray, QList<std::pair<double, double>>>> &series)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < series.size(); ++i) {
        body += (i ? "," : "") + QByteArray(R"({"metric":{)") + series.at(i).first + R"(},"values":[)";
        const auto &points = series.at(i).second;
        for (qsizetype p = 0; p < points.size(); ++p)
            body += (p ? "," : "") + QByteArray("[") + QByteArray::number(points.at(p).first, 'f', 3) + R"(,")"
                + QByteArray::number(points.at(p).second) + R"("])";
        body += "]}";
    }
    return body + "]}}";
}

QByteArray id(const char *model)
{
    return R"("model_id":")" + QByteArray(model) + '"';
}

// Healthy answers for a, b, c: 20/10/10 requests/s, a few 429s on a, p50/p95/p99 0.5/1/2 s.
QByteArray goodAnswer(const QString &name, double scale = 1)
{
    const auto n = [scale](double v) { return QByteArray::number(v * scale); };
    if (name == QLatin1String("requests"))
        return vector({ { id("a"), n(20) }, { id("b"), n(10) }, { id("c"), n(10) } });
    if (name == QLatin1String("successes"))
        return vector({ { id("a"), n(19) }, { id("b"), n(10) }, { id("c"), n(10) } });
    if (name == QLatin1String("failures"))
        return vector({ { id("a") + R"(,"exception_status":"429","exception_class":"RateLimitError")", n(1) } });
    if (name == QLatin1String("latency_p50"))
        return vector({ { id("a"), "0.5" }, { id("b"), "0.5" }, { id("c"), "0.5" } });
    if (name == QLatin1String("latency_p95"))
        return vector({ { id("a"), "1" }, { id("b"), "1" }, { id("c"), "1" } });
    if (name == QLatin1String("latency_p99"))
        return vector({ { id("a"), "2" }, { id("b"), "2" }, { id("c"), "2" } });
    if (name == QLatin1String("state"))
        return vector({ { id("a"), "0" }, { id("b"), "0" }, { id("c"), "0" } });
    return vector({});
}

// Stands in for Prometheus: recognises the data plane's catalog queries by their text and answers
// each through `answer` (default: goodAnswer). Readiness and buildinfo answer like Prometheus 2.
class CannedPrometheus
{
public:
    using Answer = std::function<CannedResponse(const QString &name, const CannedRequest &request)>;

    explicit CannedPrometheus(const QHash<QString, QString> &queryTexts)
    {
        for (auto it = queryTexts.cbegin(); it != queryTexts.cend(); ++it)
            m_nameOf.insert(it.value(), it.key());
        server.setHandler([this](const CannedRequest &request) {
            const QString path = request.path();
            if (path == QLatin1String("/-/ready"))
                return CannedResponse::text("Prometheus Server is Ready.\n", 200);
            if (path == QLatin1String("/api/v1/status/buildinfo"))
                return CannedResponse::json(R"({"status":"success","data":{"version":"2.99.0","revision":"x"}})");
            const QString query = request.form().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            if (path == QLatin1String("/api/v1/query_range"))
                return range ? range(query, request) : CannedResponse::json(matrix({}));
            const QString name = m_nameOf.value(query);
            if (name.isEmpty()) // not a catalog query (e.g. a service panel)
                return uncatalogued ? uncatalogued(query, request) : CannedResponse::json(vector({}));
            return answer ? answer(name, request) : CannedResponse::json(goodAnswer(name));
        });
    }

    bool listen() { return server.listen(); }
    QString nameOf(const CannedRequest &request) const
    {
        return m_nameOf.value(request.form().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded));
    }
    // Catalog query requests received so far (readiness probes and panels left out).
    QList<CannedRequest> catalogRequests() const
    {
        QList<CannedRequest> list;
        for (const CannedRequest &r : server.requests()) {
            if (r.path() == QLatin1String("/api/v1/query") && !nameOf(r).isEmpty())
                list.append(r);
        }
        return list;
    }

    CannedHttpServer server;
    Answer answer;
    std::function<CannedResponse(const QString &query, const CannedRequest &request)> range;
    // Instant queries outside the catalog (service panels); default: an empty vector.
    std::function<CannedResponse(const QString &query, const CannedRequest &request)> uncatalogued;

private:
    QHash<QString, QString> m_nameOf;
};

class CannedRouter
{
public:
    explicit CannedRouter(QList<Member> members = kMembers)
        : members(std::move(members))
    {
        server.setHandler([this](const CannedRequest &request) {
            if (handler)
                return handler(request);
            return serve(request);
        });
    }

    CannedResponse serve(const CannedRequest &request) const { return serveList(members, request); }

    static CannedResponse serveList(const QList<Member> &members, const CannedRequest &request)
    {
        const QUrlQuery query(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)));
        if (request.path() == QLatin1String("/v2/model/info")) {
            return CannedResponse::json(modelInfo(members, query.queryItemValue(QStringLiteral("page")).toInt(),
                                                  query.queryItemValue(QStringLiteral("size")).toInt()));
        }
        if (request.path() == QLatin1String("/model/info"))
            return CannedResponse::json(modelInfo(members));
        return CannedResponse::json(R"({"detail":"Not Found"})", 404);
    }

    // The deployment listing's requests, without the health check that asks for the release.
    QStringList listingTargets() const
    {
        QStringList list;
        for (const CannedRequest &r : server.requests()) {
            if (!r.path().startsWith(QLatin1String("/health/")))
                list.append(QString::fromLatin1(r.target));
        }
        return list;
    }

    QList<Member> members;
    CannedHttpServer server;
    std::function<CannedResponse(const CannedRequest &)> handler;
};

DataPlane::Settings settingsFor(const QUrl &router, const QUrl &prometheus)
{
    DataPlane::Settings settings;
    settings.router.baseUrl = router;
    settings.router.masterKey = QStringLiteral("sk-test");
    settings.prometheus.baseUrl = prometheus;
    settings.scrapeIntervalSeconds = 1;
    settings.refreshIntervalMs = kRefreshMs;
    return settings;
}

// The scheduler of the metrics source (the plane creates the router's first).
RefreshScheduler *metricsScheduler(DataPlane &plane)
{
    const QList<RefreshScheduler *> schedulers = plane.findChildren<RefreshScheduler *>();
    return schedulers.size() == 2 ? schedulers.at(1) : nullptr;
}

double rps(const Snapshot &snapshot, const QString &id)
{
    const DeploymentSnapshot *d = snapshot.deployment(id);
    return d ? d->requestsPerSecond : kNoValue;
}

bool liveWithGoodData(const Snapshot &snapshot)
{
    return snapshot.prometheus.state == SourceStatus::State::Live && snapshot.router.state == SourceStatus::State::Live
        && rps(snapshot, QStringLiteral("a")) == 20;
}

// The data plane's catalog queries by name, for a CannedPrometheus that answers them.
QHash<QString, QString> catalogQueries()
{
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:1"));
    const DataPlane probe(settingsFor(nowhere, nowhere));
    return probe.queryTexts();
}

bool listenBoth(CannedRouter &router, CannedPrometheus &prometheus)
{
    return router.server.listen() && prometheus.listen();
}

// A data plane on the two canned servers, listing the router's deployments `pageSize` at a time.
DataPlane::Settings settingsFor(const CannedRouter &router, const CannedPrometheus &prometheus,
                                int pageSize = RouterEndpointConfig().pageSize)
{
    DataPlane::Settings settings = settingsFor(router.server.baseUrl(), prometheus.server.baseUrl());
    settings.router.pageSize = pageSize;
    return settings;
}

// Starts `plane` and waits until both sources are live with the good answers.
bool startLive(DataPlane &plane)
{
    plane.start();
    return QTest::qWaitFor([&plane] { return liveWithGoodData(plane.snapshot()); }, 10000);
}

// An instant query's `time` as PrometheusClient sends it: Unix seconds with milliseconds ("1796353587.250").
QString secondsText(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QString::number(ms / 1000) + QLatin1Char('.') + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// The moment an instant query asked for, in Unix milliseconds; -1 when it names none.
qint64 askedMsecs(const CannedRequest &request)
{
    bool ok = false;
    const double seconds = request.form().queryItemValue(QStringLiteral("time")).toDouble(&ok);
    return ok ? qRound64(seconds * 1000) : -1;
}

// The instant queries (/api/v1/query: catalog queries and service panels) that asked for a moment in
// [fromMs, toMs], in the order they arrived.
QList<CannedRequest> instantQueriesFor(const CannedHttpServer &server, qint64 fromMs, qint64 toMs)
{
    QList<CannedRequest> list;
    for (const CannedRequest &r : server.requests()) {
        const qint64 ms = askedMsecs(r);
        if (r.path() == QLatin1String("/api/v1/query") && ms >= fromMs && ms <= toMs)
            list.append(r);
    }
    return list;
}

// How many requests `server` got for `path`.
qsizetype requestsFor(const CannedHttpServer &server, const QString &path)
{
    return std::count_if(server.requests().cbegin(), server.requests().cend(),
                         [&path](const CannedRequest &r) { return r.path() == path; });
}

} // namespace

class TestDataPlaneHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RouteDeck::Snapshot>();
        qRegisterMetaType<RouteDeck::PromResponse>();
        qRegisterMetaType<RouteDeck::RouterDeploymentsReply>();
    }

    void goodAnswersMakeALiveSnapshot()
    {
        CannedRouter router;
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        QVERIFY(startLive(plane));
        const Snapshot &s = plane.snapshot();
        const DeploymentSnapshot *a = s.deployment(QStringLiteral("a"));
        QCOMPARE(a->observedShare, 0.5);
        QCOMPARE(a->configuredShare, 0.5);
        QCOMPARE(a->p95.seconds, 1.0);
        QCOMPARE(a->outcomeRate(Outcome::RateLimit), 1.0);
        QCOMPARE(a->state, CooldownState::Healthy);
        // The version comes from the readiness probe, which may answer after the first refresh.
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.detail, QStringLiteral("version 2.99.0"), 5000);
        QVERIFY(s.warnings.isEmpty());
        // The master key goes to the router, never to Prometheus.
        QCOMPARE(router.server.requests().constFirst().header("authorization"), QByteArray("Bearer sk-test"));
        for (const CannedRequest &r : prometheus.server.requests())
            QVERIFY(r.header("authorization").isEmpty());
    }

    void hostilePrometheus_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message"); // in the stale source's error; empty: stays live

        QTest::addRow("truncated JSON") << QStringLiteral("truncated") << QStringLiteral("ends early");
        QTest::addRow("HTML login page") << QStringLiteral("html") << QStringLiteral("an HTML page titled \"Sign in to Corp\"");
        QTest::addRow("plain-text 503") << QStringLiteral("503") << QStringLiteral("not ready yet (HTTP 503");
        QTest::addRow("50 MB body") << QStringLiteral("huge") << QStringLiteral("size cap");
        QTest::addRow("NaN everywhere") << QStringLiteral("nan") << QString();
        QTest::addRow("duplicated series") << QStringLiteral("duplicates") << QString();
    }

    void hostilePrometheus()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);

        CannedRouter router;
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        QVERIFY(startLive(plane));
        const Snapshot good = plane.snapshot();

        static const QByteArray huge = [] {
            QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
            const QByteArray series = R"({"metric":{"model_id":"a"},"value":[1700000000,"1"]},)";
            body.reserve(50 * 1024 * 1024 + series.size());
            while (body.size() < 50 * 1024 * 1024)
                body += series;
            return body;
        }();
        prometheus.answer = [kind](const QString &name, const CannedRequest &) {
            const QByteArray body = goodAnswer(name);
            if (kind == QLatin1String("truncated"))
                return CannedResponse::json(body.left(body.size() / 2));
            if (kind == QLatin1String("html")) {
                CannedResponse page = CannedResponse::text(
                    "<!DOCTYPE html><html><head><title>Sign in to Corp</title></head><body><form>...</form></body></html>",
                    200);
                page.contentType = "text/html; charset=utf-8";
                return page;
            }
            if (kind == QLatin1String("503"))
                return CannedResponse::text("Service Unavailable", 503);
            if (kind == QLatin1String("huge")) {
                if (name != QLatin1String("requests"))
                    return CannedResponse::json(body);
                CannedResponse response = CannedResponse::json(huge);
                response.sendContentLength = false; // the size is only known by reading
                return response;
            }
            if (kind == QLatin1String("nan")) {
                QByteArray nan = body;
                const QList<QByteArray> values = { "\"20\"", "\"19\"", "\"10\"", "\"1\"", "\"0.5\"", "\"2\"", "\"0\"" };
                for (const QByteArray &v : values)
                    nan.replace(v, "\"NaN\"");
                return CannedResponse::json(nan);
            }
            // duplicated series: every series twice
            const qsizetype open = body.indexOf('[', body.indexOf("\"result\"")) + 1;
            const qsizetype close = body.lastIndexOf(']');
            const QByteArray items = body.mid(open, close - open);
            QByteArray doubled = body;
            if (!items.isEmpty())
                doubled.replace(open, close - open, QByteArray(items + ',' + items));
            return CannedResponse::json(doubled);
        };

        if (!message.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.state, SourceStatus::State::Stale, 10000);
            const Snapshot stale = plane.snapshot();
            QVERIFY2(stale.prometheus.error.contains(message), qPrintable(stale.prometheus.error));
            QVERIFY2(stale.prometheus.error.contains(prometheus.server.baseUrl().authority()),
                     qPrintable(stale.prometheus.error)); // says where
            QCOMPARE(stale.prometheus.lastGood, good.prometheus.lastGood);
            // The last good data is kept, not zeroed or dropped.
            QCOMPARE(rps(stale, QStringLiteral("a")), 20.0);
            QCOMPARE(stale.deployment(QStringLiteral("a"))->observedShare, 0.5);
            QCOMPARE(stale.deployment(QStringLiteral("a"))->p95.seconds, 1.0);
            QCOMPARE(stale.deployment(QStringLiteral("a"))->state, CooldownState::Healthy);
            QCOMPARE(stale.router.state, SourceStatus::State::Live);
            return;
        }
        if (kind == QLatin1String("nan")) {
            QTRY_VERIFY_WITH_TIMEOUT(std::isnan(rps(plane.snapshot(), QStringLiteral("a"))), 10000);
            const Snapshot s = plane.snapshot();
            QCOMPARE(s.prometheus.state, SourceStatus::State::Live);
            QVERIFY(s.prometheus.error.isEmpty());
            for (const QString &id : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
                const DeploymentSnapshot *d = s.deployment(id);
                QVERIFY(std::isnan(d->requestsPerSecond));
                QVERIFY(std::isnan(d->observedShare)); // "no traffic", not 0 %
                QVERIFY(!d->p95.hasValue());
                QCOMPARE(d->p95.toString(), QStringLiteral("no traffic"));
                QCOMPARE(d->state, CooldownState::Unknown);
                QCOMPARE(d->effectiveShare, d->configuredShare);
            }
            QVERIFY(std::isnan(s.group(QStringLiteral("g"))->errorRatio));
            QVERIFY(std::isnan(s.group(QStringLiteral("g"))->requestsPerSecond));
            return;
        }
        // Duplicated series are counted once, with a warning naming them.
        QTRY_VERIFY_WITH_TIMEOUT(!plane.snapshot().warnings.filter(QStringLiteral("RouteDeck kept the first")).isEmpty(), 10000);
        const Snapshot s = plane.snapshot();
        QCOMPARE(s.prometheus.state, SourceStatus::State::Live);
        QCOMPARE(rps(s, QStringLiteral("a")), 20.0);
        QCOMPARE(rps(s, QStringLiteral("b")), 10.0);
        QCOMPARE(s.deployment(QStringLiteral("a"))->observedShare, 0.5);
        QCOMPARE(s.deployment(QStringLiteral("a"))->outcomeRate(Outcome::RateLimit), 1.0);
    }

    void routerWithoutV2FallsBackToModelInfo()
    {
        CannedRouter router;
        router.handler = [&router](const CannedRequest &request) {
            if (request.path().startsWith(QLatin1String("/v2/")))
                return CannedResponse::json(R"({"detail":"Not Found"})", 404);
            return router.serve(request);
        };
        CannedPrometheus prometheus({});
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        plane.start();
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().router.state, SourceStatus::State::Live, 10000);
        QCOMPARE(plane.snapshot().deployments.size(), 3);
        QVERIFY(plane.snapshot().deployment(QStringLiteral("a"))->inRouter);
        QCOMPARE(plane.snapshot().deployment(QStringLiteral("a"))->configuredShare, 0.5);
        const QStringList targets = router.listingTargets();
        QCOMPARE(targets.size(), 2);
        QVERIFY2(targets.at(0).startsWith(QLatin1String("/v2/model/info?page=1")), qPrintable(targets.at(0)));
        QCOMPARE(targets.at(1), QStringLiteral("/model/info"));
    }

    // The router's LiteLLM release goes into its status: from 1.84 only /health/readiness/details, with
    // the key, gives it; before, /health/readiness did. It is asked once, not on every refresh.
    void routerReleaseIsShown_data()
    {
        QTest::addColumn<QByteArray>("readiness");
        QTest::addColumn<bool>("detailsAsked");
        QTest::addColumn<QString>("detail");
        QTest::addRow("1.85: from the details") << QByteArray(R"({"status":"healthy","db":"Not connected"})") << true
                                                << "LiteLLM 1.85.0";
        QTest::addRow("1.81: from readiness")
            << QByteArray(R"({"status":"healthy","db":"Not connected","litellm_version":"1.81.15"})") << false
            << "LiteLLM 1.81.15";
    }

    void routerReleaseIsShown()
    {
        QFETCH(QByteArray, readiness);
        QFETCH(bool, detailsAsked);
        QFETCH(QString, detail);
        CannedRouter router;
        router.handler = [&router, readiness](const CannedRequest &request) {
            if (request.path() == QLatin1String("/health/readiness"))
                return CannedResponse::json(readiness);
            if (request.path() == QLatin1String("/health/readiness/details")) {
                return request.headers.value("authorization") == "Bearer sk-test"
                    ? CannedResponse::json(R"({"status":"healthy","litellm_version":"1.85.0"})")
                    : CannedResponse::json(R"({"error":{"message":"Authentication Error"}})", 401);
            }
            if (request.path() == QLatin1String("/health/liveliness"))
                return CannedResponse::json("\"I am alive!\"");
            return router.serve(request);
        };
        CannedPrometheus prometheus({});
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        plane.start();
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().router.detail, detail, 10000);
        plane.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(router.listingTargets().size(), 2, 10000);
        QStringList health;
        for (const CannedRequest &r : router.server.requests()) {
            if (r.path().startsWith(QLatin1String("/health/")))
                health.append(r.path());
        }
        QStringList expected { QStringLiteral("/health/readiness") };
        if (detailsAsked)
            expected.append(QStringLiteral("/health/readiness/details"));
        expected.append(QStringLiteral("/health/liveliness"));
        QCOMPARE(health, expected);
        QCOMPARE(plane.snapshot().router.detail, detail);
    }

    void routerPagesThroughThreePages()
    {
        QList<Member> members;
        for (int i = 1; i <= 5; ++i)
            members.append({ QStringLiteral("d%1").arg(i), i <= 3 ? QStringLiteral("g1") : QStringLiteral("g2"), double(i) });
        CannedRouter router(members);
        CannedPrometheus prometheus({});
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus, 2));
        plane.start();
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().router.state, SourceStatus::State::Live, 10000);
        QCOMPARE(router.listingTargets(), QStringList({ QStringLiteral("/v2/model/info?page=1&size=2"),
                                                 QStringLiteral("/v2/model/info?page=2&size=2"),
                                                 QStringLiteral("/v2/model/info?page=3&size=2") }));
        const Snapshot &s = plane.snapshot();
        QCOMPARE(s.deployments.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(s.deployments.at(i).id, QStringLiteral("d%1").arg(i + 1)); // in router order
        QCOMPARE(s.deployment(QStringLiteral("d3"))->configuredShare, 3.0 / 6);
        QCOMPARE(s.deployment(QStringLiteral("d5"))->configuredShare, 5.0 / 9);
        QCOMPARE(s.groups.size(), 2);
    }

    void routerFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("401: master key") << QStringLiteral("401") << QStringLiteral("master key is missing or wrong");
        QTest::addRow("truncated JSON") << QStringLiteral("truncated") << QStringLiteral("/v2/model/info");
        QTest::addRow("page 2 missing") << QStringLiteral("page2") << QStringLiteral("HTTP 404");
        QTest::addRow("HTML page") << QStringLiteral("html") << QStringLiteral("/v2/model/info");
    }

    // A router that fails from the start: unreachable (no last good list), with a message naming
    // the problem, and Prometheus' deployments still shown, flagged as not in the router.
    void routerFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QList<Member> members;
        for (int i = 1; i <= 3; ++i)
            members.append({ QString::fromLatin1("abc").mid(i - 1, 1), QStringLiteral("g"), 1 });
        CannedRouter router(members);
        router.handler = [&router, kind](const CannedRequest &request) {
            if (kind == QLatin1String("401"))
                return CannedResponse::json(R"({"error":{"message":"Authentication Error, invalid key"}})", 401);
            if (kind == QLatin1String("truncated"))
                return CannedResponse::json(router.serve(request).body.left(40));
            if (kind == QLatin1String("html")) {
                CannedResponse page = CannedResponse::text("<html><title>Sign in</title></html>", 200);
                page.contentType = "text/html";
                return page;
            }
            if (request.target.contains("page=2"))
                return CannedResponse::json(R"({"detail":"Not Found"})", 404);
            return router.serve(request);
        };
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus, 1));
        plane.start();
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().router.state, SourceStatus::State::Unreachable, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.state, SourceStatus::State::Live, 10000);
        const Snapshot s = plane.snapshot();
        QVERIFY2(s.router.error.contains(message), qPrintable(s.router.error));
        QVERIFY2(s.router.error.contains(router.server.baseUrl().authority()), qPrintable(s.router.error));
        QVERIFY(!s.router.error.contains(QLatin1String("sk-test"))); // the key is never printed
        // No partial list: a page that failed drops the whole answer rather than showing some pages.
        QCOMPARE(s.deployments.size(), 3);
        for (const DeploymentSnapshot &d : s.deployments) {
            QVERIFY2(!d.inRouter && d.inMetrics, qPrintable(d.id));
        }
        QCOMPARE(rps(s, QStringLiteral("a")), 20.0);
    }

    void schedulerNewestWins()
    {
        RefreshScheduler scheduler;
        scheduler.setInterval(kRefreshMs);
        QSignalSpy requested(&scheduler, &RefreshScheduler::refreshRequested);
        scheduler.start();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toULongLong(), 1u);
        QCOMPARE(requested.at(0).at(1).toULongLong(), 0u);
        QVERIFY(scheduler.inFlight());
        scheduler.refreshNow(); // while 1 is in flight
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toULongLong(), 2u);
        QCOMPARE(requested.at(1).at(1).toULongLong(), 1u); // 1 is to be abandoned
        QVERIFY(!scheduler.isCurrent(1));
        scheduler.finish(1, false, QStringLiteral("old failure")); // the older answer arrives late: ignored
        QCOMPARE(scheduler.status().state, SourceStatus::State::Unknown);
        QCOMPARE(scheduler.consecutiveFailures(), 0);
        QVERIFY(scheduler.inFlight());
        scheduler.finish(2, true);
        QCOMPARE(scheduler.status().state, SourceStatus::State::Live);
        QVERIFY(!scheduler.inFlight());
        scheduler.finish(2, false, QStringLiteral("twice")); // a second report of 2 is ignored as well
        QCOMPARE(scheduler.status().state, SourceStatus::State::Live);
        scheduler.stop();
    }

    void schedulerStaleAndBackoff()
    {
        RefreshScheduler scheduler;
        scheduler.setInterval(kRefreshMs);
        QSignalSpy requested(&scheduler, &RefreshScheduler::refreshRequested);
        QSignalSpy changed(&scheduler, &RefreshScheduler::statusChanged);
        const auto generation = [&requested] { return requested.constLast().at(0).toULongLong(); };

        // Failing before any success: unreachable, not stale.
        scheduler.start();
        scheduler.finish(generation(), false, QStringLiteral("refused"));
        QCOMPARE(scheduler.status().state, SourceStatus::State::Unreachable);
        QVERIFY(!scheduler.status().lastGood.isValid());
        scheduler.refreshNow();
        scheduler.finish(generation(), true, QString(), QStringLiteral("version 2"));
        QCOMPARE(scheduler.status().state, SourceStatus::State::Live);
        QCOMPARE(scheduler.consecutiveFailures(), 0);
        QCOMPARE(scheduler.nextDelayMs(), kRefreshMs);
        const QDateTime lastGood = scheduler.status().lastGood;
        QVERIFY(lastGood.isValid());

        int previous = kRefreshMs;
        QDateTime failingSince;
        for (int failures = 1; failures <= 8; ++failures) {
            scheduler.refreshNow();
            scheduler.finish(generation(), false, QStringLiteral("failure %1").arg(failures));
            const SourceStatus &status = scheduler.status();
            QCOMPARE(status.state, SourceStatus::State::Stale);
            QCOMPARE(status.lastGood, lastGood); // kept while failing
            QCOMPARE(status.error, QStringLiteral("failure %1").arg(failures));
            QCOMPARE(status.detail, QStringLiteral("version 2"));
            if (failures == 1)
                failingSince = status.failingSince;
            QCOMPARE(status.failingSince, failingSince); // the start of this run of failures
            QCOMPARE(scheduler.consecutiveFailures(), failures);
            // interval * 2^(failures-1), +-20 % jitter, at most a minute (+20 %)
            const double raw = std::min(60000.0, kRefreshMs * std::pow(2.0, failures - 1));
            const int delay = scheduler.nextDelayMs();
            QVERIFY2(delay >= 0.8 * raw - 1 && delay <= 1.2 * raw + 1, qPrintable(QString::number(delay)));
            if (failures >= 2 && raw < 60000)
                QVERIFY2(delay > previous, qPrintable(QStringLiteral("%1 after %2").arg(delay).arg(previous)));
            previous = delay;
        }
        scheduler.refreshNow();
        scheduler.finish(generation(), true);
        QCOMPARE(scheduler.status().state, SourceStatus::State::Live);
        QCOMPARE(scheduler.consecutiveFailures(), 0);
        QVERIFY(!scheduler.status().failingSince.isValid());
        QVERIFY(scheduler.status().error.isEmpty());
        QCOMPARE(scheduler.nextDelayMs(), kRefreshMs);
        QVERIFY(changed.count() >= 4);
        scheduler.stop();
    }

    void schedulerIntervalIsClamped()
    {
        RefreshScheduler scheduler;
        scheduler.setInterval(10);
        QCOMPARE(scheduler.interval(), RefreshScheduler::kMinIntervalMs);
        scheduler.setInterval(60 * 60 * 1000);
        QCOMPARE(scheduler.interval(), RefreshScheduler::kMaxIntervalMs);
    }

    // While Prometheus keeps failing, the data plane retries later and later, and says so.
    void dataPlaneBacksOffWhileFailing()
    {
        CannedRouter router;
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        RefreshScheduler *metrics = metricsScheduler(plane);
        QVERIFY(metrics);
        QVERIFY(startLive(plane));
        prometheus.answer = [](const QString &, const CannedRequest &) {
            return CannedResponse::text("Service Unavailable", 503);
        };
        const auto askedForRequests = [&prometheus] {
            qsizetype count = 0;
            for (const CannedRequest &r : prometheus.catalogRequests())
                count += prometheus.nameOf(r) == QLatin1String("requests");
            return count;
        };
        const qsizetype askedBefore = askedForRequests();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics->consecutiveFailures() >= 3, 15000);
        // Retries after about 1 s, then 2 s: at least 0.8 + 1.6 s (jitter), less a coarse timer's 5 %.
        QVERIFY2(clock.elapsed() >= 2200, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(metrics->nextDelayMs() >= 3200, qPrintable(QString::number(metrics->nextDelayMs())));
        const Snapshot s = plane.snapshot();
        QCOMPARE(s.prometheus.state, SourceStatus::State::Stale);
        QVERIFY2(s.prometheus.summary().contains(QLatin1String("stale since")), qPrintable(s.prometheus.summary()));
        QCOMPARE(rps(s, QStringLiteral("a")), 20.0);
        // One round of queries per failed refresh: no query storm while failing.
        QVERIFY(askedForRequests() - askedBefore <= metrics->consecutiveFailures() + 1);

        // Back: live again on the next retry, no call on the plane needed.
        prometheus.answer = nullptr;
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().prometheus.state, SourceStatus::State::Live, 15000);
        QCOMPARE(metrics->consecutiveFailures(), 0);
    }

    // "Refresh now" while a refresh is still out: the older answers are abandoned, never shown.
    void dataPlaneNewestMetricsWin()
    {
        CannedRouter router;
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        QString firstTime;
        prometheus.answer = [&firstTime](const QString &name, const CannedRequest &request) {
            const QString time = request.form().queryItemValue(QStringLiteral("time"));
            if (firstTime.isEmpty())
                firstTime = time;
            if (time != firstTime)
                return CannedResponse::json(goodAnswer(name, 2)); // the newer refresh: at once
            CannedResponse slow = CannedResponse::json(goodAnswer(name, 1));
            slow.chunkBytes = 8; // the first refresh: seconds to arrive
            slow.chunkIntervalMs = 100;
            return slow;
        };
        DataPlane plane(settingsFor(router, prometheus));
        auto *client = plane.findChild<PrometheusClient *>();
        QVERIFY(client);
        QSignalSpy finished(client, &PrometheusClient::queryFinished);
        QList<double> seen;
        connect(&plane, &DataPlane::snapshotReady, this, [&seen](const Snapshot &s) { seen.append(rps(s, QStringLiteral("a"))); });
        plane.start();
        // The first answers take a second or more; at most six requests per server are in flight.
        QTRY_VERIFY_WITH_TIMEOUT(!prometheus.catalogRequests().isEmpty(), 10000);
        QVERIFY(!firstTime.isEmpty());
        plane.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(rps(plane.snapshot(), QStringLiteral("a")), 40.0, 10000);
        QCOMPARE(plane.snapshot().prometheus.state, SourceStatus::State::Live);
        QVERIFY(plane.snapshot().prometheus.error.isEmpty());
        QCOMPARE(metricsScheduler(plane)->consecutiveFailures(), 0);
        // All first-round queries ended, abandoned; none of their numbers reached a snapshot.
        int aborted = 0;
        for (const QList<QVariant> &args : std::as_const(finished))
            aborted += args.at(1).value<PromResponse>().failure == FetchFailure::Aborted;
        QCOMPARE(aborted, plane.queriesPerRefresh());
        QVERIFY(!seen.contains(20.0));
    }

    // The router's list: an older answer arriving after a newer one is dropped.
    void dataPlaneNewestRouterListWins()
    {
        CannedRouter router;
        int calls = 0;
        router.handler = [&router, &calls](const CannedRequest &request) {
            if (++calls > 1)
                return CannedRouter::serveList(kMembers + QList<Member> { { QStringLiteral("d"), QStringLiteral("g"), 1 } }, request);
            CannedResponse slow = router.serve(request);
            slow.chunkBytes = 16;
            slow.chunkIntervalMs = 50;
            return slow;
        };
        CannedPrometheus prometheus({});
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        auto *client = plane.findChild<RouterClient *>();
        QVERIFY(client);
        QSignalSpy fetched(client, &RouterClient::deploymentsFetched);
        plane.start();
        QTRY_COMPARE_WITH_TIMEOUT(router.server.requests().size(), 1, 10000);
        plane.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(plane.snapshot().deployment(QStringLiteral("d")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, 10000); // the slow, older answer came too...
        QVERIFY(fetched.at(0).at(1).value<RouterDeploymentsReply>().ok);
        QCOMPARE(fetched.at(0).at(1).value<RouterDeploymentsReply>().deployments.size(), 4);
        QCOMPARE(fetched.at(1).at(1).value<RouterDeploymentsReply>().deployments.size(), 3);
        QVERIFY(plane.snapshot().deployment(QStringLiteral("d"))); // ...and was dropped
        QCOMPARE(plane.snapshot().deployment(QStringLiteral("d"))->configuredShare, 0.2);
    }

    // One refresh sends a fixed number of queries, whatever the number of deployments: the demo's
    // seven and a hundred alike.
    void queriesPerRefreshIsFixed_data()
    {
        QTest::addColumn<int>("deployments");
        QTest::addRow("demo config") << 0;
        QTest::addRow("100 deployments") << 100;
    }

    void queriesPerRefreshIsFixed()
    {
        QFETCH(int, deployments);
        QList<Member> members;
        if (deployments == 0) {
            const ConfigLoadResult demo = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
            QVERIFY(demo.ok());
            for (const Deployment &d : demo.config.deployments)
                members.append({ d.id, d.group, d.weight.value_or(1) });
            QCOMPARE(members.size(), 7);
        } else {
            for (int i = 0; i < deployments; ++i)
                members.append({ QStringLiteral("m%1").arg(i), QStringLiteral("group-%1").arg(i % 10), 1 });
        }
        CannedRouter router(members);
        DataPlane probe(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:1")), QUrl(QStringLiteral("http://127.0.0.1:1"))));
        CannedPrometheus prometheus(probe.queryTexts());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        // 7 catalog queries + latency p50/p95/p99 + latency_buckets, recent_cooldowns + requests, failures
        // and p95 over the verdict windows (LiveVerdict: one query each for 1, 5 and 15 minutes)
        QCOMPARE(plane.queriesPerRefresh(), 15);
        QCOMPARE(plane.queriesPerRefresh(), probe.queriesPerRefresh());
        plane.start();
        // Every request of a refresh carries the refresh's evaluation time: count per time.
        const auto times = [&prometheus] {
            QStringList list;
            for (const CannedRequest &r : prometheus.server.requests()) {
                if (r.path() == QLatin1String("/api/v1/query"))
                    list.append(r.form().queryItemValue(QStringLiteral("time")));
            }
            return list;
        };
        const auto distinct = [&times] {
            const QStringList list = times();
            return QSet<QString>(list.cbegin(), list.cend()).size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(distinct() >= 3, 15000);
        const auto inRouter = [&plane] {
            return std::count_if(plane.snapshot().deployments.cbegin(), plane.snapshot().deployments.cend(),
                                 [](const DeploymentSnapshot &d) { return d.inRouter; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(inRouter()), qsizetype(members.size()), 10000);
        const QStringList all = times();
        const QString first = all.constFirst();
        const QString second = all.at(all.lastIndexOf(first) + 1);
        QCOMPARE(all.count(first), all.count(second));
        QList<CannedRequest> firstRefresh;
        for (const CannedRequest &r : prometheus.catalogRequests()) {
            if (r.form().queryItemValue(QStringLiteral("time")) == first)
                firstRefresh.append(r);
        }
        QCOMPARE(firstRefresh.size(), plane.queriesPerRefresh());
        QSet<QString> names;
        for (const CannedRequest &r : std::as_const(firstRefresh)) {
            names.insert(prometheus.nameOf(r));
            // Aggregated by model_id; never a query naming one deployment.
            QVERIFY(!r.form().queryItemValue(QStringLiteral("query")).contains(members.constFirst().id));
        }
        QCOMPARE(names.size(), plane.queriesPerRefresh());
        qInfo("%lld deployments: %lld requests per refresh (%d catalog queries)", qlonglong(members.size()),
              qlonglong(all.count(first)), plane.queriesPerRefresh());
        // Whatever else a refresh sends (service panels) does not grow with the deployments either.
        static qsizetype perRefresh = -1;
        if (perRefresh < 0)
            perRefresh = all.count(first);
        QCOMPARE(all.count(first), perRefresh);
    }

    // The console backfills right after start(): the range answers can arrive before the router's
    // list. Observed shares are per group, so they must wait for the groups, not lump every
    // deployment into one.
    void backfillBeforeTheRouterAnswers()
    {
        QList<Member> members = { { QStringLiteral("a"), QStringLiteral("g1"), 1 },
                                  { QStringLiteral("b"), QStringLiteral("g1"), 1 },
                                  { QStringLiteral("c"), QStringLiteral("g2"), 1 } };
        CannedRouter router(members);
        router.handler = [&router](const CannedRequest &request) {
            CannedResponse slow = router.serve(request);
            slow.chunkBytes = 32;
            slow.chunkIntervalMs = 40;
            return slow;
        };
        CannedPrometheus prometheus({});
        const QDateTime to = QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC);
        const QDateTime from = to.addSecs(-60);
        prometheus.range = [from](const QString &query, const CannedRequest &) {
            if (!query.contains(QLatin1String("litellm_deployment_total_requests_total")))
                return CannedResponse::json(matrix({}));
            QList<std::pair<double, double>> ten;
            QList<std::pair<double, double>> hundred;
            for (int t = 0; t <= 60; t += 15) {
                ten.append({ double(from.toSecsSinceEpoch() + t), 10 });
                hundred.append({ double(from.toSecsSinceEpoch() + t), 100 });
            }
            return CannedResponse::json(matrix({ { id("a"), ten }, { id("b"), ten }, { id("c"), hundred } }));
        };
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        QSignalSpy backfilled(&plane, &DataPlane::seriesBackfilled);
        plane.start();
        plane.backfill(from, to, 4);
        QTRY_COMPARE_WITH_TIMEOUT(plane.snapshot().router.state, SourceStatus::State::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(backfilled.count() >= 7, 10000);
        QCOMPARE(plane.series().range(SeriesKeys::requestsPerSecond(QStringLiteral("c")), from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()).size(), 5);
        // Only the backfilled range: the live refreshes record their own points at the current time.
        const auto shares = [&](const QString &id) {
            return plane.series().range(SeriesKeys::observedShare(id), from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
        };
        QTRY_COMPARE_WITH_TIMEOUT(shares(QStringLiteral("a")).size(), 5, 10000);
        for (const SeriesPoint &p : shares(QStringLiteral("a")))
            QCOMPARE(p.value, 0.5); // of g1's 20 requests/s, not of all 120
        for (const SeriesPoint &p : shares(QStringLiteral("c")))
            QCOMPARE(p.value, 1.0);
    }

    void replayAsksForTheMoment_data()
    {
        QTest::addColumn<bool>("answersSettings"); // the router answers GET /router/settings
        QTest::addColumn<double>("cooldownTime"); // what the moment's cooldowns are then read over
        QTest::addRow("router_settings.cooldown_time 30") << true << 30.0;
        QTest::addRow("no /router/settings (404): LiteLLM's default") << false << RouterSettings::kDefaultCooldownSeconds;
    }

    // Incident replay (DataPlane::setReplayTime): every live query is asked once for the moment (time=),
    // plus the cooldown totals one lookback before it, lookback = cooldown_time + rate window / 2 with the
    // router's cooldown_time, asked once on entering replay and waited for (a router without the endpoint
    // does not hold the moment back). replaySnapshotReady() says it is a replay of that moment, nothing
    // of it goes into the series store, and the live refresh goes on beside it (alerts are about now).
    // Back to live, the queries ask for now, without the extra one.
    void replayAsksForTheMoment()
    {
        QFETCH(bool, answersSettings);
        QFETCH(double, cooldownTime);
        CannedRouter router;
        router.handler = [&router, answersSettings](const CannedRequest &request) {
            if (answersSettings && request.path() == QLatin1String("/router/settings"))
                return CannedResponse::json(R"({"routing_strategy":"simple-shuffle","cooldown_time":30})");
            return router.serve(request); // anything else it does not list: 404
        };
        CannedPrometheus prometheus(catalogQueries());
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        QVERIFY(startLive(plane));
        // Paused, no timer refresh comes in between: the refreshes below are only those the switches ask
        // for (refreshNow() runs while paused), so "the replayed frame" is a known set of queries.
        plane.setPaused(true);
        // Live asks for cooldown_time only once something cooled down; nothing has.
        QCOMPARE(requestsFor(router.server, QStringLiteral("/router/settings")), 0);
        const qsizetype pointsBefore = plane.series().pointCount();
        QVERIFY(pointsBefore > 0); // the live frames were recorded

        // An hour ago, whole seconds: live queries ask for now, so the replay's stand apart by their time.
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
        const qint64 momentMs = moment.toMSecsSinceEpoch();
        QSignalSpy replayed(&plane, &DataPlane::replaySnapshotReady);
        plane.setReplayTime(moment);
        QVERIFY(plane.isReplaying());
        QCOMPARE(plane.replayTime(), moment);
        QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty(), 10000);

        // The moment's snapshot, once the router said (or failed to say) its cooldown_time.
        const Snapshot replay = replayed.constFirst().at(0).value<Snapshot>();
        QVERIFY2(replay.isReplay(), qPrintable(replay.prometheus.summary()));
        QCOMPARE(replay.prometheus.replayAt, moment);
        QCOMPARE(replay.time, moment);
        QCOMPARE(replay.prometheus.state, SourceStatus::State::Live);
        QVERIFY2(replay.prometheus.summary() == QStringLiteral("replay of %1").arg(moment.toString(Qt::ISODate)),
                 qPrintable(replay.prometheus.summary()));
        QCOMPARE(replay.router.state, SourceStatus::State::Live);
        QCOMPARE(rps(replay, QStringLiteral("a")), 20.0); // the moment's answers, read as a live frame's
        QCOMPARE(replay.deployment(QStringLiteral("a"))->state, CooldownState::Healthy);
        // Without the router's cooldown_time the moment is judged with LiteLLM's default, and says so.
        QCOMPARE(replay.warnings.filter(QStringLiteral("cooldown_time could not be read")).size(), answersSettings ? 0 : 1);
        // cooldown_time asked once, on entering replay, and answered before the frame was shown.
        QCOMPARE(requestsFor(router.server, QStringLiteral("/router/settings")), 1);

        const double window = plane.rateWindowSeconds();
        const auto lookbackOver = [window](double cooldown) { return std::ceil(cooldown + window / 2); };
        const double lookback = lookbackOver(cooldownTime);
        QVERIFY2(lookback >= cooldownTime, qPrintable(QStringLiteral("lookback %1 s < cooldown_time %2 s").arg(lookback).arg(cooldownTime)));
        const QString atMoment = secondsText(moment);
        const QString beforeMoment = secondsText(moment.addSecs(-qint64(lookback)));
        // With cooldown_time 30 the moment was first asked before the answer, over the default
        // cooldown_time; the answer then asked again, aborting it. Its queries may have arrived too.
        const QString beforeMomentByDefault = secondsText(moment.addSecs(-qint64(lookbackOver(RouterSettings::kDefaultCooldownSeconds))));
        QHash<QString, int> askedAtMoment; // catalog query -> requests for the moment
        int extra = 0; // the cooldowns asked one lookback (over the router's cooldown_time) before the moment
        int extraByDefault = 0;
        int panelsAtMoment = 0;
        for (const CannedRequest &r : instantQueriesFor(prometheus.server, momentMs - 1800 * 1000, momentMs + 1800 * 1000)) {
            const QString name = prometheus.nameOf(r);
            const QString time = r.form().queryItemValue(QStringLiteral("time"));
            if (time == atMoment) {
                if (name.isEmpty())
                    ++panelsAtMoment;
                else
                    ++askedAtMoment[name];
                continue;
            }
            const QString what = name.isEmpty() ? r.form().queryItemValue(QStringLiteral("query")) : name;
            QVERIFY2(name == QLatin1String("cooldowns"),
                     qPrintable(QStringLiteral("%1 asked for %2, not for the moment %3").arg(what, time, atMoment)));
            if (time == beforeMoment)
                ++extra;
            else if (answersSettings && time == beforeMomentByDefault)
                ++extraByDefault;
            else
                QFAIL(qPrintable(QStringLiteral("the cooldowns asked for %1: neither the moment %2 nor one lookback (%3 s) before it, %4")
                                     .arg(time, atMoment)
                                     .arg(lookback)
                                     .arg(beforeMoment)));
        }
        QCOMPARE(extra, 1);
        QVERIFY2(extraByDefault <= 1, qPrintable(QString::number(extraByDefault)));
        QCOMPARE(askedAtMoment.size(), plane.queriesPerRefresh());
        for (auto it = askedAtMoment.cbegin(); it != askedAtMoment.cend(); ++it) {
            // Once for the shown moment; with cooldown_time 30 possibly once more for the aborted one.
            QVERIFY2(it.value() == 1 || (answersSettings && it.value() == 2),
                     qPrintable(QStringLiteral("%1 asked %2 times for the moment").arg(it.key()).arg(it.value())));
        }
        qInfo("replay: %lld catalog queries for the moment, cooldowns %g s before it, %d service panels so far",
              qlonglong(askedAtMoment.size()), lookback, panelsAtMoment);

        // Nothing of the moment went into the series store: the charts' history stays what live recorded.
        QCOMPARE(plane.series().pointCount(), pointsBefore);
        for (const QString &key : plane.series().keys()) {
            QVERIFY2(plane.series().range(key, 0, momentMs + 1800 * 1000).isEmpty(),
                     qPrintable(QStringLiteral("%1 has a point of the replayed moment").arg(key)));
        }

        // The live refresh goes on while replaying: a live snapshot, recorded, beside the moment's.
        QSignalSpy liveDuringReplay(&plane, &DataPlane::snapshotReady);
        plane.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!liveDuringReplay.isEmpty(), 10000);
        QVERIFY(!liveDuringReplay.constLast().at(0).value<Snapshot>().isReplay());
        QVERIFY(plane.replaySnapshot().isReplay());
        QTRY_VERIFY2_WITH_TIMEOUT(plane.series().pointCount() > pointsBefore, "the live frame during the replay was not recorded", 10000);

        // Back to live: the next snapshot is live, of now, from queries that ask for now, each once.
        QSignalSpy back(&plane, &DataPlane::snapshotReady);
        const qsizetype requestsBefore = prometheus.server.requests().size();
        const QDateTime switchedBack = QDateTime::currentDateTimeUtc();
        plane.setReplayTime(QDateTime());
        QVERIFY(!plane.isReplaying());
        QVERIFY(!plane.replaySnapshot().time.isValid());
        plane.refreshNow(); // paused: the timer would not
        // The router may answer first, republishing the frame before: wait for the frame asked after the switch.
        QTRY_VERIFY_WITH_TIMEOUT(!back.isEmpty() && back.constLast().at(0).value<Snapshot>().time >= switchedBack, 10000);
        const QDateTime arrived = QDateTime::currentDateTimeUtc();
        const Snapshot live = back.constLast().at(0).value<Snapshot>();
        QVERIFY2(!live.isReplay(), qPrintable(live.prometheus.summary()));
        QVERIFY(!live.prometheus.replayAt.isValid());
        QCOMPARE(live.prometheus.summary(), QStringLiteral("live"));
        QVERIFY2(live.time >= switchedBack && live.time <= arrived,
                 qPrintable(QStringLiteral("%1 not within %2 .. %3")
                                .arg(live.time.toString(Qt::ISODateWithMs), switchedBack.toString(Qt::ISODateWithMs),
                                     arrived.toString(Qt::ISODateWithMs))));
        QCOMPARE(rps(live, QStringLiteral("a")), 20.0);
        const QString liveTime = secondsText(live.time);
        QHash<QString, int> askedLive;
        const QList<CannedRequest> all = prometheus.server.requests();
        for (qsizetype i = requestsBefore; i < all.size(); ++i) {
            const CannedRequest &r = all.at(i);
            const QString name = prometheus.nameOf(r);
            if (r.path() != QLatin1String("/api/v1/query") || name.isEmpty() || askedMsecs(r) < switchedBack.toMSecsSinceEpoch())
                continue; // a service panel, or a late arrival of the replay
            QVERIFY2(r.form().queryItemValue(QStringLiteral("time")) == liveTime,
                     qPrintable(QStringLiteral("%1 asked for %2, not for the live frame's %3")
                                    .arg(name, r.form().queryItemValue(QStringLiteral("time")), liveTime)));
            ++askedLive[name];
        }
        QCOMPARE(askedLive.size(), plane.queriesPerRefresh());
        for (auto it = askedLive.cbegin(); it != askedLive.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 asked %2 times").arg(it.key()).arg(it.value()))); // no extra cooldowns
        QCOMPARE(requestsFor(router.server, QStringLiteral("/router/settings")), 1); // not asked again for live
    }

    // The service-health panels are recorded history, drawn as live: a replayed moment asks none, and
    // nothing of it reaches the store's panel series.
    void replayedPanelsStayOutOfTheSeriesStore()
    {
        CannedRouter router;
        CannedPrometheus prometheus(catalogQueries());
        prometheus.uncatalogued = [](const QString &, const CannedRequest &) {
            return CannedResponse::json(vector({ { QByteArray(), "7" } }));
        };
        QVERIFY(listenBoth(router, prometheus));
        DataPlane plane(settingsFor(router, prometheus));
        QVERIFY(!plane.panels().isEmpty()); // the built-in catalog's service panels
        const auto panelPoints = [&plane](qint64 fromMs, qint64 toMs) {
            qsizetype points = 0;
            for (const QString &key : plane.series().keys(QStringLiteral("panel/")))
                points += plane.series().range(key, fromMs, toMs).size();
            return points;
        };
        const auto panelsAskedFrom = [&prometheus](qint64 fromMs, qint64 toMs) {
            qsizetype count = 0;
            for (const CannedRequest &r : instantQueriesFor(prometheus.server, fromMs, toMs))
                count += prometheus.nameOf(r).isEmpty();
            return count;
        };
        QVERIFY(startLive(plane));
        QTRY_VERIFY_WITH_TIMEOUT(panelPoints(0, std::numeric_limits<qint64>::max()) > 0, 10000); // live panels are recorded
        plane.setPaused(true);

        const QDateTime moment = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
        const qint64 momentMs = moment.toMSecsSinceEpoch();
        QSignalSpy replayed(&plane, &DataPlane::replaySnapshotReady);
        plane.setReplayTime(moment);
        QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty(), 10000);
        QCOMPARE(panelsAskedFrom(momentMs, momentMs), 0);
        // Back to live, refreshing on the timer again: live panels are asked for and recorded.
        const QDateTime switchedBack = QDateTime::currentDateTimeUtc();
        plane.setReplayTime(QDateTime());
        plane.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(panelsAskedFrom(switchedBack.toMSecsSinceEpoch(), std::numeric_limits<qint64>::max()) > 0, 10000);
        QCOMPARE(panelPoints(0, momentMs + 1800 * 1000), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(TestDataPlaneHostile)
#include "tst_dataplane_hostile.moc"
