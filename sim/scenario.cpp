// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "faultinjector.h"
#include "simvalues.h"
#include "yamlvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Scenario", text);
}

constexpr qsizetype kMaxScenarioBytes = 4 * 1024 * 1024;
constexpr int kMaxSteps = 10000;
} // namespace

QString Scenario::Step::describe() const
{
    switch (action) {
    case Action::Add:
        return tr("at %1 s: add %2 fault on %3 (probability %4%5%6)")
            .arg(atSeconds)
            .arg(fault.kindName(), fault.target)
            .arg(fault.probability)
            .arg(fault.extraLatencySeconds > 0 ? tr(", +%1 ms").arg(fault.extraLatencySeconds * 1000)
                                               : QString())
            .arg(std::isinf(fault.durationSeconds) ? QString() : tr(", for %1 s").arg(fault.durationSeconds));
    case Action::Remove:
        return tr("at %1 s: remove fault %2").arg(atSeconds).arg(faultId);
    case Action::Clear:
        return tr("at %1 s: clear all faults").arg(atSeconds);
    }
    return {};
}

namespace {
ScenarioParseResult fromYaml(
    const YamlParseResult &yaml, const QStringList &knownTargets, const QString &fileName)
{
    using Step = Scenario::Step;
    ScenarioParseResult result;
    if (!yaml.ok()) {
        result.problems = yaml.problems;
        return result;
    }
    result.problems = yaml.problems;
    const QVariant root = yaml.value;
    const SourceLocation where { fileName, 0, 0 };
    const auto error
        = [&](const QString &message) { result.problems.append(Problem::error(where, message)); };

    if (!SimValues::isMap(root)) {
        error(tr("a scenario must be a map with name and steps"));
        return result;
    }
    const QVariantMap map = root.toMap();
    static const QSet<QString> keys
        = { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("steps") };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!keys.contains(it.key()))
            result.problems.append(Problem::warning(
                where, tr("'%1' is not a scenario key; expected name, description, steps").arg(it.key())));
    }
    result.scenario.name = map.value(QStringLiteral("name")).toString();
    result.scenario.description = map.value(QStringLiteral("description")).toString();
    const QVariant steps = map.value(QStringLiteral("steps"));
    if (!SimValues::isList(steps) || steps.toList().isEmpty()) {
        error(tr("steps must be a non-empty list, got %1").arg(SimValues::describe(steps)));
        return result;
    }
    const QVariantList list = steps.toList();
    if (list.size() > kMaxSteps) {
        error(tr("a scenario may have at most %1 steps, this one has %2").arg(kMaxSteps).arg(list.size()));
        return result;
    }
    QSet<QString> addedIds;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (!SimValues::isMap(list.at(i))) {
            error(tr("%1 must be a map with at_s and one of add, remove, clear").arg(path));
            continue;
        }
        const QVariantMap s = list.at(i).toMap();
        Step step;
        const auto at = SimValues::number(s.value(QStringLiteral("at_s")));
        if (!at || *at < 0) {
            error(tr("%1.at_s must be a number of seconds >= 0, got %2")
                      .arg(path, SimValues::describe(s.value(QStringLiteral("at_s")))));
            continue;
        }
        step.atSeconds = *at;
        const int actions = int(s.contains(QStringLiteral("add"))) + int(s.contains(QStringLiteral("remove")))
            + int(s.contains(QStringLiteral("clear")));
        if (actions != 1) {
            error(tr("%1 must have exactly one of add, remove, clear").arg(path));
            continue;
        }
        if (s.contains(QStringLiteral("add"))) {
            const QVariant add = s.value(QStringLiteral("add"));
            if (!SimValues::isMap(add)) {
                error(tr("%1.add must be a fault map (target, kind, ...)").arg(path));
                continue;
            }
            const FaultParseResult fault = FaultInjector::parse(add.toMap(), knownTargets);
            if (!fault.ok()) {
                error(path + QStringLiteral(".add: ") + fault.error);
                continue;
            }
            step.action = Step::Action::Add;
            step.fault = fault.fault;
            if (!step.fault.id.isEmpty())
                addedIds.insert(step.fault.id);
        } else if (s.contains(QStringLiteral("remove"))) {
            const QVariant id = s.value(QStringLiteral("remove"));
            if (!SimValues::isString(id) || id.toString().isEmpty()) {
                error(tr("%1.remove must be the id of a fault added earlier").arg(path));
                continue;
            }
            step.action = Step::Action::Remove;
            step.faultId = id.toString();
            if (!addedIds.contains(step.faultId))
                result.problems.append(Problem::warning(where,
                    tr("%1.remove: no earlier step adds a fault with id '%2'").arg(path, step.faultId)));
        } else {
            step.action = Step::Action::Clear;
        }
        result.scenario.steps.append(step);
    }
    std::stable_sort(result.scenario.steps.begin(), result.scenario.steps.end(),
        [](const Step &a, const Step &b) { return a.atSeconds < b.atSeconds; });
    return result;
}
} // namespace

ScenarioParseResult Scenario::load(const QString &path, const QStringList &knownTargets)
{
    return fromYaml(YamlValues::load(path, kMaxScenarioBytes), knownTargets, path);
}

ScenarioParseResult Scenario::parse(
    const QByteArray &text, const QStringList &knownTargets, const QString &fileName)
{
    return fromYaml(YamlValues::parse(text, fileName), knownTargets, fileName);
}

} // namespace RouteDeck
