// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationspage.h"
#include "colordecorationdelegate.h"
#include "csvexport.h"
#include "groupcombobox.h"
#include "itemviewstalelook.h"
#include "messagetext.h"
#include "tracelink.h"
#include "viewformat.h"
#include "widgetsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace RouteDeck {

OperationsPage::OperationsPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_content, 1);
    m_content->setContentsMargins(0, 0, 0, 0);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_from = now - 15 * 60 * 1000;
    m_to = now;
}

void OperationsPage::setTimeRange(qint64 fromMsecs, qint64 toMsecs)
{
    m_from = fromMsecs;
    m_to = std::max(toMsecs, fromMsecs + 1000);
    m_rangeSet = true;
    applyTimeRange();
}

void OperationsPage::setQueryTexts(const QHash<QString, QString> &queries)
{
    m_queries = queries;
    queryTextsChanged();
}

void OperationsPage::setThresholds(const ViewThresholds &thresholds)
{
    m_thresholds = thresholds;
    thresholdsChanged();
}

void OperationsPage::setTimeMarkers(const QList<TimeSeriesChart::TimeMarker> &markers)
{
    m_markers = markers;
    for (StaleAware *part : staleAwareParts())
        part->setTimeMarkers(markers);
}

void OperationsPage::setTimeSpans(const QList<TimeSeriesChart::TimeSpan> &spans)
{
    m_spans = spans;
    for (StaleAware *part : staleAwareParts())
        part->setTimeSpans(spans);
}

QString OperationsPage::currentGroup() const
{
    return m_groupChoice ? m_groupChoice->currentGroup() : QString();
}

void OperationsPage::setGroup(const QString &group)
{
    if (m_groupChoice)
        m_groupChoice->setCurrentGroup(group);
}

void OperationsPage::selectGroup(const QString &group)
{
    setGroup(group);
}

QString OperationsPage::bannerTextFor(const Snapshot &snapshot)
{
    const SourceStatus &p = snapshot.prometheus;
    QStringList parts;
    if (snapshot.isReplay()) {
        parts.append(tr("Replay of %1: the state at that moment, not now (Live in the toolbar goes back). "
                        "Deployments and weights are the router's current ones.")
                         .arg(ViewFormat::moment(snapshot.time)));
    }
    if (p.state == SourceStatus::State::Stale || p.state == SourceStatus::State::Unreachable) {
        const QString shown = p.lastGood.isValid() ? tr("Showing last good data from %1").arg(ViewFormat::clock(p.lastGood))
                                                   : tr("No data yet");
        const QString why = p.state == SourceStatus::State::Stale
            ? tr("Prometheus stale since %1: %2").arg(ViewFormat::clock(p.failingSince), p.error)
            : tr("Prometheus unreachable: %1").arg(p.error);
        parts.append(shown + QStringLiteral(" — ") + why);
    }
    const SourceStatus &r = snapshot.router;
    if (r.state == SourceStatus::State::Stale)
        parts.append(tr("Router admin API stale since %1: %2").arg(ViewFormat::clock(r.failingSince), r.error));
    else if (r.state == SourceStatus::State::Unreachable)
        parts.append(tr("Router admin API unreachable: %1").arg(r.error));
    return parts.join(QLatin1Char('\n'));
}

QString OperationsPage::bannerText() const
{
    return m_banner->text();
}

bool OperationsPage::isBannerVisible() const
{
    return !m_banner->isHidden();
}

void OperationsPage::updateFreshness(const Snapshot &snapshot, const QString &note)
{
    const QString sources = bannerTextFor(snapshot);
    const QString text = note.isEmpty() ? sources : sources.isEmpty() ? note : note + QLatin1Char('\n') + sources;
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    const bool stale = snapshot.prometheus.state == SourceStatus::State::Stale
        || snapshot.prometheus.state == SourceStatus::State::Unreachable;
    const bool sourceTrouble = stale || snapshot.router.state == SourceStatus::State::Stale
        || snapshot.router.state == SourceStatus::State::Unreachable;
    // Amber when a source is in trouble; blue when the banner only says what is shown (a replay).
    const QLatin1String colour(sourceTrouble ? "224, 160, 0" : "52, 120, 200");
    if (m_banner->property("colour").toString() != colour) { // a style sheet is re-parsed at every set
        m_banner->setProperty("colour", QString(colour));
        m_banner->setStyleSheet(QStringLiteral("QLabel#staleBanner { background: rgba(%1, 0.22); border: 1px solid rgba(%1, 0.9); "
                                               "border-radius: 3px; }")
                                    .arg(colour));
    }
    m_deployments = snapshot.deployments;
    if (!m_rangeSet && snapshot.time.isValid()) {
        m_to = snapshot.time.toMSecsSinceEpoch();
        m_from = m_to - 15 * 60 * 1000;
        applyTimeRange();
    }
    if (stale != m_stale) {
        m_stale = stale;
        applyStaleLook();
    }
}

