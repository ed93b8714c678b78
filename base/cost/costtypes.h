// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the cost and token views: what the user asked for (CostRequest) and what a
// CostReport says about it. The report builder (models), the service that queries Prometheus
// (app), the Cost page (ui) and `routedeckctl cost` all speak these. NaN is "no data" throughout:
// an empty range never reads as 0.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <limits>

namespace RouteDeck {

// The length of one bar of the charts and one row of the CSV per item.
enum class CostBucket { Hour, Day };

// What the rows of the table are: model groups, deployments, providers, or the values of the
// dimension label chosen from the query catalog (agent, team, api_key_alias...).
enum class CostBreakdown { Group, Deployment, Provider, Dimension };

// The ranges the page and `routedeckctl cost --range` offer. Presets end now and start on a
// bucket boundary: "last 7 days" in daily buckets is today and the 6 days before.
enum class CostRangePreset { Last24Hours, Last7Days, Last30Days, Custom };

struct CostRequest
{
    CostRangePreset preset = CostRangePreset::Last7Days;
    QDateTime from; // Custom only; snapped down to a bucket start
    QDateTime to; // Custom only; invalid = now
    CostBucket bucket = CostBucket::Day;
    QString dimension = QStringLiteral("metadata_agent"); // a label name from the catalog's cost_dimensions

    friend bool operator==(const CostRequest &, const CostRequest &) = default;
};

// Sums over some series and some time. Every number is NaN when nothing was measured.
struct CostFigures
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    double inputTokens = kNone;
    double outputTokens = kNone;
    double spend = kNone; // in the report's currency
    double requests = kNone; // LLM API calls, failed ones included
    double successes = kNone; // calls that returned tokens
    bool spendEstimated = false; // some or all of `spend` comes from the price table

    bool hasData() const;
    // spend / requests * 1000; NaN without requests or spend.
    double costPer1kRequests() const;
    // inputTokens / successes (tokens are counted on successful calls only); NaN without calls.
    double averageInputTokens() const;
    // Adds field by field; NaN + x = x, NaN + NaN = NaN.
    void add(const CostFigures &other);
    // NaN fields as 0: for windows the data is known to cover (an item absent there spent nothing).
    CostFigures orZero() const;
    bool sameAs(const CostFigures &other) const; // NaN equals NaN
};

// One row of a breakdown: a model group, deployment, provider or dimension value.
struct CostItem
{
    QString key; // the label value as the router exports it ("gpt-4o-mini", "None")
    QString label; // for people: "(no agent)" for None or an empty value
    QString detail; // e.g. the model group and provider of a deployment
    CostFigures total; // over the report's range
    QList<CostFigures> buckets; // one per CostReport::bucketStarts()
    // Complete local days before today: yesterday, the day before, the last 7 days and the 7 before.
    CostFigures lastDay;
    CostFigures previousDay;
    CostFigures lastWeek;
    CostFigures previousWeek;

    // Relative change of spend, (last - previous) / previous: NaN when a window is not covered by
    // data or the previous spend is 0 (see isNewLastDay()).
    double dayOverDay() const;
    double weekOverWeek() const;
    bool isNewLastDay() const; // no spend the day before, some yesterday
};

// An item whose spend rose from the day before yesterday to yesterday.
struct CostMover
{
    QString key;
    QString label;
    double before = 0; // spend the day before yesterday
    double after = 0; // spend yesterday
    bool estimated = false;

    double increase() const { return after - before; }
    // after / before - 1; +inf for an item that spent nothing the day before.
    double relativeIncrease() const;
};

// Month-end spend if the rate of the last 24 hours holds.
struct CostProjection
{
    bool valid = false; // false: no data in the last 24 hours
    QDate month; // the first of the month
    double monthToDate = CostFigures::kNone; // spend from the first of the month to now
    double dailyRate = CostFigures::kNone; // spend per day over the rate window
    double projected = CostFigures::kNone; // monthToDate + dailyRate * daysLeft
    double daysLeft = 0; // until the end of the month, fractional
    qint64 rateWindowMsecs = 0; // how much data the rate is based on (24 h or less, when data is younger)
    QDateTime monthDataSince; // invalid when the data covers the whole month so far; else where it starts
    bool estimated = false;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::CostRequest)
