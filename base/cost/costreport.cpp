// SPDX-License-Identifier: GPL-3.0-or-later
#include "costreport.h"

#include "viewformat.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
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

// The breakdowns in the order the builder keeps its items.
constexpr CostBreakdown kBreakdowns[] = { CostBreakdown::Group, CostBreakdown::Deployment,
                                          CostBreakdown::Provider, CostBreakdown::Dimension };

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

// Deployment id -> model group: the router's word first, else what series that carry both labels say.
QHash<QString, QString> deploymentGroups(const CostReport::Input &in)
{
    QHash<QString, QString> groups = in.groups;
    for (const QHash<QString, PromQueryResult> *results : { &in.intervals, &in.partial }) {
        for (const PromQueryResult &result : *results) {
            for (const PromSeries &series : result.series) {
                const QString id = series.labels.value(in.joinLabel);
                const QString group = series.labels.value(in.groupLabel);
                if (!isNone(id) && !isNone(group) && !groups.contains(id))
                    groups.insert(id, group);
            }
        }
    }
    return groups;
}

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
    // LiteLLM's custom metadata labels: metadata_agent is the request's metadata.agent.
    if (const QLatin1String metadata("metadata_"); dimension.startsWith(metadata) && dimension.size() > metadata.size())
        return dimensionTitle(dimension.mid(metadata.size()));
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

// The working state of one build(): the input, the report being filled, and what each step leaves
// for the next. build() calls the steps in order; each reads only what the steps before it set.
struct CostReport::Builder
{
    // A model group, a deployment and a dimension value, dense over the columns.
    struct Cell
    {
        QString group;
        QString id;
        QString dimension;
        QString model;
        QString provider;
        QList<CostFigures> values;
    };
    // The comparison windows a column falls in, as bits.
    enum Window : quint8 { LastDay = 1, PreviousDay = 2, LastWeek = 4, PreviousWeek = 8 };

    Builder(const Input &input, CostReport &report)
        : in(input)
        , r(report)
    {
    }

    void setRange();
    void collectIntervals();
    void readSeries();
    void ingest(const PromQueryResult &result, int which, bool partial);
    void estimateSpend();
    void findData();
    void listBuckets();
    void placeColumns();
    void sumCells();
    void listItems();
    void projectMonth();
    void writeNotes();

    qint64 endOf(qsizetype i) const;
    bool covered(qint64 from, qint64 to) const;
    CostItem emptyItem(const QString &key, const QString &label) const;
    void finishComparisons(CostItem &item) const;
    static const QString &keyOf(const Cell &cell, CostBreakdown breakdown);

    const Input &in;
    CostReport &r;

    // setRange(): the range in milliseconds, the length of an interval, the queries.
    qint64 resolution = 0;
    qint64 nowMs = 0;
    qint64 toMs = 0;
    qint64 partialFrom = 0;
    QStringList names;

    // collectIntervals(): the start of every interval, in time order, and its column.
    QList<qint64> starts;
    QHash<qint64, qsizetype> column;

    // readSeries() and estimateSpend().
    QList<Cell> cells;
    QHash<QString, qsizetype> cellIndex;
    QSet<QString> idsWithSpend;
    QHash<QString, QString> groupOf;
    QStringList unpriced;

    // findData(): the first start and the last end of intervals with data.
    qint64 dataStart = std::numeric_limits<qint64>::max();
    qint64 dataEnd = std::numeric_limits<qint64>::min();
    bool anyData = false;

    // listBuckets() and placeColumns(): per column, its display bucket (-1: outside the range)
    // and its Window bits.
    QList<qint64> bucketMs;
    qint64 rangeFrom = 0;
    QList<qsizetype> bucketOf;
    QList<quint8> windowsOf;

    // sumCells(): the items of each breakdown by key, in kBreakdowns order; deployment -> groups
    // and providers, for its detail.
    std::array<QMap<QString, CostItem>, 4> byKey;
    QHash<QString, QSet<QString>> groupsOf;
    QHash<QString, QSet<QString>> providersOf;
};

