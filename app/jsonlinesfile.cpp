// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace RouteDeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonLinesFile", text);
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

QString JsonLinesFile::append(const QString &path, QByteArray line, const QString &what)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Could not create the folder of %1 %2.").arg(what, where);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return tr("Could not open %1 %2: %3").arg(what, where, file.errorString());
    // A crash mid-write leaves a line without its end; close it so this entry starts a line of its own.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n');
    file.seek(file.size());
    if (file.write(line) != line.size())
        return tr("Could not write to %1 %2: %3").arg(what, where, file.errorString());
    if (!file.flush() || !syncToDisk(file))
        return tr("Could not sync %1 %2 to disk: %3").arg(what, where, file.errorString());
    return {};
}

} // namespace RouteDeck
