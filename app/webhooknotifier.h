// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "httptransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>

namespace RouteDeck {

struct Alert;
struct AlertTransition;

// Sends alert transitions to a Slack-compatible incoming webhook (WebhookPayload) through the one
// HttpTransport, so it never blocks: every answer and retry comes from the event loop.
//
// A flapping condition must not storm the channel: per rule and group, at most one "firing" message goes
// out per rate-limit interval, and a "resolved" message only follows a "firing" one that went out, so a
// held-back flap is held back whole. Transient failures (no answer, HTTP 5xx, 429) are retried with
// exponential backoff, honouring Retry-After; any other HTTP error is not, since the message or the URL
// is wrong and stays wrong. The messages of one rule and group go out one at a time, in order, so a
// "resolved" never overtakes its "firing"; other groups do not wait for them.
//
// The URL's path is the webhook's secret (Slack: /services/T…/B…/token): nothing here logs it or puts it
// in a message; errors name the host only.
class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 5;
    // A longer wait would also hold back every later message of the same rule and group.
    static constexpr int kMaxRetryAfterMs = 60000;
    // 1 s, 2 s, 4 s, 8 s between the five attempts, each ±20 % so consoles that saw the same outage do
    // not retry in step.
    static constexpr Backoff kRetryBackoff { .baseMs = 1000, .maxMs = 8000, .jitter = 0.2 };

    explicit WebhookNotifier(QObject *parent = nullptr);
    ~WebhookNotifier() override;

    // The incoming webhook (from the environment variable AlertPolicy::webhookUrlEnv names); empty
    // turns notifications off. A new URL drops the messages not yet delivered, without a signal: they
    // were meant for the other channel.
    void setUrl(const QUrl &url);
    bool isEnabled() const { return !m_url.isEmpty(); }
    // At most one "firing" message per rule and group in this time (AlertPolicy::notifyIntervalSeconds);
    // 0 sends every one.
    void setRateLimit(double seconds);
    // The delays between attempts and how many attempts a message gets; tests shorten them.
    void setRetrySchedule(const Backoff &backoff, int maxAttempts = kMaxAttempts);
    // Alerts whose "firing" message an earlier run sent (AlertEvaluator::restore): their "resolved"
    // message goes out when they resolve.
    void restore(const QList<Alert> &firing);

    // Queues the message for `t`, unless the rules above hold it back. `link` is the command line the
    // message shows for opening the console at the alert (WebhookPayload::consoleLink).
    void notify(const AlertTransition &t, const QString &profileName, const QString &link);
    // Messages queued or in flight.
    int pendingCount() const;

Q_SIGNALS:
    // Each message that went out ends in exactly one of the two.
    void delivered(const QString &alertId, int attempts);
    // `error` names the webhook's host and what happened, never the URL itself.
    void failed(const QString &alertId, const QString &error);

private:
    struct Message
    {
        QString alertId;
        bool fires = true; // false: it resolves
        QByteArray payload;
        int attempts = 0; // made so far
    };
    // One rule on one group: its messages in order, and its rate limit.
    struct Lane
    {
        std::deque<Message> queue; // while busy, the head is in flight or waiting for its retry
        bool busy = false;
        qint64 lastFiringMs = -1; // on m_clock: the last "firing" message let through
        int unsentFirings = 0; // "firing" messages held back since then
    };

    static QString laneKey(const Alert &alert);
    bool admit(const AlertTransition &t, Lane &lane);
    void refuse(const QString &alertId, const QString &error);
    void enqueue(const QString &key, Message message);
    void startNext(const QString &key);
    void transmitHead(const QString &key);
    void onAnswer(const QString &key, const HttpTransport::Result &result);
    void retryHeadLater(const QString &key, int delayMs);
    Message takeHead(const QString &key);
    void deliverHead(const QString &key);
    void failHead(const QString &key, const QString &error);
    void forgetFiring(const QString &key, const QString &alertId);
    void dropQueued();

    HttpTransport::Endpoint endpoint() const;
    int retryDelayMs(int attempts, const HttpTransport::Result &result) const;
    // The steps of a failure's message.
    QString failureText(const HttpTransport::Result &result, int attempts) const;
    QString refusalText(const HttpTransport::Result &result) const;
    QString serverWords(const QByteArray &body) const;
    QString host() const;

    HttpTransport *m_transport;
    QUrl m_url;
    qint64 m_rateLimitMs;
    Backoff m_backoff = kRetryBackoff;
    int m_maxAttempts = kMaxAttempts;
    QElapsedTimer m_clock; // monotonic: a wall-clock jump must neither open nor close the rate limit
    QHash<QString, Lane> m_lanes; // by laneKey()
    QSet<QString> m_firingSent; // alerts whose "firing" message went out: their "resolved" one may follow
    quint64 m_generation = 0; // bumped by dropQueued(): answers and retries from before are ignored
};

} // namespace RouteDeck
