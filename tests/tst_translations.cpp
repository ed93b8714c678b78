// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue is complete and current, its translations keep every placeholder, and the
// strings of file-local translation helpers (whose context is not lupdate's) are found at run time.
#include "catalogtranslator.h"
#include "connectionprofile.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace RouteDeck;

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type; // "", "unfinished", "obsolete", "vanished"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message { context, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                current.translations.append(xml.text().toString());
            messages.append(current);
        } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // lupdate over today's sources changes nothing: no string is new (unfinished), none is gone.
    void catalogueIsCompleteAndCurrent()
    {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QFAIL(qPrintable(QStringLiteral("lupdate not found at %1 (Debian: qt6-l10n-tools)").arg(lupdate)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("routedeck_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(ROUTEDECK_SOURCE_DIR "/translations/routedeck_de.ts"), copy));
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(ROUTEDECK_SOURCE_DIR));
        process.start(lupdate, { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
                                 QStringLiteral("ui"), QStringLiteral("widgets"), QStringLiteral("base"),
                                 QStringLiteral("-ts"), copy });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems.append(QStringLiteral("%1 [%2]: %3").arg(m.type, m.context, m.source.left(80)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 entries need work (run lupdate as the README says, "
                                                               "then translate):\n")
                                                    .arg(problems.size())
                                                + problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholders()
    {
        QString error;
        const QList<Message> messages
            = readTs(QStringLiteral(ROUTEDECK_SOURCE_DIR "/translations/routedeck_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages) {
            for (const QString &translation : m.translations) {
                const QStringList want = placeholders(m.source);
                const QStringList have = placeholders(translation);
                // A numerus form may leave %n out ("eine Bereitstellung"); nothing else may go or come.
                QStringList wantWithoutN = want;
                wantWithoutN.removeAll(QStringLiteral("%n"));
                if (have != want && have != wantWithoutN)
                    wrong.append(QStringLiteral("[%1] %2 -> %3").arg(m.context, m.source, translation));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // Strings said through file-local helpers, in a member function and in a free function.
    void helperStringsAreTranslated()
    {
        CatalogTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral(ROUTEDECK_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        Problems problems;
        ConnectionProfiles::parse("profiles:\n  - router_url: http://127.0.0.1:4000\n", QStringLiteral("p.yaml"), &problems);
        QCOMPARE(problems.size(), 1);
        const QString memberText = problems.first().message;
        ConnectionProfile profile;
        profile.name = QStringLiteral("p");
        profile.routerKeyEnv = QStringLiteral("ROUTEDECK_TEST_UNSET_VARIABLE");
        problems.clear();
        ProfileStore::settingsFor(profile, &problems);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!problems.isEmpty());
        const QString freeText = problems.first().message;
        QVERIFY2(!memberText.contains(QLatin1String("has no name")), qPrintable(memberText));
        QVERIFY2(!freeText.contains(QLatin1String("is not set")), qPrintable(freeText));
        QVERIFY(freeText.contains(QLatin1String("ROUTEDECK_TEST_UNSET_VARIABLE")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
