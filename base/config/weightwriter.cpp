// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightwriter.h"

#include "litellmconfigcodec.h"
#include "weighteditplanner_p.h"
#include "yamlsupport_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <vector>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WeightWriter", text);
}

// The whole document without the values a weight edit may change, for comparing before and after.
QVariantMap withoutWeights(QVariantMap document)
{
    const QString modelListKey = QStringLiteral("model_list");
    const QString paramsKey = QStringLiteral("litellm_params");
    QVariantList models = document.value(modelListKey).toList();
    for (QVariant &model : models) {
        QVariantMap entry = model.toMap();
        QVariantMap params = entry.value(paramsKey).toMap();
        params.remove(QStringLiteral("weight"));
        entry.insert(paramsKey, params);
        model = entry;
    }
    document.insert(modelListKey, models);
    const QString settingsKey = QStringLiteral("router_settings");
    if (document.contains(settingsKey)) {
        QVariantMap settings = document.value(settingsKey).toMap();
        settings.remove(QStringLiteral("weights"));
        document.insert(settingsKey, settings);
    }
    return document;
}

QString weightText(const std::optional<double> &weight)
{
    return weight ? QString::number(*weight) : tr("none");
}

// Weights that no file may hold: not finite, or below 0.
void checkWeightValues(const WeightMap &weights, const SourceLocation &wholeFile, Problems &problems)
{
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const std::optional<double> &weight = it.value();
        if (weight && (!std::isfinite(*weight) || *weight < 0)) {
            problems.append(Problem::error(wholeFile,
                tr("weight %1 for deployment '%2' is not allowed: a weight must be a finite number, "
                   "0 or more")
                    .arg(QString::number(*weight), it.key())));
        }
    }
}

// One deployment to edit, with the weight as the file will hold it; no text and no weight: remove it.
struct Target
{
    const Deployment *deployment;
    std::optional<QByteArray> text;
    std::optional<double> written;
};

// The deployments to edit, in file order; an unknown id is a problem.
std::vector<Target> targetsOf(
    const RouterConfig &config, const WeightMap &weights, const SourceLocation &wholeFile, Problems &problems)
{
    std::vector<Target> targets;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const Deployment *deployment = config.findDeployment(it.key());
        if (!deployment) {
            problems.append(Problem::error(wholeFile, tr("no deployment has the id '%1'").arg(it.key())));
            continue;
        }
        if (!it.value()) {
            targets.push_back({ deployment, std::nullopt, std::nullopt });
            continue;
        }
        const QByteArray text = WeightWriter::formatWeight(*it.value());
        targets.push_back({ deployment, text, text.toDouble() });
    }
    std::sort(targets.begin(), targets.end(),
        [](const Target &a, const Target &b) { return a.deployment->index < b.deployment->index; });
    return targets;
}

// The event tree of the file and its model_list node; nullptr (with a problem) when the list is not
// plain text of this file.
const YamlNode *readModelList(const QByteArray &original, const QString &fileName, YamlTree &tree, Problems &problems)
{
    if (!YamlSupport::parseTree(tree, original, fileName, problems).isDefined())
        return nullptr;
    const YamlNode *modelList = tree.root()->valueOf("model_list");
    if (!modelList || modelList->kind != YamlNode::Kind::Sequence) {
        problems.append(Problem::error({ fileName, 0, 0 },
            tr("model_list is not a list written in this file (an alias "
               "or merge?); change the weights by hand")));
        return nullptr;
    }
    return modelList;
}

struct EditPlan
{
    std::vector<Edit> edits;
    QStringList changedIds;
    WeightMap written; // every target's weight as the file will hold it
};

// The text edits that set each target's weight; a target that already has it needs none.
EditPlan planEdits(const EditPlanner &planner, const YamlNode &modelList, const std::vector<Target> &targets,
    Problems &problems)
{
    EditPlan plan;
    for (const Target &target : targets) {
        const Deployment &d = *target.deployment;
        plan.written.insert(d.id, target.written);
        if (d.weight == target.written)
            continue; // also when both are unset
        if (const auto problem = planner.plan(d, modelList, target.text, plan.edits))
            problems.append(*problem);
        else
            plan.changedIds.append(d.id);
    }
    return plan;
}

// The original text with the edits applied; nothing when two edits overlap.
std::optional<QByteArray> spliced(const QByteArray &original, std::vector<Edit> edits, const SourceLocation &wholeFile,
    Problems &problems)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.offset < b.offset; });
    QByteArray edited;
    edited.reserve(original.size() + qsizetype(edits.size()) * 16);
    qsizetype copied = 0;
    bool lastDeleted = false;
    for (const Edit &edit : edits) {
        // Two removals may share a separator ({a: 1, b: 2} loses both entries; the last two lines of a
        // file): the text either removes goes.
        if (edit.offset < copied && lastDeleted && edit.inserted.isEmpty()) {
            copied = std::max(copied, edit.offset + edit.removed);
            continue;
        }
        lastDeleted = edit.inserted.isEmpty();
        if (edit.offset < copied) {
            problems.append(Problem::error(wholeFile,
                tr("two weight changes overlap in the text; change the "
                   "weights one at a time")));
            return std::nullopt;
        }
        edited.append(original.constData() + copied, edit.offset - copied);
        edited.append(edit.inserted);
        copied = edit.offset + edit.removed;
    }
    edited.append(original.constData() + copied, original.size() - copied);
    return edited;
}

