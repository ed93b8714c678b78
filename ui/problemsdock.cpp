// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsdock.h"

#include <QHeaderView>
#include <QIcon>
#include <QTreeWidget>

namespace RouteDeck {

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_tree->setObjectName(QStringLiteral("problemsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({ tr("Severity"), tr("Where"), tr("Problem") });
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    setWidget(m_tree);
}

void ProblemsDock::setProblems(const Problems &problems)
{
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const Problem &p : problems) {
        auto *item = new QTreeWidgetItem({ p.severityName(), p.where.toString(), p.message });
        switch (p.severity) {
        case Problem::Severity::Error:
            item->setIcon(0, QIcon(QStringLiteral(":/routedeck/icons/error.svg")));
            break;
        case Problem::Severity::Warning:
            item->setIcon(0, QIcon(QStringLiteral(":/routedeck/icons/warning.svg")));
            break;
        case Problem::Severity::Note:
            item->setIcon(0, QIcon(QStringLiteral(":/routedeck/icons/note.svg")));
            break;
        }
        item->setToolTip(2, p.message);
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    setWindowTitle(problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(problems.size()));
}

int ProblemsDock::problemCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace RouteDeck
