// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costtypes.h"
#include "pricetable.h"
#include "prometheustypes.h"

#include <QHash>
#include <QTimeZone>

namespace RouteDeck {

// Tokens, spend and calls over a range, per bucket and per model group, deployment, provider and
// dimension value, with day-over-day and week-over-week changes, top movers and a month-end
// projection. Pure: built from decoded Prometheus results, no I/O, so `routedeckctl cost` and the
// Cost page print the same numbers and tests feed it canned results.
//
// The results come from the catalog's cost_* queries, `increase()` over fixed intervals
// (`resolutionSeconds`, an hour or a day): a range query whose sample at time t is the increase over
// [t - resolution, t), and optionally instant queries at `now` for the interval since the last
// grid point. Intervals sum into display buckets (hours, or calendar days in `timeZone`).
//
// Definitions (a person reads these as plain words on the page):
// - Day over day: yesterday against the day before (complete calendar days before the range's end).
// - Week over week: the last 7 complete days against the 7 before them.
// - Both need data covering their windows; otherwise they are "no data", never a made-up 0.
// - Spend is the router's spend metric. A deployment without any spend series has its spend
//   estimated from its tokens and the price table, and the figures it adds to are marked estimated.
// - Projection: month-to-date spend plus the spend rate of the last 24 hours (or of the data there
//   is, when younger) times the days left in the month. Only for ranges ending now.
class CostReport
{
public:
    struct Input
    {
        QDateTime from; // the range; snapped down to a bucket start
        QDateTime to; // exclusive; usually `now`
        QDateTime now; // for the projection
        CostBucket bucket = CostBucket::Day;
        QTimeZone timeZone = QTimeZone::systemTimeZone(); // calendar days and months
        QString dimension = QStringLiteral("metadata_agent");
        QString joinLabel = QStringLiteral("model_id");
        QString groupLabel = QStringLiteral("requested_model");
        qint64 resolutionSeconds = 3600;
        QHash<QString, PromQueryResult> intervals {}; // range results by query name (queryNames())
        QHash<QString, PromQueryResult> partial {}; // instant results at `now`, covering [partialFrom, now)
        QDateTime partialFrom {};
        PriceTable prices {};
        QHash<QString, QString> providers {}; // deployment id -> provider, for series without api_provider
        // deployment id -> model group, for series without requested_model (LiteLLM's spend before
        // mid-2026): from the router; else the other series of the same deployment tell it.
        QHash<QString, QString> groups {};
        QStringList notes {}; // from the query plan ("shown by day"), first among the report's notes
    };

    static CostReport build(const Input &input);

    // The catalog queries the report reads, in a fixed order.
    static QStringList queryNames(); // cost_input_tokens, cost_output_tokens, cost_spend, cost_requests, cost_successes

    // Range arithmetic shared by the service, the page and the command line.
    static QDateTime bucketStart(const QDateTime &time, CostBucket bucket, const QTimeZone &zone);
    static QDateTime nextBucket(const QDateTime &start, CostBucket bucket, const QTimeZone &zone);
    static QDateTime rangeStart(CostRangePreset preset, CostBucket bucket, const QDateTime &now, const QTimeZone &zone);
    static CostBucket defaultBucket(CostRangePreset preset);
    static constexpr qint64 kMaxHourlyBuckets = 7 * 24 + 1; // more bars than this do not read
    // "24h", "7d", "30d", "custom"; and back (case-insensitive, also "1d", "week", "month").
    static QString presetKey(CostRangePreset preset);
    static std::optional<CostRangePreset> presetFromKey(const QString &key);
    static QString breakdownKey(CostBreakdown breakdown); // "group", "deployment", "provider", "dimension"

    bool hasData() const { return m_total.total.hasData(); }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QDateTime now() const { return m_now; }
    CostBucket bucket() const { return m_bucket; }
    QString dimension() const { return m_dimension; }
    QString currency() const { return m_currency; }
    QTimeZone timeZone() const { return m_zone; }
    QDateTime dataStart() const { return m_dataStart; } // first interval with any data; invalid without data
    QList<QDateTime> bucketStarts() const { return m_bucketStarts; }

    // Items sorted by spend, largest first (then by name).
    const QList<CostItem> &items(CostBreakdown breakdown) const;
    const CostItem &total() const { return m_total; }
    bool spendEstimated() const { return m_total.total.spendEstimated; }
    // True when the router exports no spend metric at all: every spend is estimated.
    bool spendMetricMissing() const { return m_spendMetricMissing; }
    bool dayComparisonAvailable() const { return m_dayCovered; }
    bool weekComparisonAvailable() const { return m_weekCovered; }
    QDate lastDay() const { return m_lastDay; } // "yesterday" as seen from the range's end

    // The largest increases of spend from the day before yesterday to yesterday: by amount, and
    // relative (among items with at least 1% of the spend the day before, plus new items with at
    // least 1% of yesterday's). Empty without day-over-day data.
    QList<CostMover> topIncreases(CostBreakdown breakdown, int count = 3) const;
    QList<CostMover> topRelativeIncreases(CostBreakdown breakdown, int count = 3) const;
    CostProjection projection() const { return m_projection; }
    // Plain sentences about the data: estimates, models without a price, gaps.
    QStringList notes() const { return m_notes; }

    // The label of an item for people ("(no agent)" for None); used by the page's selectors.
    static QString itemLabel(CostBreakdown breakdown, const QString &key, const QString &dimension);
    static QString dimensionTitle(const QString &dimension); // "agent" -> "Agent", "api_key_alias" -> "API key alias"
    static QString breakdownTitle(CostBreakdown breakdown, const QString &dimension);

private:
    struct Builder; // the steps of build(), in costreport.cpp

    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_now;
    CostBucket m_bucket = CostBucket::Day;
    QString m_dimension;
    QString m_currency = QStringLiteral("USD");
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_dataStart;
    QList<QDateTime> m_bucketStarts;
    QHash<int, QList<CostItem>> m_items;
    CostItem m_total;
    bool m_spendMetricMissing = false;
    bool m_dayCovered = false;
    bool m_weekCovered = false;
    QDate m_lastDay;
    CostProjection m_projection;
    QStringList m_notes;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::CostReport)
