// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditlogwriter.h"
#include "changetypes.h"
#include "routerapitypes.h"

#include <QElapsedTimer>
#include <QObject>

class QProcess;
class QTimer;

namespace RouteDeck {

class PushLock;
class RouterClient;

// Applies a reviewed WeightChange to a profile's push target and writes the audit entry.
//
// A push first takes the target's PushLock, so that the pushes of RouteDeck processes on this computer
// never interleave; it holds it until its outcome.
// Router target: re-reads the weights just before applying; when they differ from the change's base,
// nothing is applied and the outcome carries base, theirs and yours. Otherwise one PATCH
// /model/{id}/update per changed deployment, one after another, each after a re-read of the group (the
// admin API has no compare-and-set): a value that is neither this push's nor the base is someone else's
// change, and the push stops, undoes its own writes that still hold and reports a conflict with the
// values, never success. A PATCH without an answer may or may not have been made: the next re-read tells.
// When a call fails, the ones already applied are reverted, newest first. Then the weights are re-read
// to verify and to tell exactly what state the router is in.
// File target: the same check against the file's current weights, then the comment-preserving
// write-back (WeightWriter) replaces the file atomically unless its text changed since it was read, and the file is read back to verify. Then the
// profile's after_write command (if any) runs, without blocking, with a timeout; and when a router is
// configured, /model/info is polled until it reports the new weights or apply_timeout passes.
// A push may go to the file although the profile pushes to the router: PushRoute decides.
// Read-only profiles refuse. Every push ends with exactly one finished() signal.
// Write-ahead audit: before the first write (PATCH or file replace) an intent entry is appended and
// synced; the outcome entry resolves it. When the intent cannot be written, nothing is pushed. Before
// each push, and on reconcile(), intents of this target that were cut off (their process is gone) are
// ended with an entry saying what the target really holds (AuditTrail).
class PushService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString profile;
        bool readOnly = false;
        PushTargetKind target = PushTargetKind::Router;
        RouterEndpointConfig router;
        QString configFile; // for PushTargetKind::File
        QString afterWrite; // shell command run after a file push (ConnectionProfile::afterWrite)
        double afterWriteTimeoutSeconds = 120;
        double applyTimeoutSeconds = 180;
        double applyPollSeconds = 2;
        QString tool = QStringLiteral("routedeck");
        QString auditLogPath = AuditLogWriter::defaultPath();
        QString lockDirectory; // of the PushLock; empty: the user's runtime directory
        double lockTimeoutSeconds = 60; // waiting for another push to the same target
    };

    // Exactly what push() will do, for the review: the API calls, or the file's diff.
    struct Preview
    {
        QStringList calls;
        QString diff;
        QString error; // e.g. the file cannot be read; the change cannot be pushed as it stands
    };

    explicit PushService(const Settings &settings, QObject *parent = nullptr);
    ~PushService() override;

    const Settings &settings() const { return m_settings; }
    // Each of these is about the profile's own target unless `target` names another (see PushRoute).
    // "router http://127.0.0.1:4000", "config file /etc/litellm/config.yaml"
    QString targetDescription(std::optional<PushTargetKind> target = std::nullopt) const;
    // The URL without credentials, or the file path
    QString location(std::optional<PushTargetKind> target = std::nullopt) const;
    // Why this profile cannot push there; empty when it can
    QString refusalReason(std::optional<PushTargetKind> target = std::nullopt) const;
    Preview preview(const WeightChange &change, std::optional<PushTargetKind> target = std::nullopt) const
    {
        return previewOf(m_settings, change, targetOf(target));
    }
    // The same for any settings, reading the config file for a file target: safe on a worker thread.
    static Preview previewOf(const Settings &settings, const WeightChange &change, PushTargetKind target);
    // Whether this profile pushes to (kind, location): the target of an audit entry it can roll back.
    bool reaches(PushTargetKind kind, const QString &location) const;
    bool isBusy() const { return m_busy; }

    void push(const WeightChange &change, std::optional<PushTargetKind> target = std::nullopt);
    // Ends the cut-off intents of the profile's target (re-reading it only when there are some); emits
    // reconciled() when any were ended. Nothing happens while a push is in progress (it reconciles first).
    void reconcile();

    // PATCH URL of one deployment's weight update.
    static QUrl updateUrl(const QUrl &base, const QString &deploymentId);
    static QByteArray updateBody(double weight);
    static WeightMap groupWeights(const QList<Deployment> &deployments, const QString &group);

