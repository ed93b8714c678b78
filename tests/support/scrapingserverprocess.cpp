// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrapingserverprocess.h"
#include "simprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <unistd.h>

namespace RouteDeck::Test {

namespace {
constexpr qsizetype kMaxLogChars = 512 * 1024;
constexpr int kLaunchAttempts = 3;
} // namespace

ScrapingServerProcess::ScrapingServerProcess(const QString &serverName, const char *environmentVariable,
                                             const QString &configFileName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_environmentVariable(environmentVariable)
    , m_configFileName(configFileName)
    , m_scrapeToken(QString::fromLatin1(SimProcess::kDemoMasterKey))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] {
        m_log += QString::fromLocal8Bit(m_process.readAll());
        if (m_log.size() > kMaxLogChars)
            m_log = m_log.right(kMaxLogChars);
    });
}

ScrapingServerProcess::~ScrapingServerProcess()
{
    stop();
}

QString ScrapingServerProcess::findExecutable(const char *environmentVariable, const QString &serverName)
{
    const QString configured = qEnvironmentVariable(environmentVariable);
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    const QString onPath = QStandardPaths::findExecutable(serverName);
    if (!onPath.isEmpty())
        return onPath;
    const QString debian = QLatin1String("/usr/bin/") + serverName;
    return QFileInfo(debian).isExecutable() ? debian : QString();
}

QString ScrapingServerProcess::quotedTargets(const QStringList &scrapeTargets)
{
    QStringList quoted;
    for (const QString &target : scrapeTargets)
        quoted << QLatin1Char('\'') + target + QLatin1Char('\'');
    return quoted.join(QLatin1String(", "));
}

QString ScrapingServerProcess::scrapeAuthorization() const
{
    if (m_scrapeToken.isEmpty())
        return {};
    return QStringLiteral("    authorization:\n      credentials: '%1'\n").arg(m_scrapeToken);
}

quint16 ScrapingServerProcess::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl ScrapingServerProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString ScrapingServerProcess::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString ScrapingServerProcess::configPath() const
{
    return m_dir ? m_dir->filePath(m_configFileName) : QString();
}

bool ScrapingServerProcess::start(const QStringList &scrapeTargets, int scrapeIntervalSeconds)
{
    stop();
    m_error.clear();
    if (executablePath().isEmpty()) {
        m_error = QStringLiteral("no %1 executable: install the Debian package '%1' or set %2")
                      .arg(m_serverName, QLatin1String(m_environmentVariable));
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

    for (int attempt = 1; attempt <= kLaunchAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        // Written per attempt: a config may name the server's own port (Prometheus scrapes itself).
        QFile file(configPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(configText(scrapeTargets, scrapeIntervalSeconds).toUtf8()) < 0) {
            m_error = QStringLiteral("cannot write %1: %2").arg(configPath(), file.errorString());
            return false;
        }
        file.close();
        if (launch())
            return true;
        // Someone else took the port between freePort() and the bind: try another one.
        if (!m_log.contains(QLatin1String("address already in use")))
            return false;
    }
    return false;
}

bool ScrapingServerProcess::restart()
{
    if (!m_dir || m_port == 0) {
        m_error = QStringLiteral("restart() needs a start() first");
        return false;
    }
    stop();
    m_error.clear();
    return launch();
}

bool ScrapingServerProcess::launch()
{
    m_log.clear();
    const QString program = executablePath();
    m_process.setWorkingDirectory(m_dir->path());
    m_process.start(program, serverArguments() + m_extraArguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    if (!waitUntilListening(30000)) {
        stop();
        return false;
    }
    return true;
}

bool ScrapingServerProcess::waitUntilListening(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        // Someone answers; if it is not our process, ours fails to bind and exits below.
        if (socket.waitForConnected(500) && ownsPort())
            return true;
        // Waiting on the process doubles as the pause between attempts and notices an early exit.
        if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(100)) {
            m_log += QString::fromLocal8Bit(m_process.readAll());
            m_error = QStringLiteral("%1 exited with code %2 before listening on port %3:\n%4")
                          .arg(m_serverName)
                          .arg(m_process.exitCode())
                          .arg(m_port)
                          .arg(logTail());
            return false;
        }
    }
    m_error = QStringLiteral("%1 did not listen on port %2 within %3 ms:\n%4")
                  .arg(m_serverName)
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(logTail());
    return false;
}

bool ScrapingServerProcess::ownsPort() const
{
    // Listening sockets on 127.0.0.1:<port>: "  N: 0100007F:<PORT> 00000000:0000 0A ... <inode> ...".
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return true; // not Linux: cannot tell, trust the connection
    const QByteArray local = "0100007F:" + QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
    QByteArrayList inodes;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 9 && fields.at(1) == local && fields.at(3) == "0A")
            inodes.append("socket:[" + fields.at(9) + ']');
    }
    const QString fds = QStringLiteral("/proc/%1/fd").arg(m_process.processId());
    const QStringList entries = QDir(fds).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : entries) {
        char target[64] = {};
        const QByteArray path = QFile::encodeName(fds + QLatin1Char('/') + fd);
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        if (length > 0 && inodes.contains(QByteArray(target, length)))
            return true;
    }
    return false;
}

bool ScrapingServerProcess::waitUntilReady(int timeoutMs)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/-/ready"));
    const QDeadlineTimer deadline(timeoutMs);
    int lastStatus = 0;
    QString lastError;
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            m_error = QStringLiteral("%1 is not running:\n%2").arg(m_serverName, logTail());
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
        // Not ready yet: wait a little on the process (it also notices an exit) and ask again.
        m_process.waitForFinished(200);
    }
    m_error = QStringLiteral("%1 on port %2 not ready within %3 ms (last answer: HTTP %4, %5):\n%6")
                  .arg(m_serverName)
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(lastStatus)
                  .arg(lastError, logTail());
    return false;
}

void ScrapingServerProcess::stop()
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

bool ScrapingServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString ScrapingServerProcess::logTail() const
{
    const QStringList lines = m_log.split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
}

} // namespace RouteDeck::Test
