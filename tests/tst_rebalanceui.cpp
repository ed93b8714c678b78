// SPDX-License-Identifier: GPL-3.0-or-later
// The Rebalance page, the review dialog and the Changes page, offscreen: a divider dragged with the
// mouse changes weights and shares, drain/restore/reset and the spin boxes edit the plan, the review
// lists the exact calls (or the diff) and holds Push until a risky change is confirmed by name, and
// the Changes page hands the selected entry to rollback.
#include "changecoordinator.h"
#include "changemodel.h"
#include "changespage.h"
#include "litellmconfigcodec.h"
#include "mainwindow.h"
#include "pushservice.h"
#include "rebalancepage.h"
#include "reviewdialog.h"
#include "weightspliteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace RouteDeck;

namespace {
const QString kDemoConfig = QStringLiteral(ROUTEDECK_SOURCE_DIR "/resources/demo/config.yaml");

QList<Deployment> demoDeployments()
{
    return LiteLlmConfigCodec::load(kDemoConfig).config.deployments;
}

// The demo at 20 req/s on gpt-4o-mini, all healthy.
Snapshot demoSnapshot()
{
    Snapshot snapshot;
    snapshot.time = QDateTime::currentDateTimeUtc();
    snapshot.router.state = SourceStatus::State::Live;
    snapshot.prometheus.state = SourceStatus::State::Live;
    const QList<std::pair<const char *, double>> rates { { "azure-primary", 14.6 },
        { "azure-secondary", 3.6 }, { "openai-direct", 1.8 } };
    for (const auto &[id, rps] : rates) {
        DeploymentSnapshot d;
        d.id = QString::fromLatin1(id);
        d.group = QStringLiteral("gpt-4o-mini");
        d.requestsPerSecond = rps;
        d.state = CooldownState::Healthy;
        snapshot.deployments.append(d);
    }
    GroupSnapshot group;
    group.name = QStringLiteral("gpt-4o-mini");
    group.requestsPerSecond = 20;
    snapshot.groups.append(group);
    return snapshot;
}

QString weightsOf(const WeightPlan &plan)
{
    QStringList parts;
    for (double w : plan.weights())
        parts.append(QString::number(w));
    return parts.join(QLatin1Char('/'));
}

QString percentsOf(const QList<double> &shares)
{
    QStringList parts;
    for (double s : shares)
        parts.append(QString::number(s * 100, 'f', 1));
    return parts.join(QLatin1Char('/'));
}
// The console with a profile, "gitops", that pushes to the config file at `path`.
struct FileProfileConsole
{
    SeriesStore store;
    MainWindow window;
    ChangeCoordinator coordinator { &window };

    FileProfileConsole(const QString &path, const QString &auditLogPath)
    {
        window.setLive(QStringLiteral("gitops"), &store);
        coordinator.setAuditLogPath(auditLogPath);
        ConnectionProfile profile;
        profile.name = QStringLiteral("gitops");
        profile.pushTarget = ConnectionProfile::PushTarget::File;
        profile.configFile = path;
        coordinator.connectTo(profile, RouterEndpointConfig(), nullptr);
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRebalanceUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tempDir;
    QString m_shotDir;
    SeriesStore m_store;

    // To $ROUTEDECK_REBALANCE_SHOTS when set (to look at them), else a temporary folder.
    void shoot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = m_shotDir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(widget->grab().save(path));
        QVERIFY(!QImage(path).isNull());
    }

    void showPage(RebalancePage &page)
    {
        page.resize(1100, 720);
        page.setDeployments(demoDeployments(), QStringLiteral("router http://127.0.0.1:4000"));
        page.setSnapshot(demoSnapshot(), m_store);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

    void drag(WeightSplitEditor *editor, int fromX, int toX)
    {
        const int y = editor->barRect(1).center().y();
        QTest::mousePress(editor, Qt::LeftButton, {}, QPoint(fromX, y));
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(editor, QPoint(fromX + (toX - fromX) * step / 4, y));
        QTest::mouseRelease(editor, Qt::LeftButton, {}, QPoint(toX, y));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tempDir.isValid());
        m_shotDir = qEnvironmentVariable("ROUTEDECK_REBALANCE_SHOTS", m_tempDir.path());
        QVERIFY(QDir().mkpath(m_shotDir));
    }

