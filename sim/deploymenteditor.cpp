// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymenteditor.h"

#include "litellmconfigcodec.h"
#include "simvalues.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DeploymentEditor", text);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString checkText(const QVariant &value, const QString &field, bool allowEmpty = false)
{
    if (!SimValues::isString(value))
        return tr("%1 must be a string, got %2").arg(field, SimValues::describe(value));
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        return tr("%1 must not be empty").arg(field);
    if (text.size() > DeploymentEditor::kMaxTextLength)
        return tr("%1 is longer than %2 characters").arg(field).arg(DeploymentEditor::kMaxTextLength);
    if (hasControlCharacters(text))
        return tr("%1 must not contain control characters").arg(field);
    return {};
}

QString checkNumber(const QVariant &value, const QString &field, double min, bool integer = false)
{
    const std::optional<double> n = SimValues::number(value);
    if (!n || *n < min || (integer && std::floor(*n) != *n) || *n > 1e15) {
        return integer
            ? tr("%1 must be a whole number >= %2, got %3")
                  .arg(field)
                  .arg(min)
                  .arg(SimValues::describe(value))
            : tr("%1 must be a number >= %2, got %3").arg(field).arg(min).arg(SimValues::describe(value));
    }
    return {};
}

// Re-reads the typed fields for the litellm_params keys in `touched`.
QString applyParams(Deployment &d, const QVariantMap &touched)
{
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        const bool removed = !value.isValid() || value.isNull();
        const QString field = QStringLiteral("litellm_params.") + key;
        if (key.size() > 128 || key.isEmpty() || hasControlCharacters(key))
            return tr("litellm_params has an invalid key name");
        if (key == QLatin1String("model")) {
            if (removed)
                return tr("litellm_params.model cannot be removed");
            if (QString e = checkText(value, field); !e.isEmpty())
                return e;
            d.model = value.toString();
        } else if (key == QLatin1String("api_base")) {
            if (!removed) {
                if (QString e = checkText(value, field, true); !e.isEmpty())
                    return e;
            }
            d.apiBase = removed ? QString() : value.toString();
        } else if (key == QLatin1String("custom_llm_provider")) {
            if (!removed) {
                if (QString e = checkText(value, field); !e.isEmpty())
                    return e;
            }
        } else if (key == QLatin1String("weight") || key == QLatin1String("rpm")
            || key == QLatin1String("tpm") || key == QLatin1String("cooldown_time")) {
            if (!removed) {
                if (QString e = checkNumber(value, field, 0); !e.isEmpty())
                    return e;
            }
            const std::optional<double> n = removed ? std::nullopt : SimValues::number(value);
            if (key == QLatin1String("weight"))
                d.weight = n;
            else if (key == QLatin1String("rpm"))
                d.rpm = n;
            else if (key == QLatin1String("tpm"))
                d.tpm = n;
            else
                d.cooldownTime = n;
        } else if (key == QLatin1String("order")) {
            if (!removed) {
                if (QString e = checkNumber(value, field, 0, true); !e.isEmpty())
                    return e;
            }
            d.order = removed ? std::nullopt : std::optional<int>(int(value.toDouble()));
        } else if (key == QLatin1String("timeout") || key == QLatin1String("max_retries")) {
            if (!removed) {
                if (QString e = checkNumber(value, field, 0); !e.isEmpty())
                    return e;
            }
        }
        if (removed)
            d.litellmParams.remove(key);
        else
            d.litellmParams.insert(key, value);
    }
    d.provider = DeploymentEditor::providerOf(d.litellmParams);
    return {};
}

QString mergeModelInfo(Deployment &d, const QVariantMap &info)
{
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        if (it.key().size() > 128 || it.key().isEmpty() || hasControlCharacters(it.key()))
            return tr("model_info has an invalid key name");
        if (it.key() == QLatin1String("id")) {
            if (it.value().toString() != d.id || !SimValues::isString(it.value()))
                return tr("model_info.id cannot be changed (deployment '%1'); delete and re-create the model "
                          "instead")
                    .arg(d.id);
            continue;
        }
        if (!it.value().isValid() || it.value().isNull())
            d.modelInfo.remove(it.key());
        else
            d.modelInfo.insert(it.key(), it.value());
    }
    return {};
}

