// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>
#include <QHash>

namespace RouteDeck {

struct FileWeightEdit
{
    QString path;
    QByteArray before;
    QByteArray after;
    QStringList changedIds; // as the merged config names them
};

struct ConfigFilesEditResult
{
    QList<FileWeightEdit> files; // only the files that hold a deployment whose weight is set
    Problems problems; // errors mean nothing may be written
    bool ok() const { return !hasErrors(problems); }
    QStringList changedIds() const;
    QString diff() const; // unified diffs of the changed files, one after the other
};

// Weight edits for a config whose deployments may live in files it includes (`include:`): each weight
// is written into the file that holds its deployment, with WeightWriter's in-place edit.
class ConfigFilesWriter
{
public:
    // `config` is the merged load (LiteLlmConfigCodec::load); `weights` are keyed by its deployment ids.
    static ConfigFilesEditResult apply(const RouterConfig &config, const WeightMap &weights);
    // Replaces each changed file atomically, in order. When one cannot be written, the files already
    // written get their text back, so the set is never left half changed. Empty on success.
    static QString write(const ConfigFilesEditResult &edit);
    // The first file to be written whose text is no longer what apply() read (someone else wrote it
    // since); empty when none has changed. Checked right before write(), it leaves a short window: the
    // time write() takes to replace the files, one after the other, each synced.
    static QString changedSinceRead(const ConfigFilesEditResult &edit);
};

} // namespace RouteDeck
