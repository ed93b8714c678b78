// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paintedliveview.h"
#include "seriesstore.h"
#include "snapshot.h"
#include "staleaware.h"
#include "timeserieschart.h"
#include "viewthresholds.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace RouteDeck {

class GroupComboBox;

// Base of the live pages (Overview, Traffic, Latency, Outcomes, Cooldowns, Service Health, Cost,
// Rebalance), and all the window knows of them. The window calls, after every refresh,
// setTimeRange() then setSnapshot(); pages read the store during setSnapshot() and keep no pointer
// to it. A page that is not Live on Prometheus greys its charts and tables (its StaleAware parts)
// and says since when and why in a banner. The group navigator's choice reaches every page by
// selectGroup().
class OperationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OperationsPage(QWidget *parent = nullptr);

    virtual void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) = 0;
    // Applies on the next setSnapshot(); until then the charts' axes move.
    void setTimeRange(qint64 fromMsecs, qint64 toMsecs);
    // PromQL behind the charts, by catalog key: "requests", "latency", "outcomes", "state".
    void setQueryTexts(const QHash<QString, QString> &queries);
    void setThresholds(const ViewThresholds &thresholds);
    const ViewThresholds &thresholds() const { return m_thresholds; }
    // Vertical markers on every chart of the page (e.g. weight pushes).
    void setTimeMarkers(const QList<TimeSeriesChart::TimeMarker> &markers);
    // Shaded spans on every chart of the page (alerts while they fired).
    void setTimeSpans(const QList<TimeSeriesChart::TimeSpan> &spans);
    // The connection profile's traces URL template (ConnectionProfile::tracesUrl, filled in by TraceLink)
    // behind the page's "Open Traces" actions; empty: they are shown disabled, saying where to set it.
    void setTracesUrl(const QString &urlTemplate) { m_tracesUrl = urlTemplate; }
    QString tracesUrl() const { return m_tracesUrl; }

    // Prometheus is stale or unreachable: the page's parts are greyed and the banner says why.
    bool isStale() const { return m_stale; }
    QString bannerText() const;
    bool isBannerVisible() const;

    // The window's bookkeeping: only the page on screen pays for a refresh (or a new time range or
    // group); the others are marked and catch up with the latest snapshot when shown.
    void setNeedsSnapshot(bool needs) { m_needsSnapshot = needs; }
    bool needsSnapshot() const { return m_needsSnapshot; }

    // The model group shown, on a page with a group choice (createGroupRow(), setGroupChoice());
    // empty on the others, and for "all groups" where the choice offers it.
    QString currentGroup() const;
    void setGroup(const QString &group);
    // The window's group navigator chose `group` (empty: all groups). By default the page's group
    // choice follows it; a page without one ignores it.
    virtual void selectGroup(const QString &group);

Q_SIGNALS:
    // The user chose something (another group) that needs series from the store: the window
    // answers by calling setSnapshot() again with the latest snapshot and store. Until then the
    // page shows the new choice's table and waits with its charts.
    void snapshotWanted();

