// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <QWidget>

namespace RouteDeck {

// Freshness of one data source: a dot (green live, blue replay, amber stale, red unreachable, grey
// connecting) and "Prometheus: stale since 12:03:10"; the tooltip has last good data, error and version.
class StatusBadge : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBadge(const QString &sourceName, QWidget *parent = nullptr);

    void setStatus(const SourceStatus &status);
    const SourceStatus &status() const { return m_status; }
    QString sourceName() const { return m_sourceName; }
    QString text() const; // "Prometheus: live"
    QString detailText() const; // the tooltip
    QColor dotColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_sourceName;
    SourceStatus m_status;
};

} // namespace RouteDeck
