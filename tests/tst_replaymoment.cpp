// SPDX-License-Identifier: GPL-3.0-or-later
// ReplayMoment: the moment an incident replay shows, as typed after --at. ISO 8601 with Z, an offset or
// no zone (local time), to the millisecond; or a span before now (-90s, -15m, -2h, -1d). Always UTC
// back; nothing more than 400 days back (relative form) or more than a minute ahead; and a message
// naming the input, shortened, for anything else.
#include "replaymoment.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace RouteDeck;

namespace {
// 2026-12-05T00:00:00Z: a fixed "now", so the relative forms and the future check are exact.
QDateTime now()
{
    return QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::UTC);
}

QDateTime utc(int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second, ms), Qt::UTC);
}
} // namespace

class TestReplayMoment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        // Local time 5:30 ahead of UTC (a POSIX TZ, no zone database needed), so "local time" means
        // something even where the tests run in UTC.
        qputenv("TZ", "IST-5:30");
        tzset();
#endif
    }

    void isoMoments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("moment");
        QTest::addRow("Z") << QStringLiteral("2026-12-04T03:06:27Z") << utc(4, 3, 6, 27);
        QTest::addRow("+01:00: an hour earlier in UTC") << QStringLiteral("2026-12-04T04:06:27+01:00") << utc(4, 3, 6, 27);
        QTest::addRow("-05:30") << QStringLiteral("2026-12-03T21:36:27-05:30") << utc(4, 3, 6, 27);
        QTest::addRow("milliseconds") << QStringLiteral("2026-12-04T03:06:27.250Z") << utc(4, 3, 6, 27, 250);
        QTest::addRow("spaces around (a pasted link)") << QStringLiteral("  2026-12-04T03:06:27Z\n") << utc(4, 3, 6, 27);
    }

    // ISO 8601 as an alert's link carries it: the same instant, expressed in UTC whatever zone it came in.
    void isoMoments()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, moment);
        QString error = QStringLiteral("left over from before");
        const QDateTime parsed = ReplayMoment::parse(text, now(), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed, moment);
        QCOMPARE(parsed.toMSecsSinceEpoch(), moment.toMSecsSinceEpoch());
        QCOMPARE(parsed.timeSpec(), Qt::UTC); // converted, not merely the same instant in another zone
        QCOMPARE(parsed.toString(Qt::ISODateWithMs), moment.toString(Qt::ISODateWithMs));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // a success clears an earlier message
    }

    // Without a zone the time is the user's local time (the clock on the wall during the incident).
    void noZoneIsLocalTime()
    {
        const QDateTime local(QDate(2026, 12, 4), QTime(3, 6, 27)); // local time
        QString error;
        QDateTime parsed = ReplayMoment::parse(QStringLiteral("2026-12-04T03:06:27"), now(), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed.toMSecsSinceEpoch(), local.toUTC().toMSecsSinceEpoch());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        if (local.offsetFromUtc() == 5 * 3600 + 30 * 60) // TZ took effect (initTestCase): 03:06:27 there is 21:36:27Z
            QCOMPARE(parsed, utc(3, 21, 36, 27));

        const QDateTime localMs(QDate(2026, 12, 4), QTime(3, 6, 27, 250));
        parsed = ReplayMoment::parse(QStringLiteral("2026-12-04T03:06:27.250"), now(), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed.toMSecsSinceEpoch(), localMs.toUTC().toMSecsSinceEpoch());
    }

    void relativeMoments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addRow("-90s") << QStringLiteral("-90s") << qint64(90);
        QTest::addRow("-15m") << QStringLiteral("-15m") << qint64(15 * 60);
        QTest::addRow("-2h") << QStringLiteral("-2h") << qint64(2 * 3600);
        QTest::addRow("-1d") << QStringLiteral("-1d") << qint64(86400);
        QTest::addRow("-0s: now") << QStringLiteral("-0s") << qint64(0);
        QTest::addRow("-400d: the limit itself") << QStringLiteral("-400d") << qint64(400) * 86400;
        QTest::addRow("-9600h: 400 days in hours") << QStringLiteral("-9600h") << qint64(400) * 86400;
        QTest::addRow("spaces around") << QStringLiteral(" -15m ") << qint64(15 * 60);
    }

    // A span before `now`, exactly: the caller's clock decides, not the moment parse() runs.
    void relativeMoments()
    {
        QFETCH(QString, text);
        QFETCH(qint64, secondsAgo);
        QString error = QStringLiteral("left over from before");
        const QDateTime parsed = ReplayMoment::parse(text, now(), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed, now().addSecs(-secondsAgo));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A `now` in local time still gives UTC back, the same instant.
    void relativeToALocalNowIsUtc()
    {
        const QDateTime localNow = now().toLocalTime();
        const QDateTime parsed = ReplayMoment::parse(QStringLiteral("-15m"), localNow);
        QCOMPARE(parsed.toMSecsSinceEpoch(), now().addSecs(-900).toMSecsSinceEpoch());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void tooLongAgo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("-401d") << QStringLiteral("-401d");
        QTest::addRow("-9601h: an hour past 400 days") << QStringLiteral("-9601h");
        QTest::addRow("-34560001s: a second past 400 days") << QStringLiteral("-34560001s");
        QTest::addRow("-999999999d: no overflow into the future") << QStringLiteral("-999999999d");
    }

    // Beyond any retention worth asking: refused with a message that says so, not a silent empty replay.
    void tooLongAgo()
    {
        QFETCH(QString, text);
        QString error;
        const QDateTime parsed = ReplayMoment::parse(text, now(), &error);
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        QVERIFY2(error.contains(QLatin1String("400 days")), qPrintable(error));
        QVERIFY2(error.contains(text), qPrintable(error)); // names what was typed
    }

    // Nothing to replay ahead of now: more than a minute ahead is refused (clock skew of up to 60 s is not).
    void futureIsRefused_data()
    {
        QTest::addColumn<qint64>("secondsAhead");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("+2 min") << qint64(120) << false;
        QTest::addRow("+61 s") << qint64(61) << false;
        QTest::addRow("+1 day") << qint64(86400) << false;
        QTest::addRow("+60 s: within the slack") << qint64(60) << true;
        QTest::addRow("+30 s") << qint64(30) << true;
        QTest::addRow("now") << qint64(0) << true;
    }

    void futureIsRefused()
    {
        QFETCH(qint64, secondsAhead);
        QFETCH(bool, accepted);
        const QDateTime ahead = now().addSecs(secondsAhead);
        QString error = QStringLiteral("left over from before");
        const QDateTime parsed = ReplayMoment::parse(ahead.toString(Qt::ISODate), now(), &error);
        if (accepted) {
            QVERIFY2(parsed.isValid(), qPrintable(error));
            QCOMPARE(parsed, ahead);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        QVERIFY2(error.contains(QLatin1String("in the future")), qPrintable(error));
        QVERIFY2(error.contains(ahead.toString(Qt::ISODate)), qPrintable(error)); // the moment, in UTC
    }

    // The same check for a moment given in another zone: the instant counts, not the wall-clock digits.
    void futureInAnotherZoneIsRefused()
    {
        // 2026-12-05T01:30:00+01:00 is 00:30Z: 30 minutes ahead of now.
        QString error;
        QVERIFY(!ReplayMoment::parse(QStringLiteral("2026-12-05T01:30:00+01:00"), now(), &error).isValid());
        QVERIFY2(error.contains(QLatin1String("in the future")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("2026-12-05T00:30:00Z")), qPrintable(error));
        // 2026-12-04T19:30:00-05:00 is the same 00:30Z.
        QVERIFY(!ReplayMoment::parse(QStringLiteral("2026-12-04T19:30:00-05:00"), now(), &error).isValid());
        QVERIFY2(error.contains(QLatin1String("in the future")), qPrintable(error));
        // 2026-12-05T00:30:00+02:00 is 22:30Z the day before: in the past, accepted.
        QCOMPARE(ReplayMoment::parse(QStringLiteral("2026-12-05T00:30:00+02:00"), now(), &error), utc(4, 22, 30, 0));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void junk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("yesterday") << QStringLiteral("yesterday");
        QTest::addRow("empty") << QString();
        QTest::addRow("no unit: -15") << QStringLiteral("-15");
        QTest::addRow("no minus: 15m") << QStringLiteral("15m");
        QTest::addRow("weeks: -1w") << QStringLiteral("-1w");
        QTest::addRow("ahead: +15m") << QStringLiteral("+15m");
        QTest::addRow("space inside: -15 m") << QStringLiteral("-15 m");
        QTest::addRow("fraction: -1.5h") << QStringLiteral("-1.5h");
        QTest::addRow("ten digits: -1234567890s") << QStringLiteral("-1234567890s");
        QTest::addRow("month 13") << QStringLiteral("2026-13-04T03:06:27Z");
        QTest::addRow("hour 25") << QStringLiteral("2026-12-04T25:06:27Z");
    }

    // Anything else: invalid, with a message that names the input and shows the forms that work.
    void junk()
    {
        QFETCH(QString, text);
        QString error;
        const QDateTime parsed = ReplayMoment::parse(text, now(), &error);
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        QVERIFY2(error.startsWith(QStringLiteral("'%1' is not a time").arg(text.trimmed())), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("ISO 8601")) && error.contains(QLatin1String("-15m")), qPrintable(error));
        // Without an error pointer: still invalid, and nothing to crash on.
        QVERIFY(!ReplayMoment::parse(text, now()).isValid());
    }

    void yesterdayIsNotATime()
    {
        QString error;
        QVERIFY(!ReplayMoment::parse(QStringLiteral("yesterday"), now(), &error).isValid());
        QVERIFY2(error.startsWith(QLatin1String("'yesterday' is not a time")), qPrintable(error));
    }

    // A pasted blob (10,000 characters) is quoted shortened, not echoed whole into a one-line message.
    void longJunkIsShortened()
    {
        const QString blob = QString(10000, QLatin1Char('x'));
        QString error;
        QVERIFY(!ReplayMoment::parse(blob, now(), &error).isValid());
        QVERIFY2(error.contains(QLatin1String(" is not a time")), qPrintable(error.left(300)));
        QVERIFY2(!error.contains(blob), "the whole input is in the message");
        QVERIFY2(error.size() < 500, qPrintable(QStringLiteral("%1 characters: %2").arg(error.size()).arg(error.left(300))));
        QVERIFY2(error.startsWith(QStringLiteral("'") + QString(60, QLatin1Char('x'))), qPrintable(error.left(300)));
        QVERIFY2(error.contains(QChar(0x2026)), qPrintable(error.left(300))); // "…": says it was cut
        // Control characters in junk do not break the message's line.
        QVERIFY(!ReplayMoment::parse(QStringLiteral("2026\n12\t04"), now(), &error).isValid());
        QVERIFY2(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\t')), qPrintable(error));
    }

    // One parse's message does not outlive it: an accepted moment clears it, whatever form it had.
    void errorIsClearedOnSuccess()
    {
        QString error;
        QVERIFY(!ReplayMoment::parse(QStringLiteral("yesterday"), now(), &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(ReplayMoment::parse(QStringLiteral("-15m"), now(), &error).isValid());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!ReplayMoment::parse(QStringLiteral("-401d"), now(), &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(ReplayMoment::parse(QStringLiteral("2026-12-04T03:06:27Z"), now(), &error).isValid());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!ReplayMoment::parse(now().addSecs(3600).toString(Qt::ISODate), now(), &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(ReplayMoment::parse(now().addSecs(30).toString(Qt::ISODate), now(), &error).isValid());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReplayMoment)
#include "tst_replaymoment.moc"
