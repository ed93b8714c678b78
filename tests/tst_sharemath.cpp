// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharemath.h"

#include <QTest>

using namespace RouteDeck;

namespace {
Deployment make(const char *id, std::optional<double> weight, std::optional<double> rpm = {},
                std::optional<double> tpm = {}, std::optional<int> order = {})
{
    Deployment d;
    d.id = QString::fromLatin1(id);
    d.group = QStringLiteral("g");
    d.weight = weight;
    d.rpm = rpm;
    d.tpm = tpm;
    d.order = order;
    return d;
}

QString text(const QList<Deployment> &group, const QHash<QString, double> &shares)
{
    QStringList parts;
    for (const Deployment &d : group)
        parts.append(ShareMath::formatPercent(shares.value(d.id)));
    return parts.join(QLatin1Char('/'));
}
} // namespace

class TestShareMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configured_data()
    {
        QTest::addColumn<QList<Deployment>>("group");
        QTest::addColumn<QString>("shares");
        QTest::addColumn<QString>("source");
        QTest::addRow("8/2/1") << QList { make("a", 8), make("b", 2), make("c", 1) } << QStringLiteral("72.7/18.2/9.1")
                               << QStringLiteral("weight");
        QTest::addRow("missing weight counts 0")
            << QList { make("a", 3), make("b", {}), make("c", 1) } << QStringLiteral("75.0/0.0/25.0") << QStringLiteral("weight");
        QTest::addRow("rpm when no weight") << QList { make("a", {}, 900), make("b", {}, 100) }
                                            << QStringLiteral("90.0/10.0") << QStringLiteral("rpm");
        QTest::addRow("weight beats rpm") << QList { make("a", 1, 900), make("b", 1, 100) } << QStringLiteral("50.0/50.0")
                                          << QStringLiteral("weight");
        // Where LiteLLM's rule (the first deployment decides the field) differs from RouteDeck's old one
        // (the first field positive on any deployment); the old rule's result is named in each row.
        QTest::addRow("all-zero weight: the pick fails (old rule: rpm, 25/75)")
            << QList { make("a", 0, 10), make("b", 0, 30) } << QStringLiteral("0.0/0.0") << QStringLiteral("weight");
        QTest::addRow("first without weight: the others' weights are ignored (old rule: 0/66.7/33.3)")
            << QList { make("a", {}), make("b", 2), make("c", 1) } << QStringLiteral("33.3/33.3/33.3")
            << QStringLiteral("uniform");
        QTest::addRow("first without weight, with rpm: rpm decides (old rule: weight, 0/100)")
            << QList { make("a", {}, 300), make("b", 2, 100) } << QStringLiteral("75.0/25.0") << QStringLiteral("rpm");
        QTest::addRow("weight 0 on the first still selects weights (old rule: rpm, 0/50/50 -> here it fails)")
            << QList { make("a", 0), make("b", {}, 50), make("c", {}, 50) } << QStringLiteral("0.0/0.0/0.0")
            << QStringLiteral("weight");
        QTest::addRow("tpm") << QList { make("a", {}, {}, 1000), make("b", {}, {}, 3000) } << QStringLiteral("25.0/75.0")
                             << QStringLiteral("tpm");
        QTest::addRow("uniform") << QList { make("a", {}), make("b", {}), make("c", {}) }
                                 << QStringLiteral("33.3/33.3/33.3") << QStringLiteral("uniform");
        QTest::addRow("order tiers") << QList { make("a", 3, {}, {}, 1), make("b", 1, {}, {}, 1), make("c", 9, {}, {}, 2) }
                                     << QStringLiteral("75.0/25.0/0.0") << QStringLiteral("weight");
        QTest::addRow("no order is left out when others have one")
            << QList { make("a", 1, {}, {}, 2), make("b", 1) } << QStringLiteral("100.0/0.0") << QStringLiteral("weight");
        QTest::addRow("empty") << QList<Deployment> {} << QString() << QStringLiteral("uniform");
    }

    void configured()
    {
        QFETCH(QList<Deployment>, group);
        QFETCH(QString, shares);
        QFETCH(QString, source);
        QCOMPARE(text(group, ShareMath::configuredShares(group)), shares);
        QCOMPARE(ShareMath::sourceName(ShareMath::weightSource(ShareMath::trafficTier(group))), source);
    }

    void effective_data()
    {
        QTest::addColumn<QList<Deployment>>("group");
        QTest::addColumn<QStringList>("cooling");
        QTest::addColumn<QString>("shares");
        const QList seed { make("primary", 8), make("secondary", 2), make("openai", 1) };
        QTest::addRow("none cooling") << seed << QStringList {} << QStringLiteral("72.7/18.2/9.1");
        QTest::addRow("primary cooling") << seed << QStringList { QStringLiteral("primary") } << QStringLiteral("0.0/66.7/33.3");
        QTest::addRow("all cooling") << seed
                                     << QStringList { QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("openai") }
                                     << QStringLiteral("0.0/0.0/0.0");
        const QList tiers { make("a", 1, {}, {}, 1), make("b", 1, {}, {}, 2), make("c", 3, {}, {}, 2) };
        QTest::addRow("next order tier takes over") << tiers << QStringList { QStringLiteral("a") }
                                                    << QStringLiteral("0.0/25.0/75.0");
        const QList mixed { make("a", 5, 100), make("b", {}, 300) };
        QTest::addRow("only weightless left: rpm decides") << mixed << QStringList { QStringLiteral("a") }
                                                           << QStringLiteral("0.0/100.0");
        // The first healthy deployment decides: when it cools, the next one's field takes over
        // (old rule: c's weight, 0/0/100).
        const QList firstDecides { make("a", 8), make("b", {}, 100), make("c", 2, 300) };
        QTest::addRow("first cools: the next one's field decides") << firstDecides << QStringList { QStringLiteral("a") }
                                                                  << QStringLiteral("0.0/25.0/75.0");
    }

    void effective()
    {
        QFETCH(QList<Deployment>, group);
        QFETCH(QStringList, cooling);
        QFETCH(QString, shares);
        const QSet<QString> unavailable(cooling.cbegin(), cooling.cend());
        QCOMPARE(text(group, ShareMath::effectiveShares(group, unavailable)), shares);
    }

    void topLevelRpmIsALimitNotAWeight()
    {
        Deployment a = make("a", {});
        a.topLevelRpm = 900;
        Deployment b = make("b", {});
        b.topLevelRpm = 100;
        const QList group { a, b };
        QCOMPARE(ShareMath::weightSource(group), ShareMath::WeightSource::Uniform); // old rule: rpm, 90/10
        QCOMPARE(text(group, ShareMath::configuredShares(group)), QStringLiteral("50.0/50.0"));
        QCOMPARE(a.rpmLimit(), std::optional<double>(900));
    }

    void weightedPickFailsOnlyWhenTheChosenFieldIsAllZero()
    {
        QVERIFY(ShareMath::weightedPickFails({ make("a", 0), make("b", {}) }));
        QVERIFY(ShareMath::weightedPickFails({ make("a", {}, 0), make("b", 5, 0) }));
        QVERIFY(!ShareMath::weightedPickFails({ make("a", 0), make("b", 1) }));
        QVERIFY(!ShareMath::weightedPickFails({ make("a", {}), make("b", {}) })); // uniform
        QVERIFY(!ShareMath::weightedPickFails({}));
    }

    void normaliseHandlesHostileWeights()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(ShareMath::normalise({ 1, -5, nan, inf, 3 }), (QList<double> { 0.25, 0, 0, 0, 0.75 }));
        QCOMPARE(ShareMath::normalise({ 0, 0 }), (QList<double> { 0, 0 }));
        QCOMPARE(ShareMath::formatPercent(nan), QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(TestShareMath)
#include "tst_sharemath.moc"
