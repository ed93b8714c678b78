// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricetabledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace RouteDeck {

PriceTableDialog::PriceTableDialog(const PriceTable &prices, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_currency(new QLineEdit(prices.currency(), this))
    , m_table(new QTableWidget(0, 3, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_result(prices)
{
    setWindowTitle(tr("Prices for Estimated Spend"));
    setObjectName(QStringLiteral("priceTableDialog"));
    auto *intro = new QLabel(tr("Used only when the router exports no spend metric: spend is then estimated as input "
                                "tokens × input price + output tokens × output price, and labelled \"estimated\". "
                                "A row matches a deployment id, a model as the router reports it, a provider/model, or a "
                                "model group, in that order."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Model, deployment or group"), tr("Input per 1,000 tokens"),
                                         tr("Output per 1,000 tokens") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (auto it = prices.prices().cbegin(); it != prices.prices().cend(); ++it)
        addRow(it.key(), it.value());
    auto *add = new QPushButton(tr("&Add Row"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    auto *remove = new QPushButton(tr("&Remove Row"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        check();
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Currency:"), m_currency);
    m_message->setWordWrap(true);
    auto *where = new QLabel(path.isEmpty() ? tr("Applies to this session only.")
                                            : tr("Saved to %1").arg(QDir::toNativeSeparators(path)),
                             this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    layout->addWidget(where);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate(&m_result).isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &PriceTableDialog::check);
    connect(m_currency, &QLineEdit::textChanged, this, &PriceTableDialog::check);
    resize(620, 460);
    check();
}

void PriceTableDialog::addRow(const QString &model, const PriceTable::Price &price)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(model));
    for (int column : { 1, 2 }) {
        auto *item = new QTableWidgetItem(QString::number(column == 1 ? price.inputPer1k : price.outputPer1k, 'g', 12));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
}

QString PriceTableDialog::validate(PriceTable *result) const
{
    PriceTable table;
    const QString currency = m_currency->text().trimmed();
    if (currency.isEmpty() || currency.size() > 8)
        return tr("The currency must be a short code such as USD.");
    table.setCurrency(currency);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString model = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (model.isEmpty())
            return tr("Row %1 has no model name.").arg(row + 1);
        if (table.prices().contains(model))
            return tr("Row %1: %2 is listed twice.").arg(row + 1).arg(model);
        PriceTable::Price price;
        for (int column : { 1, 2 }) {
            bool ok = false;
            const QString text = m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
            const double value = QLocale::c().toDouble(text, &ok);
            if (!ok || !std::isfinite(value) || value < 0)
                return tr("Row %1 (%2): the %3 price must be a number >= 0, got '%4'.")
                    .arg(row + 1)
                    .arg(model, column == 1 ? tr("input") : tr("output"), text);
            (column == 1 ? price.inputPer1k : price.outputPer1k) = value;
        }
        table.setPrice(model, price);
    }
    if (result)
        *result = table;
    return {};
}

void PriceTableDialog::check()
{
    const QString problem = validate(nullptr);
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace RouteDeck
