// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "operationspage.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace RouteDeck {

namespace {

QTableView *alertTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(AlertTableModel::SortRole);
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// Columns as wide as their text, none wider than a third of the table: the detail column's sentences
// are read in the tooltip. Fitted again as rows come and go, a column only grows after the first fit:
// a wider text arriving (a server-side rule's name) is not cut, and a column the user widened stays so.
void fitColumns(QTableView *table)
{
    const char *fitted = "routedeckFitted";
    const bool first = !table->property(fitted).toBool();
    table->setProperty(fitted, true);
    QList<int> before;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        before.append(first ? 0 : table->columnWidth(c));
    WidgetSupport::fitColumnsToContents(table);
    const int widest = std::max(120, table->viewport()->width() / 3);
    for (int c = 0; c + 1 < table->model()->columnCount(); ++c) // the last stretches over the rest
        table->setColumnWidth(c, std::max(before.at(c), std::min(table->columnWidth(c), widest)));
}

// The limits table's columns: which limit, its unit as typed, and the factor to the policy's value.
struct LimitColumn
{
    double GroupLimits::*member;
    double scale; // shown = value * scale (ratios as percent)
    double minimum;
    double maximum;
};
const LimitColumn kLimitColumns[] = {
    { &GroupLimits::latencySeconds, 1, 0.01, 3600 },
    { &GroupLimits::errorRatio, 100, 0.01, 100 },
    { &GroupLimits::rateLimitRatio, 100, 0.01, 100 },
    { &GroupLimits::driftPoints, 1, 0.1, 100 },
};

// What "Open Traces" shows of an alert: from 5 minutes before its condition started to a minute past its
// end (or past now, while it is active), so the requests that tipped it over are in view.
std::pair<QDateTime, QDateTime> traceSpan(const Alert &alert)
{
    const QDateTime end = (alert.resolvedAt.isValid() ? alert.resolvedAt : QDateTime::currentDateTimeUtc()).addSecs(60);
    const QDateTime started = alert.activeAt.isValid() ? alert.activeAt : alert.firedAt;
    return { (started.isValid() ? started : end.addSecs(-15 * 60)).addSecs(-5 * 60), end };
}

} // namespace

