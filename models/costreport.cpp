// SPDX-License-Identifier: GPL-3.0-or-later
#include "costreport.h"

#include "viewformat.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("CostReport", text, nullptr, n);
}

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kMoverShareFloor = 0.01; // relative movers: at least 1% of the day's spend

enum Field { InputTokens, OutputTokens, Spend, Requests, Successes, FieldCount };

double &field(CostFigures &f, int which)
{
    switch (which) {
    case InputTokens:
        return f.inputTokens;
    case OutputTokens:
        return f.outputTokens;
    case Spend:
        return f.spend;
    case Requests:
        return f.requests;
    default:
        return f.successes;
    }
}

double addNumbers(double a, double b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return a + b;
}

bool isNone(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("None");
}

// One series of the finest grain the queries return: a model group, a deployment and a dimension
// value, with its figures per fetched interval (keyed by the interval's start).
struct Cell
{
    QString group;
    QString id;
    QString dimension;
    QString model;
    QString provider;
    QMap<qint64, CostFigures> intervals;
    QMap<qint64, qint64> ends; // interval start -> end, where it is not start + resolution (the partial one)
};

} // namespace

bool CostFigures::hasData() const
{
    return !std::isnan(inputTokens) || !std::isnan(outputTokens) || !std::isnan(spend) || !std::isnan(requests)
        || !std::isnan(successes);
}

double CostFigures::costPer1kRequests() const
{
    if (std::isnan(spend) || !(requests > 0))
        return kNone;
    return spend / requests * 1000.0;
}

double CostFigures::averageInputTokens() const
{
    if (std::isnan(inputTokens) || !(successes > 0))
        return kNone;
    return inputTokens / successes;
}

void CostFigures::add(const CostFigures &other)
{
    inputTokens = addNumbers(inputTokens, other.inputTokens);
    outputTokens = addNumbers(outputTokens, other.outputTokens);
    spend = addNumbers(spend, other.spend);
    requests = addNumbers(requests, other.requests);
    successes = addNumbers(successes, other.successes);
    spendEstimated = spendEstimated || other.spendEstimated;
}

CostFigures CostFigures::orZero() const
{
    CostFigures f = *this;
    for (int i = 0; i < FieldCount; ++i) {
        if (std::isnan(field(f, i)))
            field(f, i) = 0;
    }
    return f;
}

bool CostFigures::sameAs(const CostFigures &o) const
{
    using F = ViewFormat;
    return F::same(inputTokens, o.inputTokens) && F::same(outputTokens, o.outputTokens) && F::same(spend, o.spend)
        && F::same(requests, o.requests) && F::same(successes, o.successes) && spendEstimated == o.spendEstimated;
}

double CostItem::dayOverDay() const
{
    if (std::isnan(lastDay.spend) || !(previousDay.spend > 0))
        return CostFigures::kNone;
    return lastDay.spend / previousDay.spend - 1.0;
}

double CostItem::weekOverWeek() const
{
    if (std::isnan(lastWeek.spend) || !(previousWeek.spend > 0))
        return CostFigures::kNone;
    return lastWeek.spend / previousWeek.spend - 1.0;
}

bool CostItem::isNewLastDay() const
{
    return previousDay.spend == 0 && lastDay.spend > 0;
}

double CostMover::relativeIncrease() const
{
    if (before > 0)
        return after / before - 1.0;
    return after > 0 ? std::numeric_limits<double>::infinity() : CostFigures::kNone;
}

QStringList CostReport::queryNames()
{
    return { QStringLiteral("cost_input_tokens"), QStringLiteral("cost_output_tokens"), QStringLiteral("cost_spend"),
             QStringLiteral("cost_requests"), QStringLiteral("cost_successes") };
}

