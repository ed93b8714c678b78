// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace RouteDeck {

class ChangeModel;

// Who changed which weights, when, and how it ended: the audit log, newest first. The newest entry is
// selected, so rolling back the last change is "Roll back…" then "Push" in the review.
class ChangesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPage(QWidget *parent = nullptr);

    // Entries in log order (oldest first); problems from reading the log (e.g. a truncated last line).
    void setEntries(const QList<AuditEntry> &entries, const Problems &problems, const QString &path);
    const AuditEntry *selectedEntry() const;
    bool selectEntry(const QString &id);

    ChangeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QLabel *logLabel() const { return m_log; }

Q_SIGNALS:
    void rollbackRequested(const RouteDeck::AuditEntry &entry);

private:
    void updateButtons();

    ChangeModel *m_model;
    QTableView *m_table;
    QPushButton *m_rollback;
    QLabel *m_log;
};

} // namespace RouteDeck
