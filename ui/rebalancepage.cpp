// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebalancepage.h"

#include "groupcombobox.h"
#include "viewformat.h"
#include "weightspliteditor.h"
#include "weightwriter.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <cmath>

namespace RouteDeck {

namespace {

// Weights as the config file will hold them: "8", "5.5", never "5.5000".
class WeightSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        return QString::fromLatin1(WeightWriter::formatWeight(value));
    }
};

QString arrow(const QString &before, const QString &after)
{
    return before == after ? after : QStringLiteral("%1 → %2").arg(before, after);
}

QString levelPrefix(GuardrailMessage::Level level)
{
    switch (level) {
    case GuardrailMessage::Level::Refusal:
        return RebalancePage::tr("Refused");
    case GuardrailMessage::Level::Warning:
        return RebalancePage::tr("Warning");
    case GuardrailMessage::Level::Note:
        return RebalancePage::tr("Note");
    }
    return {};
}

} // namespace

RebalancePage::RebalancePage(QWidget *parent)
    : OperationsPage(parent)
    , m_groups(new GroupComboBox(QString(), this))
    , m_integer(new QCheckBox(tr("&Whole-number weights"), this))
    , m_maxShift(new QSpinBox(this))
    , m_reset(new QPushButton(tr("Re&set"), this))
    , m_review(new QPushButton(tr("Re&view…"), this))
    , m_source(new QLabel(this))
    , m_baseChanged(new QLabel(this))
    , m_restriction(new QLabel(this))
    , m_editor(new WeightSplitEditor(this))
    , m_table(new QTableWidget(this))
    , m_guardrails(new QLabel(this))
{
    setObjectName(QStringLiteral("rebalancePage"));
    setGroupChoice(m_groups);
    m_groups->setObjectName(QStringLiteral("rebalanceGroup"));
    m_groups->setToolTip(tr("Choosing another group drops the edit in progress."));
    connect(m_groups, &GroupComboBox::groupChanged, this, [this] { rebuildPlan(); });

    m_integer->setObjectName(QStringLiteral("integerWeights"));
    m_integer->setToolTip(
        tr("Keep weights whole numbers; a drag that needs finer steps scales every weight by 10."));
    connect(m_integer, &QCheckBox::toggled, this, [this](bool on) {
        m_plan.setMode(on ? WeightPlan::WeightMode::Integer : WeightPlan::WeightMode::Fractional);
        refresh();
    });
    m_maxShift->setObjectName(QStringLiteral("maxShift"));
    m_maxShift->setRange(1, 100);
    m_maxShift->setValue(int(GuardrailSettings().maxShiftPoints));
    m_maxShift->setSuffix(tr(" pp"));
    m_maxShift->setToolTip(
        tr("A change that moves a deployment's share by more than this is risky and needs the "
           "group name typed to confirm."));
    connect(m_maxShift, &QSpinBox::valueChanged, this, [this] { refresh(); });
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Back to the weights the target has now"));
    connect(m_reset, &QPushButton::clicked, this, &RebalancePage::resetEdit);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setDefault(true);
    connect(m_review, &QPushButton::clicked, this, &RebalancePage::reviewRequested);

    for (QLabel *label : { m_source, m_baseChanged, m_restriction, m_guardrails }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_baseChanged->setObjectName(QStringLiteral("baseChangedBanner"));
    m_baseChanged->setContentsMargins(8, 6, 8, 6);
    m_baseChanged->setStyleSheet(
        QStringLiteral("QLabel#baseChangedBanner { background: rgba(224, 160, 0, 0.28); "
                       "border: 1px solid rgba(224, 160, 0, 0.9); border-radius: 3px; }"));
    m_baseChanged->hide();
    m_restriction->setObjectName(QStringLiteral("pushRestriction"));
    m_restriction->hide();
    m_guardrails->setObjectName(QStringLiteral("guardrailMessages"));
    m_guardrails->setTextFormat(Qt::RichText);

    m_editor->setObjectName(QStringLiteral("weightSplitEditor"));
    connect(m_editor, &WeightSplitEditor::dividerDragged, this, &RebalancePage::onDividerDragged);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Deployment"), tr("State"), tr("Weight"), QString(), tr("Configured share"),
            tr("Effective share"), tr("Requests/s now → predicted"), tr("Shift"), tr("Limit") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeaderItem(EffectiveColumn)
        ->setToolTip(tr("Configured share renormalised over the deployments not cooling right now"));
    m_table->horizontalHeaderItem(RequestsColumn)
        ->setToolTip(
            tr("Observed requests/s, and what the deployment would get at the group's current traffic"));

    auto *top = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Model group:"), this);
    groupLabel->setBuddy(m_groups);
    top->addWidget(groupLabel);
    top->addWidget(m_groups);
    top->addSpacing(12);
    top->addWidget(m_integer);
    auto *shiftLabel = new QLabel(tr("Risky abo&ve:"), this);
    shiftLabel->setBuddy(m_maxShift);
    top->addWidget(shiftLabel);
    top->addWidget(m_maxShift);
    top->addStretch();
    top->addWidget(m_reset);
    top->addWidget(m_review);

    contentLayout()->addLayout(top);
    contentLayout()->addWidget(m_source);
    contentLayout()->addWidget(m_restriction);
    contentLayout()->addWidget(m_baseChanged);
    contentLayout()->addWidget(m_editor);
    contentLayout()->addWidget(m_table);
    contentLayout()->addWidget(m_guardrails);
    contentLayout()->addStretch(1);
    refresh();
}

void RebalancePage::followGroup(const QString &group)
{
    if (!m_plan.isChanged())
        setGroup(group);
}

void RebalancePage::selectGroup(const QString &group)
{
    if (!group.isEmpty())
        followGroup(group);
}

PlanTraffic RebalancePage::traffic() const
{
    return PlanTraffic::fromSnapshot(m_snapshot, m_plan.group());
}

GuardrailSettings RebalancePage::guardrailSettings() const
{
    GuardrailSettings settings;
    settings.maxShiftPoints = m_maxShift->value();
    return settings;
}

QDoubleSpinBox *RebalancePage::weightSpinBox(int deployment) const
{
    return qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(deployment, WeightColumn));
}

