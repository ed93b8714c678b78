// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpolicy.h"
#include "routertypes.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RouteDeck {

// How the console reaches one router and its metrics. Secrets are never stored here: a profile names the
// environment variables that hold them, or says that the router's master key is in the desktop keyring.
struct ConnectionProfile
{
    enum class PromAuth { None, Basic, Bearer };
    // Which server answers the Prometheus API: the API is the same, readiness and tenancy differ.
    enum class PromFlavor { Prometheus, VictoriaMetrics, Mimir, Thanos };
    enum class PushTarget { Router, File };

    QString name;
    QString routerUrl;
    QString routerKeyEnv; // environment variable holding the router's master key
    // The master key was typed in the Connect dialog and kept in the desktop keyring (the app layer's
    // Keyring, under the profile's name); routerKeyEnv is empty then.
    bool routerKeyInKeyring = false;
    QString prometheusUrl;
    PromFlavor prometheusFlavor = PromFlavor::Prometheus;
    QString prometheusPathPrefix; // "/prometheus" for Grafana Mimir
    PromAuth prometheusAuth = PromAuth::None;
    QString prometheusUsername;
    QString prometheusSecretEnv; // environment variable holding the password or bearer token
    QList<QPair<QString, QString>> headers; // extra headers, e.g. X-Scope-OrgID
    QString caFile; // PEM certificates trusted besides the system's, for both servers; empty: the system's
    // Credentials (the master key, Prometheus' password or token) may go over plain http:// to another
    // computer. Without it such a profile is an error; with it the console says so (insecureNote()).
    bool allowInsecure = false;
    bool readOnly = false;
    QString queryCatalog; // path of a catalog file overriding the built-in one; empty = built-in
    QString priceTable; // prices for estimated spend; empty = the profile's own copy, else the built-in one
    double scrapeIntervalSeconds = 15;
    PushTarget pushTarget = PushTarget::Router;
    QString configFile; // for PushTarget::File, and for models the router keeps in its config file
    // Run (by /bin/sh, in the config file's folder) after the file was written, to make the router load
    // it: "kubectl rollout restart deploy/litellm", "git commit -am ... && git push", "systemctl reload
    // litellm". ROUTEDECK_CONFIG_FILE, ROUTEDECK_GROUP and ROUTEDECK_PROFILE are set for it.
    QString afterWrite;
    double afterWriteTimeoutSeconds = 120;
    // After a file push, how long the router may take to report the new weights in /model/info.
    double applyTimeoutSeconds = 180;
    // Where a deployment's requests can be looked at one by one (Jaeger, Tempo, Grafana Explore): a URL
    // with {model_id}, {group}, {start} and {end} (RFC 3339), filled in by TraceLink. Empty: no link.
    QString tracesUrl;
    // Alert limits per model group, `for:` durations and where notifications go (AlertPolicyCodec).
    AlertPolicy alerts;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// Reads and writes the profiles file (YAML, in the user's config directory).
class ConnectionProfiles
{
public:
    static QList<ConnectionProfile> parse(const QByteArray &yaml, const QString &fileName, Problems *problems);
    static QByteArray serialize(const QList<ConnectionProfile> &profiles);
    // One entry of the `profiles:` list: "- name: ..." at `indent` spaces, its keys two further in.
    static QByteArray serializeEntry(const ConnectionProfile &profile, int indent);
    // The keys serializeEntry() may write, in its order; other keys in a file are the user's own.
    static const QStringList &knownKeys();
    static QString flavorId(ConnectionProfile::PromFlavor flavor); // "prometheus", "mimir", ...
    // What *_env fields may hold: the name of an environment variable, never a secret.
    static bool isVariableName(const QString &name);
    // The one rule for headers a profile may not carry: a name that suggests a credential
    // (Authorization, Cookie, X-Api-Key, *token*, *secret*, *key*, ...; X-Scope-OrgID is a tenant id),
    // a value that starts like one ("Bearer ...", "Basic ..."), or a name that is no header name.
    static bool isCredentialHeader(const QString &name, const QString &value);
    // "https://user:password@host": also for text QUrl cannot read.
    static bool hasUserInfo(const QString &url);
    // 127.0.0.0/8, ::1 (with or without brackets) and localhost.
    static bool isLoopbackHost(const QString &host);
    // Takes out what must not be used, each with an error that names the profile and the field but never
    // the value: a secret pasted into a *_env field, credential headers, URLs with user info (cleared).
    // parse() calls it; so does whoever gets a profile that did not come through parse().
    static Problems refuseSecrets(ConnectionProfile *profile, const SourceLocation &where);
    // "router_url" and/or "prometheus_url" when the profile sends credentials there over plain http:// to
    // a host that is not this computer; allowInsecure is not looked at.
    static QStringList plainHttpCredentialFields(const ConnectionProfile &profile);
    // Errors for plainHttpCredentialFields() unless the profile says allow_insecure: true.
    static Problems insecureProblems(const ConnectionProfile &profile, const SourceLocation &where);
    // One line for the status bar or a banner while such a profile is in use; empty when credentials go
    // only over https:// or to this computer.
    static QString insecureNote(const ConnectionProfile &profile);
    // Whether a master key may go to the profile's router: https, this computer, or allow_insecure. Every
    // key source (environment, keyring, typed) asks this before the key is sent.
    static bool mayReceiveRouterKey(const ConnectionProfile &profile);
    static const ConnectionProfile *find(const QList<ConnectionProfile> &profiles, const QString &name);
};

} // namespace RouteDeck
