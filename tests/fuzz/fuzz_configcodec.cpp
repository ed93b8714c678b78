// SPDX-License-Identifier: GPL-3.0-or-later
// The LiteLLM config codec, and the weight writer on what it read: every deployment's weight changed, the
// result read again. Nothing may crash, hang or trip a sanitizer, whatever the text.
#include "fuzzinput.h"
#include "litellmconfigcodec.h"
#include "weightwriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = RouteDeck::Fuzz::bytes(data, size);
    const RouteDeck::ConfigLoadResult config = RouteDeck::LiteLlmConfigCodec::parse(text, QStringLiteral("fuzz.yaml"));
    // Every deployment gets a new weight, but every third loses its weight.
    RouteDeck::WeightMap weights;
    int n = 0;
    for (const RouteDeck::Deployment &d : config.config.deployments) {
        ++n;
        weights.insert(d.id, n % 3 == 0 ? std::nullopt : std::optional(double(n)));
    }
    const RouteDeck::WeightEditResult edit = RouteDeck::WeightWriter::apply(text, weights, QStringLiteral("fuzz.yaml"));
    if (edit.ok() && edit.text != text)
        (void)RouteDeck::LiteLlmConfigCodec::parse(edit.text, QStringLiteral("fuzz.yaml"));
    return 0;
}
