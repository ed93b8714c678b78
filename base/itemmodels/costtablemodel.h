// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costreport.h"
#include "keyedtablemodel.h"

namespace RouteDeck {

struct CostRow
{
    QString id; // the item's key
    QString label;
    QString detail;
    CostFigures total;
    double share = CostFigures::kNone; // of the report's total spend
    double dayOverDay = CostFigures::kNone;
    double weekOverWeek = CostFigures::kNone;
    bool newLastDay = false;

    QString key() const { return id; }
    bool sameAs(const CostRow &other) const;
};

// The Cost page's table and `routedeckctl cost --csv`: one row per model group, deployment,
// provider or dimension value, with spend, share, tokens, calls, cost per 1,000 requests, average
// input tokens per call and the day-over-day and week-over-week change of spend. Rows merge across
// refreshes (selection and sort survive). Spend-derived columns say "estimated" in their header
// when the report's spend is estimated, and in the cell when only some rows are.
class CostTableModel : public KeyedTableModel<CostRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SpendColumn, ShareColumn, InputTokensColumn, OutputTokensColumn, RequestsColumn,
                  CostPer1kColumn, AverageInputColumn, DayOverDayColumn, WeekOverWeekColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers (NaN sorts below every number), names as text
        KeyRole, // the item's key (label value)
        ExportRole, // plain values for CSV: numbers without units or grouping, "no data" when missing
        EstimatedRole, // bool: this cell's spend is estimated
    };

    explicit CostTableModel(QObject *parent = nullptr);

    void setReport(const CostReport &report);
    void setBreakdown(CostBreakdown breakdown);
    CostBreakdown breakdown() const { return m_breakdown; }
    const CostReport &report() const { return m_report; }
    // The CSV of `routedeckctl cost --csv` and the page's "Export CSV": ExportRole values.
    QString toCsv() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    void rebuild();
    QString spendText(const CostRow &row, double value) const;
    // data() by role, for one cell.
    QVariant displayData(const CostRow &row, int column) const;
    QVariant exportData(const CostRow &row, int column) const;
    QVariant toolTipData(const CostRow &row, int column) const;
    QVariant sortData(const CostRow &row, int column) const;
    QVariant columnToolTip(int column) const;
    bool headerSaysEstimated() const;

    CostReport m_report;
    CostBreakdown m_breakdown = CostBreakdown::Group;
};

} // namespace RouteDeck
