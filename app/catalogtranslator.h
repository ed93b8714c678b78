// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QHash>
#include <QReadWriteLock>
#include <QTranslator>

namespace RouteDeck {

// RouteDeck's German (or other) catalogue, forgiving about contexts. Code outside QObject classes
// translates through small file-local helpers whose context ("Guardrails") is not the one lupdate
// files the string under ("RouteDeck::Guardrails" in a member function, "RouteDeck" in a free one,
// the class it sits in otherwise). A lookup that misses its own context therefore tries every
// context of the catalogue (the list is taken from the .ts at build time); one English text means the
// same thing wherever it is said, and a wrong context can only yield a translation of the same text.
class CatalogTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit CatalogTranslator(QObject *parent = nullptr);

    bool load(const QLocale &locale, const QString &directory); // routedeck_<lang>.qm
    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

    // The catalogue's contexts, as the .ts names them.
    static const QByteArrayList &contexts();

private:
    static constexpr qsizetype kMaxRemembered = 20000;
    int otherContext(const char *context, const char *sourceText, const char *disambiguation, int n) const;

    QTranslator m_catalog;
    mutable QReadWriteLock m_lock; // translate() is called from worker threads too
    mutable QHash<QByteArray, int> m_resolved; // context, text -> index in contexts(); -1: none has it
};

} // namespace RouteDeck
