// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the config preview keeps its own unified diff (issue 12: "unifieddiff.cpp is a 369-line Myers diff;
// libdtl-dev exists; keep your own only if a measured reason says so"). Side by side on the same texts:
//   unifieddiff  UnifiedDiff::diff (base/config), as the preview calls it (context 3);
//   dtl          dtl 1.20 (libdtl-dev, header-only): dtl::Diff<std::string> over the UTF-8 lines, compose(),
//                composeUnifiedHunks(), the hunks walked into the same text (diff(1) hunk headers: "l" for
//                one line, "l-1,0" for none, and "\ No newline at end of file"), then one QString::fromUtf8;
//   dtl_view     the same dtl diff over QStringView lines of the QStrings (no UTF-8 round trip), to tell
//                dtl's algorithm from the conversion a caller holding QStrings pays.
// dtl's own printUnifiedFormat() is not used: it always writes "-l,n" (also for n = 1 and 0) and knows no
// missing final newline. Its context and hunk separation are fixed at 3 lines (DTL_CONTEXT_SIZE,
// DTL_SEPARATE_SIZE); onHuge() is not called (it reserves 2,000,000 path coordinates, ~48 MB, per diff).
// The texts: generated LiteLLM configs (a model_list of N = 50 and N = 2000 deployments, ~8 lines each, four
// consecutive deployments per alias, the third of each without tpm) before and after (1) one weight
// changed, (2) every 10th weight changed, (3) the weights of one alias's four deployments changed (what a
// rebalance writes; its changes lie 6 or 7 equal lines apart, where hunk grouping rules differ), (4) a block
// of 20 deployments moved to the end of model_list, (5) the same block removed.
// Figures: the median wall time of one diff (QStrings in, QString out) over enough rounds; whether dtl's text
// is identical to UnifiedDiff's (if not, the first differing output line of each goes to stderr); hunks and
// changed (+/-) lines of each, so a reader sees whether both are minimal and how they group; the rise of the
// process' peak resident set during one diff (VmHWM reset through /proc/self/clear_refs after malloc_trim,
// as bench_json measures it; small diffs stay within memory the process already holds and show ~0).
// Prints figures as `RESULT <name> <value> <unit>`; fails only if dtl and dtl_view disagree (a bench bug).

#include "support/processmemory.h"
#include "unifieddiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <dtl/dtl.hpp>

using namespace RouteDeck;

