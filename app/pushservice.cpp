// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushservice.h"

#include "audittrail.h"
#include "configfileswriter.h"
#include "litellmconfigcodec.h"
#include "pushlock.h"
#include "pushroute.h"
#include "routerclient.h"
#include "viewformat.h"
#include "workerthread.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTimer>

#include <cerrno>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <type_traits>
#include <memory>
#include <unistd.h>

namespace RouteDeck {

namespace {

// Intents whose push is going on in this process (PushService objects alive and busy). The audit work
// of pushes runs on worker threads, so the set is behind a mutex.
QMutex &inFlightMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &intentsInFlight()
{
    static QSet<QString> ids;
    return ids;
}

bool isInFlight(const QString &intentId)
{
    const QMutexLocker locker(&inFlightMutex());
    return intentsInFlight().contains(intentId);
}

void setInFlight(const QString &intentId, bool inFlight)
{
    if (intentId.isEmpty())
        return;
    const QMutexLocker locker(&inFlightMutex());
    if (inFlight)
        intentsInFlight().insert(intentId);
    else
        intentsInFlight().remove(intentId);
}

// How long before a failed re-read is tried once more, when an undo depends on it (a router restarting).
constexpr int kRereadRetryMs = 500;

// An intent written on another machine is taken as cut off once it is older than any push can take
// (after_write and apply_timeout are at most an hour each).
constexpr qint64 kForeignIntentSeconds = 2 * 3600;

// Whether the push of `intent` may still be going on: its process is alive (this one, pushing it; or
// another on this machine), or it was written elsewhere not long ago.
bool stillPushing(const AuditEntry &intent)
{
    if (intent.host != QSysInfo::machineHostName())
        return intent.time.secsTo(QDateTime::currentDateTimeUtc()) < kForeignIntentSeconds;
    if (intent.pid == QCoreApplication::applicationPid())
        return isInFlight(intent.id);
    return intent.pid > 0 && (::kill(pid_t(intent.pid), 0) == 0 || errno == EPERM);
}

// "azure-primary 5.5 (new), azure-secondary 2 (as before)"
QString describeState(const WeightMap &state, const WeightMap &before)
{
    QStringList parts;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const bool unchanged = sameWeight(it.value(), before.value(it.key()));
        parts.append(QStringLiteral("%1 %2 %3")
                         .arg(it.key(), formatWeight(it.value()),
                             unchanged ? PushService::tr("(as before)") : PushService::tr("(new)")));
    }
    return parts.join(QStringLiteral(", "));
}

// "Cannot read PATH: reason" when the config cannot be opened, else empty.
QString unreadable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PushService::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

// A write that got no answer, a broken one, a timeout (408) or a server-side error (5xx: a proxy's 504
// after LiteLLM wrote, a 500 after the database was updated) may or may not have been made; the next
// re-read tells. One the router refused (4xx) or that never left (configuration, TLS) was not.
bool mayHaveBeenMade(const RouterUpdateReply &reply)
{
    if (reply.ok || reply.failure == FetchFailure::Config || reply.failure == FetchFailure::Tls)
        return false;
    const int status = reply.httpStatus;
    return status == 0 || (status >= 200 && status < 300) || status == 408 || status >= 500;
}

// What a re-read found out about a write whose answer left it unclear (no answer, or 408/5xx): for the
// step's error and for the review's progress lines.
QString settledError(const PushStep &step, bool made)
{
    if (!made)
        return step.error + QLatin1Char(' ') + PushService::tr("The re-read shows it was not made.");
    return step.httpStatus == 0
        ? PushService::tr("no answer came, but the re-read shows it was made (%1)").arg(step.error)
        : PushService::tr("HTTP %1 left it unclear, but the re-read shows it was made (%2)").arg(step.httpStatus).arg(step.error);
}

QString settledProgress(const PushStep &step, bool made)
{
    const QString id = step.deploymentId;
    const QString weight = formatWeight(step.to);
    if (step.httpStatus == 0)
        return made ? PushService::tr("%1: no answer came to setting %2, but the re-read shows it was made.").arg(id, weight)
                    : PushService::tr("%1: no answer came to setting %2, and the re-read shows it was not made.").arg(id, weight);
    const QString status = QString::number(step.httpStatus);
    return made
        ? PushService::tr("%1: HTTP %3 to setting %2 left it unclear, but the re-read shows it was made.").arg(id, weight, status)
        : PushService::tr("%1: HTTP %3 to setting %2 left it unclear, and the re-read shows it was not made.").arg(id, weight, status);
}

// Who holds a push lock, for another process that waits for it (not translated: any locale reads it).
QString lockHolder(const QString &tool, const QString &profile)
{
    return QStringLiteral("%1 pid %2, user %3, profile %4")
        .arg(tool)
        .arg(QCoreApplication::applicationPid())
        .arg(AuditLogWriter::osUser(), profile);
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems) {
        if (p.isError())
            lines.append(p.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

// The audit log's side of a push. These run on worker threads (the log is read whole and each entry is
// synced to disk) and use nothing but their arguments.
struct AuditPlace
{
    QString logPath;
    QString tool;
    PushTargetKind target = PushTargetKind::Router;
    QString location;
};

AuditPlace auditPlaceOf(const PushService &service, PushTargetKind target)
{
    return { service.settings().auditLogPath, service.settings().tool, target, service.location(target) };
}

QString intentFailure(const QString &error)
{
    return PushService::tr("Nothing was pushed: every push is recorded in the audit log before its first write, and "
                           "the record could not be written (%1).")
        .arg(error);
}

// What the audit log's part of a router push's first re-read did.
struct BaseRecord
{
    QStringList reconciled;
    QString intentError;
};

// What reconcile()'s look at the audit log found (and, for a file, did).
struct ReconcileRecord
{
    bool cutOff = false;
    QStringList notes;
};

QList<AuditEntry> cutOffIntentsAt(const AuditPlace &place)
{
    const AuditLogReadResult log = AuditLogWriter(place.logPath).read();
    return AuditTrail::cutOffIntents(log.entries, place.target, place.location, stillPushing);
}

// Ends each cut-off intent of `place` with what `deployments` (the target, just read) hold for its group.
// One at a time in this process, so that two pushes never end the same intent twice.
QStringList reconcileCutOffIntents(const AuditPlace &place, const QList<Deployment> &deployments)
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    QStringList notes;
    const AuditLogWriter log(place.logPath);
    for (const AuditEntry &intent : cutOffIntentsAt(place)) {
        AuditEntry ended = AuditTrail::reconciled(
            intent, PushService::groupWeights(deployments, intent.group), QDateTime::currentDateTimeUtc());
        ended.id = AuditLogWriter::newEntryId(ended.time);
        ended.tool = place.tool;
        ended.user = AuditLogWriter::osUser();
        const QString error = log.append(ended);
        notes.append(error.isEmpty() ? ended.error : PushService::tr("%1 (not recorded: %2)").arg(ended.error, error));
    }
    return notes;
}

// Keeps the push lock for a worker: closed when the worker's work is destroyed, also after its PushService.
struct LockHandle
{
    explicit LockHandle(int fd)
        : fd(fd)
    { }
    ~LockHandle()
    {
        if (fd >= 0)
            ::close(fd);
    }
    LockHandle(const LockHandle &) = delete;
    LockHandle &operator=(const LockHandle &) = delete;
    int fd;
};

// A file push from reading the file to reading it back, on a worker thread.
struct FileWrite
{
    PushOutcome outcome;
    bool ended = false; // failed or conflicted before or while writing: no after_write
    bool intentWritten = false;
};

FileWrite writeConfigFile(const QString &path, const WeightChange &change, const AuditPlace &place,
    const AuditEntry &intent, PushOutcome outcome)
{
    FileWrite result;
    const auto end = [&result, &outcome](PushOutcome::Result how, const QString &message) {
        outcome.result = how;
        outcome.message = message;
        result.outcome = outcome;
        result.ended = true;
        return result;
    };
    if (const QString error = unreadable(path); !error.isEmpty())
        return end(PushOutcome::Result::Failed, error + PushService::tr(" Nothing was written."));
    // The config with the files it includes: each weight goes into the file that holds its deployment.
    const ConfigLoadResult current = LiteLlmConfigCodec::load(path);
    if (!current.ok())
        return end(PushOutcome::Result::Failed,
            PushService::tr("%1 does not parse any more, so its weights cannot be checked; nothing was written.\n%2")
                .arg(QDir::toNativeSeparators(path), problemsText(current.problems)));
    outcome.reconciled = reconcileCutOffIntents(place, current.config.deployments);
    outcome.theirs = PushService::groupWeights(current.config.deployments, change.group);
    if (!sameWeights(outcome.theirs, change.before))
        return end(PushOutcome::Result::Conflict,
            PushService::tr("%1 changed since the edit started (%2). Nothing was written; compare base, theirs and "
                            "yours, then edit again from the current weights.")
                .arg(QDir::toNativeSeparators(path), describeWeightChanges(change.before, outcome.theirs)));
    const ConfigFilesEditResult edit = ConfigFilesWriter::apply(current.config, change.changedWeights());
    if (!edit.ok())
        return end(PushOutcome::Result::Failed,
            PushService::tr("The weights could not be written into %1; nothing was written.\n%2")
                .arg(QDir::toNativeSeparators(path), problemsText(edit.problems)));
    if (const QString error = AuditLogWriter(place.logPath).append(intent); !error.isEmpty())
        return end(PushOutcome::Result::Failed, intentFailure(error));
    result.intentWritten = true;
    // Editors and other computers do not take the PushLock: the text must still be what was read.
    if (const QString changed = ConfigFilesWriter::changedSinceRead(edit); !changed.isEmpty()) {
        if (const ConfigLoadResult now = LiteLlmConfigCodec::load(path); now.ok())
            outcome.theirs = PushService::groupWeights(now.config.deployments, change.group); // as it is now
        return end(PushOutcome::Result::Conflict,
            PushService::tr("%1 was changed by someone else during your push. Nothing was written; compare the "
                            "weights, then edit again from the current ones.")
                .arg(QDir::toNativeSeparators(changed)));
    }
    if (const QString error = ConfigFilesWriter::write(edit); !error.isEmpty())
        return end(PushOutcome::Result::Failed, error + PushService::tr(" The weights are unchanged."));
    const ConfigLoadResult reread = LiteLlmConfigCodec::load(path);
    outcome.result = PushOutcome::Result::Applied;
    if (reread.ok()) {
        outcome.resulting = PushService::groupWeights(reread.config.deployments, change.group);
        outcome.verified = sameWeights(outcome.resulting, outcome.yours);
        if (!outcome.verified)
            outcome.verifyProblems.append(
                PushService::tr("Read back, the file has %1").arg(formatWeights(outcome.resulting)));
    } else {
        outcome.verifyProblems.append(problemsText(reread.problems));
    }
    outcome.message = PushService::tr("Wrote %n weight(s) of %1 to %2", nullptr, int(change.changedIds().size()))
                          .arg(change.group, QDir::toNativeSeparators(path));
    outcome.message += outcome.verified
        ? PushService::tr("; read back and verified: %1.").arg(formatWeights(outcome.resulting))
        : PushService::tr("; reading it back did not confirm it: %1").arg(outcome.verifyProblems.join(QLatin1Char(' ')));
    result.outcome = outcome;
    return result;
}

} // namespace

PushService::PushService(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(new RouterClient(settings.router, this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_client, &RouterClient::deploymentsFetched, this, &PushService::onDeployments);
    connect(m_client, &RouterClient::weightUpdated, this, &PushService::onWeightUpdated);
}

namespace {
// Ends the after_write command and whatever it started (it runs in a process group of its own).
void killGroup(QProcess *process)
{
    if (const qint64 pid = process->processId(); pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process->kill();
}
} // namespace

PushService::~PushService()
{
    // Destroyed mid-push (routedeckctl giving up): the intent is no longer this process's to end, so the
    // next reconcile records how the push really ended.
    setInFlight(m_intentId, false);
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The push is abandoned with the service (profile switch, quit): its command goes with it.
        m_process->disconnect(this);
        killGroup(m_process);
        m_process->waitForFinished(1000);
    }
}

QString PushService::location(std::optional<PushTargetKind> target) const
{
    if (targetOf(target) == PushTargetKind::File)
        return QDir::toNativeSeparators(m_settings.configFile);
    return m_settings.router.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

QString PushService::targetDescription(std::optional<PushTargetKind> target) const
{
    return targetOf(target) == PushTargetKind::File ? tr("config file %1").arg(location(target))
                                                    : tr("router %1").arg(location(target));
}

bool PushService::reaches(PushTargetKind kind, const QString &where) const
{
    if (kind == PushTargetKind::File)
        return !m_settings.configFile.isEmpty() && where == location(kind);
    return kind == m_settings.target && where == location(kind);
}

QString PushService::refusalReason(std::optional<PushTargetKind> target) const
{
    if (m_settings.readOnly)
        return tr("Profile '%1' is read-only: it cannot push weight changes. Clear its read-only flag in the "
                  "connection profiles to push.")
            .arg(m_settings.profile);
    if (targetOf(target) == PushTargetKind::File && m_settings.configFile.isEmpty())
        return tr("Profile '%1' pushes to a config file, but names none (config_file).")
            .arg(m_settings.profile);
    if (targetOf(target) == PushTargetKind::Router && !m_settings.router.validate().isEmpty())
        return m_settings.router.validate();
    return {};
}

QUrl PushService::updateUrl(const QUrl &base, const QString &deploymentId)
{
    return RouterClient::updateWeightUrl(base, deploymentId);
}

QByteArray PushService::updateBody(double weight)
{
    return RouterClient::updateWeightBody(weight);
}

WeightMap PushService::groupWeights(const QList<Deployment> &deployments, const QString &group)
{
    WeightMap weights;
    for (const Deployment &d : deployments) {
        if (d.group == group)
            weights.insert(d.id, d.weight);
    }
    return weights;
}

PushService::Preview PushService::previewOf(const Settings &settings, const WeightChange &change, PushTargetKind target)
{
    Preview preview;
    const QStringList changed = change.changedIds();
    if (target == PushTargetKind::Router) {
        preview.error = PushRoute::removalUnsupported(target, change.removedIds());
        if (!preview.error.isEmpty())
            return preview;
        const QString base
            = settings.router.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
        preview.calls.append(
            tr("GET %1/v2/model/info — re-read the weights; stop if they differ from the base").arg(base));
        for (const QString &id : changed) {
            preview.calls.append(tr("GET %1/v2/model/info — re-read: stop if anyone else changed the group").arg(base));
            preview.calls.append(
                QStringLiteral("PATCH %1 %2")
                    .arg(updateUrl(settings.router.baseUrl, id).toDisplayString(QUrl::RemoveUserInfo),
                        QString::fromUtf8(updateBody(change.after.value(id).value_or(0)))));
        }
        preview.calls.append(tr("GET %1/v2/model/info — re-read the weights to verify").arg(base));
        return preview;
    }
    preview.error = unreadable(settings.configFile);
    if (!preview.error.isEmpty())
        return preview;
    const ConfigLoadResult current = LiteLlmConfigCodec::load(settings.configFile);
    if (!current.ok()) {
        preview.error = problemsText(current.problems);
        return preview;
    }
    const ConfigFilesEditResult edit = ConfigFilesWriter::apply(current.config, change.changedWeights());
    if (!edit.ok()) {
        preview.error = problemsText(edit.problems);
        return preview;
    }
    preview.diff = edit.diff();
    for (const FileWeightEdit &file : edit.files) {
        if (file.before != file.after)
            preview.calls.append(tr("Replace %1 atomically (write a temporary file, then rename it over the original)")
                                     .arg(QDir::toNativeSeparators(file.path)));
    }
    if (!settings.afterWrite.isEmpty()) {
        preview.calls.append(tr("Run the profile's after_write command (at most %1 s): %2")
                                 .arg(QString::number(settings.afterWriteTimeoutSeconds), settings.afterWrite));
        if (settings.router.validate().isEmpty())
            preview.calls.append(tr("GET %1/v2/model/info every %2 s until it reports the new weights (at most %3 s)")
                                     .arg(settings.router.baseUrl.toDisplayString(
                                              QUrl::RemoveUserInfo | QUrl::StripTrailingSlash),
                                         QString::number(settings.applyPollSeconds),
                                         QString::number(settings.applyTimeoutSeconds)));
    }
    return preview;
}

void PushService::push(const WeightChange &change, std::optional<PushTargetKind> target)
{
    if (!m_busy)
        m_target = targetOf(target);
    if (m_busy) {
        refuse(change, tr("A push is already in progress; wait for it to finish."), false);
        return;
    }
    if (change.isEmpty()) {
        refuse(change, tr("There is nothing to push: no weight of %1 changes.").arg(change.group), false);
        return;
    }
    if (const QString reason = refusalReason(m_target); !reason.isEmpty()) {
        refuse(change, reason, m_settings.readOnly);
        return;
    }
    if (const QString reason = PushRoute::removalUnsupported(m_target, change.removedIds()); !reason.isEmpty()) {
        refuse(change, reason + QLatin1Char('.'), false);
        return;
    }
    m_busy = true;
    m_change = change;
    m_outcome = PushOutcome();
    m_outcome.time = QDateTime::currentDateTimeUtc();
    m_outcome.base = change.before;
    m_outcome.yours = change.afterState();
    m_applied.clear();
    m_revertFailures.clear();
    m_failure.reset();
    m_pending.clear();
    m_intentId.clear();
    m_expected.clear();
    m_readIsFresh = false;
    m_uncertain.reset();
    m_foreign.clear();
    m_vanished.clear();
    m_overwritten.clear();
    m_zeroForUnset.clear();
    m_rereadRetried = false;
    m_phase = Phase::Lock;
    delete m_lock;
    m_lock = new PushLock(m_settings.lockDirectory, m_target, lockLocation(), this);
    connect(m_lock, &PushLock::waiting, this, [this](const QString &holder) {
        Q_EMIT progress(holder.isEmpty() ? tr("Waiting for another push to %1 to finish…").arg(location(m_target))
                                         : tr("Waiting for another push to %1 to finish (%2)…").arg(location(m_target), holder));
    });
    connect(m_lock, &PushLock::acquired, this, &PushService::onLocked);
    connect(m_lock, &PushLock::failed, this, &PushService::onLockFailed);
    const double lockSeconds = std::isfinite(m_settings.lockTimeoutSeconds) ? std::clamp(m_settings.lockTimeoutSeconds, 0.0, 3600.0) : 60.0;
    m_lock->acquire(int(lockSeconds * 1000),
        lockHolder(m_settings.tool, m_settings.profile));
}

// The target as the lock names it: the config file's canonical path, or the router's URL without user,
// query or trailing slash and with its port, so that "http://h:4000/" and "http://h:4000" are one target.
QString PushService::lockLocation() const
{
    if (m_target == PushTargetKind::File)
        return QFileInfo::exists(m_settings.configFile) ? QFileInfo(m_settings.configFile).canonicalFilePath()
                                                        : QFileInfo(m_settings.configFile).absoluteFilePath();
    QUrl url = m_settings.router.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setPort(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    return url.toString();
}

// The target is this push's alone (among RouteDeck's processes here): read it, then write.
void PushService::onLocked()
{
    if (m_phase != Phase::Lock)
        return;
    if (m_target == PushTargetKind::File) {
        pushFile();
        return;
    }
    m_phase = Phase::ReadBase;
    m_request = m_client->fetchDeployments();
}

void PushService::onLockFailed(const QString &reason)
{
    if (m_phase != Phase::Lock)
        return;
    m_outcome.result = PushOutcome::Result::Failed;
    m_outcome.message = reason + QLatin1Char(' ') + tr("Nothing was pushed.");
    finish(m_outcome);
}

// Reading, checking, writing and reading back the file run on a worker thread: a config of thousands of
// deployments takes a while to parse, and the intent is synced to disk.
void PushService::pushFile()
{
    m_phase = Phase::Apply;
    const AuditEntry intent = intentEntry();
    m_intentId = intent.id;
    setInFlight(m_intentId, true);
    // The worker keeps the lock, should this service be destroyed before it ends.
    WorkerThread::run(this, [path = m_settings.configFile, change = m_change, place = auditPlaceOf(*this, m_target), intent,
                 outcome = m_outcome, lock = std::make_shared<LockHandle>(m_lock->duplicateHandle())]() mutable {
        FileWrite written = writeConfigFile(path, change, place, intent, outcome);
        lock.reset(); // the file is written: the lock goes with the work, not when the pool drops the task
        return written;
    },
        [this](const FileWrite &written) {
            m_outcome = written.outcome;
            if (!written.intentWritten) {
                setInFlight(m_intentId, false);
                m_intentId.clear();
            }
            if (written.ended)
                finish(m_outcome);
            else
                afterFileWritten();
        });
}

// The file holds the new weights; the router reads it only when told to (restart, reload, a deploy).
void PushService::afterFileWritten()
{
    if (m_settings.afterWrite.isEmpty()) {
        finishFilePush();
        return;
    }
    runAfterWrite();
}

void PushService::runAfterWrite()
{
    m_phase = Phase::AfterWrite;
    m_outcome.afterWrite = CommandRun();
    m_outcome.afterWrite->command = m_settings.afterWrite;
    Q_EMIT progress(tr("Running after_write: %1").arg(m_settings.afterWrite));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(QFileInfo(m_settings.configFile).absolutePath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ROUTEDECK_CONFIG_FILE"), QFileInfo(m_settings.configFile).absoluteFilePath());
    env.insert(QStringLiteral("ROUTEDECK_GROUP"), m_change.group);
    env.insert(QStringLiteral("ROUTEDECK_PROFILE"), m_settings.profile);
    m_process->setProcessEnvironment(env);
    // Its own process group, so that a timeout ends the whole pipeline (git commit && git push), not only sh.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::readyRead, this, &PushService::readAfterWriteOutput);
    connect(m_process, &QProcess::finished, this, &PushService::onAfterWriteFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onAfterWriteFinished();
    });
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_outcome.afterWrite->timedOut = true;
        killGroup(m_process);
    });
    m_elapsed.start();
    m_timer->start(int(m_settings.afterWriteTimeoutSeconds * 1000));
    m_process->start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), m_settings.afterWrite });
}

