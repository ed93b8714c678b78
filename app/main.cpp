// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolecontroller.h"
#include "mainwindow.h"
#include "profilestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

// --screenshot FILE --after SECONDS [--page NAME]: a PNG of the window, then exit.
bool scheduleScreenshot(RouteDeck::MainWindow &window, const QString &file, double after, const QString &page)
{
    if (after < 0 || after > 3600) {
        std::fprintf(stderr, "routedeck: --after takes seconds from 0 to 3600\n");
        return false;
    }
    QTimer::singleShot(int(after * 1000), &window, [&window, file, page] {
        if (!page.isEmpty() && !window.showPage(page)) {
            std::fprintf(stderr, "routedeck: no page '%s' (pages: %s)\n", qPrintable(page),
                         qPrintable(window.pageNames().join(QStringLiteral(", "))));
            QCoreApplication::exit(2);
            return;
        }
        // Let the page lay itself out and draw before grabbing it.
        QTimer::singleShot(300, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "routedeck: could not write the screenshot to %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RouteDeck"));
    QApplication::setOrganizationName(QStringLiteral("RouteDeck"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTEDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/routedeck/icons/routedeck.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("routedeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operations console for LLM routing layers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("LiteLLM config file to open"), QStringLiteral("[FILE]"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Start the local demo: routedeck-sim and Prometheus on this machine."));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            tr("Demo incident scenario (%1, or none).")
                                                .arg(RouteDeck::DemoEnvironment::scenarioNames().join(QStringLiteral(", "))),
                                            QStringLiteral("NAME"), QStringLiteral("azure-429-storm"));
    const QCommandLineOption rpsOption(QStringLiteral("rps"), tr("Demo load in calls per second (default 40)."),
                                       QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Connect with this connection profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Write a PNG of the window to FILE and exit (see --after)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption afterOption(QStringLiteral("after"), tr("Seconds before the screenshot (default 2)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("2"));
    const QCommandLineOption pageOption(QStringLiteral("page"), tr("Page to show: overview, traffic, latency, "
                                                                   "outcomes, cooldowns, health, rebalance, changes, cost, config."),
                                        QStringLiteral("NAME"));
    parser.addOptions({ demoOption, scenarioOption, rpsOption, profileOption, screenshotOption, afterOption, pageOption });
    parser.process(app);

    RouteDeck::MainWindow window;
    RouteDeck::ConsoleController controller(&window);
    RouteDeck::Problems problems;
    controller.setProfiles(RouteDeck::ProfileStore::load(RouteDeck::ProfileStore::defaultPath(), &problems));
    for (const RouteDeck::Problem &problem : std::as_const(problems))
        std::fprintf(stderr, "routedeck: %s\n", qPrintable(problem.toString()));
    window.show();

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
        QObject::connect(&controller, &RouteDeck::ConsoleController::demoFailed, &app, [](const QString &message) {
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
        if (!ok || !scheduleScreenshot(window, parser.value(screenshotOption), after, parser.value(pageOption)))
            return 2;
    } else if (parser.isSet(pageOption)) {
        QObject::connect(&controller, &RouteDeck::ConsoleController::snapshotShown, &window,
                         [&window, page = parser.value(pageOption)] { window.showPage(page); }, Qt::SingleShotConnection);
    }
    return app.exec();
}
