// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "changetypes.h"
#include "dataplane.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace RouteDeck {

// The connection options every routedeckctl command that talks to a router or Prometheus shares, in one
// place: --profile NAME (from profiles.yaml), --router URL, --prometheus URL, --router-key-env NAME and
// --scrape-interval S. An option given on the command line wins over the profile's value.
class CtlConnection
{
    Q_DECLARE_TR_FUNCTIONS(RouteDeck::CtlConnection)

public:
    struct Help // what the URLs are for in this command, for --help
    {
        QString router;
        QString prometheus;
    };
    static void addOptions(QCommandLineParser &parser, const Help &help = Help());

    struct Result
    {
        DataPlane::Settings endpoints; // the profile's, with the options applied
        std::optional<ConnectionProfile> profile; // when --profile named one
        QString error; // a usage error ("no profile 'x' in FILE"); empty when usable
    };
    static Result read(const QCommandLineParser &parser, Problems *problems);

    // Starts the data plane and runs the event loop until both sources (and the router's version check)
    // have answered or `timeout` seconds pass; the snapshot then, with a source that never answered as
    // unreachable.
    static Snapshot waitForSnapshot(DataPlane &plane, double timeout);

    // The read-only profile that points at this router (its URL, ignoring credentials and a trailing /)
    // or config file (the same file, links resolved), if there is one: writes there are refused even
    // when no --profile was given.
    static std::optional<ConnectionProfile> readOnlyProfileFor(PushTargetKind kind, const QString &location);

private:
    static QString keyFromKeyring(const QString &profile, Problems *problems);
};

} // namespace RouteDeck
