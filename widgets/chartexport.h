// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace RouteDeck {

// "Export PNG…" and "Copy PromQL" for every chart-like widget: its context menu and its corner
// button both call populateMenu().
class ChartExport
{
public:
    // Renders the widget at the screen's device pixel ratio and writes a PNG.
    static bool savePng(QWidget *widget, const QString &path, QString *error = nullptr);
    static void populateMenu(QMenu *menu, QWidget *widget, const QString &suggestedName, const QString &promql);
    static QString fileNameFor(const QString &title); // "p95 latency: gpt-4o" -> "p95-latency-gpt-4o.png"
};

} // namespace RouteDeck
