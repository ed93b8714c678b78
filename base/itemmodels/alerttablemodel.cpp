// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttablemodel.h"

#include "prometheusrules.h"
#include "viewformat.h"
#include "viewthresholds.h"

#include <QColor>

#include <cmath>
#include <limits>

namespace RouteDeck {

namespace {
// One of Prometheus' alerts as the console's Alert: identified by its rule and labels.
AlertRow serverSideRow(const PromRule &rule, const PromAlert &alert)
{
    Alert shown;
    QStringList labels;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    shown.id = rule.name + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}');
    shown.rule = alertRuleFromId(alert.labels.value(QStringLiteral("routedeck_rule"))).value_or(AlertRule::NoData);
    shown.group = alert.labels.value(QStringLiteral("group"), alert.labels.value(QStringLiteral("requested_model")));
    shown.state = alert.state == QLatin1String("firing") ? Alert::State::Firing : Alert::State::Pending;
    shown.activeAt = alert.activeAt;
    shown.value = alert.value;
    bool ok = false;
    const double limit = alert.annotations.value(QLatin1String(PrometheusRules::kLimitAnnotation)).toDouble(&ok);
    if (ok && std::isfinite(limit))
        shown.threshold = limit;
    shown.evidence = alert.annotations.value(QStringLiteral("summary"), alert.annotations.value(QStringLiteral("description")));
    return AlertRow { .alert = shown, .serverSide = true, .ruleName = rule.name };
}
} // namespace

QList<AlertRow> serverSideAlertRows(const PromRules &rules, int *routerRules)
{
    QList<AlertRow> rows;
    int watching = 0;
    for (const PromRule &rule : rules.rules) {
        // The router's: rules on LiteLLM's metrics, RouteDeck's exported ones among them.
        if (!rule.alerting || !rule.query.contains(QLatin1String("litellm_")))
            continue;
        ++watching;
        for (const PromAlert &alert : rule.alerts)
            rows.append(serverSideRow(rule, alert));
    }
    if (routerRules)
        *routerRules = watching;
    return rows;
}

AlertTableModel::AlertTableModel(Kind kind, QObject *parent)
    : KeyedTableModel<AlertRow>(parent)
    , m_kind(kind)
{
}

void AlertTableModel::setRows(const QList<AlertRow> &rows)
{
    mergeRows(rows);
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AlertTableModel::columnTitles() const
{
    return { tr("State"), tr("Group"), tr("Rule"), m_kind == Kind::Active ? tr("Value") : tr("Peak"), tr("Limit"),
             m_kind == Kind::Active ? tr("Since") : tr("Started"), tr("Duration"), tr("Deployments"), tr("Detail") };
}

qint64 AlertTableModel::durationMsecs(const Alert &alert) const
{
    const QDateTime start = m_kind == Kind::History ? alert.firedAt : alert.activeAt;
    const QDateTime end = alert.state == Alert::State::Resolved ? alert.resolvedAt
                                                                : (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    return start.isValid() && end.isValid() ? std::max<qint64>(0, start.msecsTo(end)) : -1;
}

QVariant AlertTableModel::displayData(const AlertRow &row, int column) const
{
    const Alert &a = row.alert;
    switch (column) {
    case StateColumn: {
        QStringList marks { alertStateName(a.state) };
        if (row.serverSide)
            marks << tr("server-side");
        if (a.acknowledged)
            marks << tr("acknowledged");
        if (row.silenced)
            marks << tr("silenced");
        return marks.join(QStringLiteral(", "));
    }
    case GroupColumn:
        return a.group.isEmpty() ? tr("(all groups)") : a.group;
    case RuleColumn:
        return row.serverSide ? row.ruleName : alertRuleTitle(a.rule);
    case ValueColumn:
        return row.serverSide && !std::isfinite(a.value) ? QString()
                                                         : alertValueText(a.rule, m_kind == Kind::Active ? a.value : a.peak);
    case LimitColumn:
        return row.serverSide ? QString() : alertLimitText(a.rule, a.threshold);
    case SinceColumn: {
        // Today's as a clock time, older ones with their date: the column stays narrow.
        const QDateTime since = (m_kind == Kind::Active ? a.activeAt : a.firedAt).toLocalTime();
        if (!since.isValid())
            return QString();
        return since.date() == QDate::currentDate() ? ViewFormat::clock(since) : since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case DurationColumn: {
        const qint64 msecs = durationMsecs(a);
        return msecs < 0 ? QString() : ViewFormat::duration(msecs);
    }
    case DeploymentsColumn:
        return a.deployments.join(QStringLiteral(", "));
    case DetailColumn:
        return a.evidence;
    default:
        return {};
    }
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &row = rows().at(index.row());
    const Alert &a = row.alert;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return column == DetailColumn || column == StateColumn ? QVariant(a.evidence) : QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && a.state == Alert::State::Firing)
            return QVariant::fromValue(healthColor(Health::Critical));
        if (column == StateColumn && a.state == Alert::State::Pending)
            return QVariant::fromValue(healthColor(Health::Warning));
        return {};
    case SortRole:
        if (column == SinceColumn)
            return (m_kind == Kind::Active ? a.activeAt : a.firedAt).toMSecsSinceEpoch();
        if (column == DurationColumn)
            return durationMsecs(a);
        if (column == ValueColumn) {
            const double value = m_kind == Kind::Active ? a.value : a.peak;
            return std::isfinite(value) ? value : -std::numeric_limits<double>::infinity(); // NaN has no order
        }
        return displayData(row, column);
    case AlertIdRole:
        return a.id;
    case GroupRole:
        return a.group;
    case RuleRole:
        return alertRuleId(a.rule);
    case ServerSideRole:
        return row.serverSide;
    default:
        return {};
    }
}

} // namespace RouteDeck
