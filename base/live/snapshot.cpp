// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include <QCoreApplication>

#include <cmath>

namespace RouteDeck {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::RateLimit:
        return QStringLiteral("rate_limit");
    case Outcome::ApiError:
        return QStringLiteral("api_error");
    case Outcome::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (int i = 0; i < kOutcomeCount; ++i) {
        if (outcomeName(Outcome(i)) == name)
            return Outcome(i);
    }
    return std::nullopt;
}

Outcome outcomeForFailure(const QString &exceptionStatus, const QString &exceptionClass)
{
    bool numeric = false;
    const int status = exceptionStatus.trimmed().toInt(&numeric);
    if (numeric && status == 429)
        return Outcome::RateLimit;
    if ((numeric && status == 408) || exceptionClass.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
        return Outcome::Timeout;
    if (exceptionClass.contains(QLatin1String("RateLimit"), Qt::CaseInsensitive))
        return Outcome::RateLimit;
    if (numeric && status >= 400 && status <= 599)
        return Outcome::ApiError;
    return Outcome::Other;
}

QString cooldownStateName(CooldownState state)
{
    switch (state) {
    case CooldownState::Unknown:
        return QCoreApplication::translate("Snapshot", "unknown");
    case CooldownState::Healthy:
        return QCoreApplication::translate("Snapshot", "healthy");
    case CooldownState::Partial:
        return QCoreApplication::translate("Snapshot", "partial outage");
    case CooldownState::Cooling:
        return QCoreApplication::translate("Snapshot", "cooling");
    }
    return {};
}

QString Quantile::toString() const
{
    if (!hasValue())
        return QCoreApplication::translate("Snapshot", "no traffic");
    QString number;
    if (seconds < 1) {
        number = QString::number(seconds * 1000, 'f', 0) + QStringLiteral(" ms");
    } else {
        number = QString::number(seconds, 'f', seconds < 10 ? 2 : 1);
        if (number.endsWith(QLatin1String(".0")))
            number.chop(2);
        number += QStringLiteral(" s");
    }
    return atLeast ? QStringLiteral("≥ ") + number : number;
}

double DeploymentSnapshot::driftPoints() const
{
    return driftFlagged ? judgedDriftPoints() : kNoValue;
}

double DeploymentSnapshot::judgedDriftPoints() const
{
    if (!std::isfinite(judgedShare) || !inRouter)
        return kNoValue;
    return (judgedShare - effectiveShare) * 100.0;
}

double DeploymentSnapshot::errorRatio() const
{
    double total = 0;
    double failed = 0;
    bool any = false;
    for (int i = 0; i < kOutcomeCount; ++i) {
        const double rate = outcomeRates[size_t(i)];
        if (std::isnan(rate))
            continue;
        any = true;
        total += rate;
        if (Outcome(i) != Outcome::Success)
            failed += rate;
    }
    return any && total > 0 ? failed / total : kNoValue;
}

QString SourceStatus::summary() const
{
    const auto time = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("HH:mm:ss")); };
    switch (state) {
    case State::Unknown:
        return QCoreApplication::translate("Snapshot", "connecting…");
    case State::Live:
        if (isReplay())
            return QCoreApplication::translate("Snapshot", "replay of %1").arg(replayAt.toUTC().toString(Qt::ISODate));
        return QCoreApplication::translate("Snapshot", "live");
    case State::Stale:
        return QCoreApplication::translate("Snapshot", "stale since %1 (last good data %2): %3")
            .arg(time(failingSince), time(lastGood), error);
    case State::Unreachable:
        return QCoreApplication::translate("Snapshot", "unreachable: %1").arg(error);
    }
    return {};
}

const DeploymentSnapshot *Snapshot::deployment(const QString &id) const
{
    for (const DeploymentSnapshot &d : deployments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const GroupSnapshot *Snapshot::group(const QString &name) const
{
    for (const GroupSnapshot &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

} // namespace RouteDeck
