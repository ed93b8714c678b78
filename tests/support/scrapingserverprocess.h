// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace RouteDeck::Test {

// Process management shared by the runners of real Prometheus-compatible servers
// (PrometheusProcess, VictoriaMetricsProcess): a temporary directory, a free 127.0.0.1 port
// (retried when someone else grabs it first), start/restart/stop, waiting until it listens and
// until GET /-/ready answers 200, and its merged output kept for failure messages. A subclass
// supplies only its executable, its command line and its scrape config. Stopped on destruction.
class ScrapingServerProcess : public QObject
{
    Q_OBJECT

public:
    ~ScrapingServerProcess() override;

    // A port nothing listens on right now (bind 127.0.0.1:0, read it, close).
    static quint16 freePort();

    void setJobName(const QString &name) { m_jobName = name; }
    // The Bearer key the scrape sends: LiteLLM (and routedeck-sim) guard /metrics with the master key since
    // 1.84. The default is the demo config's key, which every test's simulator runs with; empty: none.
    void setScrapeBearerToken(const QString &token) { m_scrapeToken = token; }
    QString jobName() const { return m_jobName; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Writes the config and starts the server; true once it accepts TCP connections (its API may
    // still answer 503 until waitUntilReady()). Targets are "host:port".
    bool start(const QStringList &scrapeTargets, int scrapeIntervalSeconds = 1);
    // Starts again after stop(), on the same port with the same data: for "server came back" tests.
    bool restart();
    void stop();
    bool isRunning() const;
    // Polls GET /-/ready until it answers 200.
    bool waitUntilReady(int timeoutMs = 30000);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString dataDirectory() const;
    QString configPath() const;
    QString log() const { return m_log; } // the server's own output, for failure messages
    QString errorString() const { return m_error; }

protected:
    // serverName names the binary and its Debian package ("prometheus"); environmentVariable
    // overrides where it is; configFileName is the generated config inside the temporary directory.
    ScrapingServerProcess(const QString &serverName, const char *environmentVariable,
                          const QString &configFileName, QObject *parent);

    // $environmentVariable, else serverName on PATH, else /usr/bin/serverName; empty if none.
    static QString findExecutable(const char *environmentVariable, const QString &serverName);

    // "'a:1', 'b:2'": targets as a YAML flow sequence body.
    static QString quotedTargets(const QStringList &scrapeTargets);
    // The scrape job's `authorization` block (both servers read the same form), or nothing.
    QString scrapeAuthorization() const;

    virtual QString executablePath() const = 0;
    // The config file's text; port() is already the port the server will listen on.
    virtual QString configText(const QStringList &scrapeTargets, int scrapeIntervalSeconds) const = 0;
    // The command line for port(), dataDirectory() and configPath(), before the extra arguments.
    virtual QStringList serverArguments() const = 0;

private:
    bool launch();
    bool waitUntilListening(int timeoutMs);
    // The listening socket on our port belongs to our process, not to another test's server that took
    // the port between freePort() and our bind (Linux: /proc/net/tcp and /proc/<pid>/fd).
    bool ownsPort() const;
    QString logTail() const;

    const QString m_serverName;
    const char *const m_environmentVariable;
    const QString m_configFileName;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_jobName = QStringLiteral("routedeck");
    QString m_scrapeToken;
    QStringList m_extraArguments;
    QString m_log;
    QString m_error;
};

} // namespace RouteDeck::Test