QString checkBodyKeys(const QVariantMap &body)
{
    static const QSet<QString> known
        = { QStringLiteral("model_name"), QStringLiteral("litellm_params"), QStringLiteral("model_info") };
    for (auto it = body.cbegin(); it != body.cend(); ++it) {
        if (!known.contains(it.key()))
            return tr("unknown field '%1'; a model has model_name, litellm_params and model_info")
                .arg(it.key().left(80));
    }
    for (const char *name : { "litellm_params", "model_info" }) {
        const QVariant v = body.value(QLatin1String(name));
        if (v.isValid() && !v.isNull() && !SimValues::isMap(v))
            return tr("%1 must be an object, got %2").arg(QLatin1String(name), SimValues::describe(v));
    }
    return {};
}
} // namespace

QString DeploymentEditor::providerOf(const QVariantMap &litellmParams)
{
    return Deployment::providerOf(litellmParams.value(QStringLiteral("model")).toString(),
                                  litellmParams.value(QStringLiteral("custom_llm_provider")).toString());
}

QString DeploymentEditor::validateId(const QVariant &id)
{
    if (QString e = checkText(id, QStringLiteral("model_info.id")); !e.isEmpty())
        return e;
    const QString text = id.toString();
    if (text.size() > 128 || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char(' ')))
        return tr("model_info.id must be at most 128 characters without '/' or spaces, got %1")
            .arg(SimValues::describe(id));
    return {};
}

DeploymentEditResult DeploymentEditor::update(const Deployment &current, const QVariantMap &body)
{
    DeploymentEditResult result;
    result.deployment = current;
    Deployment &d = result.deployment;
    if (QString e = checkBodyKeys(body); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    if (body.contains(QStringLiteral("model_name"))) {
        const QVariant name = body.value(QStringLiteral("model_name"));
        if (QString e = checkText(name, QStringLiteral("model_name")); !e.isEmpty()) {
            result.error = e;
            return result;
        }
        d.group = name.toString();
    }
    if (QString e = applyParams(d, body.value(QStringLiteral("litellm_params")).toMap()); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    if (QString e = mergeModelInfo(d, body.value(QStringLiteral("model_info")).toMap()); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    return result;
}

DeploymentEditResult DeploymentEditor::create(const QVariantMap &body, const QStringList &existingIds)
{
    DeploymentEditResult result;
    Deployment &d = result.deployment;
    if (QString e = checkBodyKeys(body); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    const QVariant name = body.value(QStringLiteral("model_name"));
    if (QString e = checkText(name, QStringLiteral("model_name")); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    d.group = name.toString();
    const QVariantMap params = body.value(QStringLiteral("litellm_params")).toMap();
    if (!params.contains(QStringLiteral("model"))) {
        result.error = tr("litellm_params.model is required (e.g. \"azure/gpt-4o-mini\")");
        return result;
    }
    if (QString e = applyParams(d, params); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    QVariantMap info = body.value(QStringLiteral("model_info")).toMap();
    if (info.contains(QStringLiteral("id"))) {
        if (QString e = validateId(info.value(QStringLiteral("id"))); !e.isEmpty()) {
            result.error = e;
            return result;
        }
        d.id = info.value(QStringLiteral("id")).toString();
        if (existingIds.contains(d.id)) {
            result.error
                = tr("a model with id '%1' exists already; use /model/{id}/update to change it").arg(d.id);
            return result;
        }
    } else {
        const QString base = LiteLlmConfigCodec::derivedId(d.group, d.litellmParams);
        d.id = base;
        for (int n = 2; existingIds.contains(d.id); ++n)
            d.id = base + QLatin1Char('-') + QString::number(n);
        d.idDerived = true;
    }
    d.modelInfo.insert(QStringLiteral("id"), d.id);
    info.remove(QStringLiteral("id"));
    if (QString e = mergeModelInfo(d, info); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    return result;
}

} // namespace RouteDeck
