// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystep.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace RouteDeck;

class TestQueryStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepFor_data();
    void stepFor();
    void stepForKeepsLimitsOnRandomInputs();
    void rateWindowFor_data();
    void rateWindowFor();
    void pointsFor();
};

void TestQueryStep::stepFor_data()
{
    QTest::addColumn<double>("range");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<double>("scrape");
    QTest::addColumn<double>("step");

    const double hour = 3600;
    const double day = 24 * hour;
    QTest::addRow("1 h on 1200 px, 15 s scrape: scrape wins") << hour << 1200 << 15.0 << 15.0;
    QTest::addRow("1 h on 600 px, 1 s scrape: one point per pixel") << hour << 600 << 1.0 << 6.0;
    QTest::addRow("1 day on 1000 px: 86.4 s rounds up") << day << 1000 << 15.0 << 87.0;
    QTest::addRow("30 days on a 100,000 px export: 11,000-point cap")
        << 30 * day << 100000 << 1.0 << 236.0; // 2,592,000 / 11,000 = 235.6
    QTest::addRow("11,000 s on 20,000 px, no scrape: exactly at the cap") << 11000.0 << 20000 << 0.0 << 1.0;
    QTest::addRow("1 min on 1000 px, no scrape: milliseconds") << 60.0 << 1000 << 0.0 << 0.06;
    QTest::addRow("5 s on 3000 px, 0.5 s scrape") << 5.0 << 3000 << 0.5 << 0.5;
    QTest::addRow("tiny step rounds up to 1 ms") << 1.0 << 5000 << 0.0 << 0.001;
    QTest::addRow("zero width counts as one pixel") << hour << 0 << 15.0 << 3600.0;
    QTest::addRow("negative width counts as one pixel") << 600.0 << -5 << 0.0 << 600.0;
    QTest::addRow("empty range: the scrape interval") << 0.0 << 800 << 30.0 << 30.0;
    QTest::addRow("empty range, no scrape: 1 s") << 0.0 << 800 << 0.0 << 1.0;
    QTest::addRow("negative range: like empty") << -50.0 << 800 << 10.0 << 10.0;
    QTest::addRow("NaN range and scrape")
        << std::numeric_limits<double>::quiet_NaN() << 800 << std::numeric_limits<double>::quiet_NaN() << 1.0;
    QTest::addRow("infinite scrape ignored")
        << 800.0 << 800 << std::numeric_limits<double>::infinity() << 1.0;
}

void TestQueryStep::stepFor()
{
    QFETCH(double, range);
    QFETCH(int, pixels);
    QFETCH(double, scrape);
    QFETCH(double, step);
    QCOMPARE(QueryStep::stepFor(range, pixels, scrape), step);
}

void TestQueryStep::stepForKeepsLimitsOnRandomInputs()
{
    QRandomGenerator random(20241127);
    for (int i = 0; i < 100000; ++i) {
        const double range = std::pow(10.0, random.bounded(8.5)); // 1 s .. ~10 years
        const int pixels = int(random.bounded(1, 200000));
        const double scrape = random.bounded(4) == 0 ? 0.0 : std::pow(10.0, random.bounded(4.0) - 1.0);
        const double step = QueryStep::stepFor(range, pixels, scrape);
        const QByteArray where = QStringLiteral("range %1, %2 px, scrape %3 -> step %4")
                                     .arg(range, 0, 'g', 17)
                                     .arg(pixels)
                                     .arg(scrape, 0, 'g', 17)
                                     .arg(step, 0, 'g', 17)
                                     .toUtf8();
        QVERIFY2(range / step <= QueryStep::kMaxPointsPerSeries, where.constData());
        QVERIFY2(step >= scrape, where.constData());
        // Not needlessly coarse: within rounding of the largest of the three lower bounds.
        const double bound = std::max({ range / pixels, scrape, range / QueryStep::kMaxPointsPerSeries });
        QVERIFY2(step < bound + (bound >= 1.0 ? 1.0 : 0.001) + 1e-9, where.constData());
    }
}

void TestQueryStep::rateWindowFor_data()
{
    QTest::addColumn<double>("step");
    QTest::addColumn<double>("scrape");
    QTest::addColumn<double>("window");
    QTest::addRow("step below 3 scrapes: 4 scrapes") << 15.0 << 15.0 << 60.0;
    QTest::addRow("large step: step + scrape") << 120.0 << 15.0 << 135.0;
    QTest::addRow("1 s scrape, 1 s step") << 1.0 << 1.0 << 4.0;
    QTest::addRow("unknown scrape: the step") << 30.0 << 0.0 << 30.0;
}

void TestQueryStep::rateWindowFor()
{
    QFETCH(double, step);
    QFETCH(double, scrape);
    QFETCH(double, window);
    QCOMPARE(QueryStep::rateWindowFor(step, scrape), window);
}

void TestQueryStep::pointsFor()
{
    QCOMPARE(QueryStep::pointsFor(3600, 15), qint64(241));
    QCOMPARE(QueryStep::pointsFor(110000, 10), qint64(11001)); // Prometheus still accepts: 11,000 steps
    QCOMPARE(QueryStep::pointsFor(0, 15), qint64(1));
    QCOMPARE(QueryStep::pointsFor(100, 0), qint64(0));
    QCOMPARE(QueryStep::pointsFor(100, -1), qint64(0));
}

QTEST_GUILESS_MAIN(TestQueryStep)
#include "tst_querystep.moc"
