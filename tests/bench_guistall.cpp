// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 §4: the longest time the GUI thread's event loop does not turn while
//  - a push writes one group's weights into a 5,000-deployment config file (audit log of 10,000 pushes),
//  - the local demo stops (routedeck-sim and Prometheus; needs `prometheus` on PATH or $ROUTEDECK_PROMETHEUS).
// A 1 ms timer on the GUI thread records the longest gap between its ticks. For comparison it also prints
// how long the same work takes when done in one piece (what the GUI thread waited for before it moved to
// worker threads). Figures only, as `RESULT <name> <value> <unit>` lines; no assertions on time.
#include "auditlogwriter.h"
#include "demoenvironment.h"
#include "litellmconfigcodec.h"
#include "pushservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace RouteDeck;

namespace {

void result(const char *name, double value, const char *unit)
{
    std::printf("RESULT %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The longest gap between two turns of the event loop while it runs (a 1 ms precise timer).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

QByteArray configText(int deployments)
{
    QByteArray text = "# generated benchmark config\nmodel_list:\n";
    for (int i = 0; i < deployments; ++i) {
        text += "  - model_name: group-" + QByteArray::number(i % 250) + "\n"
                "    litellm_params:\n"
                "      model: azure/deployment-" + QByteArray::number(i) + "\n"
                "      api_key: os.environ/AZURE_KEY_" + QByteArray::number(i % 17) + "\n"
                "      weight: " + QByteArray::number(i % 9 + 1) + "\n"
                "    model_info:\n"
                "      id: dep-" + QByteArray::number(i) + "\n";
    }
    return text;
}

// A year of pushes in the audit log: every push reads it (cut-off intents) and appends to it.
void fillAuditLog(const QString &path, int entries)
{
    const AuditLogWriter log(path);
    for (int i = 0; i < entries; ++i) {
        AuditEntry entry;
        entry.time = QDateTime::currentDateTimeUtc().addSecs(-3600 * (entries - i));
        entry.id = AuditLogWriter::newEntryId(entry.time);
        entry.profile = QStringLiteral("prod");
        entry.user = QStringLiteral("someone");
        entry.tool = QStringLiteral("routedeck");
        entry.target = PushTargetKind::File;
        entry.location = QStringLiteral("/etc/litellm/other.yaml");
        entry.group = QStringLiteral("group-%1").arg(i % 250);
        entry.before = { { QStringLiteral("dep-1"), 1.0 }, { QStringLiteral("dep-2"), 2.0 } };
        entry.after = { { QStringLiteral("dep-1"), 2.0 }, { QStringLiteral("dep-2"), 1.0 } };
        entry.result = QStringLiteral("applied");
        entry.resulting = entry.after;
        log.append(entry);
    }
}

WeightChange changeOfGroup(const QList<Deployment> &deployments, const QString &group)
{
    WeightChange change;
    change.group = group;
    change.before = PushService::groupWeights(deployments, group);
    change.ids = change.before.keys();
    change.after.insert(change.ids.first(), change.before.first().value_or(1) + 1);
    return change;
}

void benchFilePush(const QTemporaryDir &dir)
{
    const QString configPath = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(configText(5000)) < 0)
        qFatal("cannot write %s", qPrintable(configPath));
    file.close();
    PushService::Settings settings;
    settings.profile = QStringLiteral("bench");
    settings.target = PushTargetKind::File;
    settings.configFile = configPath;
    settings.auditLogPath = dir.filePath(QStringLiteral("audit.jsonl"));
    settings.lockDirectory = dir.filePath(QStringLiteral("locks"));
    fillAuditLog(settings.auditLogPath, 10000);
    const ConfigLoadResult loaded = LiteLlmConfigCodec::load(configPath);
    if (!loaded.ok())
        qFatal("the generated config does not load");

    // The work in one piece, as the GUI thread did it before: preview, then the push's reads and write.
    QElapsedTimer clock;
    clock.start();
    const PushService::Preview preview = PushService::previewOf(settings, changeOfGroup(loaded.config.deployments, QStringLiteral("group-7")), PushTargetKind::File);
    result("push.file_5000.preview_in_one_piece_ms", double(clock.nsecsElapsed()) / 1e6, "ms");
    if (!preview.error.isEmpty())
        qFatal("preview: %s", qPrintable(preview.error));
    clock.restart();
    (void)AuditLogWriter(settings.auditLogPath).read();
    result("push.audit_10000_read_ms", double(clock.nsecsElapsed()) / 1e6, "ms");

    PushService service(settings);
    StallMeter meter;
    double worst = 0;
    for (int round = 0; round < 3; ++round) {
        const ConfigLoadResult current = LiteLlmConfigCodec::load(configPath);
        const WeightChange change = changeOfGroup(current.config.deployments, QStringLiteral("group-%1").arg(round + 7));
        QEventLoop loop;
        PushOutcome outcome;
        QObject::connect(&service, &PushService::finished, &loop, [&](const PushOutcome &o) {
            outcome = o;
            loop.quit();
        });
        meter.start();
        clock.restart();
        QTimer::singleShot(5, &service, [&] { service.push(change); });
        loop.exec();
        const double wall = double(clock.nsecsElapsed()) / 1e6;
        worst = std::max(worst, meter.stop());
        if (outcome.result != PushOutcome::Result::Applied)
            qFatal("push: %s", qPrintable(outcome.message));
        std::printf("push %d: %.0f ms from push() to finished()\n", round + 1, wall);
    }
    result("push.file_5000.gui_stall_ms", worst, "ms");
}

void benchDemoStop()
{
    if (DemoEnvironment::prometheusExecutable().isEmpty() || DemoEnvironment::simulatorExecutable().isEmpty()) {
        std::printf("demo stop: skipped (no prometheus or routedeck-sim found)\n");
        return;
    }
    DemoEnvironment::Options options;
    options.historyDays = 0;
    options.scenario.clear();
    DemoEnvironment demo(options);
    QEventLoop loop;
    bool ready = false;
    QObject::connect(&demo, &DemoEnvironment::ready, &loop, [&] {
        ready = true;
        loop.quit();
    });
    QObject::connect(&demo, &DemoEnvironment::failed, &loop, [&](const QString &message) {
        std::printf("demo stop: skipped (the demo did not start: %s)\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    demo.start();
    loop.exec();
    if (!ready)
        return;
    QTimer::singleShot(3000, &loop, &QEventLoop::quit); // a few scrapes, as in real use
    loop.exec();
    StallMeter meter;
    QObject::connect(&demo, &DemoEnvironment::stopped, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    meter.start();
    clock.start();
    QTimer::singleShot(5, &demo, [&] { demo.stop(); });
    loop.exec();
    result("demo.stop.gui_stall_ms", meter.stop(), "ms");
    result("demo.stop.until_stopped_ms", double(clock.nsecsElapsed()) / 1e6, "ms");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the console's event loop, with a GUI platform (offscreen under ctest)
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    benchFilePush(dir);
    benchDemoStop();
    return 0;
}
