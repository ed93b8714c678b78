// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "litellmversion.h"
#include "simhttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace RouteDeck {

class RouterEngine;

// Where LiteLLM releases differ in the simulator's API (see LiteLlmVersion).
struct SimApiBehaviour
{
    LiteLlmVersion version = LiteLlmVersion::newest();
    bool metricsNeedKey = true; // require_auth_for_metrics_endpoint
    // --admin-delay: admin writes (/model/... updates) take effect at once but are answered this much
    // later, so that tests can force pushes from several clients to interleave.
    double adminWriteDelaySeconds = 0;
};

// The simulator's HTTP API: OpenAI-compatible chat completions, LiteLLM's admin and health
// endpoints, /metrics and /sim/faults. Every input gets an answer; nothing here throws or asserts
// on client data.
class SimApi
{
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    using Behaviour = SimApiBehaviour;

    SimApi(RouterEngine *engine, QString masterKey, Behaviour behaviour = {});

    SimHttpResponse handle(const SimHttpRequest &request);

    QString masterKey() const { return m_masterKey; }
    quint64 requestsServed() const { return m_requests; }

    // The OpenAI error JSON: {"error":{"message","type","param","code"}}.
    static SimHttpResponse error(int status, const QString &message,
        const QString &type = QStringLiteral("None"), const QString &param = QStringLiteral("None"));
    static SimHttpResponse json(const QJsonObject &object, int status = 200);
    static QString hashKey(const QString &key);

private:
    struct Route
    {
        enum class Access
        {
            Open, // no key (health, readiness)
            MetricsKey, // /metrics: the key when the release or require_auth_for_metrics_endpoint says so
            MasterKey, // the admin and LLM API: the master key, asked before the method
        };
        QList<const char *> path; // segments; "*" matches any one
        QByteArray method;
        Access access = Access::MasterKey;
        std::function<SimHttpResponse(SimApi &, const SimHttpRequest &, const QStringList &segments)> answer;

        bool matches(const QStringList &segments) const;
    };
    static const QList<Route> &routes();

    struct Body
    {
        QVariantMap map;
        std::optional<SimHttpResponse> error;
    };

    std::optional<SimHttpResponse> checkAuth(const SimHttpRequest &request) const;
    static Body parseBody(const SimHttpRequest &request);
    QString bearer(const SimHttpRequest &request) const;

    SimHttpResponse chatCompletions(const SimHttpRequest &request, bool embeddings);
    SimHttpResponse models();
    SimHttpResponse modelInfo(const SimHttpRequest &request);
    SimHttpResponse modelInfoV2(const SimHttpRequest &request);
    SimHttpResponse updateModel(const SimHttpRequest &request, const QString &pathId);
    SimHttpResponse newModel(const SimHttpRequest &request);
    SimHttpResponse deleteModel(const SimHttpRequest &request);
    SimHttpResponse routerSettings();
    SimHttpResponse readiness(bool details);
    std::optional<SimHttpResponse> checkMetricsAuth(const SimHttpRequest &request) const;
    SimHttpResponse health(const SimHttpRequest &request);
    SimHttpResponse metrics();
    SimHttpResponse listFaults();
    SimHttpResponse addFault(const SimHttpRequest &request);
    SimHttpResponse deleteFault(const QString &id);
    SimHttpResponse clearFaults();

    RouterEngine *m_engine;
    QString m_masterKey;
    Behaviour m_behaviour;
    quint64 m_requests = 0;
    quint64 m_completionIds = 0;
};

} // namespace RouteDeck
