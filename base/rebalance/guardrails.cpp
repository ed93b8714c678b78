// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardrails.h"
#include "sharemath.h"

#include "viewformat.h"

#include <QCoreApplication>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Guardrails", text);
}

QString number(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// Gaining traffic: its effective share (what it gets now) or its configured share grows.
bool gains(const PlanPreviewRow &row)
{
    return row.effectiveShare > row.baseEffectiveShare + 1e-9 || row.share > row.baseShare + 1e-9;
}
} // namespace

bool GuardrailReport::refused() const
{
    return std::any_of(messages.cbegin(), messages.cend(),
        [](const GuardrailMessage &m) { return m.level == GuardrailMessage::Level::Refusal; });
}

bool GuardrailReport::risky() const
{
    return std::any_of(messages.cbegin(), messages.cend(),
        [](const GuardrailMessage &m) { return m.level == GuardrailMessage::Level::Warning; });
}

QStringList GuardrailReport::texts(GuardrailMessage::Level level) const
{
    QStringList list;
    for (const GuardrailMessage &m : messages) {
        if (m.level == level)
            list.append(m.text);
    }
    return list;
}

bool GuardrailReport::has(GuardrailMessage::Kind kind, const QString &deploymentId) const
{
    return std::any_of(messages.cbegin(), messages.cend(), [&](const GuardrailMessage &m) {
        return m.kind == kind && (deploymentId.isEmpty() || m.deploymentId == deploymentId);
    });
}

GuardrailReport Guardrails::check(
    const WeightPlan &plan, const PlanTraffic &traffic, const GuardrailSettings &settings)
{
    using Level = GuardrailMessage::Level;
    using Kind = GuardrailMessage::Kind;
    GuardrailReport report;
    const auto add = [&report](Level level, Kind kind, const QString &id, const QString &text) {
        report.messages.append({ level, kind, id, text });
    };

    for (int i = 0; i < plan.count(); ++i) {
        const double w = plan.weight(i);
        const QString id = plan.ids().at(i);
        if (!std::isfinite(w))
            add(Level::Refusal, Kind::InvalidWeight, id,
                tr("%1: the weight is not a number; weights are numbers of 0 or more").arg(id));
        else if (w < 0)
            add(Level::Refusal, Kind::InvalidWeight, id,
                tr("%1: weight %2 is negative; weights are numbers of 0 or more")
                    .arg(id, QString::number(w)));
    }
    // What LiteLLM's pick does with the edited weights, removed ones (a rollback to "no weight") included.
    const QList<Deployment> editedTier = ShareMath::trafficTier(plan.editedDeployments());
    if (!report.refused() && ShareMath::weightedPickFails(editedTier)) {
        add(Level::Refusal, Kind::AllZero, QString(),
            ShareMath::weightedPickFailure(plan.group(), ShareMath::weightSource(editedTier))
                + tr("; drain deployments one at a time instead"));
    }
    if (report.refused())
        return report; // shares of an invalid plan mean nothing

    const QList<PlanPreviewRow> rows = plan.preview(traffic);
    const double groupRps = traffic.groupRequestsPerSecond;
    for (int i = 0; i < rows.size(); ++i) {
        const PlanPreviewRow &row = rows.at(i);
        const Deployment &d = plan.baseDeployments().at(i);
        const bool gaining = gains(row);

        if (gaining && row.state == CooldownState::Cooling)
            add(Level::Warning, Kind::CoolingTarget, row.id,
                tr("%1 is cooling down right now: the weight it gets takes effect when it returns, at once "
                   "and "
                   "in full")
                    .arg(row.id));
        else if (gaining && row.state == CooldownState::Partial)
            add(Level::Warning, Kind::UnhealthyTarget, row.id,
                tr("%1 is unhealthy right now (partial outage): more traffic goes to a deployment that is "
                   "failing")
                    .arg(row.id));

        if (std::abs(row.shiftPoints()) > settings.maxShiftPoints + 1e-9) {
            const QString text
                = tr("%1's share moves %2 (from %3 to %4), more than %5 pp")
                      .arg(row.id, ViewFormat::points(row.shiftPoints()), ViewFormat::percent(row.baseShare),
                          ViewFormat::percent(row.share), number(settings.maxShiftPoints));
            if (settings.restoresAuditedState)
                add(Level::Note, Kind::LargeShift, row.id,
                    text + tr("; it restores weights from the audit log"));
            else
                add(Level::Warning, Kind::LargeShift, row.id, text);
        }

        if (!std::isfinite(row.predictedRequestsPerSecond) || row.effectiveShare <= 0) {
            if ((d.rpmLimit() || d.tpmLimit()) && !std::isfinite(groupRps) && row.effectiveShare > 0)
                add(Level::Note, Kind::NotChecked, row.id,
                    tr("%1: rpm/tpm limits not checked, the current traffic is unknown").arg(row.id));
            continue;
        }
        const double predictedRpm = row.predictedRequestsPerSecond * 60.0;
        const std::optional<double> rpmLimit = d.rpmLimit();
        const std::optional<double> tpmLimit = d.tpmLimit();
        if (rpmLimit && *rpmLimit > 0 && predictedRpm > *rpmLimit)
            add(Level::Warning, Kind::RpmLimit, row.id,
                tr("%1 would get %2 requests/min at the current traffic, over its rpm limit of %3")
                    .arg(row.id, number(predictedRpm), number(*rpmLimit)));
        if (tpmLimit && *tpmLimit > 0) {
            const auto tokens = traffic.tokensPerRequest.constFind(row.id);
            if (tokens == traffic.tokensPerRequest.cend() || !std::isfinite(*tokens)) {
                add(Level::Note, Kind::NotChecked, row.id,
                    tr("%1: tpm limit of %2 not checked, tokens per request are unknown")
                        .arg(row.id, number(*tpmLimit)));
            } else if (predictedRpm * *tokens > *tpmLimit) {
                add(Level::Warning, Kind::TpmLimit, row.id,
                    tr("%1 would get %2 tokens/min at the current traffic, over its tpm limit of %3")
                        .arg(row.id, number(predictedRpm * *tokens), number(*tpmLimit)));
            }
        }
    }
    return report;
}

bool Guardrails::confirms(const QString &typed, const QString &group)
{
    return !group.isEmpty() && typed.trimmed() == group;
}

} // namespace RouteDeck
