// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "profilefileeditor.h"
#include "weightwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <functional>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString secretFrom(const QString &variable, const QString &profile, Problems *problems)
{
    // Not a variable's name: a pasted secret, which no message may quote (refuseSecrets() said so).
    if (variable.isEmpty() || !ConnectionProfiles::isVariableName(variable))
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

namespace {
QString editFile(const QString &path, const std::function<ProfileFileEditor::Result(const QByteArray &)> &edit, QString *note)
{
    QByteArray text;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return tr("cannot read %1: %2").arg(path, file.errorString());
        text = file.read(4 * 1024 * 1024);
    }
    const ProfileFileEditor::Result result = edit(text);
    if (!result.error.isEmpty())
        return tr("%1: %2").arg(path, result.error);
    if (result.rewritten && note)
        *note = tr("%1 was written anew: its layout left no safe place to edit, so its comments are gone.").arg(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("cannot create the folder of %1").arg(path);
    return WeightWriter::writeFile(path, result.text);
}
} // namespace

QString ProfileStore::saveProfile(const QString &path, const QString &oldName, const ConnectionProfile &profile, QString *note)
{
    return editFile(path, [&](const QByteArray &text) { return ProfileFileEditor::upsert(text, oldName, profile); }, note);
}

QString ProfileStore::removeProfile(const QString &path, const QString &name)
{
    return editFile(path, [&](const QByteArray &text) { return ProfileFileEditor::remove(text, name); }, nullptr);
}

namespace {
// What settingsFor() may use of `given`: parse() has taken the secrets out of a profile read from the
// file, a profile from the Connect dialog has not been through it. Credentials kept in environment
// variables are not read for a server reached by plain http:// on another computer unless the profile
// says allow_insecure: true.
ConnectionProfile usableProfile(const ConnectionProfile &given, Problems *problems)
{
    ConnectionProfile profile = given;
    Problems found = ConnectionProfiles::refuseSecrets(&profile, {});
    found.append(ConnectionProfiles::insecureProblems(profile, {}));
    if (!profile.allowInsecure) {
        const QStringList exposed = ConnectionProfiles::plainHttpCredentialFields(profile);
        if (exposed.contains(QStringLiteral("router_url")))
            profile.routerKeyEnv.clear();
        if (exposed.contains(QStringLiteral("prometheus_url"))) {
            profile.prometheusAuth = ConnectionProfile::PromAuth::None;
            profile.prometheusUsername.clear();
            profile.prometheusSecretEnv.clear();
        }
    }
    if (problems)
        problems->append(found);
    return profile;
}
} // namespace

DataPlane::Settings ProfileStore::settingsFor(const ConnectionProfile &given, Problems *problems)
{
    const ConnectionProfile profile = usableProfile(given, problems);
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
    if (!profile.caFile.isEmpty()) {
        // A few kilobytes read at connect time. Certificates that cannot be read leave the system's
        // alone, and the problem says which file.
        QFile ca(profile.caFile);
        const QByteArray pem = ca.open(QIODevice::ReadOnly) ? ca.read(1024 * 1024) : QByteArray();
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            if (problems)
                problems->append(Problem::error({ profile.caFile, 0, 0 },
                                                tr("profile '%1': the CA file %2 holds no PEM certificate%3")
                                                    .arg(profile.name, profile.caFile,
                                                         ca.error() == QFile::NoError ? QString() : QStringLiteral(" (%1)").arg(ca.errorString()))));
        } else {
            settings.router.caCertificates = pem;
            settings.prometheus.caCertificates = pem;
        }
    }
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
