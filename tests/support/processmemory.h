// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' memory figures, read from /proc/self/status (Linux): the resident set now, and how far
// one piece of work raises its peak.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cmath>
#include <functional>
#include <malloc.h>

namespace RouteDeck::ProcessMemory {

// A "VmRSS:" or "VmHWM:" line of /proc/self/status, in KiB; -1 when unreadable.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline qint64 residentKiB()
{
    return statusKiB("VmRSS");
}

// How far `work` raises the peak resident set above what the process holds before it, in KiB: the peak
// is reset through /proc/self/clear_refs, after malloc_trim gave earlier work's freed memory back.
inline double peakRiseKiB(const std::function<void()> &work)
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        return std::nan("");
    clear.close();
    ::malloc_trim(0);
    const qint64 before = residentKiB();
    work();
    return double(statusKiB("VmHWM") - before);
}

} // namespace RouteDeck::ProcessMemory
