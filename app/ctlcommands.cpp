// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcommands.h"

#include "litellmconfigcodec.h"
#include "sharemath.h"
#include "unifieddiff.h"
#include "weightwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("routedeckctl", text, nullptr, n);
}

// Left-aligned text columns, right-aligned where a column holds numbers.
QString formatTable(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool right = c < rightAligned.size() && rightAligned.at(c);
            const QString cell = right ? row.at(c).rightJustified(widths.at(c)) : row.at(c).leftJustified(widths.at(c));
            line += (c ? QStringLiteral("  ") : QString()) + cell;
        }
        text += line.trimmed().isEmpty() ? QString() : QString(line).remove(QRegularExpression(QStringLiteral("\\s+$")));
        text += QLatin1Char('\n');
    }
    return text;
}

QString formatNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

CtlCommands::CtlCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CtlCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("show"))
        return show(rest);
    if (command == QLatin1String("set-weight"))
        return setWeight(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        usage();
        return Success;
    }
    return usage(tr("unknown command '%1'").arg(command));
}

int CtlCommands::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "routedeckctl: " << message << "\n\n";
    m_err << tr("Usage: routedeckctl COMMAND [ARGS]\n"
                "\n"
                "Commands:\n"
                "  validate FILE                     check a LiteLLM config; exit 1 when it has errors or warnings\n"
                "  show FILE [--group G] [--json]    groups, deployments, weights and configured shares\n"
                "  set-weight FILE GROUP ID=W ... [--write]\n"
                "                                    change weights; prints the diff, writes only with --write\n")
          << Qt::flush;
    return UsageError;
}

void CtlCommands::printProblems(const Problems &problems)
{
    for (const Problem &p : problems)
        m_err << p.toString() << '\n';
    m_err.flush();
}

int CtlCommands::validate(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(tr("validate takes exactly one FILE"));
    const ConfigLoadResult result = LiteLlmConfigCodec::load(arguments.first());
    printProblems(result.problems);
    if (hasErrorsOrWarnings(result.problems)) {
        int errors = 0;
        int warnings = 0;
        for (const Problem &p : result.problems) {
            errors += p.severity == Problem::Severity::Error;
            warnings += p.severity == Problem::Severity::Warning;
        }
        m_out << tr("%1: %2 error(s), %3 warning(s)\n")
                     .arg(arguments.first(), QString::number(errors), QString::number(warnings))
              << Qt::flush;
        return ProblemsFound;
    }
    m_out << tr("%1: OK, %2 deployment(s) in %3 group(s)\n")
                 .arg(arguments.first(), QString::number(result.config.deployments.size()),
                      QString::number(result.config.groupNames().size()))
          << Qt::flush;
    return Success;
}

int CtlCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("LiteLLM config file"));
    parser.addOption({ QStringLiteral("json"), tr("print JSON") });
    parser.addOption({ QStringLiteral("group"), tr("only this model group"), QStringLiteral("G") });
    if (!parser.parse(QStringList { QStringLiteral("show") } + arguments))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(tr("show takes exactly one FILE"));

    const ConfigLoadResult result = LiteLlmConfigCodec::load(parser.positionalArguments().first());
    if (!result.ok()) {
        printProblems(result.problems);
        return ProblemsFound;
    }
    const RouterConfig &config = result.config;
    QStringList groups = config.groupNames();
    if (parser.isSet(QStringLiteral("group"))) {
        const QString wanted = parser.value(QStringLiteral("group"));
        if (!groups.contains(wanted)) {
            m_err << tr("routedeckctl: no model group '%1' in %2 (groups: %3)\n")
                         .arg(wanted, config.fileName, groups.join(QStringLiteral(", ")))
                  << Qt::flush;
            return ProblemsFound;
        }
        groups = { wanted };
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groupArray;
        for (const QString &group : std::as_const(groups)) {
            const QList<Deployment> members = config.deploymentsInGroup(group);
            const QHash<QString, double> shares = ShareMath::configuredShares(members);
            QJsonArray deployments;
            for (const Deployment &d : members) {
                deployments.append(QJsonObject {
                    { QStringLiteral("id"), d.id },
                    { QStringLiteral("idDerived"), d.idDerived },
                    { QStringLiteral("provider"), d.provider },
                    { QStringLiteral("model"), d.model },
                    { QStringLiteral("apiBase"), d.apiBase },
                    { QStringLiteral("weight"), jsonNumber(d.weight) },
                    { QStringLiteral("rpm"), jsonNumber(d.rpm) },
                    { QStringLiteral("tpm"), jsonNumber(d.tpm) },
                    { QStringLiteral("order"), d.order ? QJsonValue(*d.order) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("share"), shares.value(d.id) },
                    { QStringLiteral("sharePercent"), std::round(shares.value(d.id) * 1000.0) / 10.0 },
                });
            }
            groupArray.append(QJsonObject {
                { QStringLiteral("name"), group },
                { QStringLiteral("weightSource"),
                  ShareMath::sourceName(ShareMath::weightSource(ShareMath::trafficTier(members))) },
                { QStringLiteral("fallbacks"), QJsonArray::fromStringList(config.settings.fallbacksFor(group)) },
                { QStringLiteral("deployments"), deployments },
            });
        }
        const QJsonObject root {
            { QStringLiteral("file"), config.fileName },
            { QStringLiteral("routingStrategy"), config.settings.routingStrategy },
            { QStringLiteral("numRetries"), config.settings.effectiveNumRetries() },
            { QStringLiteral("cooldownTime"), config.settings.effectiveCooldown() },
            { QStringLiteral("groups"), groupArray },
        };
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }

    QList<QStringList> rows { { tr("GROUP"), tr("DEPLOYMENT"), tr("PROVIDER"), tr("WEIGHT"), tr("SHARE %"),
                                tr("ORDER") } };
    for (const QString &group : std::as_const(groups)) {
        const QList<Deployment> members = config.deploymentsInGroup(group);
        const QHash<QString, double> shares = ShareMath::configuredShares(members);
        for (const Deployment &d : members) {
            rows.append({ d.group, d.id, d.provider, formatNumber(d.weight),
                          ShareMath::formatPercent(shares.value(d.id)),
                          d.order ? QString::number(*d.order) : QString() });
        }
    }
    m_out << formatTable(rows, { false, false, false, true, true, true }) << Qt::flush;
    return Success;
}