void PushService::readAfterWriteOutput()
{
    QString &output = m_outcome.afterWrite->output;
    output += QString::fromLocal8Bit(m_process->readAll());
    if (output.size() > CommandRun::kMaxOutput)
        output = output.right(CommandRun::kMaxOutput);
}

void PushService::onAfterWriteFinished()
{
    if (m_phase != Phase::AfterWrite)
        return;
    m_timer->stop();
    readAfterWriteOutput();
    CommandRun &run = *m_outcome.afterWrite;
    run.msecs = m_elapsed.elapsed();
    run.started = m_process->error() != QProcess::FailedToStart;
    if (!run.started)
        run.output = m_process->errorString();
    else if (!run.timedOut)
        run.exitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->deleteLater();
    m_process = nullptr;
    Q_EMIT progress(tr("after_write %1").arg(run.summary()));
    if (run.ok() && m_settings.router.validate().isEmpty())
        startWatchingRouter();
    else
        finishFilePush();
}

void PushService::startWatchingRouter()
{
    m_phase = Phase::WatchRouter;
    Q_EMIT progress(tr("Waiting for the router to report the new weights…"));
    m_elapsed.start();
    m_timer->disconnect();
    connect(m_timer, &QTimer::timeout, this, &PushService::pollRouter);
    pollRouter();
}

