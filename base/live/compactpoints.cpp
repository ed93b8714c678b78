// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactpoints.h"

#include <bit>
#include <cstring>

namespace RouteDeck {

namespace {

using namespace CompactPointsFormat;

void appendVarint(QByteArray &bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    bytes.append(char(quint8(value)));
}

// How many low bytes of x are needed: the differing bits of close values sit in the mantissa's tail.
int significantBytes(quint32 x)
{
    return x == 0 ? 0 : (32 - std::countl_zero(x) + 7) / 8;
}

} // namespace

void CompactPoints::append(qint64 msecs, double value)
{
    if (m_count == 0) {
        m_bytes.clear();
        m_start = { msecs, 0, 0 };
        m_first = msecs;
        m_last = msecs;
        m_lastStep = 0;
        m_lastBits = 0;
        m_checkpoints[0] = m_checkpoints[1] = {};
    }
    if (m_count % kCheckpointEvery == 0) {
        m_checkpoints[1] = m_checkpoints[0];
        m_checkpoints[0] = { m_bytes.size(), { m_last, m_lastStep, m_lastBits }, msecs, m_count };
    }
    // Grow by a quarter, not by doubling: a day of series is mostly these arrays.
    if (m_bytes.capacity() - m_bytes.size() < 16)
        m_bytes.reserve(m_bytes.size() + m_bytes.size() / 4 + 64);
    const qint64 step = msecs - m_last;
    const qint64 stepChange = step - m_lastStep;
    const quint32 bits = floatBits(value);
    const quint32 x = bits ^ m_lastBits;
    const int xorBytes = significantBytes(x);

    const TimeKind timeKind = stepChange == 0 ? SameStep
        : (stepChange >= -128 && stepChange <= 127) ? SmallStepChange
                                                    : VarintStepChange;
    m_bytes.append(char(quint8(timeKind) | quint8(xorBytes << 2)));
    if (timeKind == SmallStepChange)
        m_bytes.append(char(qint8(stepChange)));
    else if (timeKind == VarintStepChange)
        appendVarint(m_bytes, (quint64(stepChange) << 1) ^ quint64(stepChange >> 63));
    for (int i = 0; i < xorBytes; ++i)
        m_bytes.append(char(quint8(x >> (8 * i))));

    m_last = msecs;
    m_lastStep = step;
    m_lastBits = bits;
    ++m_count;
}

CompactPoints CompactPoints::fromPoints(const QList<SeriesPoint> &points)
{
    CompactPoints packed;
    packed.m_bytes.reserve(points.size() * 4);
    for (const SeriesPoint &p : points)
        packed.append(p.msecs, p.value);
    packed.trimCapacity(0);
    return packed;
}

QList<SeriesPoint> CompactPoints::takeBefore(qint64 msecs)
{
    QList<SeriesPoint> taken;
    if (m_count == 0 || m_first >= msecs)
        return taken;
    const auto *begin = reinterpret_cast<const quint8 *>(m_bytes.constData());
    const auto *end = begin + m_bytes.size();
    const quint8 *p = begin;
    DecoderState state = m_start;
    while (p < end) {
        DecoderState next = state;
        const quint8 *after = decodeOne(p, next);
        if (next.time >= msecs) {
            m_first = next.time;
            break;
        }
        taken.append({ next.time, CompactPointsFormat::valueOf(next.bits) });
        state = next;
        p = after;
    }
    m_count -= taken.size();
    m_start = state;
    // Move the rest to the front of the same allocation: an array that keeps its size and place does
    // not fragment the heap the way a reallocation a minute per series does.
    const qsizetype removed = p - begin;
    for (Checkpoint &c : m_checkpoints) {
        if (c.offset >= removed)
            c = { c.offset - removed, c.before, c.msecs, c.index - taken.size() };
        else
            c = {};
    }
    char *data = m_bytes.data();
    std::memmove(data, data + removed, size_t(m_bytes.size() - removed));
    m_bytes.truncate(m_bytes.size() - removed);
    return taken;
}

void CompactPoints::trimCapacity(qsizetype room)
{
    if (m_bytes.capacity() <= m_bytes.size() + room)
        return;
    QByteArray tight;
    tight.reserve(m_bytes.size() + room);
    tight.append(m_bytes);
    m_bytes = std::move(tight);
}

QList<SeriesPoint> CompactPoints::points() const
{
    QList<SeriesPoint> out;
    out.reserve(m_count);
    forEach([&out](qint64 msecs, double value) { out.append({ msecs, value }); });
    return out;
}

} // namespace RouteDeck
