// SPDX-License-Identifier: GPL-3.0-or-later
#include "costcommand.h"

#include "costformat.h"
#include "costservice.h"
#include "costtablemodel.h"
#include "ctlcommands.h"
#include "ctlconnection.h"
#include "routerclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("routedeckctl", text);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresJson(const CostFigures &f)
{
    return { { QStringLiteral("spend"), number(f.spend) },
             { QStringLiteral("spendEstimated"), f.spendEstimated },
             { QStringLiteral("inputTokens"), number(f.inputTokens) },
             { QStringLiteral("outputTokens"), number(f.outputTokens) },
             { QStringLiteral("requests"), number(f.requests) },
             { QStringLiteral("successes"), number(f.successes) },
             { QStringLiteral("costPer1kRequests"), number(f.costPer1kRequests()) },
             { QStringLiteral("averageInputTokens"), number(f.averageInputTokens()) } };
}

QJsonObject itemJson(const CostItem &item, const CostReport &report)
{
    QJsonObject o = figuresJson(item.total);
    o.insert(QStringLiteral("key"), item.key);
    o.insert(QStringLiteral("label"), item.label);
    if (!item.detail.isEmpty())
        o.insert(QStringLiteral("detail"), item.detail);
    o.insert(QStringLiteral("dayOverDay"), item.isNewLastDay() ? QJsonValue(QStringLiteral("new")) : number(item.dayOverDay()));
    o.insert(QStringLiteral("weekOverWeek"), number(item.weekOverWeek()));
    o.insert(QStringLiteral("lastDay"), figuresJson(item.lastDay));
    o.insert(QStringLiteral("previousDay"), figuresJson(item.previousDay));
    QJsonArray buckets;
    const QList<QDateTime> starts = report.bucketStarts();
    for (qsizetype i = 0; i < item.buckets.size() && i < starts.size(); ++i) {
        QJsonObject b = figuresJson(item.buckets.at(i));
        b.insert(QStringLiteral("start"), starts.at(i).toString(Qt::ISODate));
        buckets.append(b);
    }
    o.insert(QStringLiteral("buckets"), buckets);
    return o;
}

QJsonArray moversJson(const QList<CostMover> &movers)
{
    QJsonArray array;
    for (const CostMover &m : movers)
        array.append(QJsonObject { { QStringLiteral("key"), m.key },
                                   { QStringLiteral("label"), m.label },
                                   { QStringLiteral("before"), m.before },
                                   { QStringLiteral("after"), m.after },
                                   { QStringLiteral("increase"), m.increase() },
                                   { QStringLiteral("relativeIncrease"),
                                     std::isinf(m.relativeIncrease()) ? QJsonValue(QStringLiteral("new"))
                                                                      : number(m.relativeIncrease()) },
                                   { QStringLiteral("estimated"), m.estimated } });
    return array;
}

} // namespace

CostCommand::CostCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CostCommand::usageLine()
{
    return tr("  cost --prometheus URL [--range 24h|7d|30d|Nd|FROM..TO] [--by model|deployment|provider|LABEL]\n"
              "       [--bucket hour|day] [--router URL] [--profile NAME] [--prices FILE] [--csv|--json]\n"
              "                                    spend, tokens and requests per model, agent or team, with\n"
              "                                    changes, top movers and the month-end projection\n");
}

namespace {
// The "by" labels the token series really carry (CostService::discoverDimensions), or the catalog's
// list when Prometheus cannot tell within `timeoutSeconds`.
QStringList dimensionsInData(CostService &service, double timeoutSeconds)
{
    QEventLoop loop;
    QStringList found = service.dimensions();
    QObject::connect(&service, &CostService::dimensionsFound, &loop, [&found, &loop](const QStringList &dimensions) {
        found = dimensions;
        loop.quit();
    });
    QTimer::singleShot(int(timeoutSeconds * 1000), &loop, &QEventLoop::quit);
    service.discoverDimensions();
    loop.exec();
    return found;
}
} // namespace

int CostCommand::usage(const QString &message)
{
    m_err << "routedeckctl: " << message << "\n\n" << tr("Usage:\n") << usageLine() << Qt::flush;
    return CtlCommands::UsageError;
}

