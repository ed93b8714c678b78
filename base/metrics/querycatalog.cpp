// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycatalog.h"

#include "yamlvalues.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

static void initQueryResources()
{
    Q_INIT_RESOURCE(queries);
}

namespace RouteDeck {

QStringList QueryCatalog::requiredQueries()
{
    return { QStringLiteral("requests"), QStringLiteral("successes"), QStringLiteral("failures"),
             QStringLiteral("latency"),  QStringLiteral("state"),     QStringLiteral("cooldowns"),
             QStringLiteral("remaining_requests"), QStringLiteral("fallbacks") };
}

QStringList QueryCatalog::optionalLiveQueries()
{
    return { QStringLiteral("latency_buckets"), QStringLiteral("recent_cooldowns") };
}

bool QueryCatalog::isLabelName(const QString &text)
{
    static const QRegularExpression labelName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return labelName.match(text).hasMatch();
}

QStringList QueryCatalog::costQueries()
{
    return { QStringLiteral("cost_input_tokens"), QStringLiteral("cost_output_tokens"), QStringLiteral("cost_spend"),
             QStringLiteral("cost_requests"), QStringLiteral("cost_successes") };
}

bool QueryCatalog::hasCostQueries() const
{
    // cost_spend may be missing too: a router without spend tracking, estimated from the price table.
    const QStringList names = costQueries();
    return std::all_of(names.cbegin(), names.cend(), [this](const QString &name) {
        return name == QLatin1String("cost_spend") || !m_queries.value(name).isEmpty();
    });
}

QueryCatalog QueryCatalog::builtIn()
{
    initQueryResources();
    Problems problems;
    QueryCatalog catalog = load(QStringLiteral(":/routedeck/queries/litellm.yaml"), &problems);
    Q_ASSERT_X(catalog.isValid(), "QueryCatalog::builtIn", "the shipped catalog must load");
    return catalog;
}

QueryCatalog QueryCatalog::load(const QString &path, Problems *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(Problem::error({ path, 0, 0 }, tr("cannot open query catalog: %1").arg(file.errorString())));
        return {};
    }
    return parse(file.read(4 * 1024 * 1024), path, problems);
}

QueryCatalog QueryCatalog::parse(const QByteArray &yaml, const QString &fileName, Problems *problems)
{
    Problems found;
    const YamlParseResult parsed = YamlValues::parse(yaml, fileName);
    found.append(parsed.problems);
    QueryCatalog catalog;
    const QVariantMap root = parsed.value.toMap();
    if (parsed.ok() && root.isEmpty())
        found.append(Problem::error({ fileName, 1, 1 }, tr("query catalog is empty")));
    const QVariantMap queries = root.value(QStringLiteral("queries")).toMap();
    for (const QString &required : requiredQueries()) {
        const QString text = queries.value(required).toString().trimmed();
        if (text.isEmpty() && parsed.ok() && !root.isEmpty())
            found.append(Problem::error({ fileName, 0, 0 }, tr("query catalog has no '%1' query").arg(required)));
    }
    if (hasErrors(found)) {
        if (problems)
            problems->append(found);
        return {};
    }
    catalog.m_name = root.value(QStringLiteral("name"), QStringLiteral("custom")).toString();
    catalog.m_joinLabel = root.value(QStringLiteral("join_label"), QStringLiteral("model_id")).toString();
    catalog.m_outcomeLabel = root.value(QStringLiteral("outcome_label")).toString();
    bool ok = false;
    const double bucket = root.value(QStringLiteral("largest_finite_bucket")).toDouble(&ok);
    if (ok && std::isfinite(bucket) && bucket > 0)
        catalog.m_largestFiniteBucket = bucket;
    for (auto it = queries.cbegin(); it != queries.cend(); ++it)
        catalog.m_queries.insert(it.key(), it.value().toString().trimmed());
    for (const QVariant &entry : root.value(QStringLiteral("cost_dimensions")).toList()) {
        const QString label = entry.toString().trimmed();
        if (isLabelName(label) && !catalog.m_costDimensions.contains(label))
            catalog.m_costDimensions.append(label);
        else if (!isLabelName(label))
            found.append(Problem::warning({ fileName, 0, 0 }, tr("cost_dimensions: '%1' is not a label name; it is ignored").arg(label)));
    }
    if (catalog.m_costDimensions.isEmpty())
        catalog.m_costDimensions = { QStringLiteral("metadata_agent"), QStringLiteral("team"), QStringLiteral("api_key_alias") };
    for (const QVariant &entry : root.value(QStringLiteral("panels")).toList()) {
        const QVariantMap panel = entry.toMap();
        const QString promql = panel.value(QStringLiteral("promql")).toString().trimmed();
        if (promql.isEmpty())
            continue;
        catalog.m_panels.append({ panel.value(QStringLiteral("title"), promql).toString(),
                                  panel.value(QStringLiteral("unit")).toString(), promql });
    }
    if (problems)
        problems->append(found);
    return catalog;
}

QStringList QueryCatalog::queryNames() const
{
    QStringList names = m_queries.keys();
    names.sort();
    return names;
}

QString QueryCatalog::duration(double seconds)
{
    // Prometheus keeps durations as int64 milliseconds (up to 9.22e15 s); a longer or infinite one is
    // clamped just under that, NaN and less than a second to 1s, so no cast below is undefined.
    constexpr double kLongestSeconds = 9.2e15;
    const double rounded = std::ceil(seconds);
    const qint64 whole = rounded >= kLongestSeconds ? qint64(kLongestSeconds)
        : rounded >= 1.0                            ? qint64(rounded)
                                                    : 1;
    if (whole % 3600 == 0)
        return QString::number(whole / 3600) + QLatin1Char('h');
    if (whole % 60 == 0)
        return QString::number(whole / 60) + QLatin1Char('m');
    return QString::number(whole) + QLatin1Char('s');
}

QString QueryCatalog::renderTemplate(const QString &text, const Parameters &parameters)
{
    QString result = text;
    result.replace(QLatin1String("$window"), duration(parameters.windowSeconds));
    result.replace(QLatin1String("$selector"), parameters.selector);
    result.replace(QLatin1String("$quantile"), QString::number(parameters.quantile, 'g', 6));
    result.replace(QLatin1String("$dimension"), parameters.dimension);
    return result;
}

QString QueryCatalog::render(const QString &name, const Parameters &parameters) const
{
    const auto it = m_queries.constFind(name);
    return it == m_queries.cend() ? QString() : renderTemplate(*it, parameters);
}

} // namespace RouteDeck
