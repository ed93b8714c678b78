// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupfilteredtablemodel.h"
#include "snapshot.h"
#include "viewthresholds.h"

namespace RouteDeck {

struct OutcomeRow
{
    QString id;
    QString group;
    double requestsPerSecond = kNoValue; // sum of the outcome rates
    std::array<double, kOutcomeCount> rates { kNoValue, kNoValue, kNoValue, kNoValue, kNoValue }; // per second
    double errorRatio = kNoValue;

    double ratio(Outcome outcome) const; // of all outcomes; NaN without traffic
    QString key() const { return id; }
    bool sameAs(const OutcomeRow &other) const;
};

// The Outcomes page's table: per deployment, what share of calls ended how. Rate limits (429)
// and errors past their thresholds are highlighted.
class OutcomeTableModel : public GroupFilteredTableModel<OutcomeRow>
{
    Q_OBJECT

public:
    enum Column { DeploymentColumn, GroupColumn, RequestsColumn, SuccessColumn, TimeoutColumn, RateLimitColumn,
                  ApiErrorColumn, OtherColumn, ErrorsColumn, ColumnCount };
    enum Role {
        HighlightRole = FirstTableRole, // bool: this cell is past its threshold
        RatioRole, // double: share of the deployment's calls for an outcome column
    };

    explicit OutcomeTableModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    void setThresholds(const ViewThresholds &thresholds);

    static std::optional<Outcome> outcomeOfColumn(int column);
    bool isHighlighted(const OutcomeRow &row, int column) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    ViewThresholds m_thresholds;
};

} // namespace RouteDeck
