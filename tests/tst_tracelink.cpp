// SPDX-License-Identifier: GPL-3.0-or-later
// TraceLink: a profile's traces_url template filled in for "Open Traces". Every placeholder, names
// percent-encoded, other braces (Grafana's JSON) kept, times in UTC whatever zone they come in, and the
// message a user sees for a template that cannot work.
#include "tracelink.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace RouteDeck;

namespace {
// 2026-12-04T03:06:27.250Z = 1796353587250 ms; 2026-12-04T03:21:27Z = 1796354487000 ms.
QDateTime start()
{
    return QDateTime(QDate(2026, 12, 4), QTime(3, 6, 27, 250), QTimeZone::utc());
}

QDateTime end()
{
    return QDateTime(QDate(2026, 12, 4), QTime(3, 21, 27), QTimeZone::utc());
}

QString encoded(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

class TestTraceLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("url");
        const QString base = QStringLiteral("https://traces.example.com/search?v=");
        QTest::addRow("model_id") << base + QStringLiteral("{model_id}") << base + QStringLiteral("dep-1");
        QTest::addRow("group") << base + QStringLiteral("{group}") << base + QStringLiteral("gpt-4o");
        QTest::addRow("start: RFC 3339 UTC, seconds") << base + QStringLiteral("{start}")
                                                      << base + QStringLiteral("2026-12-04T03:06:27Z");
        QTest::addRow("end") << base + QStringLiteral("{end}") << base + QStringLiteral("2026-12-04T03:21:27Z");
        QTest::addRow("start_ms") << base + QStringLiteral("{start_ms}") << base + QStringLiteral("1796353587250");
        QTest::addRow("end_ms") << base + QStringLiteral("{end_ms}") << base + QStringLiteral("1796354487000");
        QTest::addRow("start_s") << base + QStringLiteral("{start_s}") << base + QStringLiteral("1796353587");
        QTest::addRow("end_s") << base + QStringLiteral("{end_s}") << base + QStringLiteral("1796354487");
        QTest::addRow("start_us") << base + QStringLiteral("{start_us}") << base + QStringLiteral("1796353587250000");
        QTest::addRow("end_us") << base + QStringLiteral("{end_us}") << base + QStringLiteral("1796354487000000");
        QTest::addRow("every one, twice where used twice")
            << QStringLiteral("https://traces.example.com/{group}/{model_id}?from={start}&to={end}&again={model_id}")
            << QStringLiteral("https://traces.example.com/gpt-4o/dep-1?from=2026-12-04T03:06:27Z&to=2026-12-04T03:21:27Z&again=dep-1");
        QTest::addRow("no placeholder: a fixed page") << QStringLiteral("https://grafana.example.com/explore")
                                                      << QStringLiteral("https://grafana.example.com/explore");
        QTest::addRow("surrounding whitespace") << QStringLiteral("  https://traces.example.com/?m={model_id}\n")
                                                << QStringLiteral("https://traces.example.com/?m=dep-1");
        QTest::addRow("http") << QStringLiteral("http://jaeger:16686/trace?m={model_id}")
                              << QStringLiteral("http://jaeger:16686/trace?m=dep-1");
    }

