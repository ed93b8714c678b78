// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerclient.h"

#include "httptransport.h"
#include "jsontree.h"
#include "messagetext.h"
#include "routerapidecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>
#include <cmath>

namespace RouteDeck {

namespace {

// A server that pages forever must not keep the console busy.
constexpr int kMaxPages = 1000;

QString shown(const QUrl &url)
{
    return MessageText::displayUrl(url);
}

HttpTransport::Endpoint endpointFor(const RouterEndpointConfig &config)
{
    HttpTransport::Endpoint endpoint;
    endpoint.serviceName = RouterClient::tr("The router");
    endpoint.baseUrl = config.baseUrl;
    if (!config.masterKey.isEmpty())
        endpoint.authorization = HttpTransport::bearerAuthorization(config.masterKey);
    endpoint.headers = config.extraHeaders;
    endpoint.caCertificates = config.caCertificates;
    endpoint.inactivityTimeoutMs = config.inactivityTimeoutMs;
    endpoint.deadlineMs = config.deadlineMs;
    endpoint.maxResponseBytes = config.maxResponseBytes;
    return endpoint;
}

// baseUrl + path (percent-encoded already) + query; a path prefix in baseUrl is kept.
QUrl urlFor(const QUrl &base, const QString &encodedPath, const QUrlQuery &query = QUrlQuery())
{
    QUrl url = base;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + encodedPath, QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

// The router's own words about an error: LiteLLM's {"error": {"message"}} or FastAPI's {"detail"};
// the title of an HTML page (a proxy or login page in between).
QString serverWords(const HttpTransport::Result &result)
{
    const QByteArray trimmed = result.body.trimmed();
    if (trimmed.startsWith('<') || result.contentType.toLower().contains("html")) {
        const QString title = MessageText::htmlTitle(result.body);
        return title.isEmpty()
            ? RouterClient::tr("The answer is an HTML page: a proxy or login page may be in between.")
            : RouterClient::tr(
                "The answer is an HTML page titled \"%1\": a proxy or login page may be in between.")
                  .arg(title);
    }
    const QJsonObject root = JsonTree::read(result.body).value.toObject();
    QString message;
    const QJsonValue error = root.value(QLatin1String("error"));
    const QJsonValue detail = root.value(QLatin1String("detail"));
    if (error.isObject())
        message = error.toObject().value(QLatin1String("message")).toString();
    else if (error.isString())
        message = error.toString();
    else if (detail.isString())
        message = detail.toString();
    else if (detail.isObject())
        message = detail.toObject().value(QLatin1String("error")).toString();
    if (message.isEmpty())
        return {};
    constexpr qsizetype kLongest = 300;
    if (message.size() > kLongest)
        message = message.left(kLongest) + QChar(0x2026);
    return RouterClient::tr("The router said: %1").arg(message);
}

// One step of the health check; all steps share one deadline.
HttpTransport::Request healthStep(const QUrl &base, qint64 elapsedSoFarMs, const QString &path)
{
    HttpTransport::Request request;
    request.url = urlFor(base, path);
    request.check = RouterClient::tr("the health check");
    request.elapsedBeforeMs = elapsedSoFarMs;
    return request;
}

QString joined(const QString &sentence, const QString &more)
{
    return more.isEmpty() ? sentence : sentence + QLatin1Char(' ') + more;
}

// Fills the common reply fields; true when the answer is a 2xx to decode. Otherwise the reply says
// what failed: the transport's words, or the HTTP status with the router's own words.
bool classify(
    const HttpTransport::Result &result, const HttpTransport::Endpoint &endpoint, RouterReply &reply)
{
    reply.httpStatus = result.httpStatus;
    reply.url = result.url;
    reply.elapsedMs = result.elapsedMs;
    reply.failure = result.failure;
    reply.errorString = result.errorString;
    if (!result.answered())
        return false;
    if (result.httpStatus >= 200 && result.httpStatus < 300)
        return true;
    const QString server = shown(endpoint.baseUrl);
    const QString where = shown(result.url);
    const QString status = QString::number(result.httpStatus);
    const QString said = serverWords(result);
    switch (result.httpStatus) {
    case 401:
    case 403:
        reply.failure = FetchFailure::Auth;
        reply.errorString = joined(endpoint.authorization.isEmpty()
                ? RouterClient::tr(
                    "The router at %1 refused %2 (HTTP %3): RouteDeck sent no master key. Set the "
                    "environment variable that the connection profile names for the key.")
                      .arg(server, where, status)
                : RouterClient::tr(
                    "The router at %1 refused %2 (HTTP %3): the master key is missing or wrong (a "
                    "proxy in between may drop it), or it may not use the admin API. Check the "
                    "environment variable that the connection profile names for the key.")
                      .arg(server, where, status),
            said);
        break;
    case 503:
        reply.failure = FetchFailure::NotReady;
        reply.errorString
            = joined(RouterClient::tr("The router at %1 is not ready (HTTP 503 from %2); it may be "
                                      "starting. RouteDeck asks again on the next refresh.")
                         .arg(server, where),
                said);
        break;
    default:
        reply.failure = FetchFailure::Http;
        reply.errorString = joined(
            RouterClient::tr("The router at %1 answered %2 with HTTP %3.").arg(server, where, status), said);
        break;
    }
    return false;
}

} // namespace

struct RouterClient::Listing
{
    quint64 id = 0;
    RouterEndpointConfig config; // as it was when the listing started
    HttpTransport::Endpoint endpoint;
    RouterDeploymentsReply reply;
    QSet<QString> ids; // seen on earlier pages
};

RouterClient::RouterClient(const RouterEndpointConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(new HttpTransport(this))
{ }

RouterClient::~RouterClient() = default;

void RouterClient::setConfig(const RouterEndpointConfig &config)
{
    m_config = config;
}

void RouterClient::abortAll()
{
    m_transport->abortAll();
}

template<typename Reply>
bool RouterClient::checkConfig(quint64 id, Reply reply, void (RouterClient::*signal)(quint64, const Reply &))
{
    const QString error = m_config.validate();
    if (error.isEmpty())
        return true;
    reply.failure = FetchFailure::Config;
    reply.errorString = tr("The router connection cannot be used: %1.").arg(error);
    // Later, never inside the call: the caller stores the id first.
    QMetaObject::invokeMethod(
        this, [this, id, reply, signal] { Q_EMIT(this->*signal)
                                          (id, reply); }, Qt::QueuedConnection);
    return false;
}

quint64 RouterClient::fetchDeployments()
{
    const quint64 id = m_nextId++;
    if (!checkConfig(id, RouterDeploymentsReply(), &RouterClient::deploymentsFetched))
        return id;
    auto listing = std::make_shared<Listing>();
    listing->id = id;
    listing->config = m_config;
    listing->endpoint = endpointFor(m_config);
    fetchPage(listing, 1);
    return id;
}

void RouterClient::fetchPage(const std::shared_ptr<Listing> &listing, int page)
{
    HttpTransport::Request request;
    if (listing->reply.legacyEndpoint) {
        request.url = urlFor(listing->config.baseUrl, QStringLiteral("/model/info"));
    } else {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("size"), QString::number(listing->config.pageSize));
        request.url = urlFor(listing->config.baseUrl, QStringLiteral("/v2/model/info"), query);
    }
    request.elapsedBeforeMs = listing->reply.elapsedMs; // one deadline for all pages
    m_transport->send(listing->endpoint, request, [this, listing, page](const HttpTransport::Result &result) {
        RouterDeploymentsReply &reply = listing->reply;
        if (!reply.legacyEndpoint && page == 1 && result.answered()
            && (result.httpStatus == 404 || result.httpStatus == 405)) {
            reply.legacyEndpoint = true; // a LiteLLM older than /v2/model/info
            reply.elapsedMs = result.elapsedMs;
            fetchPage(listing, 1);
            return;
        }
        if (!classify(result, listing->endpoint, reply)) {
            finishListing(listing);
            return;
        }
        const QString where = shown(result.url);
        const RouterApiDecoder::ModelInfoPage decoded = RouterApiDecoder::decodeModelInfo(result.body, where);
        if (!decoded.ok()) {
            reply.failure = FetchFailure::Malformed;
            reply.errorString = decoded.error;
            finishListing(listing);
            return;
        }
        for (Deployment deployment : decoded.deployments) {
            if (listing->ids.contains(deployment.id)) {
                reply.failure = FetchFailure::Malformed;
                reply.errorString = tr(
                    "%1 listed deployment '%2' again, after an earlier page did: the deployments changed "
                    "while RouteDeck paged through them. RouteDeck asks again on the next refresh.")
                                        .arg(where, deployment.id);
                finishListing(listing);
                return;
            }
            listing->ids.insert(deployment.id);
            deployment.index = int(reply.deployments.size());
            reply.deployments.append(deployment);
        }
        ++reply.pagesFetched;
        if (!reply.legacyEndpoint && page < decoded.totalPages && page < kMaxPages
            && !decoded.deployments.isEmpty()) {
            fetchPage(listing, page + 1);
            return;
        }
        reply.ok = true;
        finishListing(listing);
    });
}

void RouterClient::finishListing(const std::shared_ptr<Listing> &listing)
{
    if (!listing->reply.ok)
        listing->reply.deployments.clear(); // never a partial list: it would look like removed deployments
    Q_EMIT deploymentsFetched(listing->id, listing->reply);
}

quint64 RouterClient::fetchSettings()
{
    const quint64 id = m_nextId++;
    if (!checkConfig(id, RouterSettingsReply(), &RouterClient::settingsFetched))
        return id;
    const HttpTransport::Endpoint endpoint = endpointFor(m_config);
    HttpTransport::Request request;
    request.url = urlFor(m_config.baseUrl, QStringLiteral("/router/settings"));
    m_transport->send(endpoint, request, [this, id, endpoint](const HttpTransport::Result &result) {
        RouterSettingsReply reply;
        if (classify(result, endpoint, reply)) {
            QString error;
            reply.settings = RouterApiDecoder::decodeRouterSettings(result.body, shown(result.url), &error);
            reply.ok = error.isEmpty();
            reply.errorString = error;
            if (!reply.ok)
                reply.failure = FetchFailure::Malformed;
        }
        Q_EMIT settingsFetched(id, reply);
    });
    return id;
}

// One probeHealth() in progress: its steps share the endpoint, one deadline and the reply.
struct RouterClient::HealthProbe
{
    quint64 id = 0;
    HttpTransport::Endpoint endpoint;
    QUrl base;
    qint64 elapsedMs = 0; // so far, over all steps
    RouterHealthReply reply;
};

quint64 RouterClient::probeHealth()
{
    const quint64 id = m_nextId++;
    if (!checkConfig(id, RouterHealthReply(), &RouterClient::healthProbed))
        return id;
    auto probe = std::make_shared<HealthProbe>();
    probe->id = id;
    probe->endpoint = endpointFor(m_config);
    probe->base = m_config.baseUrl;
    askReadiness(probe);
    return id;
}

// GET /health/readiness: {"status": "healthy", ...}; before LiteLLM 1.84 also litellm_version.
void RouterClient::askReadiness(const std::shared_ptr<HealthProbe> &probe)
{
    const HttpTransport::Request request = healthStep(probe->base, probe->elapsedMs, QStringLiteral("/health/readiness"));
    m_transport->send(probe->endpoint, request, [this, probe](const HttpTransport::Result &result) {
        probe->elapsedMs = result.elapsedMs;
        RouterHealthReply &reply = probe->reply;
        if (!classify(result, probe->endpoint, reply)) {
            if (!result.answered()) {
                Q_EMIT healthProbed(probe->id, reply); // nothing answered: no point asking for liveliness too
                return;
            }
            askLiveliness(probe);
            return;
        }
        const QJsonObject object = JsonTree::read(result.body).value.toObject();
        const QJsonValue status = object.value(QLatin1String("status"));
        reply.version = object.value(QLatin1String("litellm_version")).toString();
        if (!status.isString()) {
            reply.failure = FetchFailure::Malformed;
            reply.errorString = joined(tr("The answer from %1 has no \"status\"; is %2 a LiteLLM proxy?")
                                           .arg(shown(result.url), shown(probe->base)),
                serverWords(result));
            askLiveliness(probe);
            return;
        }
        if (status.toString() == QLatin1String("unhealthy")) {
            reply.failure = FetchFailure::NotReady;
            reply.errorString = tr("The router at %1 reports status \"unhealthy\" on %2; it is not ready to "
                                   "route requests.")
                                    .arg(shown(probe->base), shown(result.url));
        } else {
            reply.ready = true;
        }
        if (reply.version.isEmpty())
            askReadinessDetails(probe);
        else
            askLiveliness(probe);
    });
}

// From LiteLLM 1.84 the public readiness answer is {status, db}; litellm_version moved to
// /health/readiness/details, which needs the master key (PRs 26912, 27866; see LiteLlmVersion). A
// refusal there leaves the version unknown; it says nothing about the router's health.
void RouterClient::askReadinessDetails(const std::shared_ptr<HealthProbe> &probe)
{
    const HttpTransport::Request request = healthStep(probe->base, probe->elapsedMs, QStringLiteral("/health/readiness/details"));
    m_transport->send(probe->endpoint, request, [this, probe](const HttpTransport::Result &result) {
        probe->elapsedMs = result.elapsedMs;
        RouterReply details;
        if (classify(result, probe->endpoint, details)) {
            probe->reply.version
                = JsonTree::read(result.body).value.toObject().value(QLatin1String("litellm_version")).toString();
        }
        askLiveliness(probe);
    });
}

// GET /health/liveliness (LiteLLM also serves it as /health/liveness): is the process up at all.
void RouterClient::askLiveliness(const std::shared_ptr<HealthProbe> &probe)
{
    const HttpTransport::Request request = healthStep(probe->base, probe->elapsedMs, QStringLiteral("/health/liveliness"));
    m_transport->send(probe->endpoint, request, [this, probe](const HttpTransport::Result &result) {
        RouterHealthReply &reply = probe->reply;
        RouterReply liveness;
        reply.alive = classify(result, probe->endpoint, liveness);
        reply.elapsedMs = result.elapsedMs;
        reply.ok = reply.alive && reply.ready;
        if (!reply.alive && reply.errorString.isEmpty()) {
            reply.errorString = liveness.errorString;
            reply.failure = liveness.failure;
            reply.httpStatus = liveness.httpStatus;
            reply.url = liveness.url;
        }
        Q_EMIT healthProbed(probe->id, reply);
    });
}

quint64 RouterClient::updateWeight(const QString &deploymentId, double weight)
{
    const quint64 id = m_nextId++;
    RouterUpdateReply refused;
    refused.deploymentId = deploymentId;
    refused.weight = weight;
    if (!checkConfig(id, refused, &RouterClient::weightUpdated))
        return id;
    if (deploymentId.isEmpty() || !std::isfinite(weight) || weight < 0) {
        refused.failure = FetchFailure::Config;
        refused.errorString = deploymentId.isEmpty()
            ? tr("A weight update needs a deployment id (model_info.id); nothing was sent to the router.")
            : tr("The weight %1 for deployment '%2' is not allowed: a weight must be a number of 0 or more. "
                 "Nothing was sent to the router.")
                  .arg(QString::number(weight), deploymentId);
        QMetaObject::invokeMethod(
            this, [this, id, refused] { Q_EMIT weightUpdated(id, refused); }, Qt::QueuedConnection);
        return id;
    }
    const HttpTransport::Endpoint endpoint = endpointFor(m_config);
    HttpTransport::Request request;
    request.method = "PATCH";
    request.url = updateWeightUrl(m_config.baseUrl, deploymentId);
    request.contentType = "application/json";
    request.body = updateWeightBody(weight);
    request.changesState = true;
    m_transport->send(
        endpoint, request, [this, id, endpoint, deploymentId, weight](const HttpTransport::Result &result) {
            RouterUpdateReply reply;
            reply.deploymentId = deploymentId;
            reply.weight = weight;
            reply.ok = classify(result, endpoint, reply);
            if (!reply.ok && result.answered() && result.httpStatus == 404) {
                reply.errorString = joined(
                    tr("The router at %1 has no deployment '%2' (HTTP 404 from %3); it may have been "
                       "deleted or recreated with a new id. Refresh the deployments and try again.")
                        .arg(shown(endpoint.baseUrl), deploymentId, shown(result.url)),
                    serverWords(result));
            }
            Q_EMIT weightUpdated(id, reply);
        });
    return id;
}

QUrl RouterClient::updateWeightUrl(const QUrl &baseUrl, const QString &deploymentId)
{
    return urlFor(baseUrl, QStringLiteral("/model/%1/update").arg(QString::fromLatin1(QUrl::toPercentEncoding(deploymentId))));
}

QByteArray RouterClient::updateWeightBody(double weight)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("litellm_params"), QJsonObject { { QStringLiteral("weight"), weight } } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace RouteDeck
