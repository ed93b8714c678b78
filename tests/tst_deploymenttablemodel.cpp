// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymenttablemodel.h"
#include "litellmconfigcodec.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace RouteDeck;

namespace {
RouterConfig parse(const QByteArray &text)
{
    const ConfigLoadResult result = LiteLlmConfigCodec::parse(text);
    if (!result.ok())
        qFatal("test config does not parse: %s", qPrintable(result.problems.first().toString()));
    return result.config;
}

const QByteArray kSeed = "model_list:\n"
                         "  - {model_name: mini, litellm_params: {model: azure/p, weight: 8}, model_info: {id: primary}}\n"
                         "  - {model_name: mini, litellm_params: {model: azure/s, weight: 2}, model_info: {id: secondary}}\n"
                         "  - {model_name: mini, litellm_params: {model: openai/o, weight: 1}, model_info: {id: openai}}\n"
                         "  - {model_name: big, litellm_params: {model: azure/b}, model_info: {id: big}}\n";

QString column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data().toString());
    return values.join(QLatin1Char('|'));
}
} // namespace

class TestDeploymentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsConfiguredShares()
    {
        DeploymentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfig(parse(kSeed));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, DeploymentTableModel::IdColumn), QStringLiteral("primary|secondary|openai|big"));
        QCOMPARE(column(model, DeploymentTableModel::ShareColumn), QStringLiteral("72.7 %|18.2 %|9.1 %|100.0 %"));
        QCOMPARE(column(model, DeploymentTableModel::ProviderColumn), QStringLiteral("azure|azure|openai|azure"));
        QCOMPARE(model.index(0, 0).data(DeploymentTableModel::ShareRole).toDouble(), 8.0 / 11.0);
        QCOMPARE(model.headerData(DeploymentTableModel::ShareColumn, Qt::Horizontal).toString(), QStringLiteral("Share"));
    }

    void mergeKeepsRowsAndSelection()
    {
        DeploymentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfig(parse(kSeed));
        QPersistentModelIndex openai = model.index(2, DeploymentTableModel::IdColumn);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // secondary removed, openai reweighted, a new deployment added.
        model.setConfig(parse("model_list:\n"
                              "  - {model_name: mini, litellm_params: {model: azure/p, weight: 8}, model_info: {id: primary}}\n"
                              "  - {model_name: mini, litellm_params: {model: openai/o, weight: 2}, model_info: {id: openai}}\n"
                              "  - {model_name: big, litellm_params: {model: azure/b}, model_info: {id: big}}\n"
                              "  - {model_name: big, litellm_params: {model: openai/b}, model_info: {id: big2}}\n"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(openai.isValid());
        QCOMPARE(openai.data().toString(), QStringLiteral("openai"));
        QCOMPARE(openai.row(), 1);
        QCOMPARE(column(model, DeploymentTableModel::IdColumn), QStringLiteral("primary|openai|big|big2"));
        QCOMPARE(column(model, DeploymentTableModel::ShareColumn), QStringLiteral("80.0 %|20.0 %|50.0 %|50.0 %"));
        // primary and openai shares, big's share; one dataChanged per run of changed rows (KeyedTableModel)
        QSet<int> changedRows;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            for (int row = signal.at(0).toModelIndex().row(); row <= signal.at(1).toModelIndex().row(); ++row)
                changedRows.insert(row);
        }
        QCOMPARE(changedRows, (QSet<int> { 0, 1, 2 }));

        // The same config again changes nothing.
        changed.clear();
        model.setConfig(parse("model_list:\n"
                              "  - {model_name: mini, litellm_params: {model: azure/p, weight: 8}, model_info: {id: primary}}\n"
                              "  - {model_name: mini, litellm_params: {model: openai/o, weight: 2}, model_info: {id: openai}}\n"
                              "  - {model_name: big, litellm_params: {model: azure/b}, model_info: {id: big}}\n"
                              "  - {model_name: big, litellm_params: {model: openai/b}, model_info: {id: big2}}\n"));
        QCOMPARE(changed.count(), 0);
        model.setConfig(RouterConfig());
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsNumbersAsNumbers()
    {
        DeploymentTableModel model;
        model.setConfig(parse("model_list:\n"
                              "  - {model_name: g, litellm_params: {model: a, weight: 10}, model_info: {id: a}}\n"
                              "  - {model_name: g, litellm_params: {model: b, weight: 9}, model_info: {id: b}}\n"
                              "  - {model_name: g, litellm_params: {model: c, weight: 100}, model_info: {id: c}}\n"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DeploymentTableModel::SortRole);
        proxy.sort(DeploymentTableModel::WeightColumn);
        QCOMPARE(column(proxy, DeploymentTableModel::IdColumn), QStringLiteral("b|a|c"));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentTableModel)
#include "tst_deploymenttablemodel.moc"
