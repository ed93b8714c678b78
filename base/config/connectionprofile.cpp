// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include "alertpolicycodec.h"
#include "yamlvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <utility>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionProfiles", text);
}

constexpr ConnectionProfile::PromFlavor kFlavors[] = { ConnectionProfile::PromFlavor::Prometheus,
    ConnectionProfile::PromFlavor::VictoriaMetrics, ConnectionProfile::PromFlavor::Mimir,
    ConnectionProfile::PromFlavor::Thanos };

// The host of a plain http:// URL to another computer; empty for https://, for this computer, or no URL.
QString plainHttpRemoteHost(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return {};
    const QString host = parsed.host();
    return host.isEmpty() || ConnectionProfiles::isLoopbackHost(host) ? QString() : host;
}

// RFC 9110's token: anything else is no header name, and may be a pasted "Name: value" line.
bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(name).hasMatch();
}

QString urlField(const ConnectionProfile &p, const QString &field)
{
    if (field == QLatin1String("router_url"))
        return p.routerUrl;
    return field == QLatin1String("prometheus_url") ? p.prometheusUrl : QString();
}

} // namespace

bool ConnectionProfiles::isVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    // Some tokens are valid names too: the prefixes of common API keys (Stripe-style sk_live_, GitHub,
    // GitLab, Slack, AWS access keys), and names longer than any variable anyone types.
    static const QRegularExpression token(QStringLiteral("^(sk_|rk_|pk_|ghp_|gho_|ghs_|github_pat_|glpat|xox[abpr]|AKIA[0-9A-Z]{12})"));
    constexpr qsizetype kLongestName = 64;
    return name.size() <= kLongestName && pattern.match(name).hasMatch() && !token.match(name).hasMatch();
}

