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
    // The file edited in place (ProfileFileEditor): one profile replaced (`oldName`) or added (empty or
    // unknown `oldName`), or removed; comments and the other profiles stay. The error, or empty; `note`
    // says when the file had to be written anew. Blocking file I/O: call it off the GUI thread.
    static QString saveProfile(const QString &path, const QString &oldName, const ConnectionProfile &profile, QString *note);
    static QString removeProfile(const QString &path, const QString &name);

    // Data plane settings for a profile; problems name missing variables or an unreadable catalog. What
    // ConnectionProfiles::refuseSecrets() refuses is not used, and secrets held in environment variables
    // are not read for plain http:// to another computer unless the profile says allow_insecure: true.
    static DataPlane::Settings settingsFor(const ConnectionProfile &profile, Problems *problems);
};

} // namespace RouteDeck
