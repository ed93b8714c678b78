// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcombobox.h"

namespace RouteDeck {

GroupComboBox::GroupComboBox(const QString &allItemText, QWidget *parent)
    : QComboBox(parent)
    , m_allItemText(allItemText)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setAccessibleName(tr("Model group"));
    if (!m_allItemText.isEmpty())
        addItem(m_allItemText, QString());
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const QString group = currentGroup();
        if (group != m_emitted) {
            m_emitted = group;
            Q_EMIT groupChanged(group);
        }
    });
}

void GroupComboBox::setGroups(const QStringList &groups)
{
    QStringList current;
    for (int i = m_allItemText.isEmpty() ? 0 : 1; i < count(); ++i)
        current.append(itemData(i).toString());
    if (current == groups)
        return;
    const QString wanted = currentGroup();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (!m_allItemText.isEmpty())
            addItem(m_allItemText, QString());
        for (const QString &group : groups)
            addItem(group, group);
        const int index = findData(wanted);
        setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    }
    const QString now = currentGroup();
    if (now != m_emitted) {
        m_emitted = now;
        Q_EMIT groupChanged(now);
    }
}

QString GroupComboBox::currentGroup() const
{
    return currentData().toString();
}

void GroupComboBox::setCurrentGroup(const QString &group)
{
    const int index = findData(group);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace RouteDeck