void PushService::pollRouter()
{
    m_request = m_client->fetchDeployments();
}

// Done when every changed weight reads back from the router as written; else poll until apply_timeout.
void PushService::watchRouter(const RouterDeploymentsReply &reply)
{
    QStringList pending;
    const WeightMap routerWeights = reply.ok ? groupWeights(reply.deployments, m_change.group) : WeightMap();
    for (const QString &id : m_change.changedIds()) {
        if (!routerWeights.contains(id) || !sameWeight(routerWeights.value(id), m_change.after.value(id)))
            pending.append(id);
    }
    const double seconds = double(m_elapsed.elapsed()) / 1000.0;
    if (pending.isEmpty()) {
        m_outcome.routerApplied = true;
        Q_EMIT progress(tr("The router reports the new weights after %1 s.").arg(seconds, 0, 'f', 1));
        finishFilePush();
        return;
    }
    if (seconds + m_settings.applyPollSeconds > m_settings.applyTimeoutSeconds) {
        m_outcome.routerApplied = false;
        m_outcome.verifyProblems.append(
            reply.ok ? tr("after %1 s the router still reports %2 for %3: it has not loaded the file (check "
                          "the after_write command, or whether the router reads this file)")
                           .arg(seconds, 0, 'f', 0)
                           .arg(formatWeights(routerWeights), m_change.group)
                     : tr("after %1 s the router still does not answer: %2").arg(seconds, 0, 'f', 0).arg(reply.errorString));
        finishFilePush();
        return;
    }
    m_timer->start(int(m_settings.applyPollSeconds * 1000));
}

