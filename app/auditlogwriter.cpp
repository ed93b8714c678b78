// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogwriter.h"

#include "jsonlinesfile.h"

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

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLogWriter", text);
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
    return JsonLinesFile::append(m_path, AuditLogCodec::encode(entry), tr("the audit log"));
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
    // getpwuid_r: pushes record the user from worker threads too (getpwuid shares one buffer).
    passwd entry {};
    passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(::geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
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