    void dragDividerMovesWeightsAndShares()
    {
        RebalancePage page;
        showPage(page);
        QCOMPARE(page.currentGroup(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(page.plan().ids(),
            QStringList({ QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"),
                QStringLiteral("openai-direct") }));
        QVERIFY(!page.reviewButton()->isEnabled());
        // The preview's columns fit their contents and the last stretches over the rest: no blank strip,
        // also after a refresh of the page on screen.
        page.setSnapshot(demoSnapshot(), m_store);
        QCoreApplication::processEvents();
        QVERIFY2(page.previewTable()->horizontalHeader()->length() >= page.previewTable()->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px of %2").arg(page.previewTable()->horizontalHeader()->length())
                                .arg(page.previewTable()->viewport()->width())));
        WeightSplitEditor *editor = page.splitEditor();
        QCOMPARE(percentsOf(editor->afterShares()), QStringLiteral("72.7/18.2/9.1"));

        // Drag azure-primary's right edge from 72.7 % to the middle of the bar.
        const QRect bar = editor->barRect(1);
        QSignalSpy dragged(editor, &WeightSplitEditor::dividerDragged);
        QSignalSpy finished(editor, &WeightSplitEditor::dragFinished);
        drag(editor, editor->dividerX(0), bar.left() + bar.width() / 2);
        QCOMPARE(dragged.size(), 4);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("5.5/4.5/1"));
        QCOMPARE(percentsOf(page.plan().shares()), QStringLiteral("50.0/40.9/9.1"));
        QCOMPARE(percentsOf(editor->afterShares()), QStringLiteral("50.0/40.9/9.1"));
        QCOMPARE(editor->dividerX(0), bar.left() + int(std::lround(0.5 * bar.width())));
        QCOMPARE(page.weightSpinBox(0)->value(), 5.5);
        QCOMPARE(page.weightSpinBox(0)->text(), QStringLiteral("5.5"));
        QCOMPARE(page.weightSpinBox(1)->value(), 4.5);
        QCOMPARE(page.previewTable()->item(0, RebalancePage::ConfiguredColumn)->text(),
            QStringLiteral("72.7 % → 50.0 %"));
        QCOMPARE(page.previewTable()->item(0, RebalancePage::RequestsColumn)->text(),
            QStringLiteral("14.6/s → 10.0/s"));
        QCOMPARE(page.previewTable()->item(0, RebalancePage::ShiftColumn)->text(),
            QStringLiteral("\u221222.7 pp"));
        QCOMPARE(page.previewTable()->item(2, RebalancePage::ShiftColumn)->text(), QStringLiteral("–"));
        QVERIFY(page.guardrailReport().risky());
        QVERIFY2(page.guardrailLabel()->text().contains(
                     QStringLiteral("azure-primary's share moves \u221222.7 pp")),
            qPrintable(page.guardrailLabel()->text()));
        QVERIFY(page.guardrailLabel()->text().contains(QStringLiteral("the review asks for the group name")));
        QVERIFY(page.reviewButton()->isEnabled());
        QVERIFY(page.resetButton()->isEnabled());
        shoot(&page, QStringLiteral("rebalance-page"));

        // A press away from any divider does nothing.
        drag(editor, bar.left() + 5, bar.left() + 100);
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("5.5/4.5/1"));

        // Keyboard: Ctrl+Right picks the next divider, Right moves it one point.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(editor->focusedDivider(), 1);
        QTest::keyClick(editor, Qt::Key_Left);
        QCOMPARE(percentsOf(page.plan().shares()), QStringLiteral("50.0/40.0/10.0"));

