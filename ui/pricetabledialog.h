// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricetable.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace RouteDeck {

// Edits the price table of the connection in use: one row per model (or deployment id or model
// group) with its price per 1,000 input and output tokens. Only valid tables can be accepted; the
// message under the table says what is wrong and where (row and column).
class PriceTableDialog : public QDialog
{
    Q_OBJECT

public:
    PriceTableDialog(const PriceTable &prices, const QString &path, QWidget *parent = nullptr);

    PriceTable prices() const { return m_result; }
    // Empty when the rows make a valid table (which `result` then holds); else what is wrong.
    QString validate(PriceTable *result) const;
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &model, const PriceTable::Price &price);
    void check();

    QLineEdit *m_currency;
    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    PriceTable m_result;
};

} // namespace RouteDeck
