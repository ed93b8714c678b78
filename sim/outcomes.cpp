// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtypes.h"

namespace RouteDeck::Outcomes {

namespace {
struct OutcomeInfo
{
    Outcome outcome;
    const char *name;
    int status;
    const char *exceptionClass;
};

constexpr OutcomeInfo kOutcomes[] = {
    { Outcome::Success, "success", 200, "" },
    { Outcome::RateLimit, "rate_limit", 429, "RateLimitError" },
    { Outcome::Timeout, "timeout", 408, "Timeout" },
    { Outcome::ServerError, "server_error", 500, "InternalServerError" },
    { Outcome::ServiceUnavailable, "service_unavailable", 503, "ServiceUnavailableError" },
    { Outcome::AuthError, "auth_error", 401, "AuthenticationError" },
    { Outcome::NotFound, "not_found", 404, "NotFoundError" },
    { Outcome::BadRequest, "bad_request", 400, "BadRequestError" },
    { Outcome::PermissionDenied, "permission_denied", 403, "PermissionDeniedError" },
    { Outcome::UnprocessableEntity, "unprocessable_entity", 422, "UnprocessableEntityError" },
};

const OutcomeInfo &info(Outcome outcome)
{
    for (const OutcomeInfo &entry : kOutcomes) {
        if (entry.outcome == outcome)
            return entry;
    }
    return kOutcomes[0];
}
} // namespace

QList<Outcome> failures()
{
    QList<Outcome> result;
    for (const OutcomeInfo &entry : kOutcomes) {
        if (entry.outcome != Outcome::Success)
            result.append(entry.outcome);
    }
    return result;
}

QString name(Outcome outcome)
{
    return QLatin1String(info(outcome).name);
}

std::optional<Outcome> fromName(const QString &name)
{
    for (const OutcomeInfo &entry : kOutcomes) {
        if (name == QLatin1String(entry.name))
            return entry.outcome;
    }
    return std::nullopt;
}

int httpStatus(Outcome outcome)
{
    return info(outcome).status;
}

QString exceptionClass(Outcome outcome)
{
    return QLatin1String(info(outcome).exceptionClass);
}

QString prometheusExceptionClass(Outcome outcome, const QString &provider)
{
    QString prefix = provider;
    if (!prefix.isEmpty())
        prefix = prefix.left(1).toUpper() + prefix.mid(1) + QLatin1Char('.');
    return prefix + exceptionClass(outcome);
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

} // namespace RouteDeck::Outcomes
