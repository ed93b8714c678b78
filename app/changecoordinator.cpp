// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecoordinator.h"
#include "workerthread.h"

#include "auditlogwriter.h"
#include "audittrail.h"
#include "changespage.h"
#include "dataplane.h"
#include "litellmconfigcodec.h"
#include "mainwindow.h"
#include "pushroute.h"
#include "pushservice.h"
#include "rebalancepage.h"
#include "reviewdialog.h"
#include "viewformat.h"

#include <QFileSystemWatcher>

namespace RouteDeck {

namespace {

// Hands what will be done to its review; a change that changes nothing cannot be pushed.
void showPreview(ReviewDialog *review, const PushService::Preview &preview, const WeightChange &change)
{
    QString error = preview.error;
    if (change.isEmpty() && error.isEmpty())
        error = ChangeCoordinator::tr("no weight changes");
    review->setPreview(preview.calls, preview.diff, error);
}

} // namespace

ChangeCoordinator::ChangeCoordinator(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_auditPath(AuditLogWriter::defaultPath())
{ }

ChangeCoordinator::~ChangeCoordinator() = default;

ReviewDialog *ChangeCoordinator::review() const
{
    return m_review;
}

void ChangeCoordinator::setAuditLogPath(const QString &path)
{
    m_auditPath = path;
}

void ChangeCoordinator::connectTo(
    const ConnectionProfile &profile, const RouterEndpointConfig &router, DataPlane *plane)
{
    if (m_push && m_push->isBusy()) {
        letPushFinish(m_push);
    } else {
        if (m_review)
            m_review->close();
        delete m_push;
    }
    m_push = nullptr;
    m_profile = profile;
    m_plane = plane;
    m_fileDeployments.clear();
    m_fileError.clear();
    m_fileBaseRead = false;
    ++m_fileLoadGeneration; // a read of the previous profile's file, still running, is dropped
    m_selectAfterReload.clear();
    delete m_watcher;
    m_watcher = nullptr;

    PushService::Settings settings;
    settings.profile = profile.name;
    settings.readOnly = profile.readOnly;
    settings.target = profile.pushTarget == ConnectionProfile::PushTarget::File ? PushTargetKind::File
                                                                                : PushTargetKind::Router;
    settings.router = router;
    settings.configFile = profile.configFile;
    settings.afterWrite = profile.afterWrite;
    settings.afterWriteTimeoutSeconds = profile.afterWriteTimeoutSeconds;
    settings.applyTimeoutSeconds = profile.applyTimeoutSeconds;
    settings.auditLogPath = m_auditPath;
    m_push = new PushService(settings, this);
    m_convergence.reset();
    connect(m_push, &PushService::finished, this, &ChangeCoordinator::onPushFinished);
    connect(m_push, &PushService::stepFinished, this, [this](const PushStep &step) {
        if (m_review)
            m_review->addStep(step);
    });
    connect(m_push, &PushService::progress, this, [this](const QString &line) {
        if (m_review)
            m_review->addProgress(line);
    });
    // A push of this target cut off earlier (a crash, kill -9) is recorded as it really ended.
    connect(m_push, &PushService::reconciled, this, [this](const QStringList &notes) {
        m_window->showMessage(notes.join(QLatin1Char(' ')));
        reloadAudit();
    });

    RebalancePage *page = m_window->rebalancePage();
    ChangesPage *changes = m_window->changesPage();
    if (page) {
        connect(page, &RebalancePage::reviewRequested, this, &ChangeCoordinator::openReview,
            Qt::UniqueConnection);
        page->setPushRestriction(m_push->refusalReason());
    }
    if (changes) {
        connect(changes, &ChangesPage::rollbackRequested, this, &ChangeCoordinator::openRollback,
            Qt::UniqueConnection);
        // The audit log holds every profile's changes; the page lists (and rolls back) this target's.
        changes->setCurrentTarget(
            m_push->targetDescription(), [push = QPointer<PushService>(m_push)](const AuditEntry &e) {
                return push && push->reaches(e.target, e.location);
            });
    }
    if (plane) {
        connect(plane, &DataPlane::snapshotReady, this, &ChangeCoordinator::updateBase);
        connect(plane, &DataPlane::snapshotReady, this, &ChangeCoordinator::watchConvergence);
    }
    if (settings.target == PushTargetKind::File) {
        m_watcher = new QFileSystemWatcher(this);
        if (!profile.configFile.isEmpty())
            m_watcher->addPath(profile.configFile);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
            // An atomic save replaces the file: watch the new one.
            if (!m_watcher->files().contains(path))
                m_watcher->addPath(path);
            loadFileBase();
        });
        loadFileBase();
        updateBase(); // nothing of the previous profile's target meanwhile
    }
    reloadAudit();
    m_push->reconcile();
}

