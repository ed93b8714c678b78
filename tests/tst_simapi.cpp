// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP API: in process (SimApi on a virtual clock, hostile and fuzzed input) and end
// to end against the real routedeck-sim executable.
#include "litellmconfigcodec.h"
#include "routerengine.h"
#include "litellmversion.h"
#include "simapi.h"
#include "simexpositioncheck.h"
#include "simhttpserver.h"
#include "simulationparams.h"
#include "virtualclock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace RouteDeck;

namespace {
const QByteArray kKey = "sk-routedeck-demo";
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

struct Api
{
    VirtualClock clock;
    std::unique_ptr<RouterEngine> engine;
    std::unique_ptr<SimApi> api;

    // Most tests update models: by default the demo's models are database models (--models-in-db).
    explicit Api(SimApi::Behaviour behaviour = {}, bool modelsInDatabase = true)
    {
        const ConfigLoadResult demo = LiteLlmConfigCodec::load(kDemoConfig);
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        engine = std::make_unique<RouterEngine>(demo.config, params.params, &clock, 11);
        if (modelsInDatabase)
            engine->storeConfigModelsInDatabase();
        api = std::make_unique<SimApi>(engine.get(), demo.config.masterKey, behaviour);
    }

    SimHttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &key = kKey)
    {
        SimHttpRequest request;
        request.method = method;
        request.url = QUrl(QStringLiteral("http://127.0.0.1") + path);
        if (!key.isNull())
            request.headers.append({ "Authorization", "Bearer " + key });
        request.body = body;
        return api->handle(request);
    }

    QJsonObject json(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, int *status = nullptr)
    {
        const SimHttpResponse r = send(method, path, body);
        if (status)
            *status = r.status;
        return QJsonDocument::fromJson(r.body).object();
    }

    double weightOf(const QString &id) const
    {
        return engine->config().findDeployment(id)->weight.value_or(-1);
    }
};

QString errorMessage(const SimHttpResponse &r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}
} // namespace

class TestSimApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authentication()
    {
        Api a;
        const SimHttpResponse none = a.send("GET", QStringLiteral("/model/info"), {}, QByteArray());
        QCOMPARE(none.status, 401);
        const QJsonObject error
            = QJsonDocument::fromJson(none.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("401"));
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("auth_error"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("No api key")));
        QCOMPARE(a.send("GET", QStringLiteral("/model/info"), {}, "sk-wrong").status, 401);
        QCOMPARE(a.send("POST", QStringLiteral("/v1/chat/completions"), "{}", "sk-wrong").status, 401);
        QCOMPARE(a.send("PATCH", QStringLiteral("/model/azure-primary/update"),
                      R"({"litellm_params":{"weight":1}})", "")
                     .status,
            401);
        QCOMPARE(a.weightOf(QStringLiteral("azure-primary")), 8.0);
        QCOMPARE(a.send("GET", QStringLiteral("/model/info")).status, 200);
        // LiteLLM leaves these open.
        for (const char *path : { "/health/liveliness", "/health/readiness" })
            QCOMPARE(a.send("GET", QLatin1String(path), {}, QByteArray()).status, 200);
        // /metrics needs the key from 1.84 (require_auth_for_metrics_endpoint defaults to true; LiteLLM's
        // prometheus_auth_middleware answers 401 with a JSON string), and was open before.
        const SimHttpResponse metricsWithoutKey = a.send("GET", QStringLiteral("/metrics"), {}, QByteArray());
        QCOMPARE(metricsWithoutKey.status, 401);
        QCOMPARE(metricsWithoutKey.body, QByteArray("\"Unauthorized access to metrics endpoint: Malformed API Key passed in. "
                                                    "Ensure Key has `Bearer ` prefix.\""));
        QCOMPARE(a.send("GET", QStringLiteral("/metrics"), {}, "sk-wrong").status, 401);
        QCOMPARE(a.send("GET", QStringLiteral("/metrics")).status, 200);
        Api before2026(SimApi::Behaviour { LiteLlmVersion::before2026(), false });
        QCOMPARE(before2026.send("GET", QStringLiteral("/metrics"), {}, QByteArray()).status, 200);
        QCOMPARE(a.send("GET", QStringLiteral("/health/liveliness")).body, QByteArray("\"I'm alive!\""));
        QCOMPARE(a.send("GET", QStringLiteral("/health"), {}, QByteArray()).status, 401);
    }

    void modelInfoHidesSecrets()
    {
        Api a;
        int status = 0;
        const QByteArray body = a.send("GET", QStringLiteral("/model/info")).body;
        const QJsonArray data
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 7);
        QVERIFY(!body.contains("api_key"));
        QVERIFY(!body.contains("os.environ"));
        const QJsonObject first = data.first().toObject();
        QCOMPARE(first.value(QStringLiteral("model_name")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(first.value(QStringLiteral("litellm_params"))
                     .toObject()
                     .value(QStringLiteral("weight"))
                     .toDouble(),
            8.0);
        QCOMPARE(first.value(QStringLiteral("model_info")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("azure-primary"));

        // A secret sent in an update is stored, never returned.
        const SimHttpResponse patched = a.send("PATCH", QStringLiteral("/model/azure-primary/update"),
            R"({"litellm_params":{"api_key":"sk-new-secret-123","weight":5}})");
        QCOMPARE(patched.status, 200);
        QVERIFY(!patched.body.contains("sk-new-secret-123"));
        QVERIFY(!a.send("GET", QStringLiteral("/v1/model/info")).body.contains("sk-new-secret-123"));
        QVERIFY(!a.send("GET", QStringLiteral("/v2/model/info")).body.contains("sk-new-secret-123"));
        QVERIFY(!a.send("GET", QStringLiteral("/health")).body.contains("sk-new-secret-123"));
        QCOMPARE(a.engine->config()
                     .findDeployment(QStringLiteral("azure-primary"))
                     ->litellmParams.value(QStringLiteral("api_key"))
                     .toString(),
            QStringLiteral("sk-new-secret-123"));

        const QJsonObject one
            = a.json("GET", QStringLiteral("/model/info?litellm_model_id=openai-direct"), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(one.value(QStringLiteral("data")).toArray().size(), 1);
        a.json("GET", QStringLiteral("/model/info?litellm_model_id=nope"), {}, &status);
        QCOMPARE(status, 404);
    }

    void modelInfoV2Pages()
    {
        Api a;
        int status = 0;
        const QJsonObject page = a.json("GET", QStringLiteral("/v2/model/info?page=2&size=3"), {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(page.value(QStringLiteral("total_count")).toInt(), 7);
        QCOMPARE(page.value(QStringLiteral("total_pages")).toInt(), 3);
        QCOMPARE(page.value(QStringLiteral("current_page")).toInt(), 2);
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 3);
        const QJsonArray data = page.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.first()
                     .toObject()
                     .value(QStringLiteral("model_info"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("gpt-4o-azure"));
        QCOMPARE(a.json("GET", QStringLiteral("/v2/model/info?page=9&size=3"))
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
            0);
        for (const char *bad : { "?page=0", "?size=abc", "?size=100000", "?page=-1", "?page=1e3" }) {
            const SimHttpResponse r = a.send("GET", QStringLiteral("/v2/model/info") + QLatin1String(bad));
            QCOMPARE(r.status, 400);
            QVERIFY2(errorMessage(r).contains(QStringLiteral("must be a whole number")), bad);
        }
    }

    void weightPatch()
    {
        Api a;
        int status = 0;
        const QJsonObject r = a.json("PATCH", QStringLiteral("/model/azure-primary/update"),
            R"({"litellm_params":{"weight":3}})", &status);
        QCOMPARE(status, 200);
        QCOMPARE(
            r.value(QStringLiteral("litellm_params")).toObject().value(QStringLiteral("weight")).toDouble(),
            3.0);
        QCOMPARE(a.weightOf(QStringLiteral("azure-primary")), 3.0);
        // Other fields survive a partial update.
        QCOMPARE(a.engine->config().findDeployment(QStringLiteral("azure-primary"))->apiBase,
            QStringLiteral("https://primary.openai.azure.com"));
        // Legacy form.
        a.json("POST", QStringLiteral("/model/update"),
            R"({"model_info":{"id":"azure-secondary"},"litellm_params":{"weight":4}})", &status);
        QCOMPARE(status, 200);
        QCOMPARE(a.weightOf(QStringLiteral("azure-secondary")), 4.0);
        // An id with a slash, percent-encoded in the path, is still one path segment.
        QCOMPARE(a.send("PATCH", QStringLiteral("/model/a%2Fb/update"), R"({"litellm_params":{"weight":1}})")
                     .status,
            404);
    }

    void hostileAdminBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << 400 << QStringLiteral("request body is empty");
        QTest::addRow("not json") << QByteArray("weight=5") << 400 << QStringLiteral("not valid JSON");
        QTest::addRow("truncated") << QByteArray(R"({"litellm_params":{"weight":)") << 400
                                   << QStringLiteral("not valid JSON");
        QTest::addRow("array") << QByteArray("[1,2]") << 400 << QStringLiteral("must be a JSON object");
        QTest::addRow("params not object") << QByteArray(R"({"litellm_params":3})") << 400
                                           << QStringLiteral("litellm_params must be an object");
        QTest::addRow("weight string")
            << QByteArray(R"({"litellm_params":{"weight":"abc"}})") << 400
            << QStringLiteral("litellm_params.weight must be a number >= 0, got \"abc\"");
        QTest::addRow("weight negative") << QByteArray(R"({"litellm_params":{"weight":-1}})") << 400
                                         << QStringLiteral("litellm_params.weight");
        QTest::addRow("weight bool") << QByteArray(R"({"litellm_params":{"weight":true}})") << 400
                                     << QStringLiteral("got true");
        QTest::addRow("weight list") << QByteArray(R"({"litellm_params":{"weight":[1]}})") << 400
                                     << QStringLiteral("got a list");
        QTest::addRow("weight huge") << QByteArray(R"({"litellm_params":{"weight":1e400}})") << 400
                                     << QStringLiteral("not valid JSON");
        QTest::addRow("order fraction")
            << QByteArray(R"({"litellm_params":{"order":1.5}})") << 400 << QStringLiteral("whole number");
        QTest::addRow("rpm object") << QByteArray(R"({"litellm_params":{"rpm":{"a":1}}})") << 400
                                    << QStringLiteral("litellm_params.rpm");
        QTest::addRow("model empty") << QByteArray(R"({"litellm_params":{"model":""}})") << 400
                                     << QStringLiteral("litellm_params.model must not be empty");
        QTest::addRow("model removed") << QByteArray(R"({"litellm_params":{"model":null}})") << 400
                                       << QStringLiteral("cannot be removed");
        QTest::addRow("model_name number")
            << QByteArray(R"({"model_name":42})") << 400 << QStringLiteral("model_name must be a string");
        QTest::addRow("model_name control")
            << QByteArray("{\"model_name\":\"a\\u0000b\"}") << 400 << QStringLiteral("control characters");
        QTest::addRow("unknown field")
            << QByteArray(R"({"weight":5})") << 400 << QStringLiteral("unknown field 'weight'");
        QTest::addRow("id change") << QByteArray(R"({"model_info":{"id":"other"}})") << 400
                                   << QStringLiteral("model_info.id cannot be changed");
        QTest::addRow("deep nesting") << QByteArray(100000, '[') << 400 << QStringLiteral("not valid JSON");
        QTest::addRow("too large") << (QByteArray(R"({"litellm_params":{"x":")")
            + QByteArray(2 * 1024 * 1024, 'a') + "\"}}")
                                   << 413 << QStringLiteral("the limit is");
        QTest::addRow("binary") << QByteArray("\x00\xff\xfe{", 4) << 400 << QStringLiteral("not valid JSON");
    }

    void hostileAdminBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        Api a;
        const SimHttpResponse r = a.send("PATCH", QStringLiteral("/model/azure-primary/update"), body);
        QCOMPARE(r.status, status);
        const QJsonObject error
            = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QString::number(status));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(message),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        // Nothing changed.
        const Deployment *d = a.engine->config().findDeployment(QStringLiteral("azure-primary"));
        QCOMPARE(d->weight.value_or(-1), 8.0);
        QCOMPARE(d->model, QStringLiteral("azure/gpt-4o-mini-ptu"));
        QCOMPARE(d->group, QStringLiteral("gpt-4o-mini"));
        // The same body to /model/new is rejected too, and adds nothing.
        const SimHttpResponse created = a.send("POST", QStringLiteral("/model/new"), body);
        QVERIFY(created.status == 400 || created.status == 413);
        QCOMPARE(a.engine->config().deployments.size(), 7);
    }

    void unknownIds()
    {
        Api a;
        QCOMPARE(a.send("PATCH", QStringLiteral("/model/nope/update"), R"({"litellm_params":{"weight":1}})")
                     .status,
            404);
        QCOMPARE(
            a.send("POST", QStringLiteral("/model/update"), R"({"model_info":{"id":"nope"}})").status, 404);
        const SimHttpResponse noId
            = a.send("POST", QStringLiteral("/model/update"), R"({"litellm_params":{"weight":1}})");
        QCOMPARE(noId.status, 400);
        QVERIFY(errorMessage(noId).contains(QStringLiteral("model_info.id is required")));
        QCOMPARE(a.send("POST", QStringLiteral("/model/delete"), R"({"id":"nope"})").status, 404);
        QCOMPARE(a.send("POST", QStringLiteral("/model/delete"), R"({"id":7})").status, 400);
        QCOMPARE(a.send("DELETE", QStringLiteral("/sim/faults/nope")).status, 404);
        QCOMPARE(a.send("GET", QStringLiteral("/no/such/path")).status, 404);
        QCOMPARE(a.send("GET", QStringLiteral("/v1/chat/completions")).status, 405);
        QCOMPARE(a.send("DELETE", QStringLiteral("/model/info")).status, 405);
    }

    void newAndDelete()
    {
        Api a;
        int status = 0;
        const QJsonObject created = a.json("POST", QStringLiteral("/model/new"),
            R"({"model_name":"gpt-4o-mini","litellm_params":{"model":"azure/gpt-4o-mini-eu","api_key":"sk-eu","weight":1},"model_info":{"id":"azure-eu"}})",
            &status);
        QCOMPARE(status, 200);
        QCOMPARE(created.value(QStringLiteral("model_id")).toString(), QStringLiteral("azure-eu"));
        QVERIFY(!QJsonDocument(created).toJson().contains("sk-eu"));
        QCOMPARE(a.engine->config().deploymentsInGroup(QStringLiteral("gpt-4o-mini")).size(), 4);
        a.json("POST", QStringLiteral("/model/new"),
            R"({"model_name":"gpt-4o-mini","litellm_params":{"model":"azure/x"},"model_info":{"id":"azure-eu"}})",
            &status);
        QCOMPARE(status, 400); // duplicate id
        const QJsonObject derived = a.json("POST", QStringLiteral("/model/new"),
            R"({"model_name":"new-group","litellm_params":{"model":"openai/gpt-5"}})", &status);
        QCOMPARE(status, 200);
        QVERIFY(derived.value(QStringLiteral("model_id")).toString().startsWith(QStringLiteral("rd-")));
        a.json("POST", QStringLiteral("/model/new"), R"({"model_name":"x","litellm_params":{}})", &status);
        QCOMPARE(status, 400);
        const QJsonObject deleted
            = a.json("POST", QStringLiteral("/model/delete"), R"({"id":"azure-eu"})", &status);
        QCOMPARE(status, 200);
        QVERIFY(deleted.value(QStringLiteral("message")).toString().contains(QStringLiteral("azure-eu")));
        QCOMPARE(a.engine->config().deploymentsInGroup(QStringLiteral("gpt-4o-mini")).size(), 3);
        // Its state gauge is gone from /metrics.
        QVERIFY(!a.send("GET", QStringLiteral("/metrics"))
                     .body.contains("litellm_deployment_state{litellm_model_name=\"gpt-4o-mini-eu\""));
    }

    void configModelsRefuseUpdatesAsLiteLlm()
    {
        // model_management_endpoints.py: a model from the config file answers 400 with ProxyException's
        // body; /model/info marks it db_model false. One added through /model/new is a database model.
        Api a({}, false);
        const QJsonArray models
            = a.json("GET", QStringLiteral("/model/info")).value(QStringLiteral("data")).toArray();
        QVERIFY(!models.isEmpty());
        for (const QJsonValue &m : models)
            QCOMPARE(m.toObject().value(QStringLiteral("model_info")).toObject().value(QStringLiteral("db_model")),
                QJsonValue(false));
        for (const auto &[method, path] : { std::pair<QByteArray, QString> { "PATCH", QStringLiteral("/model/azure-primary/update") },
                 { "POST", QStringLiteral("/model/update") } }) {
            const SimHttpResponse refused = a.send(method, path,
                R"({"model_info":{"id":"azure-primary"},"litellm_params":{"weight":1}})");
            QCOMPARE(refused.status, 400);
            const QJsonObject error
                = QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("message")).toString(),
                QStringLiteral("Cannot edit config-based model. Store model in DB via /model/new first."));
            QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("400"));
        }
        QCOMPARE(a.weightOf(QStringLiteral("azure-primary")), 8.0);

        const QJsonObject created = a.json("POST", QStringLiteral("/model/new"),
            R"({"model_name":"gpt-4o-mini","litellm_params":{"model":"azure/gpt-4o-mini-db","weight":1},"model_info":{"id":"db-one"}})");
        QCOMPARE(created.value(QStringLiteral("model_info")).toObject().value(QStringLiteral("db_model")), QJsonValue(true));
        QCOMPARE(a.send("PATCH", QStringLiteral("/model/db-one/update"), R"({"litellm_params":{"weight":3}})").status, 200);
        QCOMPARE(a.weightOf(QStringLiteral("db-one")), 3.0);
    }

    void reloadReplacesTheFileModelsAndKeepsDatabaseModels()
    {
        Api a({}, false);
        QCOMPARE(a.send("POST", QStringLiteral("/model/new"),
                     R"({"model_name":"gpt-4o-mini","litellm_params":{"model":"azure/gpt-4o-mini-db","weight":1},"model_info":{"id":"db-one"}})")
                     .status,
            200);
        QFile file(kDemoConfig);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray yaml = file.readAll();
        QVERIFY(yaml.contains("weight: 8"));
        yaml.replace("weight: 8", "weight: 5.5");
        const ConfigLoadResult edited = LiteLlmConfigCodec::parse(yaml, kDemoConfig);
        QVERIFY(edited.ok());
        a.engine->reloadConfig(edited.config);
        QCOMPARE(a.weightOf(QStringLiteral("azure-primary")), 5.5);
        QCOMPARE(a.weightOf(QStringLiteral("db-one")), 1.0);
        QVERIFY(!a.engine->isDatabaseModel(QStringLiteral("azure-primary")));
        QVERIFY(a.engine->isDatabaseModel(QStringLiteral("db-one")));
    }

    void chatCompletions()
    {
        Api a;
        const SimHttpResponse r = a.send("POST", QStringLiteral("/v1/chat/completions"),
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Route this, please."}],"metadata":{"agent":"intent_detection"}})");
        QCOMPARE(r.status, 200);
        const QByteArray modelId = r.header("x-litellm-model-id");
        QVERIFY2(QList<QByteArray>({ "azure-primary", "azure-secondary", "openai-direct" }).contains(modelId),
            modelId.constData());
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject usage = body.value(QStringLiteral("usage")).toObject();
        QVERIFY(usage.value(QStringLiteral("prompt_tokens")).toInt() > 0);
        QVERIFY(usage.value(QStringLiteral("completion_tokens")).toInt() > 0);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
            usage.value(QStringLiteral("prompt_tokens")).toInt()
                + usage.value(QStringLiteral("completion_tokens")).toInt());
        QCOMPARE(body.value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
            QStringLiteral("assistant"));
        QVERIFY(r.delaySeconds > 0);
        QVERIFY(a.send("GET", QStringLiteral("/metrics")).body.contains("agent=\"intent_detection\""));
        QCOMPARE(a.send("POST", QStringLiteral("/chat/completions"),
                      R"({"model":"gpt-4o","messages":[{"role":"user","content":"x"}]})")
                     .status,
            200);
        QCOMPARE(a.send("POST", QStringLiteral("/v1/embeddings"),
                      R"({"model":"text-embedding-3-small","input":"hello"})")
                     .status,
            200);

        const SimHttpResponse unknown = a.send("POST", QStringLiteral("/v1/chat/completions"),
            R"({"model":"gpt-9","messages":[{"role":"user","content":"x"}]})");
        QCOMPARE(unknown.status, 400);
        QVERIFY(errorMessage(unknown).contains(QStringLiteral("Invalid model name passed in model=gpt-9")));
        QCOMPARE(
            a.send("POST", QStringLiteral("/v1/chat/completions"), R"({"model":"gpt-4o-mini"})").status, 400);
        QCOMPARE(a.send("POST", QStringLiteral("/v1/chat/completions"),
                      R"({"model":"gpt-4o-mini","messages":[1]})")
                     .status,
            400);
        QCOMPARE(
            a.send("POST", QStringLiteral("/v1/chat/completions"), R"({"model":["x"],"messages":[]})").status,
            400);
    }

    void faultsApi()
    {
        Api a;
        int status = 0;
        const QJsonObject added = a.json("POST", QStringLiteral("/sim/faults"),
            R"({"target":"azure","kind":"rate_limit","probability":1,"duration_s":60})", &status);
        QCOMPARE(status, 201);
        const QString azureId = added.value(QStringLiteral("id")).toString();
        QVERIFY(!azureId.isEmpty());
        a.json("POST", QStringLiteral("/sim/faults"),
            R"({"id":"openai-down","target":"openai","kind":"server_error"})", &status);
        QCOMPARE(status, 201);
        QCOMPARE(
            a.json("GET", QStringLiteral("/sim/faults")).value(QStringLiteral("faults")).toArray().size(), 2);

        // Every provider failing: calls fail, and /health says which endpoints are down.
        const SimHttpResponse failed = a.send("POST", QStringLiteral("/v1/chat/completions"),
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"x"}]})");
        QVERIFY(failed.status == 429 || failed.status == 500);
        const QJsonObject error
            = QJsonDocument::fromJson(failed.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QString::number(failed.status));
        const QJsonObject health = a.json("GET", QStringLiteral("/health"));
        QCOMPARE(health.value(QStringLiteral("healthy_count")).toInt(), 0);
        QCOMPARE(health.value(QStringLiteral("unhealthy_count")).toInt(), 7);

        QCOMPARE(a.send("DELETE", QStringLiteral("/sim/faults/openai-down")).status, 200);
        QCOMPARE(a.send("DELETE", QStringLiteral("/sim/faults/openai-down")).status, 404);
        for (const char *bad : { R"({"target":"azure"})", R"({"target":"mars","kind":"timeout"})",
                 R"({"target":"azure","kind":"timeout","probability":"high"})", "[]" })
            QCOMPARE(a.send("POST", QStringLiteral("/sim/faults"), bad).status, 400);
        QCOMPARE(a.send("DELETE", QStringLiteral("/sim/faults")).status, 200);
        QCOMPARE(
            a.json("GET", QStringLiteral("/sim/faults")).value(QStringLiteral("faults")).toArray().size(), 0);
    }

    void routerSettingsAndReadiness()
    {
        Api a;
        const QJsonObject settings = a.json("GET", QStringLiteral("/router/settings"));
        const QJsonObject current = settings.value(QStringLiteral("current_values")).toObject();
        QCOMPARE(current.value(QStringLiteral("num_retries")).toInt(), 3);
        QCOMPARE(current.value(QStringLiteral("cooldown_time")).toDouble(), 30.0);
        QCOMPARE(
            current.value(QStringLiteral("routing_strategy")).toString(), QStringLiteral("simple-shuffle"));
        QCOMPARE(current.value(QStringLiteral("fallbacks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("gpt-4o-mini"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("gpt-4o"));
        QVERIFY(!settings.value(QStringLiteral("fields")).toArray().isEmpty());
        // From 1.84 the public readiness answer is {status, db}; the details, the version among them,
        // need the key (PRs 26912, 27866). Before, one public answer held everything.
        const QJsonObject ready = a.json("GET", QStringLiteral("/health/readiness"));
        QCOMPARE(ready.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
        QCOMPARE(ready.keys(), (QStringList { QStringLiteral("db"), QStringLiteral("status") }));
        const QJsonObject details = a.json("GET", QStringLiteral("/health/readiness/details"));
        QCOMPARE(details.value(QStringLiteral("success_callbacks")).toArray().first().toString(),
            QStringLiteral("prometheus"));
        QCOMPARE(details.value(QStringLiteral("litellm_version")).toString(), LiteLlmVersion::newest().toString());
        QCOMPARE(a.send("GET", QStringLiteral("/health/readiness/details"), {}, QByteArray()).status, 401);
        Api before2026(SimApi::Behaviour { LiteLlmVersion::before2026(), false });
        const QJsonObject old = before2026.json("GET", QStringLiteral("/health/readiness"));
        QCOMPARE(old.value(QStringLiteral("success_callbacks")).toArray().first().toString(),
            QStringLiteral("prometheus"));
        QCOMPARE(old.value(QStringLiteral("litellm_version")).toString(), QStringLiteral("1.81.15"));
    }

    void fuzz()
    {
        Api a;
        QRandomGenerator rng(1234);
        const QList<QByteArray> methods
            = { "GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS", "BREW", "" };
        const QStringList paths = { QStringLiteral("/model/info"),
            QStringLiteral("/v2/model/info?page={a}&size={b}"), QStringLiteral("/model/{a}/update"),
            QStringLiteral("/model/update"), QStringLiteral("/model/new"), QStringLiteral("/model/delete"),
            QStringLiteral("/v1/chat/completions"), QStringLiteral("/sim/faults"),
            QStringLiteral("/sim/faults/{a}"), QStringLiteral("/metrics"), QStringLiteral("/health"),
            QStringLiteral("//model//info//"), QStringLiteral("/{a}"),
            QStringLiteral("/model/{a}/{b}/update") };
        const QList<QByteArray> seeds = {
            R"({"litellm_params":{"weight":5}})",
            R"({"model_name":"gpt-4o-mini","litellm_params":{"model":"azure/x","weight":2},"model_info":{"id":"f"}})",
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})",
            R"({"target":"azure-primary","kind":"latency","extra_latency_ms":100,"duration_s":1})",
            R"({"id":"azure-secondary"})",
        };
        const QList<int> allowed = { 200, 201, 400, 401, 404, 405, 408, 413, 422, 429, 500, 503 };
        for (int i = 0; i < 5000; ++i) {
            QByteArray body = seeds.at(rng.bounded(int(seeds.size())));
            const int mutations = rng.bounded(6);
            for (int m = 0; m < mutations && !body.isEmpty(); ++m) {
                const int at = rng.bounded(int(body.size()));
                switch (rng.bounded(4)) {
                case 0:
                    body[at] = char(rng.bounded(256));
                    break;
                case 1:
                    body.remove(at, rng.bounded(8));
                    break;
                case 2:
                    body.insert(at, QByteArray(rng.bounded(4) + 1, "{}[]\":,0-e\\"[rng.bounded(11)]));
                    break;
                default:
                    body.truncate(at);
                }
            }
            QString path = paths.at(rng.bounded(int(paths.size())));
            const QStringList fillers = { QStringLiteral("azure-primary"), QStringLiteral("%00"),
                QStringLiteral(".."), QStringLiteral("%2F%2F"), QString::number(rng.bounded(100) - 50),
                QStringLiteral("a%ZZ"), QString(300, QLatin1Char('x')) };
            path.replace(QStringLiteral("{a}"), fillers.at(rng.bounded(int(fillers.size()))));
            path.replace(QStringLiteral("{b}"), fillers.at(rng.bounded(int(fillers.size()))));
            const QByteArray method = methods.at(rng.bounded(int(methods.size())));
            const SimHttpResponse r
                = a.send(method, path, body, rng.bounded(10) == 0 ? QByteArray("bad") : kKey);
            QVERIFY2(allowed.contains(r.status),
                qPrintable(
                    QStringLiteral("%1 %2 -> %3").arg(QString::fromLatin1(method), path).arg(r.status)));
            if (r.contentType == "application/json" && method != "HEAD") {
                QJsonParseError parseError;
                // A bare JSON string (LiteLLM's /metrics refusal) is valid JSON that QJsonDocument reads
                // only inside an array.
                QJsonDocument::fromJson(r.body.startsWith('"') ? '[' + r.body + ']' : r.body, &parseError);
                QVERIFY2(parseError.error == QJsonParseError::NoError, r.body.left(200).constData());
            }
            a.clock.advance(0.01);
        }
        QCOMPARE(Test::checkExposition(a.send("GET", QStringLiteral("/metrics")).body), QString());
    }

    void delayedResponsesKeepOrder()
    {
        // Simulated latency holds a response back without blocking other connections, and
        // pipelined requests on one connection are answered in order.
        SimHttpServer server([](const SimHttpRequest &request) {
            SimHttpResponse response;
            response.body = request.url.path().toUtf8();
            response.delaySeconds = request.url.path() == QLatin1String("/slow") ? 0.4 : 0.0;
            return response;
        });
        const quint16 port = server.listenLocal(0);
        QVERIFY(port != 0);
        for (QTcpServer *listener : server.servers())
            QCOMPARE(listener->serverAddress(), QHostAddress(QHostAddress::LocalHost));

        QTcpSocket pipelined;
        pipelined.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(pipelined.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        pipelined.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");

        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(other.waitForConnected(5000));
        other.write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray otherReply;
        QTRY_VERIFY_WITH_TIMEOUT((otherReply += other.readAll()).endsWith("/fast"), 5000);
        QVERIFY2(timer.elapsed() < 350, "a slow response must not hold up another connection");

        QByteArray replies;
        QTRY_VERIFY_WITH_TIMEOUT((replies += pipelined.readAll()).endsWith("/fast"), 5000);
        QVERIFY(timer.elapsed() >= 390);
        QVERIFY2(replies.indexOf("/slow") < replies.indexOf("/fast"), replies.constData());
        QCOMPARE(replies.count("HTTP/1.1 200 OK"), 2);

        // A client that leaves before its delayed answer is no problem.
        QTcpSocket impatient;
        impatient.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(impatient.waitForConnected(5000));
        impatient.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(impatient.waitForBytesWritten(5000));
        impatient.abort();
        QTest::qWait(600);
        QTcpSocket after;
        after.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(after.waitForConnected(5000));
        after.write("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray afterReply;
        QTRY_VERIFY_WITH_TIMEOUT((afterReply += after.readAll()).endsWith("/fast"), 5000);
    }

    void endToEnd()
    {
        QProcess sim;
        sim.setProgram(QStringLiteral(ROUTEDECK_BINARY_DIR "/sim/routedeck-sim"));
        sim.setArguments(
            { QStringLiteral("--config"), kDemoConfig, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--rps"), QStringLiteral("20"), QStringLiteral("--instant"),
                QStringLiteral("--models-in-db") });
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        sim.start();
        QVERIFY2(sim.waitForStarted(), qPrintable(sim.errorString()));
        QByteArray out;
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += sim.readAllStandardOutput();
                const QRegularExpressionMatch m = QRegularExpression(
                    QStringLiteral("routedeck-sim listening on http://127\\.0\\.0\\.1:(\\d+)\n"))
                                                      .match(QString::fromUtf8(out));
                port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
                return port != 0;
            }(),
            15000);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        QNetworkAccessManager nam;
        const auto request
            = [&](const QByteArray &verb, const QString &path, const QByteArray &body, bool auth) {
                  QNetworkRequest r { QUrl(base + path) };
                  r.setTransferTimeout(10000);
                  r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                  if (auth)
                      r.setRawHeader("Authorization", "Bearer " + kKey);
                  QNetworkReply *reply = nam.sendCustomRequest(r, verb, body);
                  QSignalSpy finished(reply, &QNetworkReply::finished);
                  if (!reply->isFinished())
                      finished.wait(15000);
                  reply->deleteLater();
                  return std::make_tuple(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->rawHeader("x-litellm-model-id"),
                      reply->header(QNetworkRequest::ContentTypeHeader).toString());
              };

        // The built-in load runs: series appear on /metrics in the exposition format.
        QTRY_VERIFY_WITH_TIMEOUT(std::get<1>(request("GET", QStringLiteral("/metrics"), {}, true))
                                     .contains("litellm_deployment_total_requests_total{"),
            10000);
        const auto [metricsStatus, metrics, unused, contentType]
            = request("GET", QStringLiteral("/metrics"), {}, true);
        QCOMPARE(metricsStatus, 200);
        QVERIFY(contentType.startsWith(QStringLiteral("text/plain; version=0.0.4")));
        QCOMPARE(Test::checkExposition(metrics), QString());

        const auto [chatStatus, chat, modelId, chatType]
            = request("POST", QStringLiteral("/v1/chat/completions"),
                R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})", true);
        QCOMPARE(chatStatus, 200);
        QVERIFY(!modelId.isEmpty());
        QVERIFY(QJsonDocument::fromJson(chat).object().contains(QStringLiteral("usage")));
        QCOMPARE(std::get<0>(request("GET", QStringLiteral("/model/info"), {}, false)), 401);
        QCOMPARE(std::get<0>(request("PATCH", QStringLiteral("/model/azure-primary/update"),
                     R"({"litellm_params":{"weight":6}})", true)),
            200);
        const QByteArray info = std::get<1>(
            request("GET", QStringLiteral("/model/info?litellm_model_id=azure-primary"), {}, true));
        QCOMPARE(QJsonDocument::fromJson(info)
                     .object()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("litellm_params"))
                     .toObject()
                     .value(QStringLiteral("weight"))
                     .toDouble(),
            6.0);
        QCOMPARE(
            std::get<0>(request("PATCH", QStringLiteral("/model/azure-primary/update"), "{]", true)), 400);

        // Raw garbage on the socket level: the server survives and keeps answering.
        const QList<QByteArray> garbage = { QByteArray("GARBAGE\r\n\r\n"),
            QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nabc"),
            QByteArray(70000, 'A'), QByteArray("POST /model/new HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
            QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) };
        for (const QByteArray &bytes : garbage) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write(bytes);
            socket.waitForBytesWritten(5000);
            socket.waitForReadyRead(300);
            socket.abort();
        }
        const auto [aliveStatus, alive, none, aliveType]
            = request("GET", QStringLiteral("/health/liveliness"), {}, false);
        QCOMPARE(aliveStatus, 200);
        QCOMPARE(alive, QByteArray("\"I'm alive!\""));
        QCOMPARE(sim.state(), QProcess::Running);

        sim.terminate();
        if (!sim.waitForFinished(5000)) {
            sim.kill();
            sim.waitForFinished(5000);
        }
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no config") << QStringList {} << QStringLiteral("--config FILE is required");
        QTest::addRow("missing file")
            << QStringList { QStringLiteral("--config"), QStringLiteral("/nonexistent/config.yaml") }
            << QStringLiteral("/nonexistent/config.yaml");
        QTest::addRow("bad port") << QStringList { QStringLiteral("--config"), kDemoConfig,
            QStringLiteral("--port"), QStringLiteral("70000") }
                                  << QStringLiteral("--port must be a number from 0 to 65535");
        QTest::addRow("bad rps") << QStringList { QStringLiteral("--config"), kDemoConfig,
            QStringLiteral("--rps"), QStringLiteral("fast") }
                                 << QStringLiteral("--rps must be a number");
        QTest::addRow("bad spike") << QStringList { QStringLiteral("--config"), kDemoConfig,
            QStringLiteral("--spike"), QStringLiteral("10,0,2") }
                                   << QStringLiteral("--spike must be AT_S,DURATION_S,MULTIPLIER");
        QTest::addRow("bad scenario") << QStringList { QStringLiteral("--config"), kDemoConfig,
            QStringLiteral("--scenario"), QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml") }
                                      << QStringLiteral("steps must be a non-empty list");
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess sim;
        sim.start(QStringLiteral(ROUTEDECK_BINARY_DIR "/sim/routedeck-sim"), arguments);
        QVERIFY(sim.waitForFinished(15000));
        QVERIFY(sim.exitCode() != 0);
        const QString err = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(sim.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
