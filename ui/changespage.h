// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace RouteDeck {

class ChangeModel;

// Who changed which weights, when, and how it ended: the audit log, newest first. The newest entry is
// selected, so rolling back the last change is "Roll back…" then "Push" in the review.
// The log is shared by every profile; by default the page lists only the entries of the target this
// console pushes to, and only those can be rolled back from here.
class ChangesPage : public QWidget
{
    Q_OBJECT

public:
    enum class TargetFilter
    {
        CurrentTarget,
        AllTargets
    };
    Q_ENUM(TargetFilter)

    explicit ChangesPage(QWidget *parent = nullptr);

    // Entries in log order (oldest first); problems from reading the log (e.g. a truncated last line).
    void setEntries(const QList<AuditEntry> &entries, const Problems &problems, const QString &path);
    // The target this console pushes to: "router http://127.0.0.1:4000", "config file /etc/config.yaml",
    // and which entries are about it. Until this is called, every entry counts as current.
    void setCurrentTarget(const QString &description, std::function<bool(const AuditEntry &)> isCurrent);
    void setTargetFilter(TargetFilter filter);
    TargetFilter targetFilter() const;

    const AuditEntry *selectedEntry() const;
    // Shows all targets first when the filter hides the entry.
    bool selectEntry(const QString &id);

    ChangeModel *model() const { return m_model; } // every entry, whatever the filter shows
    QTableView *table() const { return m_table; } // shows m_model through the target filter
    QPushButton *rollbackButton() const { return m_rollback; }
    QLabel *logLabel() const { return m_log; }
    QComboBox *targetFilterBox() const { return m_targetFilter; }
    QLabel *hiddenLabel() const { return m_hidden; }

Q_SIGNALS:
    void rollbackRequested(const RouteDeck::AuditEntry &entry);

private:
    void applyTargetFilter();
    void selectNewestIfNone();
    void updateHiddenCount();
    void updateButtons();

    ChangeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_targetFilter;
    QLabel *m_hidden;
    QPushButton *m_rollback;
    QLabel *m_log;
    QString m_targetDescription; // empty until setCurrentTarget()
};

} // namespace RouteDeck
