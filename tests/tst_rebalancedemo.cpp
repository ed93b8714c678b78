// SPDX-License-Identifier: GPL-3.0-or-later
// The rebalance story in the whole console, offscreen, against the local demo (real routedeck-sim and
// real Prometheus): the operator drags azure-primary from 73 % to 50 %, reviews (typing the group
// name: a 23-point move is risky), pushes, sees the audit entry and the push marker, watches the
// observed split converge on the Traffic page, and rolls back in two clicks.
#include "changecoordinator.h"
#include "changemodel.h"
#include "changespage.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "rebalancepage.h"
#include "reviewdialog.h"
#include "support/democonsole.h"
#include "timeserieschart.h"
#include "trafficpage.h"
#include "weightspliteditor.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace RouteDeck;
using RouteDeck::Test::DemoConsole;

namespace {
const DeploymentSnapshot *deployment(const MainWindow &window, const char *id)
{
    return window.lastSnapshot().deployment(QString::fromLatin1(id));
}

double observed(const MainWindow &window, const char *id)
{
    const DeploymentSnapshot *d = deployment(window, id);
    return d ? d->observedShare : kNoValue;
}
} // namespace

class TestRebalanceDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shotDir;

    void shoot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(m_shotDir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shotDir = qEnvironmentVariable("ROUTEDECK_REBALANCE_SHOTS", m_dir.path());
        QVERIFY(QDir().mkpath(m_shotDir));
        // Before the controller exists: the audit log goes to a scratch file, not the user's.
        qputenv("ROUTEDECK_AUDIT_LOG", m_dir.filePath(QStringLiteral("audit.jsonl")).toLocal8Bit());
    }

    void dragReviewPushConvergeRollBack()
    {
        if (const QString missing = DemoConsole::missingProgram(); !missing.isEmpty())
            QSKIP(qPrintable(missing));

        DemoConsole demo;
        auto &[window, controller, failures] = demo;
        QCOMPARE(controller.changes()->auditLogPath(), m_dir.filePath(QStringLiteral("audit.jsonl")));
        demo.start(60);
        QTRY_VERIFY2_WITH_TIMEOUT(window.lastSnapshot().prometheus.state == SourceStatus::State::Live
                && deployment(window, "azure-primary") && std::isfinite(observed(window, "azure-primary")),
            qPrintable(demo.failureOr(QStringLiteral("no live data yet"))), 90000);

        // For pictures, let the charts gather some history first so the step shows.
        const bool pictures = qEnvironmentVariableIsSet("ROUTEDECK_REBALANCE_SHOTS");
        if (pictures)
            QTest::qWait(90000);

        // 1. Rebalance: the editor has the router's weights.
        QVERIFY(window.showPage(QStringLiteral("rebalance")));
        RebalancePage *page = window.rebalancePage();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->plan().count(), 3, 10000);
        QCOMPARE(page->currentGroup(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(QString::number(page->plan().shares().at(0) * 100, 'f', 1), QStringLiteral("72.7"));

        // 2. Drag azure-primary to 50 %.
        WeightSplitEditor *editor = page->splitEditor();
        const QRect bar = editor->barRect(1);
        const int y = bar.center().y();
        const int from = editor->dividerX(0);
        const int to = bar.left() + bar.width() / 2;
        QTest::mousePress(editor, Qt::LeftButton, {}, QPoint(from, y));
        QTest::mouseMove(editor, QPoint((from + to) / 2, y));
        QTest::mouseMove(editor, QPoint(to, y));
        QTest::mouseRelease(editor, Qt::LeftButton, {}, QPoint(to, y));
        QCOMPARE(QString::number(page->plan().shares().at(0) * 100, 'f', 1), QStringLiteral("50.0"));
        QVERIFY(page->reviewButton()->isEnabled());
        shoot(&window, QStringLiteral("demo-rebalance"));

        // 3. Review: the demo router keeps its models in its config file (db_model false), as LiteLLM
        // would; it refuses to PATCH them, so the change goes into that file, then the reload command.
        QSignalSpy opened(controller.changes(), &ChangeCoordinator::reviewOpened);
        page->reviewButton()->click();
        QCOMPARE(opened.size(), 1);
        ReviewDialog *review = controller.changes()->review();
        QVERIFY(review);
        const QString configPath = controller.demoEnvironment()->configPath();
        QVERIFY2(review->content().intro.contains(
                     QStringLiteral("The router keeps azure-primary, azure-secondary in its config file")),
            qPrintable(review->content().intro));
        if (review->content().previewPending)
            shoot(review, QStringLiteral("demo-review-reading"));
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 10000); // the file is read on a worker
        const QString actions = review->actionsView()->toPlainText();
        QVERIFY2(actions.contains(QStringLiteral("Replace %1 atomically").arg(configPath))
                && actions.contains(QStringLiteral("after_write command (at most 120 s): kill -HUP"))
                && actions.contains(QStringLiteral("+      weight: 5.5")),
            qPrintable(actions));
        QVERIFY(review->needsTypedConfirmation());
        QVERIFY(!review->pushButton()->isEnabled());
        QTest::keyClicks(review->confirmationEdit(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(review->pushButton()->isEnabled());
        shoot(review, QStringLiteral("demo-review"));

        // 4. Push: the file, the reload, the router reporting the new weights.
        QSignalSpy pushed(controller.changes(), &ChangeCoordinator::pushFinished);
        const qint64 pushedAt = QDateTime::currentMSecsSinceEpoch();
        review->pushButton()->click();
        QVERIFY(pushed.wait(60000));
        const auto outcome = pushed.first().first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(outcome.result), QStringLiteral("applied"));
        QCOMPARE(outcome.routerApplied, std::optional<bool>(true));
        QVERIFY2(review->outcomeText().contains(QStringLiteral("Wrote 2 weight(s) of gpt-4o-mini"))
                && review->outcomeText().contains(QStringLiteral("The router reports the new weights.")),
            qPrintable(review->outcomeText()));
        QVERIFY(review->outcomeText().contains(
            QStringLiteral("Recorded in the audit log as %1.").arg(outcome.auditId)));
        shoot(review, QStringLiteral("demo-review-pushed"));

        // 5. The audit entry on the Changes page, the push marker on the traffic chart.
        ChangesPage *changes = window.changesPage();
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 1, 10000); // the log is read on a worker
        QCOMPARE(changes->selectedEntry()->id, outcome.auditId);
        QCOMPARE(changes->model()->index(0, ChangeModel::ChangeColumn).data().toString(),
            QStringLiteral("azure-primary 8 → 5.5, azure-secondary 2 → 4.5"));
        auto *traffic = qobject_cast<TrafficPage *>(window.operationsPage(QStringLiteral("traffic")));
        QVERIFY(traffic);
        QTRY_COMPARE_WITH_TIMEOUT(traffic->shareChart()->timeMarkers().size(), 1, 10000);
        QCOMPARE(traffic->shareChart()->timeMarkers().first().label,
            QStringLiteral("weights pushed: gpt-4o-mini"));
        QVERIFY(std::abs(traffic->shareChart()->timeMarkers().first().msecs - pushedAt) < 5000);

        // 6. The observed split converges on the new configured split.
        QVERIFY(window.showPage(QStringLiteral("traffic")));
        QTRY_COMPARE_WITH_TIMEOUT(
            QString::number(deployment(window, "azure-primary")->configuredShare * 100, 'f', 1),
            QStringLiteral("50.0"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(std::abs(observed(window, "azure-primary") - 0.5) < 0.06
                && std::abs(observed(window, "azure-secondary") - 4.5 / 11) < 0.06,
            qPrintable(QStringLiteral("observed azure-primary %1, azure-secondary %2")
                           .arg(observed(window, "azure-primary"))
                           .arg(observed(window, "azure-secondary"))),
            90000);
        const double convergedAfter = (QDateTime::currentMSecsSinceEpoch() - pushedAt) / 1000.0;
        qInfo(
            "observed split converged %.1f s after the push: azure-primary %.1f %%, azure-secondary %.1f %%, "
            "openai-direct %.1f %%",
            convergedAfter, observed(window, "azure-primary") * 100,
            observed(window, "azure-secondary") * 100, observed(window, "openai-direct") * 100);
        // The console watched it too, and says so below the push's outcome.
        QTRY_VERIFY2_WITH_TIMEOUT(review->outcomeText().contains(QStringLiteral("gpt-4o-mini follows the new weights")),
            qPrintable(review->outcomeText()), 120000);
        review->close();
        QTest::qWait(pictures ? 60000 : 1500); // let the chart draw more points for the picture
        shoot(&window, QStringLiteral("demo-traffic-converged"));

        // 7. Roll back in two clicks: "Roll Back…" on the newest entry, then "Push Rollback".
        QVERIFY(window.showPage(QStringLiteral("changes")));
        changes->rollbackButton()->click(); // click 1
        QCOMPARE(opened.size(), 2);
        review = controller.changes()->review();
        QVERIFY(review);
        QVERIFY(!review->needsTypedConfirmation()); // it restores a split from the audit log
        QTRY_VERIFY_WITH_TIMEOUT(!review->content().previewPending, 10000);
        QVERIFY(review->pushButton()->isEnabled());
        QVERIFY2(review->actionsView()->toPlainText().contains(QStringLiteral("+      weight: 8")),
            qPrintable(review->actionsView()->toPlainText()));
        shoot(review, QStringLiteral("demo-rollback-review"));
        review->pushButton()->click(); // click 2
        QVERIFY(pushed.wait(60000));
        const auto rolledBack = pushed.last().first().value<PushOutcome>();
        QCOMPARE(PushOutcome::resultName(rolledBack.result), QStringLiteral("applied"));
        QCOMPARE(formatWeights(rolledBack.resulting),
            QStringLiteral("azure-primary 8, azure-secondary 2, openai-direct 1"));
        QTRY_COMPARE_WITH_TIMEOUT(changes->model()->rowCount(), 2, 10000);
        QCOMPARE(changes->model()->entry(0)->rollbackOf, outcome.auditId);
        QTRY_COMPARE_WITH_TIMEOUT(traffic->shareChart()->timeMarkers().size(), 2, 10000);
        QCOMPARE(
            traffic->shareChart()->timeMarkers().last().label, QStringLiteral("rolled back: gpt-4o-mini"));
        QTRY_COMPARE_WITH_TIMEOUT(
            QString::number(deployment(window, "azure-primary")->configuredShare * 100, 'f', 1),
            QStringLiteral("72.7"), 20000);
        review->close();
        QVERIFY(failures.isEmpty());
    }
};

QTEST_MAIN(TestRebalanceDemo)
#include "tst_rebalancedemo.moc"
