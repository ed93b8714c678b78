// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusclient.h"

#include "messagetext.h"
#include "prometheusdecoder.h"
#include "querystep.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <utility>

namespace RouteDeck {

namespace {

// Unix seconds with millisecond precision, as the API's `time`, `start` and `end` want them.
QString secondsText(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QString::number(ms / 1000) + QLatin1Char('.')
        + QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString numberText(double seconds)
{
    QString text = QString::number(seconds, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// application/x-www-form-urlencoded by hand: QUrlQuery leaves '+' alone, which a server reads as a
// space ("a + b" would arrive as "a   b").
QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

bool looksLikeHtml(const PromHttpReply &raw)
{
    if (raw.contentType.toLower().contains("html"))
        return true;
    for (const char c : raw.body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

} // namespace

struct PrometheusClient::Request
{
    quint64 id = 0;
    Stage stage = Stage::Query;
    PromEndpointConfig config; // as it was when the request started
    HttpTransport::Endpoint endpoint; // the same, for the transport
    QUrl url;
    quint64 transfer = 0; // the HttpTransport request in flight; 0 while none is
    QElapsedTimer clock;
    bool readyAnswered = false; // readiness: /-/ready said 200
    QString query; // the URL query of a metadata GET (targets, label names), encoded
};

PrometheusClient::PrometheusClient(QObject *parent)
    : PrometheusClient(PromEndpointConfig(), parent)
{ }

PrometheusClient::PrometheusClient(const PromEndpointConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(new HttpTransport(this))
{ }

// The transport, a child, ends its transfers without calling back; decodes still running on worker
// threads report to watchers that are children too.
PrometheusClient::~PrometheusClient() = default;

void PrometheusClient::setConfig(const PromEndpointConfig &config)
{
    m_config = config;
}

quint64 PrometheusClient::instantQuery(const QString &query, const QDateTime &time)
{
    QList<QPair<QString, QString>> form { { QStringLiteral("query"), query } };
    if (time.isValid())
        form.append({ QStringLiteral("time"), secondsText(time) });
    const QString error = query.trimmed().isEmpty()
        ? tr("The query is empty; there is nothing to ask Prometheus.")
        : QString();
    return startQuery(QStringLiteral("/api/v1/query"), form, error);
}

quint64 PrometheusClient::rangeQuery(
    const QString &query, const QDateTime &start, const QDateTime &end, double stepSeconds)
{
    QString error;
    if (query.trimmed().isEmpty()) {
        error = tr("The query is empty; there is nothing to ask Prometheus.");
    } else if (!start.isValid() || !end.isValid()) {
        error = tr("The range query \"%1\" has no valid start or end time.").arg(query);
    } else if (end < start) {
        error = tr("The range query \"%1\" ends (%2) before it starts (%3).")
                    .arg(query, end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    } else if (!(stepSeconds > 0.0) || !std::isfinite(stepSeconds)) {
        error = tr("The range query \"%1\" has step %2; the step must be a positive number of seconds.")
                    .arg(query, QString::number(stepSeconds));
    } else {
        const double range = double(start.msecsTo(end)) / 1000.0;
        if (range / stepSeconds > QueryStep::kMaxPointsPerSeries) {
            error = tr("The range query \"%1\" would return %2 points per series (%3 s at a %4 s step); "
                       "Prometheus allows at most %5. Use a larger step.")
                        .arg(query)
                        .arg(QueryStep::pointsFor(range, stepSeconds))
                        .arg(numberText(range), numberText(stepSeconds))
                        .arg(QueryStep::kMaxPointsPerSeries);
        }
    }
    QList<QPair<QString, QString>> form { { QStringLiteral("query"), query } };
    if (error.isEmpty()) {
        form.append({ QStringLiteral("start"), secondsText(start) });
        form.append({ QStringLiteral("end"), secondsText(end) });
        form.append({ QStringLiteral("step"), numberText(stepSeconds) });
    }
    return startQuery(QStringLiteral("/api/v1/query_range"), form, error);
}

quint64 PrometheusClient::startQuery(
    const QString &apiPath, QList<QPair<QString, QString>> form, const QString &inputError)
{
    const quint64 id = m_nextId++;
    QString error = m_config.validate();
    if (error.isEmpty())
        error = inputError;
    if (!error.isEmpty()) {
        PromResponse response;
        response.failure = FetchFailure::Config;
        response.errorString = error;
        response.url = m_config.endpoint(apiPath);
        postQueryResult(id, response);
        return id;
    }
    // Let the server give up when RouteDeck does, instead of evaluating for nobody.
    form.append({ QStringLiteral("timeout"), numberText(double(m_config.deadlineMs) / 1000.0) });

    auto request = std::make_unique<Request>();
    request->id = id;
    request->stage = Stage::Query;
    Request *raw = request.get();
    m_requests.emplace(id, std::move(request));
    send(raw, apiPath, formEncode(form));
    return id;
}

quint64 PrometheusClient::fetchTargets()
{
    return startGet(Stage::Targets, QStringLiteral("/api/v1/targets"), QStringLiteral("state=active"));
}

quint64 PrometheusClient::fetchLabelNames(const QString &selector)
{
    return startGet(Stage::LabelNames, QStringLiteral("/api/v1/labels"),
        QStringLiteral("match[]=") + QString::fromLatin1(QUrl::toPercentEncoding(selector)));
}

quint64 PrometheusClient::fetchRules()
{
    return startGet(Stage::Rules, QStringLiteral("/api/v1/rules"), QString());
}

bool PrometheusClient::isMetadata(Stage stage)
{
    return stage == Stage::Targets || stage == Stage::LabelNames || stage == Stage::Rules;
}

// A GET of the API's metadata (targets, label names, rules): one request, one signal.
quint64 PrometheusClient::startGet(Stage stage, const QString &apiPath, const QString &query)
{
    const quint64 id = m_nextId++;
    auto request = std::make_unique<Request>();
    request->id = id;
    request->stage = stage;
    request->query = query;
    Request *raw = request.get();
    m_requests.emplace(id, std::move(request));
    if (const QString error = m_config.validate(); !error.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, id, error] {
            if (const auto it = m_requests.find(id); it != m_requests.end())
                finishGet(it->second.get(), PromHttpReply(), error);
        }, Qt::QueuedConnection);
        return id;
    }
    send(raw, apiPath, QByteArray());
    return id;
}

void PrometheusClient::finishGet(Request *request, const PromHttpReply &raw, const QString &transportError)
{
    const quint64 id = request->id;
    const Stage stage = request->stage;
    m_requests.erase(id);
    if (stage == Stage::Targets) {
        PromTargets targets = transportError.isEmpty() ? PrometheusDecoder::decodeTargets(raw) : PromTargets();
        if (!transportError.isEmpty())
            targets.errorString = transportError;
        QMetaObject::invokeMethod(
            this, [this, id, targets] { Q_EMIT targetsFetched(id, targets); }, Qt::QueuedConnection);
        return;
    }
    if (stage == Stage::Rules) {
        PromRules rules = transportError.isEmpty() ? PrometheusDecoder::decodeRules(raw) : PromRules();
        if (!transportError.isEmpty())
            rules.errorString = transportError;
        QMetaObject::invokeMethod(
            this, [this, id, rules] { Q_EMIT rulesFetched(id, rules); }, Qt::QueuedConnection);
        return;
    }
    PromLabelNames names = transportError.isEmpty() ? PrometheusDecoder::decodeLabelNames(raw) : PromLabelNames();
    if (!transportError.isEmpty())
        names.errorString = transportError;
    QMetaObject::invokeMethod(this, [this, id, names] { Q_EMIT labelNamesFetched(id, names); }, Qt::QueuedConnection);
}

quint64 PrometheusClient::probeReadiness()
{
    const quint64 id = m_nextId++;
    const QString error = m_config.validate();
    if (!error.isEmpty()) {
        PromReadiness readiness;
        readiness.state = PromReadiness::State::Unreachable;
        readiness.failure = FetchFailure::Config;
        readiness.message = error;
        postReadiness(id, readiness);
        return id;
    }
    auto request = std::make_unique<Request>();
    request->id = id;
    request->stage = Stage::Ready;
    Request *raw = request.get();
    m_requests.emplace(id, std::move(request));
    send(raw, QStringLiteral("/-/ready"), QByteArray());
    return id;
}

HttpTransport::Endpoint PrometheusClient::endpoint() const
{
    HttpTransport::Endpoint endpoint;
    endpoint.serviceName = tr("Prometheus");
    endpoint.baseUrl = m_config.baseUrl;
    switch (m_config.auth) {
    case PromEndpointConfig::Auth::None:
        break;
    case PromEndpointConfig::Auth::Basic:
        endpoint.authorization = HttpTransport::basicAuthorization(m_config.username, m_config.secret);
        break;
    case PromEndpointConfig::Auth::Bearer:
        endpoint.authorization = HttpTransport::bearerAuthorization(m_config.secret);
        break;
    }
    endpoint.headers = m_config.extraHeaders;
    endpoint.caCertificates = m_config.caCertificates;
    endpoint.inactivityTimeoutMs = m_config.inactivityTimeoutMs;
    endpoint.deadlineMs = m_config.deadlineMs;
    endpoint.maxResponseBytes = m_config.maxResponseBytes;
    endpoint.tooSlowAdvice
        = tr("Shorten the time range, raise the step or raise the deadline in the connection "
             "profile.");
    endpoint.tooLargeAdvice = tr("Narrow the query (fewer series, a shorter time range or a larger step) or "
                                 "raise the size cap in the connection profile.");
    return endpoint;
}

void PrometheusClient::send(Request *request, const QString &apiPath, const QByteArray &form)
{
    if (!request->clock.isValid()) {
        request->config = m_config;
        request->endpoint = endpoint();
        request->clock.start();
    }
    request->url = request->config.endpoint(apiPath);
    if (!request->query.isEmpty())
        request->url.setQuery(request->query);
    HttpTransport::Request http;
    http.url = request->url;
    if (request->stage == Stage::Query) {
        http.method = "POST";
        http.contentType = "application/x-www-form-urlencoded";
        http.body = form;
    } else if (request->stage == Stage::Targets) {
        http.check = tr("the scrape target list");
    } else if (request->stage == Stage::LabelNames) {
        http.check = tr("the label names");
    } else if (request->stage == Stage::Rules) {
        http.check = tr("the alerting and recording rules");
    } else {
        http.check = tr("the readiness check");
        http.elapsedBeforeMs = request->clock.elapsed(); // one deadline for both GETs of the probe
    }
    const quint64 id = request->id;
    request->transfer = m_transport->send(request->endpoint, http,
        [this, id](const HttpTransport::Result &result) { onTransferred(id, result); });
}

void PrometheusClient::abort(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    Request *request = it->second.get();
    // Answer now; the transfer's own callback, or the decode in progress, then finds no request.
    if (request->transfer)
        m_transport->abort(request->transfer);
    HttpTransport::Result cancelled;
    cancelled.failure = FetchFailure::Aborted;
    cancelled.errorString = HttpTransport::cancelledMessage(request->url);
    fail(request, cancelled);
}

void PrometheusClient::abortAll()
{
    QList<quint64> ids;
    for (const auto &[id, request] : m_requests)
        ids << id;
    for (const quint64 id : std::as_const(ids))
        abort(id);
}

void PrometheusClient::fail(Request *request, const HttpTransport::Result &result)
{
    if (isMetadata(request->stage)) {
        finishGet(request, PromHttpReply(), result.errorString);
        return;
    }
    if (request->stage == Stage::Query) {
        PromResponse response;
        response.failure = result.failure;
        response.errorString = result.errorString;
        response.httpStatus = result.httpStatus;
        response.url = request->url;
        response.bodyBytes = result.body.size();
        finishQuery(request->id, response);
        return;
    }
    PromReadiness readiness;
    readiness.url = request->url;
    readiness.httpStatus = result.httpStatus;
    if (request->stage == Stage::BuildInfo && request->readyAnswered && result.failure != FetchFailure::Aborted
        && result.failure != FetchFailure::Deadline) {
        // /-/ready said yes; only the version is missing.
        readiness.state = PromReadiness::State::Ready;
        readiness.message
            = tr("The Prometheus-compatible server at %1 is ready; its version is unknown (%2)")
                  .arg(MessageText::displayUrl(request->config.baseUrl), result.errorString);
    } else {
        readiness.state = PromReadiness::State::Unreachable;
        readiness.failure = result.failure;
        readiness.message = result.errorString;
    }
    finishReadiness(request->id, readiness);
}

void PrometheusClient::onTransferred(quint64 id, const HttpTransport::Result &result)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return; // aborted: answered already
    Request *request = it->second.get();
    request->transfer = 0;
    if (!result.answered()) {
        fail(request, result);
        return;
    }

    PromHttpReply raw;
    raw.url = request->url;
    raw.httpStatus = result.httpStatus;
    raw.contentType = result.contentType;
    raw.sizeCap = request->config.maxResponseBytes;
    raw.body = result.body;
    if (request->stage == Stage::Query) {
        handleQueryAnswer(request, std::move(raw));
    } else if (isMetadata(request->stage)) {
        finishGet(request, raw, QString());
    } else {
        handleReadinessAnswer(request, raw);
    }
}

void PrometheusClient::handleQueryAnswer(Request *request, PromHttpReply raw)
{
    const quint64 id = request->id;
    if (raw.body.size() < kThreadedDecodeBytes) {
        finishQuery(id, PrometheusDecoder::decodeQuery(raw));
        return;
    }
    auto *watcher = new QFutureWatcher<PromResponse>(this);
    connect(watcher, &QFutureWatcher<PromResponse>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        finishQuery(id, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([raw = std::move(raw)] { return PrometheusDecoder::decodeQuery(raw); }));
}

void PrometheusClient::handleReadinessAnswer(Request *request, const PromHttpReply &raw)
{
    const QString server = MessageText::displayUrl(request->config.baseUrl);
    PromReadiness readiness;
    readiness.url = request->url;
    readiness.httpStatus = raw.httpStatus;

    if (request->stage == Stage::Ready) {
        if (raw.httpStatus == 200 && !looksLikeHtml(raw)) {
            request->readyAnswered = true;
            request->stage = Stage::BuildInfo;
            send(request, QStringLiteral("/api/v1/status/buildinfo"), QByteArray());
            return;
        }
        if (raw.httpStatus == 404 && !looksLikeHtml(raw)) {
            // No /-/ready under this prefix (Grafana Mimir): let buildinfo decide.
            request->stage = Stage::BuildInfo;
            send(request, QStringLiteral("/api/v1/status/buildinfo"), QByteArray());
            return;
        }
        const PromResponse decoded = PrometheusDecoder::decodeQuery(raw);
        readiness.failure = decoded.failure;
        readiness.message = decoded.errorString;
        readiness.state = decoded.failure == FetchFailure::NotReady || raw.httpStatus == 503
            ? PromReadiness::State::NotReady
            : PromReadiness::State::Unreachable;
        finishReadiness(request->id, readiness);
        return;
    }

    const PromBuildInfo info = PrometheusDecoder::decodeBuildInfo(raw);
    if (info.ok) {
        readiness.state = PromReadiness::State::Ready;
        readiness.version = info.version;
        readiness.message = info.version == QLatin1String("unknown")
            ? tr("The Prometheus-compatible server at %1 is ready; it does not report a version.").arg(server)
            : tr("Prometheus %1 at %2 is ready.").arg(info.version, server);
    } else if (request->readyAnswered) {
        readiness.state = PromReadiness::State::Ready;
        readiness.message = tr("The Prometheus-compatible server at %1 is ready; its version is unknown (%2)")
                                .arg(server, info.errorString);
    } else {
        readiness.state = info.failure == FetchFailure::NotReady ? PromReadiness::State::NotReady
                                                                : PromReadiness::State::Unreachable;
        readiness.failure = info.failure;
        readiness.message = info.errorString;
    }
    finishReadiness(request->id, readiness);
}

void PrometheusClient::finishQuery(quint64 id, PromResponse response)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return; // answered already (aborted while its answer was being decoded)
    response.elapsedMs = it->second->clock.elapsed();
    m_requests.erase(it);
    postQueryResult(id, std::move(response));
}

void PrometheusClient::finishReadiness(quint64 id, PromReadiness readiness)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    m_requests.erase(it);
    postReadiness(id, std::move(readiness));
}

// Always from the event loop, never inside the caller's instantQuery() or abort().
void PrometheusClient::postQueryResult(quint64 id, PromResponse response)
{
    QMetaObject::invokeMethod(
        this, [this, id, response = std::move(response)] { Q_EMIT queryFinished(id, response); },
        Qt::QueuedConnection);
}

void PrometheusClient::postReadiness(quint64 id, PromReadiness readiness)
{
    QMetaObject::invokeMethod(
        this, [this, id, readiness = std::move(readiness)] { Q_EMIT readinessProbed(id, readiness); },
        Qt::QueuedConnection);
}

} // namespace RouteDeck