QToolButton *RebalancePage::drainButton(int deployment) const
{
    return qobject_cast<QToolButton *>(m_table->cellWidget(deployment, ActionColumn));
}

void RebalancePage::setSnapshot(const Snapshot &snapshot, const SeriesStore &)
{
    // Weights are pushed now: their preview and guardrails judge the last live traffic, never a replay's.
    if (snapshot.isReplay()) {
        Snapshot live = m_snapshot;
        live.router = snapshot.router;
        live.prometheus.replayAt = {};
        updateFreshness(live, tr("The other pages replay %1; this page edits the live weights, judged on the latest live "
                                 "traffic.")
                                  .arg(ViewFormat::moment(snapshot.time)));
        return;
    }
    updateFreshness(snapshot);
    m_snapshot = snapshot;
    refresh();
}

void RebalancePage::setLiveTraffic(const Snapshot &snapshot)
{
    if (snapshot.isReplay())
        return;
    m_snapshot = snapshot;
    refresh();
}

void RebalancePage::setDeployments(const QList<Deployment> &deployments, const QString &source)
{
    m_deployments = deployments;
    m_sourceText = source;
    QStringList groups;
    for (const Deployment &d : deployments) {
        if (!groups.contains(d.group))
            groups.append(d.group);
    }
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->setGroups(groups);
    }
    const QString group = currentGroup();
    QList<Deployment> members;
    for (const Deployment &d : deployments) {
        if (d.group == group)
            members.append(d);
    }
    const bool sameBase = m_plan.group() == group && m_plan.baseDeployments() == members;
    if (!sameBase && (m_plan.group() != group || !m_plan.isChanged()))
        rebuildPlan();
    else
        refresh();
}

void RebalancePage::setPushRestriction(const QString &reason)
{
    m_restriction->setText(reason);
    m_restriction->setVisible(!reason.isEmpty());
}

