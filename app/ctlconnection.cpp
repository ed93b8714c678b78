// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlconnection.h"

#include "keyring.h"
#include "profilestore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QEventLoop>
#include <QTimer>

namespace RouteDeck {

void CtlConnection::addOptions(QCommandLineParser &parser, const Help &help)
{
    parser.addOption({ QStringLiteral("router"), help.router.isEmpty() ? tr("router admin URL") : help.router, QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("prometheus"), help.prometheus.isEmpty() ? tr("Prometheus-compatible URL") : help.prometheus,
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("profile"), tr("connection profile name"), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("router-key-env"), tr("environment variable with the master key"), QStringLiteral("NAME"),
                       QStringLiteral("LITELLM_MASTER_KEY") });
    parser.addOption({ QStringLiteral("scrape-interval"), tr("Prometheus scrape interval in seconds"), QStringLiteral("S") });
}

CtlConnection::Result CtlConnection::read(const QCommandLineParser &parser, Problems *problems)
{
    Result result;
    DataPlane::Settings &endpoints = result.endpoints;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString path = ProfileStore::defaultPath();
        const QList<ConnectionProfile> profiles = ProfileStore::load(path, problems);
        const ConnectionProfile *profile = ConnectionProfiles::find(profiles, parser.value(QStringLiteral("profile")));
        if (!profile) {
            result.error = tr("no profile '%1' in %2").arg(parser.value(QStringLiteral("profile")), path);
            return result;
        }
        result.profile = *profile;
        endpoints = ProfileStore::settingsFor(*profile, problems);
        if (profile->routerKeyInKeyring && ConnectionProfiles::mayReceiveRouterKey(*profile)) {
            const QString key = keyFromKeyring(profile->name, problems);
            if (!key.isEmpty())
                endpoints.router.masterKey = key;
        }
    } else {
        endpoints.router.masterKey = qEnvironmentVariable(parser.value(QStringLiteral("router-key-env")).toLocal8Bit().constData());
    }
    if (parser.isSet(QStringLiteral("router")))
        endpoints.router.baseUrl = QUrl(parser.value(QStringLiteral("router")));
    if (parser.isSet(QStringLiteral("prometheus")))
        endpoints.prometheus.baseUrl = QUrl(parser.value(QStringLiteral("prometheus")));
    if (parser.isSet(QStringLiteral("scrape-interval")))
        endpoints.scrapeIntervalSeconds = parser.value(QStringLiteral("scrape-interval")).toDouble();
    return result;
}

namespace {

QString comparableUrl(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

bool sameFile(const QString &a, const QString &b)
{
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

} // namespace

std::optional<ConnectionProfile> CtlConnection::readOnlyProfileFor(PushTargetKind kind, const QString &location)
{
    const QList<ConnectionProfile> profiles = ProfileStore::load(ProfileStore::defaultPath(), nullptr);
    for (const ConnectionProfile &p : profiles) {
        if (!p.readOnly)
            continue;
        const bool router = kind == PushTargetKind::Router && !p.routerUrl.isEmpty()
            && comparableUrl(p.routerUrl) == comparableUrl(location);
        const bool file = kind == PushTargetKind::File && !p.configFile.isEmpty() && sameFile(p.configFile, location);
        if (router || file)
            return p;
    }
    return std::nullopt;
}

QString CtlConnection::keyFromKeyring(const QString &profile, Problems *problems)
{
    QString error;
    const QString key = Keyring::readRouterKeyNow(profile, &error);
    if (!error.isEmpty() && problems)
        problems->append(Problem::warning({ ProfileStore::defaultPath(), 0, 0 },
                                          tr("profile '%1' keeps its master key in the desktop keyring, which could not be "
                                             "read: %2; going on without a key")
                                              .arg(profile, error)));
    return key;
}

Snapshot CtlConnection::waitForSnapshot(DataPlane &plane, double timeout)
{
    QEventLoop loop;
    // Both sources answered (or failed), and in replay the moment was read (or could not be).
    const auto quitWhenDone = [&plane, &loop] {
        if (plane.hasRouterAnswer() && plane.hasPrometheusAnswer() && !plane.routerVersionPending()
            && (!plane.isReplaying() || plane.replaySnapshot().time.isValid()))
            loop.quit();
    };
    QObject::connect(&plane, &DataPlane::snapshotReady, &loop, quitWhenDone);
    QObject::connect(&plane, &DataPlane::replaySnapshotReady, &loop, quitWhenDone);
    QTimer::singleShot(int(timeout * 1000), &loop, &QEventLoop::quit);
    plane.start();
    loop.exec();
    plane.stop();
    Snapshot snapshot = plane.isReplaying() ? plane.replaySnapshot() : plane.snapshot();
    SourceStatus unanswered;
    unanswered.state = SourceStatus::State::Unreachable;
    unanswered.error = tr("no answer within %1 s").arg(timeout);
    if (!plane.hasRouterAnswer())
        snapshot.router = unanswered;
    if (!plane.hasPrometheusAnswer())
        snapshot.prometheus = unanswered;
    if (plane.isReplaying() && !snapshot.time.isValid()) { // the moment was not read in time
        snapshot.router = plane.snapshot().router;
        snapshot.prometheus = unanswered;
        snapshot.prometheus.error = tr("the moment was not read within %1 s").arg(timeout);
        snapshot.prometheus.replayAt = plane.replayTime();
    }
    return snapshot;
}

} // namespace RouteDeck
