// SPDX-License-Identifier: GPL-3.0-or-later
#include "simapi.h"

#include "jsontree.h"
#include "routerengine.h"
#include "simvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SimApi", text);
}

const QByteArray kMetricsContentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

SimHttpResponse notFound()
{
    SimHttpResponse response;
    response.status = 404;
    response.body = QByteArrayLiteral("{\"detail\":\"Not Found\"}");
    return response;
}

SimHttpResponse methodNotAllowed(const QByteArray &allowed)
{
    SimHttpResponse response;
    response.status = 405;
    response.body = QByteArrayLiteral("{\"detail\":\"Method Not Allowed\"}");
    response.headers.append({ QByteArrayLiteral("Allow"), allowed });
    return response;
}

SimHttpResponse alive()
{
    SimHttpResponse response;
    response.body = QByteArrayLiteral("\"I'm alive!\"");
    return response;
}

QJsonObject modelEntry(const Deployment &d, const DeploymentSimParams &p, bool databaseModel)
{
    QJsonObject info = QJsonObject::fromVariantMap(d.modelInfo);
    info.insert(QStringLiteral("id"), d.id);
    info.insert(QStringLiteral("db_model"), databaseModel);
    if (!info.contains(QStringLiteral("input_cost_per_token")))
        info.insert(QStringLiteral("input_cost_per_token"), p.inputCostPer1k / 1000.0);
    if (!info.contains(QStringLiteral("output_cost_per_token")))
        info.insert(QStringLiteral("output_cost_per_token"), p.outputCostPer1k / 1000.0);
    QJsonObject entry;
    entry.insert(QStringLiteral("model_name"), d.group);
    entry.insert(QStringLiteral("litellm_params"), QJsonObject::fromVariantMap(d.publicParams()));
    entry.insert(QStringLiteral("model_info"), info);
    return entry;
}

// Path segments, each percent-decoded on its own so an id may contain an encoded '/'.
QStringList pathSegments(const QUrl &url)
{
    QStringList segments;
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &part : path.split('/')) {
        if (!part.isEmpty())
            segments.append(QUrl::fromPercentEncoding(part));
    }
    return segments;
}

std::optional<int> positiveIntQuery(
    const QUrlQuery &query, const QString &key, int defaultValue, int max, QString *error)
{
    if (!query.hasQueryItem(key))
        return defaultValue;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > max) {
        *error = tr("query parameter %1 must be a whole number between 1 and %2, got \"%3\"")
                     .arg(key)
                     .arg(max)
                     .arg(text.left(40));
        return std::nullopt;
    }
    return value;
}

