// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchfailure.h"

namespace RouteDeck {

QString fetchFailureName(FetchFailure failure)
{
    switch (failure) {
    case FetchFailure::None:
        return QStringLiteral("none");
    case FetchFailure::Config:
        return QStringLiteral("config");
    case FetchFailure::Unreachable:
        return QStringLiteral("unreachable");
    case FetchFailure::Tls:
        return QStringLiteral("tls");
    case FetchFailure::Timeout:
        return QStringLiteral("timeout");
    case FetchFailure::Deadline:
        return QStringLiteral("deadline");
    case FetchFailure::SizeCap:
        return QStringLiteral("size-cap");
    case FetchFailure::Aborted:
        return QStringLiteral("aborted");
    case FetchFailure::NotReady:
        return QStringLiteral("not-ready");
    case FetchFailure::Auth:
        return QStringLiteral("auth");
    case FetchFailure::Http:
        return QStringLiteral("http");
    case FetchFailure::Api:
        return QStringLiteral("api");
    case FetchFailure::NotPrometheus:
        return QStringLiteral("not-prometheus");
    case FetchFailure::Malformed:
        return QStringLiteral("malformed");
    }
    return QString();
}

} // namespace RouteDeck
