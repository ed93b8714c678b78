// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HTTP messages as the simulator's API sees them, independent of the server: the API is a
// function from SimHttpRequest to SimHttpResponse, tested (and fuzzed) without sockets.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace RouteDeck {

struct SimHttpRequest
{
    QByteArray method; // upper case: GET, POST, PATCH, DELETE, ...
    QUrl url; // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    double delaySeconds = 0; // simulated provider latency; the server may wait this long before answering
    double holdSeconds = 0; // answered this much later in any case, --instant or not (--admin-delay)

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace RouteDeck
