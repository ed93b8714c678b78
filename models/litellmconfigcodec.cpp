// SPDX-License-Identifier: GPL-3.0-or-later
#include "litellmconfigcodec.h"
#include "yamlsupport_p.h"
#include "yamlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <cmath>

namespace RouteDeck {

using namespace YamlSupport;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LiteLlmConfigCodec", text);
}

const QString kEnvPrefix = QStringLiteral("os.environ/");

// Reads one config file; collects problems as it goes so one pass reports everything.
class ConfigReader
{
public:
    ConfigReader(const QString &fileName, ConfigLoadResult &result)
        : m_fileName(fileName)
        , m_result(result)
    {
    }

    void read(const YAML::Node &root);

private:
    SourceLocation at(const YAML::Node &node) const { return locationOf(node, m_fileName); }
    void error(const YAML::Node &node, const QString &message)
    {
        m_result.problems.append(Problem::error(at(node), message));
    }
    void warning(const YAML::Node &node, const QString &message)
    {
        m_result.problems.append(Problem::warning(at(node), message));
    }

    void readDeployment(const YAML::Node &item, int index);
    std::optional<double> readNonNegative(const YAML::Node &map, const char *key, const QString &who,
                                          bool integer = false);
    void readRouterSettings(const YAML::Node &settings);
    void readFallbacks(const YAML::Node &fallbacks);
    void applyWeightsOverride(const YAML::Node &weights);
    void reportEnvironmentReferences(const YAML::Node &node, const QString &path, int depth = 0);
    void assignIds();
    void checkGroups();
    void checkFallbackTargets();

    QString m_fileName;
    ConfigLoadResult &m_result;
    QList<YAML::Node> m_deploymentNodes;
    YAML::Node m_fallbacksNode;
};

QString describe(const Deployment &d)
{
    if (!d.id.isEmpty() && !d.idDerived)
        return QStringLiteral("'%1'").arg(d.id);
    return tr("#%1 of '%2' (%3)").arg(QString::number(d.index + 1), d.group, d.model);
}

void ConfigReader::read(const YAML::Node &root)
{
    RouterConfig &config = m_result.config;
    if (!root.IsDefined() || root.IsNull()) {
        m_result.problems.append(Problem::error(
            { m_fileName, 1, 1 }, tr("file is empty: a LiteLLM config needs a model_list")));
        return;
    }
    if (!root.IsMap()) {
        error(root, tr("top level must be a map with model_list, router_settings, ... ; found a %1")
                        .arg(root.IsSequence() ? tr("list") : tr("single value")));
        return;
    }
    Problems ignored;
    config.document = toVariant(root, m_fileName, ignored).toMap();
    m_result.problems.append(ignored);

    const YAML::Node modelList = child(root, "model_list");
    if (!modelList.IsDefined() || isNullScalar(modelList)) {
        error(root, tr("model_list is missing: there are no deployments to route to"));
    } else if (!modelList.IsSequence()) {
        error(modelList, tr("model_list must be a list of deployments"));
    } else {
        int index = 0;
        for (const auto &item : modelList)
            readDeployment(item, index++);
    }

    if (const YAML::Node settings = child(root, "router_settings"); settings.IsDefined() && !isNullScalar(settings))
        readRouterSettings(settings);

    // The proxy also takes num_retries from litellm_settings; router_settings wins when both say.
    if (const YAML::Node litellm = child(root, "litellm_settings"); litellm.IsMap() && !config.settings.numRetries) {
        const YAML::Node retries = child(litellm, "num_retries");
        if (const auto n = scalarNumber(retries); n && *n >= 0 && *n <= 1000 && std::floor(*n) == *n)
            config.settings.numRetries = int(*n);
        else if (retries.IsDefined() && !isNullScalar(retries))
            error(retries, tr("litellm_settings.num_retries is '%1'; it must be a whole number from 0 to 1000")
                               .arg(scalarText(retries)));
    }

    if (const YAML::Node general = child(root, "general_settings"); general.IsMap()) {
        const YAML::Node key = child(general, "master_key");
        if (key.IsScalar())
            config.masterKey = scalarText(key);
    }

    reportEnvironmentReferences(root, QString());
    assignIds();
    if (const YAML::Node settings = child(root, "router_settings"); settings.IsMap())
        applyWeightsOverride(child(settings, "weights"));
    checkGroups();
    checkFallbackTargets();
}

