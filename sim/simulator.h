// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simoptions.h"

#include <QObject>
#include <memory>

class QTimer;

namespace RouteDeck {

class LoadGenerator;
class RealClock;
class RouterEngine;
class ScenarioRunner;
class SimApi;
class SimHttpServer;

// routedeck-sim as a whole: loads the config, runs the engine on the real clock, serves HTTP,
// drives the built-in load and plays a scenario.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimOptions options, QObject *parent = nullptr);
    ~Simulator() override;

    // Returns an empty string on success, else what went wrong (config problems, port in use, ...).
    QString start();
    quint16 port() const;
    RouterEngine *engine() const { return m_engine.get(); }
    // Reads the config file again and hands its model_list to the engine; a file with errors is
    // refused and the running config stays. Logs what happened.
    void reloadConfig();

Q_SIGNALS:
    void logLine(const QString &line);

private:
    void tick();

    SimOptions m_options;
    std::unique_ptr<RealClock> m_clock;
    std::unique_ptr<RouterEngine> m_engine;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<LoadGenerator> m_load;
    std::unique_ptr<ScenarioRunner> m_scenario;
    SimHttpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QString m_loadKeyHash;
    double m_nextArrival = 0;
    QString m_nextGroup;
    QString m_nextAgent;
};

} // namespace RouteDeck