void PushService::finishFilePush()
{
    PushOutcome &outcome = m_outcome;
    if (const std::optional<CommandRun> &run = outcome.afterWrite; run && !run->ok()) {
        outcome.verifyProblems.append(tr("after_write %1; the file has the new weights, the router may not have "
                                         "loaded them")
                                          .arg(run->summary()));
    }
    if (outcome.afterWrite && outcome.afterWrite->ok())
        outcome.message += QLatin1Char(' ') + tr("after_write %1.").arg(outcome.afterWrite->summary());
    if (outcome.routerApplied.value_or(false))
        outcome.message += QLatin1Char(' ') + tr("The router reports the new weights.");
    const bool routerProblem = (outcome.afterWrite && !outcome.afterWrite->ok()) || outcome.routerApplied == false;
    if (routerProblem) {
        outcome.verified = false;
        outcome.message += QLatin1Char(' ') + outcome.verifyProblems.last() + QLatin1Char('.');
    }
    finish(outcome);
}

void PushService::onDeployments(quint64 id, const RouterDeploymentsReply &reply)
{
    if (id != 0 && id == m_reconcileRequest) {
        m_reconcileRequest = 0;
        if (!reply.ok) {
            m_reconciling = false;
            return; // the next push reconciles
        }
        WorkerThread::run(this, [place = auditPlaceOf(*this, PushTargetKind::Router), deployments = reply.deployments] {
            return reconcileCutOffIntents(place, deployments);
        },
            [this](const QStringList &notes) {
                m_reconciling = false;
                if (!notes.isEmpty())
                    Q_EMIT reconciled(notes);
            });
        return;
    }
    if (id != m_request || !m_busy)
        return;
    switch (m_phase) {
    case Phase::WatchRouter:
        watchRouter(reply);
        return;
    case Phase::ReadBase:
        checkBase(reply);
        return;
    case Phase::Apply:
    case Phase::Revert:
        checkBeforeWrite(reply);
        return;
    case Phase::Verify:
        checkAfterLastWrite(reply);
        return;
    case Phase::Idle:
    case Phase::Lock:
    case Phase::AfterWrite:
        return;
    }
}

