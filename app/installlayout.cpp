// SPDX-License-Identifier: GPL-3.0-or-later
#include "installlayout.h"

#include <QCoreApplication>
#include <QDir>

namespace RouteDeck {

QString InstallLayout::dataDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" ROUTEDECK_BIN_TO_DATA));
}

QString InstallLayout::translationsDir()
{
    return dataDir() + QStringLiteral("/translations");
}

} // namespace RouteDeck
