// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routertypes.h"

#include <QMap>
#include <QString>

#include <optional>

namespace RouteDeck {

// Prices per 1,000 input and output tokens by model, from a YAML file (resources/prices.yaml, or a
// connection profile's own copy). Used only to ESTIMATE spend when the router exports no spend
// metric; whatever is computed from it is labelled "estimated".
//
//     currency: USD
//     prices:
//       gpt-4o-mini: { input_per_1k: 0.00015, output_per_1k: 0.0006 }
class PriceTable
{
public:
    struct Price
    {
        double inputPer1k = 0;
        double outputPer1k = 0;

        double costOf(double inputTokens, double outputTokens) const
        {
            return inputTokens / 1000.0 * inputPer1k + outputTokens / 1000.0 * outputPer1k;
        }
        friend bool operator==(const Price &, const Price &) = default;
    };
    struct Match
    {
        QString key; // the entry that matched
        Price price;
    };

    static PriceTable builtIn(); // resources/prices.yaml
    static PriceTable parse(const QByteArray &yaml, const QString &fileName, Problems *problems);
    static PriceTable load(const QString &path, Problems *problems);
    // The file text: a comment header, `currency:` and one flow map per model, keys sorted.
    QByteArray serialize() const;
    // Writes atomically; an empty string on success, else what went wrong and where.
    QString save(const QString &path) const;

    bool isEmpty() const { return m_prices.isEmpty(); }
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency) { m_currency = currency; }
    const QMap<QString, Price> &prices() const { return m_prices; }
    void setPrice(const QString &model, const Price &price) { m_prices.insert(model, price); }
    void removePrice(const QString &model) { m_prices.remove(model); }

    // The price of a deployment, looked up by its id, its model as reported ("gpt-4o-mini-ptu"),
    // the model with its provider ("azure/gpt-4o-mini-ptu"), then its model group. Case-sensitive.
    std::optional<Match> find(const QString &deploymentId, const QString &model, const QString &provider,
                              const QString &group) const;

    friend bool operator==(const PriceTable &, const PriceTable &) = default;

private:
    QString m_currency = QStringLiteral("USD");
    QMap<QString, Price> m_prices;
};

} // namespace RouteDeck