bool ConnectionProfiles::isCredentialHeader(const QString &name, const QString &value)
{
    static const QRegularExpression credentialValue(QStringLiteral("^\\s*(bearer|basic|digest|token|apikey)\\s+\\S"),
                                                    QRegularExpression::CaseInsensitiveOption);
    const QString lower = name.trimmed().toLower();
    if (!isHeaderName(lower))
        return true; // not a header name: perhaps "Authorization: Bearer ..." pasted whole
    if (credentialValue.match(value).hasMatch())
        return true;
    if (lower == QLatin1String("x-scope-orgid")) // Mimir's and Loki's tenant: an id, not a secret
        return false;
    for (const char *word : { "auth", "cookie", "token", "secret", "key", "password", "passwd", "credential", "session" }) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool ConnectionProfiles::hasUserInfo(const QString &url)
{
    if (!QUrl(url).userInfo().isEmpty())
        return true;
    // Text QUrl cannot read may still hold "user:password@": look at what would be its authority.
    const int schemeEnd = int(url.indexOf(QLatin1String("://")));
    const int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
    int end = int(url.size());
    for (const QLatin1Char stop : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#') }) {
        const int at = int(url.indexOf(stop, start));
        if (at >= 0 && at < end)
            end = at;
    }
    return url.mid(start, end - start).contains(QLatin1Char('@'));
}

bool ConnectionProfiles::isLoopbackHost(const QString &host)
{
    QString lower = host.trimmed().toLower();
    if (lower.startsWith(QLatin1Char('[')) && lower.endsWith(QLatin1Char(']')))
        lower = lower.mid(1, lower.size() - 2);
    if (lower == QLatin1String("localhost") || lower == QLatin1String("::1"))
        return true;
    static const QRegularExpression ipv4(QStringLiteral("^127\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})$"));
    const QRegularExpressionMatch match = ipv4.match(lower);
    if (!match.hasMatch())
        return false;
    for (int i = 1; i <= 3; ++i) {
        if (match.captured(i).toInt() > 255)
            return false;
    }
    return true;
}

Problems ConnectionProfiles::refuseSecrets(ConnectionProfile *p, const SourceLocation &where)
{
    Problems found;
    const std::pair<const char *, QString *> envFields[] = { { "router_key_env", &p->routerKeyEnv },
                                                             { "prometheus_secret_env", &p->prometheusSecretEnv } };
    for (const auto &[field, value] : envFields) {
        if (value->isEmpty() || isVariableName(*value))
            continue;
        value->clear();
        found.append(Problem::error(where, tr("profile '%1': %2 does not hold an environment variable name (it looks like "
                                              "a secret itself; it is not shown, and not used). Put the secret in an "
                                              "environment variable and give that variable's name, like LITELLM_MASTER_KEY")
                                               .arg(p->name, QLatin1String(field))));
    }
    QList<QPair<QString, QString>> kept;
    for (const QPair<QString, QString> &header : std::as_const(p->headers)) {
        if (!isCredentialHeader(header.first, header.second)) {
            kept.append(header);
            continue;
        }
        const QString name = header.first.trimmed();
        const QString shownName = isHeaderName(name) ? name : tr("(a name that is not a header name)");
        found.append(Problem::error(where, tr("profile '%1': headers: %2 carries a credential (it is not shown, and not "
                                              "sent). Keep secrets out of profiles: the router's key goes in "
                                              "router_key_env, Prometheus' password or token in prometheus_secret_env")
                                               .arg(p->name, shownName)));
    }
    p->headers = kept;
    const std::pair<const char *, QString *> urlFields[] = { { "router_url", &p->routerUrl },
                                                             { "prometheus_url", &p->prometheusUrl },
                                                             { "traces_url", &p->tracesUrl } };
    for (const auto &[field, value] : urlFields) {
        if (!hasUserInfo(*value))
            continue;
        value->clear();
        found.append(Problem::error(where, tr("profile '%1': %2 holds a user name or password (user:password@host); the "
                                              "URL is not shown, and not used. Take them out of the URL: the router's "
                                              "key goes in router_key_env, Prometheus' password in prometheus_secret_env")
                                               .arg(p->name, QLatin1String(field))));
    }
    return found;
}

QStringList ConnectionProfiles::plainHttpCredentialFields(const ConnectionProfile &p)
{
    QStringList fields;
    if ((!p.routerKeyEnv.isEmpty() || p.routerKeyInKeyring) && !plainHttpRemoteHost(p.routerUrl).isEmpty())
        fields.append(QStringLiteral("router_url"));
    if (p.prometheusAuth != ConnectionProfile::PromAuth::None && !plainHttpRemoteHost(p.prometheusUrl).isEmpty())
        fields.append(QStringLiteral("prometheus_url"));
    return fields;
}

Problems ConnectionProfiles::insecureProblems(const ConnectionProfile &p, const SourceLocation &where)
{
    Problems found;
    if (p.allowInsecure)
        return found;
    for (const QString &field : plainHttpCredentialFields(p)) {
        found.append(Problem::error(where, tr("profile '%1': %2 is plain http:// to %3, another computer, and the profile "
                                              "sends credentials there, readable by anyone on the network in between; use "
                                              "https://, or set allow_insecure: true in the profile if that network is trusted")
                                               .arg(p.name, field, plainHttpRemoteHost(urlField(p, field)))));
    }
    return found;
}

bool ConnectionProfiles::mayReceiveRouterKey(const ConnectionProfile &p)
{
    return p.allowInsecure || plainHttpRemoteHost(p.routerUrl).isEmpty();
}

QString ConnectionProfiles::insecureNote(const ConnectionProfile &p)
{
    QStringList hosts;
    for (const QString &field : plainHttpCredentialFields(p)) {
        const QString host = plainHttpRemoteHost(urlField(p, field));
        if (!hosts.contains(host))
            hosts.append(host);
    }
    if (hosts.isEmpty())
        return {};
    return tr("Profile '%1' sends credentials over plain http:// to %2: anyone on the network in between can read them. "
              "Use https:// where you can.")
        .arg(p.name, hosts.join(QStringLiteral(", ")));
}

QList<ConnectionProfile> ConnectionProfiles::parse(const QByteArray &yaml, const QString &fileName, Problems *problems)
{
    QList<ConnectionProfile> profiles;
    const YamlParseResult parsed = YamlValues::parse(yaml, fileName);
    Problems found = parsed.problems;
    const QVariantList entries = parsed.value.toMap().value(QStringLiteral("profiles")).toList();
    int index = 0;
    for (const QVariant &entry : entries) {
        ++index;
        const QVariantMap map = entry.toMap();
        ConnectionProfile p;
        p.name = map.value(QStringLiteral("name")).toString().trimmed();
        const SourceLocation where { fileName, 0, 0 };
        if (p.name.isEmpty()) {
            found.append(Problem::error(where, tr("profile %1 has no name").arg(index)));
            continue;
        }
        if (find(profiles, p.name)) {
            found.append(Problem::error(where, tr("profile name '%1' is used twice").arg(p.name)));
            continue;
        }
        p.routerUrl = map.value(QStringLiteral("router_url")).toString();
        p.routerKeyEnv = map.value(QStringLiteral("router_key_env")).toString();
        p.routerKeyInKeyring = map.value(QStringLiteral("router_key_keyring")).toBool();
        p.prometheusUrl = map.value(QStringLiteral("prometheus_url")).toString();
        p.prometheusPathPrefix = map.value(QStringLiteral("prometheus_path_prefix")).toString();
        const QString flavor = map.value(QStringLiteral("prometheus_flavor"), QStringLiteral("prometheus")).toString();
        bool knownFlavor = false;
        for (ConnectionProfile::PromFlavor f : kFlavors) {
            if (flavorId(f) == flavor) {
                p.prometheusFlavor = f;
                knownFlavor = true;
            }
        }
        if (!knownFlavor)
            found.append(Problem::error(where, tr("profile '%1': prometheus_flavor is '%2'; use prometheus, "
                                                  "victoriametrics, mimir or thanos")
                                                   .arg(p.name, flavor)));
        const QString auth = map.value(QStringLiteral("prometheus_auth"), QStringLiteral("none")).toString();
        if (auth == QLatin1String("basic"))
            p.prometheusAuth = ConnectionProfile::PromAuth::Basic;
        else if (auth == QLatin1String("bearer"))
            p.prometheusAuth = ConnectionProfile::PromAuth::Bearer;
        else if (auth != QLatin1String("none"))
            found.append(Problem::error(where, tr("profile '%1': prometheus_auth is '%2'; use none, basic or bearer")
                                                   .arg(p.name, auth)));
        p.prometheusUsername = map.value(QStringLiteral("prometheus_username")).toString();
        p.prometheusSecretEnv = map.value(QStringLiteral("prometheus_secret_env")).toString();
        const QVariantMap headers = map.value(QStringLiteral("headers")).toMap();
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            p.headers.append({ it.key(), it.value().toString() });
        p.caFile = map.value(QStringLiteral("ca_file")).toString();
        p.allowInsecure = map.value(QStringLiteral("allow_insecure")).toBool();
        p.tracesUrl = map.value(QStringLiteral("traces_url")).toString();
        p.readOnly = map.value(QStringLiteral("read_only")).toBool();
        p.queryCatalog = map.value(QStringLiteral("query_catalog")).toString();
        p.priceTable = map.value(QStringLiteral("price_table")).toString();
        bool ok = false;
        const double scrape = map.value(QStringLiteral("scrape_interval"), 15).toDouble(&ok);
        p.scrapeIntervalSeconds = ok && scrape >= 1 && scrape <= 3600 ? scrape : 15;
        if (!ok || scrape < 1 || scrape > 3600)
            found.append(Problem::warning(where, tr("profile '%1': scrape_interval must be 1 to 3600 seconds; using 15")
                                                     .arg(p.name)));
        p.pushTarget = map.value(QStringLiteral("push_target")).toString() == QLatin1String("file")
            ? ConnectionProfile::PushTarget::File
            : ConnectionProfile::PushTarget::Router;
        p.configFile = map.value(QStringLiteral("config_file")).toString();
        p.afterWrite = map.value(QStringLiteral("after_write")).toString();
        const auto seconds = [&](const char *key, double fallback) {
            bool valid = false;
            const QVariant value = map.value(QLatin1String(key));
            const double v = value.isValid() ? value.toDouble(&valid) : fallback;
            if (value.isValid() && (!valid || !(v >= 1 && v <= 3600))) {
                found.append(Problem::warning(where, tr("profile '%1': %2 must be 1 to 3600 seconds; using %3")
                                                         .arg(p.name, QLatin1String(key), QString::number(fallback))));
                return fallback;
            }
            return v;
        };
        p.afterWriteTimeoutSeconds = seconds("after_write_timeout", p.afterWriteTimeoutSeconds);
        p.applyTimeoutSeconds = seconds("apply_timeout", p.applyTimeoutSeconds);
        p.alerts = AlertPolicyCodec::parse(map.value(QStringLiteral("alerts")).toMap(), p.name, where, &found);
        // First, so that no message below can quote a secret: what is left is a variable's name or a URL
        // without user info.
        found.append(refuseSecrets(&p, where));
        if (p.routerKeyInKeyring && !p.routerKeyEnv.isEmpty())
            found.append(Problem::warning(where, tr("profile '%1' names router_key_env and router_key_keyring: true; the key "
                                                    "in the desktop keyring is used, %2 only when the keyring cannot be read")
                                                     .arg(p.name, p.routerKeyEnv)));
        for (const QString &url : { p.routerUrl, p.prometheusUrl, p.tracesUrl }) {
            const QUrl parsedUrl(url);
            if (!url.isEmpty() && (!parsedUrl.isValid() || parsedUrl.scheme().isEmpty()))
                found.append(Problem::error(where, tr("profile '%1': '%2' is not a URL like http://127.0.0.1:9090")
                                                       .arg(p.name, url)));
        }
        found.append(insecureProblems(p, where));
        profiles.append(p);
    }
    if (problems)
        problems->append(found);
    return profiles;
}

QByteArray ConnectionProfiles::serialize(const QList<ConnectionProfile> &profiles)
{
    QByteArray out = "# RouteDeck connection profiles. Secrets are not stored here: *_env names the\n"
                     "# environment variable that holds them.\nprofiles:\n";
    for (const ConnectionProfile &p : profiles)
        out += serializeEntry(p, 2);
    return out;
}

QByteArray ConnectionProfiles::serializeEntry(const ConnectionProfile &p, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    const auto line = [&pad](const char *key, const QByteArray &value) -> QByteArray { return pad + key + ": " + value + "\n"; };
    QByteArray out = QByteArray(indent, ' ') + "- name: " + YamlValues::quoted(p.name) + "\n";
    out += line("router_url", YamlValues::quoted(p.routerUrl));
    if (!p.routerKeyEnv.isEmpty())
        out += line("router_key_env", YamlValues::quoted(p.routerKeyEnv));
    if (p.routerKeyInKeyring)
        out += line("router_key_keyring", "true");
    out += line("prometheus_url", YamlValues::quoted(p.prometheusUrl));
    if (p.prometheusFlavor != ConnectionProfile::PromFlavor::Prometheus)
        out += line("prometheus_flavor", flavorId(p.prometheusFlavor).toUtf8());
    if (!p.prometheusPathPrefix.isEmpty())
        out += line("prometheus_path_prefix", YamlValues::quoted(p.prometheusPathPrefix));
    if (p.prometheusAuth != ConnectionProfile::PromAuth::None) {
        out += line("prometheus_auth", p.prometheusAuth == ConnectionProfile::PromAuth::Basic ? "basic" : "bearer");
        if (!p.prometheusUsername.isEmpty())
            out += line("prometheus_username", YamlValues::quoted(p.prometheusUsername));
        out += line("prometheus_secret_env", YamlValues::quoted(p.prometheusSecretEnv));
    }
    if (!p.headers.isEmpty()) {
        out += pad + "headers:\n";
        for (const auto &[name, value] : p.headers)
            out += pad + "  " + YamlValues::quoted(name) + ": " + YamlValues::quoted(value) + "\n";
    }
    if (!p.caFile.isEmpty())
        out += line("ca_file", YamlValues::quoted(p.caFile));
    if (p.allowInsecure)
        out += line("allow_insecure", "true");
    out += line("read_only", p.readOnly ? "true" : "false");
    if (!p.queryCatalog.isEmpty())
        out += line("query_catalog", YamlValues::quoted(p.queryCatalog));
    if (!p.priceTable.isEmpty())
        out += line("price_table", YamlValues::quoted(p.priceTable));
    out += line("scrape_interval", QByteArray::number(p.scrapeIntervalSeconds));
    out += line("push_target", p.pushTarget == ConnectionProfile::PushTarget::File ? "file" : "router");
    if (!p.configFile.isEmpty())
        out += line("config_file", YamlValues::quoted(p.configFile));
    if (!p.afterWrite.isEmpty()) {
        out += line("after_write", YamlValues::quoted(p.afterWrite));
        out += line("after_write_timeout", QByteArray::number(p.afterWriteTimeoutSeconds));
    }
    if (p.applyTimeoutSeconds != ConnectionProfile().applyTimeoutSeconds)
        out += line("apply_timeout", QByteArray::number(p.applyTimeoutSeconds));
    if (!p.tracesUrl.isEmpty())
        out += line("traces_url", YamlValues::quoted(p.tracesUrl));
    out += AlertPolicyCodec::serialize(p.alerts, indent + 2);
    return out;
}

const QStringList &ConnectionProfiles::knownKeys()
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("router_url"), QStringLiteral("router_key_env"),
        QStringLiteral("router_key_keyring"), QStringLiteral("prometheus_url"), QStringLiteral("prometheus_flavor"), QStringLiteral("prometheus_path_prefix"),
        QStringLiteral("prometheus_auth"), QStringLiteral("prometheus_username"), QStringLiteral("prometheus_secret_env"),
        QStringLiteral("headers"), QStringLiteral("ca_file"), QStringLiteral("allow_insecure"), QStringLiteral("read_only"), QStringLiteral("query_catalog"),
        QStringLiteral("price_table"), QStringLiteral("scrape_interval"), QStringLiteral("push_target"),
        QStringLiteral("config_file"), QStringLiteral("after_write"), QStringLiteral("after_write_timeout"),
        QStringLiteral("apply_timeout"), QStringLiteral("traces_url"), QStringLiteral("alerts") };
    return keys;
}

QString ConnectionProfiles::flavorId(ConnectionProfile::PromFlavor flavor)
{
    switch (flavor) {
    case ConnectionProfile::PromFlavor::Prometheus:
        return QStringLiteral("prometheus");
    case ConnectionProfile::PromFlavor::VictoriaMetrics:
        return QStringLiteral("victoriametrics");
    case ConnectionProfile::PromFlavor::Mimir:
        return QStringLiteral("mimir");
    case ConnectionProfile::PromFlavor::Thanos:
        return QStringLiteral("thanos");
    }
    return {};
}

const ConnectionProfile *ConnectionProfiles::find(const QList<ConnectionProfile> &profiles, const QString &name)
{
    for (const ConnectionProfile &p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace RouteDeck