// A profile switch in the middle of a push: the push is not abandoned. It runs to its end (or reverts) and
// writes its outcome; its review, if open, goes on showing it; then it goes away.
void ChangeCoordinator::letPushFinish(PushService *push)
{
    push->disconnect(this);
    if (ReviewDialog *review = m_review) {
        connect(push, &PushService::stepFinished, review, &ReviewDialog::addStep);
        connect(push, &PushService::progress, review, &ReviewDialog::addProgress);
        connect(push, &PushService::finished, review, &ReviewDialog::showOutcome);
    }
    m_review = nullptr;
    connect(push, &PushService::finished, m_window, [window = m_window](const PushOutcome &outcome) {
        window->showMessage(tr("The push begun before the profile switch ended: %1: %2")
                                .arg(PushOutcome::resultName(outcome.result), outcome.message.left(200)));
    });
    connect(push, &PushService::finished, push, &QObject::deleteLater);
}

QList<Deployment> ChangeCoordinator::baseDeployments() const
{
    if (m_push && m_push->settings().target == PushTargetKind::File)
        return m_fileDeployments;
    return m_plane ? m_plane->routerDeployments() : QList<Deployment>();
}

void ChangeCoordinator::updateBase()
{
    RebalancePage *page = m_window->rebalancePage();
    if (!page || !m_push)
        return;
    const QList<Deployment> deployments = baseDeployments();
    if (!deployments.isEmpty() || m_push->settings().target == PushTargetKind::File)
        page->setDeployments(deployments, m_push->targetDescription());
}

// A config file of thousands of deployments takes a third of a second to read: on a worker thread.
void ChangeCoordinator::loadFileBase()
{
    const QString path = m_push->settings().configFile;
    WorkerThread::runLatest(
        this, m_fileLoadGeneration, [path] { return LiteLlmConfigCodec::load(path); },
        [this, path](const ConfigLoadResult &loaded) { showFileBase(path, loaded); });
}

void ChangeCoordinator::showFileBase(const QString &path, const ConfigLoadResult &loaded)
{
    m_fileBaseRead = true;
    if (loaded.ok()) {
        m_fileDeployments = loaded.config.deployments;
        m_fileError.clear();
    } else {
        m_fileError
            = loaded.problems.isEmpty() ? tr("cannot read %1").arg(path) : loaded.problems.first().toString();
        m_window->showMessage(tr("The push target cannot be read: %1").arg(m_fileError));
    }
    updateBase();
}

void ChangeCoordinator::openReview()
{
    RebalancePage *page = m_window->rebalancePage();
    if (!page || !m_push)
        return;
    const WeightPlan &plan = page->plan();
    const PlanTraffic traffic = page->traffic();
    const GuardrailReport report = Guardrails::check(plan, traffic, page->guardrailSettings());
    QString intro;
    if (const QString changed = page->baseChangedText(); !changed.isEmpty())
        intro = changed;
    showReview(plan.change(), plan.preview(traffic), report, intro, false);
}

