// SPDX-License-Identifier: GPL-3.0-or-later
// The connection profiles loader, and each profile it kept written out and read again.
#include "connectionprofile.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RouteDeck::Problems problems;
    const QList<RouteDeck::ConnectionProfile> profiles
        = RouteDeck::ConnectionProfiles::parse(RouteDeck::Fuzz::bytes(data, size), QStringLiteral("profiles.yaml"), &problems);
    RouteDeck::Problems again;
    (void)RouteDeck::ConnectionProfiles::parse(RouteDeck::ConnectionProfiles::serialize(profiles), QStringLiteral("profiles.yaml"), &again);
    return 0;
}