public:
    // "Showing last good data from 12:04:25 — Prometheus stale since 12:04:30: connection refused";
    // in replay first "Replay of 03:06:27: the state at that moment, not now …".
    static QString bannerTextFor(const Snapshot &snapshot);
    // The one "Open Traces" action, for every page and the Alerts page: added to `menu`, it opens the
    // traces of deployment `modelId` (empty: of the whole group) from `start` to `end` in the browser, or
    // says in a message box over `parent` why it cannot. Without a template it is disabled and says where
    // to set one. `text` names the action (default "Open Traces…").
    static QAction *addOpenTracesAction(QMenu *menu, QWidget *parent, const QString &urlTemplate,
                                        const QString &modelId, const QString &group, const QDateTime &start,
                                        const QDateTime &end, const QString &text = QString());

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    // Call first in setSnapshot(): banner, grey look, and the time range to read. A `note` goes first
    // in the banner (in blue when the sources are fine).
    void updateFreshness(const Snapshot &snapshot, const QString &note = QString());
    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }
    QString queryText(const QString &key) const { return m_queries.value(key); }

    // Parts (StaleAware) that grey out while stale and follow the time range and markers (the ones
    // drawn over time). A part is forgotten once deleted.
    void registerStaleAware(TimeSeriesChart *chart) { addStaleAware(chart, chart); }
    void registerStaleAware(PaintedLiveView *view) { addStaleAware(view, view); }
    // A table or list: its text greys while stale (ItemViewStaleLook).
    void registerStaleAware(QAbstractItemView *view);
    void setupTable(QTableView *table);
    // The same for a table sorted through `proxy` over `source` by `sortRole`.
    void setupTable(QTableView *table, QSortFilterProxyModel *proxy, QAbstractItemModel *source, int sortRole);
    // Sizes the columns to their contents while the first column is narrower than its content
    // (first fill), and leaves them alone after the user resized them. Checked when the number of rows
    // changed, not on every refresh.
    static void fitColumns(QTableView *table);
    // Caps a table's height at what its rows need (at least minRows), so charts below get the rest.
    static void fitTableHeight(QTableView *table, int minRows = 2);
    QPushButton *createCsvButton(QAbstractItemView *view, const QString &baseName);
    // A deployment table's context menu: "Open Traces…" for the row under the cursor (its deployment id
    // in `deploymentIdRole`, e.g. TrafficTableModel::DeploymentIdRole) over the page's time range.
    void addTracesMenu(QAbstractItemView *table, int deploymentIdRole);
    // For a page that shows its deployments in charts, not a table: "Open Traces" with one entry per
    // deployment of the current group, over the page's time range. A QPushButton, "openTracesButton".
    QWidget *createTracesButton();
    // "Model group: [groups]" at the top of a page; the page adds the rest of the row. `groups`
    // becomes the page's group choice.
    QHBoxLayout *createGroupRow(GroupComboBox *groups);
    // The chooser behind currentGroup(), setGroup() and selectGroup(), for a page with its own row.
    void setGroupChoice(GroupComboBox *groups) { m_groupChoice = groups; }
    // Offers the snapshot's groups without a signal: no snapshotWanted() from inside setSnapshot().
    // A vanished group falls back to the first, which the page then shows.
    static void offerGroups(GroupComboBox *groups, const Snapshot &snapshot);
    // Two panes stacked vertically that the user can resize but not collapse.
    QSplitter *createSplitter(QWidget *top, int topStretch, QWidget *bottom, int bottomStretch);

    // A store series ready for a chart: downsampled to the chart's plot width, y scaled.
    static QList<QPointF> chartPoints(const SeriesStore &store, const QString &key, qint64 from, qint64 to,
                                      int pixelColumns, double scale = 1);

    virtual void queryTextsChanged() {}
    virtual void thresholdsChanged() {}

private:
    struct StalePart
    {
        QPointer<QObject> object; // null once the part is deleted
        StaleAware *part;
    };

    void addStaleAware(QObject *object, StaleAware *part);
    QList<StaleAware *> staleAwareParts() const; // the ones not deleted
    void applyTimeRange();
    void applyStaleLook();
    void exportCsv(QAbstractItemView *view, const QString &baseName);
    void showTracesMenu(QAbstractItemView *table, int deploymentIdRole, const QPoint &pos);
    void fillTracesMenu(QMenu *menu);
    QString groupOf(const QString &deploymentId) const;

    QLabel *m_banner;
    QVBoxLayout *m_content;
    GroupComboBox *m_groupChoice = nullptr;
    QList<StalePart> m_staleAware;
    QHash<QString, QString> m_queries;
    ViewThresholds m_thresholds;
    QList<TimeSeriesChart::TimeMarker> m_markers;
    QList<TimeSeriesChart::TimeSpan> m_spans;
    QString m_tracesUrl;
    QList<DeploymentSnapshot> m_deployments; // of the latest snapshot: each deployment's group, for traces
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_rangeSet = false;
    bool m_stale = false;
    bool m_needsSnapshot = false;
};

} // namespace RouteDeck
