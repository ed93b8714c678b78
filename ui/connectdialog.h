// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncheck.h"
#include "connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace RouteDeck {

// Connect… : a connection profile filled in by form instead of by hand in profiles.yaml, tried before
// it is saved. The master key comes from an environment variable the profile names, or is typed in
// (sessionKey()): kept in memory for this session only, or also in the desktop keyring when the user asks
// (profile().routerKeyInKeyring; the app layer stores it there). It is never written into the profile.
// An empty key field of a profile that keeps its key in the keyring keeps that key. "Test Connection" asks the app layer
// (testRequested) and shows each ConnectionCheck as it arrives, with what to fix.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        Saved = QDialog::Accepted,
        SavedAndConnect,
    };

    // `takenNames`: the other profiles' names, which this one may not take.
    ConnectDialog(const ConnectionProfile &profile, const QStringList &takenNames, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    QString sessionKey() const;
    // A key typed for this profile earlier in the session: shown (masked) and chosen.
    void setSessionKey(const QString &key);
    // Why the form cannot be saved or tested yet, naming the field; empty when it can.
    QString formError() const;

    void showCheck(const ConnectionCheck &check);
    void showTestFinished(bool allPassed, double scrapeIntervalSeconds);

    // For tests and screenshots.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *routerUrlEdit() const { return m_routerUrl; }
    QLineEdit *keyEnvEdit() const { return m_keyEnv; }
    QLineEdit *sessionKeyEdit() const { return m_sessionKey; }
    QRadioButton *keyFromEnvButton() const { return m_keyFromEnv; }
    QRadioButton *keyTypedButton() const { return m_keyTyped; }
    QCheckBox *rememberKeyCheck() const { return m_rememberKey; }
    QLineEdit *prometheusUrlEdit() const { return m_prometheusUrl; }
    QComboBox *flavorCombo() const { return m_flavor; }
    QPushButton *testButton() const { return m_test; }
    QTreeWidget *checkList() const { return m_checks; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *fixesLabel() const { return m_fixes; }
    static QString stepTitle(ConnectionCheck::Step step);

Q_SIGNALS:
    void testRequested(const RouteDeck::ConnectionProfile &profile, const QString &sessionKey);

private:
    QWidget *createRouterPart();
    QWidget *createPrometheusPart();
    QWidget *createOptionsPart();
    void loadProfile(const ConnectionProfile &profile);
    void applyFlavor();
    void updateAuthFields();
    void updateKeyFields();
    // An env-var field that holds something else (a pasted key) is emptied, and the message says so
    // without repeating what was pasted.
    void refuseNonVariable(QLineEdit *field);
    void requestTest();
    void finish(int outcome);
    void say(const QString &text, bool error);
    void showFixes();

    ConnectionProfile m_original;
    QStringList m_takenNames;
    QLineEdit *m_name;
    QLineEdit *m_routerUrl;
    QRadioButton *m_keyFromEnv;
    QRadioButton *m_keyTyped;
    QLineEdit *m_keyEnv;
    QLineEdit *m_sessionKey;
    QCheckBox *m_rememberKey;
    QLineEdit *m_prometheusUrl;
    QComboBox *m_flavor;
    QLineEdit *m_pathPrefix;
    QLineEdit *m_tenant;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_secretEnv;
    QLineEdit *m_caFile;
    QDoubleSpinBox *m_scrapeInterval;
    QCheckBox *m_readOnly;
    QLineEdit *m_tracesUrl;
    QTreeWidget *m_checks;
    QLabel *m_fixes; // how to fix what failed, in full
    QLabel *m_message;
    QPushButton *m_test;
};

} // namespace RouteDeck
