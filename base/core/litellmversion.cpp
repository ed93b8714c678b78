// SPDX-License-Identifier: GPL-3.0-or-later
#include "litellmversion.h"

#include <QRegularExpression>

#include <tuple>

namespace RouteDeck {

std::optional<LiteLlmVersion> LiteLlmVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    LiteLlmVersion version;
    version.m_major = match.captured(1).toInt();
    version.m_minor = match.captured(2).toInt();
    version.m_patch = match.captured(3).toInt();
    return version;
}

LiteLlmVersion LiteLlmVersion::newest()
{
    return *parse(QStringLiteral("1.85.0"));
}

LiteLlmVersion LiteLlmVersion::before2026()
{
    return *parse(QStringLiteral("1.81.15"));
}

QString LiteLlmVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
}

bool LiteLlmVersion::atLeast(int major, int minor, int patch) const
{
    return std::tie(m_major, m_minor, m_patch) >= std::tie(major, minor, patch);
}

QList<double> LiteLlmVersion::defaultLatencyBuckets() const
{
    if (hasNewLatencyBuckets())
        return { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 420, 600 };
    QList<double> buckets = { 0.005, 0.00625, 0.0125, 0.025, 0.05, 0.1, 0.5 };
    for (double b = 1.0; b <= 10.0; b += 0.5)
        buckets.append(b);
    buckets += { 15.0, 20.0, 25.0, 30.0, 60.0, 120.0, 180.0, 240.0, 300.0 };
    return buckets;
}

} // namespace RouteDeck
