// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtranslator.h"

#include "translationcontexts.h" // generated from translations/*.ts (app/CMakeLists.txt)

#include <QLocale>

namespace RouteDeck {

CatalogTranslator::CatalogTranslator(QObject *parent)
    : QTranslator(parent)
{
}

bool CatalogTranslator::load(const QLocale &locale, const QString &directory)
{
    return m_catalog.load(locale, QStringLiteral("routedeck"), QStringLiteral("_"), directory);
}

bool CatalogTranslator::isEmpty() const
{
    return m_catalog.isEmpty();
}

QString CatalogTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = m_catalog.translate(context, sourceText, disambiguation, n);
    if (!text.isNull())
        return text;
    for (const QByteArray &other : contexts()) {
        if (other == context)
            continue;
        text = m_catalog.translate(other.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return {};
}

const QByteArrayList &CatalogTranslator::contexts()
{
    static const QByteArrayList list = [] {
        QByteArrayList names;
        for (const char *name : kTranslationContexts)
            names.append(QByteArray(name));
        return names;
    }();
    return list;
}

} // namespace RouteDeck
