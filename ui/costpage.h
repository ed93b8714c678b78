// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costreport.h"
#include "operationspage.h"
#include "pricetable.h"
#include "stackedbarchart.h"

#include <QElapsedTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class CostTableModel;
class TimeSeriesChart;

// Cost and token trends for product managers: spend per day (or hour) as stacked bars by model
// group, deployment, provider or a dimension (agent, team...), a trend line of one measure (input
// tokens per call by default: prompt regressions show there), headline numbers with day-over-day
// and week-over-week change, the top movers and the month-end projection in plain words, and a
// sortable table. Estimated spend says "estimated" wherever it appears. PNG and CSV export.
//
// The page asks for data by reportWanted() (on a change of range, bucket or dimension, and every
// kRefreshSeconds while shown); the app layer answers with setReport() or setError().
class CostPage : public OperationsPage
{
    Q_OBJECT

public:
    static constexpr int kRefreshSeconds = 60;
    static constexpr int kMaxBarLayers = 6; // the rest stack as "Other"

    enum class Trend { AverageInputTokens, Spend, InputTokens, OutputTokens, Requests, CostPer1k };

    explicit CostPage(QWidget *parent = nullptr);
    ~CostPage() override;

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;

    // The catalog's cost dimensions (agent, team, api_key_alias), offered under "By".
    void setDimensions(const QStringList &dimensions);
    void setReport(const CostReport &report);
    void setError(const QString &message);
    void setPrices(const PriceTable &prices, const QString &path);
    void setCostQueryTexts(const QHash<QString, QString> &queries);

    CostRequest request() const;
    CostBreakdown breakdown() const;
    void setRequest(const CostRequest &request, CostBreakdown breakdown);
    void setTrend(Trend trend);

    // What is on screen, for tests and screenshots.
    const CostReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    StackedBarChart *barChart() const { return m_bars; }
    TimeSeriesChart *trendChart() const { return m_trend; }
    CostTableModel *tableModel() const { return m_model; }
    QString headlineText() const; // the cards, as plain text
    QString changesText() const; // movers, projection and notes, as plain text
    QString statusText() const;
    bool saveImage(const QString &path, QString *error = nullptr);

    // The bars of a report: the largest kMaxBarLayers items of the breakdown, the rest as "Other".
    static QList<StackedBarChart::Layer> barLayers(const CostReport &report, CostBreakdown breakdown, int maxLayers = kMaxBarLayers);
    static double trendValue(const CostFigures &figures, Trend trend);

    // A new report now, whether shown or not (new data arrived: the start, a history written). The
    // page alone schedules reports: again every kRefreshSeconds while it is shown.
    void refreshNow() { requestReport(); }

Q_SIGNALS:
    void reportWanted(const RouteDeck::CostRequest &request);
    void pricesEdited(const RouteDeck::PriceTable &prices);

private:
    // The constructor's steps, in the order it takes them.
    void setupChoices();
    void connectChoices();
    QHBoxLayout *createControls();
    void createCards();
    QSplitter *createCharts();
    void setupTableAndChanges();

    void requestReport();
    void updateBucketChoices();
    void showReport();
    void showHeadline();
    void showCharts();
    void showChanges();
    void fitTableColumns();
    void editPrices();
    void exportCsv();
    void exportPng();
    QString breakdownWords() const; // "agent", "model group"...
    QString rangeWords() const; // "last 7 days"

    QComboBox *m_range;
    QDateEdit *m_customFrom;
    QDateEdit *m_customTo;
    QComboBox *m_bucket;
    QComboBox *m_by;
    QComboBox *m_trendChoice;
    QLabel *m_status;
    QWidget *m_cards;
    QList<QLabel *> m_cardLabels;
    StackedBarChart *m_bars;
    TimeSeriesChart *m_trend;
    QLabel *m_changes;
    CostTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;

    CostReport m_report;
    bool m_hasReport = false;
    QString m_error;
    QElapsedTimer m_sinceReport;
    QElapsedTimer m_sinceRequest;
    bool m_waiting = false;
    bool m_columnsFitted = false;
    CostRequest m_requested;
    PriceTable m_prices;
    QString m_pricesPath;
    QHash<QString, QString> m_costQueries;
};

} // namespace RouteDeck
