// SPDX-License-Identifier: GPL-3.0-or-later
#include "costqueryplan.h"

#include "costreport.h"
#include "querystep.h"

#include <QCoreApplication>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CostQueryPlan", text);
}

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

qint64 CostQueryPlan::partialSeconds() const
{
    return partialFrom.isValid() ? (to.toMSecsSinceEpoch() - partialFrom.toMSecsSinceEpoch() + 999) / 1000 : 0;
}

CostQueryPlan CostQueryPlan::plan(const CostRequest &request, const QDateTime &now, const QTimeZone &zone)
{
    CostQueryPlan p;
    p.now = now;
    p.bucket = request.bucket;
    p.to = now;
    if (request.preset == CostRangePreset::Custom) {
        if (!request.from.isValid()) {
            p.error = tr("A custom range needs a start.");
            return p;
        }
        if (request.to.isValid() && request.to < now)
            p.to = request.to;
        if (request.from >= p.to) {
            p.error = tr("The range is empty: it starts at %1, after its end %2.")
                          .arg(request.from.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               p.to.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            return p;
        }
    }
    const auto rangeStart = [&](CostBucket bucket) {
        return request.preset == CostRangePreset::Custom ? CostReport::bucketStart(request.from, bucket, zone)
                                                         : CostReport::rangeStart(request.preset, bucket, now, zone);
    };
    p.from = rangeStart(p.bucket);
    if (p.bucket == CostBucket::Hour
        && (p.to.toMSecsSinceEpoch() - p.from.toMSecsSinceEpoch()) / kHourMs + 1 > CostReport::kMaxHourlyBuckets) {
        p.bucket = CostBucket::Day;
        p.from = rangeStart(p.bucket);
        p.notes.append(tr("Hourly buckets are offered for ranges up to 7 days; this range is shown by day."));
    }

    // Fetch what the comparisons and the projection need too.
    const bool endsNow = std::abs(p.to.toMSecsSinceEpoch() - now.toMSecsSinceEpoch()) <= kHourMs;
    const QDate lastDay = p.to.toTimeZone(zone).date();
    QDateTime fetchFrom = std::min(p.from, QDateTime(lastDay.addDays(-14), QTime(0, 0), zone));
    if (endsNow) {
        const QDate today = now.toTimeZone(zone).date();
        fetchFrom = std::min(fetchFrom, QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), zone));
    }
    const qint64 span = p.to.toMSecsSinceEpoch() - fetchFrom.toMSecsSinceEpoch();
    p.resolutionSeconds = span <= qint64(kMaxHourlyDays) * kDayMs ? 3600 : 86400;
    const qint64 step = p.resolutionSeconds * 1000;

    if (p.resolutionSeconds == 3600) {
        p.fetchFrom = CostReport::bucketStart(fetchFrom, CostBucket::Hour, zone);
        p.gridStart = p.fetchFrom.addMSecs(step);
        p.gridEnd = CostReport::bucketStart(p.to, CostBucket::Hour, zone);
    } else {
        // Daily intervals end at local midnights. A daylight-saving change moves later ones by an
        // hour until the next fetch; the totals stay right, a day's bar may hold 23 or 25 hours.
        p.fetchFrom = CostReport::bucketStart(fetchFrom, CostBucket::Day, zone);
        const qint64 maxSpan = qint64(QueryStep::kMaxPointsPerSeries - 1) * step;
        if (p.to.toMSecsSinceEpoch() - p.fetchFrom.toMSecsSinceEpoch() > maxSpan) {
            p.fetchFrom = CostReport::bucketStart(p.to.addMSecs(-maxSpan), CostBucket::Day, zone).addDays(1);
            if (p.from < p.fetchFrom) {
                p.from = p.fetchFrom;
                p.notes.append(tr("Ranges are limited to %1 days; the range starts at %2.")
                                   .arg(QueryStep::kMaxPointsPerSeries - 1)
                                   .arg(p.from.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd"))));
            }
        }
        p.gridStart = p.fetchFrom.addMSecs(step);
        p.gridEnd = p.fetchFrom.addMSecs((p.to.toMSecsSinceEpoch() - p.fetchFrom.toMSecsSinceEpoch()) / step * step);
    }
    if (p.gridEnd < p.gridStart) {
        // The whole fetch lies in one unfinished interval: only the partial query.
        p.partialFrom = p.fetchFrom;
        p.gridStart = p.gridEnd = QDateTime();
        p.points = 0;
    } else {
        p.points = QueryStep::pointsFor(double(p.gridEnd.toMSecsSinceEpoch() - p.gridStart.toMSecsSinceEpoch()) / 1000.0,
                                        double(p.resolutionSeconds));
        if (p.gridEnd < p.to)
            p.partialFrom = p.gridEnd;
    }
    Q_ASSERT(p.points <= QueryStep::kMaxPointsPerSeries);
    return p;
}

} // namespace RouteDeck