void ConfigReader::readDeployment(const YAML::Node &item, int index)
{
    if (!item.IsMap()) {
        error(item, tr("model_list entry %1 must be a map with model_name and litellm_params").arg(index + 1));
        return;
    }
    Deployment d;
    d.index = index;
    d.location = at(item);

    const YAML::Node name = child(item, "model_name");
    if (!name.IsScalar() || scalarText(name).trimmed().isEmpty()) {
        error(name.IsDefined() ? name : item,
              tr("model_list entry %1 has no model_name (the alias clients ask for)").arg(index + 1));
    } else {
        d.group = scalarText(name);
    }

    const YAML::Node params = child(item, "litellm_params");
    Problems ignored;
    if (!params.IsMap()) {
        error(params.IsDefined() ? params : item,
              tr("model_list entry %1 ('%2') needs a litellm_params map with at least `model`")
                  .arg(QString::number(index + 1), d.group));
    } else {
        d.litellmParams = toVariant(params, m_fileName, ignored).toMap();
        const YAML::Node model = child(params, "model");
        if (!model.IsScalar() || scalarText(model).isEmpty())
            error(model.IsDefined() ? model : params,
                  tr("litellm_params.model is missing in model_list entry %1 ('%2')")
                      .arg(QString::number(index + 1), d.group));
        else
            d.model = scalarText(model);
        d.apiBase = d.litellmParams.value(QStringLiteral("api_base")).toString();
        d.provider = Deployment::providerOf(d.model,
                                            d.litellmParams.value(QStringLiteral("custom_llm_provider")).toString());
    }

    if (const YAML::Node info = child(item, "model_info"); info.IsMap()) {
        d.modelInfo = toVariant(info, m_fileName, ignored).toMap();
        const YAML::Node id = child(info, "id");
        if (id.IsScalar() && !scalarText(id).trimmed().isEmpty())
            d.id = scalarText(id).trimmed();
    }
    m_result.problems.append(ignored);

    const QString who = describe(d);
    if (params.IsMap()) {
        d.weight = readNonNegative(params, "weight", who);
        d.rpm = readNonNegative(params, "rpm", who);
        d.tpm = readNonNegative(params, "tpm", who);
        if (const auto order = readNonNegative(params, "order", who, true))
            d.order = int(*order);
        d.cooldownTime = readNonNegative(params, "cooldown_time", who);
    }
    // Old-style configs keep rpm/tpm beside litellm_params.
    if (!d.rpm)
        d.rpm = readNonNegative(item, "rpm", who);
    if (!d.tpm)
        d.tpm = readNonNegative(item, "tpm", who);

    m_result.config.deployments.append(d);
    m_deploymentNodes.append(item);
}

std::optional<double> ConfigReader::readNonNegative(const YAML::Node &map, const char *key, const QString &who,
                                                    bool integer)
{
    const YAML::Node node = child(map, key);
    if (!node.IsDefined() || isNullScalar(node))
        return std::nullopt;
    const QString field = QString::fromLatin1(key);
    if (!node.IsScalar()) {
        error(node, tr("%1 of deployment %2 must be a number, not a %3")
                        .arg(field, who, node.IsMap() ? tr("map") : tr("list")));
        return std::nullopt;
    }
    const QString text = scalarText(node);
    if (text.startsWith(kEnvPrefix)) {
        warning(node, tr("%1 of deployment %2 comes from environment variable %3; RouteDeck cannot know "
                         "its value and treats it as unset")
                          .arg(field, who, text.mid(kEnvPrefix.size())));
        return std::nullopt;
    }
    const auto number = scalarNumber(node);
    if (!number) {
        error(node, tr("%1 of deployment %2 is '%3', which is not a number").arg(field, who, text));
        return std::nullopt;
    }
    if (!std::isfinite(*number)) {
        error(node, tr("%1 of deployment %2 is %3; it must be a finite number").arg(field, who, text));
        return std::nullopt;
    }
    if (*number < 0) {
        error(node, tr("%1 of deployment %2 is %3; it must be 0 or more").arg(field, who, text));
        return std::nullopt;
    }
    if (integer && std::floor(*number) != *number) {
        error(node, tr("%1 of deployment %2 is %3; it must be a whole number").arg(field, who, text));
        return std::nullopt;
    }
    if (node.Tag() == "!") {
        warning(node, tr("%1 of deployment %2 is quoted (\"%3\"); LiteLLM reads it as text, write it "
                         "without quotes")
                          .arg(field, who, text));
    }
    return number;
}