void RebalancePage::resetEdit()
{
    rebuildPlan();
}

QString RebalancePage::baseChangedText() const
{
    if (!m_plan.isChanged())
        return {};
    WeightMap base;
    for (const Deployment &d : m_plan.baseDeployments())
        base.insert(d.id, d.weight);
    WeightMap now;
    for (const Deployment &d : m_deployments) {
        if (d.group == m_plan.group())
            now.insert(d.id, d.weight);
    }
    if (now.keys() == base.keys()) {
        const QString changes = describeWeightChanges(base, now);
        if (changes.isEmpty())
            return {};
        return tr(
            "The weights changed since you started editing: %1. Reset to edit from them; pushing this edit "
            "would be stopped as a conflict.")
            .arg(changes);
    }
    return tr(
        "Deployments of %1 were added or removed since you started editing. Reset to edit the current ones.")
        .arg(m_plan.group());
}

void RebalancePage::rebuildPlan()
{
    const WeightPlan::WeightMode mode
        = m_integer->isChecked() ? WeightPlan::WeightMode::Integer : WeightPlan::WeightMode::Fractional;
    m_plan = WeightPlan(currentGroup(), m_deployments, mode);
    if (currentGroup().isEmpty())
        m_plan = WeightPlan();
    rebuildTable();
    refresh();
}

void RebalancePage::rebuildTable()
{
    m_table->setRowCount(m_plan.count());
    for (int i = 0; i < m_plan.count(); ++i) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (column == WeightColumn || column == ActionColumn)
                continue;
            auto *item = new QTableWidgetItem;
            if (column != DeploymentColumn && column != StateColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, column, item);
        }
        const QString id = m_plan.ids().at(i);
        auto *spin = new WeightSpinBox(m_table);
        spin->setObjectName(QStringLiteral("weight_%1").arg(id));
        spin->setRange(0, 1e9);
        spin->setDecimals(4);
        spin->setAccessibleName(tr("Weight of %1").arg(id));
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            m_plan.setWeight(i, value);
            refresh();
        });
        m_table->setCellWidget(i, WeightColumn, spin);
        auto *drain = new QToolButton(m_table);
        drain->setObjectName(QStringLiteral("drain_%1").arg(id));
        connect(drain, &QToolButton::clicked, this, [this, i] {
            if (m_plan.canRestore(i))
                m_plan.restore(i);
            else
                m_plan.drain(i);
            refresh();
        });
        m_table->setCellWidget(i, ActionColumn, drain);
    }
}

void RebalancePage::onDividerDragged(int divider, double position)
{
    if (m_plan.moveDivider(divider, position))
        refresh();
}

