// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusclient.h"

#include "prometheusdecoder.h"
#include "querystep.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <cmath>
#include <utility>

namespace RouteDeck {

namespace {

// "30 s", "2.5 s", "250 ms"
QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

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
    QUrl url;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QElapsedTimer clock;
    QByteArray body;
    qint64 announcedBytes = -1;
    StopReason stopReason = StopReason::None;
    QStringList tlsErrors;
    bool readyAnswered = false; // readiness: /-/ready said 200
    bool decoding = false; // the answer is being decoded on a worker thread
};

PrometheusClient::PrometheusClient(QObject *parent)
    : PrometheusClient(PromEndpointConfig(), parent)
{ }

PrometheusClient::PrometheusClient(const PromEndpointConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

PrometheusClient::~PrometheusClient()
{
    // Nobody listens any more: end transfers without emitting anything.
    for (auto &[id, request] : m_requests) {
        if (request->reply) {
            disconnect(request->reply, nullptr, this, nullptr);
            request->reply->abort();
        }
    }
}

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
        response.failure = PromFailure::Config;
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

quint64 PrometheusClient::probeReadiness()
{
    const quint64 id = m_nextId++;
    const QString error = m_config.validate();
    if (!error.isEmpty()) {
        PromReadiness readiness;
        readiness.state = PromReadiness::State::Unreachable;
        readiness.failure = PromFailure::Config;
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

void PrometheusClient::send(Request *request, const QString &apiPath, const QByteArray &form)
{
    const bool post = request->stage == Stage::Query;
    if (request->reply == nullptr && !request->clock.isValid()) {
        request->config = m_config;
        request->clock.start();
        // One deadline for the whole request (both GETs of a readiness probe).
        request->deadline = new QTimer(this);
        request->deadline->setSingleShot(true);
        request->deadline->setTimerType(Qt::PreciseTimer);
        const quint64 id = request->id;
        connect(request->deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
        request->deadline->start(request->config.deadlineMs);
    }
    const PromEndpointConfig &config = request->config;
    request->url = config.endpoint(apiPath);
    request->body.clear();
    request->announcedBytes = -1;
    request->tlsErrors.clear();

    QNetworkRequest http(request->url);
    http.setTransferTimeout(config.inactivityTimeoutMs);
    // Never to a less safe scheme; and with credentials, never to another origin either: Qt sends the
    // Authorization and extra headers along to wherever the redirect points.
    const bool credentials = config.auth != PromEndpointConfig::Auth::None || !config.extraHeaders.isEmpty();
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        credentials ? QNetworkRequest::SameOriginRedirectPolicy : QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setMaximumRedirectsAllowed(5);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RouteDeck"));
    switch (config.auth) {
    case PromEndpointConfig::Auth::None:
        break;
    case PromEndpointConfig::Auth::Basic:
        http.setRawHeader("Authorization",
            "Basic " + (config.username + QLatin1Char(':') + config.secret).toUtf8().toBase64());
        break;
    case PromEndpointConfig::Auth::Bearer:
        http.setRawHeader("Authorization", "Bearer " + config.secret.toUtf8());
        break;
    }
    for (const auto &[name, value] : config.extraHeaders)
        http.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (post) {
        http.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(http, form);
    } else {
        reply = m_network->get(http);
    }
    // Bounds what Qt buffers between two readyRead()s, so the size cap stops the transfer near the cap.
    reply->setReadBufferSize(std::min<qint64>(config.maxResponseBytes + 1, kReadBufferBytes));
    request->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (Request *owner = requestFor(reply)) {
            for (const QSslError &error : errors)
                owner->tlsErrors << error.errorString();
        }
    });
#endif
}

PrometheusClient::Request *PrometheusClient::requestFor(QNetworkReply *reply) const
{
    for (const auto &[id, request] : m_requests) {
        if (request->reply == reply)
            return request.get();
    }
    return nullptr;
}

void PrometheusClient::onMetaDataChanged(QNetworkReply *reply)
{
    Request *request = requestFor(reply);
    if (!request)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 announced = length.toLongLong();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect's own body does not count
    request->announcedBytes = announced;
    if (announced > request->config.maxResponseBytes)
        stop(request, StopReason::SizeCap);
}

void PrometheusClient::onReadyRead(QNetworkReply *reply)
{
    Request *request = requestFor(reply);
    if (!request || request->stopReason != StopReason::None)
        return;
    request->body += reply->readAll();
    if (request->body.size() > request->config.maxResponseBytes)
        stop(request, StopReason::SizeCap); // may finish and delete the request: touch nothing after
}

void PrometheusClient::onDeadline(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    Request *request = it->second.get();
    // Once the answer is in, decoding is RouteDeck's time, not the server's: no deadline for it.
    if (request->reply)
        stop(request, StopReason::Deadline);
}

void PrometheusClient::abort(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    Request *request = it->second.get();
    if (request->reply) {
        stop(request, StopReason::Aborted);
        return;
    }
    // Decoding on a worker thread: answer now, drop the decoded result when it comes.
    const QString where = PrometheusDecoder::displayUrl(request->url);
    const QString message = tr("The request to %1 was cancelled.").arg(where);
    const Stage stage = request->stage;
    const QUrl url = request->url;
    if (stage == Stage::Query) {
        PromResponse response;
        response.failure = PromFailure::Aborted;
        response.errorString = message;
        response.url = url;
        finishQuery(id, response);
    } else {
        PromReadiness readiness;
        readiness.failure = PromFailure::Aborted;
        readiness.message = message;
        readiness.url = url;
        finishReadiness(id, readiness);
    }
}

void PrometheusClient::abortAll()
{
    QList<quint64> ids;
    for (const auto &[id, request] : m_requests)
        ids << id;
    for (const quint64 id : std::as_const(ids))
        abort(id);
}

void PrometheusClient::stop(Request *request, StopReason reason)
{
    if (request->stopReason == StopReason::None)
        request->stopReason = reason;
    if (request->reply)
        request->reply->abort(); // emits finished() synchronously
}

void PrometheusClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    Request *request = requestFor(reply);
    if (!request)
        return;
    request->reply = nullptr;
    if (request->stopReason == StopReason::None && reply->isOpen())
        request->body += reply->readAll();

    const auto [failure, message] = transportFailure(*request, *reply);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (failure != PromFailure::None) {
        if (request->stage == Stage::Query) {
            PromResponse response;
            response.failure = failure;
            response.errorString = message;
            response.httpStatus = httpStatus;
            response.url = request->url;
            response.bodyBytes = request->body.size();
            finishQuery(request->id, response);
            return;
        }
        PromReadiness readiness;
        readiness.url = request->url;
        readiness.httpStatus = httpStatus;
        if (request->stage == Stage::BuildInfo && request->readyAnswered && failure != PromFailure::Aborted
            && failure != PromFailure::Deadline) {
            // /-/ready said yes; only the version is missing.
            readiness.state = PromReadiness::State::Ready;
            readiness.message
                = tr("The Prometheus-compatible server at %1 is ready; its version is unknown (%2)")
                      .arg(PrometheusDecoder::displayUrl(request->config.baseUrl), message);
        } else {
            readiness.state = PromReadiness::State::Unreachable;
            readiness.failure = failure;
            readiness.message = message;
        }
        finishReadiness(request->id, readiness);
        return;
    }

    PromHttpReply raw;
    raw.url = request->url;
    raw.httpStatus = httpStatus;
    raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    raw.sizeCap = request->config.maxResponseBytes;
    raw.body = std::exchange(request->body, QByteArray());
    if (request->stopReason == StopReason::SizeCap) {
        raw.sizeCapHit = true;
        raw.bytesSeen = std::max<qint64>(raw.body.size(), request->announcedBytes);
    }
    if (request->stage == Stage::Query)
        handleQueryAnswer(request, std::move(raw));
    else
        handleReadinessAnswer(request, raw);
}

std::pair<PromFailure, QString> PrometheusClient::transportFailure(
    const Request &request, const QNetworkReply &reply) const
{
    const QString server = PrometheusDecoder::displayUrl(request.config.baseUrl);
    const QString where = PrometheusDecoder::displayUrl(request.url);
    const bool probe = request.stage != Stage::Query;
    switch (request.stopReason) {
    case StopReason::SizeCap:
        return { PromFailure::None, QString() }; // the decoder words it, with the sizes
    case StopReason::Deadline:
        if (probe)
            return { PromFailure::Deadline,
                tr("Prometheus at %1 did not answer the readiness check within %2; the server or the "
                   "network is overloaded. RouteDeck keeps trying; raise the deadline in the connection "
                   "profile if this persists.")
                    .arg(server, formatDuration(request.config.deadlineMs)) };
        return { PromFailure::Deadline,
            tr("The request to %1 did not finish within the %2 deadline (%3 received so far). Shorten the "
               "time range, raise the step or raise the deadline in the connection profile.")
                .arg(where, formatDuration(request.config.deadlineMs),
                    PrometheusDecoder::formatBytes(request.body.size())) };
    case StopReason::Aborted:
        return { PromFailure::Aborted, tr("The request to %1 was cancelled.").arg(where) };
    case StopReason::None:
        break;
    }

    const QNetworkReply::NetworkError error = reply.error();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::NoError || (status > 0 && error >= QNetworkReply::ContentAccessDenied))
        return { PromFailure::None, QString() }; // an HTTP answer: decode it, error status or not

    const QString detail = reply.errorString();
    if (status > 0 && error == QNetworkReply::RemoteHostClosedError) {
        const QString expected = request.announcedBytes >= 0
            ? PrometheusDecoder::formatBytes(request.announcedBytes)
            : tr("an unknown size");
        return { PromFailure::Unreachable,
            tr("Prometheus at %1 closed the connection in the middle of the answer from %2 (%3 of %4 "
               "received); it may be restarting, or a proxy dropped the transfer. RouteDeck asks again on "
               "the next refresh.")
                .arg(server, where, PrometheusDecoder::formatBytes(request.body.size()), expected) };
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return { PromFailure::Unreachable,
            tr("Prometheus at %1 refused the connection \u2014 is it running?").arg(server) };
    case QNetworkReply::HostNotFoundError:
        return { PromFailure::Unreachable,
            tr("The host of %1 was not found; check the Prometheus URL in the connection profile.")
                .arg(server) };
    case QNetworkReply::RemoteHostClosedError:
        return { PromFailure::Unreachable,
            tr("Prometheus at %1 closed the connection before answering; it may be restarting, or a proxy "
               "dropped the request.")
                .arg(server) };
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt reports the transfer timeout as a cancellation
        return { PromFailure::Timeout,
            tr("Prometheus at %1 sent nothing for %2 (inactivity timeout) while answering %3; the server or "
               "the network is overloaded. RouteDeck retries; raise the timeout in the connection profile "
               "if this persists.")
                .arg(server, formatDuration(request.config.inactivityTimeoutMs), where) };
    case QNetworkReply::SslHandshakeFailedError: {
        const QString reasons
            = request.tlsErrors.isEmpty() ? detail : request.tlsErrors.join(QLatin1String("; "));
        return { PromFailure::Tls,
            tr("The TLS connection to %1 failed: %2. Check the server's certificate (a private CA must be "
               "trusted by this system) and that the URL's scheme (http or https) matches the server.")
                .arg(server, reasons) };
    }
    case QNetworkReply::TooManyRedirectsError:
        return { PromFailure::Http,
            tr("%1 redirected too many times; check the Prometheus URL and the path prefix.").arg(where) };
    case QNetworkReply::InsecureRedirectError: {
        QUrl target = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty() && reply.hasRawHeader("Location"))
            target = request.url.resolved(QUrl::fromEncoded(reply.rawHeader("Location")));
        return { PromFailure::Http,
            tr("%1 redirected to %2; RouteDeck does not follow redirects to a less safe scheme, nor to "
               "another "
               "server while sending credentials. Put the final address in the connection profile.")
                .arg(where,
                    target.isEmpty() ? tr("another address") : PrometheusDecoder::displayUrl(target)) };
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return { PromFailure::Unreachable,
            tr("The network proxy failed while connecting to %1: %2. Check the system proxy settings.")
                .arg(server, detail) };
    default:
        break;
    }
    if (!request.tlsErrors.isEmpty()
        || (error >= QNetworkReply::SslHandshakeFailedError && error <= QNetworkReply::UnknownNetworkError
            && detail.contains(QLatin1String("SSL"))))
        return { PromFailure::Tls, tr("The TLS connection to %1 failed: %2.").arg(server, detail) };
    return { PromFailure::Unreachable, tr("Could not reach Prometheus at %1: %2.").arg(server, detail) };
}

void PrometheusClient::handleQueryAnswer(Request *request, PromHttpReply raw)
{
    const quint64 id = request->id;
    if (raw.body.size() < kThreadedDecodeBytes) {
        finishQuery(id, PrometheusDecoder::decodeQuery(raw));
        return;
    }
    request->decoding = true;
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
    const QString server = PrometheusDecoder::displayUrl(request->config.baseUrl);
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
        readiness.state = decoded.failure == PromFailure::NotReady || raw.httpStatus == 503
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
        readiness.state = info.failure == PromFailure::NotReady ? PromReadiness::State::NotReady
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
    it->second->deadline->deleteLater();
    m_requests.erase(it);
    postQueryResult(id, std::move(response));
}

void PrometheusClient::finishReadiness(quint64 id, PromReadiness readiness)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return;
    it->second->deadline->deleteLater();
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