// The first re-read: the group must still hold the change's base, else nothing is applied.
void PushService::checkBase(const RouterDeploymentsReply &reply)
{
    const QString url = location(m_target);
    if (!reply.ok) {
        m_outcome.result = PushOutcome::Result::Failed;
        m_outcome.message
            = tr("Could not re-read the current weights from %1 before applying: %2 Nothing was applied.")
                  .arg(url, reply.errorString);
        finish(m_outcome);
        return;
    }
    m_outcome.theirs = groupWeights(reply.deployments, m_change.group);
    const bool conflict = !sameWeights(m_outcome.theirs, m_change.before);
    // The audit log's part runs on a worker thread: cut-off pushes are ended, then the intent is synced.
    AuditEntry intent;
    if (!conflict) {
        intent = intentEntry();
        m_intentId = intent.id;
        setInFlight(m_intentId, true);
    }
    WorkerThread::run(this, 
        [place = auditPlaceOf(*this, m_target), deployments = reply.deployments, intent, conflict] {
            BaseRecord record;
            record.reconciled = reconcileCutOffIntents(place, deployments);
            if (!conflict)
                record.intentError = AuditLogWriter(place.logPath).append(intent);
            return record;
        },
        [this, conflict](const BaseRecord &record) { applyFromBase(record.reconciled, record.intentError, conflict); });
}

// After the base was checked and the audit log updated: stop at a conflict or an unwritten intent, else apply.
void PushService::applyFromBase(const QStringList &reconciled, const QString &intentError, bool conflict)
{
    m_outcome.reconciled = reconciled;
    if (conflict) {
        m_outcome.result = PushOutcome::Result::Conflict;
        const QString what = m_outcome.theirs.isEmpty()
            ? tr("the group has no deployments any more")
            : describeWeightChanges(m_change.before, m_outcome.theirs);
        m_outcome.message
            = tr("The weights of %1 on the router changed since the edit started (%2). Nothing was "
                 "applied; compare base, theirs and yours, then edit again from the current weights.")
                  .arg(m_change.group, what.isEmpty() ? tr("deployments were added or removed") : what);
        finish(m_outcome);
        return;
    }
    if (!intentError.isEmpty()) {
        setInFlight(m_intentId, false);
        m_intentId.clear();
        m_outcome.result = PushOutcome::Result::Failed;
        m_outcome.message = intentFailure(intentError);
        finish(m_outcome);
        return;
    }
    m_expected = m_outcome.theirs;
    m_phase = Phase::Apply;
    m_pending = m_change.changedIds();
    // The audit work took a while (the log read whole, the intent synced): re-read before the first write too.
    m_readIsFresh = false;
    nextCall();
}

// The re-read before each write. It settles a write whose answer left it unclear; and when someone
// else changed the group, applying stops and this push's own writes are undone, except those someone
// else has overwritten since.
void PushService::checkBeforeWrite(const RouterDeploymentsReply &reply)
{
    if (!reply.ok) {
        if (m_phase == Phase::Apply) {
            // Writing on without knowing what is there could overwrite someone else's change: stop.
            PushStep stopped;
            stopped.deploymentId = m_pending.first();
            stopped.from = m_change.before.value(stopped.deploymentId);
            stopped.to = m_change.after.value(stopped.deploymentId).value_or(0.0); // push() refused removals
            stopped.error = tr("the weights could not be re-read before writing it: %1").arg(reply.errorString);
            m_failure = stopped;
            startRevert();
        } else if (!std::exchange(m_rereadRetried, true)) {
            // Once more, a moment later, before giving up on this undo: undoing blind could overwrite
            // someone else's value.
            QTimer::singleShot(kRereadRetryMs, this, [this] {
                if (m_busy && m_phase == Phase::Revert)
                    nextCall();
            });
            return;
        } else {
            m_rereadRetried = false;
            PushStep notUndone;
            notUndone.deploymentId = m_pending.takeFirst();
            notUndone.revert = true;
            notUndone.from = m_expected.value(notUndone.deploymentId);
            notUndone.to = m_change.before.value(notUndone.deploymentId).value_or(0.0);
            notUndone.error = tr("not undone: the weights could not be re-read to check nobody else had set it (%1)")
                                  .arg(reply.errorString);
            m_revertFailures.append(notUndone);
            m_outcome.steps.append(notUndone);
            Q_EMIT stepFinished(notUndone);
        }
        nextCall();
        return;
    }
    m_rereadRetried = false;
    const WeightMap current = groupWeights(reply.deployments, m_change.group);
    resolveUncertainWrite(current);
    const bool someoneElse = noteForeignValues(current);
    if (m_phase == Phase::Apply && (someoneElse || m_failure))
        startRevert();
    if (m_phase == Phase::Revert)
        skipOverwrittenReverts(current);
    m_readIsFresh = true;
    nextCall();
}

