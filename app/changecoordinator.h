// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "connectionprofile.h"
#include "guardrails.h"
#include "routerapitypes.h"
#include "splitconvergence.h"

#include <QObject>
#include <QPointer>

class QFileSystemWatcher;

namespace RouteDeck {

class DataPlane;
class MainWindow;
class PushService;
class ReviewDialog;
struct AuditLogReadResult;
struct ConfigLoadResult;

// Wires rebalancing for one connection: feeds the Rebalance page the weights of the push target
// (router deployments from the data plane, or the config file), opens the review for an edit or for a
// rollback of an audit entry, runs the push, and afterwards refreshes the Changes page, the charts'
// push markers and the data. The config file, the audit log and the review's preview of a file push are
// read on worker threads: the window never waits for them, and only the newest read of each is shown.
class ChangeCoordinator : public QObject
{
    Q_OBJECT

public:
    explicit ChangeCoordinator(MainWindow *window, QObject *parent = nullptr);
    ~ChangeCoordinator() override;

    // Before connectTo(); the default is AuditLogWriter::defaultPath().
    void setAuditLogPath(const QString &path);
    QString auditLogPath() const { return m_auditPath; }
    void connectTo(const ConnectionProfile &profile, const RouterEndpointConfig &router, DataPlane *plane);

    PushService *pushService() const { return m_push; }
    ReviewDialog *review() const; // the open review, or null
    const QList<AuditEntry> &entries() const { return m_entries; } // as of the last audit log read shown

    void openReview();
    // False (and a message in the status bar) when the entry cannot be rolled back from here.
    bool openRollback(const AuditEntry &entry);
    void reloadAudit(); // starts a read; the Changes page and the markers follow when it lands

Q_SIGNALS:
    void reviewOpened(); // review() has it
    void pushFinished(const RouteDeck::PushOutcome &outcome);

private:
    void letPushFinish(PushService *push);
    void showReview(const WeightChange &change, const QList<PlanPreviewRow> &rows,
        const GuardrailReport &report, const QString &intro, bool rollback);
    // Hands the review what the push will do; a file's preview is read on a worker thread.
    void startPreview(ReviewDialog *review, const WeightChange &change, PushTargetKind target);
    void onPushFinished(const PushOutcome &outcome);
    void startConvergenceWatch(const PushOutcome &outcome);
    void watchConvergence();
    void updateBase();
    void loadFileBase();
    void showFileBase(const QString &path, const ConfigLoadResult &loaded); // the newest read of the file
    void showAudit(const QString &path, const AuditLogReadResult &log); // the newest read of the audit log
    QList<Deployment> baseDeployments() const;
    void updateMarkers();

    MainWindow *m_window;
    QPointer<DataPlane> m_plane;
    PushService *m_push = nullptr;
    QPointer<ReviewDialog> m_review;
    QFileSystemWatcher *m_watcher = nullptr;
    ConnectionProfile m_profile;
    QString m_auditPath;
    QList<AuditEntry> m_entries;
    QList<Deployment> m_fileDeployments;
    QString m_fileError;
    bool m_fileBaseRead = false; // the file target has been read once for this profile
    quint64 m_fileLoadGeneration = 0; // of the newest read of the config file; older reads are dropped
    quint64 m_auditGeneration = 0; // of the newest read of the audit log; older reads are dropped
    QString m_selectAfterReload; // the audit id of the push just finished, selected once the log is read
    QString m_pushedGroup; // of the push in progress or the last one
    std::optional<SplitConvergence> m_convergence; // of the last push's group, until it converges or times out
};

} // namespace RouteDeck
