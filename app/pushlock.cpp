// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushlock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace RouteDeck {

namespace {
constexpr int kRetryMs = 5;
constexpr qint64 kHolderBytes = 512;

// Creates the lock folder (only its owner may enter) and checks it is this user's: in /tmp another user
// could have made it first. Empty when it is fine, else why not.
QString checkFolder(const QString &folder)
{
    QDir dir(folder);
    if (!dir.exists() && !dir.mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) && !dir.exists())
        return PushLock::tr("Cannot create the folder of the push lock %1.").arg(QDir::toNativeSeparators(folder));
    if (QFileInfo(folder).ownerId() != ::getuid())
        return PushLock::tr("The folder of the push lock %1 belongs to another user; remove it.")
            .arg(QDir::toNativeSeparators(folder));
    return {};
}
} // namespace

PushLock::PushLock(const QString &directory, PushTargetKind target, const QString &location, QObject *parent)
    : QObject(parent)
    , m_path(QDir(directory.isEmpty() ? defaultDirectory() : directory).filePath(fileNameFor(target, location)))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (tryOnce())
            return;
        if (m_fd < 0)
            return; // tryOnce() reported why
        if (!m_toldWaiting) {
            m_toldWaiting = true;
            Q_EMIT waiting(currentHolder());
        }
        if (QDateTime::currentMSecsSinceEpoch() >= m_deadline) {
            const QString holder = currentHolder();
            release();
            Q_EMIT failed(tr("Another push to the same target is still in progress%1; try again when it has "
                             "finished (lock file %2).")
                              .arg(holder.isEmpty() ? QString() : tr(" (%1)").arg(holder), QDir::toNativeSeparators(m_path)));
            return;
        }
        m_retry->start(kRetryMs);
    });
}

PushLock::~PushLock()
{
    release();
}

// By the user, not by the environment: the console, routedeckctl from a shell, from cron or through sudo
// must find the same file. /run/user/<uid>/routedeck where systemd made the user's runtime folder, else
// /tmp/routedeck-<uid>. Not QStandardPaths (it follows XDG_RUNTIME_DIR, and warns on stderr without it).
QString PushLock::defaultDirectory()
{
    const uint uid = ::getuid();
    const QString run = QStringLiteral("/run/user/%1").arg(uid);
    if (QFileInfo(run).isDir() && QFileInfo(run).ownerId() == uid)
        return run + QStringLiteral("/routedeck");
    return QStringLiteral("/tmp/routedeck-%1").arg(uid); // not QDir::tempPath(): TMPDIR differs between sessions
}

// "push-router-<sha1 of the URL>.lock": one file per target, whatever characters its location has.
QString PushLock::fileNameFor(PushTargetKind target, const QString &location)
{
    const QByteArray hash = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return QStringLiteral("push-%1-%2.lock")
        .arg(target == PushTargetKind::File ? QStringLiteral("file") : QStringLiteral("router"), QString::fromLatin1(hash));
}

void PushLock::acquire(int timeoutMs, const QString &holder)
{
    release();
    m_holder = holder;
    m_toldWaiting = false;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + std::max(timeoutMs, 0);
    if (const QString problem = checkFolder(QFileInfo(m_path).absolutePath()); !problem.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, problem] { Q_EMIT failed(problem); }, Qt::QueuedConnection);
        return;
    }
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const QString reason = tr("Cannot open the push lock %1: %2.")
                                   .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno)));
        QMetaObject::invokeMethod(this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
        return;
    }
    // Always from the event loop, never inside acquire(): callers connect and store state first.
    m_retry->start(0);
}

// One non-blocking attempt; true when the lock is now held (acquired() was emitted).
bool PushLock::tryOnce()
{
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK || errno == EINTR)
            return false;
        const QString reason = tr("Cannot lock %1: %2.")
                                   .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno)));
        release();
        Q_EMIT failed(reason);
        return false;
    }
    m_held = true;
    // Who holds it, for those who wait: written under the lock, so never torn.
    const QByteArray holder = m_holder.toUtf8().left(kHolderBytes);
    if (::ftruncate(m_fd, 0) == 0)
        (void)::pwrite(m_fd, holder.constData(), size_t(holder.size()), 0);
    Q_EMIT acquired();
    return true;
}

QString PushLock::currentHolder() const
{
    if (m_fd < 0)
        return {};
    char buffer[kHolderBytes];
    const ssize_t n = ::pread(m_fd, buffer, sizeof buffer, 0);
    return n > 0 ? QString::fromUtf8(buffer, qsizetype(n)).simplified() : QString();
}

int PushLock::duplicateHandle() const
{
    return isHeld() ? ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0) : -1;
}

void PushLock::release()
{
    m_retry->stop();
    if (m_fd >= 0) {
        if (m_held)
            (void)::ftruncate(m_fd, 0);
        ::close(m_fd); // ends the flock()
    }
    m_fd = -1;
    m_held = false;
}

} // namespace RouteDeck