// Copies the range, bucket, dimension and currency into the report, and the range in milliseconds.
void CostReport::Builder::setRange()
{
    r.m_zone = in.timeZone.isValid() ? in.timeZone : QTimeZone::systemTimeZone();
    r.m_now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
    r.m_to = in.to.isValid() ? in.to : r.m_now;
    r.m_bucket = in.bucket;
    r.m_dimension = in.dimension;
    r.m_currency = in.prices.currency();
    r.m_from = bucketStart(in.from.isValid() ? in.from : r.m_to.addDays(-7), in.bucket, r.m_zone);
    resolution = std::max<qint64>(1, in.resolutionSeconds) * 1000;
    nowMs = r.m_now.toMSecsSinceEpoch();
    toMs = r.m_to.toMSecsSinceEpoch();
    partialFrom = in.partialFrom.isValid() ? in.partialFrom.toMSecsSinceEpoch() : 0;
    names = queryNames();
}

// Every interval any series has a value for, in time order: one column per interval.
void CostReport::Builder::collectIntervals()
{
    const QList<PromSample> *lastGrid = nullptr;
    for (int i = 0; i < FieldCount; ++i) {
        // Read in place: lastGrid points into these series across queries, so no temporary copies.
        const auto answer = in.intervals.constFind(names.at(i));
        if (answer == in.intervals.cend())
            continue;
        for (const PromSeries &series : answer->series) {
            // Range results share one grid: a series with the same first, last and count adds nothing.
            const QList<PromSample> &samples = series.samples;
            if (lastGrid && !samples.isEmpty() && samples.size() == lastGrid->size()
                && samples.first().time == lastGrid->first().time && samples.last().time == lastGrid->last().time)
                continue;
            lastGrid = &samples;
            for (const PromSample &sample : samples)
                starts.append(qint64(std::llround(sample.time * 1000)) - resolution);
        }
    }
    if (in.partialFrom.isValid())
        starts.append(partialFrom);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    column.reserve(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        column.insert(starts.at(i), i);
}

// The end of column i's interval: `now` for the partial one.
qint64 CostReport::Builder::endOf(qsizetype i) const
{
    return in.partialFrom.isValid() && starts.at(i) == partialFrom ? nowMs : starts.at(i) + resolution;
}

// Reads the series of every query into cells: its range result, then its partial interval.
void CostReport::Builder::readSeries()
{
    groupOf = deploymentGroups(in);
    for (int i = 0; i < FieldCount; ++i) {
        ingest(in.intervals.value(names.at(i)), i, false);
        if (in.partialFrom.isValid())
            ingest(in.partial.value(names.at(i)), i, true);
    }
}

// Adds the samples of one query's result to field `which` of their cells.
void CostReport::Builder::ingest(const PromQueryResult &result, int which, bool partial)
{
    for (const PromSeries &series : result.series) {
        const QString id = series.labels.value(in.joinLabel);
        QString group = series.labels.value(in.groupLabel);
        if (isNone(group))
            group = groupOf.value(id, group);
        const QString dimension = series.labels.value(in.dimension);
        const QString key = group + QChar(0x1f) + id + QChar(0x1f) + dimension;
        auto found = cellIndex.constFind(key);
        if (found == cellIndex.cend()) {
            found = cellIndex.insert(key, cells.size());
            cells.append({ group, id, dimension, {}, {}, QList<CostFigures>(starts.size()) });
        }
        Cell &cell = cells[*found];
        if (const QString model = series.labels.value(QStringLiteral("model")); !isNone(model))
            cell.model = model;
        if (const QString provider = series.labels.value(QStringLiteral("api_provider")); !isNone(provider))
            cell.provider = provider;
        if (which == Spend)
            idsWithSpend.insert(id);
        for (const PromSample &sample : series.samples) {
            if (!std::isfinite(sample.value))
                continue;
            const qint64 start = partial ? partialFrom : qint64(std::llround(sample.time * 1000)) - resolution;
            double &value = field(cell.values[column.value(start)], which);
            value = addNumbers(value, std::max(0.0, sample.value));
        }
    }
}

// Providers, and estimated spend where the router exports none.
void CostReport::Builder::estimateSpend()
{
    r.m_spendMetricMissing = idsWithSpend.isEmpty() && !cells.isEmpty();
    for (Cell &cell : cells) {
        if (cell.provider.isEmpty())
            cell.provider = in.providers.value(cell.id);
        if (idsWithSpend.contains(cell.id))
            continue;
        const std::optional<PriceTable::Match> price = in.prices.find(cell.id, cell.model, cell.provider, cell.group);
        bool hasTokens = false;
        for (CostFigures &f : cell.values) {
            if (std::isnan(f.inputTokens) && std::isnan(f.outputTokens))
                continue;
            hasTokens = true;
            if (!price)
                continue;
            f.spend = price->price.costOf(std::isnan(f.inputTokens) ? 0 : f.inputTokens,
                                          std::isnan(f.outputTokens) ? 0 : f.outputTokens);
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
}

// Where the data is: the first start and the last end of intervals with any value.
void CostReport::Builder::findData()
{
    for (const Cell &cell : std::as_const(cells)) {
        for (qsizetype i = 0; i < cell.values.size(); ++i) {
            if (!cell.values.at(i).hasData())
                continue;
            dataStart = std::min(dataStart, starts.at(i));
            dataEnd = std::max(dataEnd, endOf(i));
        }
    }
    anyData = dataStart != std::numeric_limits<qint64>::max();
    if (anyData)
        r.m_dataStart = QDateTime::fromMSecsSinceEpoch(dataStart, r.m_zone);
}

// A window counts as covered when the data starts by its first interval and reaches its last.
bool CostReport::Builder::covered(qint64 from, qint64 to) const
{
    return anyData && dataStart <= from + resolution && dataEnd >= to - resolution;
}

// The display buckets of the range, as times in the report and in milliseconds here.
void CostReport::Builder::listBuckets()
{
    for (QDateTime b = r.m_from; b.toMSecsSinceEpoch() < toMs && r.m_bucketStarts.size() < 100000;
         b = nextBucket(b, r.m_bucket, r.m_zone))
        r.m_bucketStarts.append(b);
    for (const QDateTime &b : std::as_const(r.m_bucketStarts))
        bucketMs.append(b.toMSecsSinceEpoch());
    rangeFrom = r.m_from.toMSecsSinceEpoch();
}

// The comparison windows and whether the data covers them; each column's bucket and windows.
void CostReport::Builder::placeColumns()
{
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

    bucketOf = QList<qsizetype>(starts.size(), -1);
    windowsOf = QList<quint8>(starts.size(), 0);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qint64 start = starts.at(i);
        if (start >= rangeFrom && start < toMs)
            bucketOf[i] = std::upper_bound(bucketMs.cbegin(), bucketMs.cend(), start) - bucketMs.cbegin() - 1;
        quint8 w = 0;
        if (start >= dayStart && start < today)
            w |= LastDay;
        else if (start >= previousDayStart && start < dayStart)
            w |= PreviousDay;
        if (start >= weekStart && start < today)
            w |= LastWeek;
        else if (start >= previousWeekStart && start < weekStart)
            w |= PreviousWeek;
        windowsOf[i] = w;
    }
}

// The key of a cell in a breakdown.
const QString &CostReport::Builder::keyOf(const Cell &cell, CostBreakdown breakdown)
{
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
}

// An item without data, with one (empty) figure per display bucket.
CostItem CostReport::Builder::emptyItem(const QString &key, const QString &label) const
{
    CostItem item;
    item.key = key;
    item.label = label;
    item.buckets.resize(bucketMs.size());
    return item;
}

// Items of every breakdown and the total, in one pass over the cells.
void CostReport::Builder::sumCells()
{
    r.m_total = emptyItem(QString(), tr("All"));
    for (const Cell &cell : std::as_const(cells)) {
        std::array<CostItem *, 5> targets { &r.m_total, nullptr, nullptr, nullptr, nullptr };
        for (int b = 0; b < 4; ++b) {
            const QString &key = keyOf(cell, kBreakdowns[b]);
            auto it = byKey[b].find(key);
            if (it == byKey[b].end())
                it = byKey[b].insert(key, emptyItem(key, itemLabel(kBreakdowns[b], key, r.m_dimension)));
            targets[b + 1] = &*it;
        }
        groupsOf[cell.id].insert(cell.group);
        if (!cell.provider.isEmpty())
            providersOf[cell.id].insert(cell.provider);
        for (qsizetype i = 0; i < cell.values.size(); ++i) {
            const CostFigures &f = cell.values.at(i);
            if (!f.hasData())
                continue;
            const qsizetype bucket = bucketOf.at(i);
            const quint8 windows = windowsOf.at(i);
            for (CostItem *item : targets) {
                if (bucket >= 0) {
                    item->total.add(f);
                    if (bucket < item->buckets.size())
                        item->buckets[bucket].add(f);
                }
                if (windows & LastDay)
                    item->lastDay.add(f);
                if (windows & PreviousDay)
                    item->previousDay.add(f);
                if (windows & LastWeek)
                    item->lastWeek.add(f);
                if (windows & PreviousWeek)
                    item->previousWeek.add(f);
            }
        }
    }
}

// Zeroes the empty comparison figures of an item in covered windows and clears them in others.
void CostReport::Builder::finishComparisons(CostItem &item) const
{
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
}

// The report's item lists: comparisons finished, deployment details, sorted by spend.
void CostReport::Builder::listItems()
{
    finishComparisons(r.m_total);
    for (int b = 0; b < 4; ++b) {
        QList<CostItem> items;
        items.reserve(byKey[b].size());
        for (auto it = byKey[b].begin(); it != byKey[b].end(); ++it) {
            finishComparisons(*it);
            if (kBreakdowns[b] == CostBreakdown::Deployment) {
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
        r.m_items.insert(int(kBreakdowns[b]), items);
    }
}

// Projection: month-to-date plus the last 24 hours' rate for the rest of the month.
void CostReport::Builder::projectMonth()
{
    CostProjection &p = r.m_projection;
    const QDate nowDay = r.m_now.toTimeZone(r.m_zone).date();
    p.month = QDate(nowDay.year(), nowDay.month(), 1);
    const qint64 monthStart = QDateTime(p.month, QTime(0, 0), r.m_zone).toMSecsSinceEpoch();
    const qint64 monthEnd = QDateTime(p.month.addMonths(1), QTime(0, 0), r.m_zone).toMSecsSinceEpoch();
    const bool endsNow = std::abs(toMs - nowMs) <= kHourMs;
    if (!anyData || !endsNow)
        return;
    const CostBucket grid = in.resolutionSeconds >= 86400 ? CostBucket::Day : CostBucket::Hour;
    const qint64 rateFrom =
        std::max(bucketStart(r.m_now.addMSecs(-kDayMs), grid, r.m_zone).toMSecsSinceEpoch(), dataStart);
    CostFigures month;
    CostFigures recent;
    for (const Cell &cell : std::as_const(cells)) {
        for (qsizetype i = 0; i < cell.values.size(); ++i) {
            const qint64 start = starts.at(i);
            if (start >= monthStart && start < nowMs)
                month.add(cell.values.at(i));
            if (start >= rateFrom && start < nowMs)
                recent.add(cell.values.at(i));
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

// Notes in plain words: the plan's, then estimates, models without a price, and gaps.
void CostReport::Builder::writeNotes()
{
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
}

CostReport CostReport::build(const Input &in)
{
    CostReport r;
    Builder builder(in, r);
    builder.setRange();
    builder.collectIntervals();
    builder.readSeries();
    builder.estimateSpend();
    builder.findData();
    builder.listBuckets();
    builder.placeColumns();
    builder.sumCells();
    builder.listItems();
    builder.projectMonth();
    builder.writeNotes();
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
