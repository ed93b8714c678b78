// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

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
    parser.setApplicationDescription(QApplication::translate("main", "Operations console for LLM routing layers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "LiteLLM config file to open"),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Write a PNG of the window to FILE and exit (see --after)."),
        QStringLiteral("FILE"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"), QApplication::translate("main", "Seconds to wait before the screenshot (default 2)."),
        QStringLiteral("SECONDS"), QStringLiteral("2"));
    parser.addOption(screenshotOption);
    parser.addOption(afterOption);
    parser.process(app);

    RouteDeck::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openConfig(parser.positionalArguments().first());
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        bool ok = false;
        const double after = parser.value(afterOption).toDouble(&ok);
        if (!ok || after < 0 || after > 3600) {
            qCritical("routedeck: --after takes seconds from 0 to 3600");
            return 2;
        }
        QTimer::singleShot(int(after * 1000), &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                qCritical("routedeck: could not write the screenshot to %s", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
