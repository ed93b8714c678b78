// SPDX-License-Identifier: GPL-3.0-or-later
#include "victoriametricsprocess.h"

#include "prometheusprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace RouteDeck::Test {

namespace {
constexpr qsizetype kMaxLogChars = 512 * 1024;
constexpr int kLaunchAttempts = 3;
} // namespace

VictoriaMetricsProcess::VictoriaMetricsProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] {
        m_log += QString::fromLocal8Bit(m_process.readAll());
        if (m_log.size() > kMaxLogChars)
            m_log = m_log.right(kMaxLogChars);
    });
}

VictoriaMetricsProcess::~VictoriaMetricsProcess()
{
    stop();
}

QString VictoriaMetricsProcess::executable()
{
    const QString configured = qEnvironmentVariable("ROUTEDECK_VICTORIA_METRICS");
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("victoria-metrics"));
    if (!onPath.isEmpty())
        return onPath;
    const QString debian = QStringLiteral("/usr/bin/victoria-metrics");
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

QUrl VictoriaMetricsProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString VictoriaMetricsProcess::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString VictoriaMetricsProcess::configPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("scrape.yml")) : QString();
}

bool VictoriaMetricsProcess::start(const QStringList &scrapeTargets, int scrapeIntervalSeconds)
{
    stop();
    m_error.clear();
    if (executable().isEmpty()) {
        m_error = QStringLiteral("no victoria-metrics executable: install the Debian package 'victoria-metrics' or "
                                 "set ROUTEDECK_VICTORIA_METRICS");
        return false;
    }
    if (scrapeIntervalSeconds < 1) {
        m_error = QStringLiteral("the scrape interval must be at least 1 s (got %1)").arg(scrapeIntervalSeconds);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    QString config = QStringLiteral("global:\n  scrape_interval: %1s\n  scrape_timeout: %1s\nscrape_configs:\n")
                         .arg(scrapeIntervalSeconds);
    if (!scrapeTargets.isEmpty()) {
        QStringList quoted;
        for (const QString &target : scrapeTargets)
            quoted << QLatin1Char('\'') + target + QLatin1Char('\'');
        config += QStringLiteral("  - job_name: %1\n    static_configs:\n      - targets: [%2]\n")
                      .arg(m_jobName, quoted.join(QLatin1String(", ")));
    }
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(configPath(), file.errorString());
        return false;
    }
    file.close();

    for (int attempt = 1; attempt <= kLaunchAttempts; ++attempt) {
        m_port = PrometheusProcess::freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        if (launch())
            return true;
        // Someone else took the port between freePort() and the bind: try another one.
        if (!m_log.contains(QLatin1String("address already in use")))
            return false;
    }
    return false;
}

bool VictoriaMetricsProcess::restart()
{
    if (!m_dir || m_port == 0) {
        m_error = QStringLiteral("restart() needs a start() first");
        return false;
    }
    stop();
    m_error.clear();
    return launch();
}

bool VictoriaMetricsProcess::launch()
{
    m_log.clear();
    QStringList arguments {
        QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_port),
        QStringLiteral("-storageDataPath=%1").arg(dataDirectory()),
        QStringLiteral("-promscrape.config=%1").arg(configPath()),
        QStringLiteral("-search.latencyOffset=0s"),
        QStringLiteral("-retentionPeriod=1d"),
        QStringLiteral("-loggerLevel=WARN"),
    };
    arguments += m_extraArguments;
    m_process.setWorkingDirectory(m_dir->path());
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(executable(), m_process.errorString());
        return false;
    }
    if (!waitUntilListening(30000)) {
        stop();
        return false;
    }
    return true;
}

bool VictoriaMetricsProcess::waitUntilListening(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(500))
            return true;
        // Waiting on the process doubles as the pause between attempts and notices an early exit.
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(100)) {
            m_log += QString::fromLocal8Bit(m_process.readAll());
            m_error = QStringLiteral("victoria-metrics exited with code %1 before listening on port %2:\n%3")
                          .arg(m_process.exitCode())
                          .arg(m_port)
                          .arg(logTail());
            return false;
        }
    }
    m_error = QStringLiteral("victoria-metrics did not listen on port %1 within %2 ms:\n%3")
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(logTail());
    return false;
}

bool VictoriaMetricsProcess::waitUntilReady(int timeoutMs)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/-/ready"));
    const QDeadlineTimer deadline(timeoutMs);
    int lastStatus = 0;
    QString lastError;
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            m_error = QStringLiteral("victoria-metrics is not running:\n%1").arg(logTail());
            return false;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(2000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        lastError = reply->errorString();
        reply->deleteLater();
        if (lastStatus == 200)
            return true;
        m_process.waitForFinished(200);
    }
    m_error = QStringLiteral("victoria-metrics on port %1 not ready within %2 ms (last answer: HTTP %3, %4):\n%5")
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(lastStatus)
                  .arg(lastError, logTail());
    return false;
}

void VictoriaMetricsProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_log += QString::fromLocal8Bit(m_process.readAll());
}

bool VictoriaMetricsProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString VictoriaMetricsProcess::logTail() const
{
    const QStringList lines = m_log.split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
}

} // namespace RouteDeck::Test
