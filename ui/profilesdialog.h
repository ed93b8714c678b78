// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace RouteDeck {

// Connection Profiles…: the saved profiles, to connect to, edit, duplicate or delete. The dialog only
// asks (signals); the app layer changes profiles.yaml and calls setProfiles() with what it holds then.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names, const QString &current);
    QString selectedName() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void newRequested();
    void editRequested(const QString &name);
    void duplicateRequested(const QString &name);
    void deleteRequested(const QString &name);
    void connectRequested(const QString &name);

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_connect;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
};

} // namespace RouteDeck
