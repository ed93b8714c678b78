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
#include <memory>

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

    void read(YamlRef root);

private:
    struct IncludedFile
    {
        QString path;
        std::shared_ptr<const YamlTree> tree; // holds what `root` refers to
        YamlRef root;
    };
    SourceLocation at(YamlRef node) const { return locationOf(node, m_fileName); }
    void error(YamlRef node, const QString &message)
    {
        m_result.problems.append(Problem::error(at(node), message));
    }
    void warning(YamlRef node, const QString &message)
    {
        m_result.problems.append(Problem::warning(at(node), message));
    }

    QList<IncludedFile> readIncludes(YamlRef root);
    std::optional<IncludedFile> readIncludedFile(YamlRef entry);
    YamlRef section(YamlRef root, const QList<IncludedFile> &included, const char *key,
                       QString *file) const;
    void readModelList(YamlRef modelList, int *index);
    void readDeployment(YamlRef item, int index, int indexInFile);
    std::optional<double> readNonNegative(YamlRef map, const char *key, const QString &who,
                                          bool integer = false);
    void readRouterSettings(YamlRef settings);
    void readFallbacks(YamlRef fallbacks);
    void applyWeightsOverride(YamlRef weights);
    void inspectTree(YamlRef node, const QString &path, int depth = 0);
    void reportDuplicateKey(YamlRef key, YamlRef firstKey, const QString &path);
    void assignIds();
    void checkGroups();
    void checkFallbackTargets();

    QString m_fileName; // the file being read: the config, or one it includes
    ConfigLoadResult &m_result;
    YamlRef m_fallbacksNode;
};

QString describe(const Deployment &d)
{
    if (!d.id.isEmpty() && !d.idDerived)
        return QStringLiteral("'%1'").arg(d.id);
    return tr("#%1 of '%2' (%3)").arg(QString::number(d.index + 1), d.group, d.model);
}

