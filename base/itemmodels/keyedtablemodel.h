// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

namespace RouteDeck {

// A table of rows keyed by a string id, updated by merging: rows that went away are removed,
// rows that stay get dataChanged when they differ, new rows are inserted next to their
// predecessor in the incoming order. Never a model reset, so selection, scroll position and a
// sort proxy survive every refresh. Row needs `QString key() const` and `bool sameAs(const Row &) const`.
// The horizontal header shows columnTitles(), which each table gives.
template<typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    explicit KeyedTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QStringList titles = columnTitles();
        Q_ASSERT(titles.size() == columnCount());
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

protected:
    // The horizontal header's titles, translated, one per column in column order.
    virtual QStringList columnTitles() const = 0;

    // Of rows with equal keys in `rows`, the first wins.
    void mergeRows(const QList<Row> &rows)
    {
        QHash<QString, qsizetype> incomingIndex;
        incomingIndex.reserve(rows.size());
        QList<Row> incoming;
        incoming.reserve(rows.size());
        for (const Row &row : rows) {
            if (incomingIndex.contains(row.key()))
                continue;
            incomingIndex.insert(row.key(), incoming.size());
            incoming.append(row);
        }

        // 1. Remove rows that went away, in contiguous runs from the back.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (incomingIndex.contains(m_rows.at(row).key())) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incomingIndex.contains(m_rows.at(first - 1).key()))
                --first;
            beginRemoveRows(QModelIndex(), first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        reindex();

        // 2. Update rows that stay; one dataChanged per run of changed rows.
        int changedFrom = -1;
        const auto flush = [&](int end) {
            if (changedFrom >= 0)
                Q_EMIT dataChanged(index(changedFrom, 0), index(end, columnCount() - 1));
            changedFrom = -1;
        };
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &update = incoming.at(incomingIndex.value(m_rows.at(row).key()));
            if (m_rows.at(row).sameAs(update)) {
                flush(row - 1);
                continue;
            }
            m_rows[row] = update;
            if (changedFrom < 0)
                changedFrom = row;
        }
        flush(int(m_rows.size()) - 1);

        // 3. Insert new rows after the row that precedes them in the incoming order.
        int position = 0;
        for (qsizetype i = 0; i < incoming.size();) {
            const int existing = rowOfKey(incoming.at(i).key());
            if (existing >= 0) {
                position = existing + 1;
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < incoming.size() && rowOfKey(incoming.at(end).key()) < 0)
                ++end;
            beginInsertRows(QModelIndex(), position, position + int(end - i) - 1);
            m_rows.insert(position, end - i, Row());
            std::copy(incoming.cbegin() + i, incoming.cbegin() + end, m_rows.begin() + position);
            reindex();
            endInsertRows();
            position += int(end - i);
            i = end;
        }
    }

    // One dataChanged over every cell, for a setting that changes how the rows look (a
    // threshold), not what they hold.
    void emitAllDataChanged()
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).key(), row);
    }

    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace RouteDeck