// The re-read after the last write: verifies, and when it finds someone else's values while this push was
// still applying, undoes this push's writes that still hold before the outcome.
void PushService::checkAfterLastWrite(const RouterDeploymentsReply &reply)
{
    if (reply.ok) {
        const WeightMap current = groupWeights(reply.deployments, m_change.group);
        const bool wasApplying = !m_failure && m_foreign.isEmpty() && m_vanished.isEmpty();
        resolveUncertainWrite(current);
        noteForeignValues(current);
        if (wasApplying && (m_failure || !m_foreign.isEmpty() || !m_vanished.isEmpty())) {
            startRevert();
            skipOverwrittenReverts(current);
            if (!m_pending.isEmpty()) {
                m_readIsFresh = true;
                nextCall();
                return;
            }
        }
    }
    finishRouterPush(&reply);
}

// A write without an answer, settled by what the group holds now: made (it counts as done), not made
// (an apply is a failure, a revert a revert failure), or neither (someone else's value: noteForeignValues).
void PushService::resolveUncertainWrite(const WeightMap &current)
{
    if (!m_uncertain)
        return;
    const PushStep step = *m_uncertain;
    m_uncertain.reset();
    const QString &id = step.deploymentId;
    const bool made = current.contains(id) && sameWeight(current.value(id), step.to);
    const bool notMade = current.contains(id) && sameWeight(current.value(id), m_expected.value(id));
    if (!made && !notMade)
        return;
    for (auto it = m_outcome.steps.rbegin(); it != m_outcome.steps.rend(); ++it) {
        if (it->deploymentId == id && it->revert == step.revert && !it->ok) {
            it->ok = made;
            it->error = settledError(step, made);
            break;
        }
    }
    Q_EMIT progress(settledProgress(step, made));
    if (made) {
        landed(step);
        return;
    }
    PushStep failed = step;
    failed.error = settledError(step, false);
    if (step.revert)
        m_revertFailures.append(failed);
    else
        m_failure = failed;
}

// Values of the group that are neither what this push wrote nor what it found, and deployments that
// disappeared: someone else's change. Returns whether there are new ones.
bool PushService::noteForeignValues(const WeightMap &current)
{
    bool found = false;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (m_expected.contains(it.key()) && sameWeight(it.value(), m_expected.value(it.key())))
            continue;
        if (m_uncertain && m_uncertain->deploymentId == it.key())
            continue; // unsettled: neither known to be ours nor not
        if (m_foreign.contains(it.key()) && sameWeight(m_foreign.value(it.key()), it.value()))
            continue;
        m_foreign.insert(it.key(), it.value());
        found = true;
    }
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (!current.contains(it.key()) && !m_vanished.contains(it.key())) {
            m_vanished.append(it.key());
            found = true;
        }
    }
    return found;
}

// From applying to undoing: the writes that landed, newest first, and a write still unsettled (undoing a
// write that was not made only sets the base again).
void PushService::startRevert()
{
    m_phase = Phase::Revert;
    m_pending.clear();
    if (m_uncertain && !m_uncertain->revert)
        m_pending.append(m_uncertain->deploymentId);
    for (auto it = m_applied.crbegin(); it != m_applied.crend(); ++it)
        m_pending.append(it->deploymentId);
}

// Own writes that someone else has overwritten since are not undone: their value stays.
void PushService::skipOverwrittenReverts(const WeightMap &current)
{
    while (!m_pending.isEmpty()) {
        const QString id = m_pending.first();
        const bool unsettled = m_uncertain && m_uncertain->deploymentId == id;
        if (unsettled || (current.contains(id) && sameWeight(current.value(id), m_expected.value(id))))
            return;
        PushStep left;
        left.deploymentId = id;
        left.revert = true;
        left.from = m_expected.value(id);
        left.to = m_change.before.value(id).value_or(0.0);
        left.error = current.contains(id) ? tr("left at %1, as someone else set it").arg(formatWeight(current.value(id)))
                                          : tr("removed by someone else");
        m_overwritten.append(left);
        m_pending.removeFirst();
    }
}

void PushService::nextCall()
{
    if (m_pending.isEmpty()) {
        startVerify();
        return;
    }
    if (!m_readIsFresh) {
        // The admin API has no compare-and-set: re-read right before each write (checkBeforeWrite).
        m_request = m_client->fetchDeployments();
        return;
    }
    m_readIsFresh = false;
    const QString id = m_pending.takeFirst();
    m_current = PushStep();
    m_current.deploymentId = id;
    if (m_phase == Phase::Apply) {
        m_current.from = m_change.before.value(id);
        m_current.to = m_change.after.value(id).value_or(0.0); // push() refused removals
    } else {
        // Undo: back to the base. A deployment that had no weight gets 0: LiteLLM's PATCH cannot remove a
        // weight (update_db_model drops a null weight: it is not in NULL_CLEARABLE_LITELLM_PARAMS), and the
        // legacy POST /model/update that could would also drop every other extra parameter. 0 does not route
        // like no weight (simple_shuffle weighs only when the first deployment has one), so it is told.
        m_current.revert = true;
        if (m_uncertain && !m_uncertain->revert && m_uncertain->deploymentId == id)
            m_uncertain.reset(); // undoing decides its value now
        m_current.from = m_change.after.value(id);
        m_current.to = m_change.before.value(id).value_or(0.0);
    }
    m_request = m_client->updateWeight(id, m_current.to);
}

void PushService::onWeightUpdated(quint64 id, const RouterUpdateReply &reply)
{
    if (id != m_request || !m_busy)
        return;
    PushStep step = m_current;
    step.ok = reply.ok;
    step.httpStatus = reply.httpStatus;
    step.error = reply.ok ? QString() : reply.errorString;
    m_outcome.steps.append(step);
    Q_EMIT stepFinished(step);
    if (step.ok) {
        landed(step);
    } else if (mayHaveBeenMade(reply)) {
        m_uncertain = step; // the next re-read tells
    } else if (m_phase == Phase::Apply) {
        m_failure = step;
        startRevert();
    } else {
        m_revertFailures.append(step);
    }
    nextCall();
}

