// SPDX-License-Identifier: GPL-3.0-or-later
// CostReport math, the price table, the cost table model and how cost numbers are written. The
// fixtures are decoded Prometheus results built by hand, hour by hour, so every expected number
// below can be checked with pencil and paper.
#include "costformat.h"
#include "costqueryplan.h"
#include "costreport.h"
#include "connectionprofile.h"
#include "costtablemodel.h"
#include "pricetable.h"
#include "querycatalog.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace RouteDeck;

namespace {

constexpr qint64 kHour = 3600;

// Hourly increase() results as a range query returns them: the sample at t is the increase over
// [t - 1 h, t).
class Fixture
{
public:
    explicit Fixture(const QDateTime &origin)
        : m_origin(origin)
    {
    }

    // `perHour` for every hour in [fromHour, fromHour + hours), hours counted from the origin.
    void hourly(const QString &query, const PromLabels &labels, qint64 fromHour, qint64 hours, double perHour)
    {
        PromSeries *series = nullptr;
        for (PromSeries &s : m_results[query].series) {
            if (s.labels == labels)
                series = &s;
        }
        if (!series) {
            m_results[query].resultType = PromQueryResult::Type::Matrix;
            m_results[query].series.append({ labels, {} });
            series = &m_results[query].series.last();
        }
        const double origin = double(m_origin.toSecsSinceEpoch());
        for (qint64 h = fromHour; h < fromHour + hours; ++h)
            series->samples.append({ origin + double((h + 1) * kHour), perHour });
        std::sort(series->samples.begin(), series->samples.end(),
                  [](const PromSample &a, const PromSample &b) { return a.time < b.time; });
    }

    // One deployment and agent: every query at once (spend < 0: no spend series).
    void deployment(const QString &group, const QString &id, const QString &provider, const QString &agent,
                    qint64 fromHour, qint64 hours, double input, double output, double spend, double requests,
                    double successes)
    {
        const PromLabels base { { QStringLiteral("requested_model"), group },
                                { QStringLiteral("model_id"), id },
                                { QStringLiteral("metadata_agent"), agent } };
        PromLabels tokens = base;
        tokens.insert(QStringLiteral("model"), group);
        PromLabels calls = base;
        calls.insert(QStringLiteral("api_provider"), provider);
        hourly(QStringLiteral("cost_input_tokens"), tokens, fromHour, hours, input);
        hourly(QStringLiteral("cost_output_tokens"), tokens, fromHour, hours, output);
        if (spend >= 0)
            hourly(QStringLiteral("cost_spend"), base, fromHour, hours, spend);
        hourly(QStringLiteral("cost_requests"), calls, fromHour, hours, requests);
        hourly(QStringLiteral("cost_successes"), calls, fromHour, hours, successes);
    }

    CostReport::Input input(const QDateTime &now, CostRangePreset preset = CostRangePreset::Last7Days) const
    {
        CostReport::Input in;
        in.now = now;
        in.to = now;
        in.timeZone = QTimeZone::utc();
        in.bucket = CostReport::defaultBucket(preset);
        in.from = CostReport::rangeStart(preset, in.bucket, now, in.timeZone);
        in.intervals = m_results;
        return in;
    }

    QHash<QString, PromQueryResult> &results() { return m_results; }

private:
    QDateTime m_origin;
    QHash<QString, PromQueryResult> m_results;
};

const QDateTime kMarch1 = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kNow = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());
constexpr qint64 kHoursToNow = 14 * 24 + 12;
constexpr qint64 kHoursToMarch14 = 13 * 24;

// Two gpt-4o-mini deployments at a steady rate since 1 March, and gpt-4o doubling its spend from
// 14 March on (yesterday, seen from 15 March 12:00).
Fixture steadyMonth(bool withSpend = true)
{
    Fixture f(kMarch1);
    const double s = withSpend ? 1 : -1;
    f.deployment(QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary"), QStringLiteral("azure"),
                 QStringLiteral("intent"), 0, kHoursToNow, 1000, 100, 0.5 * s, 10, 9);
    f.deployment(QStringLiteral("gpt-4o-mini"), QStringLiteral("openai-direct"), QStringLiteral("openai"),
                 QStringLiteral("flow"), 0, kHoursToNow, 2000, 200, 1.0 * s, 20, 20);
    f.deployment(QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-azure"), QStringLiteral("azure"),
                 QStringLiteral("intent"), 0, kHoursToMarch14, 500, 300, 2.0 * s, 5, 5);
    f.deployment(QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-azure"), QStringLiteral("azure"),
                 QStringLiteral("intent"), kHoursToMarch14, kHoursToNow - kHoursToMarch14, 500, 300, 4.0 * s, 5, 5);
    return f;
}

QString itemsText(const CostReport &report, CostBreakdown breakdown)
{
    QStringList parts;
    for (const CostItem &item : report.items(breakdown))
        parts.append(QStringLiteral("%1=%2").arg(item.label, QString::number(item.total.spend, 'f', 2)));
    return parts.join(QLatin1Char(' '));
}

QString moversText(const QList<CostMover> &movers)
{
    QStringList parts;
    for (const CostMover &m : movers)
        parts.append(m.label);
    return parts.join(QLatin1Char(' '));
}

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace

class TestCostReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void figures_data()
    {
        QTest::addColumn<double>("spend");
        QTest::addColumn<double>("requests");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("successes");
        QTest::addColumn<double>("per1k");
        QTest::addColumn<double>("perCall");
        const double nan = CostFigures::kNone;
        QTest::addRow("plain") << 12.0 << 4000.0 << 600000.0 << 3000.0 << 3.0 << 200.0;
        QTest::addRow("no requests") << 12.0 << 0.0 << 600.0 << 0.0 << nan << nan;
        QTest::addRow("no data") << nan << nan << nan << nan << nan << nan;
        QTest::addRow("tokens without calls") << 1.0 << nan << 100.0 << nan << nan << nan;
    }

    void figures()
    {
        QFETCH(double, spend);
        QFETCH(double, requests);
        QFETCH(double, input);
        QFETCH(double, successes);
        QFETCH(double, per1k);
        QFETCH(double, perCall);
        CostFigures f;
        f.spend = spend;
        f.requests = requests;
        f.inputTokens = input;
        f.successes = successes;
        QVERIFY(near(f.costPer1kRequests(), per1k) || (std::isnan(per1k) && std::isnan(f.costPer1kRequests())));
        QVERIFY(near(f.averageInputTokens(), perCall) || (std::isnan(perCall) && std::isnan(f.averageInputTokens())));
    }

    void figuresAddKeepsNoData()
    {
        CostFigures a;
        CostFigures b;
        a.add(b);
        QVERIFY(!a.hasData());
        QVERIFY(std::isnan(a.spend));
        b.spend = 2;
        b.spendEstimated = true;
        a.add(b);
        QCOMPARE(a.spend, 2.0);
        QVERIFY(a.spendEstimated);
        QVERIFY(std::isnan(a.requests)); // no requests measured stays "no data"
        QCOMPARE(a.orZero().requests, 0.0);
    }

    void rangeStart_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("bucket");
        QTest::addColumn<int>("offsetSeconds"); // of the time zone
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expectedStart"); // in the zone
        QTest::addColumn<int>("buckets");
        const int hour = int(CostBucket::Hour);
        const int day = int(CostBucket::Day);
        QTest::addRow("24h hourly") << int(CostRangePreset::Last24Hours) << hour << 0 << "2026-03-15T12:34:00"
                                    << "2026-03-14T13:00:00" << 24;
        QTest::addRow("24h daily") << int(CostRangePreset::Last24Hours) << day << 0 << "2026-03-15T12:34:00"
                                   << "2026-03-14T00:00:00" << 2;
        QTest::addRow("7d daily") << int(CostRangePreset::Last7Days) << day << 0 << "2026-03-15T12:34:00"
                                  << "2026-03-09T00:00:00" << 7;
        QTest::addRow("7d hourly") << int(CostRangePreset::Last7Days) << hour << 0 << "2026-03-15T12:34:00"
                                   << "2026-03-08T13:00:00" << 168;
        QTest::addRow("30d daily") << int(CostRangePreset::Last30Days) << day << 0 << "2026-03-15T12:34:00"
                                   << "2026-02-14T00:00:00" << 30;
        QTest::addRow("7d daily, UTC+1 just after midnight")
            << int(CostRangePreset::Last7Days) << day << 3600 << "2026-03-15T00:10:00" << "2026-03-09T00:00:00" << 7;
    }

    void rangeStart()
    {
        QFETCH(int, preset);
        QFETCH(int, bucket);
        QFETCH(int, offsetSeconds);
        QFETCH(QString, now);
        QFETCH(QString, expectedStart);
        QFETCH(int, buckets);
        const QTimeZone zone = offsetSeconds == 0 ? QTimeZone::utc() : QTimeZone(offsetSeconds);
        const QDateTime t(QDateTime::fromString(now, Qt::ISODate).date(), QDateTime::fromString(now, Qt::ISODate).time(), zone);
        const QDateTime start = CostReport::rangeStart(CostRangePreset(preset), CostBucket(bucket), t, zone);
        QCOMPARE(start.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), expectedStart);
        CostReport::Input in;
        in.from = start;
        in.to = t;
        in.now = t;
        in.bucket = CostBucket(bucket);
        in.timeZone = zone;
        QCOMPARE(CostReport::build(in).bucketStarts().size(), buckets);
    }

    void totalsAndBreakdowns()
    {
        const CostReport report = CostReport::build(steadyMonth().input(kNow));
        QVERIFY(report.hasData());
        QVERIFY(!report.spendEstimated());
        QCOMPARE(report.bucketStarts().size(), 7);
        QCOMPARE(report.bucketStarts().first(), QDateTime(QDate(2026, 3, 9), QTime(0, 0), QTimeZone::utc()));
        // 156 hours in range: 6 days and 12 hours. gpt-4o: 120 h at 2, 36 h at 4.
        const CostFigures &t = report.total().total;
        QVERIFY(near(t.spend, 0.5 * 156 + 1.0 * 156 + 2.0 * 120 + 4.0 * 36));
        QCOMPARE(t.spend, 618.0);
        QCOMPARE(t.requests, 35.0 * 156);
        QCOMPARE(t.inputTokens, 3500.0 * 156);
        QVERIFY(near(t.costPer1kRequests(), 618.0 / 5460 * 1000));
        QVERIFY(near(t.averageInputTokens(), 3500.0 / 34));
        QCOMPARE(itemsText(report, CostBreakdown::Dimension), QStringLiteral("intent=462.00 flow=156.00"));
        QCOMPARE(itemsText(report, CostBreakdown::Group), QStringLiteral("gpt-4o=384.00 gpt-4o-mini=234.00"));
        QCOMPARE(itemsText(report, CostBreakdown::Provider), QStringLiteral("azure=462.00 openai=156.00"));
        QCOMPARE(itemsText(report, CostBreakdown::Deployment),
                 QStringLiteral("gpt-4o-azure=384.00 openai-direct=156.00 azure-primary=78.00"));
        QCOMPARE(report.items(CostBreakdown::Deployment).last().detail, QStringLiteral("gpt-4o-mini · azure"));

        // Daily buckets add up to the total; the last (today) holds 12 hours.
        double sum = 0;
        for (const CostFigures &b : report.total().buckets)
            sum += b.spend;
        QCOMPARE(sum, 618.0);
        QCOMPARE(report.total().buckets.first().spend, 24 * 3.5);
        QCOMPARE(report.total().buckets.last().spend, 12 * 5.5);
    }

    void dayAndWeekOverWeek()
    {
        const CostReport report = CostReport::build(steadyMonth().input(kNow));
        QVERIFY(report.dayComparisonAvailable());
        QVERIFY(report.weekComparisonAvailable());
        QCOMPARE(report.lastDay(), QDate(2026, 3, 14));
        const CostItem &all = report.total();
        QCOMPARE(all.lastDay.spend, 24 * 5.5);
        QCOMPARE(all.previousDay.spend, 24 * 3.5);
        QVERIFY(near(all.dayOverDay(), 5.5 / 3.5 - 1));
        // Last 7 days 8..14 March, the 7 before 1..7 March.
        QVERIFY(near(all.weekOverWeek(), (6 * 24 * 3.5 + 24 * 5.5) / (7 * 24 * 3.5) - 1));
        const CostItem &gpt4o = report.items(CostBreakdown::Group).first();
        QCOMPARE(gpt4o.key, QStringLiteral("gpt-4o"));
        QVERIFY(near(gpt4o.dayOverDay(), 1.0));
        QVERIFY(near(gpt4o.weekOverWeek(), (6 * 48.0 + 96) / (7 * 48.0) - 1));
        const CostItem &mini = report.items(CostBreakdown::Group).last();
        QCOMPARE(mini.dayOverDay(), 0.0);
    }

    void spendWithoutRequestedModelFindsItsGroup()
    {
        // LiteLLM's spend had no requested_model until mid-2026: the deployment's other series say it.
        const CostReport::Input with = steadyMonth().input(kNow);
        CostReport::Input without = with;
        for (PromSeries &series : without.intervals[QStringLiteral("cost_spend")].series)
            series.labels.remove(QStringLiteral("requested_model"));
        const CostReport expected = CostReport::build(with);
        const CostReport derived = CostReport::build(without);
        QCOMPARE(derived.items(CostBreakdown::Group).size(), expected.items(CostBreakdown::Group).size());
        for (qsizetype i = 0; i < expected.items(CostBreakdown::Group).size(); ++i) {
            QCOMPARE(derived.items(CostBreakdown::Group).at(i).key, expected.items(CostBreakdown::Group).at(i).key);
            QCOMPARE(derived.items(CostBreakdown::Group).at(i).total.spend, expected.items(CostBreakdown::Group).at(i).total.spend);
        }
        // The router's word wins where the series disagree or are missing.
        without.groups.insert(QStringLiteral("azure-primary"), QStringLiteral("renamed"));
        QVERIFY(CostReport::build(without).items(CostBreakdown::Group).size() > expected.items(CostBreakdown::Group).size());
    }

    void comparisonsNeedCoverage()
    {
        // Data only since yesterday 06:00: no day before, no week before: "no data", not 0 %.
        Fixture f(kMarch1);
        f.deployment(QStringLiteral("g"), QStringLiteral("d"), QStringLiteral("azure"), QStringLiteral("a"),
                     kHoursToMarch14 + 6, kHoursToNow - kHoursToMarch14 - 6, 100, 10, 1, 1, 1);
        const CostReport report = CostReport::build(f.input(kNow));
        QVERIFY(report.hasData());
        QVERIFY(!report.dayComparisonAvailable());
        QVERIFY(!report.weekComparisonAvailable());
        QVERIFY(std::isnan(report.total().dayOverDay()));
        QVERIFY(std::isnan(report.total().lastDay.spend));
        QVERIFY(report.topIncreases(CostBreakdown::Dimension).isEmpty());
        QCOMPARE(CostFormat::change(report.total().dayOverDay()), QStringLiteral("no data"));
        QVERIFY2(report.notes().join(QLatin1Char(' ')).contains(QStringLiteral("Data starts at 2026-03-14 06:00")),
                 qPrintable(report.notes().join(QLatin1Char('\n'))));
        // The rate of what there is: 30 hours at 1/h.
        const CostProjection p = report.projection();
        QVERIFY(p.valid);
        QCOMPARE(p.rateWindowMsecs, 24 * kHour * 1000);
        QVERIFY(near(p.dailyRate, 24.0));
        QVERIFY(p.monthDataSince.isValid());
    }

    void movers()
    {
        Fixture f(kMarch1);
        const auto agent = [&](const char *name, double before, double after) {
            f.deployment(QStringLiteral("g"), QStringLiteral("d"), QStringLiteral("azure"), QString::fromLatin1(name),
                         0, kHoursToMarch14, 1, 1, before / 24, 1, 1);
            f.deployment(QStringLiteral("g"), QStringLiteral("d"), QStringLiteral("azure"), QString::fromLatin1(name),
                         kHoursToMarch14, 24, 1, 1, after / 24, 1, 1);
            f.deployment(QStringLiteral("g"), QStringLiteral("d"), QStringLiteral("azure"), QString::fromLatin1(name),
                         kHoursToMarch14 + 24, 12, 1, 1, 0, 1, 1);
        };
        agent("steady", 100, 150); // +50, +50 %
        agent("tripled", 10, 30); // +20, +200 %
        agent("tiny", 0.5, 5); // +4.5, +900 % but under 1 % of the day before: not a relative mover
        agent("new", 0, 25); // +25, new
        agent("falling", 40, 20);
        const CostReport report = CostReport::build(f.input(kNow));
        QCOMPARE(moversText(report.topIncreases(CostBreakdown::Dimension)), QStringLiteral("steady new tripled"));
        QCOMPARE(moversText(report.topIncreases(CostBreakdown::Dimension, 10)), QStringLiteral("steady new tripled tiny"));
        QCOMPARE(moversText(report.topRelativeIncreases(CostBreakdown::Dimension)), QStringLiteral("new tripled steady"));
        const CostMover first = report.topIncreases(CostBreakdown::Dimension).first();
        QVERIFY(near(first.before, 100) && near(first.after, 150));
        QCOMPARE(CostFormat::moverSentence(first, QStringLiteral("USD")),
                 QStringLiteral("steady: $100.00 → $150.00 (+$50.00, +50 %)"));
        QCOMPARE(CostFormat::moverSentence(report.topRelativeIncreases(CostBreakdown::Dimension).first(), QStringLiteral("USD")),
                 QStringLiteral("new: $0.00 → $25.00 (+$25.00, new)"));
    }

    void projection()
    {
        const CostReport report = CostReport::build(steadyMonth().input(kNow));
        const CostProjection p = report.projection();
        QVERIFY(p.valid);
        QCOMPARE(p.month, QDate(2026, 3, 1));
        // Month to date: gpt-4o-mini 1.5/h for 348 h, gpt-4o 2/h for 312 h and 4/h for 36 h.
        QCOMPARE(p.monthToDate, 1.5 * 348 + 2.0 * 312 + 4.0 * 36);
        QVERIFY(near(p.dailyRate, 24 * 5.5));
        QCOMPARE(p.daysLeft, 16.5);
        QVERIFY(near(p.projected, 1290 + 132 * 16.5));
        QVERIFY(!p.monthDataSince.isValid());
        QVERIFY(!p.estimated);
        QCOMPARE(CostFormat::projectionSentence(p, report.currency()),
                 QStringLiteral("At the last 24 hours' rate ($132.00 a day), March 2026 ends at about $3,468: $1,290 so far "
                                "and 16.5 days to go."));

        // A range that ends in the past has no projection.
        CostReport::Input past = steadyMonth().input(kNow);
        past.to = kNow.addDays(-3);
        QVERIFY(!CostReport::build(past).projection().valid);
    }

    void partialInterval()
    {
        // 12:30: the grid ends at 12:00, an instant query covers 12:00-12:30.
        Fixture f = steadyMonth();
        CostReport::Input in = f.input(kNow.addSecs(30 * 60));
        in.partialFrom = kNow;
        PromQueryResult spend;
        spend.series.append({ { { QStringLiteral("requested_model"), QStringLiteral("gpt-4o-mini") },
                                { QStringLiteral("model_id"), QStringLiteral("azure-primary") },
                                { QStringLiteral("metadata_agent"), QStringLiteral("intent") } },
                              { { double(in.now.toSecsSinceEpoch()), 0.25 } } });
        in.partial.insert(QStringLiteral("cost_spend"), spend);
        const CostReport report = CostReport::build(in);
        QCOMPARE(report.total().buckets.last().spend, 12 * 5.5 + 0.25);
        QCOMPARE(report.total().total.spend, 618.25);
    }

    void estimatedWhenNoSpendMetric()
    {
        CostReport::Input in = steadyMonth(false).input(kNow);
        Problems problems;
        in.prices = PriceTable::parse("currency: USD\nprices:\n  gpt-4o-mini: { input_per_1k: 0.1, output_per_1k: 1.0 }\n",
                                      QStringLiteral("prices.yaml"), &problems);
        QVERIFY(problems.isEmpty());
        const CostReport report = CostReport::build(in);
        QVERIFY(report.spendMetricMissing());
        QVERIFY(report.spendEstimated());
        // azure-primary 0.1 + 0.1 per hour, openai-direct 0.2 + 0.2; gpt-4o has no price.
        QVERIFY(near(report.total().total.spend, (0.2 + 0.4) * 156));
        QCOMPARE(itemsText(report, CostBreakdown::Group), QStringLiteral("gpt-4o-mini=93.60 gpt-4o=nan"));
        const QString notes = report.notes().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("spend is estimated")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("No price for gpt-4o-azure (model gpt-4o, group gpt-4o)")), qPrintable(notes));
        QVERIFY(report.projection().estimated);
        QVERIFY(CostFormat::projectionSentence(report.projection(), QStringLiteral("USD")).contains(QStringLiteral("estimated")));

        CostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report);
        QCOMPARE(model.headerData(CostTableModel::SpendColumn, Qt::Horizontal).toString(), QStringLiteral("Estimated spend (USD)"));
        QCOMPARE(model.index(0, CostTableModel::SpendColumn).data().toString(), QStringLiteral("$93.60"));
        QCOMPARE(model.index(1, CostTableModel::SpendColumn).data().toString(), QStringLiteral("no data"));
        QVERIFY(model.index(0, CostTableModel::SpendColumn).data(CostTableModel::EstimatedRole).toBool());
    }

    void partlyEstimated()
    {
        // Only azure-primary exports spend: the others are estimated and say so in their cells.
        Fixture f = steadyMonth(false);
        f.hourly(QStringLiteral("cost_spend"),
                 { { QStringLiteral("requested_model"), QStringLiteral("gpt-4o-mini") },
                   { QStringLiteral("model_id"), QStringLiteral("azure-primary") },
                   { QStringLiteral("metadata_agent"), QStringLiteral("intent") } },
                 0, kHoursToNow, 0.5);
        CostReport::Input in = f.input(kNow);
        in.prices.setPrice(QStringLiteral("gpt-4o-mini"), { 0.1, 1.0 });
        in.prices.setPrice(QStringLiteral("gpt-4o-azure"), { 1.0, 10.0 });
        const CostReport report = CostReport::build(in);
        QVERIFY(!report.spendMetricMissing());
        QVERIFY(report.spendEstimated());
        CostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBreakdown(CostBreakdown::Deployment);
        model.setReport(report);
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row)
            cells.append(model.index(row, CostTableModel::NameColumn).data().toString() + QLatin1Char('=')
                         + model.index(row, CostTableModel::SpendColumn).data().toString());
        // gpt-4o-azure: 0.5 + 3 per hour = 3.5 * 156; azure-primary measured, 0.5 * 156; openai-direct 0.4 * 156.
        QCOMPARE(cells.join(QLatin1Char(' ')), QStringLiteral("gpt-4o-azure=$546.00 (estimated) azure-primary=$78.00 "
                                                              "openai-direct=$62.40 (estimated)"));
    }

    void emptyRangeSaysNoData()
    {
        CostReport::Input in;
        in.now = kNow;
        in.to = kNow;
        in.from = kNow.addDays(-7);
        in.timeZone = QTimeZone::utc();
        const CostReport empty = CostReport::build(in);
        QVERIFY(!empty.hasData());
        QVERIFY(empty.items(CostBreakdown::Dimension).isEmpty());
        QVERIFY(std::isnan(empty.total().total.spend));
        QVERIFY(!empty.projection().valid);
        QVERIFY(empty.notes().contains(QStringLiteral("No data in this range.")));
        QCOMPARE(CostFormat::money(empty.total().total.spend, QStringLiteral("USD")), QStringLiteral("no data"));
        QCOMPARE(CostFormat::count(empty.total().total.requests), QStringLiteral("no data"));

        // Data exists, but not in the range asked for.
        CostReport::Input before = steadyMonth().input(kNow);
        before.from = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc());
        before.to = QDateTime(QDate(2026, 2, 8), QTime(0, 0), QTimeZone::utc());
        const CostReport february = CostReport::build(before);
        QVERIFY(!february.hasData());
        QVERIFY(std::isnan(february.total().buckets.first().spend));
        QCOMPARE(february.bucketStarts().size(), 7);
    }

    void tableModelMergesAndSorts()
    {
        CostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CostTableModel::SortRole);
        QItemSelectionModel selection(&proxy);
        model.setBreakdown(CostBreakdown::Dimension);
        model.setReport(CostReport::build(steadyMonth().input(kNow)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(CostTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Agent"));
        proxy.sort(CostTableModel::SpendColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("flow"));
        selection.select(proxy.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        // A refresh with one more agent: rows merge, the selection stays on "intent".
        Fixture f = steadyMonth();
        f.deployment(QStringLiteral("gpt-4o-mini"), QStringLiteral("azure-primary"), QStringLiteral("azure"),
                     QStringLiteral("summaries"), 0, kHoursToNow, 10, 10, 0.01, 1, 1);
        model.setReport(CostReport::build(f.input(kNow)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data().toString(), QStringLiteral("intent"));
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("summaries"));

        const QModelIndex intent = model.index(model.rowOfKey(QStringLiteral("intent")), 0);
        QCOMPARE(intent.siblingAtColumn(CostTableModel::ShareColumn).data().toString(), QStringLiteral("74.6 %"));
        QCOMPARE(intent.siblingAtColumn(CostTableModel::DayOverDayColumn).data().toString(), QStringLiteral("+80 %"));
        QCOMPARE(intent.siblingAtColumn(CostTableModel::AverageInputColumn).data().toString(), QStringLiteral("107"));

        model.setBreakdown(CostBreakdown::Provider);
        QCOMPARE(model.headerData(CostTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Provider"));
        QCOMPARE(model.rowCount(), 2);
        model.setReport(CostReport::build(CostReport::Input()));
        QCOMPARE(model.rowCount(), 0);
    }

    void tableCsv()
    {
        CostTableModel model;
        model.setBreakdown(CostBreakdown::Group);
        model.setReport(CostReport::build(steadyMonth().input(kNow)));
        const QStringList lines = model.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Model group,Spend (USD),Share (%),Input tokens,Output tokens,Requests,"
                                             "\"Per 1,000 requests (USD)\",Input tokens per call,Day over day (%),Week over week (%)"));
        QCOMPARE(lines.at(1), QStringLiteral("gpt-4o,384.000000,62.14,78000,46800,780,492.307692,100.0,100.00,14.29"));
    }

    void format_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        const double nan = CostFigures::kNone;
        QTest::addRow("money large") << "money" << 12345.678 << "$12,346";
        QTest::addRow("money cents") << "money" << 12.345 << "$12.35";
        QTest::addRow("money small") << "money" << 0.0423 << "$0.042";
        QTest::addRow("money tiny") << "money" << 0.000042 << "$0.000042";
        QTest::addRow("money zero") << "money" << 0.0 << "$0.00";
        QTest::addRow("money negative") << "money" << -3.5 << "−$3.50";
        QTest::addRow("money nan") << "money" << nan << "no data";
        QTest::addRow("short money k") << "short" << 1234.0 << "$1.2k";
        QTest::addRow("short money") << "short" << 0.42 << "$0.42";
        QTest::addRow("count") << "count" << 1234567.4 << "1,234,567";
        QTest::addRow("count nan") << "count" << nan << "no data";
        QTest::addRow("short count M") << "shortCount" << 1234567.0 << "1.23 M";
        QTest::addRow("short count k") << "shortCount" << 84600.0 << "85 k";
        QTest::addRow("change up") << "change" << 0.1234 << "+12 %";
        QTest::addRow("change small down") << "change" << -0.04 << "−4.0 %";
        QTest::addRow("change zero") << "change" << 0.0 << "0.0 %";
        QTest::addRow("change new") << "change" << std::numeric_limits<double>::infinity() << "new";
        QTest::addRow("change nan") << "change" << nan << "no data";
    }

    void format()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QString actual;
        if (kind == QLatin1String("money"))
            actual = CostFormat::money(value, QStringLiteral("USD"));
        else if (kind == QLatin1String("short"))
            actual = CostFormat::shortMoney(value, QStringLiteral("USD"));
        else if (kind == QLatin1String("count"))
            actual = CostFormat::count(value);
        else if (kind == QLatin1String("shortCount"))
            actual = CostFormat::shortCount(value);
        else
            actual = CostFormat::change(value);
        QCOMPARE(actual, expected);
        QCOMPARE(CostFormat::money(2.5, QStringLiteral("CHF")), QStringLiteral("2.50 CHF"));
    }

    void priceTableParse_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("problem"); // empty: loads without problems
        QTest::addRow("good") << QByteArray("currency: EUR\nprices:\n  m: { input_per_1k: 0.5, output_per_1k: 2 }\n") << QString();
        QTest::addRow("negative") << QByteArray("prices:\n  m: { input_per_1k: -1, output_per_1k: 2 }\n")
                                  << QStringLiteral("error: prices.m.input_per_1k must be a number >= 0, got '-1'");
        QTest::addRow("text") << QByteArray("prices:\n  m: { input_per_1k: cheap, output_per_1k: 2 }\n")
                              << QStringLiteral("prices.m.input_per_1k must be a number >= 0, got 'cheap'");
        QTest::addRow("missing") << QByteArray("prices:\n  m: { input_per_1k: 1 }\n")
                                 << QStringLiteral("prices.m has no output_per_1k");
        QTest::addRow("not a map") << QByteArray("prices:\n  m: 3\n")
                                   << QStringLiteral("prices.m must be a map with input_per_1k and output_per_1k, got '3'");
        QTest::addRow("list") << QByteArray("- a\n- b\n") << QStringLiteral("must be a map with 'currency' and 'prices'");
        QTest::addRow("typo") << QByteArray("prices:\n  m: { input_per_1k: 1, output_per_1k: 1, cached_per_1k: 1 }\n")
                              << QStringLiteral("warning: prices.m.cached_per_1k is not known");
        QTest::addRow("syntax") << QByteArray("prices: {\n") << QStringLiteral("prices.yaml:");
    }

    void priceTableParse()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, problem);
        Problems problems;
        const PriceTable table = PriceTable::parse(yaml, QStringLiteral("prices.yaml"), &problems);
        QStringList messages;
        for (const Problem &p : problems)
            messages.append(p.toString());
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
            QCOMPARE(table.currency(), QStringLiteral("EUR"));
            QCOMPARE(table.prices().value(QStringLiteral("m")), (PriceTable::Price { 0.5, 2 }));
        } else {
            QVERIFY2(messages.join(QLatin1Char('\n')).contains(problem), qPrintable(messages.join(QLatin1Char('\n'))));
        }
    }

    void priceTableLookupAndRoundTrip()
    {
        const PriceTable builtIn = PriceTable::builtIn();
        QCOMPARE(builtIn.currency(), QStringLiteral("USD"));
        // The demo's primary deployment reports model gpt-4o-mini-ptu: its group's price applies.
        const auto mini = builtIn.find(QStringLiteral("azure-primary"), QStringLiteral("gpt-4o-mini-ptu"),
                                       QStringLiteral("azure"), QStringLiteral("gpt-4o-mini"));
        QVERIFY(mini);
        QCOMPARE(mini->key, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mini->price, (PriceTable::Price { 0.00015, 0.0006 }));
        QVERIFY(!builtIn.find(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("None")));

        PriceTable table;
        table.setPrice(QStringLiteral("gpt-4o"), { 1, 2 });
        table.setPrice(QStringLiteral("azure/gpt-4o"), { 3, 4 });
        table.setPrice(QStringLiteral("azure-primary"), { 5, 6 });
        table.setPrice(QStringLiteral("odd: name"), { 0.1, 0 });
        QCOMPARE(table.find(QStringLiteral("azure-primary"), QStringLiteral("gpt-4o"), QStringLiteral("azure"), QString())->key,
                 QStringLiteral("azure-primary"));
        QCOMPARE(table.find(QStringLiteral("other"), QStringLiteral("gpt-4o"), QStringLiteral("azure"), QString())->key,
                 QStringLiteral("gpt-4o"));
        table.removePrice(QStringLiteral("gpt-4o"));
        QCOMPARE(table.find(QStringLiteral("other"), QStringLiteral("gpt-4o"), QStringLiteral("azure"), QString())->key,
                 QStringLiteral("azure/gpt-4o"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles/demo/prices.yaml"));
        QCOMPARE(table.save(path), QString());
        Problems problems;
        const PriceTable loaded = PriceTable::load(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(loaded, table);
        PriceTable::load(dir.filePath(QStringLiteral("missing.yaml")), &problems);
        QVERIFY(problems.size() == 1 && problems.first().message.contains(QStringLiteral("cannot open price table")));
    }

    void queryPlan_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("bucket");
        QTest::addColumn<QString>("customFrom");
        QTest::addColumn<QString>("customTo");
        QTest::addColumn<QString>("expected"); // from|bucket|fetchFrom|resolution|gridStart..gridEnd|partialFrom|points
        QTest::addColumn<QString>("note");
        const int hour = int(CostBucket::Hour);
        const int day = int(CostBucket::Day);
        // Now is 2026-03-15 12:34 UTC. Ranges ending now fetch the month so far and two weeks back.
        QTest::addRow("7d daily") << int(CostRangePreset::Last7Days) << day << QString() << QString()
                                  << "03-09 00:00|day|03-01 00:00|3600|03-01 01:00..03-15 12:00|03-15 12:00|348" << QString();
        QTest::addRow("24h hourly") << int(CostRangePreset::Last24Hours) << hour << QString() << QString()
                                    << "03-14 13:00|hour|03-01 00:00|3600|03-01 01:00..03-15 12:00|03-15 12:00|348" << QString();
        QTest::addRow("30d daily") << int(CostRangePreset::Last30Days) << day << QString() << QString()
                                   << "02-14 00:00|day|02-14 00:00|3600|02-14 01:00..03-15 12:00|03-15 12:00|708" << QString();
        QTest::addRow("30d hourly is shown by day")
            << int(CostRangePreset::Last30Days) << hour << QString() << QString()
            << "02-14 00:00|day|02-14 00:00|3600|02-14 01:00..03-15 12:00|03-15 12:00|708"
            << "Hourly buckets are offered for ranges up to 7 days";
        QTest::addRow("custom in the past, whole days")
            << int(CostRangePreset::Custom) << day << "2026-02-01T00:00:00" << "2026-02-08T00:00:00"
            << "02-01 00:00|day|01-25 00:00|3600|01-25 01:00..02-08 00:00||336" << QString();
        QTest::addRow("custom half a year: daily intervals")
            << int(CostRangePreset::Custom) << day << "2025-09-01T10:00:00" << QString()
            << "09-01 00:00|day|09-01 00:00|86400|09-02 00:00..03-15 00:00|03-15 00:00|195" << QString();
    }

    void queryPlan()
    {
        QFETCH(int, preset);
        QFETCH(int, bucket);
        QFETCH(QString, customFrom);
        QFETCH(QString, customTo);
        QFETCH(QString, expected);
        QFETCH(QString, note);
        const QTimeZone utc = QTimeZone::utc();
        const auto at = [&](const QString &text) {
            const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            return text.isEmpty() ? QDateTime() : QDateTime(t.date(), t.time(), utc);
        };
        CostRequest request;
        request.preset = CostRangePreset(preset);
        request.bucket = CostBucket(bucket);
        request.from = at(customFrom);
        request.to = at(customTo);
        const QDateTime now(QDate(2026, 3, 15), QTime(12, 34), utc);
        const CostQueryPlan plan = CostQueryPlan::plan(request, now, utc);
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        const auto text = [&](const QDateTime &t) {
            return t.isValid() ? t.toTimeZone(utc).toString(QStringLiteral("MM-dd HH:mm")) : QString();
        };
        const QString actual = QStringLiteral("%1|%2|%3|%4|%5..%6|%7|%8")
                                   .arg(text(plan.from), plan.bucket == CostBucket::Hour ? QStringLiteral("hour") : QStringLiteral("day"),
                                        text(plan.fetchFrom), QString::number(plan.resolutionSeconds), text(plan.gridStart),
                                        text(plan.gridEnd), text(plan.partialFrom), QString::number(plan.points));
        QCOMPARE(actual, expected);
        QVERIFY(plan.points <= 11000);
        if (note.isEmpty())
            QVERIFY2(plan.notes.isEmpty(), qPrintable(plan.notes.join(QLatin1Char('\n'))));
        else
            QVERIFY2(plan.notes.join(QLatin1Char('\n')).contains(note), qPrintable(plan.notes.join(QLatin1Char('\n'))));
        QCOMPARE(plan.partialSeconds(), plan.partialFrom.isValid() ? plan.partialFrom.secsTo(plan.to) : 0);
    }

    void queryPlanRejectsEmptyRanges()
    {
        CostRequest request;
        request.preset = CostRangePreset::Custom;
        const QDateTime now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());
        QVERIFY(CostQueryPlan::plan(request, now, QTimeZone::utc()).error.contains(QStringLiteral("needs a start")));
        request.from = now.addDays(1);
        QVERIFY(CostQueryPlan::plan(request, now, QTimeZone::utc()).error.contains(QStringLiteral("The range is empty")));
        // Forty years by day: clipped to what one range query may return.
        request.from = now.addYears(-40);
        const CostQueryPlan long_ = CostQueryPlan::plan(request, now, QTimeZone::utc());
        QVERIFY(long_.isValid());
        QVERIFY(long_.points <= 11000);
        QVERIFY(long_.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Ranges are limited to 10999 days")));
    }

    void profileNamesItsPriceTable()
    {
        Problems problems;
        const QList<ConnectionProfile> profiles = ConnectionProfiles::parse(
            "profiles:\n  - name: prod\n    prometheus_url: http://p:9090\n    price_table: /etc/routedeck/prices.yaml\n",
            QStringLiteral("profiles.yaml"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(profiles.first().priceTable, QStringLiteral("/etc/routedeck/prices.yaml"));
        const QList<ConnectionProfile> again = ConnectionProfiles::parse(ConnectionProfiles::serialize(profiles),
                                                                         QStringLiteral("profiles.yaml"), &problems);
        QCOMPARE(again, profiles);
    }

    void catalogCostQueriesAreOptional()
    {
        const QueryCatalog builtIn = QueryCatalog::builtIn();
        QVERIFY(builtIn.hasCostQueries());
        QCOMPARE(builtIn.costDimensions(), (QStringList { QStringLiteral("metadata_agent"), QStringLiteral("team"), QStringLiteral("api_key_alias") }));
        QueryCatalog::Parameters parameters;
        parameters.windowSeconds = 3600;
        parameters.dimension = QStringLiteral("team");
        QCOMPARE(builtIn.render(QStringLiteral("cost_spend"), parameters),
                 QStringLiteral("sum by (requested_model, model_id, team) (increase(litellm_spend_metric_total{}[1h]))"));

        // An older custom catalog without cost queries still loads.
        QByteArray text = "name: old\nqueries:\n";
        for (const QString &name : QueryCatalog::requiredQueries())
            text += "  " + name.toUtf8() + ": up\n";
        Problems problems;
        const QueryCatalog old = QueryCatalog::parse(text, QStringLiteral("old.yaml"), &problems);
        QVERIFY(old.isValid());
        QVERIFY(problems.isEmpty());
        QVERIFY(!old.hasCostQueries());
        QCOMPARE(old.costDimensions().first(), QStringLiteral("metadata_agent"));

        // Tokens and calls without spend: usable, spend is estimated.
        for (const QString &name : QueryCatalog::costQueries()) {
            if (name != QLatin1String("cost_spend"))
                text += "  " + name.toUtf8() + ": sum by (model_id) (increase(tokens[$window]))\n";
        }
        text += "cost_dimensions: [agent, \"bad label\", feature]\n";
        problems.clear();
        const QueryCatalog noSpend = QueryCatalog::parse(text, QStringLiteral("nospend.yaml"), &problems);
        QVERIFY(noSpend.hasCostQueries());
        QCOMPARE(noSpend.costDimensions(), (QStringList { QStringLiteral("agent"), QStringLiteral("feature") }));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("'bad label' is not a label name")));
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
