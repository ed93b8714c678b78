// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewthresholds.h"

#include <QCoreApplication>

namespace RouteDeck {

QString healthName(Health health)
{
    switch (health) {
    case Health::Critical:
        return QCoreApplication::translate("Health", "critical");
    case Health::Error:
        return QCoreApplication::translate("Health", "error");
    case Health::Warning:
        return QCoreApplication::translate("Health", "warning");
    case Health::Ok:
        return QCoreApplication::translate("Health", "ok");
    case Health::Unknown:
        return QCoreApplication::translate("Health", "no data");
    }
    return {};
}

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Critical:
        return QColor(0xd62728);
    case Health::Error:
        return QColor(0xff7f0e);
    case Health::Warning:
        return QColor(0xe0a000);
    case Health::Ok:
        return QColor(0x2e9d4f);
    case Health::Unknown:
        return QColor(0x8c8c8c);
    }
    return QColor(0x8c8c8c);
}

} // namespace RouteDeck
