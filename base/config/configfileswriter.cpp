// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfileswriter.h"

#include "litellmconfigcodec.h"
#include "unifieddiff.h"
#include "weightwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <map>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigFilesWriter", text);
}

// The weights one file gets, keyed by the ids that file alone gives its deployments: a derived id can
// differ between the merged config and the file read alone (twins across files), the position cannot.
using FileTargets = QList<std::pair<const Deployment *, std::optional<double>>>;

WeightMap localWeights(const ConfigLoadResult &alone, const FileTargets &targets)
{
    WeightMap weights;
    for (const auto &[deployment, weight] : targets) {
        for (const Deployment &local : alone.config.deployments) {
            if (local.indexInFile == deployment->indexInFile) {
                weights.insert(local.id, weight);
                break;
            }
        }
    }
    return weights;
}

} // namespace

QStringList ConfigFilesEditResult::changedIds() const
{
    QStringList ids;
    for (const FileWeightEdit &file : files)
        ids += file.changedIds;
    return ids;
}

QString ConfigFilesEditResult::diff() const
{
    QString text;
    for (const FileWeightEdit &file : files) {
        if (file.before != file.after)
            text += UnifiedDiff::diff(QString::fromUtf8(file.before), QString::fromUtf8(file.after), file.path, file.path);
    }
    return text;
}

ConfigFilesEditResult ConfigFilesWriter::apply(const RouterConfig &config, const WeightMap &weights)
{
    ConfigFilesEditResult result;
    std::map<QString, FileTargets> byFile; // sorted: a stable file order
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        const Deployment *d = config.findDeployment(it.key());
        if (!d) {
            result.problems.append(
                Problem::error({ config.fileName, 0, 0 }, tr("no deployment has the id '%1'").arg(it.key())));
            continue;
        }
        byFile[d->location.file.isEmpty() ? config.fileName : d->location.file].append({ d, it.value() });
    }
    if (!result.ok())
        return result;

    for (const auto &[path, targets] : byFile) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append(Problem::error({ path, 0, 0 }, tr("cannot open file: %1").arg(file.errorString())));
            continue;
        }
        FileWeightEdit edit { path, file.readAll(), {}, {} };
        const ConfigLoadResult alone = LiteLlmConfigCodec::parse(edit.before, path);
        const WeightEditResult written = WeightWriter::apply(edit.before, localWeights(alone, targets), path);
        result.problems.append(written.problems);
        edit.after = written.text;
        for (const auto &[deployment, weight] : targets) {
            Q_UNUSED(weight)
            const auto local = std::find_if(alone.config.deployments.cbegin(), alone.config.deployments.cend(),
                                            [d = deployment](const Deployment &l) { return l.indexInFile == d->indexInFile; });
            if (local != alone.config.deployments.cend() && written.changedIds.contains(local->id))
                edit.changedIds.append(deployment->id);
        }
        result.files.append(edit);
    }
    return result;
}

QString ConfigFilesWriter::changedSinceRead(const ConfigFilesEditResult &edit)
{
    for (const FileWeightEdit &file : edit.files) {
        if (file.before == file.after)
            continue;
        QFile current(file.path);
        if (!current.open(QIODevice::ReadOnly) || current.readAll() != file.before)
            return file.path;
    }
    return QString();
}

QString ConfigFilesWriter::write(const ConfigFilesEditResult &edit)
{
    QList<const FileWeightEdit *> written;
    for (const FileWeightEdit &file : edit.files) {
        if (file.before == file.after)
            continue;
        if (const QString error = WeightWriter::writeFile(file.path, file.after); !error.isEmpty()) {
            QStringList kept;
            for (const FileWeightEdit *done : std::as_const(written)) {
                if (!WeightWriter::writeFile(done->path, done->before).isEmpty())
                    kept.append(done->path);
            }
            if (kept.isEmpty())
                return written.isEmpty() ? error : error + tr("; the files written before it have their old text again");
            return error + tr("; %1 could not be given its old text back and holds the new weights")
                               .arg(kept.join(QStringLiteral(", ")));
        }
        written.append(&file);
    }
    return QString();
}

} // namespace RouteDeck
