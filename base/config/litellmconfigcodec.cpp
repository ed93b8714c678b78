// SPDX-License-Identifier: GPL-3.0-or-later
#include "litellmconfigcodec.h"
#include "sharemath.h"
#include "wholenumber.h"
#include "yamlsupport_p.h"
#include "yamlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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
// Far beyond any real config's order, so that only a typo or a hostile file is refused.
constexpr int kMaxOrder = 1000000;

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
    struct IncludedFile
    {
        QString path;
        YAML::Node root;
    };
    SourceLocation at(const YAML::Node &node) const { return locationOf(node, m_fileName); }
    void error(const YAML::Node &node, const QString &message)
    {
        m_result.problems.append(Problem::error(at(node), message));
    }
    void warning(const YAML::Node &node, const QString &message)
    {
        m_result.problems.append(Problem::warning(at(node), message));
    }

    QList<IncludedFile> readIncludes(const YAML::Node &root);
    std::optional<IncludedFile> readIncludedFile(const YAML::Node &entry);
    YAML::Node section(const YAML::Node &root, const QList<IncludedFile> &included, const char *key,
                       QString *file) const;
    void readModelList(const YAML::Node &modelList, int *index);
    void readDeployment(const YAML::Node &item, int index, int indexInFile);
    std::optional<double> readNonNegative(const YAML::Node &map, const char *key, const QString &who,
                                          bool integer = false);
    void readRouterSettings(const YAML::Node &settings);
    void readFallbacks(const YAML::Node &fallbacks);
    void applyWeightsOverride(const YAML::Node &weights);
    void inspectTree(const YAML::Node &node, const QString &path, int depth = 0);
    void reportDuplicateKey(const YAML::Node &key, const YAML::Node &firstKey, const QString &path);
    void assignIds();
    void checkGroups();
    void checkFallbackTargets();

    QString m_fileName; // the file being read: the config, or one it includes
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

    const QList<IncludedFile> included = readIncludes(root);
    const YAML::Node modelList = child(root, "model_list");
    const bool includedLists = std::any_of(included.cbegin(), included.cend(), [](const IncludedFile &file) {
        return child(file.root, "model_list").IsSequence();
    });
    int index = 0;
    if ((!modelList.IsDefined() || isNullScalar(modelList)) && !includedLists) {
        error(root, tr("model_list is missing: there are no deployments to route to"));
    } else if (modelList.IsDefined() && !isNullScalar(modelList) && !modelList.IsSequence()) {
        error(modelList, tr("model_list must be a list of deployments"));
    } else {
        readModelList(modelList, &index);
    }
    // LiteLLM appends each included file's model_list to the main one, in the order of `include:`.
    const QString mainFile = m_fileName;
    for (const IncludedFile &file : included) {
        m_fileName = file.path;
        const YAML::Node list = child(file.root, "model_list");
        if (list.IsDefined() && !isNullScalar(list) && !list.IsSequence())
            error(list, tr("model_list must be a list of deployments"));
        else
            readModelList(list, &index);
        inspectTree(file.root, QString());
    }
    m_fileName = mainFile;

    QString sectionFile;
    const YAML::Node settings = section(root, included, "router_settings", &sectionFile);
    m_fileName = sectionFile;
    if (settings.IsDefined() && !isNullScalar(settings))
        readRouterSettings(settings);

    // The proxy also takes num_retries from litellm_settings; router_settings wins when both say.
    const YAML::Node litellm = section(root, included, "litellm_settings", &sectionFile);
    m_fileName = sectionFile;
    if (litellm.IsMap() && !config.settings.numRetries) {
        const YAML::Node retries = child(litellm, "num_retries");
        if (const auto n = scalarNumber(retries); n && *n >= 0 && *n <= 1000 && std::floor(*n) == *n)
            config.settings.numRetries = int(*n);
        else if (retries.IsDefined() && !isNullScalar(retries))
            error(retries, tr("litellm_settings.num_retries is '%1'; it must be a whole number from 0 to 1000")
                               .arg(scalarText(retries)));
    }

    if (const YAML::Node general = section(root, included, "general_settings", &sectionFile); general.IsMap()) {
        const YAML::Node key = child(general, "master_key");
        if (key.IsScalar())
            config.masterKey = scalarText(key);
    }
    m_fileName = mainFile;

    inspectTree(root, QString());
    assignIds();
    if (settings.IsMap()) {
        section(root, included, "router_settings", &sectionFile);
        m_fileName = sectionFile;
        applyWeightsOverride(child(settings, "weights"));
        m_fileName = mainFile;
    }
    checkGroups();
    checkFallbackTargets();
}

// `include:` as the proxy reads it (ProxyConfig._process_includes in litellm/proxy/proxy_server.py): a
// list of paths relative to the config's folder; a missing file stops the proxy (FileNotFoundError);
// included files do not include further (the key is dropped after one pass).
QList<ConfigReader::IncludedFile> ConfigReader::readIncludes(const YAML::Node &root)
{
    QList<IncludedFile> files;
    const YAML::Node include = child(root, "include");
    if (!include.IsDefined() || isNullScalar(include))
        return files;
    if (!include.IsSequence()) {
        error(include, tr("include must be a list of file paths, relative to this file's folder"));
        return files;
    }
    for (const auto &entry : include) {
        if (auto file = readIncludedFile(entry)) {
            m_result.config.includedFiles.append(file->path);
            files.append(*file);
        }
    }
    return files;
}

