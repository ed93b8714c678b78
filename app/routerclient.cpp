// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerclient.h"

#include "httptransport.h"
#include "routerapidecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace RouteDeck {

namespace {

// The router's own words when it sent an error in OpenAI's or FastAPI's JSON shape.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject())
        return error.toObject().value(QLatin1String("message")).toString();
    if (error.isString())
        return error.toString();
    const QJsonValue detail = root.value(QLatin1String("detail"));
    if (detail.isString())
        return detail.toString();
    if (detail.isObject())
        return detail.toObject().value(QLatin1String("error")).toString();
    return {};
}

// Fills the common reply fields; returns true when the answer is a 2xx that can be decoded.
bool classify(const HttpTransport::Result &result, RouterReply &reply)
{
    reply.httpStatus = result.httpStatus;
    reply.url = result.url;
    reply.elapsedMs = result.elapsedMs;
    reply.failure = result.failure;
    const QString where = result.url.toDisplayString(QUrl::RemoveUserInfo);
    if (result.failure != PromFailure::None) {
        reply.errorString = result.errorString;
        return false;
    }
    if (result.httpStatus >= 200 && result.httpStatus < 300)
        return true;
    const QString message = serverMessage(result.body);
    const QString said = message.isEmpty() ? QString() : QObject::tr(" The router said: %1").arg(message.left(300));
    switch (result.httpStatus) {
    case 401:
    case 403:
        reply.failure = PromFailure::Auth;
        reply.errorString = QObject::tr("The router refused %1 (HTTP %2): the master key is missing or wrong; set it "
                                        "in the connection profile's key variable.%3")
                                .arg(where, QString::number(result.httpStatus), said);
        break;
    case 503:
        reply.failure = PromFailure::NotReady;
        reply.errorString = QObject::tr("The router at %1 is not ready (HTTP 503).%2").arg(where, said);
        break;
    default:
        reply.failure = PromFailure::Http;
        reply.errorString = QObject::tr("The router answered %1 with HTTP %2.%3")
                                .arg(where, QString::number(result.httpStatus), said);
        break;
    }
    return false;
}

} // namespace

RouterClient::RouterClient(const RouterEndpointConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(new HttpTransport(this))
{
}

RouterClient::~RouterClient() = default;

void RouterClient::setConfig(const RouterEndpointConfig &config)
{
    m_config = config;
}

void RouterClient::abortAll()
{
    m_transport->abortAll();
}

namespace {
HttpTransport::Request requestFor(const RouterEndpointConfig &config, const QString &path, const QByteArray &method = "GET")
{
    HttpTransport::Request request;
    request.method = method;
    QUrl url = config.baseUrl;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    request.url = url;
    request.inactivityTimeoutMs = config.inactivityTimeoutMs;
    request.deadlineMs = config.deadlineMs;
    request.maxResponseBytes = config.maxResponseBytes;
    request.serviceName = QObject::tr("The router");
    request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    if (!config.masterKey.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + config.masterKey.toUtf8() });
    for (const auto &header : config.extraHeaders)
        request.headers.append(header);
    return request;
}
} // namespace

quint64 RouterClient::fetchDeployments()
{
    const quint64 id = m_nextId++;
    const QString configError = m_config.validate();
    if (!configError.isEmpty()) {
        RouterDeploymentsReply reply;
        reply.failure = PromFailure::Config;
        reply.errorString = configError;
        QMetaObject::invokeMethod(this, [this, id, reply] { Q_EMIT deploymentsFetched(id, reply); }, Qt::QueuedConnection);
        return id;
    }
    // Pages are fetched one after another into a shared accumulator.
    auto accumulated = std::make_shared<RouterDeploymentsReply>();
    auto fetchPage = std::make_shared<std::function<void(int)>>();
    const RouterEndpointConfig config = m_config;
    *fetchPage = [this, id, accumulated, fetchPage, config](int page) {
        const QString path = accumulated->legacyEndpoint
            ? QStringLiteral("/model/info")
            : QStringLiteral("/v2/model/info?page=%1&size=%2").arg(page).arg(config.pageSize);
        m_transport->send(requestFor(config, path), [this, id, accumulated, fetchPage, page](const HttpTransport::Result &result) {
            if (!accumulated->legacyEndpoint && result.failure == PromFailure::None
                && (result.httpStatus == 404 || result.httpStatus == 405)) {
                accumulated->legacyEndpoint = true; // an older LiteLLM: no /v2 yet
                (*fetchPage)(1);
                return;
            }
            RouterDeploymentsReply &reply = *accumulated;
            if (!classify(result, reply)) {
                reply.ok = false;
                reply.deployments.clear();
                Q_EMIT deploymentsFetched(id, reply);
                *fetchPage = nullptr; // break the self-reference
                return;
            }
            const RouterApiDecoder::ModelInfoPage decoded =
                RouterApiDecoder::decodeModelInfo(result.body, result.url.toDisplayString(QUrl::RemoveUserInfo));
            if (!decoded.ok()) {
                reply.ok = false;
                reply.failure = PromFailure::Malformed;
                reply.errorString = decoded.error;
                reply.deployments.clear();
                Q_EMIT deploymentsFetched(id, reply);
                *fetchPage = nullptr;
                return;
            }
            for (Deployment d : decoded.deployments) {
                d.index = int(reply.deployments.size());
                reply.deployments.append(d);
            }
            ++reply.pagesFetched;
            constexpr int kMaxPages = 1000; // a server that pages forever must not keep the console busy
            if (!reply.legacyEndpoint && page < decoded.totalPages && page < kMaxPages && !decoded.deployments.isEmpty()) {
                (*fetchPage)(page + 1);
                return;
            }
            reply.ok = true;
            Q_EMIT deploymentsFetched(id, reply);
            *fetchPage = nullptr;
        });
    };
    (*fetchPage)(1);
    return id;
}