AlertsPage::AlertsPage(QWidget *parent)
    : QWidget(parent)
    , m_active(new AlertTableModel(AlertTableModel::Kind::Active, this))
    , m_history(new AlertTableModel(AlertTableModel::Kind::History, this))
{
    setObjectName(QStringLiteral("alertsPage"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createActivePart());
    splitter->addWidget(createHistoryPart());
    splitter->addWidget(createLimitsPart());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setAlerts({}, {});
}

QWidget *AlertsPage::createActivePart()
{
    auto *box = new QGroupBox(tr("Firing and pending"), this);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setWordWrap(true);
    m_activeTable = alertTable(m_active, QStringLiteral("activeAlertsTable"), box);
    connect(m_activeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateButtons);
    addTracesMenu(m_activeTable, m_active);
    connect(m_activeTable, &QTableView::doubleClicked, this, [this] {
        if (const AlertRow *row = selectedActive())
            Q_EMIT groupActivated(row->alert.group);
    });
    m_acknowledge = new QPushButton(tr("&Acknowledge"), box);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const AlertRow *row = selectedActive())
            Q_EMIT acknowledgeRequested(row->alert.id);
    });
    m_silenceMinutes = new QSpinBox(box);
    m_silenceMinutes->setObjectName(QStringLiteral("silenceMinutes"));
    m_silenceMinutes->setRange(1, 24 * 60);
    m_silenceMinutes->setValue(60);
    m_silenceMinutes->setSuffix(tr(" min"));
    m_silence = new QPushButton(tr("&Silence for"), box);
    m_silence->setObjectName(QStringLiteral("silenceButton"));
    connect(m_silence, &QPushButton::clicked, this, [this] {
        if (const AlertRow *row = selectedActive())
            Q_EMIT silenceRequested(row->alert.rule, row->alert.group, m_silenceMinutes->value());
    });
    auto *exportButton = new QPushButton(tr("&Export as Prometheus Rules…"), box);
    exportButton->setObjectName(QStringLiteral("exportRulesButton"));
    connect(exportButton, &QPushButton::clicked, this, &AlertsPage::exportRulesRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_silence);
    buttons->addWidget(m_silenceMinutes);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_summary);
    layout->addWidget(m_activeTable, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *AlertsPage::createHistoryPart()
{
    auto *box = new QGroupBox(tr("History"), this);
    m_historyNote = new QLabel(box);
    m_historyNote->setObjectName(QStringLiteral("alertHistoryNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyTable = alertTable(m_history, QStringLiteral("alertHistoryTable"), box);
    m_historyTable->sortByColumn(AlertTableModel::SinceColumn, Qt::DescendingOrder);
    addTracesMenu(m_historyTable, m_history);
    connect(m_historyTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT groupActivated(index.data(AlertTableModel::GroupRole).toString());
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_historyNote);
    layout->addWidget(m_historyTable, 1);
    return box;
}

QWidget *AlertsPage::createLimitsPart()
{
    auto *box = new QGroupBox(tr("Limits per model group"), this);
    m_limits = new QTableWidget(0, 5, box);
    m_limits->setObjectName(QStringLiteral("alertLimitsTable"));
    m_limits->setHorizontalHeaderLabels(
        { tr("Group"), tr("p95 latency (s)"), tr("Errors other than 429 (%)"), tr("Rate limits, 429 (%)"), tr("Drift (pp)") });
    m_limits->verticalHeader()->hide();
    m_limits->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_limits->horizontalHeader()->setStretchLastSection(true);
    // Three groups without scrolling, the common case.
    m_limits->setMinimumHeight(m_limits->horizontalHeader()->sizeHint().height() + 3 * m_limits->verticalHeader()->defaultSectionSize() + 4);
    connect(m_limits, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_fillingLimits)
            readLimit(item);
    });
    auto *note = new QLabel(tr("A rule fires when its value stays over the limit for its “for” time (from the "
                               "connection profile's alerts section); a group without enough traffic gets no verdict."),
                            box);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addWidget(m_limits, 1);
    return box;
}

void AlertsPage::setAlerts(const QList<AlertRow> &active, const QDateTime &evaluatedAt)
{
    m_consoleRows = active;
    m_evaluatedAt = evaluatedAt;
    updateActive();
}

void AlertsPage::setHistory(const QList<Alert> &history)
{
    QList<AlertRow> rows;
    for (const Alert &alert : history)
        rows.append(AlertRow { .alert = alert });
    const int hadRows = m_history->rowCount();
    m_history->setRows(rows); // durations of alerts still firing run to the time they are drawn
    if (hadRows != m_history->rowCount() && !rows.isEmpty())
        fitColumns(m_historyTable);
}

void AlertsPage::setServerSide(const QList<AlertRow> &rows, const QString &status)
{
    m_serverRows = rows;
    m_serverStatus = status;
    updateActive();
}

void AlertsPage::updateActive()
{
    m_active->setNow(m_evaluatedAt.isValid() ? m_evaluatedAt : QDateTime::currentDateTimeUtc());
    const int hadRows = m_active->rowCount();
    m_active->setRows(m_consoleRows + m_serverRows);
    if (hadRows != m_active->rowCount() && m_active->rowCount() > 0)
        fitColumns(m_activeTable);
    const auto count = [this](Alert::State state) {
        return std::count_if(m_consoleRows.cbegin(), m_consoleRows.cend(), [state](const AlertRow &r) { return r.alert.state == state; });
    };
    QString text;
    if (!m_evaluatedAt.isValid())
        text = tr("Waiting for the first data: no rule has been evaluated yet.");
    else if (m_consoleRows.isEmpty())
        text = tr("No console alert is firing or pending (rules evaluated at %1).").arg(ViewFormat::clock(m_evaluatedAt));
    else
        text = tr("%1 firing, %2 pending (rules evaluated at %3).")
                   .arg(count(Alert::State::Firing))
                   .arg(count(Alert::State::Pending))
                   .arg(ViewFormat::clock(m_evaluatedAt));
    if (!m_serverStatus.isEmpty())
        text += QLatin1Char(' ') + m_serverStatus;
    m_summary->setText(text);
    updateButtons();
}

const AlertRow *AlertsPage::selectedActive() const
{
    const QModelIndexList rows = m_activeTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_activeTable->model());
    return m_active->alertRow(proxy->mapToSource(rows.first()).row());
}

