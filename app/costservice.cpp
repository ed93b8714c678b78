// SPDX-License-Identifier: GPL-3.0-or-later
#include "costservice.h"

#include "profilestore.h"
#include "prometheusclient.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QRegularExpression>

#include <QTimer>

namespace RouteDeck {

QString CostService::priceTablePath(const QString &profileName, const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    QString name = profileName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1String("profile"));
    return QFileInfo(ProfileStore::defaultPath()).absolutePath() + QStringLiteral("/prices/") + name + QStringLiteral(".yaml");
}

PriceTable CostService::loadPrices(const QString &path, Problems *problems)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return PriceTable::builtIn();
    Problems found;
    const PriceTable table = PriceTable::load(path, &found);
    if (problems)
        problems->append(found);
    return hasErrors(found) ? PriceTable::builtIn() : table;
}

CostService::CostService(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_prometheus(new PrometheusClient(settings.prometheus, this))
{
    connect(m_prometheus, &PrometheusClient::queryFinished, this, &CostService::onQuery);
    m_dimensions = m_settings.catalog.costDimensions();
    connect(m_prometheus, &PrometheusClient::labelNamesFetched, this, &CostService::onLabelNames);
}

CostService::~CostService() = default;

QueryCatalog::Parameters CostService::parametersFor(const CostRequest &request, double windowSeconds) const
{
    QueryCatalog::Parameters parameters;
    parameters.windowSeconds = windowSeconds;
    parameters.selector = m_settings.selector;
    parameters.dimension = request.dimension;
    return parameters;
}

QHash<QString, QString> CostService::queryTexts(const CostRequest &request) const
{
    const CostQueryPlan plan = CostQueryPlan::plan(request, QDateTime::currentDateTimeUtc(), m_settings.timeZone);
    QHash<QString, QString> texts;
    for (const QString &name : QueryCatalog::costQueries()) {
        if (!m_settings.catalog.templateText(name).isEmpty())
            texts.insert(name, m_settings.catalog.render(name, parametersFor(request, double(plan.resolutionSeconds))));
    }
    return texts;
}

void CostService::cancel()
{
    ++m_buildGeneration; // a build in progress is dropped
    m_building = false;
    const QList<quint64> ids = m_pending.keys();
    m_pending.clear();
    for (quint64 id : ids)
        m_prometheus->abort(id);
}

quint64 CostService::fetch(const CostRequest &request)
{
    cancel();
    m_fetchId = m_nextId++;
    m_request = request;
    const quint64 id = m_fetchId;
    const auto failLater = [this, id](const QString &message) {
        QTimer::singleShot(0, this, [this, id, message] {
            if (id == m_fetchId)
                Q_EMIT fetchFailed(id, message);
        });
        return id;
    };
    if (!m_settings.catalog.hasCostQueries())
        return failLater(tr("The query catalog '%1' has no cost queries (%2); add them to see cost and tokens.")
                             .arg(m_settings.catalog.name(), QueryCatalog::costQueries().join(QStringLiteral(", "))));
    if (!m_dimensions.contains(request.dimension))
        return failLater(tr("'%1' is not a cost dimension of the query catalog '%2' or of the data; there are %3.")
                             .arg(request.dimension, m_settings.catalog.name(), m_dimensions.join(QStringLiteral(", "))));
    m_plan = CostQueryPlan::plan(request, QDateTime::currentDateTimeUtc(), m_settings.timeZone);
    if (!m_plan.isValid())
        return failLater(m_plan.error);

    m_input = { .from = m_plan.from, .to = m_plan.to, .now = m_plan.now, .bucket = m_plan.bucket,
        .timeZone = m_settings.timeZone, .dimension = request.dimension, .joinLabel = m_settings.catalog.joinLabel(),
        .resolutionSeconds = m_plan.resolutionSeconds, .partialFrom = m_plan.partialFrom, .notes = m_plan.notes };
    m_haveInput = false;

    for (const QString &name : QueryCatalog::costQueries()) {
        if (m_settings.catalog.templateText(name).isEmpty())
            continue; // no cost_spend: estimated
        if (m_plan.gridStart.isValid()) {
            const QString query = m_settings.catalog.render(name, parametersFor(request, double(m_plan.resolutionSeconds)));
            m_pending.insert(m_prometheus->rangeQuery(query, m_plan.gridStart, m_plan.gridEnd, double(m_plan.resolutionSeconds)),
                             { name, false });
        }
        if (m_plan.partialFrom.isValid()) {
            const QString query = m_settings.catalog.render(name, parametersFor(request, double(m_plan.partialSeconds())));
            m_pending.insert(m_prometheus->instantQuery(query, m_plan.to), { name, true });
        }
    }
    return id;
}

void CostService::onQuery(quint64 requestId, const PromResponse &response)
{
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.cend())
        return; // an abandoned fetch
    const auto [name, partial] = *it;
    m_pending.erase(it);
    if (!response.ok) {
        fail(tr("The cost query '%1' failed: %2").arg(name, response.errorString));
        return;
    }
    if (partial)
        m_input.partial.insert(name, response.result);
    else
        m_input.intervals.insert(name, response.result);
    if (m_pending.isEmpty())
        finish();
}

