// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesreading.h"

#include <cmath>

namespace RouteDeck {

QString SeriesReading::latencyKey(int percent)
{
    return QStringLiteral("latency_p%1").arg(percent);
}

QString SeriesReading::judgedKey(const QString &name)
{
    return name + QStringLiteral("@windows");
}

Outcome SeriesReading::failureOutcome(const PromLabels &labels, const QString &outcomeLabel)
{
    if (!outcomeLabel.isEmpty() && labels.contains(outcomeLabel))
        return outcomeFromName(labels.value(outcomeLabel)).value_or(Outcome::Other);
    return outcomeForFailure(labels.value(QStringLiteral("exception_status")), labels.value(QStringLiteral("exception_class")));
}

double SeriesReading::observedShare(double requestsPerSecond, double groupRequestsPerSecond)
{
    if (!(groupRequestsPerSecond > 0))
        return kNoValue;
    return std::isnan(requestsPerSecond) ? 0.0 : requestsPerSecond / groupRequestsPerSecond;
}

void CooldownReason::offer(const QString &status, double growth)
{
    if (growth > 0 && growth > m_growth) {
        m_growth = growth;
        m_status = status;
    }
}

} // namespace RouteDeck
