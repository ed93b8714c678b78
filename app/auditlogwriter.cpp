// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLogWriter", text);
}

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}
} // namespace

AuditLogWriter::AuditLogWriter(const QString &path)
    : m_path(path)
{ }

QString AuditLogWriter::defaultPath()
{
    const QString overridden = qEnvironmentVariable("ROUTEDECK_AUDIT_LOG");
    if (!overridden.isEmpty())
        return overridden;
    // Generic, not per application: the console and routedeckctl write one log.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/RouteDeck/audit.jsonl");
}

QString AuditLogWriter::append(const AuditEntry &entry) const
{
    const QString where = QDir::toNativeSeparators(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return tr("Could not create the folder of the audit log %1.").arg(where);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return tr("Could not open the audit log %1: %2").arg(where, file.errorString());
    QByteArray line = AuditLogCodec::encode(entry);
    // A crash mid-write leaves a line without its end; close it so this entry starts a line of its own.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n');
    file.seek(file.size());
    if (file.write(line) != line.size())
        return tr("Could not write to the audit log %1: %2").arg(where, file.errorString());
    if (!file.flush() || !syncToDisk(file))
        return tr("Could not sync the audit log %1 to disk: %2").arg(where, file.errorString());
    return {};
}

AuditLogReadResult AuditLogWriter::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        AuditLogReadResult result;
        result.problems.append(
            Problem::error({ m_path, 0, 0 }, tr("cannot read the audit log: %1").arg(file.errorString())));
        return result;
    }
    return AuditLogCodec::decode(file.readAll(), m_path);
}

QString AuditLogWriter::osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}

QString AuditLogWriter::newEntryId(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
              .rightJustified(6, QLatin1Char('0'));
}

} // namespace RouteDeck
