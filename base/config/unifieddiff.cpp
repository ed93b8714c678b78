// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <QHash>
#include <QList>
#include <QStringView>
#include <algorithm>
#include <vector>

namespace RouteDeck {

namespace {

// The lines of a text without their '\n'; a '\r' before it stays part of the line, as in diff(1).
struct TextLines
{
    QList<QStringView> lines;
    bool lastLineUnterminated = false;
};

TextLines splitLines(const QString &text)
{
    TextLines result;
    const QStringView view(text);
    qsizetype start = 0;
    while (start < view.size()) {
        const qsizetype newline = view.indexOf(u'\n', start);
        if (newline < 0) {
            result.lines.append(view.mid(start));
            result.lastLineUnterminated = true;
            break;
        }
        result.lines.append(view.mid(start, newline - start));
        start = newline + 1;
    }
    return result;
}

// Lines become integers so the diff compares ints. A last line without '\n' gets an id of its own,
// so "x" at the end of one file and "x\n" in the other count as different lines.
class LineInterner
{
public:
    std::vector<int> intern(const TextLines &text)
    {
        std::vector<int> ids;
        ids.reserve(size_t(text.lines.size()));
        for (qsizetype i = 0; i < text.lines.size(); ++i) {
            const bool unterminated = text.lastLineUnterminated && i == text.lines.size() - 1;
            QHash<QStringView, int> &table = unterminated ? m_unterminated : m_terminated;
            const auto it = table.constFind(text.lines.at(i));
            if (it != table.constEnd()) {
                ids.push_back(it.value());
            } else {
                table.insert(text.lines.at(i), m_next);
                ids.push_back(m_next++);
            }
        }
        return ids;
    }