void OperationsPage::registerStaleAware(QAbstractItemView *view)
{
    auto *look = new ItemViewStaleLook(view, this);
    addStaleAware(look, look);
}

void OperationsPage::addStaleAware(QObject *object, StaleAware *part)
{
    m_staleAware.removeIf([](const StalePart &p) { return !p.object; });
    m_staleAware.append(StalePart { object, part });
    part->setTimeRange(m_from, m_to);
    part->setTimeMarkers(m_markers);
    part->setTimeSpans(m_spans);
    if (m_stale)
        applyStaleLook();
}

QList<StaleAware *> OperationsPage::staleAwareParts() const
{
    QList<StaleAware *> parts;
    for (const StalePart &p : m_staleAware) {
        if (p.object)
            parts.append(p.part);
    }
    return parts;
}

void OperationsPage::applyTimeRange()
{
    for (StaleAware *part : staleAwareParts())
        part->setTimeRange(m_from, m_to);
}

void OperationsPage::applyStaleLook()
{
    for (StaleAware *part : staleAwareParts())
        part->setStale(m_stale);
}

void OperationsPage::setupTable(QTableView *table)
{
    table->setItemDelegate(new ColorDecorationDelegate(table));
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    registerStaleAware(table);
}

void OperationsPage::setupTable(QTableView *table, QSortFilterProxyModel *proxy, QAbstractItemModel *source,
                                int sortRole)
{
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    table->setModel(proxy);
    setupTable(table);
}

void OperationsPage::fitColumns(QTableView *table)
{
    // Measured again only when the number of rows changed: a measure lays out every visible cell's text.
    const int rows = table->model() ? table->model()->rowCount() : 0;
    const char *fittedRows = "routedeckFittedRows";
    if (table->property(fittedRows).isValid() && table->property(fittedRows).toInt() == rows)
        return;
    table->setProperty(fittedRows, rows);
    const QAbstractItemView *view = table; // sizeHintForColumn() is public here, protected in QTableView
    if (rows > 0 && table->horizontalHeader()->sectionSize(0) < view->sizeHintForColumn(0))
        WidgetSupport::fitColumnsToContents(table);
}

void OperationsPage::fitTableHeight(QTableView *table, int minRows)
{
    const int rows = std::max(minRows, table->model() ? table->model()->rowCount() : 0);
    const int scrollBar = table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0;
    const qint64 height = qint64(table->horizontalHeader()->sizeHint().height()) + qint64(rows) * table->verticalHeader()->defaultSectionSize()
        + 2 * table->frameWidth() + scrollBar + 2;
    table->setMaximumHeight(int(std::min<qint64>(height, QWIDGETSIZE_MAX)));
}

QPushButton *OperationsPage::createCsvButton(QAbstractItemView *view, const QString &baseName)
{
    auto *button = new QPushButton(tr("Export CSV…"), this);
    button->setToolTip(tr("Save this table, as sorted and filtered, as a CSV file"));
    connect(button, &QPushButton::clicked, this, [this, view, baseName] { exportCsv(view, baseName); });
    return button;
}