namespace {

// ---- Inputs ----

// The alias families of the generated model_list; four consecutive deployments share one alias.
constexpr const char *families[]
    = { "gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet", "llama-3-70b", "mistral-large" };

int baseWeight(int index)
{
    return 1 + (index * 7) % 10;
}

int changedWeight(int index)
{
    return baseWeight(index) % 10 + 1; // 1..10 -> 2..10, 1: always another value
}

QString deployment(int index, int weight)
{
    const QString family = QLatin1String(families[(index / 4) % 5]);
    const QString region = QString::number(index % 40);
    QString text = QStringLiteral("  - model_name: %1-pool-%2\n").arg(family, QString::number(index / 4));
    text += QLatin1String("    litellm_params:\n");
    text += QStringLiteral("      model: azure/%1-%2\n").arg(family, QString::number(index));
    text += QStringLiteral("      api_base: https://region-%1.openai.azure.com\n").arg(region);
    text += QStringLiteral("      api_key: os.environ/AZURE_REGION_%1_API_KEY\n").arg(region);
    text += QStringLiteral("      weight: %1\n").arg(weight);
    text += QStringLiteral("      rpm: %1\n").arg(600 * (1 + index % 4));
    if (index % 4 != 2) // the alias's third deployment has no token limit: 7 lines instead of 8
        text += QStringLiteral("      tpm: %1\n").arg(100000 * (1 + index % 3));
    return text;
}

QString config(const QList<int> &order, const std::function<int(int)> &weightOf)
{
    QString text = QStringLiteral("# LiteLLM proxy config\nmodel_list:\n");
    for (const int index : order)
        text += deployment(index, weightOf(index));
    text += QLatin1String("router_settings:\n  routing_strategy: simple-shuffle\n  num_retries: 3\n"
                          "litellm_settings:\n  drop_params: true\n");
    return text;
}

struct Input
{
    QString name;
    QString before;
    QString after;
};

QList<Input> inputsFor(int count)
{
    QList<int> all;
    for (int i = 0; i < count; ++i)
        all << i;
    // Deployments 10..29: five whole aliases.
    QList<int> moved;
    QList<int> removed;
    for (const int index : std::as_const(all)) {
        if (index < 10 || index >= 30) {
            moved << index;
            removed << index;
        }
    }
    for (int index = 10; index < 30; ++index)
        moved << index;
    const int middle = count / 2;
    const int alias = middle / 4;

    const QString prefix = QLatin1Char('n') + QString::number(count) + QLatin1Char('_');
    const auto named = [&prefix](const char *what) -> QString { return prefix + QLatin1String(what); };
    const QString before = config(all, baseWeight);
    QList<Input> inputs;
    inputs.append(Input { named("one_weight"), before,
        config(all, [middle](int i) { return i == middle ? changedWeight(i) : baseWeight(i); }) });
    inputs.append(Input { named("every_10th"), before,
        config(all, [](int i) { return i % 10 == 0 ? changedWeight(i) : baseWeight(i); }) });
    inputs.append(Input { named("rebalance_alias"), before,
        config(all, [alias](int i) { return i / 4 == alias ? changedWeight(i) : baseWeight(i); }) });
    inputs.append(Input { named("move_20"), before, config(moved, baseWeight) });
    inputs.append(Input { named("remove_20"), before, config(removed, baseWeight) });
    return inputs;
}

// ---- Candidates ----

const QString beforeName = QStringLiteral("a/config.yaml");
const QString afterName = QStringLiteral("b/config.yaml");
// What UnifiedDiff prints after a last line without '\n'. Appended to that line, it makes the line differ
// from the same text with '\n' (as UnifiedDiff's interner does) and prints the same way.
constexpr char noNewlineMarker[] = "\n\\ No newline at end of file";

QString diffOwn(const QString &before, const QString &after)
{
    return UnifiedDiff::diff(before, after, beforeName, afterName, 3);
}

char markOf(dtl::edit_t type)
{
    return type == dtl::SES_ADD ? '+' : (type == dtl::SES_DELETE ? '-' : ' ');
}

// dtl's hunks (1-based starts and counts in a, b, c, d) of the line sequences a and b.
template<typename Elem, typename Sequence> auto dtlHunks(const Sequence &a, const Sequence &b)
{
    dtl::Diff<Elem, Sequence> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    return diff.getUniHunks();
}

// A hunk's lines in order: leading context, changes (with the context between them), trailing context.
template<typename Hunk, typename Visit> void forEachHunkLine(const Hunk &hunk, const Visit &visit)
{
    for (const auto &element : hunk.common[0])
        visit(element);
    for (const auto &element : hunk.change)
        visit(element);
    for (const auto &element : hunk.common[1])
        visit(element);
}

// diff(1) conventions, as UnifiedDiff writes them; start is 1-based.
std::string rangeUtf8(long long start, long long count)
{
    if (count == 1)
        return std::to_string(start);
    if (count == 0)
        return std::to_string(start - 1) + ",0";
    return std::to_string(start) + ',' + std::to_string(count);
}

QString rangeText(long long start, long long count)
{
    if (count == 1)
        return QString::number(start);
    if (count == 0)
        return QString::number(start - 1) + QLatin1String(",0");
    return QString::number(start) + QLatin1Char(',') + QString::number(count);
}

std::vector<std::string> utf8Lines(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::vector<std::string> lines;
    qsizetype start = 0;
    while (start < utf8.size()) {
        const qsizetype newline = utf8.indexOf('\n', start);
        if (newline < 0) {
            lines.emplace_back(utf8.constData() + start, size_t(utf8.size() - start));
            lines.back() += noNewlineMarker;
            break;
        }
        lines.emplace_back(utf8.constData() + start, size_t(newline - start));
        start = newline + 1;
    }
    return lines;
}

QString diffDtl(const QString &before, const QString &after)
{
    if (before == after)
        return QString();
    const std::vector<std::string> a = utf8Lines(before);
    const std::vector<std::string> b = utf8Lines(after);
    const auto hunks = dtlHunks<std::string>(a, b);
    std::string out = "--- " + beforeName.toStdString() + "\n+++ " + afterName.toStdString() + '\n';
    for (const auto &hunk : hunks) {
        out += "@@ -" + rangeUtf8(hunk.a, hunk.b) + " +" + rangeUtf8(hunk.c, hunk.d) + " @@\n";
        forEachHunkLine(hunk, [&out](const auto &element) {
            out += markOf(element.second.type);
            out += element.first;
            out += '\n';
        });
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

// The lines of text as views into it; an unterminated last line is a view into `unterminated` instead.
struct ViewLines
{
    std::vector<QStringView> lines;
    QString unterminated;
};

void splitViews(const QString &text, ViewLines &result)
{
    const QStringView view(text);
    qsizetype start = 0;
    while (start < view.size()) {
        const qsizetype newline = view.indexOf(QLatin1Char('\n'), start);
        if (newline < 0) {
            result.unterminated = view.mid(start).toString() + QLatin1String(noNewlineMarker);
            result.lines.push_back(QStringView(result.unterminated));
            break;
        }
        result.lines.push_back(view.mid(start, newline - start));
        start = newline + 1;
    }
}

QString diffDtlView(const QString &before, const QString &after)
{
    if (before == after)
        return QString();
    ViewLines a;
    ViewLines b;
    splitViews(before, a);
    splitViews(after, b);
    const auto hunks = dtlHunks<QStringView>(a.lines, b.lines);
    QString out
        = QLatin1String("--- ") + beforeName + QLatin1String("\n+++ ") + afterName + QLatin1Char('\n');
    for (const auto &hunk : hunks) {
        out += QLatin1String("@@ -") + rangeText(hunk.a, hunk.b) + QLatin1String(" +")
            + rangeText(hunk.c, hunk.d) + QLatin1String(" @@\n");
        forEachHunkLine(hunk, [&out](const auto &element) {
            out += QLatin1Char(markOf(element.second.type));
            out += element.first;
            out += QLatin1Char('\n');
        });
    }
    return out;
}

struct Candidate
{
    const char *name;
    QString (*diff)(const QString &before, const QString &after);
};

// ---- Measuring ----

constexpr int minRounds = 7;
constexpr int maxRounds = 2001;
constexpr qint64 budgetNs = 200'000'000; // per candidate and input, once minRounds are done

double medianMicros(const Candidate &candidate, const Input &input, int *rounds)
{
    QList<double> micros;
    QElapsedTimer total;
    total.start();
    while (micros.size() < minRounds || (micros.size() < maxRounds && total.nsecsElapsed() < budgetNs)) {
        QElapsedTimer clock;
        clock.start();
        const QString result = candidate.diff(input.before, input.after);
        micros << double(clock.nsecsElapsed()) / 1e3;
    }
    std::sort(micros.begin(), micros.end());
    *rounds = int(micros.size());
    return micros.at(micros.size() / 2);
}



qsizetype lineCount(const QString &text)
{
    return text.count(QLatin1Char('\n'));
}

qsizetype hunkCount(const QStringList &lines)
{
    return std::count_if(lines.begin(), lines.end(),
        [](const QString &line) { return line.startsWith(QLatin1String("@@ ")); });
}

// The +/- lines below the two header lines.
qsizetype changedLineCount(const QStringList &lines)
{
    qsizetype count = 0;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1Char('+')) || lines.at(i).startsWith(QLatin1Char('-')))
            ++count;
    }
    return count;
}

