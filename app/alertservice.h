// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevaluator.h"
#include "alerthistory.h"

#include <QObject>
#include <QThreadPool>

namespace RouteDeck {

struct Snapshot;
class WebhookNotifier;

// The console's alerting: the built-in rules evaluated on every snapshot (AlertConditions,
// AlertEvaluator), each firing and resolve appended to the alert history file, and notifications
// (the window's desktop notification through transitioned(), the Slack-compatible webhook).
// The history file is read and written on a thread of its own, in order; never on the GUI thread.
class AlertService : public QObject
{
    Q_OBJECT

public:
    explicit AlertService(QObject *parent = nullptr);
    ~AlertService() override;

    // <the audit log's folder>/alerts.jsonl; ROUTEDECK_ALERT_LOG overrides it.
    static QString defaultHistoryPath();

    // A new connection: its policy, its profile's name (for messages and links) and its history file,
    // whose still-firing alerts are restored; the webhook URL is read from policy.webhookUrlEnv.
    void start(const AlertPolicy &policy, const QString &profileName, const QString &historyPath = defaultHistoryPath());
    void setPolicy(const AlertPolicy &policy);
    const AlertPolicy &policy() const { return m_evaluator.policy(); }

    void evaluate(const Snapshot &snapshot);

    QList<Alert> activeAlerts() const; // of this connection's profile
    const AlertHistory &history() const { return m_history; }
    QList<AlertSilence> silences() const { return m_history.silences; }
    bool isSilenced(const Alert &alert) const;
    QString historyPath() const { return m_historyPath; }
    // Grows whenever history() changes: views rebuild their history rows only then.
    quint64 historyRevision() const { return m_historyRevision; }
    WebhookNotifier *webhook() const { return m_webhook; }

    void acknowledge(const QString &id);
    void silence(AlertRule rule, const QString &group, int minutes);
    void waitForHistoryWrites(); // tests and shutdown: until every line is on disk

Q_SIGNALS:
    void alertsChanged(); // active alerts or history
    // For desktop notifications; silenced alerts do not notify.
    void transitioned(const RouteDeck::AlertTransition &transition);
    void historyProblem(const QString &message);

private:
    void record(const AlertTransition &transition);
    void notify(const AlertTransition &transition);
    void append(const QByteArray &line);
    void historyLoaded(const AlertHistory &history, quint64 generation);

    AlertEvaluator m_evaluator;
    AlertHistory m_history;
    QString m_profileName;
    QString m_historyPath;
    QThreadPool m_io; // one thread: history lines land in the order they were made
    WebhookNotifier *m_webhook;
    quint64 m_generation = 0; // of start(): a history read for an older connection is dropped
    quint64 m_historyRevision = 0;
};

} // namespace RouteDeck