// What the command line asks for, read and checked by the steps of run().
struct CostCommand::Options
{
    CostService::Settings settings;
    RouterEndpointConfig router; // names providers of deployments; empty: the metrics only
    CostRequest request;
    QString rangeName;
    CostBreakdown breakdown = CostBreakdown::Dimension;
    QString dimensionToCheck; // a --by label the catalog cannot know, checked against the data
    double timeout = 0;
    bool csv = false;
    bool json = false;
};

int CostCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const std::optional<int> failed = parseCommandLine(parser, arguments))
        return *failed;
    Options options;
    if (const std::optional<int> failed = readOptions(parser, options))
        return *failed;
    CostService service(options.settings);
    if (const std::optional<int> failed = checkDimension(service, options))
        return *failed;
    const std::optional<CostReport> report = fetchReport(service, options);
    if (!report)
        return CtlCommands::UsageError;
    printReport(*report, options);
    return CtlCommands::Success;
}

// Declares the options and parses the arguments; a usage error for unknown options, arguments or --csv with --json.
std::optional<int> CostCommand::parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    CtlConnection::addOptions(parser, { tr("router admin URL (names providers of deployments)"), QString() });
    parser.addOption({ QStringLiteral("range"), tr("24h, 7d, 30d, Nd or FROM..TO (dates or date-times)"),
                       QStringLiteral("RANGE"), QStringLiteral("7d") });
    parser.addOption({ QStringLiteral("bucket"), tr("hour or day"), QStringLiteral("B") });
    parser.addOption({ QStringLiteral("by"), tr("model, deployment, provider, or a label of the token series (metadata_agent, team, tag_...)"),
                       QStringLiteral("WHAT"), QStringLiteral("model") });
    parser.addOption({ QStringLiteral("prices"), tr("price table for estimated spend"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("selector"), tr("extra label matchers for every query, e.g. job=\"litellm\""),
                       QStringLiteral("MATCHERS") });
    parser.addOption({ QStringLiteral("utc"), tr("days and months in UTC instead of local time") });
    parser.addOption({ QStringLiteral("csv"), tr("print the table as CSV") });
    parser.addOption({ QStringLiteral("json"), tr("print JSON") });
    parser.addOption({ QStringLiteral("timeout"), tr("seconds to wait for Prometheus (default 60)"), QStringLiteral("S"),
                       QStringLiteral("60") });
    if (!parser.parse(QStringList { QStringLiteral("cost") } + arguments))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("cost takes no arguments besides options, got '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(QStringLiteral("csv")) && parser.isSet(QStringLiteral("json")))
        return usage(tr("--csv and --json exclude each other"));
    return std::nullopt;
}

// Reads every option into `options`, in the order their errors are reported.
std::optional<int> CostCommand::readOptions(const QCommandLineParser &parser, Options &options)
{
    if (const std::optional<int> failed = readSettings(parser, options))
        return failed;
    if (const std::optional<int> failed = readRange(parser.value(QStringLiteral("range")).trimmed(), options))
        return failed;
    if (const std::optional<int> failed = readBucket(parser, options))
        return failed;
    if (const std::optional<int> failed = readBreakdown(parser, options))
        return failed;

    bool ok = false;
    options.timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || options.timeout <= 0)
        return usage(tr("--timeout takes seconds"));
    options.csv = parser.isSet(QStringLiteral("csv"));
    options.json = parser.isSet(QStringLiteral("json"));
    return std::nullopt;
}