void ConfigReader::read(YamlRef root)
{
    RouterConfig &config = m_result.config;
    if (!root.isDefined() || root.isNull()) {
        m_result.problems.append(Problem::error(
            { m_fileName, 1, 1 }, tr("file is empty: a LiteLLM config needs a model_list")));
        return;
    }
    if (!root.isMap()) {
        error(root, tr("top level must be a map with model_list, router_settings, ... ; found a %1")
                        .arg(root.isSequence() ? tr("list") : tr("single value")));
        return;
    }
    Problems ignored;
    config.document = toVariant(root, m_fileName, ignored).toMap();
    m_result.problems.append(ignored);

    const QList<IncludedFile> included = readIncludes(root);
    const YamlRef modelList = child(root, "model_list");
    const bool includedLists = std::any_of(included.cbegin(), included.cend(), [](const IncludedFile &file) {
        return child(file.root, "model_list").isSequence();
    });
    int index = 0;
    if ((!modelList.isDefined() || modelList.isNull()) && !includedLists) {
        error(root, tr("model_list is missing: there are no deployments to route to"));
    } else if (modelList.isDefined() && !modelList.isNull() && !modelList.isSequence()) {
        error(modelList, tr("model_list must be a list of deployments"));
    } else {
        readModelList(modelList, &index);
    }
    // LiteLLM appends each included file's model_list to the main one, in the order of `include:`.
    const QString mainFile = m_fileName;
    for (const IncludedFile &file : included) {
        m_fileName = file.path;
        const YamlRef list = child(file.root, "model_list");
        if (list.isDefined() && !list.isNull() && !list.isSequence())
            error(list, tr("model_list must be a list of deployments"));
        else
            readModelList(list, &index);
        inspectTree(file.root, QString());
    }
    m_fileName = mainFile;

    QString sectionFile;
    const YamlRef settings = section(root, included, "router_settings", &sectionFile);
    m_fileName = sectionFile;
    if (settings.isDefined() && !settings.isNull())
        readRouterSettings(settings);

    // The proxy also takes num_retries from litellm_settings; router_settings wins when both say.
    const YamlRef litellm = section(root, included, "litellm_settings", &sectionFile);
    m_fileName = sectionFile;
    if (litellm.isMap() && !config.settings.numRetries) {
        const YamlRef retries = child(litellm, "num_retries");
        if (const auto n = scalarNumber(retries); n && *n >= 0 && *n <= 1000 && std::floor(*n) == *n)
            config.settings.numRetries = int(*n);
        else if (retries.isDefined() && !retries.isNull())
            error(retries, tr("litellm_settings.num_retries is '%1'; it must be a whole number from 0 to 1000")
                               .arg(scalarText(retries)));
    }

    if (const YamlRef general = section(root, included, "general_settings", &sectionFile); general.isMap()) {
        const YamlRef key = child(general, "master_key");
        if (key.isScalar())
            config.masterKey = scalarText(key);
    }
    m_fileName = mainFile;

    inspectTree(root, QString());
    assignIds();
    if (settings.isMap()) {
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
QList<ConfigReader::IncludedFile> ConfigReader::readIncludes(YamlRef root)
{
    QList<IncludedFile> files;
    const YamlRef include = child(root, "include");
    if (!include.isDefined() || include.isNull())
        return files;
    if (!include.isSequence()) {
        error(include, tr("include must be a list of file paths, relative to this file's folder"));
        return files;
    }
    for (const YamlRef entry : include.items()) {
        if (auto file = readIncludedFile(entry)) {
            m_result.config.includedFiles.append(file->path);
            files.append(*file);
        }
    }
    return files;
}

std::optional<ConfigReader::IncludedFile> ConfigReader::readIncludedFile(YamlRef entry)
{
    const QString name = scalarText(entry).trimmed();
    if (!entry.isScalar() || name.isEmpty()) {
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
    auto tree = std::make_shared<YamlTree>();
    const YamlRef root = parseTree(*tree, text, path, m_result.problems);
    if (!root.isDefined())
        return std::nullopt;
    if (root.isNull()) { // PyYAML's None, read as {}
        static const YamlNode emptyMap = [] {
            YamlNode map;
            map.kind = YamlNode::Kind::Map;
            return map;
        }();
        return IncludedFile { path, tree, YamlRef(&emptyMap) };
    }
    if (!root.isMap()) {
        m_result.problems.append(
            Problem::error(locationOf(root, path), tr("an included file must be a map with model_list")));
        return std::nullopt;
    }
    return IncludedFile { path, tree, root };
}

// A top-level section as LiteLLM sees it after includes: an included file's map replaces the main one.
// `file` names the file that holds it, for the locations of what is read from it.
YamlRef ConfigReader::section(YamlRef root, const QList<IncludedFile> &included, const char *key,
                                 QString *file) const
{
    for (auto it = included.crbegin(); it != included.crend(); ++it) {
        if (YamlRef node = child(it->root, key); node.isDefined()) {
            *file = it->path;
            return node;
        }
    }
    *file = m_fileName;
    return child(root, key);
}

void ConfigReader::readModelList(YamlRef modelList, int *index)
{
    if (!modelList.isSequence())
        return;
    int indexInFile = 0;
    for (const YamlRef item : modelList.items())
        readDeployment(item, (*index)++, indexInFile++);
}

void ConfigReader::readDeployment(YamlRef item, int index, int indexInFile)
{
    if (!item.isMap()) {
        error(item, tr("model_list entry %1 must be a map with model_name and litellm_params").arg(index + 1));
        return;
    }
    Deployment d;
    d.index = index;
    d.indexInFile = indexInFile;
    d.location = at(item);

    const YamlRef name = child(item, "model_name");
    if (!name.isScalar() || scalarText(name).trimmed().isEmpty()) {
        error(name.isDefined() ? name : item,
              tr("model_list entry %1 has no model_name (the alias clients ask for)").arg(index + 1));
    } else {
        d.group = scalarText(name);
    }

    const YamlRef params = child(item, "litellm_params");
    Problems ignored;
    if (!params.isMap()) {
        error(params.isDefined() ? params : item,
              tr("model_list entry %1 ('%2') needs a litellm_params map with at least `model`")
                  .arg(QString::number(index + 1), d.group));
    } else {
        d.litellmParams = toVariant(params, m_fileName, ignored).toMap();
        const YamlRef model = child(params, "model");
        if (!model.isScalar() || scalarText(model).isEmpty())
            error(model.isDefined() ? model : params,
                  tr("litellm_params.model is missing in model_list entry %1 ('%2')")
                      .arg(QString::number(index + 1), d.group));
        else
            d.model = scalarText(model);
        d.apiBase = d.litellmParams.value(QStringLiteral("api_base")).toString();
        d.provider = Deployment::providerOf(d.model,
                                            d.litellmParams.value(QStringLiteral("custom_llm_provider")).toString());
    }

    if (const YamlRef info = child(item, "model_info"); info.isMap()) {
        d.modelInfo = toVariant(info, m_fileName, ignored).toMap();
        const YamlRef id = child(info, "id");
        if (id.isScalar() && !scalarText(id).trimmed().isEmpty())
            d.id = scalarText(id).trimmed();
    }
    m_result.problems.append(ignored);

    const QString who = describe(d);
    if (params.isMap()) {
        d.weight = readNonNegative(params, "weight", who);
        d.rpm = readNonNegative(params, "rpm", who);
        d.tpm = readNonNegative(params, "tpm", who);
        if (const auto order = readNonNegative(params, "order", who, true)) {
            d.order = wholeNumberIn(*order, 0, kMaxOrder);
            if (!d.order) {
                const YamlRef node = child(params, "order");
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
}

std::optional<double> ConfigReader::readNonNegative(YamlRef map, const char *key, const QString &who,
                                                    bool integer)
{
    const YamlRef node = child(map, key);
    if (!node.isDefined() || node.isNull())
        return std::nullopt;
    const QString field = QString::fromLatin1(key);
    if (!node.isScalar()) {
        error(node, tr("%1 of deployment %2 must be a number, not a %3")
                        .arg(field, who, node.isMap() ? tr("map") : tr("list")));
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
    if (node.isQuoted()) {
        warning(node, tr("%1 of deployment %2 is quoted (\"%3\"); LiteLLM reads it as text, write it "
                         "without quotes")
                          .arg(field, who, text));
    }
    return number;
}

void ConfigReader::readRouterSettings(YamlRef settingsNode)
{
    RouterSettings &settings = m_result.config.settings;
    if (!settingsNode.isMap()) {
        error(settingsNode, tr("router_settings must be a map"));
        return;
    }
    Problems ignored;
    settings.raw = toVariant(settingsNode, m_fileName, ignored).toMap();

    if (const YamlRef strategy = child(settingsNode, "routing_strategy"); strategy.isScalar()) {
        settings.routingStrategy = scalarText(strategy);
        if (!LiteLlmConfigCodec::knownRoutingStrategies().contains(settings.routingStrategy)) {
            warning(strategy, tr("routing_strategy '%1' is not one LiteLLM knows (%2); RouteDeck assumes "
                                 "simple-shuffle when computing shares")
                                  .arg(settings.routingStrategy,
                                       LiteLlmConfigCodec::knownRoutingStrategies().join(QStringLiteral(", "))));
        }
    }
    auto readCount = [&](const char *key) -> std::optional<int> {
        const YamlRef node = child(settingsNode, key);
        if (!node.isDefined() || node.isNull())
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
    if (const YamlRef cooldown = child(settingsNode, "cooldown_time"); cooldown.isDefined()) {
        const auto number = scalarNumber(cooldown);
        if (!number || !std::isfinite(*number) || *number < 0)
            error(cooldown, tr("router_settings.cooldown_time is '%1'; it must be seconds, 0 or more")
                                .arg(scalarText(cooldown)));
        else
            settings.cooldownTime = number;
    }
    if (const YamlRef disable = child(settingsNode, "disable_cooldowns"); disable.isDefined() && !disable.isNull()) {
        if (const auto yes = scalarBool(disable))
            settings.disableCooldowns = *yes;
        else
            error(disable, tr("router_settings.disable_cooldowns is '%1'; it must be true or false")
                               .arg(scalarText(disable)));
    }
    readFallbacks(child(settingsNode, "fallbacks"));
}

void ConfigReader::readFallbacks(YamlRef fallbacks)
{
    if (!fallbacks.isDefined() || fallbacks.isNull())
        return;
    m_fallbacksNode = fallbacks;
    if (!fallbacks.isSequence()) {
        error(fallbacks, tr("router_settings.fallbacks must be a list like [{gpt-4o-mini: [gpt-4o]}]"));
        return;
    }
    for (const YamlRef entry : fallbacks.items()) {
        if (!entry.isMap()) {
            error(entry, tr("each fallbacks entry must be a map {group: [fallback groups]}"));
            continue;
        }
        for (const auto &pair : entry.entries()) {
            FallbackRule rule;
            rule.group = scalarText(pair.key);
            if (pair.value.isSequence()) {
                for (const YamlRef target : pair.value.items())
                    rule.fallbacks.append(scalarText(target));
            } else if (pair.value.isScalar()) {
                rule.fallbacks.append(scalarText(pair.value));
            } else {
                error(pair.value, tr("fallbacks for '%1' must be a list of model groups").arg(rule.group));
                continue;
            }
            m_result.config.settings.fallbacks.append(rule);
        }
    }
}

void ConfigReader::applyWeightsOverride(YamlRef weights)
{
    // Newer LiteLLM: router_settings.weights: {group: {deployment id: weight}} overrides litellm_params.weight.
    if (!weights.isDefined() || weights.isNull())
        return;
    if (!weights.isMap()) {
        error(weights, tr("router_settings.weights must be a map {group: {deployment id: weight}}"));
        return;
    }
    for (const auto &groupEntry : weights.entries()) {
        const QString group = scalarText(groupEntry.key);
        if (!groupEntry.value.isMap()) {
            error(groupEntry.value, tr("router_settings.weights.%1 must be a map {deployment id: weight}").arg(group));
            continue;
        }
        for (const auto &entry : groupEntry.value.entries()) {
            const QString id = scalarText(entry.key);
            Deployment *d = m_result.config.findDeployment(id);
            if (!d || d->group != group) {
                error(entry.key, tr("router_settings.weights names deployment '%1' in '%2', which does not exist")
                                       .arg(id, group));
                continue;
            }
            const auto number = scalarNumber(entry.value);
            if (!number || !std::isfinite(*number) || *number < 0) {
                error(entry.value, tr("weight of deployment '%1' is '%2'; it must be a number, 0 or more")
                                        .arg(id, scalarText(entry.value)));
                continue;
            }
            d->weight = number;
        }
    }
}

// One walk over the whole file for what can hide anywhere in it: environment references and
// duplicate keys.
void ConfigReader::inspectTree(YamlRef node, const QString &path, int depth)
{
    if (depth > YamlValues::kMaxDepth)
        return;
    if (node.isScalar()) {
        const QString text = scalarText(node);
        if (text.startsWith(kEnvPrefix)) {
            // Only the variable's name is reported, never a value.
            m_result.problems.append(Problem::note(
                at(node), tr("%1 is read from environment variable %2 by the router")
                              .arg(path, text.mid(kEnvPrefix.size()))));
        }
    } else if (node.isMap()) {
        QHash<QString, YamlRef> firstKeys;
        for (const auto &entry : node.entries()) {
            const QString key = scalarText(entry.key);
            const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (entry.key.isScalar() && key != QLatin1String("<<")) {
                if (const auto first = firstKeys.constFind(key); first != firstKeys.cend())
                    reportDuplicateKey(entry.key, *first, keyPath);
                else
                    firstKeys.insert(key, entry.key);
            }
            inspectTree(entry.value, keyPath, depth + 1);
        }
    } else if (node.isSequence()) {
        int i = 0;
        for (const YamlRef item : node.items())
            inspectTree(item, path + QStringLiteral("[%1]").arg(i++), depth + 1);
    }
}

void ConfigReader::reportDuplicateKey(YamlRef key, YamlRef firstKey, const QString &path)
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
    YamlTree tree;
    const YamlRef root = parseTree(tree, text, fileName, result.problems);
    if (!root.isDefined())
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
