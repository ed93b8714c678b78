// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyparams.h"

#include "simvalues.h"

#include <QCoreApplication>
#include <QSet>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryParams", text);
}
} // namespace

HistoryParams HistoryParams::read(const QVariant &value, const QString &path, const QString &fileName, Problems *problems)
{
    HistoryParams params;
    const SourceLocation file { fileName, 0, 0 };
    const auto error = [&](const QString &message) {
        if (problems)
            problems->append(Problem::error(file, message));
    };
    const auto number = [&](const QVariant &v, const QString &key, double min, double max) -> std::optional<double> {
        const std::optional<double> n = SimValues::number(v);
        if (!n || *n < min || *n > max) {
            error(tr("%1 must be a number from %2 to %3, got %4").arg(key).arg(min).arg(max).arg(SimValues::describe(v)));
            return std::nullopt;
        }
        return n;
    };
    if (!SimValues::isMap(value)) {
        error(tr("%1 must be a map, got %2").arg(path, SimValues::describe(value)));
        return params;
    }
    const QVariantMap map = value.toMap();
    static const QSet<QString> keys { QStringLiteral("step_s"), QStringLiteral("calls_per_step"),
                                      QStringLiteral("daily_swing"), QStringLiteral("past") };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!keys.contains(it.key()) && problems)
            problems->append(Problem::warning(
                file, tr("%1.%2 is not known; expected step_s, calls_per_step, daily_swing or past").arg(path, it.key())));
    }
    if (map.contains(QStringLiteral("step_s"))) {
        if (auto v = number(map.value(QStringLiteral("step_s")), path + QStringLiteral(".step_s"), 60, 86400))
            params.stepSeconds = *v;
    }
    if (map.contains(QStringLiteral("calls_per_step"))) {
        if (auto v = number(map.value(QStringLiteral("calls_per_step")), path + QStringLiteral(".calls_per_step"), 1, 100000))
            params.callsPerStep = int(*v);
    }
    if (map.contains(QStringLiteral("daily_swing"))) {
        if (auto v = number(map.value(QStringLiteral("daily_swing")), path + QStringLiteral(".daily_swing"), 0, 0.95))
            params.dailySwing = *v;
    }
    const QVariant past = map.value(QStringLiteral("past"));
    if (past.isValid() && !SimValues::isList(past)) {
        error(tr("%1.past must be a list, got %2").arg(path, SimValues::describe(past)));
        return params;
    }
    const QVariantList list = past.toList();
    for (int i = 0; i < list.size(); ++i) {
        const QString itemPath = QStringLiteral("%1.past[%2]").arg(path).arg(i);
        if (!SimValues::isMap(list.at(i))) {
            error(tr("%1 must be a map with until_days_ago and agent or group").arg(itemPath));
            continue;
        }
        const QVariantMap m = list.at(i).toMap();
        static const QSet<QString> itemKeys { QStringLiteral("until_days_ago"), QStringLiteral("agent"),
                                              QStringLiteral("group"), QStringLiteral("load_multiplier"),
                                              QStringLiteral("input_tokens") };
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (!itemKeys.contains(it.key()) && problems)
                problems->append(Problem::warning(
                    file, tr("%1.%2 is not known; expected until_days_ago, agent, group, load_multiplier or input_tokens")
                              .arg(itemPath, it.key())));
        }
        HistoryChange change;
        const auto until = number(m.value(QStringLiteral("until_days_ago")), itemPath + QStringLiteral(".until_days_ago"), 0, 3650);
        if (!until)
            continue;
        change.untilDaysAgo = int(*until);
        for (const char *key : { "agent", "group" }) {
            const QVariant v = m.value(QString::fromLatin1(key));
            if (v.isValid() && !SimValues::isString(v)) {
                error(tr("%1.%2 must be a name, got %3").arg(itemPath, QString::fromLatin1(key), SimValues::describe(v)));
                continue;
            }
            (qstrcmp(key, "agent") == 0 ? change.agent : change.group) = v.toString();
        }
        if (m.contains(QStringLiteral("load_multiplier"))) {
            if (auto v = number(m.value(QStringLiteral("load_multiplier")), itemPath + QStringLiteral(".load_multiplier"), 0, 1000))
                change.loadMultiplier = *v;
        }
        if (m.contains(QStringLiteral("input_tokens"))) {
            if (auto v = number(m.value(QStringLiteral("input_tokens")), itemPath + QStringLiteral(".input_tokens"), 1, 10'000'000))
                change.inputTokens = int(*v);
        }
        params.past.append(change);
    }
    return params;
}

} // namespace RouteDeck
