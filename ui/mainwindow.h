// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "litellmconfigcodec.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace RouteDeck {

class ConfigPage;
class ProblemsDock;

// The window shell: menus, status bar, the problems dock, and the pages it creates.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads and parses off the GUI thread; loaded() or the problems dock tells the outcome.
    void openConfig(const QString &path);
    QString currentFile() const { return m_currentFile; }
    ConfigPage *configPage() const { return m_configPage; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }

Q_SIGNALS:
    // Emitted after every load attempt; `ok` false when the file had errors (the previous config stays shown).
    void configLoadFinished(const QString &path, bool ok);

private:
    void createActions();
    QWidget *createEmptyState();
    void chooseFile();
    void reload();
    void showLoadResult(const QString &path, const ConfigLoadResult &result);

    QStackedWidget *m_pages;
    QWidget *m_emptyState;
    ConfigPage *m_configPage;
    ProblemsDock *m_problemsDock;
    QLabel *m_statusLabel;
    QString m_currentFile;
    quint64 m_loadGeneration = 0;
};

} // namespace RouteDeck
