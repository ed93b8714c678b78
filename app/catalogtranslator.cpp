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
    const QString text = m_catalog.translate(context, sourceText, disambiguation, n);
    if (!text.isNull())
        return text;
    const int other = otherContext(context, sourceText, disambiguation, n);
    return other < 0 ? QString() : m_catalog.translate(contexts().at(other).constData(), sourceText, disambiguation, n);
}

// The catalogue's context that has `sourceText`, found once and remembered: table models format
// every cell through helpers like these, so a miss must not cost a scan each time.
int CatalogTranslator::otherContext(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QByteArray key = QByteArray(context) + '\0' + sourceText;
    if (disambiguation)
        key += '\0' + QByteArray(disambiguation);
    {
        const QReadLocker lock(&m_lock);
        const auto found = m_resolved.constFind(key);
        if (found != m_resolved.cend())
            return *found;
    }
    int resolved = -1;
    for (qsizetype i = 0; i < contexts().size() && resolved < 0; ++i) {
        if (contexts().at(i) != context && !m_catalog.translate(contexts().at(i).constData(), sourceText, disambiguation, n).isNull())
            resolved = int(i);
    }
    const QWriteLocker lock(&m_lock);
    if (m_resolved.size() > kMaxRemembered) // texts built at run time must not grow it without end
        m_resolved.clear();
    m_resolved.insert(key, resolved);
    return resolved;
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
