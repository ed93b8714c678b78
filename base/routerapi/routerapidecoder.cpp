// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerapidecoder.h"

#include "jsontree.h"
#include "wholenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouterApiDecoder", text);
}

// Bounds far beyond any real router's, so that only a broken or hostile answer is refused.
constexpr int kMaxOrder = 1000000;
constexpr int kMaxCount = 1000000; // num_retries, allowed_fails

// `value` as a whole number from 0 to `maximum`; else nothing, and *problem names `field` and the value.
std::optional<int> wholeNumber(double value, int maximum, const QString &field, QString *problem)
{
    const std::optional<int> whole = wholeNumberIn(value, 0, maximum);
    if (!whole && problem)
        *problem = tr("%1 is %2; it must be a whole number from 0 to %3")
                       .arg(field, QString::number(value, 'g', 15), QString::number(maximum));
    return whole;
}

std::optional<double> number(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString jsonError(const QByteArray &body, const JsonSyntax::Location &error, const QString &where)
{
    if (body.trimmed().isEmpty())
        return tr("%1 answered with an empty body").arg(where);
    if (body.trimmed().startsWith('<'))
        return tr("%1 answered with an HTML page, not JSON: is this a LiteLLM proxy, or a login page in between?")
            .arg(where);
    const QString what = JsonSyntax::errorText(error.error);
    if (error.offset < 0)
        return tr("%1 answered with invalid JSON: %2").arg(where, what);
    return tr("%1 answered with invalid JSON at byte %2 of %3: %4")
        .arg(where, QString::number(error.offset), QString::number(error.size), what);
}
} // namespace

Deployment RouterApiDecoder::deploymentFromValues(const QVariantMap &entry, int index, QString *problem)
{
    if (problem)
        problem->clear();
    Deployment d;
    d.index = index;
    d.group = entry.value(QStringLiteral("model_name")).toString();
    d.litellmParams = entry.value(QStringLiteral("litellm_params")).toMap();
    d.modelInfo = entry.value(QStringLiteral("model_info")).toMap();
    d.id = d.modelInfo.value(QStringLiteral("id")).toString();
    d.model = d.litellmParams.value(QStringLiteral("model")).toString();
    d.provider = Deployment::providerOf(d.model, d.litellmParams.value(QStringLiteral("custom_llm_provider")).toString());
    d.apiBase = d.litellmParams.value(QStringLiteral("api_base")).toString();
    d.weight = number(d.litellmParams.value(QStringLiteral("weight")));
    d.rpm = number(d.litellmParams.value(QStringLiteral("rpm")));
    d.topLevelRpm = number(entry.value(QStringLiteral("rpm")));
    d.tpm = number(d.litellmParams.value(QStringLiteral("tpm")));
    d.topLevelTpm = number(entry.value(QStringLiteral("tpm")));
    if (const auto order = number(d.litellmParams.value(QStringLiteral("order"))))
        d.order = wholeNumber(*order, kMaxOrder, QStringLiteral("litellm_params.order"), problem);
    d.cooldownTime = number(d.litellmParams.value(QStringLiteral("cooldown_time")));
    return d;
}

RouterApiDecoder::ModelInfoPage RouterApiDecoder::decodeModelInfo(const QByteArray &body, const QString &where)
{
    ModelInfoPage page;
    const JsonTree::Result document = JsonTree::read(body);
    if (!document.ok()) {
        page.error = jsonError(body, document.error, where);
        return page;
    }
    const QJsonObject root = document.value.toObject();
    if (!document.value.isObject() || !root.value(QLatin1String("data")).isArray()) {
        page.error = tr("%1 answered JSON without a \"data\" list of models").arg(where);
        return page;
    }
    const QJsonArray data = root.value(QLatin1String("data")).toArray();
    int index = 0;
    for (const QJsonValue &value : data) {
        if (!value.isObject()) {
            page.error = tr("%1: entry %2 of \"data\" is not an object").arg(where, QString::number(index + 1));
            return page;
        }
        QString problem;
        Deployment d = deploymentFromValues(value.toObject().toVariantMap(), index, &problem);
        if (d.id.isEmpty()) {
            page.error = tr("%1: model %2 ('%3') has no model_info.id").arg(where, QString::number(index + 1), d.group);
            return page;
        }
        // One odd value does not fail the whole list (that would stop every push): it is left unset.
        if (!problem.isEmpty())
            page.warnings.append(tr("%1: model %2 ('%3'): %4; RouteDeck leaves it unset")
                                     .arg(where, QString::number(index + 1), d.group, problem));
        page.deployments.append(d);
        ++index;
    }
    page.currentPage = root.value(QLatin1String("current_page")).toInt(1);
    page.totalPages = std::max(1, root.value(QLatin1String("total_pages")).toInt(1));
    page.totalCount = root.value(QLatin1String("total_count")).toInt(-1);
    return page;
}

RouterSettings RouterApiDecoder::decodeRouterSettings(const QByteArray &body, const QString &where, QString *error)
{
    RouterSettings settings;
    const JsonTree::Result document = JsonTree::read(body);
    if (!document.ok() || !document.value.isObject()) {
        if (error)
            *error = !document.ok() ? jsonError(body, document.error, where)
                                    : tr("%1 did not answer a JSON object").arg(where);
        return settings;
    }
    QJsonObject root = document.value.toObject();
    if (root.value(QLatin1String("current_values")).isObject())
        root = root.value(QLatin1String("current_values")).toObject();
    settings.raw = root.toVariantMap();
    if (root.contains(QLatin1String("routing_strategy")) && root.value(QLatin1String("routing_strategy")).isString())
        settings.routingStrategy = root.value(QLatin1String("routing_strategy")).toString();
    QString problem;
    if (const auto retries = number(settings.raw.value(QStringLiteral("num_retries"))))
        settings.numRetries = wholeNumber(*retries, kMaxCount, QStringLiteral("num_retries"), &problem);
    if (const auto fails = number(settings.raw.value(QStringLiteral("allowed_fails")));
        fails && problem.isEmpty())
        settings.allowedFails = wholeNumber(*fails, kMaxCount, QStringLiteral("allowed_fails"), &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(where, problem);
        return settings;
    }
    settings.cooldownTime = number(settings.raw.value(QStringLiteral("cooldown_time")));
    settings.disableCooldowns = settings.raw.value(QStringLiteral("disable_cooldowns")).toBool();
    for (const QVariant &entry : settings.raw.value(QStringLiteral("fallbacks")).toList()) {
        const QVariantMap map = entry.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            settings.fallbacks.append({ it.key(), it.value().toStringList() });
    }
    if (error)
        error->clear();
    return settings;
}

} // namespace RouteDeck