quint64 RouterClient::fetchSettings()
{
    const quint64 id = m_nextId++;
    m_transport->send(requestFor(m_config, QStringLiteral("/router/settings")), [this, id](const HttpTransport::Result &result) {
        RouterSettingsReply reply;
        if (classify(result, reply)) {
            QString error;
            reply.settings = RouterApiDecoder::decodeRouterSettings(result.body, result.url.toDisplayString(QUrl::RemoveUserInfo), &error);
            reply.ok = error.isEmpty();
            reply.errorString = error;
            if (!reply.ok)
                reply.failure = PromFailure::Malformed;
        }
        Q_EMIT settingsFetched(id, reply);
    });
    return id;
}

quint64 RouterClient::probeHealth()
{
    const quint64 id = m_nextId++;
    const RouterEndpointConfig config = m_config;
    m_transport->send(requestFor(config, QStringLiteral("/health/readiness")), [this, id, config](const HttpTransport::Result &ready) {
        auto reply = std::make_shared<RouterHealthReply>();
        if (classify(ready, *reply)) {
            const QJsonObject root = QJsonDocument::fromJson(ready.body).object();
            reply->ready = root.value(QLatin1String("status")).toString() != QLatin1String("unhealthy");
            reply->version = root.value(QLatin1String("litellm_version")).toString();
        }
        m_transport->send(requestFor(config, QStringLiteral("/health/liveliness")), [this, id, reply](const HttpTransport::Result &alive) {
            RouterReply liveness;
            reply->alive = classify(alive, liveness);
            reply->ok = reply->alive && reply->ready;
            if (!reply->alive && reply->errorString.isEmpty()) {
                reply->errorString = liveness.errorString;
                reply->failure = liveness.failure;
            }
            Q_EMIT healthProbed(id, *reply);
        });
    });
    return id;
}

quint64 RouterClient::updateWeight(const QString &deploymentId, double weight)
{
    const quint64 id = m_nextId++;
    if (deploymentId.isEmpty() || !std::isfinite(weight) || weight < 0) {
        RouterUpdateReply reply;
        reply.deploymentId = deploymentId;
        reply.weight = weight;
        reply.failure = PromFailure::Config;
        reply.errorString = tr("weight %1 for deployment '%2' is not allowed: weights are numbers of 0 or more")
                                .arg(QString::number(weight), deploymentId);
        QMetaObject::invokeMethod(this, [this, id, reply] { Q_EMIT weightUpdated(id, reply); }, Qt::QueuedConnection);
        return id;
    }
    HttpTransport::Request request = requestFor(
        m_config, QStringLiteral("/model/%1/update").arg(QString::fromLatin1(QUrl::toPercentEncoding(deploymentId))), "PATCH");
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("litellm_params"), QJsonObject { { QStringLiteral("weight"), weight } } } })
                       .toJson(QJsonDocument::Compact);
    m_transport->send(request, [this, id, deploymentId, weight](const HttpTransport::Result &result) {
        RouterUpdateReply reply;
        reply.deploymentId = deploymentId;
        reply.weight = weight;
        reply.ok = classify(result, reply);
        if (!reply.ok && result.httpStatus == 404)
            reply.errorString = tr("The router has no deployment '%1' (HTTP 404).").arg(deploymentId);
        Q_EMIT weightUpdated(id, reply);
    });
    return id;
}

} // namespace RouteDeck
