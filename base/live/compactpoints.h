// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seriespoint.h"

#include <QByteArray>
#include <QList>

#include <bit>

namespace RouteDeck {

// A time-ordered run of points packed into bytes, the way time-series databases keep samples
// (Facebook's Gorilla, Prometheus' chunks): each point stores the change of its time step and the
// bits of its value that differ from the previous value. Values are kept as float (7 significant
// digits, enough for rates, shares and seconds). A series refreshed at a steady interval costs
// 1 byte per point while its value holds and about 4-5 bytes while it moves, against 16 for a
// plain (qint64, double) pair.
class CompactPoints
{
public:
    // msecs must be later than lastMsecs().
    void append(qint64 msecs, double value);
    static CompactPoints fromPoints(const QList<SeriesPoint> &points);

    QList<SeriesPoint> points() const;
    // Removes and returns the points older than msecs, without repacking the rest.
    QList<SeriesPoint> takeBefore(qint64 msecs);
    // Calls visit(msecs, value) for every point in time order.
    template<typename Visit>
    void forEach(Visit &&visit) const;
    // The same for the points from msecs on, and maybe some before it: a read of the newest points starts
    // at a checkpoint near the end instead of the first point (the times are deltas, read forward).
    template<typename Visit>
    void forEachFrom(qint64 msecs, Visit &&visit) const;
    // How many points forEachFrom(msecs) visits.
    qsizetype countFrom(qint64 msecs) const
    {
        const Checkpoint *start = checkpointFor(msecs);
        return start ? m_count - start->index : m_count;
    }

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 firstMsecs() const { return m_first; }
    qint64 lastMsecs() const { return m_last; }
    // Heap bytes held, including unused capacity.
    qsizetype heapBytes() const { return m_bytes.capacity(); }
    qsizetype byteSize() const { return m_bytes.size(); }
    // Reallocates to exactly `room` more bytes than the points take, when it holds more (a removed
    // front included).
    void trimCapacity(qsizetype room);

private:
    // Where decoding starts: the time, step and value bits before the first stored point.
    struct DecoderState
    {
        qint64 time = 0;
        qint64 step = 0;
        quint32 bits = 0;
    };
    // Decodes the point at p into state and returns the byte after it.
    static const quint8 *decodeOne(const quint8 *p, DecoderState &state);
    template<typename Visit>
    void decodeFrom(qsizetype offset, DecoderState state, Visit &&visit) const;

    // Points near the end that decoding may start at: every kCheckpointEvery points the newest becomes
    // one, and the one before stays, so a read of the last few dozen points of a day's series decodes at
    // most twice as many.
    static constexpr qsizetype kCheckpointEvery = 32;
    struct Checkpoint
    {
        qsizetype offset = -1; // its first byte; -1: none
        DecoderState before; // the state before it
        qint64 msecs = 0;
        qsizetype index = 0; // how many points come before it
    };
    // The latest checkpoint at or before msecs; nullptr: decode from the first point.
    const Checkpoint *checkpointFor(qint64 msecs) const
    {
        for (const Checkpoint &c : m_checkpoints) {
            if (c.offset >= 0 && msecs >= c.msecs)
                return &c;
        }
        return nullptr;
    }

    QByteArray m_bytes;
    DecoderState m_start;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_lastStep = 0;
    quint32 m_lastBits = 0;
    qsizetype m_count = 0;
    Checkpoint m_checkpoints[2]; // the newest first
};

namespace CompactPointsFormat {
// One tag byte per point: the low 2 bits say how the time step changed, bits 2-4 how many low
// bytes of (value bits XOR previous value bits) follow.
enum TimeKind : quint8 { SameStep = 0, SmallStepChange = 1, VarintStepChange = 2 };
inline quint32 floatBits(double value) { return std::bit_cast<quint32>(float(value)); }
inline double valueOf(quint32 bits) { return double(std::bit_cast<float>(bits)); }
// A value as the points keep it (rounded to float).
inline double asStored(double value) { return double(float(value)); }
} // namespace CompactPointsFormat

template<typename Visit>
void CompactPoints::forEach(Visit &&visit) const
{
    decodeFrom(0, m_start, visit);
}

template<typename Visit>
void CompactPoints::forEachFrom(qint64 msecs, Visit &&visit) const
{
    if (const Checkpoint *start = checkpointFor(msecs))
        decodeFrom(start->offset, start->before, visit);
    else
        decodeFrom(0, m_start, visit);
}

template<typename Visit>
void CompactPoints::decodeFrom(qsizetype offset, DecoderState state, Visit &&visit) const
{
    const auto *p = reinterpret_cast<const quint8 *>(m_bytes.constData()) + offset;
    const auto *end = reinterpret_cast<const quint8 *>(m_bytes.constData()) + m_bytes.size();
    while (p < end) {
        p = decodeOne(p, state);
        visit(state.time, CompactPointsFormat::valueOf(state.bits));
    }
}

inline const quint8 *CompactPoints::decodeOne(const quint8 *p, DecoderState &state)
{
    using namespace CompactPointsFormat;
    const quint8 tag = *p++;
    switch (tag & 3) {
    case SmallStepChange:
        state.step += qint8(*p++);
        break;
    case VarintStepChange: {
        quint64 zigzag = 0;
        for (int shift = 0;; shift += 7) {
            const quint8 byte = *p++;
            zigzag |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        state.step += qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
        break;
    }
    default:
        break;
    }
    state.time += state.step;
    const int xorBytes = (tag >> 2) & 7;
    quint32 x = 0;
    for (int i = 0; i < xorBytes; ++i)
        x |= quint32(*p++) << (8 * i);
    state.bits ^= x;
    return p;
}

} // namespace RouteDeck
