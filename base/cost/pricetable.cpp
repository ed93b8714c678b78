// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricetable.h"

#include "yamlvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

static void initPriceResources()
{
    Q_INIT_RESOURCE(prices);
}

namespace RouteDeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PriceTable", text);
}

constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;

QString describe(const QVariant &value)
{
    if (!value.isValid())
        return tr("nothing");
    if (value.typeId() == QMetaType::QVariantMap)
        return tr("a map");
    if (value.typeId() == QMetaType::QVariantList)
        return tr("a list");
    return QLatin1Char('\'') + value.toString().left(60) + QLatin1Char('\'');
}

bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double
        || value.typeId() == QMetaType::Int;
}

QString yamlKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/@+-]*$"));
    if (plain.match(key).hasMatch() && key != QLatin1String("true") && key != QLatin1String("false")
        && key != QLatin1String("null"))
        return key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

PriceTable PriceTable::builtIn()
{
    initPriceResources();
    Problems problems;
    PriceTable table = load(QStringLiteral(":/routedeck/prices.yaml"), &problems);
    Q_ASSERT_X(!hasErrors(problems), "PriceTable::builtIn", "the shipped price table must load");
    return table;
}

PriceTable PriceTable::load(const QString &path, Problems *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(Problem::error({ path, 0, 0 }, tr("cannot open price table: %1").arg(file.errorString())));
        return {};
    }
    const QByteArray text = file.read(kMaxFileBytes + 1);
    if (text.size() > kMaxFileBytes) {
        if (problems)
            problems->append(Problem::error({ path, 0, 0 }, tr("price table is larger than %1 MiB").arg(kMaxFileBytes >> 20)));
        return {};
    }
    return parse(text, path, problems);
}

PriceTable PriceTable::parse(const QByteArray &yaml, const QString &fileName, Problems *problems)
{
    Problems found;
    const YamlParseResult parsed = YamlValues::parse(yaml, fileName);
    found.append(parsed.problems);
    PriceTable table;
    const SourceLocation file { fileName, 0, 0 };
    if (parsed.ok()) {
        if (parsed.value.isValid() && parsed.value.typeId() != QMetaType::QVariantMap) {
            found.append(Problem::error(file, tr("a price table must be a map with 'currency' and 'prices', got %1")
                                                  .arg(describe(parsed.value))));
        } else {
            const QVariantMap root = parsed.value.toMap();
            for (auto it = root.cbegin(); it != root.cend(); ++it) {
                if (it.key() != QLatin1String("currency") && it.key() != QLatin1String("prices"))
                    found.append(Problem::warning(file, tr("'%1' is not a price table setting; expected currency or prices")
                                                            .arg(it.key())));
            }
            const QString currency = root.value(QStringLiteral("currency"), QStringLiteral("USD")).toString().trimmed();
            if (currency.isEmpty() || currency.size() > 8)
                found.append(Problem::error(file, tr("currency must be a short code such as USD, got %1")
                                                      .arg(describe(root.value(QStringLiteral("currency"))))));
            else
                table.m_currency = currency;
            const QVariant prices = root.value(QStringLiteral("prices"));
            if (prices.isValid() && prices.typeId() != QMetaType::QVariantMap)
                found.append(Problem::error(file, tr("prices must be a map of model: { input_per_1k, output_per_1k }, got %1")
                                                      .arg(describe(prices))));
            const QVariantMap entries = prices.toMap();
            for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                const QString path = QStringLiteral("prices.") + it.key();
                if (it.key().trimmed().isEmpty()) {
                    found.append(Problem::error(file, tr("prices has an entry without a model name")));
                    continue;
                }
                if (it.value().typeId() != QMetaType::QVariantMap) {
                    found.append(Problem::error(file, tr("%1 must be a map with input_per_1k and output_per_1k, got %2")
                                                          .arg(path, describe(it.value()))));
                    continue;
                }
                const QVariantMap entry = it.value().toMap();
                Price price;
                bool ok = true;
                for (const char *field : { "input_per_1k", "output_per_1k" }) {
                    const QString name = QString::fromLatin1(field);
                    const QVariant value = entry.value(name);
                    const double v = value.toDouble();
                    if (!value.isValid()) {
                        found.append(Problem::error(file, tr("%1 has no %2 (US dollars or the table's currency per "
                                                             "1,000 tokens)")
                                                              .arg(path, name)));
                        ok = false;
                    } else if (!isNumber(value) || !std::isfinite(v) || v < 0) {
                        found.append(Problem::error(file, tr("%1.%2 must be a number >= 0, got %3")
                                                              .arg(path, name, describe(value))));
                        ok = false;
                    } else if (name == QLatin1String("input_per_1k")) {
                        price.inputPer1k = v;
                    } else {
                        price.outputPer1k = v;
                    }
                }
                for (auto field = entry.cbegin(); field != entry.cend(); ++field) {
                    if (field.key() != QLatin1String("input_per_1k") && field.key() != QLatin1String("output_per_1k"))
                        found.append(Problem::warning(file, tr("%1.%2 is not known; expected input_per_1k and output_per_1k")
                                                                .arg(path, field.key())));
                }
                if (ok)
                    table.m_prices.insert(it.key().trimmed(), price);
            }
        }
    }
    if (problems)
        problems->append(found);
    if (hasErrors(found))
        return {};
    return table;
}

QByteArray PriceTable::serialize() const
{
    QString text = QStringLiteral(
        "# RouteDeck price table: %1 per 1,000 tokens, used to ESTIMATE spend when the router exports\n"
        "# no spend metric. Looked up by deployment id, model, provider/model, then model group.\n"
        "currency: %2\n"
        "prices:\n")
                       .arg(m_currency, yamlKey(m_currency));
    if (m_prices.isEmpty())
        text += QStringLiteral("  {}\n");
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
        text += QStringLiteral("  %1: { input_per_1k: %2, output_per_1k: %3 }\n")
                    .arg(yamlKey(it.key()), number(it->inputPer1k), number(it->outputPer1k));
    return text.toUtf8();
}

QString PriceTable::save(const QString &path) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(serialize());
    if (!file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

std::optional<PriceTable::Match> PriceTable::find(const QString &deploymentId, const QString &model,
                                                  const QString &provider, const QString &group) const
{
    QStringList keys { deploymentId, model };
    if (!provider.isEmpty() && !model.isEmpty() && !model.contains(QLatin1Char('/')))
        keys.append(provider + QLatin1Char('/') + model);
    keys.append(group);
    for (const QString &key : std::as_const(keys)) {
        if (key.isEmpty() || key == QLatin1String("None"))
            continue;
        const auto it = m_prices.constFind(key);
        if (it != m_prices.cend())
            return Match { key, *it };
    }
    return std::nullopt;
}

} // namespace RouteDeck
