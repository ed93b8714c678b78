// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerapitypes.h"

#include <QCoreApplication>

namespace RouteDeck {

QString RouterEndpointConfig::validate() const
{
    if (!baseUrl.isValid() || baseUrl.isEmpty())
        return QCoreApplication::translate("RouterEndpointConfig", "no router URL is set (e.g. http://127.0.0.1:4000)");
    const QString scheme = baseUrl.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("RouterEndpointConfig", "router URL %1 must start with http:// or https://")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (masterKey.contains(QLatin1Char('\n')) || masterKey.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("RouterEndpointConfig", "the router's master key contains a line break");
    return {};
}

} // namespace RouteDeck
