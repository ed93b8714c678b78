// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooknotifier.h"

#include "alert.h"
#include "fetchfailure.h"
#include "messagetext.h"
#include "webhookpayload.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

namespace RouteDeck {

namespace {

// Slack answers "ok": an answer this large is not a webhook's.
constexpr qint64 kMaxAnswerBytes = 64 * 1024;
constexpr int kInactivityTimeoutMs = 10000;
constexpr int kDeadlineMs = 15000;
constexpr int kServerWordsChars = 200;

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isDelivered(const HttpTransport::Result &result)
{
    return result.answered() && result.httpStatus >= 200 && result.httpStatus < 300;
}

// What may pass by itself: no answer (the network, a restarting receiver), a server error, "slow down".
// A 4xx stays wrong however often it is sent; a TLS failure is a certificate to fix.
bool isTransient(const HttpTransport::Result &result)
{
    switch (result.failure) {
    case FetchFailure::None:
        return result.httpStatus == 429 || (result.httpStatus >= 500 && result.httpStatus < 600);
    case FetchFailure::Unreachable:
    case FetchFailure::Timeout:
    case FetchFailure::Deadline:
        return true;
    default:
        return false;
    }
}

// Retry-After in seconds, as Slack, Discord and Teams send it, capped. The HTTP-date form, which no
// webhook we know sends, counts as absent: the backoff applies.
std::optional<int> retryAfterMs(const HttpTransport::Result &result)
{
    if (result.httpStatus != 429 && result.httpStatus != 503)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = result.retryAfter.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    constexpr qint64 kMaxSeconds = WebhookNotifier::kMaxRetryAfterMs / 1000;
    return int(std::min(seconds, kMaxSeconds) * 1000);
}

// The sentences of a message that have something to say, in order.
QString sentences(const QStringList &parts)
{
    QStringList said;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            said << part;
    }
    return said.join(QLatin1Char(' '));
}

} // namespace

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(this))
    , m_rateLimitMs(qint64(AlertPolicy().notifyIntervalSeconds * 1000))
{
    m_clock.start();
}

WebhookNotifier::~WebhookNotifier() = default;

void WebhookNotifier::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    dropQueued();
    m_url = url;
}

void WebhookNotifier::setRateLimit(double seconds)
{
    m_rateLimitMs = qint64(std::max(0.0, seconds) * 1000); // negative or NaN: none
}

void WebhookNotifier::setRetrySchedule(const Backoff &backoff, int maxAttempts)
{
    m_backoff = backoff;
    m_maxAttempts = std::max(1, maxAttempts);
}

void WebhookNotifier::restore(const QList<Alert> &firing)
{
    for (const Alert &alert : firing)
        m_firingSent.insert(alert.id);
}

void WebhookNotifier::notify(const AlertTransition &t, const QString &profileName, const QString &link)
{
    if (!isEnabled())
        return;
    const QString key = laneKey(t.alert);
    Lane &lane = m_lanes[key];
    if (!admit(t, lane))
        return;
    const bool fires = t.kind == AlertTransition::Kind::Fired;
    const int unsentFirings = fires ? std::exchange(lane.unsentFirings, 0) : 0;
    if (!isHttpUrl(m_url)) {
        refuse(t.alert.id,
               tr("The webhook URL is not an http or https URL; check the environment variable the connection "
                  "profile names for it."));
        return;
    }
    enqueue(key, Message { .alertId = t.alert.id,
                           .fires = fires,
                           .payload = WebhookPayload::build(t, profileName, link, unsentFirings),
                           .attempts = 0 });
}

int WebhookNotifier::pendingCount() const
{
    int count = 0;
    for (const Lane &lane : m_lanes)
        count += int(lane.queue.size());
    return count;
}

QString WebhookNotifier::laneKey(const Alert &alert)
{
    return alertRuleId(alert.rule) + QLatin1Char('/') + alert.group;
}

