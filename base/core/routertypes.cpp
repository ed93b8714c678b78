// SPDX-License-Identifier: GPL-3.0-or-later
#include "routertypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace RouteDeck {

QString SourceLocation::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    return text;
}

QString Problem::severityName() const
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Problem", "error");
    case Severity::Warning:
        return QCoreApplication::translate("Problem", "warning");
    case Severity::Note:
        return QCoreApplication::translate("Problem", "note");
    }
    return {};
}

QString Problem::toString() const
{
    return where.toString() + QStringLiteral(": ") + severityName() + QStringLiteral(": ") + message;
}

Problem Problem::error(const SourceLocation &where, const QString &message)
{
    return { Severity::Error, where, message };
}

Problem Problem::warning(const SourceLocation &where, const QString &message)
{
    return { Severity::Warning, where, message };
}

Problem Problem::note(const SourceLocation &where, const QString &message)
{
    return { Severity::Note, where, message };
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

bool hasErrorsOrWarnings(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity != Problem::Severity::Note; });
}

QString Deployment::providerOf(const QString &model, const QString &customLlmProvider)
{
    if (!customLlmProvider.isEmpty())
        return customLlmProvider;
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    return slash > 0 ? model.left(slash) : QStringLiteral("openai");
}

Deployment::Storage Deployment::storage() const
{
    const QVariant db = modelInfo.value(QStringLiteral("db_model"));
    if (db.typeId() != QMetaType::Bool)
        return Storage::Unknown;
    return db.toBool() ? Storage::Database : Storage::ConfigFile;
}

QVariantMap Deployment::publicParams() const
{
    // LiteLLM strips credentials from /model/info; anything that names a key, secret or token goes.
    QVariantMap params = litellmParams;
    for (auto it = params.begin(); it != params.end();) {
        const QString key = it.key().toLower();
        const bool secret = key.endsWith(QLatin1String("_key")) || key.endsWith(QLatin1String("_token"))
            || key.endsWith(QLatin1String("_key_id")) || key.contains(QLatin1String("secret"))
            || key.contains(QLatin1String("password")) || key.contains(QLatin1String("credentials"));
        it = secret ? params.erase(it) : std::next(it);
    }
    return params;
}

QStringList RouterSettings::fallbacksFor(const QString &group) const
{
    for (const FallbackRule &rule : fallbacks) {
        if (rule.group == group)
            return rule.fallbacks;
    }
    return {};
}

QStringList RouterConfig::groupNames() const
{
    QStringList names;
    for (const Deployment &d : deployments) {
        if (!names.contains(d.group))
            names.append(d.group);
    }
    return names;
}

QList<Deployment> RouterConfig::deploymentsInGroup(const QString &group) const
{
    QList<Deployment> result;
    for (const Deployment &d : deployments) {
        if (d.group == group)
            result.append(d);
    }
    return result;
}

const Deployment *RouterConfig::findDeployment(const QString &id) const
{
    for (const Deployment &d : deployments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

Deployment *RouterConfig::findDeployment(const QString &id)
{
    return const_cast<Deployment *>(std::as_const(*this).findDeployment(id));
}

double RouterConfig::cooldownFor(const Deployment &deployment) const
{
    return deployment.cooldownTime.value_or(settings.effectiveCooldown());
}

} // namespace RouteDeck
