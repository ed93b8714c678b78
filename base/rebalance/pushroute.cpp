// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushroute.h"

#include <QCoreApplication>
#include <QDir>

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RouteDeck::PushRoute", text); // the context lupdate gives these calls
}
} // namespace

PushRoute PushRoute::choose(const WeightChange &change, PushTargetKind profileTarget, const QString &configFile,
    const QList<Deployment> &routerDeployments)
{
    PushRoute route;
    route.target = profileTarget;
    if (profileTarget != PushTargetKind::Router)
        return route;
    for (const QString &id : change.changedIds()) {
        const auto it = std::find_if(routerDeployments.cbegin(), routerDeployments.cend(),
            [&id](const Deployment &d) { return d.id == id; });
        if (it != routerDeployments.cend() && it->storage() == Deployment::Storage::ConfigFile)
            route.configFileModels.append(id);
    }
    if (route.configFileModels.isEmpty())
        return route;
    const QString ids = route.configFileModels.join(QStringLiteral(", "));
    if (configFile.isEmpty()) {
        route.error = tr("The router keeps %1 in its config file (model_info.db_model is false), and LiteLLM "
                         "refuses to update such models over its API (HTTP 400 \"Cannot edit config-based "
                         "model\"). Give the profile the config_file the router reads, and an after_write "
                         "command that makes the router load it; or store the models in the router's "
                         "database (/model/new).")
                          .arg(ids);
        return route;
    }
    route.target = PushTargetKind::File;
    route.note = tr("The router keeps %1 in its config file, which LiteLLM does not let its API change; the "
                    "weights go into %2 instead.")
                     .arg(ids, QDir::toNativeSeparators(configFile));
    return route;
}

QString PushRoute::removalUnsupported(PushTargetKind target, const QStringList &ids)
{
    if (target != PushTargetKind::Router || ids.isEmpty())
        return QString();
    return tr("%1 had no weight before; LiteLLM's admin API cannot remove a weight, only set one (0 included)")
        .arg(ids.join(QStringLiteral(", ")));
}

} // namespace RouteDeck