bool ChangeCoordinator::openRollback(const AuditEntry &entry)
{
    if (!m_push)
        return false;
    if (!m_push->reaches(entry.target, entry.location)) {
        m_window->showMessage(
            tr("That change was made on the %1 %2; connect with a profile that pushes there to roll "
               "it back.")
                .arg(pushTargetName(entry.target), entry.location));
        return false;
    }
    if (m_push->settings().target == PushTargetKind::File && !m_fileBaseRead) {
        m_window->showMessage(tr("%1 is still being read; try again in a moment.").arg(m_push->location()));
        return false;
    }
    if (m_push->settings().target == PushTargetKind::File && !m_fileError.isEmpty()) {
        m_window->showMessage(tr("The push target cannot be read: %1").arg(m_fileError));
        return false;
    }
    if (!entry.changedTarget()) {
        m_window->showMessage(
            tr("That change did not change anything (%1): there is nothing to roll back.").arg(entry.result));
        return false;
    }
    // The rollback expects the target to hold what the entry set, and puts back what it had before;
    // if someone changed the weights since, the push stops with a conflict.
    QList<Deployment> expected;
    for (Deployment d : baseDeployments()) {
        if (d.group != entry.group)
            continue;
        if (entry.after.contains(d.id))
            d.weight = entry.after.value(d.id);
        expected.append(d);
    }
    if (expected.isEmpty()) {
        m_window->showMessage(tr("The group %1 is not on the %2 any more: there is nothing to roll back.")
                                  .arg(entry.group, m_push->targetDescription()));
        return false;
    }
    WeightPlan plan(entry.group, expected);
    for (auto it = entry.before.cbegin(); it != entry.before.cend(); ++it) {
        const int i = plan.indexOf(it.key());
        if (i < 0 || sameWeight(entry.after.value(it.key()), it.value()))
            continue;
        if (it.value())
            plan.setWeight(i, *it.value());
        else
            plan.removeWeight(i); // it had no weight: the rollback takes it away again
    }
    QString removalNote;
    if (const QStringList removed = plan.change().removedIds(); !removed.isEmpty()) {
        // Only a file can give a deployment its "no weight" back; a router gets 0, and the guardrails judge that.
        const PushRoute route = PushRoute::choose(plan.change(), m_push->settings().target,
            m_push->settings().configFile, m_plane ? m_plane->routerDeployments() : QList<Deployment>());
        removalNote = PushRoute::removalUnsupported(route.target, removed);
        if (!removalNote.isEmpty()) {
            for (const QString &id : removed)
                plan.setWeight(plan.indexOf(id), 0);
            removalNote = tr("%1, so the rollback sets 0: that routes like no weight only while the group's first "
                             "healthy deployment has a weight.")
                              .arg(removalNote);
        }
    }
    WeightChange change = plan.change();
    change.rollbackOf = entry.id;
    const PlanTraffic traffic
        = m_plane ? PlanTraffic::fromSnapshot(m_plane->snapshot(), entry.group) : PlanTraffic();
    GuardrailSettings settings;
    if (RebalancePage *page = m_window->rebalancePage())
        settings = page->guardrailSettings();
    settings.restoresAuditedState = true;
    const GuardrailReport report = Guardrails::check(plan, traffic, settings);
    const QString intro = tr("Rolls back the change of %1 by %2 (%3): %4.")
                              .arg(ViewFormat::clock(entry.time), entry.user, entry.result,
                                  describeWeightChanges(entry.after, entry.before))
        + (removalNote.isEmpty() ? QString() : QLatin1Char('\n') + removalNote);
    showReview(change, plan.preview(traffic), report, intro, true);
    return true;
}

void ChangeCoordinator::showReview(const WeightChange &change, const QList<PlanPreviewRow> &rows,
    const GuardrailReport &report, const QString &intro, bool rollback)
{
    if (m_review) {
        if (m_push && m_push->isBusy()) {
            m_review->raise();
            return;
        }
        m_review->close();
    }
    ReviewDialog::Content content;
    content.group = change.group;
    content.intro = intro;
    content.rows = rows;
    content.guardrails = report;
    // Deployments the router keeps in its config file go to the file (PushRoute), decided before the review.
    const PushRoute route = PushRoute::choose(change, m_push->settings().target, m_push->settings().configFile,
        m_plane ? m_plane->routerDeployments() : QList<Deployment>());
    if (!route.note.isEmpty())
        content.intro = content.intro.isEmpty() ? route.note : content.intro + QLatin1Char('\n') + route.note;
    content.target = m_push->targetDescription(route.target);
    content.previewPending = true; // startPreview() hands over the calls, the diff or why there are none
    content.refusal = route.ok() ? m_push->refusalReason(route.target) : route.error;
    content.rollback = rollback;

    auto *dialog = new ReviewDialog(content, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::pushRequested, this, [this, dialog, change, target = route.target] {
        dialog->setPushing();
        m_pushedGroup = change.group;
        m_push->push(change, target);
    });
    m_review = dialog;
    startPreview(dialog, change, route.target);
    dialog->open();
    Q_EMIT reviewOpened();
}