// The connection (profile, Prometheus, router), the selector, the price table and the time zone.
std::optional<int> CostCommand::readSettings(const QCommandLineParser &parser, Options &options)
{
    Problems problems;
    CostService::Settings &settings = options.settings;
    QString pricesPath = parser.value(QStringLiteral("prices"));
    const CtlConnection::Result connection = CtlConnection::read(parser, &problems);
    if (!connection.error.isEmpty())
        return usage(connection.error);
    options.router = connection.endpoints.router;
    settings.prometheus = connection.endpoints.prometheus;
    if (const std::optional<ConnectionProfile> &profile = connection.profile) {
        settings.catalog = connection.endpoints.catalog;
        settings.selector = connection.endpoints.selector;
        if (pricesPath.isEmpty())
            pricesPath = CostService::priceTablePath(profile->name, profile->priceTable);
    }
    if (settings.prometheus.baseUrl.isEmpty())
        return usage(tr("cost needs --prometheus URL (or --profile NAME)"));
    if (parser.isSet(QStringLiteral("selector")))
        settings.selector = parser.value(QStringLiteral("selector"));
    if (parser.isSet(QStringLiteral("prices"))) {
        Problems priceProblems;
        settings.prices = PriceTable::load(pricesPath, &priceProblems);
        problems.append(priceProblems);
        if (hasErrors(priceProblems)) {
            for (const Problem &p : std::as_const(problems))
                m_err << p.toString() << '\n';
            return usage(tr("the price table %1 cannot be used").arg(pricesPath));
        }
    } else {
        settings.prices = CostService::loadPrices(pricesPath, &problems);
    }
    if (parser.isSet(QStringLiteral("utc")))
        settings.timeZone = QTimeZone::utc();
    for (const Problem &p : std::as_const(problems))
        m_err << p.toString() << '\n';
    return std::nullopt;
}

// --range: a preset, the last N days or hours, or FROM..TO; sets the request's range and its name.
std::optional<int> CostCommand::readRange(const QString &range, Options &options)
{
    CostRequest &request = options.request;
    QString &rangeName = options.rangeName;
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([dh])$"));
    if (const auto preset = CostReport::presetFromKey(range); preset && *preset != CostRangePreset::Custom) {
        request.preset = *preset;
        rangeName = *preset == CostRangePreset::Last24Hours ? tr("last 24 hours")
            : *preset == CostRangePreset::Last30Days       ? tr("last 30 days")
                                                           : tr("last 7 days");
    } else if (const QRegularExpressionMatch m = relative.match(range); m.hasMatch()) {
        const qint64 amount = m.captured(1).toLongLong();
        if (amount < 1)
            return usage(tr("--range %1 is empty").arg(range));
        request.preset = CostRangePreset::Custom;
        request.from = QDateTime::currentDateTimeUtc().addSecs(-amount * (m.captured(2) == QLatin1String("d") ? 86400 : 3600));
        rangeName = m.captured(2) == QLatin1String("d") ? tr("last %1 days").arg(amount) : tr("last %1 hours").arg(amount);
    } else if (range.contains(QLatin1String(".."))) {
        const qsizetype dots = range.indexOf(QLatin1String(".."));
        const auto parseTime = [&](const QString &text) {
            QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            if (!t.isValid()) {
                const QDate d = QDate::fromString(text, Qt::ISODate);
                if (d.isValid())
                    t = QDateTime(d, QTime(0, 0));
            }
            if (t.isValid() && t.timeSpec() == Qt::LocalTime)
                t = QDateTime(t.date(), t.time(), options.settings.timeZone);
            return t;
        };
        request.preset = CostRangePreset::Custom;
        request.from = parseTime(range.left(dots).trimmed());
        const QString toText = range.mid(dots + 2).trimmed();
        request.to = toText.isEmpty() ? QDateTime() : parseTime(toText);
        if (!request.from.isValid() || (!toText.isEmpty() && !request.to.isValid()))
            return usage(tr("--range %1: use FROM..TO with ISO dates or date-times, e.g. 2026-03-01..2026-03-08").arg(range));
        rangeName = tr("%1 to %2").arg(range.left(dots).trimmed(), toText.isEmpty() ? tr("now") : toText);
    } else {
        return usage(tr("--range takes 24h, 7d, 30d, a number of days such as 14d, or FROM..TO; got '%1'").arg(range));
    }
    return std::nullopt;
}

// --bucket, or the range's default bucket.
std::optional<int> CostCommand::readBucket(const QCommandLineParser &parser, Options &options)
{
    CostRequest &request = options.request;
    request.bucket = CostReport::defaultBucket(request.preset == CostRangePreset::Custom ? CostRangePreset::Last7Days
                                                                                          : request.preset);
    if (parser.isSet(QStringLiteral("bucket"))) {
        const QString bucket = parser.value(QStringLiteral("bucket")).toLower();
        if (bucket == QLatin1String("hour") || bucket == QLatin1String("hourly"))
            request.bucket = CostBucket::Hour;
        else if (bucket == QLatin1String("day") || bucket == QLatin1String("daily"))
            request.bucket = CostBucket::Day;
        else
            return usage(tr("--bucket takes hour or day, got '%1'").arg(bucket));
    }
    return std::nullopt;
}