// The storm rules: "firing" at most once per rate-limit interval per rule and group; "resolved" only
// after a "firing" that went out.
bool WebhookNotifier::admit(const AlertTransition &t, Lane &lane)
{
    if (t.kind == AlertTransition::Kind::Resolved)
        return m_firingSent.remove(t.alert.id);
    const qint64 now = m_clock.elapsed();
    if (lane.lastFiringMs >= 0 && now - lane.lastFiringMs < m_rateLimitMs) {
        ++lane.unsentFirings;
        return false;
    }
    lane.lastFiringMs = now;
    m_firingSent.insert(t.alert.id);
    return true;
}

// A message that cannot go out at all: failed(), from the event loop like every other outcome, so
// the caller of notify() never sees a signal inside the call.
void WebhookNotifier::refuse(const QString &alertId, const QString &error)
{
    m_firingSent.remove(alertId);
    QMetaObject::invokeMethod(
        this, [this, alertId, error] { Q_EMIT failed(alertId, error); }, Qt::QueuedConnection);
}

void WebhookNotifier::enqueue(const QString &key, Message message)
{
    m_lanes[key].queue.push_back(std::move(message));
    startNext(key);
}

// One message of a lane at a time: that is what keeps a lane in order across retries.
void WebhookNotifier::startNext(const QString &key)
{
    const auto lane = m_lanes.find(key);
    if (lane == m_lanes.end() || lane->busy || lane->queue.empty())
        return;
    lane->busy = true;
    transmitHead(key);
}

void WebhookNotifier::transmitHead(const QString &key)
{
    Message &head = m_lanes[key].queue.front();
    ++head.attempts;
    HttpTransport::Request request;
    request.method = "POST";
    request.url = m_url;
    request.body = head.payload;
    request.contentType = "application/json";
    request.changesState = true;
    const quint64 generation = m_generation;
    m_transport->send(endpoint(), request, [this, key, generation](const HttpTransport::Result &result) {
        if (generation == m_generation)
            onAnswer(key, result);
    });
}

void WebhookNotifier::onAnswer(const QString &key, const HttpTransport::Result &result)
{
    const auto lane = m_lanes.find(key);
    if (lane == m_lanes.end() || lane->queue.empty())
        return;
    const int attempts = lane->queue.front().attempts;
    if (isDelivered(result))
        deliverHead(key);
    else if (isTransient(result) && attempts < m_maxAttempts)
        retryHeadLater(key, retryDelayMs(attempts, result));
    else
        failHead(key, failureText(result, attempts));
}

// The lane stays busy while it waits, so later messages of the lane wait behind the head.
void WebhookNotifier::retryHeadLater(const QString &key, int delayMs)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, key, generation] {
        const auto lane = m_lanes.find(key);
        if (generation == m_generation && lane != m_lanes.end() && !lane->queue.empty())
            transmitHead(key);
    });
}

// The head leaves its lane before any signal: a slot that notifies again finds the lane consistent.
WebhookNotifier::Message WebhookNotifier::takeHead(const QString &key)
{
    Lane &lane = m_lanes[key];
    Message head = std::move(lane.queue.front());
    lane.queue.pop_front();
    lane.busy = false;
    return head;
}

void WebhookNotifier::deliverHead(const QString &key)
{
    const Message head = takeHead(key);
    Q_EMIT delivered(head.alertId, head.attempts);
    startNext(key);
}

void WebhookNotifier::failHead(const QString &key, const QString &error)
{
    const Message head = takeHead(key);
    if (head.fires)
        forgetFiring(key, head.alertId);
    Q_EMIT failed(head.alertId, error);
    startNext(key);
}

// A "firing" message that did not arrive: its "resolved" one would only puzzle the channel.
void WebhookNotifier::forgetFiring(const QString &key, const QString &alertId)
{
    m_firingSent.remove(alertId);
    std::erase_if(m_lanes[key].queue,
                  [&alertId](const Message &message) { return !message.fires && message.alertId == alertId; });
}

// What is queued or in flight was meant for the channel notifications no longer go to.
void WebhookNotifier::dropQueued()
{
    ++m_generation;
    m_transport->abortAll();
    for (Lane &lane : m_lanes) {
        for (const Message &message : lane.queue) {
            if (message.fires)
                m_firingSent.remove(message.alertId);
        }
        lane.queue.clear();
        lane.busy = false;
    }
}