int CtlCommands::setWeight(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("LiteLLM config file"));
    parser.addOption({ QStringLiteral("write"), tr("write the change (atomically); without it, a dry run") });
    if (!parser.parse(QStringList { QStringLiteral("set-weight") } + arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return usage(tr("set-weight needs FILE GROUP ID=WEIGHT [ID=WEIGHT ...]"));
    const QString path = positional.at(0);
    const QString group = positional.at(1);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("routedeckctl: cannot open %1: %2\n").arg(path, file.errorString()) << Qt::flush;
        return ProblemsFound;
    }
    const QByteArray original = file.readAll();
    file.close();
    const ConfigLoadResult before = LiteLlmConfigCodec::parse(original, path);
    if (!before.ok()) {
        printProblems(before.problems);
        return ProblemsFound;
    }
    const QList<Deployment> members = before.config.deploymentsInGroup(group);
    if (members.isEmpty()) {
        m_err << tr("routedeckctl: no model group '%1' in %2 (groups: %3)\n")
                     .arg(group, path, before.config.groupNames().join(QStringLiteral(", ")))
              << Qt::flush;
        return ProblemsFound;
    }

    QHash<QString, double> weights;
    for (const QString &assignment : positional.mid(2)) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        const QString id = assignment.left(eq);
        bool ok = false;
        const double weight = eq > 0 ? assignment.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok || !std::isfinite(weight) || weight < 0) {
            return usage(tr("'%1' is not ID=WEIGHT with a weight of 0 or more").arg(assignment));
        }
        const bool inGroup = std::any_of(members.cbegin(), members.cend(), [&](const Deployment &d) { return d.id == id; });
        if (!inGroup) {
            QStringList ids;
            for (const Deployment &d : members)
                ids.append(d.id);
            m_err << tr("routedeckctl: '%1' is not a deployment of '%2' (deployments: %3)\n")
                         .arg(id, group, ids.join(QStringLiteral(", ")))
                  << Qt::flush;
            return ProblemsFound;
        }
        weights.insert(id, weight);
    }

    QList<Deployment> after = members;
    for (Deployment &d : after) {
        if (weights.contains(d.id))
            d.weight = weights.value(d.id);
    }
    if (ShareMath::weightSource(ShareMath::trafficTier(after)) != ShareMath::WeightSource::Weight
        && std::all_of(after.cbegin(), after.cend(), [](const Deployment &d) { return d.weight.has_value(); })) {
        m_err << tr("routedeckctl: refused: every deployment of '%1' would have weight 0, so the group could "
                    "take no traffic\n")
                     .arg(group)
              << Qt::flush;
        return ProblemsFound;
    }

    const WeightEditResult edit = WeightWriter::apply(original, weights, path);
    if (!edit.ok()) {
        printProblems(edit.problems);
        return ProblemsFound;
    }

    const QHash<QString, double> sharesBefore = ShareMath::configuredShares(members);
    const QHash<QString, double> sharesAfter = ShareMath::configuredShares(after);
    m_out << UnifiedDiff::diff(QString::fromUtf8(original), QString::fromUtf8(edit.text), path, path);
    QList<QStringList> rows { { tr("DEPLOYMENT"), tr("WEIGHT"), tr("SHARE %"), QString(), tr("WEIGHT"),
                                tr("SHARE %") } };
    for (qsizetype i = 0; i < members.size(); ++i) {
        rows.append({ members.at(i).id, formatNumber(members.at(i).weight),
                      ShareMath::formatPercent(sharesBefore.value(members.at(i).id)), QStringLiteral("->"),
                      formatNumber(after.at(i).weight), ShareMath::formatPercent(sharesAfter.value(after.at(i).id)) });
    }
    m_out << '\n' << formatTable(rows, { false, true, true, false, true, true });

    if (edit.changedIds.isEmpty()) {
        m_out << tr("No weight changes: %1 is left as it is.\n").arg(path) << Qt::flush;
        return Success;
    }
    if (!parser.isSet(QStringLiteral("write"))) {
        m_out << tr("Dry run: nothing was written. Add --write to save %1.\n").arg(path) << Qt::flush;
        return Success;
    }
    const QString writeError = WeightWriter::writeFile(path, edit.text);
    if (!writeError.isEmpty()) {
        m_err << "routedeckctl: " << writeError << '\n' << Qt::flush;
        return ProblemsFound;
    }
    m_out << tr("Wrote %1 (%n weight(s) changed).\n", int(edit.changedIds.size())).arg(path) << Qt::flush;
    return Success;
}

} // namespace RouteDeck