// --by: a built-in breakdown, a catalog dimension, or a label the data may carry (see checkDimension()).
std::optional<int> CostCommand::readBreakdown(const QCommandLineParser &parser, Options &options)
{
    const QString byText = parser.value(QStringLiteral("by")).trimmed();
    const QString by = byText.toLower();
    const QueryCatalog &catalog = options.settings.catalog;
    if (by == QLatin1String("model") || by == QLatin1String("group") || by == QLatin1String("model_group"))
        options.breakdown = CostBreakdown::Group;
    else if (by == QLatin1String("deployment") || by == QLatin1String("model_id"))
        options.breakdown = CostBreakdown::Deployment;
    else if (by == QLatin1String("provider"))
        options.breakdown = CostBreakdown::Provider;
    else if (catalog.costDimensions().contains(by))
        options.request.dimension = by;
    else if (QueryCatalog::isLabelName(byText))
        options.dimensionToCheck = byText;
    else
        return usage(tr("--by takes model, deployment, provider or a label name such as %1; got '%2'")
                         .arg(catalog.costDimensions().join(QStringLiteral(", ")), byText));
    return std::nullopt;
}

// A --by label the catalog does not know: the token series must carry it.
std::optional<int> CostCommand::checkDimension(CostService &service, Options &options)
{
    if (options.dimensionToCheck.isEmpty())
        return std::nullopt;
    // LiteLLM's custom_prometheus_metadata_labels and tags become labels the catalog cannot know.
    const QStringList found = dimensionsInData(service, options.timeout);
    if (!found.contains(options.dimensionToCheck))
        return usage(tr("--by takes model, deployment, provider or a label of the token series (%1); got '%2'")
                         .arg(found.join(QStringLiteral(", ")), options.dimensionToCheck));
    options.request.dimension = options.dimensionToCheck;
    return std::nullopt;
}

// Fetches the report (with the router's providers when --router is given) within the timeout; nullopt
// after saying why when there is none.
std::optional<CostReport> CostCommand::fetchReport(CostService &service, const Options &options)
{
    const double timeout = options.timeout;
    QEventLoop loop;
    std::optional<CostReport> report;
    QString failure;
    int routerPending = 0;
    bool costDone = false;
    const auto maybeQuit = [&] {
        if (costDone && routerPending == 0)
            loop.quit();
    };
    QObject::connect(&service, &CostService::reportReady, &loop, [&](quint64, const CostReport &r) {
        report = r;
        costDone = true;
        maybeQuit();
    });
    QObject::connect(&service, &CostService::fetchFailed, &loop, [&](quint64, const QString &message) {
        failure = message;
        costDone = true;
        maybeQuit();
    });
    RouterClient routerClient(options.router);
    if (!options.router.baseUrl.isEmpty()) {
        // Providers for deployments whose metrics lack api_provider; the numbers do not wait on it for long.
        routerPending = 1;
        QObject::connect(&routerClient, &RouterClient::deploymentsFetched, &loop, [&](quint64, const RouterDeploymentsReply &reply) {
            if (reply.ok)
                service.setDeployments(reply.deployments);
            else
                m_err << tr("warning: the router did not answer (%1); providers come from the metrics only\n").arg(reply.errorString);
            routerPending = 0;
            if (!costDone || !report)
                return;
            // The report came first: build it again with the providers, and wait for that one.
            costDone = false;
            service.setPrices(service.prices());
        });
        routerClient.fetchDeployments();
    }
    QTimer::singleShot(int(timeout * 1000), &loop, [&] {
        if (!costDone)
            failure = tr("Prometheus gave no answer within %1 s").arg(timeout);
        costDone = true;
        routerPending = 0;
        loop.quit();
    });
    service.fetch(options.request);
    loop.exec();
    service.cancel();
    routerClient.abortAll();

    if (!report)
        m_err << tr("routedeckctl: cost: %1\n").arg(failure) << Qt::flush;
    return report;
}

