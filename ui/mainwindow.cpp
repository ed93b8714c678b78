// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "configpage.h"
#include "problemsdock.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

// Resources live in a static library: register them explicitly, or the linker drops them.
static void initRouteDeckResources()
{
    Q_INIT_RESOURCE(routedeck);
}

namespace RouteDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_emptyState(createEmptyState())
    , m_configPage(new ConfigPage(this))
    , m_problemsDock(new ProblemsDock(this))
    , m_statusLabel(new QLabel(this))
{
    initRouteDeckResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RouteDeck"));
    setWindowIcon(QIcon(QStringLiteral(":/routedeck/icons/routedeck.svg")));
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_configPage);
    setCentralWidget(m_pages);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    m_statusLabel->setText(tr("No config open"));
    createActions();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon(QStringLiteral(":/routedeck/icons/open.svg")), tr("&Open Config…"),
                                        this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QAction *reloadAction = fileMenu->addAction(QIcon(QStringLiteral(":/routedeck/icons/reload.svg")),
                                                tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    viewMenu->addAction(problems);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About RouteDeck"), this, [this] {
        QMessageBox::about(this, tr("About RouteDeck"),
                           tr("<b>RouteDeck %1</b><p>Operations console for LLM routing layers.</p>"
                              "<p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(open);
    toolBar->addAction(reloadAction);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("<h2>No router config open</h2>"
                                "<p>Open a LiteLLM <tt>config.yaml</tt> to see its model groups, deployments "
                                "and traffic split.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *openButton = new QPushButton(tr("Open Config…"), page);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseFile);
    auto *exampleButton = new QPushButton(tr("Open the Example"), page);
    exampleButton->setObjectName(QStringLiteral("openExampleButton"));
    connect(exampleButton, &QPushButton::clicked, this,
            [this] { openConfig(QStringLiteral(":/routedeck/examples/config.yaml")); });
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(openButton, 0, Qt::AlignHCenter);
    layout->addWidget(exampleButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open LiteLLM Config"), QString(),
                                                      tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openConfig(path);
}

void MainWindow::reload()
{
    if (!m_currentFile.isEmpty())
        openConfig(m_currentFile);
}

void MainWindow::openConfig(const QString &path)
{
    m_statusLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    const quint64 generation = ++m_loadGeneration;
    auto *watcher = new QFutureWatcher<ConfigLoadResult>(this);
    connect(watcher, &QFutureWatcher<ConfigLoadResult>::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        if (generation == m_loadGeneration) // a newer request wins
            showLoadResult(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return LiteLlmConfigCodec::load(path); }));
}

void MainWindow::showLoadResult(const QString &path, const ConfigLoadResult &result)
{
    m_problemsDock->setProblems(result.problems);
    if (hasErrorsOrWarnings(result.problems))
        m_problemsDock->show();
    const QString name = QFileInfo(path).fileName();
    if (!result.ok()) {
        // Keep whatever was shown before: a broken save must not blank the console.
        const int errors = int(std::count_if(result.problems.cbegin(), result.problems.cend(),
                                             [](const Problem &p) { return p.isError(); }));
        m_statusLabel->setText(tr("%1 has %n error(s); nothing was loaded from it", nullptr, errors).arg(name));
        Q_EMIT configLoadFinished(path, false);
        return;
    }
    m_currentFile = path;
    m_configPage->setConfig(result.config);
    m_pages->setCurrentWidget(m_configPage);
    setWindowTitle(tr("%1 — RouteDeck").arg(name));
    m_statusLabel->setText(tr("%1: %n deployment(s)", nullptr, int(result.config.deployments.size())).arg(name));
    Q_EMIT configLoadFinished(path, true);
}

} // namespace RouteDeck
