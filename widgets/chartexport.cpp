// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QRegularExpression>
#include <QWidget>

namespace RouteDeck {

bool ChartExport::savePng(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        if (error)
            *error = QWidget::tr("Could not render the chart (is it visible?)");
        return false;
    }
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = QWidget::tr("Could not write %1: check that the folder exists and is writable")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString ChartExport::fileNameFor(const QString &title)
{
    QString name = title.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return (name.isEmpty() ? QStringLiteral("chart") : name) + QStringLiteral(".png");
}

void ChartExport::populateMenu(QMenu *menu, QWidget *widget, const QString &suggestedName, const QString &promql)
{
    menu->setToolTipsVisible(true);
    QAction *exportPng = menu->addAction(QWidget::tr("Export PNG…"));
    QObject::connect(exportPng, &QAction::triggered, widget, [widget, suggestedName] {
        const QString path = QFileDialog::getSaveFileName(widget, QWidget::tr("Export chart"),
                                                          QDir::home().filePath(fileNameFor(suggestedName)),
                                                          QWidget::tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!savePng(widget, path, &error))
            QMessageBox::warning(widget, QWidget::tr("Export chart"), error);
    });
    QAction *copy = menu->addAction(QWidget::tr("Copy PromQL"));
    copy->setEnabled(!promql.isEmpty());
    copy->setToolTip(promql.isEmpty() ? QWidget::tr("No query behind this chart yet") : promql);
    QObject::connect(copy, &QAction::triggered, widget, [promql] { QGuiApplication::clipboard()->setText(promql); });
}

} // namespace RouteDeck
