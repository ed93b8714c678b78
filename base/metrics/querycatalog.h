// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace RouteDeck {

// All PromQL the console sends, loaded from a YAML catalog (resources/queries/litellm.yaml by
// default, or a profile's own file) so routers with other metric names need no code change.
class QueryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(QueryCatalog) // the context its messages have always been translated in

public:
    struct Panel
    {
        QString title;
        QString unit;
        QString promql;
    };
    struct Parameters
    {
        double windowSeconds = 60;
        QString selector; // label matchers without braces, may be empty
        double quantile = 0.95;
        QString dimension = QStringLiteral("agent");
    };

    // The queries every catalog must define; one refresh issues each once (latency three times),
    // whatever the number of deployments.
    static QStringList requiredQueries();
    // Live queries a catalog may leave out; the console then falls back (see each one's use).
    //  latency_buckets: the `le` values of the latency histogram, so that the largest finite bucket
    //  (where a quantile reads "at least") comes from the data, never from a constant.
    //  recent_cooldowns: cooldowns within the rate window, for the first refresh (later ones compare
    //  the cooldown counters with the refresh before).
    static QStringList optionalLiveQueries();
    bool hasQuery(const QString &name) const { return !m_queries.value(name).isEmpty(); }

    static QueryCatalog builtIn(); // the LiteLLM catalog shipped in the resources
    static QueryCatalog parse(const QByteArray &yaml, const QString &fileName, Problems *problems);
    static QueryCatalog load(const QString &path, Problems *problems);

    bool isValid() const { return !m_queries.isEmpty(); }
    QString name() const { return m_name; }
    QString joinLabel() const { return m_joinLabel; }
    QString outcomeLabel() const { return m_outcomeLabel; }
    // The fallback for a router whose data has no `le` values yet (no latency_buckets answer), when the
    // catalog sets one; without it the router's LiteLLM release decides (LiteLlmVersion).
    std::optional<double> largestFiniteBucket() const { return m_largestFiniteBucket; }
    QStringList queryNames() const;
    QString templateText(const QString &name) const { return m_queries.value(name); }
    QList<Panel> panels() const { return m_panels; }
    // Cost and token queries (cost_input_tokens, ...) are optional: a catalog without them loads,
    // and the cost views say so; without cost_spend alone, spend is estimated from the price table.
    // `cost_dimensions` lists the labels offered as "by" (agent, team...).
    static QStringList costQueries();
    static bool isLabelName(const QString &text); // Prometheus' [a-zA-Z_][a-zA-Z0-9_]*
    bool hasCostQueries() const;
    QStringList costDimensions() const { return m_costDimensions; }

    // The query with its placeholders filled in; an empty string for an unknown name.
    QString render(const QString &name, const Parameters &parameters) const;
    static QString renderTemplate(const QString &text, const Parameters &parameters);
    // "90s" -> PromQL duration; whole seconds, at least 1s (also for NaN), at most what Prometheus can hold.
    static QString duration(double seconds);

private:
    QString m_name;
    QString m_joinLabel = QStringLiteral("model_id");
    QString m_outcomeLabel;
    std::optional<double> m_largestFiniteBucket;
    QHash<QString, QString> m_queries;
    QList<Panel> m_panels;
    QStringList m_costDimensions;
};

} // namespace RouteDeck
