// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace RouteDeck {

ProfilesDialog::ProfilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Connection Profiles"));
    auto *add = new QPushButton(tr("&New…"), this);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::newRequested);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        Q_EMIT connectRequested(selectedName());
        accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_connect, &QPushButton::click);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(selectedName()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (QMessageBox::question(this, tr("Delete Profile"),
                                  tr("Delete the connection profile %1 from profiles.yaml? The rest of the file, "
                                     "comments included, stays as it is.")
                                      .arg(name))
            == QMessageBox::Yes)
            Q_EMIT deleteRequested(name);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_connect, add, m_edit, m_duplicate, m_delete })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Saved in profiles.yaml, without secrets:"), this));
    layout->addLayout(row);
    layout->addWidget(close);
    updateButtons();
}

void ProfilesDialog::setProfiles(const QStringList &names, const QString &current)
{
    m_list->clear();
    m_list->addItems(names);
    const QList<QListWidgetItem *> found = m_list->findItems(current, Qt::MatchExactly);
    m_list->setCurrentRow(found.isEmpty() ? (names.isEmpty() ? -1 : 0) : m_list->row(found.first()));
    updateButtons();
}

QString ProfilesDialog::selectedName() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    for (QPushButton *button : { m_connect, m_edit, m_duplicate, m_delete })
        button->setEnabled(selected);
}

} // namespace RouteDeck