    void placeholders()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, url);
        QString error;
        const QUrl built = TraceLink::build(urlTemplate, QStringLiteral("dep-1"), QStringLiteral("gpt-4o"), start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(encoded(built), url);
        QCOMPARE(TraceLink::validate(urlTemplate), QString());
    }

    void namesArePercentEncoded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encodedName");
        QTest::addRow("space, slash, quotes") << QStringLiteral("team a/b \"x\"") << QStringLiteral("team%20a%2Fb%20%22x%22");
        QTest::addRow("query delimiters") << QStringLiteral("a&b=c#d") << QStringLiteral("a%26b%3Dc%23d");
        QTest::addRow("braces and percent") << QStringLiteral("{end}%20") << QStringLiteral("%7Bend%7D%2520");
        QTest::addRow("unicode") << QStringLiteral("modèle") << QStringLiteral("mod%C3%A8le");
        QTest::addRow("unreserved kept") << QStringLiteral("a-b_c.d~e") << QStringLiteral("a-b_c.d~e");
    }

    void namesArePercentEncoded()
    {
        QFETCH(QString, name);
        QFETCH(QString, encodedName);
        const QString urlTemplate = QStringLiteral("https://traces.example.com/search?group={group}&model={model_id}");
        QString error;
        const QUrl url = TraceLink::build(urlTemplate, name, name, start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(encoded(url),
                 QStringLiteral("https://traces.example.com/search?group=%1&model=%1").arg(encodedName));
        // Whatever the name holds, it comes back whole as its own query parameter.
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("group"), QUrl::FullyDecoded), name);
        QCOMPARE(query.queryItemValue(QStringLiteral("model"), QUrl::FullyDecoded), name);
    }

    void emptyModelIdForAWholeGroup()
    {
        QString error;
        const QUrl url = TraceLink::build(QStringLiteral("https://traces.example.com/search?model={model_id}&group={group}"),
                                          QString(), QStringLiteral("gpt-4o"), start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(encoded(url), QStringLiteral("https://traces.example.com/search?model=&group=gpt-4o"));
    }

    void jaegerExample()
    {
        const QString urlTemplate = QStringLiteral("http://jaeger:16686/search?service=litellm&tags=%7B%22model_id%22%3A%22{model_id}"
                                                   "%22%7D&start={start_us}&end={end_us}");
        QString error;
        const QUrl url = TraceLink::build(urlTemplate, QStringLiteral("dep 1"), QStringLiteral("gpt-4o"), start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(url.host(), QStringLiteral("jaeger"));
        QCOMPARE(url.port(), 16686);
        QCOMPARE(url.path(), QStringLiteral("/search"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("service")), QStringLiteral("litellm"));
        QCOMPARE(query.queryItemValue(QStringLiteral("tags"), QUrl::FullyDecoded), QStringLiteral("{\"model_id\":\"dep 1\"}"));
        QCOMPARE(query.queryItemValue(QStringLiteral("start")), QStringLiteral("1796353587250000"));
        QCOMPARE(query.queryItemValue(QStringLiteral("end")), QStringLiteral("1796354487000000"));
    }

    // Grafana Explore keeps its state as JSON in the query string: its braces, and a TraceQL selector's,
    // are not placeholders and stay as typed; the placeholders inside the JSON strings are filled.
    void grafanaJsonBracesAreKept()
    {
        const QString urlTemplate = QStringLiteral(
            "https://grafana.example.com/explore?left={\"datasource\":\"tempo\",\"queries\":[{\"query\":\"{ "
            "resource.service.name=\\\"litellm\\\" %26%26 span.model_id=\\\"{model_id}\\\" }\"}],"
            "\"range\":{\"from\":\"{start_ms}\",\"to\":\"{end_ms}\"}}&orgId=1");
        QString error;
        const QUrl url = TraceLink::build(urlTemplate, QStringLiteral("dep-1"), QStringLiteral("gpt-4o"), start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(url.host(), QStringLiteral("grafana.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/explore"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("left"), QUrl::FullyDecoded),
                 QStringLiteral("{\"datasource\":\"tempo\",\"queries\":[{\"query\":\"{ resource.service.name=\\\"litellm\\\" && "
                                "span.model_id=\\\"dep-1\\\" }\"}],\"range\":{\"from\":\"1796353587250\",\"to\":\"1796354487000\"}}"));
        QCOMPARE(query.queryItemValue(QStringLiteral("orgId")), QStringLiteral("1"));
        QCOMPARE(TraceLink::validate(urlTemplate), QString());
    }

    void otherBracesAreKept()
    {
        QString error;
        const QUrl url = TraceLink::build(QStringLiteral("https://t.example.com/?a={model_id&b={}&c={{group}}&d={end"),
                                          QStringLiteral("dep-1"), QStringLiteral("gpt-4o"), start(), end(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(QUrlQuery(url).toString(QUrl::FullyDecoded), QStringLiteral("a={model_id&b={}&c={gpt-4o}&d={end"));
    }

    void timesAreUtcWhateverTheZone_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addRow("UTC") << start() << end();
        QTest::addRow("+05:30") << start().toTimeZone(QTimeZone(5 * 3600 + 1800)) << end().toTimeZone(QTimeZone(5 * 3600 + 1800));
        QTest::addRow("-09:30") << start().toTimeZone(QTimeZone(-(9 * 3600 + 1800))) << end().toTimeZone(QTimeZone(-(9 * 3600 + 1800)));
        QTest::addRow("local time") << start().toLocalTime() << end().toLocalTime();
    }

    void timesAreUtcWhateverTheZone()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QVERIFY(from.isValid());
        QString error;
        const QUrl url = TraceLink::build(QStringLiteral("https://t.example.com/?from={start}&to={end}&ms={start_ms}&s={end_s}"),
                                          QStringLiteral("dep-1"), QStringLiteral("gpt-4o"), from, to, &error);
        QCOMPARE(error, QString());
        QCOMPARE(encoded(url),
                 QStringLiteral("https://t.example.com/?from=2026-12-04T03:06:27Z&to=2026-12-04T03:21:27Z&ms=1796353587250&s=1796354487"));
    }

    void badTemplates_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QString() << QStringLiteral("No traces URL: set traces_url");
        QTest::addRow("blank") << QStringLiteral("  \t") << QStringLiteral("No traces URL: set traces_url");
        QTest::addRow("ftp") << QStringLiteral("ftp://traces.example.com/{model_id}")
                             << QStringLiteral("must start with http:// or https://: ftp://traces.example.com/{model_id}");
        QTest::addRow("not a url") << QStringLiteral("not a url") << QStringLiteral("must start with http:// or https://: not a url");
        QTest::addRow("placeholder as the whole URL") << QStringLiteral("{model_id}")
                                                      << QStringLiteral("must start with http:// or https://");
        QTest::addRow("no host") << QStringLiteral("https:///search?m={model_id}") << QStringLiteral("names no host");
    }

    void badTemplates()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, message);
        QString error;
        const QUrl url = TraceLink::build(urlTemplate, QStringLiteral("dep-1"), QStringLiteral("gpt-4o"), start(), end(), &error);
        QVERIFY(url.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("traces_url")), qPrintable(error));
        QVERIFY2(TraceLink::validate(urlTemplate).contains(message), qPrintable(TraceLink::validate(urlTemplate)));
        // No error pointer: still an empty URL, no crash.
        QVERIFY(TraceLink::build(urlTemplate, QStringLiteral("dep-1"), QString(), start(), end()).isEmpty());
    }

    void longTemplatesAreShortenedInMessages()
    {
        const QString urlTemplate = QStringLiteral("ftp://traces.example.com/") + QString(200, QLatin1Char('x'));
        QString error;
        QVERIFY(TraceLink::build(urlTemplate, QString(), QString(), start(), end(), &error).isEmpty());
        QVERIFY2(error.endsWith(QStringLiteral("…")), qPrintable(error));
        QVERIFY2(error.size() < 200, qPrintable(error));
    }

    void errorIsClearedOnSuccess()
    {
        QString error = QStringLiteral("stale");
        QVERIFY(!TraceLink::build(QStringLiteral("https://t.example.com/"), QString(), QString(), start(), end(), &error).isEmpty());
        QCOMPARE(error, QString());
    }

    void timePlaceholderWithoutATime()
    {
        QString error;
        QVERIFY(TraceLink::build(QStringLiteral("https://t.example.com/?from={start_ms}"), QStringLiteral("dep-1"), QString(),
                                 QDateTime(), end(), &error)
                    .isEmpty());
        QVERIFY2(error.contains(QStringLiteral("{start_ms}")), qPrintable(error));
        // A template without time placeholders needs no time.
        QVERIFY(!TraceLink::build(QStringLiteral("https://t.example.com/?m={model_id}"), QStringLiteral("dep-1"), QString(),
                                  QDateTime(), QDateTime(), &error)
                     .isEmpty());
        QCOMPARE(error, QString());
    }

    void validateNamesUnknownPlaceholders_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("unknown"); // empty: valid
        QTest::addRow("typo") << QStringLiteral("https://t.example.com/?m={model}") << QStringLiteral("{model}");
        QTest::addRow("wrong case") << QStringLiteral("https://t.example.com/?m={MODEL_ID}") << QStringLiteral("{MODEL_ID}");
        QTest::addRow("Grafana variable") << QStringLiteral("https://g.example.com/d/x?from=${__from}&var-m=${model}") << QString();
        QTest::addRow("TraceQL selector") << QStringLiteral("https://g.example.com/?q={ span.model_id=\"{model_id}\" }") << QString();
    }

    void validateNamesUnknownPlaceholders()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, unknown);
        const QString problem = TraceLink::validate(urlTemplate);
        if (unknown.isEmpty()) {
            QCOMPARE(problem, QString());
        } else {
            QVERIFY2(problem.contains(unknown), qPrintable(problem));
            QVERIFY2(problem.contains(QStringLiteral("{model_id}")), qPrintable(problem));
            // build() leaves it alone: the link still opens.
            QVERIFY(!TraceLink::build(urlTemplate, QStringLiteral("dep-1"), QString(), start(), end()).isEmpty());
        }
    }

    void placeholderList()
    {
        QCOMPARE(TraceLink::placeholders().join(QLatin1Char(' ')),
                 QStringLiteral("{model_id} {group} {start} {end} {start_ms} {end_ms} {start_s} {end_s} {start_us} {end_us}"));
    }
};

QTEST_GUILESS_MAIN(TestTraceLink)
#include "tst_tracelink.moc"
