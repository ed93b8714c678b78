// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdialog.h"

#include "viewformat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace RouteDeck {

namespace {

QString arrow(const QString &before, const QString &after)
{
    return before == after ? after : QStringLiteral("%1 → %2").arg(before, after);
}

void fill(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height + 2);
}

QTableWidget *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    return table;
}

// The numbered calls, the diff and why the change cannot be pushed; or, before they are known, that
// the target is being read.
QString actionsText(const ReviewDialog::Content &content)
{
    if (content.previewPending)
        return ReviewDialog::tr("Reading %1 to show the exact changes…").arg(content.target)
            + QLatin1Char('\n');
    QString actions;
    for (int i = 0; i < content.calls.size(); ++i)
        actions += QStringLiteral("%1. %2\n").arg(i + 1).arg(content.calls.at(i));
    if (!content.diff.isEmpty())
        actions += QLatin1Char('\n') + content.diff;
    if (!content.previewError.isEmpty())
        actions += ReviewDialog::tr("Cannot push: %1\n").arg(content.previewError);
    return actions;
}

} // namespace

ReviewDialog::ReviewDialog(const Content &content, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
    , m_weights(newTable(this, QStringLiteral("reviewWeights")))
    , m_guardrails(new QLabel(this))
    , m_actionsLabel(new QLabel(this))
    , m_actions(new QPlainTextEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_outcome(new QLabel(this))
    , m_conflict(newTable(this, QStringLiteral("conflictTable")))
    , m_buttons(new QDialogButtonBox(this))
    , m_push(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(content.rollback ? tr("Review Rollback — %1").arg(content.group)
                                    : tr("Review Weight Change — %1").arg(content.group));
    setMinimumWidth(760);

    auto *heading = new QLabel(
        tr("<b>%1</b> on the %2").arg(content.group.toHtmlEscaped(), content.target.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto *intro = new QLabel(content.intro, this);
    intro->setWordWrap(true);
    intro->setVisible(!content.intro.isEmpty());

    QLabel *shift = createWeights();
    setupGuardrails();
    setupActions();
    setupConfirmation();
    setupOutcome();
    setupButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_weights);
    layout->addWidget(shift);
    layout->addWidget(m_guardrails);
    layout->addWidget(m_actionsLabel);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_outcome);
    layout->addWidget(m_conflict);
    layout->addWidget(m_buttons);
    updatePushButton();
    focusNextStep();
}

// Fills the before/after weights table and builds the label saying how much traffic moves.
QLabel *ReviewDialog::createWeights()
{
    QList<QStringList> rows;
    double shiftedAway = 0;
    double groupRate = 0;
    for (const PlanPreviewRow &row : m_content.rows) {
        QString traffic = tr("unknown");
        if (std::isfinite(row.predictedRequestsPerSecond)) {
            const double delta = row.predictedRequestsPerSecond - row.basePredictedRequestsPerSecond;
            traffic = arrow(ViewFormat::rate(row.basePredictedRequestsPerSecond),
                ViewFormat::rate(row.predictedRequestsPerSecond));
            if (std::abs(delta) >= 0.005)
                traffic += QStringLiteral(" (%1%2)").arg(
                    delta > 0 ? QStringLiteral("+") : QString(), ViewFormat::rate(delta));
            shiftedAway += std::max(0.0, -delta);
            groupRate += row.basePredictedRequestsPerSecond;
        }
        const std::optional<double> weight = row.weightRemoved ? std::nullopt : std::optional(row.weight);
        rows.append({ row.id, arrow(formatWeight(row.configuredWeight), formatWeight(weight)),
            arrow(ViewFormat::percent(row.baseShare), ViewFormat::percent(row.share)),
            std::abs(row.shiftPoints()) < 0.05 ? QStringLiteral("–") : ViewFormat::points(row.shiftPoints()),
            arrow(ViewFormat::percent(row.baseEffectiveShare), ViewFormat::percent(row.effectiveShare)),
            traffic });
    }
    fill(m_weights,
        { tr("Deployment"), tr("Weight"), tr("Configured share"), tr("Shift"), tr("Effective share"),
            tr("Predicted requests/s") },
        rows);
    auto *shift = new QLabel(this);
    shift->setObjectName(QStringLiteral("trafficShift"));
    shift->setText(shiftedAway >= 0.005
            ? tr("At the current traffic of %1, about %2 of it moves to other deployments.")
                  .arg(ViewFormat::rate(groupRate), ViewFormat::rate(shiftedAway))
            : tr("No traffic moves at the current rate (or the current traffic is unknown)."));
    return shift;
}

// Shows the guardrails' messages, each headed by its level (refused, warning, note).
void ReviewDialog::setupGuardrails()
{
    QStringList messages;
    for (const GuardrailMessage &m : m_content.guardrails.messages) {
        const QString prefix = m.level == GuardrailMessage::Level::Refusal ? tr("Refused")
            : m.level == GuardrailMessage::Level::Warning                  ? tr("Warning")
                                                                           : tr("Note");
        messages.append(QStringLiteral("<b>%1:</b> %2").arg(prefix, m.text.toHtmlEscaped()));
    }
    m_guardrails->setObjectName(QStringLiteral("reviewGuardrails"));
    m_guardrails->setWordWrap(true);
    m_guardrails->setTextFormat(Qt::RichText);
    m_guardrails->setText(messages.join(QStringLiteral("<br>")));
    m_guardrails->setVisible(!messages.isEmpty());
}

// Sets up the view of what will be done (the calls, or the diff) and fills it.
void ReviewDialog::setupActions()
{
    m_actions->setObjectName(QStringLiteral("reviewActions"));
    m_actions->setReadOnly(true);
    m_actions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_actions->setLineWrapMode(QPlainTextEdit::NoWrap);
    showActions();
}

void ReviewDialog::showActions()
{
    m_actionsLabel->setText(m_content.diff.isEmpty() ? tr("What will be done, in this order:")
                                                     : tr("What will be done, and the file's diff:"));
    const QString actions = actionsText(m_content);
    m_actions->setPlainText(actions);
    m_actions->setMinimumHeight(QFontMetrics(m_actions->font()).lineSpacing()
        * std::min(16, int(actions.count(QLatin1Char('\n'))) + 2));
}

// Sets up the typed confirmation of a risky change.
void ReviewDialog::setupConfirmation()
{
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setText(tr("This change is risky. Type the group name <b>%1</b> to confirm:")
                                .arg(m_content.group.toHtmlEscaped()));
    m_confirmation->setObjectName(QStringLiteral("confirmGroup"));
    m_confirmation->setPlaceholderText(m_content.group);
    m_confirmLabel->setBuddy(m_confirmation);
    m_confirmLabel->setVisible(needsTypedConfirmation());
    m_confirmation->setVisible(needsTypedConfirmation());
    connect(m_confirmation, &QLineEdit::textChanged, this, &ReviewDialog::updatePushButton);
}

// Sets up the outcome label (showing a refusal from the start) and hides the conflict table.
void ReviewDialog::setupOutcome()
{
    m_outcome->setObjectName(QStringLiteral("pushOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setVisible(!m_content.refusal.isEmpty());
    m_outcome->setText(m_content.refusal);
    m_conflict->hide();
}

// Sets up the Push and Cancel buttons.
void ReviewDialog::setupButtons()
{
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_push->setText(m_content.rollback ? tr("&Push Rollback") : tr("&Push"));
    m_buttons->addButton(m_push, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_push, &QPushButton::clicked, this, [this] {
        if (canPush())
            Q_EMIT pushRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewDialog::~ReviewDialog() = default;

bool ReviewDialog::needsTypedConfirmation() const
{
    return m_content.guardrails.risky();
}

// The one rule for Push, whether the preview came with the Content or later by setPreview().
bool ReviewDialog::canPush() const
{
    if (m_pushing || m_finished || m_content.previewPending || m_content.guardrails.refused()
        || !m_content.previewError.isEmpty() || !m_content.refusal.isEmpty())
        return false;
    return !needsTypedConfirmation() || Guardrails::confirms(m_confirmation->text(), m_content.group);
}

void ReviewDialog::setPreview(const QStringList &calls, const QString &diff, const QString &error)
{
    m_content.calls = calls;
    m_content.diff = diff;
    m_content.previewError = error;
    m_content.previewPending = false;
    showActions();
    updatePushButton();
    focusNextStep();
}

void ReviewDialog::focusNextStep()
{
    if (needsTypedConfirmation())
        m_confirmation->setFocus();
    else
        m_push->setFocus(); // does nothing while Push is disabled
}

void ReviewDialog::updatePushButton()
{
    m_push->setEnabled(canPush());
    m_push->setDefault(canPush());
}

void ReviewDialog::setPushing()
{
    m_pushing = true;
    m_confirmation->setEnabled(false);
    m_outcome->setText(tr("Pushing…"));
    m_outcome->show();
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false); // the calls run to the end either way
    updatePushButton();
}

void ReviewDialog::reject()
{
    if (m_pushing && !m_finished)
        return;
    QDialog::reject();
}

void ReviewDialog::addStep(const PushStep &step)
{
    const QString verb = step.revert ? tr("revert") : tr("set");
    addProgress(step.ok ? tr("✓ %1 %2 to %3").arg(verb, step.deploymentId, formatWeight(step.to))
                        : tr("✗ %1 %2 to %3: %4").arg(verb, step.deploymentId, formatWeight(step.to), step.error));
}

void ReviewDialog::addProgress(const QString &line)
{
    if (m_finished) {
        // After the outcome (the split converging): below it.
        m_outcome->setText(m_outcome->text() + QLatin1Char('\n') + line);
        return;
    }
    m_progress.append(line);
    m_outcome->setText(tr("Pushing…") + QLatin1Char('\n') + m_progress.join(QLatin1Char('\n')));
    m_outcome->show();
}

void ReviewDialog::showOutcome(const PushOutcome &outcome)
{
    m_pushing = false;
    m_finished = true;
    QString text = m_progress.isEmpty() ? QString() : m_progress.join(QLatin1Char('\n')) + QLatin1Char('\n');
    text += outcome.message;
    if (!outcome.auditId.isEmpty())
        text += QLatin1Char('\n') + tr("Recorded in the audit log as %1.").arg(outcome.auditId);
    if (!outcome.auditError.isEmpty())
        text += QLatin1Char('\n') + tr("The audit log could not be written: %1").arg(outcome.auditError);
    m_outcome->setText(text);
    m_outcome->show();
    QPalette palette = m_outcome->palette();
    if (outcome.result != PushOutcome::Result::Applied)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_outcome->setPalette(palette);

    if (outcome.result == PushOutcome::Result::Conflict) {
        QStringList ids = outcome.base.keys();
        for (const QString &id : outcome.theirs.keys()) {
            if (!ids.contains(id))
                ids.append(id);
        }
        QList<QStringList> rows;
        for (const QString &id : std::as_const(ids)) {
            const auto cell = [&id](const WeightMap &map) {
                return map.contains(id) ? formatWeight(map.value(id)) : tr("absent");
            };
            rows.append({ id, cell(outcome.base), cell(outcome.theirs), cell(outcome.yours) });
        }
        fill(m_conflict,
            { tr("Deployment"), tr("Base (edit started from)"), tr("Theirs (target now)"), tr("Yours") },
            rows);
        m_conflict->show();
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_push->hide();
    m_confirmLabel->hide();
    m_confirmation->hide();
}

QString ReviewDialog::outcomeText() const
{
    return m_outcome->text();
}

} // namespace RouteDeck
