// SPDX-License-Identifier: GPL-3.0-or-later
#include "costtablemodel.h"

#include "costformat.h"
#include "csvexport.h"
#include "viewformat.h"

#include <cmath>

namespace RouteDeck {

namespace {
QString plainNumber(double value, int decimals = -1)
{
    if (!std::isfinite(value))
        return std::isinf(value) && value > 0 ? QStringLiteral("new") : CostFormat::noData();
    return decimals < 0 ? QString::number(value, 'g', 12) : QString::number(value, 'f', decimals);
}
} // namespace

bool CostRow::sameAs(const CostRow &o) const
{
    using F = ViewFormat;
    return id == o.id && label == o.label && detail == o.detail && total.sameAs(o.total) && F::same(share, o.share)
        && F::same(dayOverDay, o.dayOverDay) && F::same(weekOverWeek, o.weekOverWeek) && newLastDay == o.newLastDay;
}

CostTableModel::CostTableModel(QObject *parent)
    : KeyedTableModel<CostRow>(parent)
{
}

void CostTableModel::setReport(const CostReport &report)
{
    const bool headerBefore = headerSaysEstimated();
    const QString dimensionBefore = m_report.dimension();
    const QString currencyBefore = m_report.currency();
    m_report = report;
    if (headerBefore != headerSaysEstimated() || dimensionBefore != report.dimension() || currencyBefore != report.currency())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    rebuild();
}

void CostTableModel::setBreakdown(CostBreakdown breakdown)
{
    if (breakdown == m_breakdown)
        return;
    m_breakdown = breakdown;
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
    rebuild();
}

bool CostTableModel::headerSaysEstimated() const
{
    return m_report.spendEstimated();
}

void CostTableModel::rebuild()
{
    QList<CostRow> incoming;
    const double totalSpend = m_report.total().total.spend;
    for (const CostItem &item : m_report.items(m_breakdown)) {
        CostRow row;
        row.id = item.key;
        row.label = item.label;
        row.detail = item.detail;
        row.total = item.total;
        row.share = totalSpend > 0 && !std::isnan(item.total.spend) ? item.total.spend / totalSpend : CostFigures::kNone;
        row.dayOverDay = item.isNewLastDay() ? std::numeric_limits<double>::infinity() : item.dayOverDay();
        row.weekOverWeek = item.weekOverWeek();
        row.newLastDay = item.isNewLastDay();
        incoming.append(row);
    }
    mergeRows(incoming);
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CostTableModel::spendText(const CostRow &row, double value) const
{
    QString text = CostFormat::money(value, m_report.currency());
    // Mixed reports: the header cannot say it for every row, the cell does.
    if (row.total.spendEstimated && !m_report.spendMetricMissing() && std::isfinite(value))
        text += QLatin1Char(' ') + tr("(estimated)");
    return text;
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case ExportRole:
        return exportData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortData(row, index.column());
    case KeyRole:
        return row.id;
    case EstimatedRole:
        return row.total.spendEstimated
            && (index.column() == SpendColumn || index.column() == CostPer1kColumn || index.column() == ShareColumn
                || index.column() == DayOverDayColumn || index.column() == WeekOverWeekColumn);
    default:
        return {};
    }
}

// The text of a cell, with units: money, percent, short counts.
QVariant CostTableModel::displayData(const CostRow &row, int column) const
{
    const CostFigures &t = row.total;
    switch (column) {
    case NameColumn:
        return row.label;
    case SpendColumn:
        return spendText(row, t.spend);
    case ShareColumn:
        return std::isfinite(row.share) ? ViewFormat::percent(row.share) : CostFormat::noData();
    case InputTokensColumn:
        return CostFormat::shortCount(t.inputTokens);
    case OutputTokensColumn:
        return CostFormat::shortCount(t.outputTokens);
    case RequestsColumn:
        return CostFormat::shortCount(t.requests);
    case CostPer1kColumn:
        return spendText(row, t.costPer1kRequests());
    case AverageInputColumn:
        return CostFormat::count(t.averageInputTokens());
    case DayOverDayColumn:
        return CostFormat::change(row.dayOverDay);
    case WeekOverWeekColumn:
        return CostFormat::change(row.weekOverWeek);
    default:
        return {};
    }
}

// The plain value of a cell for CSV: numbers without units or grouping.
QVariant CostTableModel::exportData(const CostRow &row, int column) const
{
    const CostFigures &t = row.total;
    switch (column) {
    case NameColumn:
        return row.id;
    case SpendColumn:
        return plainNumber(t.spend, 6);
    case ShareColumn:
        return plainNumber(row.share * 100, 2);
    case InputTokensColumn:
        return plainNumber(std::round(t.inputTokens), 0);
    case OutputTokensColumn:
        return plainNumber(std::round(t.outputTokens), 0);
    case RequestsColumn:
        return plainNumber(std::round(t.requests), 0);
    case CostPer1kColumn:
        return plainNumber(t.costPer1kRequests(), 6);
    case AverageInputColumn:
        return plainNumber(t.averageInputTokens(), 1);
    case DayOverDayColumn:
        return std::isinf(row.dayOverDay) ? plainNumber(row.dayOverDay) : plainNumber(row.dayOverDay * 100, 2);
    case WeekOverWeekColumn:
        return plainNumber(row.weekOverWeek * 100, 2);
    default:
        return {};
    }
}

// The tooltip of a cell: exact counts, or what the column means.
QVariant CostTableModel::toolTipData(const CostRow &row, int column) const
{
    const CostFigures &t = row.total;
    switch (column) {
    case InputTokensColumn:
        return tr("%1 input tokens").arg(CostFormat::count(t.inputTokens));
    case OutputTokensColumn:
        return tr("%1 output tokens").arg(CostFormat::count(t.outputTokens));
    case RequestsColumn:
        return tr("%1 requests, %2 of them successful").arg(CostFormat::count(t.requests), CostFormat::count(t.successes));
    case NameColumn:
        return row.detail.isEmpty() ? row.label : row.label + QLatin1Char('\n') + row.detail;
    case SpendColumn:
        return row.total.spendEstimated ? tr("Estimated from input and output tokens and the price table")
                                        : tr("As reported by the router's spend metric");
    case AverageInputColumn:
        return tr("Input tokens per successful call: a prompt that grew shows up here");
    case CostPer1kColumn:
        return tr("Spend per 1,000 LLM API calls, failed ones included");
    case DayOverDayColumn:
        return tr("Spend yesterday against the day before");
    case WeekOverWeekColumn:
        return tr("Spend in the last 7 complete days against the 7 before them");
    default:
        return {};
    }
}

// The SortRole value of a cell: numbers (NaN below every number), names as lower-case text.
QVariant CostTableModel::sortData(const CostRow &row, int column) const
{
    const CostFigures &t = row.total;
    const auto number = [](double v) { return std::isnan(v) ? -std::numeric_limits<double>::max() : v; };
    switch (column) {
    case NameColumn:
        return row.label.toLower();
    case SpendColumn:
        return number(t.spend);
    case ShareColumn:
        return number(row.share);
    case InputTokensColumn:
        return number(t.inputTokens);
    case OutputTokensColumn:
        return number(t.outputTokens);
    case RequestsColumn:
        return number(t.requests);
    case CostPer1kColumn:
        return number(t.costPer1kRequests());
    case AverageInputColumn:
        return number(t.averageInputTokens());
    case DayOverDayColumn:
        return std::isinf(row.dayOverDay) ? std::numeric_limits<double>::max() : number(row.dayOverDay);
    case WeekOverWeekColumn:
        return number(row.weekOverWeek);
    default:
        return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return columnToolTip(section);
    return KeyedTableModel::headerData(section, orientation, role);
}

// The horizontal header's tooltip: what a column means, and that its spend is estimated.
QVariant CostTableModel::columnToolTip(int column) const
{
    const QString estimate = headerSaysEstimated() ? QStringLiteral("\n")
            + tr("The router exports no spend for some or all deployments: spend is estimated from tokens and the "
                 "price table")
                                                   : QString();
    switch (column) {
    case SpendColumn:
        return QString(tr("Spend in the range") + estimate);
    case ShareColumn:
        return QString(tr("Share of the range's total spend") + estimate);
    case CostPer1kColumn:
        return QString(tr("Spend per 1,000 LLM API calls, failed ones included") + estimate);
    case AverageInputColumn:
        return tr("Input tokens per successful call: a prompt that grew shows up here");
    case DayOverDayColumn:
        return QString(tr("Spend yesterday against the day before") + estimate);
    case WeekOverWeekColumn:
        return QString(tr("Spend in the last 7 complete days against the 7 before them") + estimate);
    default:
        return {};
    }
}

// Spend-derived titles say "estimated" when the report's spend is.
QStringList CostTableModel::columnTitles() const
{
    const bool estimated = headerSaysEstimated();
    const QString currency = m_report.currency();
    return { CostReport::breakdownTitle(m_breakdown, m_report.dimension()),
             estimated ? tr("Estimated spend (%1)").arg(currency) : tr("Spend (%1)").arg(currency),
             estimated ? tr("Share, estimated (%)") : tr("Share (%)"),
             tr("Input tokens"),
             tr("Output tokens"),
             tr("Requests"),
             estimated ? tr("Estimated per 1,000 requests (%1)").arg(currency)
                       : tr("Per 1,000 requests (%1)").arg(currency),
             tr("Input tokens per call"),
             estimated ? tr("Day over day, estimated (%)") : tr("Day over day (%)"),
             estimated ? tr("Week over week, estimated (%)") : tr("Week over week (%)") };
}

QString CostTableModel::toCsv() const
{
    CsvExport::Options options;
    options.role = ExportRole;
    options.lineEnd = QStringLiteral("\n");
    return CsvExport::toCsv(*this, options);
}

} // namespace RouteDeck