        QSignalSpy review(&page, &RebalancePage::reviewRequested);
        page.reviewButton()->click();
        QCOMPARE(review.size(), 1);
        page.resetButton()->click();
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("8/2/1"));
        QVERIFY(!page.reviewButton()->isEnabled());
    }

    void drainRestoreSpinBoxesAndRefusal()
    {
        RebalancePage page;
        showPage(page);
        QToolButton *drain = page.drainButton(0);
        QCOMPARE(drain->text(), QStringLiteral("Drain"));
        drain->click();
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("0/2/1"));
        QCOMPARE(percentsOf(page.splitEditor()->afterShares()), QStringLiteral("0.0/66.7/33.3"));
        QCOMPARE(drain->text(), QStringLiteral("Restore"));
        drain->click();
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("8/2/1"));

        // Typing a weight.
        QDoubleSpinBox *spin = page.weightSpinBox(2);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("5"));
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("8/2/5"));
        QCOMPARE(percentsOf(page.plan().shares()), QStringLiteral("53.3/13.3/33.3"));

        // Draining everything is refused: no review.
        for (int i = 0; i < 3; ++i) {
            if (page.drainButton(i)->text() == QLatin1String("Drain"))
                page.drainButton(i)->click();
        }
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("0/0/0"));
        QVERIFY(page.guardrailReport().refused());
        QVERIFY(page.guardrailLabel()->text().contains(QStringLiteral("Refused")));
        QVERIFY(!page.reviewButton()->isEnabled());

        // Whole numbers: a drag scales the weights by ten for 1 pp steps.
        page.resetButton()->click();
        page.integerWeightsBox()->setChecked(true);
        QVERIFY(page.plan().mode() == WeightPlan::WeightMode::Integer);
        const QRect bar = page.splitEditor()->barRect(1);
        drag(page.splitEditor(), page.splitEditor()->dividerX(0), bar.left() + bar.width() / 2);
        QCOMPARE(weightsOf(page.plan()), QStringLiteral("55/45/10"));
        QCOMPARE(page.weightSpinBox(0)->text(), QStringLiteral("55"));
    }

    void baseMovesOnDuringAnEdit()
    {
        RebalancePage page;
        showPage(page);
        page.weightSpinBox(0)->setValue(6); // an edit in progress
        QVERIFY(page.plan().isChanged());
        QList<Deployment> moved = demoDeployments();
        for (Deployment &d : moved) {
            if (d.id == QLatin1String("openai-direct"))
                d.weight = 3;
        }
        page.setDeployments(moved, QStringLiteral("router http://127.0.0.1:4000"));
        // The edit keeps its base, and says the router moved on.
        QVERIFY(page.plan().isChanged());
        QCOMPARE(page.plan().baseDeployments().at(2).weight, std::optional<double>(1));
        QCOMPARE(page.baseChangedText(),
            QStringLiteral(
                "The weights changed since you started editing: openai-direct 1 → 3. Reset to edit from "
                "them; pushing this edit would be stopped as a conflict."));
        page.resetButton()->click();
        QCOMPARE(page.plan().baseDeployments().at(2).weight, std::optional<double>(3));
        QVERIFY(page.baseChangedText().isEmpty());
    }

    void reviewListsTheCallsAndWantsTheName()
    {
        RebalancePage page;
        showPage(page);
        const QRect bar = page.splitEditor()->barRect(1);
        drag(page.splitEditor(), page.splitEditor()->dividerX(0), bar.left() + bar.width() / 2);

        PushService::Settings settings;
        settings.profile = QStringLiteral("demo");
        settings.router.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4000"));
        settings.auditLogPath = m_tempDir.filePath(QStringLiteral("audit.jsonl"));
        const PushService service(settings);
        const WeightChange change = page.plan().change();
        const PushService::Preview preview = service.preview(change);
        ReviewDialog::Content content;
        content.group = change.group;
        content.rows = page.plan().preview(page.traffic());
        content.guardrails = page.guardrailReport();
        content.target = service.targetDescription();
        content.calls = preview.calls;
        ReviewDialog dialog(content);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString actions = dialog.actionsView()->toPlainText();
        QCOMPARE(actions,
            QStringLiteral("1. GET http://127.0.0.1:4000/v2/model/info — re-read the weights; stop if they "
                           "differ from the base\n"
                           "2. GET http://127.0.0.1:4000/v2/model/info — re-read: stop if anyone else "
                           "changed the group\n"
                           "3. PATCH http://127.0.0.1:4000/model/azure-primary/update "
                           "{\"litellm_params\":{\"weight\":5.5}}\n"
                           "4. GET http://127.0.0.1:4000/v2/model/info — re-read: stop if anyone else "
                           "changed the group\n"
                           "5. PATCH http://127.0.0.1:4000/model/azure-secondary/update "
                           "{\"litellm_params\":{\"weight\":4.5}}\n"
                           "6. GET http://127.0.0.1:4000/v2/model/info — re-read the weights to verify\n"));
        QTableWidget *weights = dialog.weightsTable();
        QCOMPARE(weights->rowCount(), 3);
        QCOMPARE(weights->item(0, 1)->text(), QStringLiteral("8 → 5.5"));
        QCOMPARE(weights->item(0, 2)->text(), QStringLiteral("72.7 % → 50.0 %"));
        QCOMPARE(weights->item(0, 5)->text(), QStringLiteral("14.5/s → 10.0/s (-4.5/s)"));
        QCOMPARE(weights->item(2, 1)->text(), QStringLiteral("1"));

        // Risky: Push waits for the group name.
        QVERIFY(dialog.needsTypedConfirmation());
        QVERIFY(dialog.confirmationEdit()->isVisible());
        QVERIFY(!dialog.pushButton()->isEnabled());
        QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("gpt-4o"));
        QVERIFY(!dialog.pushButton()->isEnabled());
        QTest::keyClicks(dialog.confirmationEdit(), QStringLiteral("-mini"));
        QVERIFY(dialog.pushButton()->isEnabled());
        shoot(&dialog, QStringLiteral("review-dialog"));
        QSignalSpy push(&dialog, &ReviewDialog::pushRequested);
        dialog.pushButton()->click();
        QCOMPARE(push.size(), 1);

        // While it runs and after: the steps, then the outcome; a conflict shows base, theirs and yours.
        dialog.setPushing();
        QVERIFY(!dialog.pushButton()->isEnabled());
        dialog.addStep({ QStringLiteral("azure-primary"), 8.0, 5.5, false, true, 200, QString() });
        QVERIFY(dialog.outcomeText().contains(QStringLiteral("✓ set azure-primary to 5.5")));
        PushOutcome conflict;
        conflict.result = PushOutcome::Result::Conflict;
        conflict.message
            = QStringLiteral("The weights of gpt-4o-mini on the router changed since the edit started.");
        conflict.base = change.before;
        conflict.theirs = change.before;
        conflict.theirs.insert(QStringLiteral("openai-direct"), 3.0);
        conflict.yours = change.afterState();
        dialog.showOutcome(conflict);
        QVERIFY(dialog.hasOutcome());
        QVERIFY(!dialog.pushButton()->isVisible());
        QTableWidget *table = dialog.conflictTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("openai-direct"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("5.5"));
        shoot(&dialog, QStringLiteral("review-dialog-conflict"));
    }

    void reviewOfAFileShowsTheDiffAndReadOnlyCannotPush()
    {
        const QString path = m_tempDir.filePath(QStringLiteral("config.yaml"));
        QFile::remove(path);
        QVERIFY(QFile::copy(kDemoConfig, path));
        PushService::Settings settings;
        settings.profile = QStringLiteral("gitops");
        settings.target = PushTargetKind::File;
        settings.configFile = path;
        settings.readOnly = true;
        const PushService service(settings);
        WeightPlan plan(QStringLiteral("gpt-4o-mini"), demoDeployments());
        plan.setWeight(2, 2); // openai-direct 1 -> 2: a small change, no confirmation needed
        const PushService::Preview preview = service.preview(plan.change());
        ReviewDialog::Content content;
        content.group = plan.group();
        content.rows = plan.preview(PlanTraffic());
        content.guardrails = Guardrails::check(plan, PlanTraffic());
        content.target = service.targetDescription();
        content.calls = preview.calls;
        content.diff = preview.diff;
        content.refusal = service.refusalReason();
        ReviewDialog dialog(content);
        QVERIFY(!dialog.needsTypedConfirmation());
        QVERIFY2(dialog.actionsView()->toPlainText().contains(
                     QStringLiteral("-      weight: 1\n+      weight: 2\n")),
            qPrintable(dialog.actionsView()->toPlainText()));
        QVERIFY(dialog.actionsView()->toPlainText().startsWith(
            QStringLiteral("1. Replace %1 atomically").arg(path)));
        QVERIFY(!dialog.canPush()); // read-only
        QVERIFY(!dialog.pushButton()->isEnabled());
        QVERIFY(dialog.outcomeText().contains(QStringLiteral("is read-only")));
    }

    // The console with a profile that pushes to a config file: edit, review the diff, push, see the
    // entry, roll back, and the file is the original again, byte for byte.
    void fileProfileEditPushRollBack()
    {
        const QString path = m_tempDir.filePath(QStringLiteral("gitops/config.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile::remove(path);
        QVERIFY(QFile::copy(kDemoConfig, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray originalBytes = original.readAll();
        original.close();

        FileProfileConsole console(path, m_tempDir.filePath(QStringLiteral("gitops/audit.jsonl")));
        MainWindow &window = console.window;
        ChangeCoordinator &coordinator = console.coordinator;
        RebalancePage *page = window.rebalancePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->plan().count(), 3, 5000); // the file is read on a worker thread
        QCOMPARE(page->currentGroup(), QStringLiteral("gpt-4o-mini"));

        page->weightSpinBox(2)->setValue(2); // openai-direct 1 -> 2: small, no typed confirmation
        QSignalSpy pushed(&coordinator, &ChangeCoordinator::pushFinished);
        page->reviewButton()->click();
        ReviewDialog *review = coordinator.review();
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 5000); // the file is read on a worker
        QVERIFY2(review->actionsView()->toPlainText().contains(
                     QStringLiteral("-      weight: 1\n+      weight: 2\n")),
            qPrintable(review->actionsView()->toPlainText()));
        QVERIFY(review->pushButton()->isEnabled());
        review->pushButton()->click();
        QVERIFY(pushed.wait(10000));
        QCOMPARE(PushOutcome::resultName(pushed.first().first().value<PushOutcome>().result),
            QStringLiteral("applied"));
        review->close();
        QTRY_COMPARE_WITH_TIMEOUT(
            page->plan().baseDeployments().at(2).weight, std::optional<double>(2), 5000);
        QVERIFY(!page->plan().isChanged());

        ChangesPage *changes = window.changesPage();
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 1, 5000); // the audit log is read on a worker
        QCOMPARE(changes->model()->entry(0)->target, PushTargetKind::File);
        changes->rollbackButton()->click();
        review = coordinator.review();
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 5000);
        QVERIFY(review->actionsView()->toPlainText().contains(
            QStringLiteral("-      weight: 2\n+      weight: 1\n")));
        review->pushButton()->click();
        QVERIFY(pushed.wait(10000));
        QCOMPARE(PushOutcome::resultName(pushed.last().first().value<PushOutcome>().result),
            QStringLiteral("applied"));
        review->close();
        QCOMPARE(readFile(path), originalBytes);
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 2, 5000);
        QCOMPARE(changes->model()->entry(0)->rollbackOf, changes->model()->entry(1)->id);
    }

    // A rollback of a change that gave a deployment its first weight takes the weight away again: the file
    // is the original, byte for byte, and the review says "unset", not 0.
    void rollbackOfAFirstWeightRemovesIt()
    {
        const QString path = m_tempDir.filePath(QStringLiteral("first/config.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QByteArray originalBytes = readFile(kDemoConfig);
        QVERIFY(originalBytes.contains("OPENAI_API_KEY\n      weight: 1\n"));
        originalBytes.replace("OPENAI_API_KEY\n      weight: 1\n", "OPENAI_API_KEY\n"); // openai-direct: no weight
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(originalBytes);
        }
        FileProfileConsole console(path, m_tempDir.filePath(QStringLiteral("first/audit.jsonl")));
        RebalancePage *page = console.window.rebalancePage();
        QTRY_COMPARE_WITH_TIMEOUT(page->plan().count(), 3, 5000);
        QCOMPARE(page->plan().baseDeployments().at(2).weight, std::nullopt);

        page->weightSpinBox(2)->setValue(1);
        QSignalSpy pushed(&console.coordinator, &ChangeCoordinator::pushFinished);
        page->reviewButton()->click();
        ReviewDialog *review = console.coordinator.review();
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 5000);
        QVERIFY(review->pushButton()->isEnabled());
        review->pushButton()->click();
        QVERIFY(pushed.wait(10000));
        QCOMPARE(PushOutcome::resultName(pushed.last().first().value<PushOutcome>().result), QStringLiteral("applied"));
        review->close();
        QVERIFY(readFile(path).contains("OPENAI_API_KEY\n      weight: 1\n"));

        ChangesPage *changes = console.window.changesPage();
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 1, 5000);
        changes->rollbackButton()->click();
        review = console.coordinator.review();
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 5000);
        const QString actions = review->actionsView()->toPlainText();
        QVERIFY2(actions.contains(QStringLiteral("/OPENAI_API_KEY\n-      weight: 1\n")), qPrintable(actions));
        const auto openai = std::find_if(review->content().rows.cbegin(), review->content().rows.cend(),
            [](const PlanPreviewRow &row) { return row.id == QLatin1String("openai-direct"); });
        QVERIFY(openai != review->content().rows.cend());
        QVERIFY(openai->weightRemoved);
        QVERIFY(review->pushButton()->isEnabled());
        review->pushButton()->click();
        QVERIFY(pushed.wait(10000));
        const PushOutcome outcome = pushed.last().first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QVERIFY2(outcome.verified, qPrintable(outcome.message));
        QCOMPARE(outcome.resulting.value(QStringLiteral("openai-direct")), std::nullopt);
        review->close();
        QCOMPARE(readFile(path), originalBytes);
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 2, 5000);
        QCOMPARE(changes->model()->entry(0)->after.value(QStringLiteral("openai-direct"), 1.0), std::nullopt);
    }

    void changesPageRollsBackTheSelectedEntry()
    {
        ChangesPage page;
        page.resize(1000, 400);
        AuditEntry applied;
        applied.id = QStringLiteral("a1");
        applied.time = QDateTime::currentDateTimeUtc().addSecs(-120);
        applied.user = QStringLiteral("alice");
        applied.group = QStringLiteral("gpt-4o-mini");
        applied.location = QStringLiteral("http://127.0.0.1:4000");
        applied.before
            = { { QStringLiteral("azure-primary"), 8.0 }, { QStringLiteral("azure-secondary"), 2.0 } };
        applied.after
            = { { QStringLiteral("azure-primary"), 5.5 }, { QStringLiteral("azure-secondary"), 4.5 } };
        applied.result = QStringLiteral("applied");
        AuditEntry conflict = applied;
        conflict.id = QStringLiteral("c2");
        conflict.time = applied.time.addSecs(60);
        conflict.result = QStringLiteral("conflict");
        Problems problems { Problem::warning(
            { QStringLiteral("audit.jsonl"), 3, 0 }, QStringLiteral("the last entry is incomplete")) };
        page.setEntries({ applied, conflict }, problems, QStringLiteral("/tmp/audit.jsonl"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.logLabel()->text().contains(
            QStringLiteral("audit.jsonl:3: warning: the last entry is incomplete")));
        // The newest is selected: a conflict changed nothing, so there is nothing to roll back.
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("c2"));
        QVERIFY(!page.rollbackButton()->isEnabled());
        QVERIFY(page.selectEntry(QStringLiteral("a1")));
        QVERIFY(page.rollbackButton()->isEnabled());
        QSignalSpy rollback(&page, &ChangesPage::rollbackRequested);
        page.rollbackButton()->click();
        QCOMPARE(rollback.size(), 1);
        QCOMPARE(rollback.first().first().value<AuditEntry>().id, QStringLiteral("a1"));

        // A new entry arrives: the selection stays on a1.
        AuditEntry third = applied;
        third.id = QStringLiteral("r3");
        third.time = conflict.time.addSecs(60);
        third.rollbackOf = QStringLiteral("a1");
        page.setEntries({ applied, conflict, third }, {}, QStringLiteral("/tmp/audit.jsonl"));
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("a1"));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->index(0, ChangeModel::ChangeColumn).data().toString(),
            QStringLiteral("rollback: azure-primary 8 → 5.5, azure-secondary 2 → 4.5"));
    }

    // The audit log holds the changes of every router: the page lists the current one's unless asked
    // for all, and rolls back only those.
    void changesPageListsTheCurrentTargetsEntries()
    {
        const QString here = QStringLiteral("http://127.0.0.1:4000");
        const QString elsewhere = QStringLiteral("http://10.0.0.7:4000");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto entry = [&now](const char *id, const QString &location, int secondsAgo) {
            AuditEntry e;
            e.id = QString::fromLatin1(id);
            e.time = now.addSecs(-secondsAgo);
            e.user = QStringLiteral("alice");
            e.group = QStringLiteral("gpt-4o-mini");
            e.target = PushTargetKind::Router;
            e.location = location;
            e.before = { { QStringLiteral("azure-primary"), 8.0 } };
            e.after = { { QStringLiteral("azure-primary"), 5.5 } };
            e.result = QStringLiteral("applied");
            return e;
        };
        // Log order, oldest first; the newest entry is the other router's.
        QList<AuditEntry> entries { entry("h1", here, 400), entry("o1", elsewhere, 300),
            entry("h2", here, 200), entry("o2", elsewhere, 100) };

        ChangesPage page;
        page.resize(1000, 400);
        page.setCurrentTarget(QStringLiteral("router %1").arg(here),
            [here](const AuditEntry &e) { return e.target == PushTargetKind::Router && e.location == here; });
        page.setEntries(entries, {}, QStringLiteral("/tmp/audit.jsonl"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto shownIds = [&page] {
            QStringList ids;
            const QAbstractItemModel *shown = page.table()->model();
            for (int row = 0; row < shown->rowCount(); ++row)
                ids.append(shown->index(row, 0).data(ChangeModel::EntryIdRole).toString());
            return ids.join(QLatin1Char(','));
        };

        // By default: this router's entries, newest first, the newest selected and ready to roll back.
        QCOMPARE(page.targetFilter(), ChangesPage::TargetFilter::CurrentTarget);
        QCOMPARE(page.targetFilterBox()->currentText(), QStringLiteral("This target"));
        QCOMPARE(shownIds(), QStringLiteral("h2,h1"));
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(page.hiddenLabel()->text(), QStringLiteral("2 change(s) of other targets hidden"));
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("h2"));
        QVERIFY(page.rollbackButton()->isEnabled());

        // All targets: both routers' entries; the selection stays.
        page.targetFilterBox()->setCurrentIndex(
            page.targetFilterBox()->findText(QStringLiteral("All targets")));
        QCOMPARE(page.targetFilter(), ChangesPage::TargetFilter::AllTargets);
        QCOMPARE(shownIds(), QStringLiteral("o2,h2,o1,h1"));
        QVERIFY(page.hiddenLabel()->text().isEmpty());
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("h2"));

        // The other router's entry cannot be rolled back from here, and the button says why.
        page.table()->selectRow(0);
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("o2"));
        QVERIFY(!page.rollbackButton()->isEnabled());
        QCOMPARE(page.rollbackButton()->toolTip(),
            QStringLiteral("This change was made on another target (router http://10.0.0.7:4000); "
                           "connect to it to roll it back."));
        QSignalSpy rollback(&page, &ChangesPage::rollbackRequested);
        page.rollbackButton()->click();
        QCOMPARE(rollback.size(), 0);
        page.table()->selectRow(1);
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("h2"));
        QVERIFY(page.rollbackButton()->isEnabled());

        // Back to this target while the other router's entry is selected: this router's newest is.
        page.table()->selectRow(2);
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("o1"));
        page.setTargetFilter(ChangesPage::TargetFilter::CurrentTarget);
        QCOMPARE(shownIds(), QStringLiteral("h2,h1"));
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("h2"));
        QVERIFY(page.rollbackButton()->isEnabled());

        // A new entry of the other router is counted, not listed; selecting it asks for all targets.
        entries.append(entry("o3", elsewhere, 10));
        page.setEntries(entries, {}, QStringLiteral("/tmp/audit.jsonl"));
        QCOMPARE(shownIds(), QStringLiteral("h2,h1"));
        QCOMPARE(page.hiddenLabel()->text(), QStringLiteral("3 change(s) of other targets hidden"));
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("h2"));
        QVERIFY(page.selectEntry(QStringLiteral("o3")));
        QCOMPARE(page.targetFilter(), ChangesPage::TargetFilter::AllTargets);
        QCOMPARE(page.selectedEntry()->id, QStringLiteral("o3"));
        QVERIFY(!page.rollbackButton()->isEnabled());
    }
};

QTEST_MAIN(TestRebalanceUi)
#include "tst_rebalanceui.moc"
