// SPDX-License-Identifier: GPL-3.0-or-later
#include "cooldownspage.h"
#include "cooldownstrip.h"
#include "cooldowntablemodel.h"
#include "groupcombobox.h"
#include "viewformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RouteDeck {

CooldownsPage::CooldownsPage(QWidget *parent)
    : OperationsPage(parent)
    , m_groups(new GroupComboBox(tr("All groups"), this))
    , m_strip(new CooldownStrip)
    , m_stripScroll(new QScrollArea(this))
    , m_model(new CooldownTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("cooldownsPage"));
    m_groups->setObjectName(QStringLiteral("cooldownsGroup"));
    connect(m_groups, &GroupComboBox::groupChanged, this, [this](const QString &group) {
        m_model->setGroup(group);
        Q_EMIT snapshotWanted();
    });

    m_strip->setObjectName(QStringLiteral("cooldownStrip"));
    m_strip->setTitle(tr("Cooldowns"));
    m_stripScroll->setWidget(m_strip);
    m_stripScroll->setWidgetResizable(true);
    m_stripScroll->setFrameShape(QFrame::NoFrame);
    m_stripScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_stripScroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &CooldownsPage::readMoreRowsIfShown);
    m_stripScroll->viewport()->installEventFilter(this); // taller: more rows on screen
    m_strip->installEventFilter(this); // resized to more rows after a snapshot: read what came on screen
    connect(m_strip, &CooldownStrip::aboutToDrawAllRows, this, [this] {
        m_readAllRows = true;
        Q_EMIT snapshotWanted(); // answered at once by the window's setSnapshot()
        m_readAllRows = false;
    });
    registerStaleAware(m_strip);

    m_table->setObjectName(QStringLiteral("cooldownTable"));
    setupTable(m_table, m_proxy, m_model, CooldownTableModel::SortRole);
    addTracesMenu(m_table, CooldownTableModel::DeploymentIdRole);

    auto *top = createGroupRow(m_groups);
    top->addStretch();
    top->addWidget(createCsvButton(m_table, QStringLiteral("cooldowns")));
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(createSplitter(m_stripScroll, 3, m_table, 2), 1);
}

void CooldownsPage::queryTextsChanged()
{
    m_strip->setQueryText(queryText(QStringLiteral("state")));
}

QString CooldownsPage::currentText(CooldownState state, const QString &reason, qint64 timeInStateMsecs)
{
    QString text = cooldownStateName(state);
    if (timeInStateMsecs >= 0)
        text += QLatin1Char(' ') + ViewFormat::duration(timeInStateMsecs);
    if ((state == CooldownState::Cooling || state == CooldownState::Partial))
        text += QStringLiteral(" (%1)").arg(reason.isEmpty() ? CooldownTimeline::reasonText(0) : reason);
    return text;
}

void CooldownsPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &store)
{
    const QScopedValueRollback applying(m_applying, true);
    updateFreshness(snapshot);
    offerGroups(m_groups, snapshot);
    const QString group = currentGroup();
    m_model->setGroup(group);
    m_model->setSnapshot(snapshot, store);

    QHash<QString, const CooldownRow *> current;
    for (const CooldownRow &row : m_model->rows())
        current.insert(row.id, &row);
    QList<CooldownStrip::Row> rows;
    int rowCount = 0;
    for (const DeploymentSnapshot &d : snapshot.deployments)
        rowCount += group.isEmpty() || d.group == group ? 1 : 0;
    m_rowsRead = rowsToRead(rowCount);
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        if (!group.isEmpty() && d.group != group)
            continue;
        CooldownStrip::Row row;
        row.id = d.id;
        row.label = group.isEmpty() ? d.group + QStringLiteral(" / ") + d.id : d.id;
        if (rows.size() >= m_rowsRead.first && rows.size() <= m_rowsRead.second)
            row.intervals = CooldownTimeline::intervals(store, d.id, rangeFrom(), rangeTo());
        row.current = d.state;
        const CooldownRow *tableRow = current.value(d.id);
        row.currentText = currentText(d.state, d.cooldownReason, tableRow ? tableRow->timeInState : -1);
        rows.append(row);
    }
    m_strip->setRows(rows);
    fitColumns(m_table);
    // The strip takes what its rows need (scrolling past ~60% of the page), the table the rest.
    m_stripScroll->setMaximumHeight(m_strip->sizeHint().height() + 2 * m_stripScroll->frameWidth());
}

// The rows on screen and a screenful above and below; all of them while the strip is not shown, and
// for an export.
std::pair<int, int> CooldownsPage::rowsToRead(int rowCount) const
{
    const QRect seen = m_strip->visibleRegion().boundingRect();
    if (m_readAllRows || !m_strip->isVisible() || seen.isEmpty())
        return { 0, rowCount - 1 };
    const auto [first, last] = m_strip->rowsWithin(seen.top() - seen.height(), seen.bottom() + seen.height());
    return { first, std::min(last, rowCount - 1) };
}

void CooldownsPage::readMoreRowsIfShown()
{
    if (m_applying)
        return; // within setSnapshot(), which reads what it needs
    const QRect seen = m_strip->visibleRegion().boundingRect();
    if (seen.isEmpty() || m_strip->rows().isEmpty())
        return;
    const auto [first, last] = m_strip->rowsWithin(seen.top(), seen.bottom());
    if (first < m_rowsRead.first || std::min(last, int(m_strip->rows().size()) - 1) > m_rowsRead.second)
        Q_EMIT snapshotWanted();
}

bool CooldownsPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_stripScroll->viewport() || watched == m_strip) && event->type() == QEvent::Resize)
        readMoreRowsIfShown();
    return OperationsPage::eventFilter(watched, event);
}

} // namespace RouteDeck