    int count() const { return m_next; }

private:
    QHash<QStringView, int> m_terminated;
    QHash<QStringView, int> m_unterminated;
    int m_next = 0;
};

// Myers' O(ND) difference algorithm in its linear-space form: find a point on an optimal edit path
// by running the greedy search from both ends until they meet, then solve both halves.
class MyersDiff
{
public:
    MyersDiff(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_deleted(a.size(), false)
        , m_inserted(b.size(), false)
    {
        compare(0, int(a.size()), 0, int(b.size()));
    }

    const std::vector<bool> &deleted() const { return m_deleted; } // per line of a
    const std::vector<bool> &inserted() const { return m_inserted; } // per line of b

private:
    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)]) {
            ++aLo;
            ++bLo;
        }
        while (aLo < aHi && bLo < bHi && m_a[size_t(aHi - 1)] == m_b[size_t(bHi - 1)]) {
            --aHi;
            --bHi;
        }
        if (aLo == aHi) {
            std::fill(m_inserted.begin() + bLo, m_inserted.begin() + bHi, true);
            return;
        }
        if (bLo == bHi) {
            std::fill(m_deleted.begin() + aLo, m_deleted.begin() + aHi, true);
            return;
        }
        int x = 0;
        int y = 0;
        if (!split(aLo, aHi, bLo, bHi, &x, &y)) {
            std::fill(m_deleted.begin() + aLo, m_deleted.begin() + aHi, true);
            std::fill(m_inserted.begin() + bLo, m_inserted.begin() + bHi, true);
            return;
        }
        compare(aLo, x, bLo, y);
        compare(x, aHi, y, bHi);
    }

    // Both ends differ here (compare() trimmed the common prefix and suffix), so the edit distance
    // is at least 2 and the point found lies strictly inside: each half is smaller than the whole.
    bool split(int aLo, int aHi, int bLo, int bHi, int *splitX, int *splitY)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        m_forward.assign(size_t(length), -1);
        m_backward.assign(size_t(length), -1);
        int *forward = m_forward.data();
        int *backward = m_backward.data();
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const int delta = n - m;
        const bool frontChecks = (delta % 2) != 0;
        // Diagonals that ran off the grid are skipped from then on.
        int forwardStart = 0;
        int forwardEnd = 0;
        int backwardStart = 0;
        int backwardEnd = 0;
        for (int d = 0; d < maxD; ++d) {
            for (int k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
                const int index = offset + k;
                int x = (k == -d || (k != d && forward[index - 1] < forward[index + 1]))
                    ? forward[index + 1]
                    : forward[index - 1] + 1;
                int y = x - k;
                while (x < n && y < m && m_a[size_t(aLo + x)] == m_b[size_t(bLo + y)]) {
                    ++x;
                    ++y;
                }
                forward[index] = x;
                if (x > n) {
                    forwardEnd += 2;
                } else if (y > m) {
                    forwardStart += 2;
                } else if (frontChecks) {
                    const int other = offset + delta - k;
                    if (other >= 0 && other < length && backward[other] != -1 && x >= n - backward[other]) {
                        *splitX = aLo + x;
                        *splitY = bLo + y;
                        return true;
                    }
                }
            }
            for (int k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
                const int index = offset + k;
                int x = (k == -d || (k != d && backward[index - 1] < backward[index + 1]))
                    ? backward[index + 1]
                    : backward[index - 1] + 1;
                int y = x - k;
                while (x < n && y < m && m_a[size_t(aHi - 1 - x)] == m_b[size_t(bHi - 1 - y)]) {
                    ++x;
                    ++y;
                }
                backward[index] = x;
                if (x > n) {
                    backwardEnd += 2;
                } else if (y > m) {
                    backwardStart += 2;
                } else if (!frontChecks) {
                    const int other = offset + delta - k;
                    if (other >= 0 && other < length && forward[other] != -1) {
                        const int forwardX = forward[other];
                        const int forwardY = forwardX - (other - offset);
                        if (forwardX >= n - x) {
                            *splitX = aLo + forwardX;
                            *splitY = bLo + forwardY;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<bool> m_deleted;
    std::vector<bool> m_inserted;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
};

struct LineChanges
{
    std::vector<bool> deleted; // per line of a
    std::vector<bool> inserted; // per line of b
};

// A line that occurs in only one of the texts is in no common subsequence, so it is marked
// changed up front and the diff runs on the others: texts that have little in common (the
// expensive case for an O(ND) algorithm) become cheap, and the result stays minimal.
LineChanges lineChanges(const std::vector<int> &a, const std::vector<int> &b, int idCount)
{
    std::vector<bool> inA(size_t(idCount), false);
    std::vector<bool> inB(size_t(idCount), false);
    for (const int id : a)
        inA[size_t(id)] = true;
    for (const int id : b)
        inB[size_t(id)] = true;
    LineChanges changes { std::vector<bool>(a.size(), true), std::vector<bool>(b.size(), true) };
    std::vector<int> aShared;
    std::vector<int> bShared;
    std::vector<size_t> aIndex;
    std::vector<size_t> bIndex;
    for (size_t i = 0; i < a.size(); ++i) {
        if (inB[size_t(a[i])]) {
            aShared.push_back(a[i]);
            aIndex.push_back(i);
        }
    }
    for (size_t j = 0; j < b.size(); ++j) {
        if (inA[size_t(b[j])]) {
            bShared.push_back(b[j]);
            bIndex.push_back(j);
        }
    }
    const MyersDiff myers(aShared, bShared);
    for (size_t k = 0; k < aShared.size(); ++k)
        changes.deleted[aIndex[k]] = myers.deleted()[k];
    for (size_t k = 0; k < bShared.size(); ++k)
        changes.inserted[bIndex[k]] = myers.inserted()[k];
    return changes;
}

struct Op
{
    enum Kind
    {
        Equal,
        Delete,
        Insert
    };
    Kind kind;
    int a; // line of `before` (for Insert: where it goes)
    int b; // line of `after` (for Delete: where it was)
};

QString rangeText(int start, int count)
{
    // diff(1) conventions: "l" for one line, "l,n" otherwise, and the line before for an empty range.
    if (count == 1)
        return QString::number(start + 1);
    if (count == 0)
        return QString::number(start) + QLatin1String(",0");
    return QString::number(start + 1) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QString UnifiedDiff::diff(const QString &before, const QString &after, const QString &beforeName,
    const QString &afterName, int context)
{
    if (before == after)
        return QString();
    context = std::max(context, 0);

    const TextLines a = splitLines(before);
    const TextLines b = splitLines(after);
    LineInterner interner;
    const std::vector<int> aIds = interner.intern(a);
    const std::vector<int> bIds = interner.intern(b);
    const LineChanges changes = lineChanges(aIds, bIds, interner.count());

    std::vector<Op> ops;
    ops.reserve(aIds.size() + bIds.size());
    int i = 0;
    int j = 0;
    const int n = int(aIds.size());
    const int m = int(bIds.size());
    while (i < n || j < m) {
        if (i < n && changes.deleted[size_t(i)]) {
            ops.push_back({ Op::Delete, i++, j });
        } else if (j < m && changes.inserted[size_t(j)]) {
            ops.push_back({ Op::Insert, i, j++ });
        } else {
            ops.push_back({ Op::Equal, i++, j++ });
        }
    }

    QString out;
    out += QLatin1String("--- ") + beforeName + QLatin1Char('\n');
    out += QLatin1String("+++ ") + afterName + QLatin1Char('\n');

    const auto lineOut = [&out](QChar prefix, const TextLines &text, int line) {
        out += prefix;
        out += text.lines.at(line);
        out += QLatin1Char('\n');
        if (text.lastLineUnterminated && line == text.lines.size() - 1)
            out += QLatin1String("\\ No newline at end of file\n");
    };

    const int opCount = int(ops.size());
    int next = 0;
    while (next < opCount) {
        while (next < opCount && ops[size_t(next)].kind == Op::Equal)
            ++next;
        if (next == opCount)
            break;
        const int hunkStart = std::max(0, next - context);
        // Extend the hunk while the next change is close enough for the context to overlap.
        int lastChange = next;
        int scan = next + 1;
        while (scan < opCount) {
            if (ops[size_t(scan)].kind != Op::Equal) {
                lastChange = scan;
                ++scan;
                continue;
            }
            int equalRun = scan;
            while (equalRun < opCount && ops[size_t(equalRun)].kind == Op::Equal)
                ++equalRun;
            if (equalRun == opCount || equalRun - scan > 2 * context)
                break;
            scan = equalRun;
        }
        const int hunkEnd = std::min(opCount, lastChange + 1 + context);

        int aCount = 0;
        int bCount = 0;
        for (int k = hunkStart; k < hunkEnd; ++k) {
            const Op::Kind kind = ops[size_t(k)].kind;
            if (kind != Op::Insert)
                ++aCount;
            if (kind != Op::Delete)
                ++bCount;
        }
        out += QLatin1String("@@ -") + rangeText(ops[size_t(hunkStart)].a, aCount) + QLatin1String(" +")
            + rangeText(ops[size_t(hunkStart)].b, bCount) + QLatin1String(" @@\n");
        for (int k = hunkStart; k < hunkEnd; ++k) {
            const Op &op = ops[size_t(k)];
            switch (op.kind) {
            case Op::Equal:
                lineOut(QLatin1Char(' '), a, op.a);
                break;
            case Op::Delete:
                lineOut(QLatin1Char('-'), a, op.a);
                break;
            case Op::Insert:
                lineOut(QLatin1Char('+'), b, op.b);
                break;
            }
        }
        next = hunkEnd;
    }
    return out;
}

} // namespace RouteDeck
