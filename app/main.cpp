// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtranslator.h"
#include "consolecontroller.h"
#include "installlayout.h"
#include "mainwindow.h"
#include "livetoolbar.h"
#include "profilestore.h"
#include "replaymoment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// The command line's own words, under one translation context that lupdate can see.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// --help and --version print and exit, so they must work without a display: a QApplication would
// abort there for want of a platform plugin. This is the pattern QApplication's documentation shows.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

void installTranslators(QTranslator &qt, RouteDeck::CatalogTranslator &routedeck)
{
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (routedeck.load(QLocale(), RouteDeck::InstallLayout::translationsDir()))
        QCoreApplication::installTranslator(&routedeck);
}

// --screenshot FILE --after SECONDS [--page NAME]: a PNG of the window, then exit: 0 when written,
// 1 when it could not be, 3 when it was written but the demo asked for could not start (a script
// that takes screenshots of the demo must not mistake an error page for a working console).
bool scheduleScreenshot(RouteDeck::MainWindow &window, const QString &file, double after, const QString &page,
                        const bool *demoFailed)
{
    if (after < 0 || after > 3600) {
        std::fprintf(stderr, "routedeck: --after takes seconds from 0 to 3600\n");
        return false;
    }
    QTimer::singleShot(int(after * 1000), &window, [&window, file, page, demoFailed] {
        if (!page.isEmpty() && !window.showPage(page)) {
            std::fprintf(stderr, "routedeck: no page '%s' (pages: %s)\n", qPrintable(page),
                         qPrintable(window.pageNames().join(QStringLiteral(", "))));
            QCoreApplication::exit(2);
            return;
        }
        // Let the page lay itself out and draw before grabbing it.
        QTimer::singleShot(300, &window, [&window, file, demoFailed] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "routedeck: could not write the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(!saved ? 1 : *demoFailed ? 3 : 0);
        });
    });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RouteDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("RouteDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTEDECK_VERSION));
    QTranslator qtTranslator;
    RouteDeck::CatalogTranslator translator;
    installTranslators(qtTranslator, translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Operations console for LLM routing layers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("LiteLLM config file to open"), QStringLiteral("[FILE]"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        CommandLine::tr("Start the local demo: routedeck-sim and Prometheus on this machine."));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            CommandLine::tr("Demo incident scenario (%1, or none).")
                                                .arg(RouteDeck::DemoEnvironment::scenarioNames().join(QStringLiteral(", "))),
                                            QStringLiteral("NAME"), QStringLiteral("azure-429-storm"));
    const QCommandLineOption rpsOption(QStringLiteral("rps"), CommandLine::tr("Demo load in calls per second (default 40)."),
                                       QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), CommandLine::tr("Connect with this connection profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              CommandLine::tr("Write a PNG of the window to FILE and exit (see --after)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption afterOption(QStringLiteral("after"), CommandLine::tr("Seconds before the screenshot (default 2)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("2"));
    const QCommandLineOption pageOption(QStringLiteral("page"), CommandLine::tr("Page to show: overview, traffic, latency, "
                                                                   "outcomes, cooldowns, health, rebalance, changes, alerts, "
                                                                   "cost, config."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      CommandLine::tr("Replay this past moment: every live page shows the state then "
                                                      "(ISO 8601 as in an alert's link, or -15m)."),
                                      QStringLiteral("TIME"));
    const QCommandLineOption refreshOption(QStringLiteral("refresh"),
                                           CommandLine::tr("Refresh live data every SECONDS (1, 2, 5, 10, 30, 60 or 300)."),
                                           QStringLiteral("SECONDS"));
    parser.addOptions({ demoOption, scenarioOption, rpsOption, profileOption, screenshotOption, afterOption, pageOption, atOption,
                        refreshOption });
    parser.process(*app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/routedeck/icons/routedeck.svg")));

    RouteDeck::MainWindow window;
    RouteDeck::ConsoleController controller(&window);
    RouteDeck::Problems problems;
    controller.setProfiles(RouteDeck::ProfileStore::load(RouteDeck::ProfileStore::defaultPath(), &problems));
    for (const RouteDeck::Problem &problem : std::as_const(problems))
        std::fprintf(stderr, "routedeck: %s\n", qPrintable(problem.toString()));
    if (!parser.isSet(screenshotOption)) { // screenshots: the default size and first page, and nothing kept
        window.restoreWindowSettings();
        QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &window, [&window] { window.saveWindowSettings(); });
    }
    window.show();
    if (parser.isSet(refreshOption)) {
        bool ok = false;
        const int seconds = parser.value(refreshOption).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 300 || !window.liveToolBar()->setRefreshIntervalMs(seconds * 1000)) {
            QStringList offered;
            for (const int ms : window.liveToolBar()->refreshIntervalsMs())
                offered.append(QString::number(ms / 1000));
            std::fprintf(stderr, "routedeck: --refresh takes one of %s seconds\n", qPrintable(offered.join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (parser.isSet(atOption)) {
        // Before connecting: the first frame is already the moment's.
        QString error;
        const QDateTime at = RouteDeck::ReplayMoment::parse(parser.value(atOption), QDateTime::currentDateTimeUtc(), &error);
        if (!at.isValid()) {
            std::fprintf(stderr, "routedeck: --at: %s\n", qPrintable(error));
            return 2;
        }
        // The chosen range (15 minutes unless kept from the last run), centred on the moment.
        window.liveToolBar()->setReplayMoment(at);
    }

    bool demoFailed = false;
    if (parser.isSet(demoOption)) {
        RouteDeck::DemoEnvironment::Options options;
        const QString scenario = parser.value(scenarioOption);
        options.scenario = scenario == QLatin1String("none") ? QString() : scenario;
        bool ok = false;
        options.rps = parser.value(rpsOption).toDouble(&ok);
        if (!ok || options.rps < 0 || options.rps > 10000) {
            std::fprintf(stderr, "routedeck: --rps takes calls per second from 0 to 10000\n");
            return 2;
        }
        QObject::connect(&controller, &RouteDeck::ConsoleController::demoFailed, app.get(), [&demoFailed](const QString &message) {
            demoFailed = true;
            std::fprintf(stderr, "routedeck: the demo could not start: %s\n", qPrintable(message));
        });
        controller.startDemo(options);
    } else if (parser.isSet(profileOption)) {
        if (!controller.connectProfile(parser.value(profileOption))) {
            std::fprintf(stderr, "routedeck: no connection profile '%s' in %s\n", qPrintable(parser.value(profileOption)),
                         qPrintable(RouteDeck::ProfileStore::defaultPath()));
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty())
        window.openConfig(parser.positionalArguments().first());

    if (parser.isSet(screenshotOption)) {
        bool ok = false;
        const double after = parser.value(afterOption).toDouble(&ok);
        if (!ok || !scheduleScreenshot(window, parser.value(screenshotOption), after, parser.value(pageOption), &demoFailed))
            return 2;
    } else if (parser.isSet(pageOption)) {
        QObject::connect(&controller, &RouteDeck::ConsoleController::snapshotShown, &window,
                         [&window, page = parser.value(pageOption)] { window.showPage(page); }, Qt::SingleShotConnection);
    }
    return QCoreApplication::exec();
}