std::optional<ConfigReader::IncludedFile> ConfigReader::readIncludedFile(const YAML::Node &entry)
{
    const QString name = scalarText(entry).trimmed();
    if (!entry.IsScalar() || name.isEmpty()) {
        error(entry, tr("each include entry must be a file path"));
        return std::nullopt;
    }
    if (m_fileName.isEmpty()) {
        error(entry, tr("include '%1' cannot be resolved: the config was not read from a file").arg(name));
        return std::nullopt;
    }
    const QString path = QDir::cleanPath(QFileInfo(m_fileName).absoluteDir().filePath(name));
    QFile file(path);
    if (!file.exists()) {
        error(entry, tr("included file %1 does not exist; LiteLLM does not start without it").arg(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error(entry, tr("included file %1 cannot be opened: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > LiteLlmConfigCodec::kMaxFileBytes) {
        m_result.problems.append(tooLarge(file.size(), LiteLlmConfigCodec::kMaxFileBytes, path));
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    if (auto problem = checkText(text, path, LiteLlmConfigCodec::kMaxFileBytes)) {
        m_result.problems.append(*problem);
        return std::nullopt;
    }
    const qsizetype before = m_result.problems.size();
    YAML::Node root = parseNode(text, path, m_result.problems);
    if (m_result.problems.size() > before)
        return std::nullopt;
    if (root.IsNull())
        return IncludedFile { path, YAML::Node(YAML::NodeType::Map) }; // PyYAML's None, read as {}
    if (!root.IsMap()) {
        m_result.problems.append(
            Problem::error(locationOf(root, path), tr("an included file must be a map with model_list")));
        return std::nullopt;
    }
    return IncludedFile { path, root };
}

// A top-level section as LiteLLM sees it after includes: an included file's map replaces the main one.
// `file` names the file that holds it, for the locations of what is read from it.
YAML::Node ConfigReader::section(const YAML::Node &root, const QList<IncludedFile> &included, const char *key,
                                 QString *file) const
{
    for (auto it = included.crbegin(); it != included.crend(); ++it) {
        if (YAML::Node node = child(it->root, key); node.IsDefined()) {
            *file = it->path;
            return node;
        }
    }
    *file = m_fileName;
    return child(root, key);
}

void ConfigReader::readModelList(const YAML::Node &modelList, int *index)
{
    if (!modelList.IsSequence())
        return;
    int indexInFile = 0;
    for (const auto &item : modelList)
        readDeployment(item, (*index)++, indexInFile++);
}

void ConfigReader::readDeployment(const YAML::Node &item, int index, int indexInFile)
{
    if (!item.IsMap()) {
        error(item, tr("model_list entry %1 must be a map with model_name and litellm_params").arg(index + 1));
        return;
    }
    Deployment d;
    d.index = index;
    d.indexInFile = indexInFile;
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
        if (const auto order = readNonNegative(params, "order", who, true)) {
            d.order = wholeNumberIn(*order, 0, kMaxOrder);
            if (!d.order) {
                const YAML::Node node = child(params, "order");
                error(node, tr("order of deployment %1 is %2; it must be a whole number from 0 to %3")
                                .arg(who, scalarText(node), QString::number(kMaxOrder)));
            }
        }
        d.cooldownTime = readNonNegative(params, "cooldown_time", who);
    }
    // Old-style configs keep rpm/tpm beside litellm_params: rate limits, never simple_shuffle weights.
    d.topLevelRpm = readNonNegative(item, "rpm", who);
    d.topLevelTpm = readNonNegative(item, "tpm", who);

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
    if (const YAML::Node disable = child(settingsNode, "disable_cooldowns"); disable.IsDefined() && !isNullScalar(disable)) {
        if (const auto yes = scalarBool(disable))
            settings.disableCooldowns = *yes;
        else
            error(disable, tr("router_settings.disable_cooldowns is '%1'; it must be true or false")
                               .arg(scalarText(disable)));
    }
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

// One walk over the whole file for what can hide anywhere in it: environment references and
// duplicate keys.
void ConfigReader::inspectTree(const YAML::Node &node, const QString &path, int depth)
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
        QHash<QString, YAML::Node> firstKeys;
        for (const auto &entry : node) {
            const QString key = scalarText(entry.first);
            const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (entry.first.IsScalar() && key != QLatin1String("<<")) {
                if (const auto first = firstKeys.constFind(key); first != firstKeys.cend())
                    reportDuplicateKey(entry.first, *first, keyPath);
                else
                    firstKeys.insert(key, entry.first);
            }
            inspectTree(entry.second, keyPath, depth + 1);
        }
    } else if (node.IsSequence()) {
        int i = 0;
        for (const auto &item : node)
            inspectTree(item, path + QStringLiteral("[%1]").arg(i++), depth + 1);
    }
}

void ConfigReader::reportDuplicateKey(const YAML::Node &key, const YAML::Node &firstKey, const QString &path)
{
    warning(key, tr("%1 is set more than once in the same map (first at line %2); LiteLLM reads the last one, "
                    "and so does RouteDeck: delete the others")
                     .arg(path, QString::number(at(firstKey).line)));
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
        const QList<Deployment> tier = ShareMath::trafficTier(members);
        if (ShareMath::weightedPickFails(tier)) {
            m_result.problems.append(Problem::error(
                tier.first().location, ShareMath::weightedPickFailure(group, ShareMath::weightSource(tier))));
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