// The report as CSV, JSON or text, then both streams flushed.
void CostCommand::printReport(const CostReport &report, const Options &options)
{
    CostTableModel table;
    table.setBreakdown(options.breakdown);
    table.setReport(report);
    if (options.csv)
        m_out << table.toCsv();
    else if (options.json)
        printJson(report, int(options.breakdown), options.rangeName);
    else
        printText(report, table, options.rangeName);
    m_out << Qt::flush;
    m_err << Qt::flush;
}

void CostCommand::printText(const CostReport &report, const CostTableModel &table, const QString &rangeName)
{
    m_out << tr("Cost and tokens, %1: %2\n").arg(rangeName, CostFormat::rangeDescription(report));
    if (!report.hasData()) {
        m_out << tr("No data for this range.\n");
        for (const QString &note : report.notes()) {
            if (!note.startsWith(tr("No data")))
                m_out << tr("Note: %1\n").arg(note);
        }
        return;
    }
    printTextTotals(report);
    printTextTable(report, table);
    printTextMovers(report, table);
}

// Spend, tokens and requests of the whole range, and the day-over-day and week-over-week changes.
void CostCommand::printTextTotals(const CostReport &report)
{
    const QString currency = report.currency();
    const CostFigures &t = report.total().total;
    const QString estimated = report.spendEstimated() ? QStringLiteral(" (") + CostFormat::estimatedWord() + QLatin1Char(')') : QString();
    m_out << tr("Spend%1: %2\n").arg(estimated, CostFormat::money(t.spend, currency));
    m_out << tr("Tokens: %1 input, %2 output\n").arg(CostFormat::count(t.inputTokens), CostFormat::count(t.outputTokens));
    m_out << tr("Requests: %1; cost per 1,000 requests%2: %3; average input tokens per call: %4\n")
                 .arg(CostFormat::count(t.requests), estimated, CostFormat::money(t.costPer1kRequests(), currency),
                      CostFormat::count(t.averageInputTokens()));
    const QLocale locale;
    if (report.dayComparisonAvailable())
        m_out << tr("Day over day: %1 (%2 against the day before)\n")
                     .arg(CostFormat::change(report.total().dayOverDay()), locale.toString(report.lastDay(), QStringLiteral("ddd d MMM")));
    else
        m_out << tr("Day over day: no data (the data does not cover the last two complete days)\n");
    if (report.weekComparisonAvailable())
        m_out << tr("Week over week: %1 (the last 7 complete days against the 7 before)\n")
                     .arg(CostFormat::change(report.total().weekOverWeek()));
    else
        m_out << tr("Week over week: no data (the data does not cover the last 14 complete days)\n");
}

// The page's table, one row per item and a total row.
void CostCommand::printTextTable(const CostReport &report, const CostTableModel &table)
{
    const QString currency = report.currency();
    const CostFigures &t = report.total().total;
    QList<QStringList> rows;
    QList<bool> right;
    // The page's column titles are sentences; a terminal wants them short.
    const QString spendTitle = report.spendEstimated() ? tr("SPEND (ESTIMATED)") : tr("SPEND");
    rows.append({ CostReport::breakdownTitle(table.breakdown(), report.dimension()).toUpper(), spendTitle, tr("SHARE"),
                  tr("INPUT TOKENS"), tr("OUTPUT TOKENS"), tr("REQUESTS"), tr("PER 1K REQ"), tr("IN TOK/CALL"),
                  tr("DAY/DAY"), tr("WEEK/WEEK") });
    for (int c = 0; c < table.columnCount(); ++c)
        right.append(c != 0);
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columnCount(); ++c)
            row.append(table.index(r, c).data().toString());
        rows.append(row);
    }
    const CostItem &all = report.total();
    rows.append({ tr("TOTAL"), CostFormat::money(t.spend, currency), t.spend > 0 ? QStringLiteral("100.0 %") : CostFormat::noData(),
                  CostFormat::shortCount(t.inputTokens), CostFormat::shortCount(t.outputTokens), CostFormat::shortCount(t.requests),
                  CostFormat::money(t.costPer1kRequests(), currency), CostFormat::count(t.averageInputTokens()),
                  CostFormat::change(all.dayOverDay()), CostFormat::change(all.weekOverWeek()) });
    m_out << '\n' << CtlCommands::formatTable(rows, right) << '\n';
}

