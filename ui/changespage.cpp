// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespage.h"

#include "changemodel.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace RouteDeck {

ChangesPage::ChangesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_targetFilter(new QComboBox(this))
    , m_hidden(new QLabel(this))
    , m_rollback(new QPushButton(tr("&Roll Back…"), this))
    , m_log(new QLabel(this))
{
    setObjectName(QStringLiteral("changesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChangeModel::CurrentTargetRole);
    m_proxy->setFilterKeyColumn(0);

    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setModel(m_proxy);
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

    m_targetFilter->setObjectName(QStringLiteral("targetFilter"));
    m_targetFilter->setAccessibleName(tr("Show the changes of"));
    m_targetFilter->addItem(tr("This target"), int(TargetFilter::CurrentTarget));
    m_targetFilter->addItem(tr("All targets"), int(TargetFilter::AllTargets));
    m_targetFilter->setToolTip(tr("Which changes of the audit log to list"));
    connect(m_targetFilter, &QComboBox::currentIndexChanged, this, &ChangesPage::applyTargetFilter);
    m_hidden->setObjectName(QStringLiteral("hiddenEntriesLabel"));

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
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_targetFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_targetFilter);
    filterRow->addWidget(m_hidden);
    filterRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    applyTargetFilter();
}

void ChangesPage::setEntries(const QList<AuditEntry> &entries, const Problems &problems, const QString &path)
{
    const bool hadRows = m_model->rowCount() > 0;
    m_model->setEntries(entries);
    if (!hadRows && m_model->rowCount() > 0)
        WidgetSupport::fitColumnsToContents(m_table);
    selectNewestIfNone();
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
    updateHiddenCount();
    updateButtons();
}

void ChangesPage::setCurrentTarget(
    const QString &description, std::function<bool(const AuditEntry &)> isCurrent)
{
    m_targetDescription = description;
    // The model tells the rows' CurrentTargetRole changed; the proxy re-filters on that.
    m_model->setCurrentTarget(std::move(isCurrent));
    m_targetFilter->setToolTip(description.isEmpty() ? tr("Which changes of the audit log to list")
                                                     : tr("This target: %1").arg(description));
    selectNewestIfNone();
    updateHiddenCount();
    updateButtons();
}

void ChangesPage::setTargetFilter(TargetFilter filter)
{
    // currentIndexChanged applies it.
    m_targetFilter->setCurrentIndex(m_targetFilter->findData(int(filter)));
}

ChangesPage::TargetFilter ChangesPage::targetFilter() const
{
    return m_targetFilter->currentData().toInt() == int(TargetFilter::AllTargets)
        ? TargetFilter::AllTargets
        : TargetFilter::CurrentTarget;
}

const AuditEntry *ChangesPage::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entry(m_proxy->mapToSource(rows.first()).row());
}

bool ChangesPage::selectEntry(const QString &id)
{
    const int row = m_model->rowOfKey(id);
    if (row < 0)
        return false;
    QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) {
        setTargetFilter(TargetFilter::AllTargets);
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!shown.isValid())
        return false;
    m_table->selectRow(shown.row());
    return true;
}

void ChangesPage::applyTargetFilter()
{
    const AuditEntry *before = selectedEntry();
    const QString selectedId = before ? before->id : QString();
    // CurrentTargetRole is a bool, which the proxy reads as "true" or "false".
    m_proxy->setFilterRegularExpression(
        targetFilter() == TargetFilter::AllTargets ? QString() : QStringLiteral("^true$"));
    // A selection that was filtered away goes to the newest entry shown, not to a neighbour.
    const AuditEntry *after = selectedEntry();
    if (!selectedId.isEmpty() && (!after || after->id != selectedId))
        m_table->clearSelection();
    selectNewestIfNone();
    updateHiddenCount();
    updateButtons();
}

void ChangesPage::selectNewestIfNone()
{
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void ChangesPage::updateHiddenCount()
{
    const int hidden = targetFilter() == TargetFilter::CurrentTarget ? m_model->otherTargetCount() : 0;
    m_hidden->setText(hidden > 0 ? tr("%n change(s) of other targets hidden", nullptr, hidden) : QString());
    QString tip;
    if (hidden > 0)
        tip = m_targetDescription.isEmpty()
            ? tr("Show all targets to list the changes of other routers and config files")
            : tr("Listed: the changes of %1. Show all targets to list the changes of other routers and "
                 "config files.")
                  .arg(m_targetDescription);
    m_hidden->setToolTip(tip);
}

void ChangesPage::updateButtons()
{
    const AuditEntry *entry = selectedEntry();
    const bool here = entry && m_model->isCurrentTarget(*entry);
    m_rollback->setEnabled(here && entry->changedTarget());
    if (!entry)
        m_rollback->setToolTip(tr("Select a change to roll back"));
    else if (!here)
        m_rollback->setToolTip(
            tr("This change was made on another target (%1 %2); connect to it to roll it back.")
                .arg(pushTargetName(entry->target), entry->location));
    else if (entry->changedTarget())
        m_rollback->setToolTip(tr("Review a new change that puts back the weights before this one"));
    else
        m_rollback->setToolTip(tr("This change did not change its target: nothing to roll back"));
}

} // namespace RouteDeck
