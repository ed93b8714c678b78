// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "guardrails.h"
#include "weightplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace RouteDeck {

// The last look before a push: before/after weights and shares, the predicted traffic shift, the
// guardrails' messages and exactly what will be done (the API calls, or the file's diff). A risky
// change needs the group name typed before Push is enabled. The dialog stays open while the push runs
// and then tells the outcome: the state the target is in, or on a conflict base / theirs / yours.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    struct Content
    {
        QString group;
        QString intro; // e.g. "Rolls back the change of 12:03:10 by alice."
        QList<PlanPreviewRow> rows;
        GuardrailReport guardrails;
        QString target; // "router http://127.0.0.1:4000"
        QStringList calls; // what will be done, in order
        QString diff; // for a file target
        QString previewError; // what will be done cannot be known: no push
        QString refusal; // the profile cannot push (read-only): no push
        bool rollback = false;
        // calls, diff and previewError come later, by setPreview(); no push until then
        bool previewPending = false;
    };

    explicit ReviewDialog(const Content &content, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    const Content &content() const { return m_content; }
    bool needsTypedConfirmation() const;
    bool canPush() const; // the preview is in, nothing refuses and the confirmation (if needed) is typed
    // What will be done, once it is known (the target read): fills what Content's calls, diff and
    // previewError fill, and lets Push follow the same rules as a review opened with them.
    void setPreview(const QStringList &calls, const QString &diff, const QString &error);

    // The push runs: the buttons wait, the calls' results appear as they come.
    void setPushing();
    // Esc, Cancel and the window's close button do nothing while the push runs: it ends or reverts by
    // itself, and the dialog shows how.
    void reject() override;
    void addStep(const PushStep &step);
    void addProgress(const QString &line); // e.g. the after_write command's result, convergence
    void showOutcome(const PushOutcome &outcome);
    bool hasOutcome() const { return m_finished; }
    QString outcomeText() const;

    QPushButton *pushButton() const { return m_push; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QTableWidget *weightsTable() const { return m_weights; }
    QPlainTextEdit *actionsView() const { return m_actions; }
    QTableWidget *conflictTable() const { return m_conflict; }

Q_SIGNALS:
    void pushRequested();

private:
    // The constructor's steps, in the order it takes them.
    QLabel *createWeights(); // returns the traffic shift label below the table
    void setupGuardrails();
    void setupActions();
    void setupConfirmation();
    void setupOutcome();
    void setupButtons();

    void showActions(); // the calls and diff (or that they are being read) and the label above them
    void focusNextStep(); // the group name when it must be typed, else Push
    void updatePushButton();

    Content m_content;
    QTableWidget *m_weights;
    QLabel *m_guardrails;
    QLabel *m_actionsLabel; // above the actions: says whether a diff follows
    QPlainTextEdit *m_actions;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmation;
    QLabel *m_outcome;
    QTableWidget *m_conflict;
    QDialogButtonBox *m_buttons;
    QPushButton *m_push;
    QStringList m_progress;
    bool m_pushing = false;
    bool m_finished = false;
};

} // namespace RouteDeck
