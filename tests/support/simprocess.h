// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace RouteDeck::Test {

// Runs the real routedeck-sim executable for integration tests on a free 127.0.0.1 port (it picks
// one itself and prints it). Stopped on destruction.
//
//     SimProcess sim;
//     QVERIFY2(sim.start(configPath, {QStringLiteral("--rps"), QStringLiteral("50")}), qPrintable(sim.errorString()));
//     prometheus.start({sim.target()});
class SimProcess : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kDemoMasterKey = "sk-routedeck-demo";

    explicit SimProcess(QObject *parent = nullptr);
    ~SimProcess() override;

    // ROUTEDECK_BINARY_DIR/sim/routedeck-sim.
    static QString executable();

    // Starts `routedeck-sim --config FILE --port 0 ARGUMENTS` and waits for its "listening on" line.
    bool start(const QString &configPath, const QStringList &arguments = {}, int timeoutMs = 15000);
    void stop(); // SIGTERM, then SIGKILL
    void kill(); // SIGKILL at once: a router that dies
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString target() const; // 127.0.0.1:PORT, for a scrape config

    // POST /sim/faults with the master key; returns the fault's id, or empty (see errorString()).
    QString addFault(const QByteArray &json, const QByteArray &masterKey = kDemoMasterKey);

    QString log() const { return m_log; }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
    QString m_error;
};

} // namespace RouteDeck::Test
