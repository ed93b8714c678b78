// SPDX-License-Identifier: GPL-3.0-or-later
// The query catalog: a catalog file, and its templates rendered with ordinary parameters.
#include "fuzzinput.h"
#include "querycatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RouteDeck::Problems problems;
    const RouteDeck::QueryCatalog catalog
        = RouteDeck::QueryCatalog::parse(RouteDeck::Fuzz::bytes(data, size), QStringLiteral("catalog.yaml"), &problems);
    if (catalog.isValid()) {
        for (const QString &name : RouteDeck::QueryCatalog::requiredQueries())
            (void)catalog.render(name, {});
    }
    return 0;
}
