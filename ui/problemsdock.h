// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QDockWidget>

class QTreeWidget;

namespace RouteDeck {

// Lists a file's problems (errors, warnings, notes) with their file:line:column.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    void setProblems(const Problems &problems);
    int problemCount() const;

private:
    QTreeWidget *m_tree;
};

} // namespace RouteDeck