void CostService::fail(const QString &message)
{
    cancel();
    Q_EMIT fetchFailed(m_fetchId, message);
}

void CostService::finish()
{
    m_input.prices = m_settings.prices;
    m_input.providers = m_providers;
    m_input.groups = m_groups;
    m_haveInput = true;
    // A month of hourly intervals for a large router takes a while to sum: off the GUI thread,
    // on a copy of the input; the newest build wins.
    const quint64 id = m_fetchId;
    const quint64 generation = ++m_buildGeneration;
    auto *watcher = new QFutureWatcher<CostReport>(this);
    connect(watcher, &QFutureWatcher<CostReport>::finished, this, [this, watcher, id, generation] {
        watcher->deleteLater();
        if (generation != m_buildGeneration || id != m_fetchId)
            return;
        m_building = false;
        Q_EMIT reportReady(id, watcher->result());
    });
    m_building = true;
    watcher->setFuture(QtConcurrent::run([input = m_input] { return CostReport::build(input); }));
}

void CostService::setPrices(const PriceTable &prices)
{
    m_settings.prices = prices;
    if (m_haveInput && m_pending.isEmpty())
        finish(); // supersedes a build in progress
}

void CostService::onLabelNames(quint64 id, const PromLabelNames &names)
{
    if (id != m_labelRequest)
        return;
    m_labelRequest = 0;
    if (!names.ok || names.names.isEmpty()) {
        Q_EMIT dimensionsFound(m_dimensions); // the server cannot tell: the catalog's list stands
        return;
    }
    QStringList found;
    for (const QString &dimension : m_settings.catalog.costDimensions()) {
        if (names.names.contains(dimension))
            found.append(dimension);
    }
    for (const QString &name : names.names) {
        if ((name.startsWith(QLatin1String("metadata_")) || name.startsWith(QLatin1String("tag_"))) && !found.contains(name))
            found.append(name);
    }
    if (!found.isEmpty())
        m_dimensions = found;
    Q_EMIT dimensionsFound(m_dimensions);
}

void CostService::discoverDimensions()
{
    // The metric behind the catalog's input-token query, e.g. litellm_input_tokens_metric_total.
    static const QRegularExpression metric(QStringLiteral("increase\\(\\s*([A-Za-z_:][A-Za-z0-9_:]*)"));
    const QRegularExpressionMatch match = metric.match(m_settings.catalog.templateText(QStringLiteral("cost_input_tokens")));
    if (match.hasMatch()) {
        m_labelRequest = m_prometheus->fetchLabelNames(match.captured(1));
        return;
    }
    // A catalog without token queries: nothing to ask, and the answer still comes from the event loop.
    QMetaObject::invokeMethod(this, [this] { Q_EMIT dimensionsFound(m_dimensions); }, Qt::QueuedConnection);
}

void CostService::setDeployments(const QList<Deployment> &deployments)
{
    m_providers.clear();
    m_groups.clear();
    for (const Deployment &d : deployments) {
        m_providers.insert(d.id, d.provider);
        m_groups.insert(d.id, d.group);
    }
}

} // namespace RouteDeck
