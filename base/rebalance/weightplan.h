// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetypes.h"
#include "routertypes.h"
#include "sharemath.h"
#include "snapshot.h"

#include <QHash>
#include <QSet>

namespace RouteDeck {

// What is happening in a group right now, as far as a weight edit cares: traffic and health.
struct PlanTraffic
{
    double groupRequestsPerSecond = kNoValue; // NaN: unknown (no metrics)
    QHash<QString, double> requestsPerSecond; // observed, per deployment
    QHash<QString, double> tokensPerRequest; // per deployment; absent: unknown (tpm limits are not checked)
    QHash<QString, CooldownState> states;

    QSet<QString> cooling() const;
    CooldownState state(const QString &id) const { return states.value(id, CooldownState::Unknown); }
    static PlanTraffic fromSnapshot(const Snapshot &snapshot, const QString &group);
};

// One deployment's line of the editor's preview: before and after, side by side.
struct PlanPreviewRow
{
    QString id;
    std::optional<double> configuredWeight; // what the router or file has
    double baseWeight = 0; // the editor's starting value
    double weight = 0; // the edited value
    double baseShare = 0; // configured share before / after
    double share = 0;
    double baseEffectiveShare = 0; // over the deployments not cooling right now
    double effectiveShare = 0;
    double currentRequestsPerSecond = kNoValue; // observed
    double basePredictedRequestsPerSecond = kNoValue; // group traffic * effective share before
    double predictedRequestsPerSecond = kNoValue; // ... after
    CooldownState state = CooldownState::Unknown;
    bool inTrafficTier = true;
    bool drained = false; // edited to 0 from a weight above 0
    bool weightRemoved = false; // the edit takes its weight away: it will have none, as before one was given
    double shiftPoints() const { return (share - baseShare) * 100.0; }
    friend bool operator==(const PlanPreviewRow &, const PlanPreviewRow &) = default;
};

// The weight editor's arithmetic for one model group, outside any widget: divider drags to weights,
// weights to shares (through ShareMath: weight precedence, order tiers, renormalisation), drain,
// restore and reset, the preview at the current traffic, and the change to review and push.
//
// The editor edits `weight`. When a group is split by rpm, tpm or evenly (no weight set), the editor
// starts from those values, so shares do not jump; a change then writes weights for the whole
// traffic tier.
class WeightPlan
{
public:
    enum class WeightMode
    {
        Fractional, // weights with up to four significant digits after a drag
        Integer, // whole numbers; a drag that needs finer steps first scales every weight by 10
    };

    WeightPlan() = default;
    WeightPlan(
        const QString &group, const QList<Deployment> &deployments, WeightMode mode = WeightMode::Fractional);

    QString group() const { return m_group; }
    int count() const { return int(m_base.size()); }
    bool isEmpty() const { return m_base.isEmpty(); }
    QStringList ids() const;
    int indexOf(const QString &id) const;
    const QList<Deployment> &baseDeployments() const { return m_base; }
    QList<Deployment> editedDeployments() const;
    ShareMath::WeightSource baseSource() const { return m_baseSource; }
    bool inTrafficTier(int i) const;

    WeightMode mode() const { return m_mode; }
    // Switching to Integer rounds every weight (drain state kept).
    void setMode(WeightMode mode);
    // Divider positions snap to multiples of this share (default 0.01: whole percent); 0: no snapping.
    void setSnap(double shareStep) { m_snap = shareStep; }
    double snap() const { return m_snap; }

    double startWeight(int i) const { return m_start.value(i); }
    double weight(int i) const { return m_weights.value(i); }
    const QList<double> &weights() const { return m_weights; }
    // Any value is kept, negative and NaN included: Guardrails refuse them with a message.
    void setWeight(int i, double weight);
    void setWeights(const QHash<QString, double> &weights);
    // No weight at all, as the deployment had before one was first given (what a rollback puts back).
    // The editor's value becomes 0; shares follow LiteLLM's rule for a missing weight (ShareMath). Any
    // other edit of the deployment gives it a weight again.
    void removeWeight(int i);
    bool isWeightRemoved(int i) const { return m_removed.value(i); }
    // Weight 0; restore() brings back the weight it had before.
    void drain(int i);
    bool canRestore(int i) const;
    // The weight before the drain; when there was none above 0, the mean of the others' weights.
    void restore(int i);
    void reset();
    bool isChanged() const;

    QList<double> baseShares() const;
    QList<double> shares() const;
    QList<double> baseEffectiveShares(const QSet<QString> &cooling) const;
    QList<double> effectiveShares(const QSet<QString> &cooling) const;

    // Divider k sits between deployments k and k+1, at the sum of the shares of 0..k.
    QList<double> dividers() const;
    // Moves divider k to `position` (a share of the whole bar, clamped between its neighbours and
    // snapped): only deployments k and k+1 change, their weights keep their sum, the others keep
    // their shares. False when nothing can move (outside the traffic tier, both at weight 0).
    bool moveDivider(int divider, double position);
    // The divider a press at `position` grabs: the nearest within `tolerance`. Dividers on one spot
    // (a deployment at 0 between them) resolve by the drag direction: right (> 0) takes the last,
    // left (< 0) the first, 0 the nearest. -1 when none is near.
    static int pickDivider(
        const QList<double> &dividers, double position, double tolerance, int direction = 0);

    QList<PlanPreviewRow> preview(const PlanTraffic &traffic) const;
    // The change to review: the base as it was and the weights to write (see the class comment).
    WeightChange change() const;

private:
    bool isChanged(int i) const;
    double roundWeight(double weight, double pairTotal) const;
    void scaleForIntegerSteps();

    QString m_group;
    QList<Deployment> m_base;
    ShareMath::WeightSource m_baseSource = ShareMath::WeightSource::Uniform;
    QSet<QString> m_tier;
    QList<double> m_start;
    QList<double> m_weights;
    QList<double> m_beforeDrain; // NaN: not drained
    QList<bool> m_removed; // removeWeight()
    WeightMode m_mode = WeightMode::Fractional;
    double m_snap = 0.01;
};

} // namespace RouteDeck
