// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QByteArray>

namespace RouteDeck {

struct WeightEditResult
{
    QByteArray text; // the edited file; equal to the input when nothing changed or on error
    Problems problems; // errors mean nothing was changed
    QStringList changedIds; // deployments whose weight text changed
    bool ok() const { return !hasErrors(problems); }
};

// Changes only weight values in a LiteLLM config's text: every other byte, comments, quoting and
// key order included, stays. A YAML emitter drops comments, so the edit is made in the text at
// the positions the parser reports.
class WeightWriter
{
public:
    // `weights`: deployment id (as LiteLlmConfigCodec reports it, derived ids included) -> new weight.
    // std::nullopt removes the weight: the deployment's own `weight:` entry and its router_settings.weights
    // entry go, so the file holds no weight for it, as before one was first given (what a rollback puts back).
    static WeightEditResult apply(const QByteArray &original, const WeightMap &weights,
                                  const QString &fileName = QString());

    // Atomic replace through QSaveFile. Returns an empty string on success, else a message naming the file.
    static QString writeFile(const QString &path, const QByteArray &text);

    // How a weight is written: integers without a decimal point, others with up to 6 significant digits.
    static QByteArray formatWeight(double weight);
};

} // namespace RouteDeck
