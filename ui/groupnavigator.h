// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"
#include "viewthresholds.h"

#include <QListWidget>

namespace RouteDeck {

// Model groups with a health dot each (the Overview's verdict), plus "All groups" on top.
class GroupNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit GroupNavigator(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const ViewThresholds &thresholds);
    QString currentGroup() const; // empty for "All groups"
    void selectGroup(const QString &group);

Q_SIGNALS:
    void groupSelected(const QString &group);
};

} // namespace RouteDeck
