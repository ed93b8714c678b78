// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveverdict.h"

#include "snapshot.h"
#include "viewformat.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace RouteDeck::LiveVerdict {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LiveVerdict", text);
}

QString pValueText(double p)
{
    if (p < 0.0001)
        return tr("p < 0.0001");
    return tr("p = %1").arg(QLocale().toString(p, 'g', 2));
}
} // namespace

int shortestSufficientWindow(const std::array<double, kWindowsSeconds.size()> &requests)
{
    for (size_t i = 0; i < requests.size(); ++i) {
        if (std::isfinite(requests[i]) && requests[i] >= kMinRequests)
            return int(i);
    }
    return -1;
}

double shareTestPValue(double hits, double total, double share)
{
    if (!std::isfinite(hits) || !std::isfinite(total) || !std::isfinite(share) || total <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double expected = total * share;
    if (share <= 0 || share >= 1) // no spread: anything off the expected count cannot be chance
        return std::abs(hits - expected) < 0.5 ? 1.0 : 0.0;
    const double spread = std::sqrt(total * share * (1 - share));
    const double z = std::max(0.0, std::abs(hits - expected) - 0.5) / spread;
    return std::erfc(z / std::sqrt(2.0));
}

bool driftFlagged(double pValue, bool flaggedBefore)
{
    if (!std::isfinite(pValue))
        return false;
    return pValue < (flaggedBefore ? kClearPValue : kFlagPValue);
}

QString evidence(const GroupSnapshot &group)
{
    if (!std::isfinite(group.judgedRequests))
        return tr("no request data yet for a verdict");
    if (!group.hasVerdict()) {
        return tr("not enough traffic for a verdict: %1 requests in %2, a verdict needs %3")
            .arg(ViewFormat::count(group.judgedRequests),
                ViewFormat::duration(qint64(kWindowsSeconds.back()) * 1000), ViewFormat::count(kMinRequests));
    }
    return tr("over %1 requests in %2")
        .arg(ViewFormat::count(group.judgedRequests), ViewFormat::duration(qint64(group.judgedWindowSeconds * 1000)));
}

QString driftEvidence(const DeploymentSnapshot &deployment, const GroupSnapshot &group)
{
    const double drift = deployment.judgedDriftPoints();
    if (!group.hasVerdict() || !std::isfinite(drift))
        return evidence(group);
    if (group.splitChanging)
        return tr("%1 %2: no drift verdict, the split changed in that window (a cooldown or new weights)")
            .arg(ViewFormat::points(drift), evidence(group));
    const QString seen = tr("%1 %2 (%3)").arg(ViewFormat::points(drift), evidence(group), pValueText(deployment.driftPValue));
    return deployment.driftFlagged ? seen : tr("%1: within chance").arg(seen);
}

} // namespace RouteDeck::LiveVerdict