void ConfigReader::readRouterSettings(const YAML::Node &settingsNode)
{
    RouterSettings &settings = m_result.config.settings;
    if (!settingsNode.IsMap()) {
        error(settingsNode, tr("router_settings must be a map"));
        return;
    }
    Problems ignored;
    settings.raw = toVariant(settingsNode, m_fileName, ignored).toMap();

    if (const YAML::Node strategy = child(settingsNode, "routing_strategy"); strategy.IsScalar()) {
        settings.routingStrategy = scalarText(strategy);
        if (!LiteLlmConfigCodec::knownRoutingStrategies().contains(settings.routingStrategy)) {
            warning(strategy, tr("routing_strategy '%1' is not one LiteLLM knows (%2); RouteDeck assumes "
                                 "simple-shuffle when computing shares")
                                  .arg(settings.routingStrategy,
                                       LiteLlmConfigCodec::knownRoutingStrategies().join(QStringLiteral(", "))));
        }
    }
    auto readCount = [&](const char *key) -> std::optional<int> {
        const YAML::Node node = child(settingsNode, key);
        if (!node.IsDefined() || isNullScalar(node))
            return std::nullopt;
        const auto number = scalarNumber(node);
        if (!number || *number < 0 || std::floor(*number) != *number || *number > 1000) {
            error(node, tr("router_settings.%1 is '%2'; it must be a whole number from 0 to 1000")
                            .arg(QString::fromLatin1(key), scalarText(node)));
            return std::nullopt;
        }
        return int(*number);
    };
    settings.numRetries = readCount("num_retries");
    settings.allowedFails = readCount("allowed_fails");
    if (const YAML::Node cooldown = child(settingsNode, "cooldown_time"); cooldown.IsDefined()) {
        const auto number = scalarNumber(cooldown);
        if (!number || !std::isfinite(*number) || *number < 0)
            error(cooldown, tr("router_settings.cooldown_time is '%1'; it must be seconds, 0 or more")
                                .arg(scalarText(cooldown)));
        else
            settings.cooldownTime = number;
    }
    if (const YAML::Node disable = child(settingsNode, "disable_cooldowns"); disable.IsScalar())
        settings.disableCooldowns = scalarText(disable).toLower() == QLatin1String("true");
    readFallbacks(child(settingsNode, "fallbacks"));
}

void ConfigReader::readFallbacks(const YAML::Node &fallbacks)
{
    if (!fallbacks.IsDefined() || isNullScalar(fallbacks))
        return;
    m_fallbacksNode = fallbacks;
    if (!fallbacks.IsSequence()) {
        error(fallbacks, tr("router_settings.fallbacks must be a list like [{gpt-4o-mini: [gpt-4o]}]"));
        return;
    }
    for (const auto &entry : fallbacks) {
        if (!entry.IsMap()) {
            error(entry, tr("each fallbacks entry must be a map {group: [fallback groups]}"));
            continue;
        }
        for (const auto &pair : entry) {
            FallbackRule rule;
            rule.group = scalarText(pair.first);
            if (pair.second.IsSequence()) {
                for (const auto &target : pair.second)
                    rule.fallbacks.append(scalarText(target));
            } else if (pair.second.IsScalar()) {
                rule.fallbacks.append(scalarText(pair.second));
            } else {
                error(pair.second, tr("fallbacks for '%1' must be a list of model groups").arg(rule.group));
                continue;
            }
            m_result.config.settings.fallbacks.append(rule);
        }
    }
}

void ConfigReader::applyWeightsOverride(const YAML::Node &weights)
{
    // Newer LiteLLM: router_settings.weights: {group: {deployment id: weight}} overrides litellm_params.weight.
    if (!weights.IsDefined() || isNullScalar(weights))
        return;
    if (!weights.IsMap()) {
        error(weights, tr("router_settings.weights must be a map {group: {deployment id: weight}}"));
        return;
    }
    for (const auto &groupEntry : weights) {
        const QString group = scalarText(groupEntry.first);
        if (!groupEntry.second.IsMap()) {
            error(groupEntry.second, tr("router_settings.weights.%1 must be a map {deployment id: weight}").arg(group));
            continue;
        }
        for (const auto &entry : groupEntry.second) {
            const QString id = scalarText(entry.first);
            Deployment *d = m_result.config.findDeployment(id);
            if (!d || d->group != group) {
                error(entry.first, tr("router_settings.weights names deployment '%1' in '%2', which does not exist")
                                       .arg(id, group));
                continue;
            }
            const auto number = scalarNumber(entry.second);
            if (!number || !std::isfinite(*number) || *number < 0) {
                error(entry.second, tr("weight of deployment '%1' is '%2'; it must be a number, 0 or more")
                                        .arg(id, scalarText(entry.second)));
                continue;
            }
            d->weight = number;
        }
    }
}

