// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of a router's configuration. They cross every layer (codec, share math, simulator,
// clients, item models), so they live here and depend on nothing but Qt Core.

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace RouteDeck {

// Where something is in a text file; line and column are 1-based, 0 means "unknown".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

struct Problem
{
    // Errors make a file unusable, warnings are likely mistakes, notes are facts worth knowing
    // (such as an os.environ/ reference) that need no action.
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    SourceLocation where;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString severityName() const; // "error", "warning", "note"
    static Problem error(const SourceLocation &where, const QString &message);
    static Problem warning(const SourceLocation &where, const QString &message);
    static Problem note(const SourceLocation &where, const QString &message);
    // "config.yaml:12:7: error: weight of deployment 'azure-primary' is -1; weights must be >= 0"
    QString toString() const;
};
using Problems = QList<Problem>;

// Weights of a model group by deployment id; std::nullopt: the deployment has no weight set.
using WeightMap = QMap<QString, std::optional<double>>;
bool hasErrors(const Problems &problems);
bool hasErrorsOrWarnings(const Problems &problems);

// One entry of `model_list`.
struct Deployment
{
    QString id; // model_info.id, or derived from content when absent (see LiteLlmConfigCodec)
    bool idDerived = false;
    QString group; // model_name: the alias clients ask for
    QString model; // litellm_params.model, e.g. "azure/gpt-4o-mini-ptu"
    QString provider; // from the model prefix ("azure"), "openai" when there is none
    QString apiBase;
    std::optional<double> weight;
    std::optional<double> rpm; // litellm_params.rpm: what simple_shuffle weighs by
    std::optional<double> tpm; // litellm_params.tpm
    // rpm/tpm beside litellm_params (old configs): LiteLLM's rate limiting reads them, simple_shuffle does not.
    std::optional<double> topLevelRpm;
    std::optional<double> topLevelTpm;
    std::optional<int> order;
    std::optional<double> cooldownTime; // seconds, per deployment
    QVariantMap litellmParams; // everything under litellm_params, secrets included
    QVariantMap modelInfo;
    SourceLocation location; // of the list item, in the file that holds it (the config or one it includes)
    int index = 0; // position in model_list, after LiteLLM has merged the included files' lists in
    int indexInFile = 0; // position in the model_list of the file that holds it

    // "azure/gpt-4o" -> "azure"; custom_llm_provider wins; no prefix means "openai", as in LiteLLM.
    static QString providerOf(const QString &model, const QString &customLlmProvider = QString());
    // The deployment's rate limits, wherever the config puts them (litellm_params first, as LiteLLM reads them).
    std::optional<double> rpmLimit() const { return rpm ? rpm : topLevelRpm; }
    std::optional<double> tpmLimit() const { return tpm ? tpm : topLevelTpm; }
    // litellm_params without secrets (api_key & co.), as an admin API returns them.
    QVariantMap publicParams() const;

    // Where a router keeps the deployment, as /model/info says (model_info.db_model, LiteLLM's
    // types/router.py: "to separate models which are stored in the db vs. config"). LiteLLM's admin API
    // updates database models only; a config-file model answers PATCH /model/{id}/update with 400
    // "Cannot edit config-based model" and changes in the file. Unknown for a deployment read from a
    // file, or from a router that does not say.
    enum class Storage { Unknown, ConfigFile, Database };
    Storage storage() const;

    friend bool operator==(const Deployment &, const Deployment &) = default;
};

struct FallbackRule
{
    QString group;
    QStringList fallbacks;
    friend bool operator==(const FallbackRule &, const FallbackRule &) = default;
};

struct RouterSettings
{
    QString routingStrategy = QStringLiteral("simple-shuffle");
    std::optional<int> numRetries;
    std::optional<int> allowedFails;
    std::optional<double> cooldownTime; // seconds
    bool disableCooldowns = false;
    QList<FallbackRule> fallbacks;
    QVariantMap raw; // the whole router_settings map, unknown keys included

    static constexpr double kDefaultCooldownSeconds = 5.0;
    int effectiveNumRetries() const { return numRetries.value_or(0); }
    double effectiveCooldown() const { return cooldownTime.value_or(kDefaultCooldownSeconds); }
    QStringList fallbacksFor(const QString &group) const;
};

struct RouterConfig
{
    QString fileName;
    QStringList includedFiles; // `include:` files as read (paths relative to the config's folder resolved)
    QList<Deployment> deployments;
    RouterSettings settings;
    QString masterKey; // general_settings.master_key when given literally (never logged)
    QVariantMap document; // the whole file as plain values, for sections RouteDeck does not model

    QStringList groupNames() const; // in order of first appearance
    QList<Deployment> deploymentsInGroup(const QString &group) const;
    const Deployment *findDeployment(const QString &id) const;
    Deployment *findDeployment(const QString &id);
    double cooldownFor(const Deployment &deployment) const;
};

} // namespace RouteDeck

Q_DECLARE_METATYPE(RouteDeck::Deployment)
Q_DECLARE_METATYPE(RouteDeck::RouterConfig)
Q_DECLARE_METATYPE(RouteDeck::Problems)
