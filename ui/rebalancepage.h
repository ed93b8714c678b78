// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardrails.h"
#include "operationspage.h"
#include "weightplan.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace RouteDeck {

class GroupComboBox;
class WeightSplitEditor;

// Moving traffic: per model group, the split bar with draggable dividers and a weight per deployment,
// drain / restore / reset, the preview at the current traffic (configured and effective share,
// predicted requests/s) and the guardrails' verdict. "Review…" asks for the review dialog; the page
// itself never pushes.
class RebalancePage : public OperationsPage
{
    Q_OBJECT

public:
    enum Column
    {
        DeploymentColumn,
        StateColumn,
        WeightColumn,
        ActionColumn,
        ConfiguredColumn,
        EffectiveColumn,
        RequestsColumn,
        ShiftColumn,
        LimitColumn,
        ColumnCount
    };

    explicit RebalancePage(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const SeriesStore &store) override;
    // The live traffic the preview and guardrails judge, while the window shows a replayed moment.
    void setLiveTraffic(const Snapshot &snapshot);
    // The weights to edit, as the push target has them (router or config file), described for the user.
    // An edit in progress keeps its base; the page says when the target moved on since.
    void setDeployments(const QList<Deployment> &deployments, const QString &source);
    // Why this profile cannot push (read-only); empty when it can. Review stays possible.
    void setPushRestriction(const QString &reason);
    // The window's group navigator: switches only while no edit is in progress, so a click elsewhere
    // never throws an edit away.
    void followGroup(const QString &group);
    // The navigator's choice: followGroup(); "all groups" leaves the page on its group.
    void selectGroup(const QString &group) override;
    // Drops the edit and starts again from the latest deployments (after a push).
    void resetEdit();

    const WeightPlan &plan() const { return m_plan; }
    PlanTraffic traffic() const;
    GuardrailSettings guardrailSettings() const;
    GuardrailReport guardrailReport() const { return m_report; }
    QString baseChangedText() const; // the target changed since the edit started; empty if not

    WeightSplitEditor *splitEditor() const { return m_editor; }
    QTableWidget *previewTable() const { return m_table; }
    QDoubleSpinBox *weightSpinBox(int deployment) const;
    QToolButton *drainButton(int deployment) const;
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *resetButton() const { return m_reset; }
    QCheckBox *integerWeightsBox() const { return m_integer; }
    QSpinBox *maxShiftBox() const { return m_maxShift; }
    QLabel *guardrailLabel() const { return m_guardrails; }

Q_SIGNALS:
    void reviewRequested();

private:
    void rebuildPlan();
    void rebuildTable();
    void refresh();
    void onDividerDragged(int divider, double position);

    GroupComboBox *m_groups;
    QCheckBox *m_integer;
    QSpinBox *m_maxShift;
    QPushButton *m_reset;
    QPushButton *m_review;
    QLabel *m_source;
    QLabel *m_baseChanged;
    QLabel *m_restriction;
    WeightSplitEditor *m_editor;
    QTableWidget *m_table;
    QLabel *m_guardrails;

    QList<Deployment> m_deployments;
    WeightPlan m_plan;
    GuardrailReport m_report;
    Snapshot m_snapshot;
    QString m_sourceText;
};

} // namespace RouteDeck
