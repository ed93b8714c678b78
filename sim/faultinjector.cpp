// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include "routertypes.h"
#include "simvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace RouteDeck {

QStringList FaultInjector::kindNames()
{
    QStringList names;
    for (Outcome o : Outcomes::failures())
        names.append(Outcomes::name(o));
    names.append(QStringLiteral("latency"));
    names.append(QStringLiteral("admin_error"));
    return names;
}

FaultParseResult FaultInjector::parse(const QVariantMap &map, const QStringList &knownTargets)
{
    FaultParseResult result;
    Fault &f = result.fault;
    static const QSet<QString> keys = { QStringLiteral("id"), QStringLiteral("target"),
        QStringLiteral("kind"), QStringLiteral("probability"), QStringLiteral("extra_latency_ms"),
        QStringLiteral("duration_s") };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!keys.contains(it.key())) {
            result.error = tr("unknown fault field '%1'; expected id, target, kind, probability, "
                              "extra_latency_ms, duration_s")
                               .arg(it.key().left(80));
            return result;
        }
    }

    if (map.contains(QStringLiteral("id"))) {
        const QVariant id = map.value(QStringLiteral("id"));
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (!SimValues::isString(id) || !valid.match(id.toString()).hasMatch()) {
            result.error = tr("fault id must be 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-', got %1")
                               .arg(SimValues::describe(id));
            return result;
        }
        f.id = id.toString();
    }

    const QVariant target = map.value(QStringLiteral("target"));
    if (!SimValues::isString(target) || target.toString().isEmpty()) {
        result.error = tr("fault target must be a deployment id or a provider name, got %1")
                           .arg(SimValues::describe(target));
        return result;
    }
    f.target = target.toString();
    if (!knownTargets.contains(f.target)) {
        result.error = tr("fault target %1 matches no deployment id or provider; known: %2")
                           .arg(SimValues::describe(target), knownTargets.join(u", "));
        return result;
    }

    const QVariant kind = map.value(QStringLiteral("kind"));
    const QString kindName = kind.toString();
    if (SimValues::isString(kind) && kindName == QLatin1String("latency")) {
        f.kind = Fault::Kind::Latency;
    } else if (SimValues::isString(kind) && kindName == QLatin1String("admin_error")) {
        f.kind = Fault::Kind::AdminError;
    } else if (const auto outcome = SimValues::isString(kind) ? Outcomes::fromName(kindName) : std::nullopt;
               outcome && *outcome != Outcome::Success) {
        f.kind = Fault::Kind::Failure;
        f.outcome = *outcome;
    } else {
        result.error = tr("fault kind must be one of %1, got %2")
                           .arg(kindNames().join(u", "), SimValues::describe(kind));
        return result;
    }

    if (map.contains(QStringLiteral("probability"))) {
        const auto p = SimValues::number(map.value(QStringLiteral("probability")));
        if (!p || *p < 0 || *p > 1) {
            result.error = tr("fault probability must be a number between 0 and 1, got %1")
                               .arg(SimValues::describe(map.value(QStringLiteral("probability"))));
            return result;
        }
        f.probability = *p;
    }
    if (map.contains(QStringLiteral("extra_latency_ms"))) {
        const auto ms = SimValues::number(map.value(QStringLiteral("extra_latency_ms")));
        if (!ms || *ms < 0 || *ms > 3'600'000) {
            result.error = tr("fault extra_latency_ms must be a number between 0 and 3600000, got %1")
                               .arg(SimValues::describe(map.value(QStringLiteral("extra_latency_ms"))));
            return result;
        }
        f.extraLatencySeconds = *ms / 1000.0;
    }
    if (f.kind == Fault::Kind::AdminError && (f.probability != 1.0 || f.extraLatencySeconds > 0)) {
        result.error
            = tr("an admin_error fault fails every admin update of its target: it takes no probability "
                 "below 1 and no extra_latency_ms");
        return result;
    }
    if (f.kind == Fault::Kind::Latency && f.extraLatencySeconds <= 0) {
        result.error = tr("a latency fault needs extra_latency_ms > 0");
        return result;
    }
    if (map.contains(QStringLiteral("duration_s"))) {
        const auto d = SimValues::number(map.value(QStringLiteral("duration_s")));
        if (!d || *d <= 0 || *d > 1e9) {
            result.error = tr("fault duration_s must be a number of seconds > 0, got %1")
                               .arg(SimValues::describe(map.value(QStringLiteral("duration_s"))));
            return result;
        }
        f.durationSeconds = *d;
    }
    return result;
}

QString FaultInjector::add(Fault &fault, double now)
{
    prune(now);
    if (m_faults.size() >= kMaxFaults)
        return tr("too many faults (%1); delete some first").arg(kMaxFaults);
    if (fault.id.isEmpty()) {
        do {
            fault.id = QStringLiteral("fault-%1").arg(m_nextId++);
        } while (std::any_of(
            m_faults.cbegin(), m_faults.cend(), [&](const Fault &f) { return f.id == fault.id; }));
    } else if (std::any_of(
                   m_faults.cbegin(), m_faults.cend(), [&](const Fault &f) { return f.id == fault.id; })) {
        return tr("a fault with id '%1' exists already").arg(fault.id);
    }
    fault.startedAt = now;
    m_faults.append(fault);
    return {};
}

bool FaultInjector::remove(const QString &id)
{
    return m_faults.removeIf([&](const Fault &f) { return f.id == id; }) > 0;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

QList<Fault> FaultInjector::active(double now)
{
    prune(now);
    return m_faults;
}

void FaultInjector::prune(double now)
{
    m_faults.removeIf([now](const Fault &f) { return now >= f.expiresAt(); });
}

std::optional<Fault> FaultInjector::adminFault(const Deployment &deployment, double now)
{
    if (m_faults.isEmpty())
        return std::nullopt;
    prune(now);
    for (const Fault &f : std::as_const(m_faults)) {
        if (f.kind == Fault::Kind::AdminError
            && (f.target == deployment.id || f.target == deployment.provider))
            return f;
    }
    return std::nullopt;
}

FaultEffect FaultInjector::effectFor(const Deployment &deployment, double now, SimRandom &rng)
{
    FaultEffect effect;
    if (m_faults.isEmpty())
        return effect;
    prune(now);
    for (const Fault &f : std::as_const(m_faults)) {
        if (f.kind == Fault::Kind::AdminError
            || (f.target != deployment.id && f.target != deployment.provider))
            continue;
        if (f.probability < 1.0 && rng.uniform() >= f.probability)
            continue;
        effect.extraLatencySeconds += f.extraLatencySeconds;
        if (f.kind == Fault::Kind::Failure && !effect.forcedOutcome)
            effect.forcedOutcome = f.outcome;
    }
    return effect;
}

} // namespace RouteDeck
