// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncheck.h"
#include "dataplane.h"

#include <QObject>
#include <QSet>
#include <optional>

namespace RouteDeck {

class PrometheusClient;
class RouterClient;

// "Test connection" of the Connect dialog: asks the router and Prometheus what a console needs from
// them, one step at a time (ConnectionCheck::Step), and says in plain words what passed and how to fix
// what failed. Every request is asynchronous; each step is reported when it changes.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // `keySource` names where the master key came from, for messages: "the variable LITELLM_KEY",
    // "the key you typed"; empty when there is none.
    void start(const DataPlane::Settings &settings, const QString &keySource);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void checkUpdated(const RouteDeck::ConnectionCheck &check);
    // All steps have an answer. `scrapeIntervalSeconds` is what Prometheus scrapes the router at, 0 when
    // it could not be told.
    void finished(bool allPassed, double scrapeIntervalSeconds);

private:
    void report(ConnectionCheck::Step step, ConnectionCheck::State state, const QString &detail, const QString &fix = QString());
    void onHealth(const RouterHealthReply &reply);
    void onDeployments(const RouterDeploymentsReply &reply);
    void onReadiness(const PromReadiness &readiness);
    void onTargets(const PromTargets &targets);
    void onSeries(const PromResponse &response);
    void askSeriesWhenReady(); // needs the deployments and a ready Prometheus
    void finishIfDone();
    bool answers(QSet<quint64> &ids, quint64 id) const; // one of this test's requests: forget its id

    RouterClient *m_router;
    PrometheusClient *m_prometheus;
    DataPlane::Settings m_settings;
    QString m_keySource;
    bool m_running = false;
    quint64 m_seriesId = 0;
    QSet<quint64> m_routerIds; // the requests of the test in progress
    QSet<quint64> m_prometheusIds;
    std::optional<QList<Deployment>> m_deployments; // once listed
    std::optional<bool> m_prometheusReady;
    QList<PromTarget> m_targets;
    std::optional<LiteLlmVersion> m_version;
    double m_scrapeInterval = 0;
    ConnectionCheck::State m_states[ConnectionCheck::kStepCount] {};
};

} // namespace RouteDeck
