// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace RouteDeck {

// Model group chooser for the live pages. setGroups() after every refresh keeps the user's choice
// while the group exists and emits groupChanged() only when the choice really changes.
class GroupComboBox : public QComboBox
{
    Q_OBJECT

public:
    // With allItemText, the first entry chooses every group (currentGroup() is then empty).
    explicit GroupComboBox(const QString &allItemText = QString(), QWidget *parent = nullptr);

    void setGroups(const QStringList &groups);
    QString currentGroup() const;
    void setCurrentGroup(const QString &group);

Q_SIGNALS:
    void groupChanged(const QString &group);

private:
    QString m_allItemText;
    QString m_emitted;
};

} // namespace RouteDeck