// A write the router has taken (answered, or found by a re-read).
void PushService::landed(const PushStep &step)
{
    m_expected.insert(step.deploymentId, step.to);
    if (!step.revert)
        m_applied.append(step);
    else if (!m_change.before.value(step.deploymentId) && !m_zeroForUnset.contains(step.deploymentId))
        m_zeroForUnset.append(step.deploymentId); // see nextCall(): 0 where there was no weight
}

void PushService::startVerify()
{
    m_phase = Phase::Verify;
    m_request = m_client->fetchDeployments();
}

void PushService::finishRouterPush(const RouterDeploymentsReply *reread)
{
    PushOutcome &outcome = m_outcome;
    // What the router holds as far as the calls' answers and the re-reads tell: this push's writes that
    // landed, over someone else's values where there were any.
    WeightMap expected = m_expected;
    for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
        if (!expected.contains(it.key()) || !sameWeight(expected.value(it.key()), it.value()))
            expected.insert(it.key(), it.value());
    }
    for (const QString &id : std::as_const(m_vanished))
        expected.remove(id);
    if (reread && reread->ok) {
        outcome.resulting = groupWeights(reread->deployments, m_change.group);
        outcome.verified = sameWeights(outcome.resulting, expected);
        if (!outcome.verified)
            outcome.verifyProblems.append(
                tr("re-read weights differ from what the calls reported: expected %1")
                    .arg(formatWeights(expected)));
    } else {
        outcome.verifyProblems.append(
            tr("re-reading the weights failed: %1").arg(reread ? reread->errorString : tr("no answer")));
    }
    const WeightMap &state = outcome.verified || !outcome.resulting.isEmpty() ? outcome.resulting : expected;
    const QString stateText = describeState(state, m_change.before);
    const QString url = location(m_target);
    const QString unsettled = m_uncertain
        ? unsettledText()
        : QString();

    const bool zeroForUnset = !m_zeroForUnset.isEmpty();
    if (!m_foreign.isEmpty() || !m_vanished.isEmpty()) {
        outcome.result = m_revertFailures.isEmpty() && !m_uncertain && !zeroForUnset ? PushOutcome::Result::Conflict
                                                                                      : PushOutcome::Result::Partial;
        outcome.theirs = state; // what the target holds now, someone else's values in it
        outcome.message = conflictText();
    } else if (!m_failure && m_uncertain) {
        outcome.result = PushOutcome::Result::Partial;
        outcome.message = unsettled + QLatin1Char(' ')
            + tr("The router may hold the change in part; re-read it and push again or set the weights by hand.");
    } else if (!m_failure) {
        outcome.result = PushOutcome::Result::Applied;
        outcome.message
            = tr("Pushed %n weight(s) of %1 to %2.", nullptr, int(m_applied.size())).arg(m_change.group, url);
    } else {
        const QString failed
            = tr("Setting %1 to %2 failed: %3")
                  .arg(m_failure->deploymentId, formatWeight(m_failure->to), m_failure->error);
        if (m_applied.isEmpty() && !m_uncertain) {
            outcome.result = PushOutcome::Result::Failed;
            outcome.message = failed + QLatin1Char(' ') + tr("Nothing was applied.");
        } else if (m_revertFailures.isEmpty() && !m_uncertain && !zeroForUnset) {
            outcome.result = PushOutcome::Result::Reverted;
            outcome.message = failed + QLatin1Char(' ')
                + tr("The %n call(s) already applied were reverted; the router is back where it was.",
                    nullptr, int(m_applied.size()));
        } else if (m_revertFailures.isEmpty() && !m_uncertain) {
            outcome.result = PushOutcome::Result::Partial;
            outcome.message = failed + QLatin1Char(' ')
                + tr("The %n call(s) already applied were reverted.", nullptr, int(m_applied.size()));
        } else {
            outcome.result = PushOutcome::Result::Partial;
            QStringList stuck;
            for (const PushStep &s : std::as_const(m_revertFailures))
                stuck.append(tr("%1 (%2)").arg(s.deploymentId, s.error));
            outcome.message = failed + QLatin1Char(' ')
                + (stuck.isEmpty() ? unsettled
                                   : tr("Reverting failed too for %1: the router is in a mixed state. Set those "
                                        "weights by hand or push again.")
                                         .arg(stuck.join(QStringLiteral("; "))));
        }
    }
    if (zeroForUnset)
        outcome.message += QLatin1Char(' ') + unsetNote();
    if (outcome.verified)
        outcome.message += QLatin1Char(' ') + tr("Re-read from the router: %1.").arg(stateText);
    else
        outcome.message += QLatin1Char(' ')
            + tr("Could not verify (%1); as far as the calls' answers tell, the router has: %2.")
                  .arg(outcome.verifyProblems.join(QStringLiteral("; ")), stateText);
    finish(outcome);
}

// A write whose answer left it unclear, and no re-read could settle it.
QString PushService::unsettledText() const
{
    const QString id = m_uncertain->deploymentId;
    const QString weight = formatWeight(m_uncertain->to);
    if (m_uncertain->httpStatus == 0)
        return tr("No answer came to setting %1 to %2, and no re-read could tell whether it was made.").arg(id, weight);
    return tr("HTTP %3 to setting %1 to %2 left it unclear whether it was made, and no re-read could tell.")
        .arg(id, weight, QString::number(m_uncertain->httpStatus));
}

// Undoing gave 0 to deployments that had no weight (see nextCall()): say so, and what it means.
QString PushService::unsetNote() const
{
    return tr("%1 had no weight before; LiteLLM's admin API cannot remove a weight, so undoing set it to 0. That "
              "routes like no weight while another healthy deployment of the group has a weight, but not when it is "
              "the only one left (LiteLLM then has no weight to pick it by). Remove the weight in the router's "
              "database or config by hand if that matters.")
        .arg(ViewFormat::joinNames(m_zeroForUnset));
}