int estimateTokens(const QVariant &messages)
{
    qsizetype characters = 0;
    int count = 0;
    const QVariantList list = messages.toList();
    for (const QVariant &m : list) {
        ++count;
        const QVariant content = m.toMap().value(QStringLiteral("content"));
        if (SimValues::isString(content)) {
            characters += content.toString().size();
        } else if (SimValues::isList(content)) {
            for (const QVariant &part : content.toList())
                characters += part.toMap().value(QStringLiteral("text")).toString().size();
        }
    }
    return std::max(1, int(characters / 4) + 4 * count);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

SimApi::SimApi(RouterEngine *engine, QString masterKey, Behaviour behaviour)
    : m_engine(engine)
    , m_masterKey(std::move(masterKey))
    , m_behaviour(behaviour)
{ }

QString SimApi::hashKey(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

SimHttpResponse SimApi::json(const QJsonObject &object, int status)
{
    SimHttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse SimApi::error(int status, const QString &message, const QString &type, const QString &param)
{
    QJsonObject inner;
    inner.insert(QStringLiteral("message"), message);
    inner.insert(QStringLiteral("type"), type);
    inner.insert(QStringLiteral("param"), param);
    inner.insert(QStringLiteral("code"), QString::number(status));
    return json(QJsonObject { { QStringLiteral("error"), inner } }, status);
}

QString SimApi::bearer(const SimHttpRequest &request) const
{
    const QByteArray header = request.header("authorization").trimmed();
    if (header.size() > 7 && header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(header.mid(7).trimmed());
    return {};
}

std::optional<SimHttpResponse> SimApi::checkAuth(const SimHttpRequest &request) const
{
    if (m_masterKey.isEmpty())
        return std::nullopt;
    const QString key = bearer(request);
    if (key.isEmpty())
        return error(401,
            tr("Authentication Error, No api key passed in. Send the master key as "
               "'Authorization: Bearer <key>'."),
            QStringLiteral("auth_error"));
    // Compare hashes so the comparison does not leak where the first difference is.
    if (QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
        != QCryptographicHash::hash(m_masterKey.toUtf8(), QCryptographicHash::Sha256))
        return error(401, tr("Authentication Error, Invalid proxy server token passed."),
            QStringLiteral("auth_error"));
    return std::nullopt;
}

SimApi::Body SimApi::parseBody(const SimHttpRequest &request)
{
    Body body;
    if (request.body.size() > kMaxBodyBytes) {
        body.error = error(413,
            tr("request body is %1 bytes; the limit is %2").arg(request.body.size()).arg(kMaxBodyBytes),
            QStringLiteral("invalid_request_error"));
        return body;
    }
    if (request.body.trimmed().isEmpty()) {
        body.error = error(400, tr("request body is empty; expected a JSON object"),
            QStringLiteral("invalid_request_error"));
        return body;
    }
    const JsonTree::Result doc = JsonTree::read(request.body);
    if (!doc.ok()) {
        body.error = error(400, tr("request body is not valid JSON: %1").arg(doc.error.describe()),
            QStringLiteral("invalid_request_error"));
        return body;
    }
    if (!doc.value.isObject()) {
        body.error
            = error(400, tr("request body must be a JSON object"), QStringLiteral("invalid_request_error"));
        return body;
    }
    body.map = doc.value.toObject().toVariantMap();
    return body;
}

// Every path the simulator answers, once: its method, who may call it and what answers. "*" matches one
// segment. Unauthenticated endpoints are checked for their method first, then their own key rule;
// admin endpoints ask for the master key first, as LiteLLM's do.
const QList<SimApi::Route> &SimApi::routes()
{
    using A = Route::Access;
    using R = const SimHttpRequest &;
    using S = const QStringList &;
    static const QList<Route> table {
        { { "metrics" }, "GET", A::MetricsKey, [](SimApi &api, R, S) { return api.metrics(); } },
        { { "health", "liveliness" }, "GET", A::Open, [](SimApi &, R, S) { return alive(); } },
        { { "health", "liveness" }, "GET", A::Open, [](SimApi &, R, S) { return alive(); } },
        { { "health", "readiness" }, "GET", A::Open,
            [](SimApi &api, R, S) { return api.readiness(api.m_behaviour.version.readinessShowsVersion()); } },
        // From 1.84 the version moved here, behind the key; before, the path does not exist.
        { { "health", "readiness", "details" }, "GET", A::Open,
            [](SimApi &api, R request, S) {
                if (api.m_behaviour.version.readinessShowsVersion())
                    return notFound();
                if (auto denied = api.checkAuth(request))
                    return *denied;
                return api.readiness(true);
            } },
        { { "v1", "chat", "completions" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.chatCompletions(request, false); } },
        { { "chat", "completions" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.chatCompletions(request, false); } },
        { { "v1", "embeddings" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.chatCompletions(request, true); } },
        { { "embeddings" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.chatCompletions(request, true); } },
        { { "v1", "models" }, "GET", A::MasterKey, [](SimApi &api, R, S) { return api.models(); } },
        { { "models" }, "GET", A::MasterKey, [](SimApi &api, R, S) { return api.models(); } },
        { { "model", "info" }, "GET", A::MasterKey, [](SimApi &api, R request, S) { return api.modelInfo(request); } },
        { { "v1", "model", "info" }, "GET", A::MasterKey, [](SimApi &api, R request, S) { return api.modelInfo(request); } },
        { { "v2", "model", "info" }, "GET", A::MasterKey, [](SimApi &api, R request, S) { return api.modelInfoV2(request); } },
        { { "model", "update" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.updateModel(request, QString()); } },
        { { "model", "*", "update" }, "PATCH", A::MasterKey,
            [](SimApi &api, R request, S segments) { return api.updateModel(request, segments.at(1)); } },
        { { "model", "new" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.newModel(request); } },
        { { "model", "delete" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.deleteModel(request); } },
        { { "router", "settings" }, "GET", A::MasterKey, [](SimApi &api, R, S) { return api.routerSettings(); } },
        { { "health" }, "GET", A::MasterKey, [](SimApi &api, R request, S) { return api.health(request); } },
        { { "sim", "faults" }, "GET", A::MasterKey, [](SimApi &api, R, S) { return api.listFaults(); } },
        { { "sim", "faults" }, "POST", A::MasterKey, [](SimApi &api, R request, S) { return api.addFault(request); } },
        { { "sim", "faults" }, "DELETE", A::MasterKey, [](SimApi &api, R, S) { return api.clearFaults(); } },
        { { "sim", "faults", "*" }, "DELETE", A::MasterKey, [](SimApi &api, R, S segments) { return api.deleteFault(segments.at(2)); } },
    };
    return table;
}

bool SimApi::Route::matches(const QStringList &segments) const
{
    if (path.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QLatin1String expected(path.at(i));
        if (expected != QLatin1String("*") && expected != segments.at(i))
            return false;
    }
    return true;
}

SimHttpResponse SimApi::handle(const SimHttpRequest &request)
{
    ++m_requests;
    const QStringList segments = pathSegments(request.url);
    QList<const Route *> atPath;
    for (const Route &route : routes()) {
        if (route.matches(segments))
            atPath.append(&route);
    }
    if (atPath.isEmpty())
        return notFound();
    const Route::Access access = atPath.first()->access; // one rule per path
    if (access == Route::Access::MasterKey) {
        if (auto denied = checkAuth(request))
            return *denied;
    }
    const QByteArray method = request.method.toUpper();
    const auto route = std::find_if(atPath.cbegin(), atPath.cend(), [&method](const Route *r) { return method == r->method; });
    if (route == atPath.cend()) {
        QByteArrayList allowed;
        for (const Route *r : std::as_const(atPath))
            allowed.append(r->method);
        return methodNotAllowed(allowed.join(", "));
    }
    if (access == Route::Access::MetricsKey) {
        if (auto denied = checkMetricsAuth(request))
            return *denied;
    }
    SimHttpResponse response = (*route)->answer(*this, request, segments);
    if (segments.value(0) == QLatin1String("model") && method != "GET")
        response.holdSeconds = m_behaviour.adminWriteDelaySeconds;
    return response;
}

SimHttpResponse SimApi::chatCompletions(const SimHttpRequest &request, bool embeddings)
{
    const Body body = parseBody(request);
    if (body.error)
        return *body.error;
    const QVariant model = body.map.value(QStringLiteral("model"));
    if (!SimValues::isString(model) || model.toString().isEmpty())
        return error(400,
            tr("model must be a non-empty string naming a model group, got %1")
                .arg(SimValues::describe(model)),
            QStringLiteral("invalid_request_error"), QStringLiteral("model"));
    int inputTokens = 0;
    if (embeddings) {
        const QVariant input = body.map.value(QStringLiteral("input"));
        if (SimValues::isString(input))
            inputTokens = std::max(1, int(input.toString().size() / 4));
        else if (SimValues::isList(input))
            inputTokens = std::max(1, int(input.toList().size()) * 8);
        else
            return error(400, tr("input must be a string or a list, got %1").arg(SimValues::describe(input)),
                QStringLiteral("invalid_request_error"), QStringLiteral("input"));
    } else {
        const QVariant messages = body.map.value(QStringLiteral("messages"));
        if (!SimValues::isList(messages) || messages.toList().isEmpty())
            return error(400,
                tr("messages must be a non-empty list, got %1").arg(SimValues::describe(messages)),
                QStringLiteral("invalid_request_error"), QStringLiteral("messages"));
        for (const QVariant &m : messages.toList()) {
            if (!SimValues::isMap(m))
                return error(400, tr("each message must be an object with role and content"),
                    QStringLiteral("invalid_request_error"), QStringLiteral("messages"));
        }
        if (body.map.value(QStringLiteral("stream")).toBool())
            return error(400, tr("stream=true is not simulated by routedeck-sim; send stream=false"),
                QStringLiteral("invalid_request_error"), QStringLiteral("stream"));
        inputTokens = estimateTokens(messages);
    }

    CallRequest call;
    call.group = model.toString();
    call.inputTokens = inputTokens;
    call.route = embeddings ? QStringLiteral("/embeddings") : QStringLiteral("/chat/completions");
    const QString key = bearer(request);
    call.hashedApiKey = key.isEmpty() ? QString() : hashKey(key);
    const QVariant agent = body.map.value(QStringLiteral("metadata")).toMap().value(QStringLiteral("agent"));
    if (SimValues::isString(agent))
        call.agent = agent.toString();
    else if (!request.header("x-routedeck-agent").isEmpty())
        call.agent = QString::fromUtf8(request.header("x-routedeck-agent"));

    const CallResult result = m_engine->complete(call);
    SimHttpResponse response;
    if (!result.ok) {
        response = error(result.httpStatus, result.errorMessage, result.errorType);
    } else {
        const qint64 created = QDateTime::currentSecsSinceEpoch();
        const QString servedModel
            = result.litellmModel.mid(result.litellmModel.indexOf(QLatin1Char('/')) + 1);
        QJsonObject usage { { QStringLiteral("prompt_tokens"), result.inputTokens },
            { QStringLiteral("total_tokens"), result.inputTokens + result.outputTokens } };
        QJsonObject object;
        if (embeddings) {
            QJsonArray vector;
            for (int i = 0; i < 8; ++i)
                vector.append(std::sin(double(m_completionIds + 1) * (i + 1)));
            object = { { QStringLiteral("object"), QStringLiteral("list") },
                { QStringLiteral("model"), servedModel },
                { QStringLiteral("data"),
                    QJsonArray { QJsonObject { { QStringLiteral("object"), QStringLiteral("embedding") },
                        { QStringLiteral("index"), 0 }, { QStringLiteral("embedding"), vector } } } } };
        } else {
            usage.insert(QStringLiteral("completion_tokens"), result.outputTokens);
            const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
                { QStringLiteral("content"),
                    tr("Simulated answer from %1 (%2 tokens).")
                        .arg(result.deploymentId)
                        .arg(result.outputTokens) } };
            object = { { QStringLiteral("id"), QStringLiteral("chatcmpl-sim-%1").arg(++m_completionIds) },
                { QStringLiteral("object"), QStringLiteral("chat.completion") },
                { QStringLiteral("created"), created }, { QStringLiteral("model"), servedModel },
                { QStringLiteral("choices"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("index"), 0 }, { QStringLiteral("message"), message },
                            { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } };
        }
        object.insert(QStringLiteral("usage"), usage);
        response = json(object);
        response.headers.append({ "x-litellm-response-cost", QByteArray::number(result.cost, 'g', 10) });
    }
    if (!result.deploymentId.isEmpty())
        response.headers.append({ "x-litellm-model-id", result.deploymentId.toUtf8() });
    if (!result.servedGroup.isEmpty())
        response.headers.append({ "x-litellm-model-group", result.servedGroup.toUtf8() });
    response.headers.append({ "x-litellm-attempted-retries",
        QByteArray::number(std::max<qsizetype>(0, result.attempts.size() - 1)) });
    response.headers.append({ QByteArrayLiteral("x-litellm-attempted-fallbacks"),
        result.fallbackUsed ? QByteArrayLiteral("1") : QByteArrayLiteral("0") });
    response.delaySeconds = result.latencySeconds;
    return response;
}

SimHttpResponse SimApi::models()
{
    QJsonArray data;
    for (const QString &group : m_engine->config().groupNames())
        data.append(QJsonObject { { QStringLiteral("id"), group },
            { QStringLiteral("object"), QStringLiteral("model") }, { QStringLiteral("created"), 1677610602 },
            { QStringLiteral("owned_by"), QStringLiteral("openai") } });
    return json({ { QStringLiteral("data"), data }, { QStringLiteral("object"), QStringLiteral("list") } });
}

SimHttpResponse SimApi::modelInfo(const SimHttpRequest &request)
{
    const QUrlQuery query(request.url);
    const bool filtered = query.hasQueryItem(QStringLiteral("litellm_model_id"));
    const QString id = query.queryItemValue(QStringLiteral("litellm_model_id"), QUrl::FullyDecoded);
    QJsonArray data;
    for (const Deployment &d : m_engine->config().deployments) {
        if (!filtered || d.id == id)
            data.append(modelEntry(d, m_engine->params().forDeployment(d.id), m_engine->isDatabaseModel(d.id)));
    }
    if (filtered && data.isEmpty())
        return error(404, tr("no model with id '%1'").arg(id.left(200)), QStringLiteral("not_found_error"),
            QStringLiteral("litellm_model_id"));
    return json({ { QStringLiteral("data"), data } });
}

SimHttpResponse SimApi::modelInfoV2(const SimHttpRequest &request)
{
    const QUrlQuery query(request.url);
    QString problem;
    const std::optional<int> page = positiveIntQuery(query, QStringLiteral("page"), 1, 1'000'000, &problem);
    const std::optional<int> size = positiveIntQuery(query, QStringLiteral("size"), 50, 1000, &problem);
    if (!page || !size)
        return error(400, problem, QStringLiteral("invalid_request_error"));
    const QString idFilter = query.queryItemValue(QStringLiteral("model_id"), QUrl::FullyDecoded);
    const QString nameFilter = query.queryItemValue(QStringLiteral("model_name"), QUrl::FullyDecoded);
    QList<const Deployment *> matching;
    for (const Deployment &d : m_engine->config().deployments) {
        if ((idFilter.isEmpty() || d.id == idFilter) && (nameFilter.isEmpty() || d.group == nameFilter))
            matching.append(&d);
    }
    const qsizetype total = matching.size();
    const qsizetype pages = total == 0 ? 0 : (total + *size - 1) / *size;
    QJsonArray data;
    const qsizetype first = qsizetype(*page - 1) * *size;
    for (qsizetype i = first; i < std::min(total, first + *size); ++i)
        data.append(modelEntry(*matching.at(i), m_engine->params().forDeployment(matching.at(i)->id),
                               m_engine->isDatabaseModel(matching.at(i)->id)));
    return json({ { QStringLiteral("data"), data }, { QStringLiteral("total_count"), qint64(total) },
        { QStringLiteral("current_page"), *page }, { QStringLiteral("total_pages"), qint64(pages) },
        { QStringLiteral("size"), *size } });
}

SimHttpResponse SimApi::updateModel(const SimHttpRequest &request, const QString &pathId)
{
    Body body = parseBody(request);
    if (body.error)
        return *body.error;
    QString id = pathId;
    if (id.isEmpty()) {
        // Legacy POST /model/update carries the id in model_info.
        const QVariant info = body.map.value(QStringLiteral("model_info"));
        const QVariant bodyId = info.toMap().value(QStringLiteral("id"));
        if (!SimValues::isMap(info) || !SimValues::isString(bodyId) || bodyId.toString().isEmpty())
            return error(400, tr("model_info.id is required: it names the model to update"),
                QStringLiteral("invalid_request_error"), QStringLiteral("model_info.id"));
        id = bodyId.toString();
    }
    const AdminResult result = m_engine->updateDeployment(id, body.map);
    if (!result.ok())
        return error(result.status, result.error,
            result.status == 404       ? QStringLiteral("not_found_error")
                : result.status >= 500 ? QStringLiteral("internal_server_error")
                : result.error == QLatin1String(RouterEngine::kConfigModelRefusal)
                ? QStringLiteral("validation_error") // ProxyErrorTypes.validation_error, as LiteLLM answers it
                : QStringLiteral("invalid_request_error"));
    return json(modelEntry(result.deployment, m_engine->params().forDeployment(result.deployment.id),
                     m_engine->isDatabaseModel(result.deployment.id)));
}

SimHttpResponse SimApi::newModel(const SimHttpRequest &request)
{
    const Body body = parseBody(request);
    if (body.error)
        return *body.error;
    const AdminResult result = m_engine->addDeployment(body.map);
    if (!result.ok())
        return error(result.status, result.error, QStringLiteral("invalid_request_error"));
    QJsonObject entry = modelEntry(result.deployment, m_engine->params().forDeployment(result.deployment.id),
                     m_engine->isDatabaseModel(result.deployment.id));
    entry.insert(QStringLiteral("model_id"), result.deployment.id);
    return json(entry);
}

SimHttpResponse SimApi::deleteModel(const SimHttpRequest &request)
{
    const Body body = parseBody(request);
    if (body.error)
        return *body.error;
    const QVariant id = body.map.value(QStringLiteral("id"));
    if (!SimValues::isString(id) || id.toString().isEmpty())
        return error(400, tr("id must be the model id to delete, got %1").arg(SimValues::describe(id)),
            QStringLiteral("invalid_request_error"), QStringLiteral("id"));
    const AdminResult result = m_engine->removeDeployment(id.toString());
    if (!result.ok())
        return error(result.status, result.error, QStringLiteral("not_found_error"));
    return json({ { QStringLiteral("message"),
        QStringLiteral("Model: %1 deleted successfully").arg(id.toString()) } });
}

SimHttpResponse SimApi::routerSettings()
{
    const RouterSettings &s = m_engine->config().settings;
    QVariantMap current = s.raw;
    current.insert(QStringLiteral("routing_strategy"), s.routingStrategy);
    current.insert(QStringLiteral("num_retries"), s.effectiveNumRetries());
    current.insert(QStringLiteral("cooldown_time"), s.effectiveCooldown());
    current.insert(QStringLiteral("disable_cooldowns"), s.disableCooldowns);
    if (s.allowedFails)
        current.insert(QStringLiteral("allowed_fails"), *s.allowedFails);
    QVariantList fallbacks;
    for (const FallbackRule &rule : s.fallbacks)
        fallbacks.append(QVariantMap { { rule.group, rule.fallbacks } });
    current.insert(QStringLiteral("fallbacks"), fallbacks);

    QJsonArray fields;
    const auto field = [&](const char *name, const char *type, const char *description) {
        fields.append(QJsonObject { { QStringLiteral("field_name"), QLatin1String(name) },
            { QStringLiteral("field_type"), QLatin1String(type) },
            { QStringLiteral("field_value"), QJsonValue::fromVariant(current.value(QLatin1String(name))) },
            { QStringLiteral("field_description"), QLatin1String(description) } });
    };
    field("routing_strategy", "String", "Routing strategy to use for load balancing across deployments");
    field("num_retries", "Integer", "Number of retries for failed requests");
    field("cooldown_time", "Float", "Time to cooldown a deployment after failure in seconds");
    field("allowed_fails", "Integer", "Number of failures allowed before cooling down a model");
    field("disable_cooldowns", "Boolean", "If true, deployments are never cooled down");
    field("fallbacks", "List", "Fallback model groups, tried in order when a group is exhausted");
    return json({ { QStringLiteral("current_values"), QJsonObject::fromVariantMap(current) },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("routing_strategy_descriptions"),
            QJsonObject { { QStringLiteral("simple-shuffle"),
                QStringLiteral("Randomly picks a deployment, weighted by weight, rpm or tpm") } } } });
}

// LiteLLM's prometheus_auth_middleware: with require_auth_for_metrics_endpoint, /metrics takes the same keys
// as the API and answers 401 with a JSON string otherwise.
std::optional<SimHttpResponse> SimApi::checkMetricsAuth(const SimHttpRequest &request) const
{
    if (!m_behaviour.metricsNeedKey)
        return std::nullopt;
    const std::optional<SimHttpResponse> refused = checkAuth(request);
    if (!refused)
        return std::nullopt;
    SimHttpResponse response;
    response.status = 401;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = QJsonDocument(QJsonArray { QStringLiteral("Unauthorized access to metrics endpoint: %1")
                                                   .arg(bearer(request).isEmpty()
                                                            ? QStringLiteral("Malformed API Key passed in. Ensure Key has `Bearer ` prefix.")
                                                            : QStringLiteral("Invalid proxy server token passed.")) })
                        .toJson(QJsonDocument::Compact);
    response.body = response.body.mid(1, response.body.size() - 2); // the string alone, as LiteLLM sends it
    return response;
}

// From 1.84 the public readiness answer is {status, db}; the rest, the version among it, is under
// /health/readiness/details with a key.
SimHttpResponse SimApi::readiness(bool details)
{
    if (!details)
        return json({ { QStringLiteral("status"), QStringLiteral("healthy") }, { QStringLiteral("db"), QStringLiteral("Not connected") } });
    QJsonArray callbacks;
    const QVariant configured = m_engine->config()
                                    .document.value(QStringLiteral("litellm_settings"))
                                    .toMap()
                                    .value(QStringLiteral("callbacks"));
    for (const QVariant &c : configured.toList())
        callbacks.append(c.toString());
    if (SimValues::isString(configured))
        callbacks.append(configured.toString());
    return json({ { QStringLiteral("status"), QStringLiteral("healthy") },
        { QStringLiteral("db"), QStringLiteral("Not connected") },
        { QStringLiteral("cache"), QJsonValue::Null },
        { QStringLiteral("litellm_version"), m_behaviour.version.toString() },
        { QStringLiteral("success_callbacks"), callbacks }, { QStringLiteral("last_updated"), isoNow() } });
}

SimHttpResponse SimApi::health(const SimHttpRequest &request)
{
    const QString modelFilter
        = QUrlQuery(request.url).queryItemValue(QStringLiteral("model"), QUrl::FullyDecoded);
    QJsonArray healthy;
    QJsonArray unhealthy;
    const QList<Deployment> deployments = m_engine->config().deployments;
    for (const Deployment &d : deployments) {
        if (!modelFilter.isEmpty() && d.group != modelFilter)
            continue;
        QJsonObject endpoint = QJsonObject::fromVariantMap(d.publicParams());
        endpoint.insert(QStringLiteral("model_name"), d.group);
        endpoint.insert(QStringLiteral("model_id"), d.id);
        const QString problem = m_engine->probe(d);
        if (problem.isEmpty()) {
            healthy.append(endpoint);
        } else {
            endpoint.insert(QStringLiteral("error"), problem);
            unhealthy.append(endpoint);
        }
    }
    return json({ { QStringLiteral("healthy_endpoints"), healthy },
        { QStringLiteral("unhealthy_endpoints"), unhealthy },
        { QStringLiteral("healthy_count"), qint64(healthy.size()) },
        { QStringLiteral("unhealthy_count"), qint64(unhealthy.size()) } });
}

SimHttpResponse SimApi::metrics()
{
    SimHttpResponse response;
    response.contentType = kMetricsContentType;
    response.body = m_engine->renderMetrics();
    return response;
}

SimHttpResponse SimApi::listFaults()
{
    QJsonArray faults;
    const double now = m_engine->now();
    for (const Fault &f : m_engine->faults().active(now))
        faults.append(QJsonObject::fromVariantMap(f.toVariant(now)));
    return json({ { QStringLiteral("faults"), faults } });
}

SimHttpResponse SimApi::addFault(const SimHttpRequest &request)
{
    const Body body = parseBody(request);
    if (body.error)
        return *body.error;
    const FaultParseResult parsed = FaultInjector::parse(body.map, m_engine->faultTargets());
    if (!parsed.ok())
        return error(400, parsed.error, QStringLiteral("invalid_request_error"));
    Fault fault = parsed.fault;
    const double now = m_engine->now();
    if (QString problem = m_engine->faults().add(fault, now); !problem.isEmpty())
        return error(400, problem, QStringLiteral("invalid_request_error"));
    return json(QJsonObject::fromVariantMap(fault.toVariant(now)), 201);
}

SimHttpResponse SimApi::deleteFault(const QString &id)
{
    if (!m_engine->faults().remove(id))
        return error(404, tr("no fault with id '%1'").arg(id.left(200)), QStringLiteral("not_found_error"));
    return json({ { QStringLiteral("deleted"), id } });
}

SimHttpResponse SimApi::clearFaults()
{
    const int count = int(m_engine->faults().active(m_engine->now()).size());
    m_engine->faults().clear();
    return json({ { QStringLiteral("deleted_count"), count } });
}

} // namespace RouteDeck
