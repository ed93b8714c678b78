// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace RouteDeck::Test {

namespace {
constexpr qsizetype kMaxLogChars = 256 * 1024;
} // namespace

SimProcess::SimProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        if (m_log.size() > kMaxLogChars)
            m_log = m_log.right(kMaxLogChars);
    });
}

SimProcess::~SimProcess()
{
    stop();
}

QString SimProcess::executable()
{
    return QStringLiteral(ROUTEDECK_BINARY_DIR "/sim/routedeck-sim");
}

QUrl SimProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SimProcess::target() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool SimProcess::start(const QString &configPath, const QStringList &arguments, int timeoutMs)
{
    stop();
    m_error.clear();
    m_log.clear();
    m_port = 0;
    m_process.start(executable(),
                    QStringList { QStringLiteral("--config"), configPath, QStringLiteral("--port"), QStringLiteral("0") }
                        + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(executable(), m_process.errorString());
        return false;
    }
    const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // Waiting for output doubles as the pause between checks.
        if (m_process.waitForReadyRead(200) || m_process.bytesAvailable() > 0)
            out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
            m_error = QStringLiteral("routedeck-sim exited with code %1 before listening:\n%2")
                          .arg(m_process.exitCode())
                          .arg(m_log);
            return false;
        }
    }
    m_error = QStringLiteral("routedeck-sim did not print its port within %1 ms:\n%2").arg(timeoutMs).arg(m_log);
    stop();
    return false;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString SimProcess::addFault(const QByteArray &json, const QByteArray &masterKey)
{
    QNetworkAccessManager network;
    QNetworkRequest request(baseUrl().resolved(QUrl(QStringLiteral("/sim/faults"))));
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + masterKey);
    QNetworkReply *reply = network.post(request, json);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString();
    if (status != 201 || id.isEmpty()) {
        m_error = QStringLiteral("POST /sim/faults %1 answered HTTP %2 (%3): %4")
                      .arg(QString::fromUtf8(json))
                      .arg(status)
                      .arg(reply->errorString(), QString::fromUtf8(body.left(500)));
        return {};
    }
    return id;
}

} // namespace RouteDeck::Test
