// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's admin_error fault: admin updates of the target fail with HTTP 500 and change
// nothing, while calls and the other deployments are left alone. Push tests rely on it.
#include "litellmconfigcodec.h"
#include "routerengine.h"
#include "simapi.h"
#include "simulationparams.h"
#include "virtualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace RouteDeck;

namespace {
const QByteArray kKey = "sk-routedeck-demo";

struct Sim
{
    VirtualClock clock;
    std::unique_ptr<RouterEngine> engine;
    std::unique_ptr<SimApi> api;

    Sim()
    {
        const ConfigLoadResult demo
            = LiteLlmConfigCodec::load(QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml"));
        const SimulationParamsResult params
            = SimulationParams::fromDocument(demo.config.document, demo.config);
        engine = std::make_unique<RouterEngine>(demo.config, params.params, &clock, 7);
        engine->storeConfigModelsInDatabase(); // updatable, so that only the injected faults fail them
        api = std::make_unique<SimApi>(engine.get(), demo.config.masterKey);
    }

    SimHttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        SimHttpRequest request;
        request.method = method;
        request.url = QUrl(QStringLiteral("http://127.0.0.1") + path);
        request.headers.append({ "Authorization", "Bearer " + kKey });
        request.body = body;
        return api->handle(request);
    }

    SimHttpResponse setWeight(const char *id, double weight)
    {
        return send("PATCH", QStringLiteral("/model/%1/update").arg(QLatin1String(id)),
            QByteArrayLiteral(R"({"litellm_params":{"weight":)") + QByteArray::number(weight) + "}}");
    }

    double weightOf(const char *id) const
    {
        return engine->config().findDeployment(QLatin1String(id))->weight.value_or(-1);
    }
};

QJsonObject errorOf(const SimHttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
}
} // namespace

class TestSimAdminFault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failsUpdatesOfItsTargetOnly()
    {
        Sim sim;
        const SimHttpResponse added = sim.send("POST", QStringLiteral("/sim/faults"),
            R"({"id":"patch-fails","target":"azure-secondary","kind":"admin_error"})");
        QCOMPARE(added.status, 201);
        QCOMPARE(QJsonDocument::fromJson(added.body).object().value(QStringLiteral("kind")).toString(),
            QStringLiteral("admin_error"));

        const SimHttpResponse failed = sim.setWeight("azure-secondary", 5);
        QCOMPARE(failed.status, 500);
        QCOMPARE(errorOf(failed).value(QStringLiteral("type")).toString(),
            QStringLiteral("internal_server_error"));
        QCOMPARE(errorOf(failed).value(QStringLiteral("message")).toString(),
            QStringLiteral(
                "simulated admin API failure: fault 'patch-fails' (admin_error on 'azure-secondary') fails "
                "every update of model 'azure-secondary'; nothing was changed"));
        QCOMPARE(sim.weightOf("azure-secondary"), 2.0);
        // The legacy update route fails the same way.
        QCOMPARE(sim.send("POST", QStringLiteral("/model/update"),
                        R"({"model_info":{"id":"azure-secondary"},"litellm_params":{"weight":5}})")
                     .status,
            500);
        QCOMPARE(sim.weightOf("azure-secondary"), 2.0);

        // Other deployments update, and calls still reach the faulty one: the fault is about the admin API.
        QCOMPARE(sim.setWeight("azure-primary", 5).status, 200);
        QCOMPARE(sim.weightOf("azure-primary"), 5.0);
        QCOMPARE(sim.setWeight("azure-primary", 0).status, 200);
        QCOMPARE(sim.setWeight("openai-direct", 0).status, 200);
        bool servedBySecondary = false;
        for (int i = 0; i < 20 && !servedBySecondary; ++i) {
            const SimHttpResponse call = sim.send("POST", QStringLiteral("/v1/chat/completions"),
                R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})");
            QCOMPARE(call.status, 200);
            servedBySecondary = call.header("x-litellm-model-id") == "azure-secondary";
        }
        QVERIFY(servedBySecondary);

        // Deleting the fault ends it.
        QCOMPARE(sim.send("DELETE", QStringLiteral("/sim/faults/patch-fails")).status, 200);
        QCOMPARE(sim.setWeight("azure-secondary", 5).status, 200);
        QCOMPARE(sim.weightOf("azure-secondary"), 5.0);
    }

    void byProviderAndExpiring()
    {
        Sim sim;
        QCOMPARE(sim.send("POST", QStringLiteral("/sim/faults"),
                        R"({"target":"azure","kind":"admin_error","duration_s":10})")
                     .status,
            201);
        QCOMPARE(sim.setWeight("azure-primary", 3).status, 500);
        QCOMPARE(sim.setWeight("gpt-4o-azure", 3).status, 500);
        QCOMPARE(sim.setWeight("openai-direct", 3).status, 200);
        sim.clock.advance(10.5);
        QCOMPARE(sim.setWeight("azure-primary", 3).status, 200);
        QCOMPARE(sim.weightOf("azure-primary"), 3.0);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addRow("probability") << QByteArray(
            R"({"target":"azure-primary","kind":"admin_error","probability":0.5})")
                                     << QStringLiteral(
                                            "an admin_error fault fails every admin update of its target: it "
                                            "takes no probability below 1 and no extra_latency_ms");
        QTest::addRow("latency")
            << QByteArray(R"({"target":"azure-primary","kind":"admin_error","extra_latency_ms":100})")
            << QStringLiteral("an admin_error fault fails every admin update of its target: it takes "
                              "no probability below 1 and no extra_latency_ms");
        QTest::addRow("unknown target")
            << QByteArray(R"({"target":"nobody","kind":"admin_error"})")
            << QStringLiteral("fault target \"nobody\" matches no deployment id or provider");
    }

    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        Sim sim;
        const SimHttpResponse r = sim.send("POST", QStringLiteral("/sim/faults"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorOf(r).value(QStringLiteral("message")).toString().startsWith(error),
            qPrintable(errorOf(r).value(QStringLiteral("message")).toString()));
        QVERIFY(FaultInjector::kindNames().contains(QStringLiteral("admin_error")));
    }
};

QTEST_GUILESS_MAIN(TestSimAdminFault)
#include "tst_simadminfault.moc"
