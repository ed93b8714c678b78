// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustypes.h"

#include <QCoreApplication>
#include <string_view>

namespace RouteDeck {

QString PromQueryResult::typeName(Type type)
{
    switch (type) {
    case Type::Vector:
        return QStringLiteral("vector");
    case Type::Matrix:
        return QStringLiteral("matrix");
    case Type::Scalar:
        return QStringLiteral("scalar");
    case Type::String:
        return QStringLiteral("string");
    }
    return QString();
}

QString PromEndpointConfig::validate() const
{
    if (baseUrl.isEmpty())
        return tr("The Prometheus URL is empty; set it in the connection profile "
                  "(for example http://127.0.0.1:9090).");
    if (!baseUrl.isValid())
        return tr("The Prometheus URL \"%1\" is not a valid URL: %2.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo), baseUrl.errorString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The Prometheus URL \"%1\" must start with http:// or https://.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (baseUrl.host().isEmpty())
        return tr("The Prometheus URL \"%1\" has no host name.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The Prometheus URL \"%1\" must not have a query (?...) or fragment (#...); "
                  "give the server's address and put a path like /prometheus in the path prefix.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (!pathPrefix.isEmpty()
        && (pathPrefix.contains(QLatin1Char('?')) || pathPrefix.contains(QLatin1Char('#'))))
        return tr("The path prefix \"%1\" must be a plain path such as /prometheus.").arg(pathPrefix);

    const auto hasLineBreak
        = [](const auto &text) { return text.contains('\r') || text.contains('\n') || text.contains('\0'); };
    if (auth == Auth::Basic) {
        if (username.isEmpty())
            return tr("Basic authentication needs a user name; set it in the connection profile.");
        if (username.contains(QLatin1Char(':')))
            return tr("The basic-authentication user name must not contain ':'.");
    }
    if (auth != Auth::None) {
        if (secret.isEmpty())
            return tr("%1 authentication is selected but the secret is empty; check that the "
                      "environment variable named in the connection profile is set.")
                .arg(auth == Auth::Basic ? QStringLiteral("Basic") : QStringLiteral("Bearer"));
        if (hasLineBreak(secret.toUtf8()) || hasLineBreak(username.toUtf8()))
            return tr("The authentication secret or user name contains a line break or NUL "
                      "character; check the environment variable it comes from.");
    }
    for (const auto &[name, value] : extraHeaders) {
        if (name.isEmpty())
            return tr("An extra header has an empty name; remove it from the connection profile.");
        for (const char c : name) {
            const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
            if (!token)
                return tr("The extra header name \"%1\" contains '%2', which is not allowed in an "
                          "HTTP header name.")
                    .arg(QString::fromLatin1(name), QString(QLatin1Char(c)));
        }
        if (hasLineBreak(value))
            return tr("The value of extra header \"%1\" contains a line break; remove it.")
                .arg(QString::fromLatin1(name));
    }
    if (inactivityTimeoutMs <= 0)
        return tr("The inactivity timeout must be positive (it is %1 ms).").arg(inactivityTimeoutMs);
    if (deadlineMs <= 0)
        return tr("The request deadline must be positive (it is %1 ms).").arg(deadlineMs);
    if (maxResponseBytes <= 0)
        return tr("The response size cap must be positive (it is %1 bytes).").arg(maxResponseBytes);
    return QString();
}

QUrl PromEndpointConfig::endpoint(const QString &apiPath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString prefix = pathPrefix.trimmed();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(QLatin1Char('/')))
        prefix.prepend(QLatin1Char('/'));
    QString tail = apiPath;
    if (!tail.startsWith(QLatin1Char('/')))
        tail.prepend(QLatin1Char('/'));
    url.setPath(path + prefix + tail);
    return url;
}

} // namespace RouteDeck
