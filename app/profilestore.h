// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "dataplane.h"

namespace RouteDeck {

// The user's connection profiles file and the step from a profile to live settings: environment
// variables are read here, at connect time, and the secrets go nowhere else.
class ProfileStore
{
public:
    static QString defaultPath(); // <config dir>/RouteDeck/profiles.yaml
    static QList<ConnectionProfile> load(const QString &path, Problems *problems);
    static QString save(const QString &path, const QList<ConnectionProfile> &profiles); // error or empty

    // Data plane settings for a profile; problems name missing variables or an unreadable catalog.
    static DataPlane::Settings settingsFor(const ConnectionProfile &profile, Problems *problems);
};

} // namespace RouteDeck
