// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupnavigator.h"

#include "groupoverviewmodel.h"
#include "widgetsupport.h"


namespace RouteDeck {

namespace {
constexpr int kGroupRole = Qt::UserRole + 1;

} // namespace

GroupNavigator::GroupNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("groupNavigator"));
    setAccessibleName(tr("Model groups"));
    auto *all = new QListWidgetItem(tr("All groups"), this);
    all->setData(kGroupRole, QString());
    setCurrentRow(0);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT groupSelected(item->data(kGroupRole).toString());
    });
}

void GroupNavigator::setSnapshot(const Snapshot &snapshot, const ViewThresholds &thresholds)
{
    const QList<GroupOverviewRow> rows = GroupOverviewModel::rowsFor(snapshot, thresholds);
    // Merge by name so the selection survives refreshes.
    for (int i = count() - 1; i >= 1; --i) {
        const QString name = item(i)->data(kGroupRole).toString();
        if (std::none_of(rows.cbegin(), rows.cend(), [&name](const GroupOverviewRow &r) { return r.group == name; }))
            delete takeItem(i);
    }
    for (const GroupOverviewRow &row : rows) {
        QListWidgetItem *existing = nullptr;
        for (int i = 1; i < count() && !existing; ++i) {
            if (item(i)->data(kGroupRole).toString() == row.group)
                existing = item(i);
        }
        if (!existing) {
            existing = new QListWidgetItem(row.group, this);
            existing->setData(kGroupRole, row.group);
        }
        existing->setIcon(WidgetSupport::dot(healthColor(row.health), 14));
        existing->setToolTip(row.healthReason.isEmpty() ? healthName(row.health)
                                                        : healthName(row.health) + QStringLiteral(": ") + row.healthReason);
    }
}

QString GroupNavigator::currentGroup() const
{
    return currentItem() ? currentItem()->data(kGroupRole).toString() : QString();
}

void GroupNavigator::selectGroup(const QString &group)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kGroupRole).toString() == group) {
            setCurrentRow(i);
            return;
        }
    }
}

} // namespace RouteDeck