QAction *OperationsPage::addOpenTracesAction(QMenu *menu, QWidget *parent, const QString &urlTemplate,
                                             const QString &modelId, const QString &group, const QDateTime &start,
                                             const QDateTime &end, const QString &text)
{
    if (urlTemplate.trimmed().isEmpty()) {
        QAction *action = menu->addAction(tr("Open Traces (set traces_url in the profile)"));
        action->setEnabled(false);
        return action;
    }
    QAction *action = menu->addAction(text.isEmpty() ? tr("Open Traces…") : text);
    connect(action, &QAction::triggered, parent, [parent, urlTemplate, modelId, group, start, end] {
        QString error;
        const QUrl url = TraceLink::build(urlTemplate, modelId, group, start, end, &error);
        if (url.isEmpty())
            QMessageBox::warning(parent, tr("Open Traces"), error);
        else if (!QDesktopServices::openUrl(url))
            QMessageBox::warning(parent, tr("Open Traces"),
                                 tr("No web browser could open %1. Check the desktop's default browser.")
                                     .arg(MessageText::displayUrl(url)));
    });
    return action;
}

void OperationsPage::addTracesMenu(QAbstractItemView *table, int deploymentIdRole)
{
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this,
            [this, table, deploymentIdRole](const QPoint &pos) { showTracesMenu(table, deploymentIdRole, pos); });
}

void OperationsPage::showTracesMenu(QAbstractItemView *table, int deploymentIdRole, const QPoint &pos)
{
    const QModelIndex index = table->indexAt(pos); // a scroll area's menu position is the viewport's
    const QString id = index.isValid() ? index.data(deploymentIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    QMenu menu(table);
    addOpenTracesAction(&menu, this, m_tracesUrl, id, groupOf(id), QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc()),
                        QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::utc()));
    menu.exec(table->viewport()->mapToGlobal(pos));
}

QWidget *OperationsPage::createTracesButton()
{
    auto *button = new QPushButton(tr("Open Traces"), this);
    button->setObjectName(QStringLiteral("openTracesButton"));
    button->setToolTip(tr("Look at a deployment's requests one by one in the tracing tool of the connection "
                          "profile (traces_url), over this page's time range"));
    auto *menu = new QMenu(button);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillTracesMenu(menu); });
    button->setMenu(menu);
    return button;
}

void OperationsPage::fillTracesMenu(QMenu *menu)
{
    menu->clear();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::utc());
    const QString group = currentGroup();
    if (m_tracesUrl.trimmed().isEmpty()) {
        addOpenTracesAction(menu, this, m_tracesUrl, QString(), group, start, end);
        return;
    }
    for (const DeploymentSnapshot &d : std::as_const(m_deployments)) {
        if (group.isEmpty() || d.group == group) {
            const QString label = QString(d.id).replace(QLatin1Char('&'), QStringLiteral("&&")); // no mnemonic
            addOpenTracesAction(menu, this, m_tracesUrl, d.id, d.group, start, end, label);
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No deployment in this group yet"))->setEnabled(false);
}

QString OperationsPage::groupOf(const QString &deploymentId) const
{
    for (const DeploymentSnapshot &d : m_deployments) {
        if (d.id == deploymentId)
            return d.group;
    }
    return currentGroup();
}

QHBoxLayout *OperationsPage::createGroupRow(GroupComboBox *groups)
{
    setGroupChoice(groups);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Model group:"), this);
    label->setBuddy(groups);
    row->addWidget(label);
    row->addWidget(groups);
    return row;
}

void OperationsPage::offerGroups(GroupComboBox *groups, const Snapshot &snapshot)
{
    QStringList names;
    for (const GroupSnapshot &g : snapshot.groups)
        names.append(g.name);
    const QSignalBlocker blocker(groups);
    groups->setGroups(names);
}

QSplitter *OperationsPage::createSplitter(QWidget *top, int topStretch, QWidget *bottom, int bottomStretch)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, topStretch);
    splitter->setStretchFactor(1, bottomStretch);
    return splitter;
}

void OperationsPage::exportCsv(QAbstractItemView *view, const QString &baseName)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir::home().filePath(baseName + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty() || !view->model())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvExport::toCsv(*view->model()).toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

QList<QPointF> OperationsPage::chartPoints(const SeriesStore &store, const QString &key, qint64 from, qint64 to,
                                           int pixelColumns, double scale)
{
    QList<QPointF> points = SeriesStore::downsample(store.range(key, from, to), from, to, pixelColumns);
    if (scale != 1) {
        for (QPointF &p : points)
            p.setY(p.y() * scale);
    }
    return points;
}

} // namespace RouteDeck