// "Someone else changed gpt-4o-mini on http://… during your push: openai-direct 3 (before 1, yours 1). …"
QString PushService::conflictText() const
{
    QStringList found;
    for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
        const QString &id = it.key();
        if (!m_change.before.contains(id))
            found.append(tr("%1 was added (weight %2)").arg(id, formatWeight(it.value())));
        else
            found.append(tr("%1 %2 (before %3, yours %4)")
                             .arg(id, formatWeight(it.value()), formatWeight(m_change.before.value(id)),
                                 formatWeight(m_change.afterState().value(id))));
    }
    for (const QString &id : m_vanished)
        found.append(tr("%1 was removed").arg(id));
    QString text = tr("Someone else changed %1 on %2 during your push: %3.")
                       .arg(m_change.group, location(m_target), found.join(QStringLiteral(", ")));
    const bool settled = !m_uncertain && m_revertFailures.isEmpty() && m_zeroForUnset.isEmpty();
    if (settled && m_applied.isEmpty() && m_overwritten.isEmpty())
        text += QLatin1Char(' ') + tr("None of your weights was left applied.");
    else if (settled && m_overwritten.isEmpty())
        text += QLatin1Char(' ') + tr("Your %n write(s) were undone, so that their change stands alone.", nullptr, int(m_applied.size()));
    QStringList left;
    for (const PushStep &s : m_overwritten)
        left.append(tr("%1 (%2)").arg(s.deploymentId, s.error));
    if (!left.isEmpty())
        text += QLatin1Char(' ') + tr("Not undone because someone else has set them since: %1.").arg(left.join(QStringLiteral("; ")));
    QStringList stuck;
    for (const PushStep &s : m_revertFailures)
        stuck.append(tr("%1 (%2)").arg(s.deploymentId, s.error));
    if (!stuck.isEmpty())
        text += QLatin1Char(' ') + tr("Undoing failed for %1: the router holds part of your change.").arg(stuck.join(QStringLiteral("; ")));
    if (m_uncertain)
        text += QLatin1Char(' ') + unsettledText();
    return text + QLatin1Char(' ') + tr("Compare the weights, then edit again from the current ones.");
}

AuditEntry PushService::auditEntryFor(const WeightChange &change, const PushOutcome &outcome) const
{
    AuditEntry entry;
    entry.time = outcome.time.isValid() ? outcome.time : QDateTime::currentDateTimeUtc();
    entry.id = AuditLogWriter::newEntryId(entry.time);
    entry.profile = m_settings.profile;
    entry.user = AuditLogWriter::osUser();
    entry.tool = m_settings.tool;
    entry.target = m_target;
    entry.location = location(m_target);
    entry.group = change.group;
    entry.before = change.before;
    entry.after = change.afterState();
    entry.result = PushOutcome::resultName(outcome.result);
    if (outcome.result != PushOutcome::Result::Applied)
        entry.error = outcome.message;
    else if (!outcome.verified)
        entry.error = outcome.verifyProblems.join(QStringLiteral("; "));
    entry.resulting = outcome.resulting;
    entry.rollbackOf = change.rollbackOf;
    entry.afterWrite = outcome.afterWrite;
    entry.routerApplied = outcome.routerApplied;
    entry.resolves = m_intentId;
    return entry;
}

// The intent of the push in progress: written before its first write, resolved by its outcome.
AuditEntry PushService::intentEntry() const
{
    AuditEntry intent = auditEntryFor(m_change, m_outcome);
    intent.result = QString::fromLatin1(AuditEntry::kPendingResult);
    intent.error.clear();
    intent.resulting.clear();
    intent.resolves.clear();
    intent.host = QSysInfo::machineHostName();
    intent.pid = QCoreApplication::applicationPid();
    return intent;
}

void PushService::reconcile()
{
    if (m_busy || m_reconciling)
        return;
    m_reconciling = true;
    const PushTargetKind target = m_settings.target;
    // Reading the log (and, for a file, the config) runs on a worker thread; a router is read only when
    // there are cut-off intents to end.
    WorkerThread::run(this, 
        [place = auditPlaceOf(*this, target), configFile = m_settings.configFile] {
            ReconcileRecord record;
            record.cutOff = !cutOffIntentsAt(place).isEmpty();
            if (record.cutOff && place.target == PushTargetKind::File) {
                const ConfigLoadResult current = LiteLlmConfigCodec::load(configFile);
                if (current.ok()) // else the next push reports why the file cannot be read
                    record.notes = reconcileCutOffIntents(place, current.config.deployments);
            }
            return record;
        },
        [this, target](const ReconcileRecord &record) {
            if (record.cutOff && target == PushTargetKind::Router && !m_busy) {
                m_reconcileRequest = m_client->fetchDeployments();
                return;
            }
            m_reconciling = false;
            if (!record.notes.isEmpty())
                Q_EMIT reconciled(record.notes);
        });
}

void PushService::refuse(const WeightChange &change, const QString &reason, bool audit)
{
    PushOutcome outcome;
    outcome.result = PushOutcome::Result::Refused;
    outcome.message = reason;
    outcome.time = QDateTime::currentDateTimeUtc();
    outcome.base = change.before;
    outcome.yours = change.afterState();
    if (!audit) {
        QMetaObject::invokeMethod(this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    const AuditEntry entry = auditEntryFor(change, outcome);
    WorkerThread::run(this, [path = m_settings.auditLogPath, entry] { return AuditLogWriter(path).append(entry); },
        [this, outcome, id = entry.id](const QString &error) mutable {
            outcome.auditError = error;
            outcome.auditId = error.isEmpty() ? id : QString();
            Q_EMIT finished(outcome);
        });
}

// The outcome goes into the audit log (on a worker thread, synced) before the push lets go of the target.
void PushService::finish(PushOutcome outcome)
{
    m_phase = Phase::Idle;
    m_request = 0;
    const AuditEntry entry = auditEntryFor(m_change, outcome);
    auto lock = std::make_shared<LockHandle>(m_lock ? m_lock->duplicateHandle() : -1);
    WorkerThread::run(this, [path = m_settings.auditLogPath, entry, lock]() mutable {
        const QString error = AuditLogWriter(path).append(entry);
        lock.reset();
        return error;
    },
        [this, outcome, id = entry.id](const QString &error) mutable {
            outcome.auditError = error;
            outcome.auditId = error.isEmpty() ? id : QString();
            setInFlight(m_intentId, false);
            if (!outcome.reconciled.isEmpty())
                outcome.message = tr("First, an earlier push was found cut off and recorded: %1")
                                      .arg(outcome.reconciled.join(QLatin1Char(' ')))
                    + QLatin1Char('\n') + outcome.message;
            m_busy = false;
            if (m_lock)
                m_lock->release();
            Q_EMIT finished(outcome);
        });
}

} // namespace RouteDeck