void RebalancePage::refresh()
{
    const PlanTraffic now = traffic();
    const GuardrailSettings settings = guardrailSettings();
    m_report = Guardrails::check(m_plan, now, settings);
    const QList<PlanPreviewRow> rows = m_plan.preview(now);

    QList<bool> movable;
    for (int k = 0; k + 1 < m_plan.count(); ++k)
        movable.append(m_plan.inTrafficTier(k) && m_plan.inTrafficTier(k + 1));
    m_editor->setShares(m_plan.ids(), m_plan.baseShares(), m_plan.shares(), movable);

    for (int i = 0; i < rows.size() && i < m_table->rowCount(); ++i) {
        const PlanPreviewRow &row = rows.at(i);
        const Deployment &d = m_plan.baseDeployments().at(i);
        m_table->item(i, DeploymentColumn)->setText(row.id);
        QString state = cooldownStateName(row.state);
        if (!row.inTrafficTier)
            state = tr("standby (order %1)").arg(d.order.value_or(0));
        m_table->item(i, StateColumn)->setText(state);
        m_table->item(i, ConfiguredColumn)
            ->setText(arrow(ViewFormat::percent(row.baseShare), ViewFormat::percent(row.share)));
        m_table->item(i, EffectiveColumn)
            ->setText(
                arrow(ViewFormat::percent(row.baseEffectiveShare), ViewFormat::percent(row.effectiveShare)));
        m_table->item(i, RequestsColumn)
            ->setText(std::isfinite(row.predictedRequestsPerSecond)
                    ? arrow(ViewFormat::rate(row.currentRequestsPerSecond),
                        ViewFormat::rate(row.predictedRequestsPerSecond))
                    : tr("traffic unknown"));
        QTableWidgetItem *shift = m_table->item(i, ShiftColumn);
        shift->setText(
            std::abs(row.shiftPoints()) < 0.05 ? QStringLiteral("–") : ViewFormat::points(row.shiftPoints()));
        const bool large = std::abs(row.shiftPoints()) > settings.maxShiftPoints;
        shift->setBackground(large ? QBrush(ViewFormat::highlightBackground()) : QBrush());
        QStringList limits;
        if (const auto rpm = d.rpmLimit())
            limits.append(tr("%1 rpm").arg(QString::fromLatin1(WeightWriter::formatWeight(*rpm))));
        if (const auto tpm = d.tpmLimit())
            limits.append(tr("%1 tpm").arg(QString::fromLatin1(WeightWriter::formatWeight(*tpm))));
        m_table->item(i, LimitColumn)->setText(limits.join(QStringLiteral(", ")));

        if (QDoubleSpinBox *spin = weightSpinBox(i)) {
            const QSignalBlocker blocker(spin);
            spin->setDecimals(m_plan.mode() == WeightPlan::WeightMode::Integer ? 0 : 4);
            spin->setSingleStep(m_plan.mode() == WeightPlan::WeightMode::Integer ? 1 : 0.5);
            if (std::isfinite(row.weight))
                spin->setValue(row.weight);
        }
        if (QToolButton *drain = drainButton(i)) {
            const bool restore = m_plan.canRestore(i);
            drain->setText(restore ? tr("Restore") : tr("Drain"));
            drain->setToolTip(restore ? tr("Give %1 its weight back").arg(row.id)
                                      : tr("Weight 0: %1 gets no new traffic").arg(row.id));
        }
    }
    const bool limits = std::any_of(m_plan.baseDeployments().cbegin(), m_plan.baseDeployments().cend(),
        [](const Deployment &d) { return d.rpmLimit() || d.tpmLimit(); });
    m_table->setColumnHidden(LimitColumn, !limits);
    WidgetSupport::fitColumnsToContents(m_table);
    fitTableHeight(m_table);

    QStringList lines;
    for (const GuardrailMessage &m : std::as_const(m_report.messages)) {
        const QString color = m.level == GuardrailMessage::Level::Refusal ? QStringLiteral("#c0392b")
            : m.level == GuardrailMessage::Level::Warning                 ? QStringLiteral("#b9770e")
                                                                          : QString();
        const QString prefix = levelPrefix(m.level);
        lines.append(color.isEmpty() ? QStringLiteral("%1: %2").arg(prefix, m.text.toHtmlEscaped())
                                     : QStringLiteral("<b style=\"color:%1\">%2:</b> %3")
                                           .arg(color, prefix, m.text.toHtmlEscaped()));
    }
    if (m_plan.isChanged() && m_report.risky())
        lines.append(tr("This change is risky: the review asks for the group name to confirm it."));
    m_guardrails->setText(lines.join(QStringLiteral("<br>")));
    m_guardrails->setVisible(!lines.isEmpty());

    const QString changed = baseChangedText();
    m_baseChanged->setText(changed);
    m_baseChanged->setVisible(!changed.isEmpty());
    m_source->setText(m_plan.isEmpty()
            ? tr("No model groups to edit yet.")
            : tr("Editing %1 as the %2 has it. Drag a divider, type a weight, or drain a "
                 "deployment; nothing changes until you review and push.")
                  .arg(m_plan.group(), m_sourceText));
    m_review->setEnabled(m_plan.isChanged() && !m_report.refused());
    m_review->setToolTip(m_report.refused()
            ? tr("Fix the refused weights first")
            : (m_plan.isChanged() ? tr("Review the change before pushing it") : tr("Change a weight first")));
    m_reset->setEnabled(m_plan.isChanged());
}

} // namespace RouteDeck