// What the push will do. For a file that means reading, parsing and editing the config file: on a worker
// thread, the review showing meanwhile that it is being read. A router's calls are pure computation, given
// at once through the same showPreview().
void ChangeCoordinator::startPreview(ReviewDialog *review, const WeightChange &change, PushTargetKind target)
{
    auto compute = [settings = m_push->settings(), change, target] {
        return PushService::previewOf(settings, change, target);
    };
    if (target == PushTargetKind::Router) {
        showPreview(review, compute(), change);
        return;
    }
    WorkerThread::run(this, compute, [dialog = QPointer<ReviewDialog>(review), change](const PushService::Preview &preview) {
        if (dialog) // closed before the file was read: nothing to show
            showPreview(dialog, preview, change);
    });
}

void ChangeCoordinator::onPushFinished(const PushOutcome &outcome)
{
    if (m_review && !m_review->hasOutcome())
        m_review->showOutcome(outcome);
    m_window->showMessage(
        tr("Push %1: %2").arg(PushOutcome::resultName(outcome.result), outcome.message.left(200)));
    // The newest change is the one a rollback most likely wants: "Roll Back…", then "Push". It is selected
    // once the audit log read below lands.
    if (!outcome.auditId.isEmpty())
        m_selectAfterReload = outcome.auditId;
    reloadAudit();
    if (outcome.result != PushOutcome::Result::Refused) {
        if (outcome.result != PushOutcome::Result::Conflict
            && outcome.result != PushOutcome::Result::Failed) {
            if (RebalancePage *page = m_window->rebalancePage())
                page->resetEdit();
        }
        if (m_push->settings().target == PushTargetKind::File)
            loadFileBase();
        if (m_plane)
            m_plane->refreshNow();
    }
    startConvergenceWatch(outcome);
    Q_EMIT pushFinished(outcome);
}

// After a push the router took, the observed split should follow the new weights: watch it.
void ChangeCoordinator::startConvergenceWatch(const PushOutcome &outcome)
{
    m_convergence.reset();
    const bool routerTookIt = outcome.result == PushOutcome::Result::Applied
        && (outcome.routerApplied.value_or(false) || !outcome.steps.isEmpty());
    if (!routerTookIt || !m_plane || m_pushedGroup.isEmpty())
        return;
    m_convergence.emplace(m_pushedGroup, outcome.yours, outcome.time);
}

void ChangeCoordinator::watchConvergence()
{
    if (!m_convergence || !m_plane)
        return;
    const SplitConvergence::Verdict verdict = m_convergence->check(m_plane->snapshot());
    if (verdict.state == SplitConvergence::State::Watching)
        return;
    m_window->showMessage(verdict.message);
    if (m_review)
        m_review->addProgress(verdict.message);
    m_convergence.reset();
}

// The audit log grows with every push: read on a worker thread.
void ChangeCoordinator::reloadAudit()
{
    const QString path = m_auditPath;
    WorkerThread::runLatest(
        this, m_auditGeneration,
        [path] {
            AuditLogReadResult log = AuditLogWriter(path).read();
            log.entries = AuditTrail::withoutResolvedIntents(log.entries); // one line per push
            return log;
        },
        [this, path](const AuditLogReadResult &log) { showAudit(path, log); });
}

void ChangeCoordinator::showAudit(const QString &path, const AuditLogReadResult &log)
{
    m_entries = log.entries;
    if (ChangesPage *changes = m_window->changesPage()) {
        changes->setEntries(m_entries, log.problems, path);
        if (!m_selectAfterReload.isEmpty())
            changes->selectEntry(m_selectAfterReload);
    }
    m_selectAfterReload.clear();
    updateMarkers();
}

void ChangeCoordinator::updateMarkers()
{
    if (!m_push)
        return;
    QList<TimeSeriesChart::TimeMarker> markers;
    for (const AuditEntry &e : std::as_const(m_entries)) {
        if (!e.changedTarget() || !m_push->reaches(e.target, e.location))
            continue;
        markers.append({ e.time.toMSecsSinceEpoch(),
            e.rollbackOf.isEmpty() ? tr("weights pushed: %1").arg(e.group)
                                   : tr("rolled back: %1").arg(e.group) });
    }
    m_window->setPushMarkers(markers);
}

} // namespace RouteDeck