// The first output line where two diffs part, with the hunk header above it in each.
void printFirstDifference(QTextStream &err, const QString &input, const QStringList &own,
    const QStringList &other, const char *otherName)
{
    qsizetype line = 0;
    while (line < own.size() && line < other.size() && own.at(line) == other.at(line))
        ++line;
    const auto lineAt = [line](const QStringList &lines) {
        return line < lines.size() ? QStringLiteral("\"%1\"").arg(lines.at(line))
                                   : QStringLiteral("<end of output>");
    };
    const auto hunkAbove = [line](const QStringList &lines) {
        for (qsizetype i = std::min(line, lines.size() - 1); i >= 0; --i) {
            if (lines.at(i).startsWith(QLatin1String("@@ ")))
                return lines.at(i);
        }
        return QStringLiteral("<no hunk>");
    };
    err << "diff." << input << ": the outputs part at output line " << line + 1 << '\n'
        << "  unifieddiff: " << lineAt(own) << "   (in hunk " << hunkAbove(own) << ")\n"
        << "  " << otherName << ":         " << lineAt(other) << "   (in hunk " << hunkAbove(other) << ")\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Candidate candidates[]
        = { { "unifieddiff", diffOwn }, { "dtl", diffDtl }, { "dtl_view", diffDtlView } };

    QList<Input> inputs = inputsFor(50);
    inputs += inputsFor(2000);
    for (const Input &input : std::as_const(inputs)) {
        out << "input " << input.name << ": " << lineCount(input.before) << " -> " << lineCount(input.after)
            << " lines\n";
        const QString own = diffOwn(input.before, input.after);
        const QString viaDtl = diffDtl(input.before, input.after);
        if (diffDtlView(input.before, input.after) != viaDtl) {
            out.flush();
            err << "dtl over QStringView and over std::string disagree on " << input.name << Qt::endl;
            return 1;
        }
        const QStringList ownLines = own.split(QLatin1Char('\n'));
        const QStringList dtlLines = viaDtl.split(QLatin1Char('\n'));
        for (const Candidate &candidate : candidates) {
            int rounds = 0;
            const double median = medianMicros(candidate, input, &rounds);
            const double peak = ProcessMemory::peakRiseKiB([&] { (void)candidate.diff(input.before, input.after); });
            const QString prefix = QLatin1String("RESULT diff.") + QLatin1String(candidate.name)
                + QLatin1Char('.') + input.name;
            out << prefix << ".us " << QString::number(median, 'f', 1) << " us\n";
            out << prefix << ".peak_kib " << QString::number(peak, 'f', 0) << " KiB\n";
            out << "  (" << candidate.name << ": median of " << rounds << " rounds)\n";
        }
        const auto printShape = [&out, &input](const char *name, const QStringList &lines) {
            out << "RESULT diff." << name << '.' << input.name << ".hunks " << hunkCount(lines) << " count\n";
            out << "RESULT diff." << name << '.' << input.name << ".changed_lines " << changedLineCount(lines)
                << " lines\n";
        };
        printShape("unifieddiff", ownLines);
        printShape("dtl", dtlLines);
        const bool same = own == viaDtl;
        out << "RESULT diff.same_output." << input.name << ' ' << (same ? 1 : 0) << " bool\n";
        if (!same) {
            out.flush();
            printFirstDifference(err, input.name, ownLines, dtlLines, "dtl");
            err.flush();
        }
        out.flush();
    }
    return 0;
}
