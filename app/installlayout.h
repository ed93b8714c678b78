// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace RouteDeck {

// Where the files installed beside the programs are, found from the running executable so that an
// installed RouteDeck never reads the source tree and a relocated prefix still works: <bindir>/
// ROUTEDECK_BIN_TO_DATA is <prefix>/share/routedeck. The build tree mirrors that layout (see
// app/CMakeLists.txt), so the same lookup serves `build/<preset>/app/routedeck`.
class InstallLayout
{
public:
    static QString dataDir();
    static QString translationsDir();
};

} // namespace RouteDeck
