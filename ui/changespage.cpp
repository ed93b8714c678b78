// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespage.h"

#include "changemodel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDeck {

ChangesPage::ChangesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeModel(this))
    , m_table(new QTableView(this))
    , m_rollback(new QPushButton(tr("&Roll Back…"), this))
    , m_log(new QLabel(this))
{
    setObjectName(QStringLiteral("changesPage"));
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChangesPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_rollback->isEnabled())
            m_rollback->click();
    });

    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (const AuditEntry *entry = selectedEntry())
            Q_EMIT rollbackRequested(*entry);
    });
    m_log->setObjectName(QStringLiteral("auditLogLabel"));
    m_log->setWordWrap(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_log, 1);
    top->addWidget(m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void ChangesPage::setEntries(const QList<AuditEntry> &entries, const Problems &problems, const QString &path)
{
    const bool hadRows = m_model->rowCount() > 0;
    m_model->setEntries(entries);
    if (!hadRows && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    QString text = entries.isEmpty()
        ? tr(
            "No weight changes in the audit log %1 yet: pushes from the Rebalance page and from routedeckctl "
            "set-weight appear here.")
              .arg(QDir::toNativeSeparators(path))
        : tr("%n change(s) in the audit log %1", nullptr, int(entries.size()))
              .arg(QDir::toNativeSeparators(path));
    for (const Problem &p : problems)
        text += QLatin1Char('\n') + p.toString();
    m_log->setText(text);
    updateButtons();
}

const AuditEntry *ChangesPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
}

bool ChangesPage::selectEntry(const QString &id)
{
    const int row = m_model->rowOfKey(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ChangesPage::updateButtons()
{
    const AuditEntry *entry = selectedEntry();
    m_rollback->setEnabled(entry && entry->changedTarget());
    m_rollback->setToolTip(!entry    ? tr("Select a change to roll back")
            : entry->changedTarget() ? tr("Review a new change that puts back the weights before this one")
                                     : tr("This change did not change its target: nothing to roll back"));
}

} // namespace RouteDeck