// The edited file reads as the original with exactly the asked weights: same deployments in the same
// order, the same everything else.
bool readsAsAsked(const RouterConfig &before, const RouterConfig &after, const WeightMap &written,
    const SourceLocation &wholeFile, Problems &problems)
{
    const QList<Deployment> &old = before.deployments;
    const QList<Deployment> &now = after.deployments;
    bool consistent = old.size() == now.size() && withoutWeights(before.document) == withoutWeights(after.document);
    for (qsizetype i = 0; consistent && i < old.size(); ++i) {
        const std::optional<double> expected = written.contains(old[i].id) ? written.value(old[i].id) : old[i].weight;
        if (now[i].id != old[i].id || now[i].weight != expected) {
            problems.append(Problem::error(old[i].location,
                tr("the edited text would give deployment '%1' weight %2 instead of %3; the file "
                   "was not changed, change the weight by hand")
                    .arg(old[i].id, weightText(now[i].weight), weightText(expected))));
            consistent = false;
        }
    }
    if (!consistent && !hasErrors(problems)) {
        problems.append(Problem::error(wholeFile,
            tr("the weight change would change more than weights; "
               "the file was not changed, change it by hand")));
    }
    return consistent;
}

} // namespace

WeightEditResult WeightWriter::apply(
    const QByteArray &original, const WeightMap &weights, const QString &fileName)
{
    WeightEditResult result;
    result.text = original;
    const SourceLocation wholeFile { fileName, 0, 0 };
    checkWeightValues(weights, wholeFile, result.problems);
    const ConfigLoadResult before = LiteLlmConfigCodec::parse(original, fileName);
    // A file with errors is still edited when it has deployments, because the edit may be what
    // repairs it (a weight of -1, a group whose weights are all 0); it is handed back only if the
    // edited text has no errors left.
    if (!before.ok() && before.config.deployments.isEmpty()) {
        result.problems.append(before.problems);
        return result;
    }
    // When the file had errors, they explain any refusal too.
    const auto refuse = [&result, &before] {
        if (!before.ok())
            result.problems.append(before.problems);
        return result;
    };

    const std::vector<Target> targets = targetsOf(before.config, weights, wholeFile, result.problems);
    if (hasErrors(result.problems))
        return refuse();
    YamlTree tree;
    const YamlNode *modelList = readModelList(original, fileName, tree, result.problems);
    if (!modelList)
        return refuse();
    EditPlan plan = planEdits(EditPlanner(original, fileName, tree), *modelList, targets, result.problems);
    if (hasErrors(result.problems) || (plan.edits.empty() && !before.ok()))
        return refuse();
    if (plan.edits.empty())
        return result;
    const std::optional<QByteArray> edited = spliced(original, std::move(plan.edits), wholeFile, result.problems);
    if (!edited)
        return refuse();
    // Never hand back a file that reads differently from what was asked.
    const ConfigLoadResult after = LiteLlmConfigCodec::parse(*edited, fileName);
    if (!after.ok() && !before.ok())
        return refuse();
    for (const Problem &problem : after.problems) {
        if (problem.isError())
            result.problems.append(
                Problem::error(problem.where, tr("after the weight change: %1").arg(problem.message)));
    }
    if (hasErrors(result.problems))
        return result;
    if (!readsAsAsked(before.config, after.config, plan.written, wholeFile, result.problems))
        return refuse();
    result.text = *edited;
    result.changedIds = plan.changedIds;
    return result;
}

QString WeightWriter::writeFile(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    const auto failure = [&path](const QString &reason) {
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(text) != text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return QString();
}

QByteArray WeightWriter::formatWeight(double weight)
{
    if (!std::isfinite(weight))
        return QByteArray::number(weight);
    if (weight == 0)
        return QByteArrayLiteral("0"); // also for -0
    const double magnitude = std::abs(weight);
    if (std::floor(weight) == weight && magnitude < 1e15)
        return QByteArray::number(weight, 'f', 0);
    const int exponent = int(std::floor(std::log10(magnitude)));
    const int decimals = 5 - exponent; // six significant digits
    if (exponent >= 15 || decimals > 15)
        return QByteArray::number(weight, 'g', 6);
    QByteArray text = QByteArray::number(weight, 'f', std::max(decimals, 0));
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    return text;
}

} // namespace RouteDeck
