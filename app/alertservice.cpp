// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertservice.h"

#include "alertconditions.h"
#include "auditlogwriter.h"
#include "jsonlinesfile.h"
#include "snapshot.h"
#include "webhooknotifier.h"
#include "webhookpayload.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace RouteDeck {

namespace {

constexpr qint64 kMaxHistoryBytes = 64 * 1024 * 1024; // a larger file is read from its end

AlertHistory readHistory(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    AlertHistory failed;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.problems.append(Problem::error({ path, 0, 0 },
            QCoreApplication::translate("AlertService", "cannot read the alert history: %1").arg(file.errorString())));
        return failed;
    }
    if (file.size() > kMaxHistoryBytes) {
        file.seek(file.size() - kMaxHistoryBytes);
        file.readLine(); // the rest of a line cut in the middle
    }
    return AlertHistoryCodec::decode(file.readAll(), path);
}

} // namespace

AlertService::AlertService(QObject *parent)
    : QObject(parent)
    , m_webhook(new WebhookNotifier(this))
{
    m_io.setMaxThreadCount(1);
    m_io.setExpiryTimeout(-1);
}

AlertService::~AlertService()
{
    waitForHistoryWrites();
}

QString AlertService::defaultHistoryPath()
{
    const QString overridden = qEnvironmentVariable("ROUTEDECK_ALERT_LOG");
    if (!overridden.isEmpty())
        return overridden;
    return QFileInfo(AuditLogWriter::defaultPath()).absolutePath() + QStringLiteral("/alerts.jsonl");
}

void AlertService::start(const AlertPolicy &policy, const QString &profileName, const QString &historyPath)
{
    const quint64 generation = ++m_generation;
    m_evaluator = AlertEvaluator();
    m_evaluator.setPolicy(policy);
    m_history = AlertHistory();
    m_profileName = profileName;
    m_historyPath = historyPath;
    const QString variable = policy.webhookUrlEnv;
    m_webhook->setUrl(variable.isEmpty() ? QUrl() : QUrl(qEnvironmentVariable(variable.toUtf8().constData())));
    m_webhook->setRateLimit(policy.notifyIntervalSeconds);
    QPointer<AlertService> self(this);
    // On the history's own thread: read before any line this connection appends.
    m_io.start([self, historyPath, generation, profileName] {
        const AlertHistory history = readHistory(historyPath).ofProfile(profileName);
        QMetaObject::invokeMethod(
            qApp, [self, history, generation] {
                if (self)
                    self->historyLoaded(history, generation);
            },
            Qt::QueuedConnection);
    });
    Q_EMIT alertsChanged();
}

void AlertService::historyLoaded(const AlertHistory &history, quint64 generation)
{
    if (generation != m_generation)
        return;
    // Alerts that fired since start() (the read took a while) stay; the file's come first.
    const QList<Alert> recent = m_history.alerts;
    m_history.alerts = history.alerts;
    for (const Alert &alert : recent) {
        if (std::none_of(history.alerts.cbegin(), history.alerts.cend(), [&](const Alert &a) { return a.id == alert.id; }))
            m_history.alerts.append(alert);
    }
    m_history.silences = history.silences + m_history.silences;
    m_history.problems = history.problems;
    m_evaluator.restore(history.stillFiring());
    m_webhook->restore(history.stillFiring());
    ++m_historyRevision;
    for (const Problem &problem : history.problems)
        Q_EMIT historyProblem(problem.toString());
    Q_EMIT alertsChanged();
}

void AlertService::setPolicy(const AlertPolicy &policy)
{
    m_evaluator.setPolicy(policy);
    m_webhook->setRateLimit(policy.notifyIntervalSeconds);
}

void AlertService::evaluate(const Snapshot &snapshot)
{
    const QDateTime now = snapshot.time.isValid() ? snapshot.time : QDateTime::currentDateTimeUtc();
    QList<AlertTransition> transitions = m_evaluator.evaluate(AlertConditions::evaluate(snapshot, policy()), now);
    for (AlertTransition &transition : transitions) {
        transition.alert.profile = m_profileName;
        record(transition);
        notify(transition);
    }
    Q_EMIT alertsChanged();
}

void AlertService::record(const AlertTransition &transition)
{
    const Alert &alert = transition.alert;
    ++m_historyRevision;
    if (transition.kind == AlertTransition::Kind::Fired) {
        m_history.alerts.append(alert);
        append(AlertHistoryCodec::firedLine(alert));
        return;
    }
    for (Alert &known : m_history.alerts) {
        if (known.id == alert.id)
            known = alert;
    }
    append(AlertHistoryCodec::resolvedLine(alert));
}

void AlertService::notify(const AlertTransition &transition)
{
    if (isSilenced(transition.alert))
        return;
    Q_EMIT transitioned(transition);
    const QDateTime at = transition.kind == AlertTransition::Kind::Fired ? transition.alert.firedAt : transition.alert.resolvedAt;
    m_webhook->notify(transition, m_profileName, WebhookPayload::consoleLink(m_profileName, at, QStringLiteral("alerts")));
}

QList<Alert> AlertService::activeAlerts() const
{
    QList<Alert> alerts = m_evaluator.alerts();
    for (Alert &alert : alerts)
        alert.profile = m_profileName;
    return alerts;
}

bool AlertService::isSilenced(const Alert &alert) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return std::any_of(m_history.silences.cbegin(), m_history.silences.cend(),
                       [&](const AlertSilence &s) { return s.covers(alert, now); });
}

void AlertService::acknowledge(const QString &id)
{
    m_evaluator.acknowledge(id);
    for (Alert &alert : m_history.alerts) {
        if (alert.id == id)
            alert.acknowledged = true;
    }
    ++m_historyRevision;
    append(AlertHistoryCodec::acknowledgedLine(id, QDateTime::currentDateTimeUtc()));
    Q_EMIT alertsChanged();
}

void AlertService::silence(AlertRule rule, const QString &group, int minutes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AlertSilence silence { .rule = rule, .group = group, .until = now.addSecs(qint64(minutes) * 60), .profile = m_profileName };
    m_history.silences.removeIf([&](const AlertSilence &s) { return s.rule == rule && s.group == group; });
    m_history.silences.append(silence);
    append(AlertHistoryCodec::silencedLine(silence, now));
    Q_EMIT alertsChanged();
}

void AlertService::append(const QByteArray &line)
{
    if (m_historyPath.isEmpty())
        return;
    QPointer<AlertService> self(this);
    const QString path = m_historyPath;
    m_io.start([self, path, line] {
        const QString error = JsonLinesFile::append(path, line, QCoreApplication::translate("AlertService", "the alert history"));
        if (error.isEmpty())
            return;
        QMetaObject::invokeMethod(
            qApp, [self, error] {
                if (self)
                    Q_EMIT self->historyProblem(error);
            },
            Qt::QueuedConnection);
    });
}

void AlertService::waitForHistoryWrites()
{
    m_io.waitForDone();
}

} // namespace RouteDeck
