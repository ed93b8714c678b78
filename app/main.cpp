// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
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
    parser.process(app);

    RouteDeck::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openConfig(parser.positionalArguments().first());
    return app.exec();
}