QDateTime CostReport::bucketStart(const QDateTime &time, CostBucket bucket, const QTimeZone &zone)
{
    if (bucket == CostBucket::Hour) {
        // Whole UTC hours: Prometheus evaluates the hourly grid there (the same as local hours
        // everywhere but in half-hour time zones).
        const qint64 ms = time.toMSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(ms - ((ms % kHourMs) + kHourMs) % kHourMs, zone);
    }
    return QDateTime(time.toTimeZone(zone).date(), QTime(0, 0), zone);
}

QDateTime CostReport::nextBucket(const QDateTime &start, CostBucket bucket, const QTimeZone &zone)
{
    if (bucket == CostBucket::Hour)
        return start.addMSecs(kHourMs);
    return QDateTime(start.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
}

QDateTime CostReport::rangeStart(CostRangePreset preset, CostBucket bucket, const QDateTime &now, const QTimeZone &zone)
{
    const int days = preset == CostRangePreset::Last24Hours ? 1 : preset == CostRangePreset::Last30Days ? 30 : 7;
    if (bucket == CostBucket::Hour)
        return bucketStart(now, bucket, zone).addMSecs(-(qint64(days) * 24 - 1) * kHourMs);
    if (days == 1)
        return bucketStart(now.addMSecs(-kDayMs), bucket, zone);
    const QDate today = now.toTimeZone(zone).date();
    return QDateTime(today.addDays(-(days - 1)), QTime(0, 0), zone);
}

CostBucket CostReport::defaultBucket(CostRangePreset preset)
{
    return preset == CostRangePreset::Last24Hours ? CostBucket::Hour : CostBucket::Day;
}

QString CostReport::presetKey(CostRangePreset preset)
{
    switch (preset) {
    case CostRangePreset::Last24Hours:
        return QStringLiteral("24h");
    case CostRangePreset::Last7Days:
        return QStringLiteral("7d");
    case CostRangePreset::Last30Days:
        return QStringLiteral("30d");
    case CostRangePreset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<CostRangePreset> CostReport::presetFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("24h") || k == QLatin1String("1d") || k == QLatin1String("day"))
        return CostRangePreset::Last24Hours;
    if (k == QLatin1String("7d") || k == QLatin1String("1w") || k == QLatin1String("week"))
        return CostRangePreset::Last7Days;
    if (k == QLatin1String("30d") || k == QLatin1String("month"))
        return CostRangePreset::Last30Days;
    if (k == QLatin1String("custom"))
        return CostRangePreset::Custom;
    return std::nullopt;
}

QString CostReport::breakdownKey(CostBreakdown breakdown)
{
    static const char *const keys[] = { "group", "deployment", "provider", "dimension" };
    return QString::fromLatin1(keys[int(breakdown)]);
}

QString CostReport::dimensionTitle(const QString &dimension)
{
    if (dimension == QLatin1String("agent"))
        return tr("Agent");
    if (dimension == QLatin1String("team"))
        return tr("Team");
    if (dimension == QLatin1String("team_alias"))
        return tr("Team alias");
    if (dimension == QLatin1String("api_key_alias"))
        return tr("API key alias");
    if (dimension == QLatin1String("end_user"))
        return tr("End user");
    QString title = dimension;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

QString CostReport::breakdownTitle(CostBreakdown breakdown, const QString &dimension)
{
    switch (breakdown) {
    case CostBreakdown::Group:
        return tr("Model group");
    case CostBreakdown::Deployment:
        return tr("Deployment");
    case CostBreakdown::Provider:
        return tr("Provider");
    case CostBreakdown::Dimension:
        break;
    }
    return dimensionTitle(dimension);
}

QString CostReport::itemLabel(CostBreakdown breakdown, const QString &key, const QString &dimension)
{
    if (!isNone(key))
        return key;
    switch (breakdown) {
    case CostBreakdown::Group:
        return tr("(no model group)");
    case CostBreakdown::Deployment:
        return tr("(no deployment id)");
    case CostBreakdown::Provider:
        return tr("(unknown provider)");
    case CostBreakdown::Dimension:
        break;
    }
    return tr("(no %1)").arg(dimensionTitle(dimension).toLower());
}

const QList<CostItem> &CostReport::items(CostBreakdown breakdown) const
{
    static const QList<CostItem> none;
    const auto it = m_items.constFind(int(breakdown));
    return it == m_items.cend() ? none : *it;
}

CostReport CostReport::build(const Input &in)
{
    CostReport r;
    r.m_zone = in.timeZone.isValid() ? in.timeZone : QTimeZone::systemTimeZone();
    r.m_now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
    r.m_to = in.to.isValid() ? in.to : r.m_now;
    r.m_bucket = in.bucket;
    r.m_dimension = in.dimension;
    r.m_currency = in.prices.currency();
    r.m_from = bucketStart(in.from.isValid() ? in.from : r.m_to.addDays(-7), in.bucket, r.m_zone);
    const qint64 resolution = std::max<qint64>(1, in.resolutionSeconds) * 1000;
    const qint64 nowMs = r.m_now.toMSecsSinceEpoch();
    const qint64 toMs = r.m_to.toMSecsSinceEpoch();

    // 1. Cells from the decoded results.
    QHash<QString, Cell> cells;
    QSet<QString> idsWithSpend;
    const QStringList names = queryNames();
    const auto ingest = [&](const PromQueryResult &result, int which, bool partial) {
        const qint64 partialFrom = in.partialFrom.toMSecsSinceEpoch();
        for (const PromSeries &series : result.series) {
            const QString group = series.labels.value(in.groupLabel);
            const QString id = series.labels.value(in.joinLabel);
            const QString dimension = series.labels.value(in.dimension);
            Cell &cell = cells[group + QChar(0x1f) + id + QChar(0x1f) + dimension];
            cell.group = group;
            cell.id = id;
            cell.dimension = dimension;
            if (const QString model = series.labels.value(QStringLiteral("model")); !isNone(model))
                cell.model = model;
            if (const QString provider = series.labels.value(QStringLiteral("api_provider")); !isNone(provider))
                cell.provider = provider;
            if (which == Spend)
                idsWithSpend.insert(id);
            for (const PromSample &sample : series.samples) {
                if (!std::isfinite(sample.value))
                    continue;
                const qint64 end = partial ? nowMs : qint64(std::llround(sample.time * 1000));
                const qint64 start = partial ? partialFrom : end - resolution;
                CostFigures &figures = cell.intervals[start];
                field(figures, which) = addNumbers(field(figures, which), std::max(0.0, sample.value));
                if (partial)
                    cell.ends.insert(start, end);
            }
        }
    };
    for (int i = 0; i < FieldCount; ++i) {
        ingest(in.intervals.value(names.at(i)), i, false);
        if (in.partialFrom.isValid())
            ingest(in.partial.value(names.at(i)), i, true);
    }

    // 2. Providers, and estimated spend where the router exports none.
    r.m_spendMetricMissing = idsWithSpend.isEmpty() && !cells.isEmpty();
    QStringList unpriced;
    for (Cell &cell : cells) {
        if (cell.provider.isEmpty())
            cell.provider = in.providers.value(cell.id);
        if (idsWithSpend.contains(cell.id))
            continue;
        const std::optional<PriceTable::Match> price = in.prices.find(cell.id, cell.model, cell.provider, cell.group);
        bool hasTokens = false;
        for (CostFigures &f : cell.intervals) {
            if (std::isnan(f.inputTokens) && std::isnan(f.outputTokens))
                continue;
            hasTokens = true;
            if (!price)
                continue;
            const double input = std::isnan(f.inputTokens) ? 0 : f.inputTokens;
            const double output = std::isnan(f.outputTokens) ? 0 : f.outputTokens;
            f.spend = price->price.costOf(input, output);
            f.spendEstimated = true;
        }
        if (hasTokens && !price) {
            const QString what = tr("%1 (model %2, group %3)")
                                     .arg(isNone(cell.id) ? tr("unknown deployment") : cell.id,
                                          cell.model.isEmpty() ? tr("unknown") : cell.model, cell.group);
            if (!unpriced.contains(what))
                unpriced.append(what);
        }
    }

    // 3. Where the data is.
    qint64 dataStart = std::numeric_limits<qint64>::max();
    qint64 dataEnd = std::numeric_limits<qint64>::min();
    for (const Cell &cell : std::as_const(cells)) {
        for (auto it = cell.intervals.cbegin(); it != cell.intervals.cend(); ++it) {
            if (!it->hasData())
                continue;
            dataStart = std::min(dataStart, it.key());
            dataEnd = std::max(dataEnd, cell.ends.value(it.key(), it.key() + resolution));
        }
    }
    const bool anyData = dataStart != std::numeric_limits<qint64>::max();
    if (anyData)
        r.m_dataStart = QDateTime::fromMSecsSinceEpoch(dataStart, r.m_zone);
    // A window counts as covered when the data starts by its first interval and reaches its last.
    const auto covered = [&](qint64 from, qint64 to) {
        return anyData && dataStart <= from + resolution && dataEnd >= to - resolution;
    };

    // 4. Display buckets and comparison windows.
    for (QDateTime b = r.m_from; b.toMSecsSinceEpoch() < toMs && r.m_bucketStarts.size() < 100000;
         b = nextBucket(b, r.m_bucket, r.m_zone))
        r.m_bucketStarts.append(b);
    QList<qint64> bucketMs;
    for (const QDateTime &b : std::as_const(r.m_bucketStarts))
        bucketMs.append(b.toMSecsSinceEpoch());
    const qint64 rangeFrom = r.m_from.toMSecsSinceEpoch();
    // Windows end at the midnight that starts the range's last (partial) day: for a range ending
    // Tuesday 14:00 or Tuesday 00:00, "yesterday" is Monday.
    const QDate referenceDay = r.m_to.toTimeZone(r.m_zone).date().addDays(1);
    const auto midnight = [&](int daysBefore) {
        return QDateTime(referenceDay.addDays(-1 - daysBefore), QTime(0, 0), r.m_zone).toMSecsSinceEpoch();
    };
    const qint64 today = midnight(0);
    r.m_lastDay = referenceDay.addDays(-2);
    const qint64 dayStart = midnight(1);
    const qint64 previousDayStart = midnight(2);
    const qint64 weekStart = midnight(7);
    const qint64 previousWeekStart = midnight(14);
    r.m_dayCovered = covered(previousDayStart, today);
    r.m_weekCovered = covered(previousWeekStart, today);

    // 5. Items of every breakdown.
    const auto keyOf = [](const Cell &cell, CostBreakdown breakdown) -> QString {
        switch (breakdown) {
        case CostBreakdown::Group:
            return cell.group;
        case CostBreakdown::Deployment:
            return cell.id;
        case CostBreakdown::Provider:
            return cell.provider;
        case CostBreakdown::Dimension:
            break;
        }
        return cell.dimension;
    };
    const auto emptyItem = [&](const QString &key, const QString &label) {
        CostItem item;
        item.key = key;
        item.label = label;
        item.buckets.resize(bucketMs.size());
        return item;
    };
    const auto accumulate = [&](CostItem &item, const Cell &cell) {
        for (auto it = cell.intervals.cbegin(); it != cell.intervals.cend(); ++it) {
            const qint64 start = it.key();
            if (start >= rangeFrom && start < toMs) {
                item.total.add(*it);
                const auto b = std::upper_bound(bucketMs.cbegin(), bucketMs.cend(), start) - bucketMs.cbegin() - 1;
                if (b >= 0 && b < item.buckets.size())
                    item.buckets[b].add(*it);
            }
            if (start >= dayStart && start < today)
                item.lastDay.add(*it);
            else if (start >= previousDayStart && start < dayStart)
                item.previousDay.add(*it);
            if (start >= weekStart && start < today)
                item.lastWeek.add(*it);
            else if (start >= previousWeekStart && start < weekStart)
                item.previousWeek.add(*it);
        }
    };
    const auto finishComparisons = [&](CostItem &item) {
        // Inside covered windows an item without series spent nothing; outside, nothing is known.
        if (r.m_dayCovered) {
            item.lastDay = item.lastDay.orZero();
            item.previousDay = item.previousDay.orZero();
        } else {
            item.lastDay = item.previousDay = CostFigures();
        }
        if (r.m_weekCovered) {
            item.lastWeek = item.lastWeek.orZero();
            item.previousWeek = item.previousWeek.orZero();
        } else {
            item.lastWeek = item.previousWeek = CostFigures();
        }
    };

    r.m_total = emptyItem(QString(), tr("All"));
    for (const Cell &cell : std::as_const(cells))
        accumulate(r.m_total, cell);
    finishComparisons(r.m_total);

    for (CostBreakdown breakdown : { CostBreakdown::Group, CostBreakdown::Deployment, CostBreakdown::Provider,
                                     CostBreakdown::Dimension }) {
        QMap<QString, CostItem> byKey;
        QHash<QString, QSet<QString>> groupsOf;
        QHash<QString, QSet<QString>> providersOf;
        for (const Cell &cell : std::as_const(cells)) {
            const QString key = keyOf(cell, breakdown);
            auto it = byKey.find(key);
            if (it == byKey.end())
                it = byKey.insert(key, emptyItem(key, itemLabel(breakdown, key, r.m_dimension)));
            accumulate(*it, cell);
            groupsOf[key].insert(cell.group);
            if (!cell.provider.isEmpty())
                providersOf[key].insert(cell.provider);
        }
        QList<CostItem> items;
        for (auto it = byKey.begin(); it != byKey.end(); ++it) {
            finishComparisons(*it);
            if (breakdown == CostBreakdown::Deployment) {
                QStringList groups(groupsOf.value(it.key()).cbegin(), groupsOf.value(it.key()).cend());
                QStringList providers(providersOf.value(it.key()).cbegin(), providersOf.value(it.key()).cend());
                groups.sort();
                providers.sort();
                it->detail = (groups + providers).join(QStringLiteral(" · "));
            }
            items.append(*it);
        }
        std::stable_sort(items.begin(), items.end(), [](const CostItem &a, const CostItem &b) {
            const double sa = std::isnan(a.total.spend) ? -1 : a.total.spend;
            const double sb = std::isnan(b.total.spend) ? -1 : b.total.spend;
            return sa > sb;
        });
        r.m_items.insert(int(breakdown), items);
    }

    // 6. Projection: month-to-date plus the last 24 hours' rate for the rest of the month.
    CostProjection &p = r.m_projection;
    const QDate nowDay = r.m_now.toTimeZone(r.m_zone).date();
    p.month = QDate(nowDay.year(), nowDay.month(), 1);
    const qint64 monthStart = QDateTime(p.month, QTime(0, 0), r.m_zone).toMSecsSinceEpoch();
    const qint64 monthEnd = QDateTime(p.month.addMonths(1), QTime(0, 0), r.m_zone).toMSecsSinceEpoch();
    const bool endsNow = std::abs(toMs - nowMs) <= kHourMs;
    if (anyData && endsNow) {
        const qint64 rateFrom = std::max(
            in.resolutionSeconds >= 86400 ? bucketStart(r.m_now.addMSecs(-kDayMs), CostBucket::Day, r.m_zone).toMSecsSinceEpoch()
                                          : bucketStart(r.m_now.addMSecs(-kDayMs), CostBucket::Hour, r.m_zone).toMSecsSinceEpoch(),
            dataStart);
        CostFigures month;
        CostFigures recent;
        for (const Cell &cell : std::as_const(cells)) {
            for (auto it = cell.intervals.cbegin(); it != cell.intervals.cend(); ++it) {
                if (it.key() >= monthStart && it.key() < nowMs)
                    month.add(*it);
                if (it.key() >= rateFrom && it.key() < nowMs)
                    recent.add(*it);
            }
        }
        p.rateWindowMsecs = std::max<qint64>(0, nowMs - rateFrom);
        if (!std::isnan(recent.spend) && p.rateWindowMsecs > 0) {
            p.valid = true;
            p.dailyRate = recent.spend / double(p.rateWindowMsecs) * double(kDayMs);
            p.monthToDate = std::isnan(month.spend) ? 0 : month.spend;
            p.daysLeft = double(std::max<qint64>(0, monthEnd - nowMs)) / double(kDayMs);
            p.projected = p.monthToDate + p.dailyRate * p.daysLeft;
            p.estimated = recent.spendEstimated || month.spendEstimated;
            if (dataStart > monthStart + resolution)
                p.monthDataSince = QDateTime::fromMSecsSinceEpoch(dataStart, r.m_zone);
        }
    }

    // 7. Notes in plain words.
    r.m_notes = in.notes;
    if (r.m_spendMetricMissing)
        r.m_notes.append(tr("The router exports no spend metric: spend is estimated from token counts and the "
                            "price table."));
    else if (r.m_total.total.spendEstimated)
        r.m_notes.append(tr("Some deployments export no spend: their spend is estimated from token counts and the "
                            "price table."));
    if (!unpriced.isEmpty())
        r.m_notes.append(tr("No price for %1: their spend is left out. Add them to the price table.")
                             .arg(ViewFormat::joinNames(unpriced)));
    if (!anyData)
        r.m_notes.append(tr("No data in this range."));
    else if (dataStart > rangeFrom + resolution && dataStart < toMs)
        r.m_notes.append(tr("Data starts at %1; earlier buckets say \"no data\".")
                             .arg(r.m_dataStart.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return r;
}

QList<CostMover> CostReport::topIncreases(CostBreakdown breakdown, int count) const
{
    QList<CostMover> movers;
    if (!m_dayCovered)
        return movers;
    for (const CostItem &item : items(breakdown)) {
        const double before = item.previousDay.spend;
        const double after = item.lastDay.spend;
        if (std::isnan(before) || std::isnan(after) || !(after > before))
            continue;
        movers.append({ item.key, item.label, before, after,
                        item.lastDay.spendEstimated || item.previousDay.spendEstimated });
    }
    std::stable_sort(movers.begin(), movers.end(),
                     [](const CostMover &a, const CostMover &b) { return a.increase() > b.increase(); });
    return movers.mid(0, std::max(0, count));
}

QList<CostMover> CostReport::topRelativeIncreases(CostBreakdown breakdown, int count) const
{
    QList<CostMover> movers;
    if (!m_dayCovered)
        return movers;
    const double totalBefore = m_total.previousDay.spend;
    const double totalAfter = m_total.lastDay.spend;
    for (const CostItem &item : items(breakdown)) {
        const double before = item.previousDay.spend;
        const double after = item.lastDay.spend;
        if (std::isnan(before) || std::isnan(after) || !(after > before))
            continue;
        const bool large = before > 0 ? before >= kMoverShareFloor * totalBefore : after >= kMoverShareFloor * totalAfter;
        if (!large)
            continue;
        movers.append({ item.key, item.label, before, after,
                        item.lastDay.spendEstimated || item.previousDay.spendEstimated });
    }
    std::stable_sort(movers.begin(), movers.end(), [](const CostMover &a, const CostMover &b) {
        return a.relativeIncrease() > b.relativeIncrease();
    });
    return movers.mid(0, std::max(0, count));
}

} // namespace RouteDeck