void ConfigReader::reportEnvironmentReferences(const YAML::Node &node, const QString &path, int depth)
{
    if (depth > YamlValues::kMaxDepth)
        return;
    if (node.IsScalar()) {
        const QString text = scalarText(node);
        if (text.startsWith(kEnvPrefix)) {
            // Only the variable's name is reported, never a value.
            m_result.problems.append(Problem::note(
                at(node), tr("%1 is read from environment variable %2 by the router")
                              .arg(path, text.mid(kEnvPrefix.size()))));
        }
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            const QString key = scalarText(entry.first);
            reportEnvironmentReferences(entry.second, path.isEmpty() ? key : path + QLatin1Char('.') + key,
                                        depth + 1);
        }
    } else if (node.IsSequence()) {
        int i = 0;
        for (const auto &item : node)
            reportEnvironmentReferences(item, path + QStringLiteral("[%1]").arg(i++), depth + 1);
    }
}

void ConfigReader::assignIds()
{
    QHash<QString, int> firstLine;
    QList<Deployment> &deployments = m_result.config.deployments;
    // Explicit ids first, so a derived id can never take an explicit one.
    for (const Deployment &d : std::as_const(deployments)) {
        if (d.id.isEmpty())
            continue;
        if (firstLine.contains(d.id)) {
            m_result.problems.append(Problem::error(
                d.location, tr("deployment id '%1' is used twice (first at line %2); ids must be unique")
                                .arg(d.id, QString::number(firstLine.value(d.id)))));
        } else {
            firstLine.insert(d.id, d.location.line);
        }
    }
    for (Deployment &d : deployments) {
        if (!d.id.isEmpty())
            continue;
        const QString base = LiteLlmConfigCodec::derivedId(d.group, d.litellmParams);
        QString id = base;
        for (int n = 2; firstLine.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        d.id = id;
        d.idDerived = true;
        firstLine.insert(id, d.location.line);
    }
}

void ConfigReader::checkGroups()
{
    const RouterConfig &config = m_result.config;
    for (const QString &group : config.groupNames()) {
        const QList<Deployment> members = config.deploymentsInGroup(group);
        const bool allWeighted = std::all_of(members.cbegin(), members.cend(),
                                             [](const Deployment &d) { return d.weight.has_value(); });
        const bool allZero = std::all_of(members.cbegin(), members.cend(),
                                         [](const Deployment &d) { return d.weight.value_or(0) == 0; });
        if (allWeighted && allZero) {
            m_result.problems.append(Problem::error(
                members.first().location,
                tr("every deployment of '%1' has weight 0, so the group can take no traffic").arg(group)));
        }
    }
}

void ConfigReader::checkFallbackTargets()
{
    const QStringList groups = m_result.config.groupNames();
    if (m_result.config.deployments.isEmpty())
        return;
    for (const FallbackRule &rule : std::as_const(m_result.config.settings.fallbacks)) {
        if (rule.group != QLatin1String("*") && !groups.contains(rule.group)) {
            warning(m_fallbacksNode, tr("fallbacks are configured for '%1', which is not a model_name in "
                                        "model_list")
                                         .arg(rule.group));
        }
        for (const QString &target : rule.fallbacks) {
            if (!groups.contains(target)) {
                error(m_fallbacksNode, tr("fallbacks: '%1' falls back to '%2', which is not a model_name in "
                                          "model_list")
                                           .arg(rule.group, target));
            }
        }
    }
}

} // namespace

ConfigLoadResult LiteLlmConfigCodec::parse(const QByteArray &text, const QString &fileName)
{
    ConfigLoadResult result;
    result.config.fileName = fileName;
    if (auto problem = checkText(text, fileName, kMaxFileBytes)) {
        result.problems.append(*problem);
        return result;
    }
    const YAML::Node root = parseNode(text, fileName, result.problems);
    if (!result.ok())
        return result;
    ConfigReader(fileName, result).read(root);
    return result;
}

ConfigLoadResult LiteLlmConfigCodec::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.config.fileName = path;
        result.problems.append(Problem::error({ path, 0, 0 }, tr("cannot open file: %1").arg(file.errorString())));
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        ConfigLoadResult result;
        result.config.fileName = path;
        result.problems.append(tooLarge(file.size(), kMaxFileBytes, path));
        return result;
    }
    return parse(file.readAll(), path);
}

QString LiteLlmConfigCodec::derivedId(const QString &group, const QVariantMap &litellmParams)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(group);
    for (const char *key : { "model", "api_base", "api_version", "deployment_id", "region_name" })
        add(litellmParams.value(QString::fromLatin1(key)).toString());
    return QStringLiteral("rd-") + QString::fromLatin1(hash.result().toHex().left(12));
}

QStringList LiteLlmConfigCodec::knownRoutingStrategies()
{
    return { QStringLiteral("simple-shuffle"),        QStringLiteral("least-busy"),
             QStringLiteral("usage-based-routing"),   QStringLiteral("usage-based-routing-v2"),
             QStringLiteral("latency-based-routing"), QStringLiteral("cost-based-routing") };
}

} // namespace RouteDeck
