// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace RouteDeck {

// Why a fetch over HTTP did not produce data, from Prometheus or from the router's admin API alike.
// The server's own words are kept beside it (errorType, errorString); this is RouteDeck's classification,
// for badges, backoff and tests.
enum class FetchFailure
{
    None,
    Config, // the client configuration is unusable (no URL, newline in a header...)
    Unreachable, // connection refused, host not found, connection closed, network down
    Tls, // TLS handshake or certificate failure
    Timeout, // nothing received for the inactivity timeout
    Deadline, // the whole request took longer than the total deadline
    SizeCap, // the answer was larger than the response size cap
    Aborted, // the caller aborted the request
    NotReady, // HTTP 503 without a JSON envelope: the server is starting
    Auth, // HTTP 401/403 without a JSON envelope
    Http, // another HTTP error without a JSON envelope
    Api, // a Prometheus error envelope (errorType/error)
    NotPrometheus, // HTML, plain text or other JSON: not a Prometheus API answer
    Malformed, // truncated JSON or values of the wrong type
};

QString fetchFailureName(FetchFailure failure); // "unreachable", "size-cap", ... (stable, untranslated)

} // namespace RouteDeck