Q_SIGNALS:
    void stepFinished(const RouteDeck::PushStep &step);
    void progress(const QString &line); // after_write and apply-watch milestones, for the review
    void finished(const RouteDeck::PushOutcome &outcome);
    void reconciled(const QStringList &notes); // one per cut-off push ended, for a person

private:
    enum class Phase
    {
        Idle,
        Lock,
        ReadBase,
        Apply,
        Revert,
        Verify,
        AfterWrite,
        WatchRouter
    };

    PushTargetKind targetOf(std::optional<PushTargetKind> target) const { return target.value_or(m_settings.target); }
    QString lockLocation() const;
    void onLocked();
    void onLockFailed(const QString &reason);
    void pushFile();
    void afterFileWritten();
    void runAfterWrite();
    void readAfterWriteOutput();
    void onAfterWriteFinished();
    void startWatchingRouter();
    void pollRouter();
    void watchRouter(const RouterDeploymentsReply &reply);
    void finishFilePush();
    void onDeployments(quint64 id, const RouterDeploymentsReply &reply);
    void checkBase(const RouterDeploymentsReply &reply);
    void checkBeforeWrite(const RouterDeploymentsReply &reply);
    void checkAfterLastWrite(const RouterDeploymentsReply &reply);
    void resolveUncertainWrite(const WeightMap &current);
    bool noteForeignValues(const WeightMap &current);
    void startRevert();
    void skipOverwrittenReverts(const WeightMap &current);
    void onWeightUpdated(quint64 id, const RouterUpdateReply &reply);
    void nextCall();
    void startVerify();
    QString conflictText() const;
    QString unsetNote() const;
    QString unsettledText() const;
    void landed(const PushStep &step);
    void finishRouterPush(const RouterDeploymentsReply *reread);
    void finish(PushOutcome outcome);
    void refuse(const WeightChange &change, const QString &reason, bool audit);
    AuditEntry auditEntryFor(const WeightChange &change, const PushOutcome &outcome) const;
    AuditEntry intentEntry() const;
    void applyFromBase(const QStringList &reconciled, const QString &intentError, bool conflict);

    Settings m_settings;
    RouterClient *m_client;
    PushLock *m_lock = nullptr; // of the push in progress
    QProcess *m_process = nullptr;
    QTimer *m_timer; // after_write's timeout, then the router poll
    QElapsedTimer m_elapsed;
    PushTargetKind m_target = PushTargetKind::Router; // of the push in progress
    bool m_busy = false;
    Phase m_phase = Phase::Idle;
    quint64 m_request = 0;
    quint64 m_reconcileRequest = 0; // reconcile()'s re-read of the router
    bool m_reconciling = false; // reconcile() is under way
    QString m_intentId; // of the push in progress, once written
    WeightChange m_change;
    PushOutcome m_outcome;
    QStringList m_pending; // deployments still to PATCH (apply or revert)
    QList<PushStep> m_applied; // successful apply steps, oldest first
    std::optional<PushStep> m_failure; // the apply step that failed
    QList<PushStep> m_revertFailures;
    PushStep m_current;
    // Router pushes: what the group holds as far as this push knows (theirs, then each write that landed).
    WeightMap m_expected;
    bool m_readIsFresh = false; // the last call was a re-read: the next write may go
    std::optional<PushStep> m_uncertain; // a write that got no answer, until a re-read tells
    WeightMap m_foreign; // values that are neither this push's nor the base: someone else's, as found
    QStringList m_vanished; // deployments of the group that disappeared during the push
    QList<PushStep> m_overwritten; // own writes someone else had overwritten before they could be undone
    QStringList m_zeroForUnset; // deployments without a weight that undoing set to 0 (the API cannot unset)
    bool m_rereadRetried = false; // a failed re-read before an undo was tried once more
};

} // namespace RouteDeck
