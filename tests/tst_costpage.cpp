// SPDX-License-Identifier: GPL-3.0-or-later
// The Cost page offscreen: what it shows for a report (headline, bars, trend, changes, table), that
// estimates say "estimated", that an empty range says "no data", when it asks for new data, the
// stacked bar chart's axis arithmetic, and the price table dialog's validation.
#include "costpage.h"
#include "costtablemodel.h"
#include "pricetabledialog.h"
#include "stackedbarchart.h"
#include "timeserieschart.h"

#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace RouteDeck;

namespace {

const QDateTime kMarch1 = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kNow = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());
constexpr qint64 kHoursToNow = 14 * 24 + 12;

// `count` agents on one deployment, agent i spending (i + 1) per hour; agent 0 doubles yesterday.
CostReport::Input agents(int count, bool withSpend = true)
{
    CostReport::Input in;
    in.now = kNow;
    in.to = kNow;
    in.timeZone = QTimeZone::utc();
    in.bucket = CostBucket::Day;
    in.from = CostReport::rangeStart(CostRangePreset::Last7Days, CostBucket::Day, kNow, in.timeZone);
    const auto add = [&](const QString &query, const PromLabels &labels, const std::function<double(qint64)> &value) {
        PromSeries series { labels, {} };
        for (qint64 h = 0; h < kHoursToNow; ++h)
            series.samples.append({ double(kMarch1.toSecsSinceEpoch() + (h + 1) * 3600), value(h) });
        in.intervals[query].series.append(series);
    };
    for (int i = 0; i < count; ++i) {
        PromLabels labels { { QStringLiteral("requested_model"), QStringLiteral("gpt-4o-mini") },
                            { QStringLiteral("model_id"), QStringLiteral("azure-primary") },
                            { QStringLiteral("metadata_agent"), QStringLiteral("agent%1").arg(i) } };
        const double perHour = i + 1;
        const bool doubles = i == 0;
        const auto spend = [perHour, doubles](qint64 h) { return doubles && h >= 13 * 24 ? 2 * perHour : perHour; };
        if (withSpend)
            add(QStringLiteral("cost_spend"), labels, spend);
        add(QStringLiteral("cost_input_tokens"), labels, [spend](qint64 h) { return spend(h) * 1000; });
        add(QStringLiteral("cost_output_tokens"), labels, [](qint64) { return 0.0; });
        add(QStringLiteral("cost_requests"), labels, [](qint64) { return 10.0; });
        add(QStringLiteral("cost_successes"), labels, [](qint64) { return 10.0; });
    }
    in.prices.setPrice(QStringLiteral("gpt-4o-mini"), { 1.0, 0 }); // 1 per 1,000 input tokens: the same spend
    return in;
}

} // namespace

class TestCostPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void niceTicks_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("ticks");
        QTest::addRow("3,870") << 3870.0 << "0 1000 2000 3000 4000";
        QTest::addRow("9") << 9.0 << "0 2.5 5 7.5 10";
        QTest::addRow("0.42") << 0.42 << "0 0.2 0.4 0.6";
        QTest::addRow("exact") << 100.0 << "0 25 50 75 100";
        QTest::addRow("zero") << 0.0 << "0 1";
        QTest::addRow("nan") << std::nan("") << "0 1";
    }

    void niceTicks()
    {
        QFETCH(double, max);
        QFETCH(QString, ticks);
        QStringList text;
        for (double t : StackedBarChart::niceTicks(max))
            text.append(QString::number(t));
        QCOMPARE(text.join(QLatin1Char(' ')), ticks);
    }

    void stackedBars()
    {
        StackedBarChart chart;
        chart.resize(600, 300);
        QList<QDateTime> days;
        for (int d = 0; d < 7; ++d)
            days.append(QDateTime(QDate(2026, 3, 9 + d), QTime(0, 0)));
        chart.setBuckets(days, QDateTime(QDate(2026, 3, 15), QTime(12, 0)), true);
        chart.setLayers({ { QStringLiteral("a"), { 1, 2, 3, 4, 5, 6, 7 }, QColor() },
                          { QStringLiteral("b"), { std::nan(""), 1, 1, 1, 1, 1, 1 }, QColor() } });
        QCOMPARE(chart.categories().first(), QStringLiteral("Mon 9"));
        QCOMPARE(chart.categories().last(), QStringLiteral("today")); // unfinished
        QVERIFY(!chart.hasTimeAxis());
        QCOMPARE(chart.stackTotal(0), 1.0); // "no data" in b adds nothing
        QCOMPARE(chart.stackTotal(6), 8.0);
        QVERIFY(!chart.isEmpty());
        chart.setValueFormatter([](double v) { return QStringLiteral("$%1").arg(v); }, QStringLiteral("USD"));
        // The highest stack is 8: ticks every 2.
        QCOMPARE(chart.valueAxisLabels(), (QStringList { QStringLiteral("$2"), QStringLiteral("$4"), QStringLiteral("$6"),
                                                          QStringLiteral("$8") }));

        // A week by the hour: too many bars to label, a time axis instead.
        QList<QDateTime> hours;
        for (int h = 0; h < 168; ++h)
            hours.append(days.first().addSecs(h * 3600));
        chart.setBuckets(hours, hours.last().addSecs(3600), false);
        QList<double> ramp;
        for (int h = 0; h < 168; ++h)
            ramp.append(h % 24);
        chart.setLayers({ { QStringLiteral("a"), ramp, QColor() } });
        QVERIFY(chart.hasTimeAxis());
        QCOMPARE(chart.valueAxisLabels().last(), QStringLiteral("$30")); // the highest bar is 23
        if (const QString shots = qEnvironmentVariable("ROUTEDECK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            chart.show();
            QTest::qWait(200);
            QVERIFY(chart.grab().save(shots + QStringLiteral("/stacked-hourly.png")));
        }
        chart.setLayers({ { QStringLiteral("a"), QList<double>(168, std::nan("")), QColor() } });
        QVERIFY(chart.hasTimeAxis());
        QVERIFY(chart.isEmpty());
        QVERIFY(std::isnan(chart.stackTotal(3)));
    }

    void barLayersKeepTheLargest()
    {
        const CostReport report = CostReport::build(agents(8));
        const QList<StackedBarChart::Layer> layers = CostPage::barLayers(report, CostBreakdown::Dimension, 6);
        QCOMPARE(layers.size(), 7);
        QCOMPARE(layers.first().name, QStringLiteral("agent7"));
        QCOMPARE(layers.last().name, QStringLiteral("Other (2 more)"));
        // Other: agent0 (1/h, 2/h from 14 March) and agent1 (2/h): 9 March is 24 * 3.
        QCOMPARE(layers.last().values.first(), 72.0);
        // Seven items fit without an "Other" of one.
        QCOMPARE(CostPage::barLayers(CostReport::build(agents(7)), CostBreakdown::Dimension, 6).size(), 7);
    }

    void showsAReport()
    {
        CostPage page;
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.breakdown(), CostBreakdown::Dimension); // by agent at first
        QCOMPARE(page.request().dimension, QStringLiteral("metadata_agent"));
        page.setReport(CostReport::build(agents(3)));
        // 156 hours in range: agents 1 + 2 + 3 per hour, agent0 1 more for 36 hours.
        const QString headline = page.headlineText();
        QVERIFY2(headline.contains(QStringLiteral("Spend, the last 7 days $972.00 as the router reports it")), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Day over day +17 %")), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Month-end projection")), qPrintable(headline));
        QCOMPARE(page.barChart()->layerNames(), (QStringList { QStringLiteral("agent2"), QStringLiteral("agent1"), QStringLiteral("agent0") }));
        QCOMPARE(page.barChart()->categories().size(), 7);
        QCOMPARE(page.barChart()->stackTotal(0), 144.0);
        QCOMPARE(page.trendChart()->seriesNames().size(), 3);
        QCOMPARE(page.trendChart()->title(), QStringLiteral("Input tokens per call by agent"));
        const QString changes = page.changesText();
        QVERIFY2(changes.contains(QStringLiteral("Biggest increases (Sat 14 Mar against the day before): agent0: $24.00 → $48.00 "
                                                 "(+$24.00, +100 %)")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("Projection: At the last 24 hours' rate")), qPrintable(changes));
        QCOMPARE(page.tableModel()->rowCount(), 3);

        QTemporaryDir dir;
        const QString shots = qEnvironmentVariable("ROUTEDECK_SCREENSHOT_DIR");
        const QString png = (shots.isEmpty() ? dir.path() : shots) + QStringLiteral("/cost-page-fixture.png");
        QTest::qWait(200);
        QVERIFY(page.saveImage(png));
        QCOMPARE(QImage(png).isNull(), false);
    }

    void estimatesSayEstimated()
    {
        CostPage page;
        page.resize(1280, 760);
        page.show();
        page.setReport(CostReport::build(agents(3, false)));
        QVERIFY(page.report().spendMetricMissing());
        const QString headline = page.headlineText();
        QVERIFY2(headline.contains(QStringLiteral("Estimated spend, the last 7 days $972.00 estimated from tokens × prices")),
                 qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("a day, estimated")), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Day over day, estimated +17 %")), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Estimated cost per 1,000 requests $207.69")), qPrintable(headline));
        QVERIFY(page.barChart()->title().startsWith(QStringLiteral("Estimated spend per day")));
        QCOMPARE(page.tableModel()->headerData(CostTableModel::SpendColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Estimated spend (USD)"));
        QVERIFY(page.changesText().contains(QStringLiteral("(estimated)")));
        QVERIFY(page.changesText().contains(QStringLiteral("spend is estimated from token counts and the price table")));
        if (const QString shots = qEnvironmentVariable("ROUTEDECK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(page.saveImage(shots + QStringLiteral("/cost-page-estimated.png")));
        }
    }

    void emptyRangeSaysNoData()
    {
        CostPage page;
        page.show();
        CostReport::Input in;
        in.now = kNow;
        in.to = kNow;
        in.from = kNow.addDays(-6);
        in.timeZone = QTimeZone::utc();
        page.setReport(CostReport::build(in));
        QVERIFY2(page.headlineText().startsWith(QStringLiteral("Spend, the last 7 days no data")), qPrintable(page.headlineText()));
        QVERIFY(!page.headlineText().contains(QStringLiteral("$0")));
        QVERIFY(page.changesText().startsWith(QStringLiteral("No data for the last 7 days.")));
        QVERIFY(page.barChart()->isEmpty());
        QCOMPARE(page.tableModel()->rowCount(), 0);

        page.setError(QStringLiteral("connection refused"));
        QVERIFY(page.statusText().contains(QStringLiteral("Could not load cost data: connection refused")));
    }

    void asksForDataWhenTheChoiceChanges()
    {
        CostPage page;
        page.show();
        page.setReport(CostReport::build(agents(2)));
        QSignalSpy wanted(&page, &CostPage::reportWanted);
        auto *range = page.findChild<QComboBox *>(QStringLiteral("costRange"));
        auto *bucket = page.findChild<QComboBox *>(QStringLiteral("costBucket"));
        auto *by = page.findChild<QComboBox *>(QStringLiteral("costBy"));
        QVERIFY(range && bucket && by);

        range->setCurrentIndex(range->findData(int(CostRangePreset::Last30Days)));
        QCOMPARE(wanted.size(), 1);
        CostRequest request = wanted.last().first().value<CostRequest>();
        QCOMPARE(request.preset, CostRangePreset::Last30Days);
        QCOMPARE(request.bucket, CostBucket::Day);
        // Thirty days of hourly bars would not read: the choice is disabled.
        auto *items = qobject_cast<QStandardItemModel *>(bucket->model());
        QVERIFY(!items->item(bucket->findData(int(CostBucket::Hour)))->isEnabled());

        range->setCurrentIndex(range->findData(int(CostRangePreset::Last24Hours)));
        request = wanted.last().first().value<CostRequest>();
        QCOMPARE(request.bucket, CostBucket::Hour); // the preset's own bucket
        QVERIFY(items->item(bucket->findData(int(CostBucket::Hour)))->isEnabled());

        // Group, deployment and provider come with every report; another dimension needs new data.
        const qsizetype before = wanted.size();
        by->setCurrentIndex(0);
        QCOMPARE(wanted.size(), before);
        QCOMPARE(page.tableModel()->breakdown(), CostBreakdown::Group);
        by->setCurrentIndex(by->findText(QStringLiteral("Team")));
        QCOMPARE(wanted.size(), before + 1);
        QCOMPARE(wanted.last().first().value<CostRequest>().dimension, QStringLiteral("team"));

        // Refreshes: due after kRefreshSeconds, never while a request is unanswered.
        page.setReport(CostReport::build(agents(2)));
        const qsizetype settled = wanted.size();
        page.setSnapshot(Snapshot(), SeriesStore());
        QCOMPARE(wanted.size(), settled); // fresh
    }

    void priceDialogValidates()
    {
        PriceTable prices;
        prices.setPrice(QStringLiteral("gpt-4o"), { 0.0025, 0.01 });
        PriceTableDialog dialog(prices, QStringLiteral("/tmp/prices.yaml"));
        PriceTable result;
        QCOMPARE(dialog.validate(&result), QString());
        QCOMPARE(result, prices);
        QTableWidget *table = dialog.table();
        table->insertRow(1);
        table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("gpt-4o-mini")));
        table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("cheap")));
        table->setItem(1, 2, new QTableWidgetItem(QStringLiteral("0.0006")));
        QCOMPARE(dialog.validate(nullptr), QStringLiteral("Row 2 (gpt-4o-mini): the input price must be a number >= 0, got 'cheap'."));
        table->item(1, 1)->setText(QStringLiteral("0.00015"));
        QCOMPARE(dialog.validate(&result), QString());
        QCOMPARE(result.prices().value(QStringLiteral("gpt-4o-mini")), (PriceTable::Price { 0.00015, 0.0006 }));
        table->item(1, 0)->setText(QStringLiteral("gpt-4o"));
        QCOMPARE(dialog.validate(nullptr), QStringLiteral("Row 2: gpt-4o is listed twice."));
    }
};

QTEST_MAIN(TestCostPage)
#include "tst_costpage.moc"