// The top movers of the last complete day, the month-end projection and the report's notes.
void CostCommand::printTextMovers(const CostReport &report, const CostTableModel &table)
{
    const QString currency = report.currency();
    const QLocale locale;
    const CostBreakdown breakdown = table.breakdown();
    const QList<CostMover> absolute = report.topIncreases(breakdown);
    const QList<CostMover> relative = report.topRelativeIncreases(breakdown);
    if (!report.dayComparisonAvailable()) {
        m_out << tr("Top movers: no data (needs the last two complete days)\n");
    } else if (absolute.isEmpty()) {
        m_out << tr("Top movers: nothing spent more on %1 than the day before\n")
                     .arg(locale.toString(report.lastDay(), QStringLiteral("ddd d MMM")));
    } else {
        m_out << tr("Top movers, %1 against the day before:\n").arg(locale.toString(report.lastDay(), QStringLiteral("ddd d MMM")));
        for (const CostMover &m : absolute)
            m_out << tr("  largest increase: %1\n").arg(CostFormat::moverSentence(m, currency));
        for (const CostMover &m : relative)
            m_out << tr("  largest relative increase: %1\n").arg(CostFormat::moverSentence(m, currency));
    }
    m_out << tr("Projection: %1\n").arg(CostFormat::projectionSentence(report.projection(), currency));
    for (const QString &note : report.notes())
        m_out << tr("Note: %1\n").arg(note);
}

void CostCommand::printJson(const CostReport &report, int breakdownValue, const QString &rangeName)
{
    const CostBreakdown breakdown = CostBreakdown(breakdownValue);
    QJsonArray items;
    for (const CostItem &item : report.items(breakdown))
        items.append(itemJson(item, report));
    QJsonObject total = itemJson(report.total(), report);
    total.remove(QStringLiteral("key"));
    const CostProjection p = report.projection();
    QJsonObject projection { { QStringLiteral("valid"), p.valid } };
    if (p.valid) {
        projection.insert(QStringLiteral("month"), p.month.toString(QStringLiteral("yyyy-MM")));
        projection.insert(QStringLiteral("monthToDate"), number(p.monthToDate));
        projection.insert(QStringLiteral("dailyRate"), number(p.dailyRate));
        projection.insert(QStringLiteral("projected"), number(p.projected));
        projection.insert(QStringLiteral("daysLeft"), p.daysLeft);
        projection.insert(QStringLiteral("rateWindowHours"), double(p.rateWindowMsecs) / 3600000.0);
        projection.insert(QStringLiteral("estimated"), p.estimated);
        if (p.monthDataSince.isValid())
            projection.insert(QStringLiteral("monthDataSince"), p.monthDataSince.toString(Qt::ISODate));
    }
    projection.insert(QStringLiteral("text"), CostFormat::projectionSentence(p, report.currency()));
    const QJsonObject root {
        { QStringLiteral("range"), QJsonObject { { QStringLiteral("name"), rangeName },
                                                 { QStringLiteral("from"), report.from().toString(Qt::ISODate) },
                                                 { QStringLiteral("to"), report.to().toString(Qt::ISODate) },
                                                 { QStringLiteral("bucket"), report.bucket() == CostBucket::Hour ? QStringLiteral("hour")
                                                                                                                 : QStringLiteral("day") } } },
        { QStringLiteral("hasData"), report.hasData() },
        { QStringLiteral("currency"), report.currency() },
        { QStringLiteral("spendEstimated"), report.spendEstimated() },
        { QStringLiteral("spendMetricMissing"), report.spendMetricMissing() },
        { QStringLiteral("by"), breakdown == CostBreakdown::Dimension ? report.dimension() : CostReport::breakdownKey(breakdown) },
        { QStringLiteral("total"), total },
        { QStringLiteral("items"), items },
        { QStringLiteral("lastDay"), report.dayComparisonAvailable() ? QJsonValue(report.lastDay().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("movers"), QJsonObject { { QStringLiteral("absolute"), moversJson(report.topIncreases(breakdown)) },
                                                  { QStringLiteral("relative"), moversJson(report.topRelativeIncreases(breakdown)) } } },
        { QStringLiteral("projection"), projection },
        { QStringLiteral("notes"), QJsonArray::fromStringList(report.notes()) },
    };
    m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace RouteDeck