HttpTransport::Endpoint WebhookNotifier::endpoint() const
{
    HttpTransport::Endpoint webhook;
    webhook.serviceName = tr("The webhook");
    // Only the origin: the transport names baseUrl in its messages, and the path is the secret.
    webhook.baseUrl
        = m_url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    webhook.inactivityTimeoutMs = kInactivityTimeoutMs;
    webhook.deadlineMs = kDeadlineMs;
    webhook.maxResponseBytes = kMaxAnswerBytes;
    return webhook;
}

// The backoff's delay, or longer when the receiver asked for longer.
int WebhookNotifier::retryDelayMs(int attempts, const HttpTransport::Result &result) const
{
    const int backoff = m_backoff.delayMs(attempts, QRandomGenerator::global()->generateDouble());
    return std::max(backoff, retryAfterMs(result).value_or(0));
}

// Worded here rather than taken from the transport: its messages name the request's URL, the secret.
QString WebhookNotifier::failureText(const HttpTransport::Result &result, int attempts) const
{
    const QString where = host();
    switch (result.failure) {
    case FetchFailure::None:
        if (isTransient(result))
            return tr("The webhook at %1 still answered HTTP %2 after %n attempt(s); the message was not delivered.",
                      nullptr, attempts)
                .arg(where)
                .arg(result.httpStatus);
        return refusalText(result);
    case FetchFailure::Unreachable:
        return tr("The webhook at %1 could not be reached (%n attempt(s)).", nullptr, attempts).arg(where);
    case FetchFailure::Timeout:
    case FetchFailure::Deadline:
        return tr("The webhook at %1 did not answer in time (%n attempt(s)).", nullptr, attempts).arg(where);
    case FetchFailure::Tls:
        return tr("The TLS connection to the webhook at %1 failed; check the system's CA certificates and the "
                  "URL's scheme.")
            .arg(where);
    case FetchFailure::SizeCap:
        return tr("The webhook at %1 answered with more than %2; is the URL an incoming webhook?")
            .arg(where, MessageText::formatBytes(kMaxAnswerBytes));
    case FetchFailure::Http: // a redirect the transport does not follow
        return tr("The webhook at %1 redirected the message elsewhere; put the final address in the environment "
                  "variable the connection profile names.")
            .arg(where);
    default:
        return tr("The webhook at %1 did not take the message (%2).").arg(where, fetchFailureName(result.failure));
    }
}

// An HTTP error that a retry would not change: the status, what it usually means, the receiver's words.
QString WebhookNotifier::refusalText(const HttpTransport::Result &result) const
{
    const QString refused
        = tr("The webhook at %1 refused the message with HTTP %2.").arg(host()).arg(result.httpStatus);
    QString advice;
    switch (result.httpStatus) {
    case 400:
    case 422:
        advice = tr("Is the URL a Slack-compatible incoming webhook?");
        break;
    case 401:
    case 403:
    case 404:
    case 410:
        advice = tr("The webhook was removed or the URL is wrong; check the environment variable the connection "
                    "profile names for it.");
        break;
    default:
        break;
    }
    const QString said = serverWords(result.body);
    return sentences({ refused, advice, said.isEmpty() ? QString() : tr("It said: %1").arg(said) });
}

// The receiver's own words (Slack: "invalid_payload", "no_service"; a proxy's page: its title), without
// the URL's secret should they echo the request ("Cannot POST /services/...").
QString WebhookNotifier::serverWords(const QByteArray &body) const
{
    const bool html = body.trimmed().startsWith('<');
    QString text = html ? MessageText::htmlTitle(body) : QString::fromUtf8(body);
    const QStringList secrets { m_url.path(QUrl::FullyEncoded), m_url.path(QUrl::FullyDecoded),
                                m_url.query(QUrl::FullyEncoded), m_url.query(QUrl::FullyDecoded) };
    for (const QString &secret : secrets) {
        if (secret.size() > 1)
            text.replace(secret, QStringLiteral("…"));
    }
    return MessageText::snippet(text.toUtf8(), kServerWordsChars);
}

// The webhook as messages name it: host and port, never the path (the secret) nor user info.
QString WebhookNotifier::host() const
{
    if (m_url.port() < 0)
        return m_url.host();
    return m_url.host() + QLatin1Char(':') + QString::number(m_url.port());
}

} // namespace RouteDeck
