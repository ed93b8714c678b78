// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "weightwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString secretFrom(const QString &variable, const QString &profile, Problems *problems)
{
    if (variable.isEmpty())
        return {};
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty() && problems) {
        problems->append(Problem::warning({}, tr("profile '%1': environment variable %2 is not set; connecting without it")
                                                  .arg(profile, variable)));
    }
    return QString::fromLocal8Bit(value);
}
} // namespace

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/RouteDeck/profiles.yaml");
}

QList<ConnectionProfile> ProfileStore::load(const QString &path, Problems *problems)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(Problem::error({ path, 0, 0 }, tr("cannot read profiles: %1").arg(file.errorString())));
        return {};
    }
    return ConnectionProfiles::parse(file.read(4 * 1024 * 1024), path, problems);
}

QString ProfileStore::save(const QString &path, const QList<ConnectionProfile> &profiles)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("cannot create the folder of %1").arg(path);
    return WeightWriter::writeFile(path, ConnectionProfiles::serialize(profiles));
}

DataPlane::Settings ProfileStore::settingsFor(const ConnectionProfile &profile, Problems *problems)
{
    DataPlane::Settings settings;
    settings.router.baseUrl = QUrl(profile.routerUrl);
    settings.router.masterKey = secretFrom(profile.routerKeyEnv, profile.name, problems);
    settings.prometheus.baseUrl = QUrl(profile.prometheusUrl);
    settings.prometheus.pathPrefix = profile.prometheusPathPrefix;
    switch (profile.prometheusAuth) {
    case ConnectionProfile::PromAuth::None:
        settings.prometheus.auth = PromEndpointConfig::Auth::None;
        break;
    case ConnectionProfile::PromAuth::Basic:
        settings.prometheus.auth = PromEndpointConfig::Auth::Basic;
        break;
    case ConnectionProfile::PromAuth::Bearer:
        settings.prometheus.auth = PromEndpointConfig::Auth::Bearer;
        break;
    }
    settings.prometheus.username = profile.prometheusUsername;
    settings.prometheus.secret = secretFrom(profile.prometheusSecretEnv, profile.name, problems);
    for (const auto &[name, value] : profile.headers) // tenant headers are for the metrics backend
        settings.prometheus.extraHeaders.append({ name.toUtf8(), value.toUtf8() });
    settings.scrapeIntervalSeconds = profile.scrapeIntervalSeconds;
    if (!profile.queryCatalog.isEmpty()) {
        Problems catalogProblems;
        QueryCatalog catalog = QueryCatalog::load(profile.queryCatalog, &catalogProblems);
        if (catalog.isValid())
            settings.catalog = catalog;
        if (problems)
            problems->append(catalogProblems);
    }
    return settings;
}

} // namespace RouteDeck
