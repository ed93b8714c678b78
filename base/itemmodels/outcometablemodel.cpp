// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcometablemodel.h"
#include "viewformat.h"

#include <cmath>

namespace RouteDeck {

double OutcomeRow::ratio(Outcome outcome) const
{
    const double rate = rates[size_t(outcome)];
    if (!(requestsPerSecond > 0))
        return kNoValue;
    return std::isfinite(rate) ? rate / requestsPerSecond : 0.0;
}

bool OutcomeRow::sameAs(const OutcomeRow &o) const
{
    for (size_t i = 0; i < rates.size(); ++i) {
        if (!ViewFormat::same(rates[i], o.rates[i]))
            return false;
    }
    return id == o.id && group == o.group && ViewFormat::same(requestsPerSecond, o.requestsPerSecond)
        && ViewFormat::same(errorRatio, o.errorRatio);
}

OutcomeTableModel::OutcomeTableModel(QObject *parent)
    : GroupFilteredTableModel<OutcomeRow>(parent)
{
}

void OutcomeTableModel::setSnapshot(const Snapshot &snapshot)
{
    QList<OutcomeRow> rows;
    rows.reserve(snapshot.deployments.size());
    for (const DeploymentSnapshot &d : snapshot.deployments) {
        OutcomeRow row { .id = d.id, .group = d.group, .rates = d.outcomeRates };
        double total = 0;
        bool any = false;
        for (double rate : d.outcomeRates) {
            if (std::isfinite(rate)) {
                total += rate;
                any = true;
            }
        }
        row.requestsPerSecond = any ? total : kNoValue;
        row.errorRatio = d.errorRatio();
        rows.append(row);
    }
    setAllRows(rows);
}

void OutcomeTableModel::setThresholds(const ViewThresholds &thresholds)
{
    m_thresholds = thresholds;
    emitAllDataChanged();
}

std::optional<Outcome> OutcomeTableModel::outcomeOfColumn(int column)
{
    switch (column) {
    case SuccessColumn:
        return Outcome::Success;
    case TimeoutColumn:
        return Outcome::Timeout;
    case RateLimitColumn:
        return Outcome::RateLimit;
    case ApiErrorColumn:
        return Outcome::ApiError;
    case OtherColumn:
        return Outcome::Other;
    default:
        return std::nullopt;
    }
}

bool OutcomeTableModel::isHighlighted(const OutcomeRow &row, int column) const
{
    if (!(row.requestsPerSecond >= m_thresholds.minRequestsPerSecond))
        return false;
    if (column == RateLimitColumn)
        return row.ratio(Outcome::RateLimit) >= m_thresholds.of(row.group).rateLimitRatio;
    if (column == ErrorsColumn)
        return row.errorRatio >= m_thresholds.of(row.group).errorRatio;
    return false;
}

int OutcomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutcomeRow &row = rows().at(index.row());
    const int column = index.column();
    const std::optional<Outcome> outcome = outcomeOfColumn(column);
    const double ratio = outcome ? row.ratio(*outcome) : column == ErrorsColumn ? row.errorRatio : kNoValue;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DeploymentColumn:
            return row.id;
        case GroupColumn:
            return row.group;
        case RequestsColumn:
            return std::isfinite(row.requestsPerSecond) ? ViewFormat::rate(row.requestsPerSecond) : tr("no traffic");
        default:
            return ViewFormat::percent(ratio);
        }
    case Qt::ToolTipRole:
        if (outcome && std::isfinite(row.rates[size_t(*outcome)]))
            return tr("%1 calls ended as %2").arg(ViewFormat::rate(row.rates[size_t(*outcome)]), outcomeName(*outcome));
        if (column == ErrorsColumn)
            return tr("Calls that did not succeed, of all calls");
        return {};
    case Qt::TextAlignmentRole:
        return column == DeploymentColumn || column == GroupColumn ? QVariant()
                                                                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return isHighlighted(row, column) ? QVariant::fromValue(ViewFormat::highlightBackground()) : QVariant();
    case SortRole:
        if (column == DeploymentColumn)
            return row.id;
        if (column == GroupColumn)
            return row.group;
        if (column == RequestsColumn)
            return std::isfinite(row.requestsPerSecond) ? row.requestsPerSecond : -1.0;
        return std::isfinite(ratio) ? ratio : -1.0;
    case DeploymentIdRole:
        return row.id;
    case HighlightRole:
        return isHighlighted(row, column);
    case RatioRole:
        return outcome || column == ErrorsColumn ? QVariant(ratio) : QVariant();
    default:
        return {};
    }
}

QStringList OutcomeTableModel::columnTitles() const
{
    return { tr("Deployment"), tr("Group"), tr("Requests/s"), tr("Success"), tr("Timeout"),
             tr("Rate limit (429)"), tr("API error"), tr("Other"), tr("Errors") };
}

} // namespace RouteDeck