void AlertsPage::updateButtons()
{
    const AlertRow *row = selectedActive();
    const bool console = row && !row->serverSide;
    // A pending alert may never fire: only a firing one is worth saying "seen" to.
    m_acknowledge->setEnabled(console && row->alert.state == Alert::State::Firing && !row->alert.acknowledged);
    m_silence->setEnabled(console);
    m_silenceMinutes->setEnabled(console);
}

// "Open Traces…" for the alert under the cursor: its first deployment, or its whole group when it names
// none (an empty {model_id}), around the time it was active.
void AlertsPage::addTracesMenu(QTableView *table, const AlertTableModel *model)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table, model](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos); // a scroll area's menu position is the viewport's
        if (!index.isValid())
            return;
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(table->model());
        const AlertRow *row = model->alertRow(proxy->mapToSource(index).row());
        if (!row)
            return;
        const Alert &alert = row->alert;
        const auto [start, end] = traceSpan(alert);
        QMenu menu(table);
        OperationsPage::addOpenTracesAction(&menu, this, m_tracesUrl,
                                            alert.deployments.isEmpty() ? QString() : alert.deployments.constFirst(),
                                            alert.group, start, end);
        menu.exec(table->viewport()->mapToGlobal(pos));
    });
}

void AlertsPage::setHistoryNote(const QString &text)
{
    m_historyNote->setText(text);
}

void AlertsPage::setPolicy(const AlertPolicy &policy, const QStringList &groups)
{
    if (policy.limits == m_policy.limits && groups == m_groups)
        return;
    m_policy = policy;
    m_groups = groups;
    fillLimits();
}

void AlertsPage::fillLimits()
{
    m_fillingLimits = true;
    m_limits->setRowCount(int(m_groups.size()));
    for (int row = 0; row < m_groups.size(); ++row) {
        const QString &group = m_groups.at(row);
        auto *name = new QTableWidgetItem(group);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_limits->setItem(row, 0, name);
        const GroupLimits limits = m_policy.limits.of(group);
        for (int c = 0; c < int(std::size(kLimitColumns)); ++c) {
            const LimitColumn &column = kLimitColumns[c];
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole, limits.*(column.member) * column.scale);
            m_limits->setItem(row, c + 1, item);
        }
    }
    m_fillingLimits = false;
}

// An edited cell: that group's limit, within a sane range; a value out of range snaps back. Only the
// edited cell changes, so the table is not rebuilt under the editor that is committing it.
void AlertsPage::readLimit(QTableWidgetItem *item)
{
    const int c = item->column() - 1;
    if (c < 0 || c >= int(std::size(kLimitColumns)))
        return;
    const LimitColumn &column = kLimitColumns[c];
    const QString group = m_limits->item(item->row(), 0)->text();
    GroupLimits limits = m_policy.limits.of(group);
    bool ok = false;
    const double shown = item->data(Qt::EditRole).toDouble(&ok);
    if (!ok || !std::isfinite(shown) || shown < column.minimum || shown > column.maximum) {
        const QSignalBlocker blocker(m_limits);
        item->setData(Qt::EditRole, limits.*(column.member) * column.scale);
        return;
    }
    limits.*(column.member) = shown / column.scale;
    if (limits == m_policy.limits.of(group))
        return;
    m_policy.limits.groups.insert(group, limits);
    Q_EMIT limitsEdited(m_policy.limits);
}

} // namespace RouteDeck
