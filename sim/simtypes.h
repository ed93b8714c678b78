// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the router simulator: what a call asks for, what each attempt did and what the
// caller gets back. The engine, the HTTP API and the load generator all speak these.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace RouteDeck {

// How a simulated provider call ends. Each failure maps to the HTTP status and the LiteLLM exception
// class a real router would see; the cooldown and retry rules key on the status.
enum class Outcome
{
    Success,
    RateLimit, // 429 RateLimitError
    Timeout, // 408 Timeout
    ServerError, // 500 InternalServerError
    ServiceUnavailable, // 503 ServiceUnavailableError
    AuthError, // 401 AuthenticationError
    NotFound, // 404 NotFoundError
    BadRequest, // 400 BadRequestError
    PermissionDenied, // 403 PermissionDeniedError
    UnprocessableEntity, // 422 UnprocessableEntityError
};

namespace Outcomes {
// Every failure outcome, in a fixed order (parsing, documentation, tests).
QList<Outcome> failures();
// "rate_limit", "timeout", ... as used in config files and the faults API.
QString name(Outcome outcome);
std::optional<Outcome> fromName(const QString &name);
int httpStatus(Outcome outcome);
// LiteLLM's exception class name without provider prefix ("RateLimitError").
QString exceptionClass(Outcome outcome);
// As LiteLLM's Prometheus logger labels it: provider capitalised + "." + class ("Azure.RateLimitError").
QString prometheusExceptionClass(Outcome outcome, const QString &provider);
// Whether LiteLLM's retry loop would try again after this status (408, 409, 429 and 5xx).
bool isRetryableStatus(int status);
} // namespace Outcomes

struct CallRequest
{
    QString group; // the model the client asked for
    QString agent; // exported as the `agent` label; empty -> "none"
    int inputTokens = 0; // 0 -> the deployment's simulated default
    QString hashedApiKey; // label value; the caller hashes the bearer token
    QString route = QStringLiteral("/chat/completions");
    QString team; // the `team` label of token, spend and request metrics; empty -> "None"
};

struct AttemptRecord
{
    QString deploymentId;
    QString group;
    Outcome outcome = Outcome::Success;
    double latencySeconds = 0; // time this attempt took, failures included
    bool cooledDown = false; // this failure put the deployment into cooldown
};

struct CallResult
{
    bool ok = false;
    int httpStatus = 200;
    QString errorMessage; // OpenAI error JSON "message" when !ok
    QString errorType; // OpenAI error JSON "type"
    QString exceptionClass; // for metrics and logs
    QString deploymentId; // the deployment that answered (or failed last)
    QString servedGroup; // differs from the requested group after a fallback
    QString litellmModel; // litellm_params.model of deploymentId
    double latencySeconds = 0; // end to end, all attempts
    int inputTokens = 0;
    int outputTokens = 0;
    double cost = 0;
    bool fallbackUsed = false;
    QList<AttemptRecord> attempts;
};

} // namespace RouteDeck
