// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costqueryplan.h"
#include "costreport.h"
#include "pricetable.h"
#include "prometheustypes.h"
#include "querycatalog.h"
#include "routertypes.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>

namespace RouteDeck {

class PrometheusClient;

// Cost and token numbers for the Cost page and `routedeckctl cost`: runs the catalog's cost_*
// queries as range queries with one point per hour (or per day for long ranges, see
// CostQueryPlan), plus instant queries for the unfinished interval, and turns the answers into a
// CostReport. Has its own PrometheusClient so a slow month-long query never delays the live
// refresh. A router without a spend metric gets spend estimated from the price table.
//
//     CostService cost(settings);
//     connect(&cost, &CostService::reportReady, ...);
//     cost.fetch(request); // the newest fetch wins; older answers are dropped
class CostService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        PromEndpointConfig prometheus;
        QueryCatalog catalog = QueryCatalog::builtIn();
        QString selector; // extra label matchers, e.g. requested_model="gpt-4o-mini"
        PriceTable prices = PriceTable::builtIn();
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    // Where a connection profile's prices live: its `price_table`, else prices/<profile>.yaml beside
    // the profiles file. The file need not exist yet (the page's "Prices…" creates it).
    static QString priceTablePath(const QString &profileName, const QString &configured);
    // The prices in `path`, or the built-in table when there is no such file.
    static PriceTable loadPrices(const QString &path, Problems *problems);

    explicit CostService(const Settings &settings, QObject *parent = nullptr);
    ~CostService() override;

    // Starts a fetch; reportReady() or fetchFailed() follows with the returned id, always later
    // from the event loop. A fetch in flight is abandoned.
    quint64 fetch(const CostRequest &request);
    void cancel();
    bool isBusy() const { return !m_pending.isEmpty() || m_building; }

    // New prices apply to the last report at once (no new queries) and to every later fetch.
    void setPrices(const PriceTable &prices);
    const PriceTable &prices() const { return m_settings.prices; }
    // Providers of deployments whose metrics lack api_provider (from the router's admin API).
    void setDeployments(const QList<Deployment> &deployments);
    const Settings &settings() const { return m_settings; }
    // The "by" labels the data really has: the catalog's cost_dimensions that the token series carry,
    // then every metadata_* and tag_* label on them (LiteLLM's custom_prometheus_metadata_labels and
    // custom_prometheus_tags). dimensionsFound() always follows; when the server cannot list label
    // names (or the series do not exist yet), with the catalog's list.
    void discoverDimensions();
    QStringList dimensions() const { return m_dimensions; }
    // The PromQL of a fetch for `request` at `now`, by query name, for "Copy PromQL" and --verbose.
    QHash<QString, QString> queryTexts(const CostRequest &request) const;

Q_SIGNALS:
    void reportReady(quint64 id, const RouteDeck::CostReport &report);
    void fetchFailed(quint64 id, const QString &message);
    void dimensionsFound(const QStringList &dimensions);

private:
    void onQuery(quint64 requestId, const PromResponse &response);
    void onLabelNames(quint64 id, const PromLabelNames &names);
    void fail(const QString &message);
    void finish();
    QueryCatalog::Parameters parametersFor(const CostRequest &request, double windowSeconds) const;

    Settings m_settings;
    PrometheusClient *m_prometheus;
    QHash<QString, QString> m_providers;
    QHash<QString, QString> m_groups; // deployment id -> model group, from the router
    QStringList m_dimensions; // what fetch() accepts as CostRequest::dimension
    quint64 m_labelRequest = 0;

    quint64 m_nextId = 1;
    quint64 m_fetchId = 0;
    CostRequest m_request;
    CostQueryPlan m_plan;
    QHash<quint64, QPair<QString, bool>> m_pending; // request id -> (query name, partial?)
    CostReport::Input m_input;
    bool m_haveInput = false;
    quint64 m_buildGeneration = 0;
    bool m_building = false;
};

} // namespace RouteDeck
