// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"
#include "alerttablemodel.h"
#include "colordecorationdelegate.h"
#include "cooldownspage.h"
#include "cooldownstrip.h"
#include "cooldowntablemodel.h"
#include "groupnavigator.h"
#include "groupoverviewmodel.h"
#include "latencypage.h"
#include "outcomespage.h"
#include "outcometablemodel.h"
#include "plotraster.h"
#include "overviewpage.h"
#include "seriescolors.h"
#include "splitbar.h"
#include "statusbadge.h"
#include "support/viewfixtures.h"
#include "timeaxis.h"
#include "timeserieschart.h"
#include "trafficpage.h"
#include "widgetsupport.h"
#include "traffictablemodel.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <limits>

using namespace RouteDeck;
using namespace RouteDeck::ViewFixtures;

namespace {
const qint64 kFrom = msecs(12, 0, 0);
const qint64 kTo = msecs(12, 5, 0);

QString column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, col).data(role).toString());
    return values.join(QLatin1Char('|'));
}

QList<QPointF> line(std::initializer_list<double> values, qint64 from = kFrom, qint64 step = 10000)
{
    QList<QPointF> points;
    qint64 t = from;
    for (double v : values) {
        points.append(QPointF(double(t), v));
        t += step;
    }
    return points;
}
} // namespace

// An item delegate whose initStyleOption() a test may call.
template<typename Delegate>
class WithOpenStyleOption : public Delegate
{
public:
    using Delegate::initStyleOption;
};

class TestWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tempDir;
    QString m_shotDir;
    SeriesStore m_store;

    // Pages render at a realistic size and are saved as PNG: to $ROUTEDECK_VIEWS_SHOTS when set
    // (to look at them), else to a temporary directory; either way the file must load back.
    void shoot(QWidget *widget, const QString &name, QSize size = QSize(1100, 760))
    {
        widget->resize(size);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QCoreApplication::processEvents();
        const QString path = m_shotDir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(widget->grab().save(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size * widget->devicePixelRatio());
    }

    template<typename Page>
    void feed(Page &page, const Snapshot &snapshot)
    {
        page.setTimeRange(kFrom, kTo);
        page.setQueryTexts({ { QStringLiteral("requests"), QStringLiteral("sum by (model_id) (rate(x[1m]))") },
                             { QStringLiteral("latency"), QStringLiteral("histogram_quantile($quantile, y)") },
                             { QStringLiteral("outcomes"), QStringLiteral("z") },
                             { QStringLiteral("state"), QStringLiteral("max by (model_id) (litellm_deployment_state)") } });
        page.setSnapshot(snapshot, m_store);
    }

    static Snapshot staleSnapshot()
    {
        Snapshot s = incidentSnapshot();
        s.prometheus.state = SourceStatus::State::Stale;
        s.prometheus.failingSince = at(12, 4, 30);
        s.prometheus.lastGood = at(12, 4, 25);
        s.prometheus.error = QStringLiteral("connection refused");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tempDir.isValid());
        m_shotDir = qEnvironmentVariable("ROUTEDECK_VIEWS_SHOTS", m_tempDir.path());
        fillStore(m_store, incidentSnapshot(), kFrom, kTo, 5000);
    }

    void healthDotsArePaintedOnce()
    {
        // The group navigator sets every group's dot at every refresh; a new icon each time filled Qt's
        // pixmap cache with copies (the console's steady memory growth). The same health is the same icon.
        QCOMPARE(WidgetSupport::dot(Qt::red, 14).cacheKey(), WidgetSupport::dot(QColor(Qt::red), 14).cacheKey());
        QVERIFY(WidgetSupport::dot(Qt::red, 14).cacheKey() != WidgetSupport::dot(Qt::red, 16).cacheKey());
        QVERIFY(WidgetSupport::dot(Qt::red, 14).cacheKey() != WidgetSupport::dot(Qt::green, 14).cacheKey());
        GroupNavigator navigator;
        const Snapshot snapshot = ViewFixtures::incidentSnapshot();
        navigator.setSnapshot(snapshot, ViewThresholds());
        QVERIFY(navigator.count() > 1);
        QList<qint64> first;
        for (int i = 1; i < navigator.count(); ++i)
            first.append(navigator.item(i)->icon().cacheKey());
        navigator.setSnapshot(snapshot, ViewThresholds());
        for (int i = 1; i < navigator.count(); ++i)
            QCOMPARE(navigator.item(i)->icon().cacheKey(), first.at(i - 1));
    }

    // Qt's item delegate makes a new icon for a QColor decoration at every paint, and each went into Qt's
    // pixmap cache: the overview table's health swatches, painted every second, grew the console by about
    // 10 MB an hour (heaptrack). The console's tables draw one shared swatch per colour and size.
    void tableSwatchesArePaintedOnce()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QColor(Qt::red), Qt::DecorationRole);
        const auto iconOf = [&model](const auto &delegate) {
            QStyleOptionViewItem option;
            option.decorationSize = QSize(14, 14);
            delegate.initStyleOption(&option, model.index(0, 0));
            return option.icon;
        };
        const WithOpenStyleOption<QStyledItemDelegate> qtDelegate;
        QVERIFY(iconOf(qtDelegate).cacheKey() != iconOf(qtDelegate).cacheKey());
        const WithOpenStyleOption<ColorDecorationDelegate> delegate;
        QCOMPARE(iconOf(delegate).cacheKey(), iconOf(delegate).cacheKey());
        QCOMPARE(iconOf(delegate).pixmap(14, 14).toImage().pixel(7, 7), qRgb(255, 0, 0));

        OverviewPage page;
        QVERIFY(qobject_cast<ColorDecorationDelegate *>(page.groupTable()->itemDelegate()));
    }

    void timeAxisMath()
    {
        const TimeAxis axis { 1'000'000, 1'900'000, 100, 900 }; // 15 min over 900 px: 1 px per second
        QCOMPARE(axis.xForTime(1'000'000), 100.0);
        QCOMPARE(axis.xForTime(1'450'000), 550.0);
        QCOMPARE(axis.xForTime(1'900'000), 1000.0);
        QCOMPARE(axis.timeForX(550), 1'450'000);
        QCOMPARE(axis.timeForX(axis.xForTime(1'234'567)), 1'234'567);
        QCOMPARE(axis.span(1'100'000, 1'200'000), std::make_optional(std::make_pair(200.0, 300.0)));
        QCOMPARE(axis.span(900'000, 1'050'000), std::make_optional(std::make_pair(100.0, 150.0)));
        QCOMPARE(axis.span(2'000'000, 2'100'000), std::nullopt);
        QCOMPARE(axis.span(1'500'000, 1'500'500, 4), std::make_optional(std::make_pair(598.25, 602.25)));
        QCOMPARE(axis.span(1'000'000, 1'000'000, 4), std::make_optional(std::make_pair(100.0, 104.0))); // kept inside
        // Labels start right of their line or band, or end left of it where they would run off the right end.
        QCOMPARE(axis.labelLeft(200, 200, 50), 203.0);
        QCOMPARE(axis.labelLeft(980, 980, 50), 927.0);
        QCOMPARE(axis.labelLeft(990, 1000, 60), 937.0);
        QCOMPARE(axis.labelLeft(120, 130, 2000), 100.0);
        QCOMPARE(axis.tickStep(80), 120'000);
        QCOMPARE(axis.tickStep(50), 60'000);
        const QList<qint64> ticks = axis.ticks(80);
        QVERIFY(!ticks.isEmpty());
        for (qint64 t : ticks) {
            QVERIFY(t >= axis.from && t <= axis.to);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t).time().second(), 0);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t).time().minute() % 2, 0);
        }
        QVERIFY(!(TimeAxis { 5, 5, 0, 100 }).isValid());
        QCOMPARE(TimeAxis::labelFormat(5 * 60 * 1000), QStringLiteral("HH:mm:ss"));
        QCOMPARE(TimeAxis::labelFormat(60 * 60 * 1000), QStringLiteral("HH:mm"));
        QCOMPARE(TimeAxis::labelFormat(7LL * 24 * 3600 * 1000), QStringLiteral("ddd HH:mm"));
        QCOMPARE(TimeAxis::labelFormat(30LL * 24 * 3600 * 1000), QStringLiteral("d MMM"));
    }

    void chartGapsAreSeparateSegments()
    {
        const double nan = kNoValue;
        TimeSeriesChart chart;
        chart.setTimeRange(kFrom, kTo);
        chart.setSeries({ { QStringLiteral("azure-primary"), line({ 1, 2, nan, nan, 3, 4, nan, 5 }), QColor(), false },
                          { QStringLiteral("openai"), line({ nan, nan }), QColor(), false } });
        QCOMPARE(chart.segmentCount(QStringLiteral("azure-primary")), 3);
        QCOMPARE(chart.segmentCount(QStringLiteral("openai")), 0);
        QVERIFY(!chart.isEmpty());
        // Lines never fall to 0 in a gap: no plotted point is 0 here.
        const QList<QList<QPointF>> runs = chart.lineRuns(QStringLiteral("azure-primary"));
        QCOMPARE(runs.size(), 3);
        for (const QList<QPointF> &run : runs) {
            for (const QPointF &p : run)
                QVERIFY(p.y() != 0 && std::isfinite(p.y()));
        }
        QCOMPARE(chart.lineRuns(QStringLiteral("openai")).size(), 0);
        QCOMPARE(chart.chart()->series().size(), 2); // one legend entry each, openai's too
        // One legend entry per name, not per piece.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        int visibleMarkers = 0;
        for (QLegendMarker *marker : chart.chart()->legend()->markers())
            visibleMarkers += marker->isVisible() ? 1 : 0;
        QCOMPARE(visibleMarkers, 2);

        // The next refresh closes the gap: series are reused, pieces drop.
        chart.setSeries({ { QStringLiteral("azure-primary"), line({ 1, 2, 3 }), QColor(), false } });
        QCOMPARE(chart.segmentCount(QStringLiteral("azure-primary")), 1);
        QCOMPARE(chart.seriesNames(), QStringList { QStringLiteral("azure-primary") });
        QCOMPARE(chart.chart()->series().size(), 1);

        chart.setSeries({ { QStringLiteral("x"), line({ nan }), QColor(), false } });
        QVERIFY(chart.isEmpty());
    }

    void stackedAreasBreakAtGaps()
    {
        const double nan = kNoValue;
        TimeSeriesChart chart;
        chart.setMode(TimeSeriesChart::Mode::StackedArea);
        chart.setTimeRange(kFrom, kTo);
        chart.setSeries({ { QStringLiteral("a"), line({ 50, 60, nan, 40 }), QColor(), false },
                          { QStringLiteral("b"), line({ 50, 40, nan, 60 }), QColor(), true } });
        QCOMPARE(chart.segmentCount(QStringLiteral("a")), 2);
        QCOMPARE(chart.segmentCount(QStringLiteral("b")), 2);
        QCOMPARE(chart.valueRange().second >= 100, true);
    }

    void atLeastMarkersAndThreshold()
    {
        TimeSeriesChart chart;
        chart.setTimeRange(kFrom, kTo);
        chart.setValueFormat(QStringLiteral("seconds"), 1, QStringLiteral(" s"));
        chart.setAtLeastValue(300);
        chart.setThreshold(3.5, QStringLiteral("threshold 3.5 s"));
        chart.setSeries({ { QStringLiteral("gpt-4o-openai"), line({ 2, 300, 300, 2.5 }), QColor(), false },
                          { QStringLiteral("gpt-4o-azure"), line({ 4, 4.2 }), QColor(), false } });
        QCOMPARE(chart.atLeastPointCount(QStringLiteral("gpt-4o-openai")), 2);
        QCOMPARE(chart.atLeastPointCount(QStringLiteral("gpt-4o-azure")), 0);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QStringList legend;
        for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
            if (marker->isVisible())
                legend.append(marker->label());
        }
        QCOMPARE(legend, (QStringList { QStringLiteral("threshold 3.5 s"), QStringLiteral("gpt-4o-openai"),
                                        QStringLiteral("gpt-4o-openai (at least)"), QStringLiteral("gpt-4o-azure") }));
        QCOMPARE(chart.threshold(), 3.5);
        QVERIFY(chart.valueRange().second >= 300);

        // Hovering a point names its series and value; an "at least" point says so; empty plot: nothing.
        const auto viewportPoint = [&chart](qint64 msecs, double value) {
            const QRectF plot = chart.chart()->plotArea();
            const auto [low, high] = chart.valueRange();
            const QPointF scene(plot.left() + double(msecs - kFrom) / double(kTo - kFrom) * plot.width(),
                                plot.bottom() - (value - low) / (high - low) * plot.height());
            return chart.mapFromScene(scene);
        };
        QCOMPARE(chart.toolTipAt(viewportPoint(kFrom + 10000, 300)),
                 QStringLiteral("gpt-4o-openai at 12:00:10: at least 300.0 s (the largest finite histogram bucket; "
                                "the real value is higher)"));
        QCOMPARE(chart.toolTipAt(viewportPoint(kFrom + 10000, 4.2)), QStringLiteral("gpt-4o-azure at 12:00:10: 4.2 s"));
        QCOMPARE(chart.toolTipAt(viewportPoint(kFrom + 200000, 150)), QString());
        // Anywhere along a line, not only at its points: halfway between two of them.
        QCOMPARE(chart.toolTipAt(viewportPoint(kFrom + 4000, 4.08)), QStringLiteral("gpt-4o-azure at 12:00:00: 4.0 s"));

        chart.setSeries({ { QStringLiteral("gpt-4o-azure"), line({ 1, 1.2 }), QColor(), false } });
        QVERIFY(chart.valueRange().second >= 3.5); // the threshold stays in view
        QVERIFY(chart.valueRange().second < 10);
        shoot(&chart, QStringLiteral("chart-threshold"), QSize(600, 300));

        // Export PNG: written at the widget's size; a bad path says which file could not be written.
        const QString path = m_tempDir.filePath(QStringLiteral("export.png"));
        QString error;
        QVERIFY2(chart.saveImage(path, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), chart.size() * chart.devicePixelRatio());
        const QString bad = m_tempDir.filePath(QStringLiteral("missing/dir/export.png"));
        QVERIFY(!chart.saveImage(bad, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    }

    // Texts drawn over the plot are whole and inside it. A long "no series" text with its query wraps
    // instead of being cut at the plot's edges: the strips along the edges look as with no text. The
    // label of an alert band that has just begun at the right edge stays left of it: right of the plot,
    // below the corner button, is background only.
    void textsStayInThePlot()
    {
        TimeSeriesChart chart;
        chart.setTimeRange(kFrom, kTo);
        chart.setSeries({});
        chart.resize(420, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto plotRect = [&chart] { return chart.mapFromScene(chart.chart()->plotArea()).boundingRect(); };
        const auto edgeStrips = [&chart, &plotRect] {
            const QImage image = chart.grab().toImage();
            const QRect plot = plotRect();
            QList<QRgb> pixels;
            for (int y = plot.top() + 1; y < plot.bottom(); ++y) {
                for (int dx = 1; dx <= 6; ++dx)
                    pixels << image.pixel(plot.left() + dx, y) << image.pixel(plot.right() - dx, y);
            }
            return pixels;
        };
        const QList<QRgb> withoutText = edgeStrips();
        chart.setEmptyText(QStringLiteral("No series for this panel yet: the endpoint does not export it, or nothing "
                                          "has happened that it counts.\nsum(rate(litellm_proxy_failed_requests_metric_total[4s]))"));
        QVERIFY(chart.isEmpty());
        QVERIFY(edgeStrips() == withoutText);

        chart.setSeries({ { QStringLiteral("azure-primary"), line({ 1, 2, 3 }), QColor(), false } });
        chart.setTimeSpans({ { kTo - 2000, 0, QStringLiteral("rate limits (429): gpt-4o-mini") } });
        QVERIFY(!chart.isEmpty());
        const QImage image = chart.grab().toImage();
        const QRect plot = plotRect();
        const auto *corner = chart.findChild<QToolButton *>(); // Export PNG, Copy PromQL: right of the plot's top
        QVERIFY(corner);
        for (int y = std::max(plot.top(), corner->geometry().bottom()) + 1; y < plot.bottom(); ++y) {
            const QRgb background = image.pixel(image.width() - 1, y);
            for (int x = plot.right() + 3; x < image.width(); ++x)
                QVERIFY2(image.pixel(x, y) == background, qPrintable(QStringLiteral("text at %1, %2").arg(x).arg(y)));
        }
    }

    void plotRasterStaysInItsImage()
    {
        // Coordinates far outside, infinite or NaN (a garbled point, a range of years) draw what falls
        // inside the image and nothing else.
        QImage image(10, 10, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        PlotRaster raster(image);
        const double far = 1e12;
        const double infinity = std::numeric_limits<double>::infinity();
        raster.strokeLine(QPolygonF({ QPointF(-far, 5), QPointF(far, 5) }), Qt::red, 2);
        for (int x = 0; x < 10; ++x) {
            QCOMPARE(image.pixel(x, 5), qRgb(255, 0, 0));
            QCOMPARE(qAlpha(image.pixel(x, 2)), 0);
        }
        raster.strokeLine(QPolygonF({ QPointF(3e9, 1), QPointF(3e9 + 5, 2) }), Qt::blue, 2);
        raster.strokeLine(QPolygonF({ QPointF(kNoValue, 1), QPointF(4, kNoValue) }), Qt::blue, 2);
        raster.strokeLine(QPolygonF({ QPointF(1, -infinity), QPointF(2, infinity) }), Qt::blue, 2);
        raster.fillBand(QPolygonF({ QPointF(-far, 8), QPointF(-far / 2, 8) }), QPolygonF({ QPointF(-far, 9), QPointF(-far / 2, 9) }), Qt::blue);
        for (int y : { 0, 1, 2, 8 })
            QCOMPARE(qAlpha(image.pixel(9, y)), 0);
        raster.fillBand(QPolygonF({ QPointF(-far, -far), QPointF(far, -far) }), QPolygonF({ QPointF(-far, far), QPointF(far, far) }),
                        Qt::green);
        QCOMPARE(image.pixel(0, 0), qRgb(0, 255, 0));
        raster.fillRect(QRect(-5, -5, 100, 100), Qt::black);
        QCOMPARE(image.pixel(9, 9), qRgb(0, 0, 0));
    }

    void niceValueAxis()
    {
        const auto check = [](double low, double high, double min, double max, int ticks) {
            const TimeSeriesChart::NiceRange r = TimeSeriesChart::niceRange(low, high);
            QCOMPARE(r.min, min);
            QCOMPARE(r.max, max);
            QCOMPARE(r.ticks, ticks);
        };
        check(0, 4.41, 0, 6, 4);
        check(0, 315, 0, 400, 5);
        check(0, 3.675, 0, 4, 5);
        check(0, 0.012, 0, 0.015, 4);
        check(-3, 7, -5, 7.5, 6);
        check(0, 0, 0, 1, 5);
        check(0, kNoValue, 0, 1, 5);
    }

    void statusBadge_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("dot");
        QTest::addRow("live") << int(SourceStatus::State::Live) << QStringLiteral("Prometheus: live") << QColor(0x2e9d4f);
        QTest::addRow("stale") << int(SourceStatus::State::Stale) << QStringLiteral("Prometheus: stale since 12:04:30")
                               << QColor(0xe0a000);
        QTest::addRow("unreachable") << int(SourceStatus::State::Unreachable)
                                     << QStringLiteral("Prometheus: unreachable: connection refused") << QColor(0xd62728);
        QTest::addRow("connecting") << int(SourceStatus::State::Unknown) << QStringLiteral("Prometheus: connecting…")
                                    << QColor(0x8c8c8c);
    }

    void statusBadge()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QColor, dot);
        StatusBadge badge(QStringLiteral("Prometheus"));
        SourceStatus status;
        status.state = SourceStatus::State(state);
        status.failingSince = at(12, 4, 30);
        status.lastGood = at(12, 4, 25);
        status.error = QStringLiteral("connection refused");
        status.detail = QStringLiteral("Prometheus 2.45.3");
        badge.setStatus(status);
        QCOMPARE(badge.text(), text);
        QCOMPARE(badge.dotColor(), dot);
        QCOMPARE(badge.accessibleName(), text);
        QVERIFY(badge.toolTip().contains(QLatin1String("Last good data: 2024-05-14 12:04:25")));
        QCOMPARE(badge.toolTip().contains(QLatin1String("Error: connection refused")),
                 status.state != SourceStatus::State::Live);
        QVERIFY(badge.toolTip().endsWith(QLatin1String("Prometheus 2.45.3")));
    }

    void splitBar()
    {
        QCOMPARE(SplitBar::segmentExtents({ 8.0 / 11, 2.0 / 11, 1.0 / 11 }, 100),
                 (QList<std::pair<int, int>> { { 0, 73 }, { 73, 18 }, { 91, 9 } }));
        QCOMPARE(SplitBar::segmentExtents({ 0.5, kNoValue, 0.25 }, 100),
                 (QList<std::pair<int, int>> { { 0, 50 }, { 50, 0 }, { 50, 25 } }));
        QCOMPARE(SplitBar::segmentExtents({ 1.0, 1.0 }, 10), (QList<std::pair<int, int>> { { 0, 5 }, { 5, 5 } }));
        QCOMPARE(SplitBar::segmentExtents({ -0.2, 1.0 }, 10), (QList<std::pair<int, int>> { { 0, 0 }, { 0, 10 } }));

        SplitBar bar;
        bar.setData({ QStringLiteral("azure-primary"), QStringLiteral("azure-secondary") },
                    { { QStringLiteral("Configured"), { 0.8, 0.2 } }, { QStringLiteral("Observed"), { kNoValue, kNoValue } } });
        bar.resize(600, bar.sizeHint().height());
        QCOMPARE(bar.segmentText(QStringLiteral("azure-primary"), 0.8, 400), QStringLiteral("azure-primary 80.0 %"));
        QCOMPARE(bar.segmentText(QStringLiteral("azure-primary"), 0.8, 60), QStringLiteral("80.0 %"));
        QCOMPARE(bar.segmentText(QStringLiteral("azure-primary"), 0.8, 5), QString());
        const QString tip = bar.toolTipAt(QPoint(bar.width() - 5, 5));
        QCOMPARE(tip, QStringLiteral("azure-secondary: 20.0 % of traffic (configured)"));
        shoot(&bar, QStringLiteral("splitbar"), QSize(600, bar.sizeHint().height()));
    }

    void cooldownStrip()
    {
        CooldownStrip strip;
        strip.setTimeRange(kFrom, kTo);
        CooldownStrip::Row row;
        row.id = QStringLiteral("azure-primary");
        row.label = row.id;
        row.intervals = CooldownTimeline::intervals(m_store, row.id, kFrom, kTo);
        row.current = CooldownState::Cooling;
        row.currentText = QStringLiteral("cooling 1 min 50 s (429)");
        strip.setRows({ row });
        strip.resize(900, strip.sizeHint().height());
        const TimeAxis axis = strip.stripAxis();
        QVERIFY(axis.isValid());
        QCOMPARE(axis.from, kFrom);
        QCOMPARE(strip.rowAt(strip.rowRect(0).center().y()), 0);
        QCOMPARE(strip.rowAt(strip.rowRect(0).bottom() + 5), -1);
        const int y = strip.rowRect(0).center().y();
        const QString cooling = strip.toolTipAt(QPoint(int(axis.xForTime(msecs(12, 4, 0))), y));
        QCOMPARE(cooling, QStringLiteral("azure-primary cooling, 429 rate limit\n12:03:10 – 12:05:00 (1 min 50 s)"));
        QVERIFY(strip.toolTipAt(QPoint(int(axis.xForTime(msecs(12, 1, 0))), y)).startsWith(QLatin1String("azure-primary healthy")));
        shoot(&strip, QStringLiteral("cooldownstrip"), QSize(900, strip.sizeHint().height()));
    }

    // A table's last column takes the width its columns leave, also when its rows come after it is
    // shown (fitting the columns to their contents sized the last one too): no blank strip right of it.
    void tablesFillTheirWidth()
    {
        OverviewPage overview;
        OutcomesPage outcomes;
        CooldownsPage cooldowns;
        for (OperationsPage *page : std::initializer_list<OperationsPage *> { &overview, &outcomes, &cooldowns }) {
            shoot(page, QLatin1String(page->metaObject()->className()));
            feed(*page, incidentSnapshot());
            QCoreApplication::processEvents();
            const QList<QTableView *> tables = page->findChildren<QTableView *>();
            int checked = 0;
            for (const QTableView *table : tables) {
                if (!table->isVisible() || table->model()->rowCount() == 0)
                    continue;
                ++checked;
                QVERIFY2(table->horizontalHeader()->length() >= table->viewport()->width(),
                         qPrintable(QStringLiteral("%1: columns %2 px wide in %3 px")
                                        .arg(QLatin1String(page->metaObject()->className()))
                                        .arg(table->horizontalHeader()->length())
                                        .arg(table->viewport()->width())));
            }
            QVERIFY2(checked > 0, page->metaObject()->className());
        }
    }

    // The active alerts' columns are fitted again when rows come: a server-side rule's long name arriving
    // after a console alert is shown whole, not cut to the width the first row needed.
    void alertColumnsGrowWithTheirRows()
    {
        AlertsPage page;
        shoot(&page, QStringLiteral("alerts-empty"));
        const QDateTime now = at(12, 5, 0);
        AlertRow console;
        console.alert.id = QStringLiteral("latency/gpt-4o-mini/1");
        console.alert.group = QStringLiteral("gpt-4o-mini");
        console.alert.activeAt = now.addSecs(-50);
        console.alert.value = 4.9;
        console.alert.threshold = 4.5;
        page.setAlerts({ console }, now);
        QCoreApplication::processEvents();
        AlertRow server = console;
        server.serverSide = true;
        server.ruleName = QStringLiteral("RouteDeckP95LatencyOverTheLineForTheGroup");
        page.setServerSide({ server }, QString());
        QCoreApplication::processEvents();
        QTableView *table = page.activeTable();
        QCOMPARE(table->model()->rowCount(), 2);
        for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
            const QAbstractItemView *view = table;
            const int needed = std::min(view->sizeHintForColumn(column), std::max(120, table->viewport()->width() / 3));
            QVERIFY2(table->columnWidth(column) >= needed,
                     qPrintable(QStringLiteral("column %1: %2 px, its text needs %3").arg(column).arg(table->columnWidth(column)).arg(needed)));
        }
    }

    void overviewPage()
    {
        OverviewPage page;
        feed(page, incidentSnapshot());
        QCOMPARE(page.groupTable()->model()->rowCount(), 3);
        QCOMPARE(column(*page.groupTable()->model(), GroupOverviewModel::GroupColumn),
                 QStringLiteral("gpt-4o-mini|gpt-4o|text-embedding-3-small"));
        QCOMPARE(page.incidentTexts(),
                 (QStringList { QStringLiteral("gpt-4o-mini: azure-primary cooling since 12:03:10 (429), traffic moved to "
                                               "azure-secondary and openai-direct"),
                                QStringLiteral("gpt-4o-mini: 12% errors, 9% rate_limit on azure-primary"),
                                QStringLiteral("gpt-4o: p95 4.2 s over the 3.5 s threshold on gpt-4o-azure") }));
        QVERIFY(!page.isBannerVisible());
        QSignalSpy activated(&page, &OverviewPage::groupActivated);
        QTest::mouseDClick(page.groupTable()->viewport(), Qt::LeftButton, {},
                           page.groupTable()->visualRect(page.groupTable()->model()->index(1, 0)).center());
        shoot(&page, QStringLiteral("overview"));
        QTest::mouseDClick(page.groupTable()->viewport(), Qt::LeftButton, {},
                           page.groupTable()->visualRect(page.groupTable()->model()->index(1, 0)).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("gpt-4o"));
    }

    void stalePagesSayWhy()
    {
        OverviewPage page;
        feed(page, staleSnapshot());
        QVERIFY(page.isStale());
        QVERIFY(page.isBannerVisible());
        QCOMPARE(page.bannerText(),
                 QStringLiteral("Showing last good data from 12:04:25 — Prometheus stale since 12:04:30: connection refused"));
        QCOMPARE(page.incidentTexts().constFirst(),
                 QStringLiteral("Prometheus stale since 12:04:30 (last good data 12:04:25): connection refused"));
        shoot(&page, QStringLiteral("overview-stale"));

        TrafficPage traffic;
        feed(traffic, staleSnapshot());
        QVERIFY(traffic.shareChart()->isStale());
        feed(traffic, incidentSnapshot()); // recovery needs no user action
        QVERIFY(!traffic.shareChart()->isStale());
        QVERIFY(!traffic.isBannerVisible());

        Snapshot unreachable = staleSnapshot();
        unreachable.prometheus.state = SourceStatus::State::Unreachable;
        unreachable.prometheus.error = QStringLiteral("TLS handshake failed: certificate expired");
        QCOMPARE(OperationsPage::bannerTextFor(unreachable),
                 QStringLiteral("Showing last good data from 12:04:25 — Prometheus unreachable: TLS handshake failed: "
                                "certificate expired"));
    }

    void trafficPage()
    {
        TrafficPage page;
        QSignalSpy wanted(&page, &OperationsPage::snapshotWanted);
        feed(page, incidentSnapshot());
        QCOMPARE(wanted.count(), 0); // no re-entrant request from inside setSnapshot()
        QCOMPARE(page.currentGroup(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(column(*page.driftTable()->model(), TrafficTableModel::DeploymentColumn),
                 QStringLiteral("azure-primary|azure-secondary|openai-direct"));
        QCOMPARE(column(*page.driftTable()->model(), TrafficTableModel::DriftColumn, TrafficTableModel::HighlightRole),
                 QStringLiteral("true|false|false"));
        QCOMPARE(page.splitBar()->names(),
                 (QStringList { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"), QStringLiteral("openai-direct") }));
        QCOMPARE(page.splitBar()->bars().size(), 3);
        QCOMPARE(page.shareChart()->seriesNames(), page.splitBar()->names());
        QCOMPARE(page.shareChart()->segmentCount(QStringLiteral("azure-primary")), 1);
        QCOMPARE(page.shareChart()->queryText(), QStringLiteral("sum by (model_id) (rate(x[1m]))"));
        shoot(&page, QStringLiteral("traffic"));

        page.setGroup(QStringLiteral("gpt-4o"));
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(page.driftTable()->model()->rowCount(), 2);
        QVERIFY(page.shareChart()->seriesNames().isEmpty()); // never the old group's lines under the new title
        page.setSnapshot(incidentSnapshot(), m_store);
        QCOMPARE(page.shareChart()->seriesNames(), (QStringList { QStringLiteral("gpt-4o-azure"), QStringLiteral("gpt-4o-openai") }));
        // gpt-4o-openai alone has no traffic for 30 s: its layer counts 0 there, the stack goes on.
        QCOMPARE(page.shareChart()->segmentCount(QStringLiteral("gpt-4o-openai")), 1);
    }

    void latencyPage()
    {
        LatencyPage page;
        feed(page, incidentSnapshot());
        page.setGroup(QStringLiteral("gpt-4o"));
        page.setSnapshot(incidentSnapshot(), m_store);
        TimeSeriesChart *p99 = page.chart(99);
        QVERIFY(p99);
        QCOMPARE(p99->seriesNames(), (QStringList { QStringLiteral("gpt-4o-azure"), QStringLiteral("gpt-4o-openai") }));
        QCOMPARE(p99->segmentCount(QStringLiteral("gpt-4o-openai")), 2); // the 12:01:00-12:01:30 hole
        QVERIFY(p99->atLeastPointCount(QStringLiteral("gpt-4o-openai")) > 0);
        QCOMPARE(p99->atLeastPointCount(QStringLiteral("gpt-4o-azure")), 0);
        QCOMPARE(page.chart(95)->threshold(), 3.5);
        QCOMPARE(page.chart(95)->queryText(), QStringLiteral("histogram_quantile(0.95, y)"));
        QCOMPARE(page.thresholdSpinBox()->value(), 3.5);
        shoot(&page, QStringLiteral("latency"), QSize(1100, 900));

        QSignalSpy edited(&page, &LatencyPage::thresholdsEdited);
        page.thresholdSpinBox()->setValue(5);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().value<ViewThresholds>().latencySeconds(QStringLiteral("gpt-4o")), 5.0);
        QCOMPARE(edited.first().first().value<ViewThresholds>().latencySeconds(QStringLiteral("gpt-4o-mini")), 3.5);
        QCOMPARE(page.chart(95)->threshold(), 5.0);
        page.setGroup(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(page.thresholdSpinBox()->value(), 3.5);
    }

    void outcomesPage()
    {
        OutcomesPage page;
        feed(page, incidentSnapshot());
        QCOMPARE(page.currentGroup(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(page.outcomeTable()->model()->rowCount(), 3);
        QCOMPARE(column(*page.outcomeTable()->model(), OutcomeTableModel::RateLimitColumn, OutcomeTableModel::HighlightRole),
                 QStringLiteral("true|false|false"));
        QCOMPARE(page.chartedDeployments(),
                 (QStringList { QStringLiteral("azure-primary"), QStringLiteral("azure-secondary"), QStringLiteral("openai-direct") }));
        TimeSeriesChart *first = page.charts().constFirst();
        QCOMPARE(first->seriesNames(), (QStringList { QStringLiteral("success"), QStringLiteral("timeout"), QStringLiteral("rate_limit"),
                                                      QStringLiteral("api_error"), QStringLiteral("other") }));
        QCOMPARE(first->mode(), TimeSeriesChart::Mode::StackedArea);
        shoot(&page, QStringLiteral("outcomes"));

        QSignalSpy wanted(&page, &OperationsPage::snapshotWanted);
        page.outcomeTable()->selectRow(0);
        QCOMPARE(wanted.count(), 1);
        page.setSnapshot(incidentSnapshot(), m_store);
        QCOMPARE(page.chartedDeployments().size(), 1);
    }

    void cooldownsPageReadsTheRowsOnScreen()
    {
        // Three hundred deployments: the strip reads the intervals of the rows on screen and a screenful
        // around them, and asks for the snapshot again when scrolled past them.
        const Snapshot big = largeSnapshot(300, 10);
        const qint64 to = big.time.toMSecsSinceEpoch();
        SeriesStore store;
        fillStore(store, big, to - 5 * 60 * 1000, to, 10000);
        CooldownsPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setTimeRange(to - 5 * 60 * 1000, to);
        page.setSnapshot(big, store);
        QCoreApplication::processEvents();
        page.setSnapshot(big, store); // laid out now: what is on screen is known
        QCOMPARE(page.strip()->rows().size(), 300);
        const auto [first, last] = page.rowsRead();
        QCOMPARE(first, 0);
        QVERIFY2(last > 5 && last < 150, qPrintable(QString::number(last)));
        QVERIFY(!page.strip()->rows().at(last).intervals.isEmpty());
        QVERIFY(page.strip()->rows().constLast().intervals.isEmpty());

        QSignalSpy wanted(&page, &OperationsPage::snapshotWanted);
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(page.strip()->height(), page.strip()->sizeHint().height()); // all rows, scrolled
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(wanted.count() >= 1);
        page.setSnapshot(big, store);
        QCOMPARE(page.rowsRead().second, 299);
        QVERIFY(page.rowsRead().first > 0);
        QVERIFY(!page.strip()->rows().constLast().intervals.isEmpty());
        shoot(&page, QStringLiteral("cooldowns-300-scrolled"));

        // Export PNG draws every row: the page reads them all first (the window answers at once).
        connect(&page, &OperationsPage::snapshotWanted, &page, [&] { page.setSnapshot(big, store); });
        QVERIFY(page.strip()->saveImage(m_tempDir.filePath(QStringLiteral("strip.png"))));
        const QList<CooldownStrip::Row> &rows = page.strip()->rows();
        QVERIFY(std::all_of(rows.cbegin(), rows.cend(), [](const CooldownStrip::Row &row) { return !row.intervals.isEmpty(); }));
    }

    // A strip of a few rows shows them all, also when they arrive after the page is on screen (as in the
    // console, where the page shows before the first refresh): the table below takes the rest.
    void cooldownsStripShowsItsRows()
    {
        CooldownsPage page;
        shoot(&page, QStringLiteral("cooldowns-empty"), QSize(1000, 680));
        Snapshot none = incidentSnapshot(); // the router listed nothing yet
        none.deployments.clear();
        none.groups.clear();
        feed(page, none);
        QCoreApplication::processEvents();
        feed(page, incidentSnapshot());
        QCoreApplication::processEvents();
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(page.strip()->rows().size(), 7);
        QVERIFY2(scroll->viewport()->height() >= page.strip()->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 px shown of %2").arg(scroll->viewport()->height()).arg(page.strip()->sizeHint().height())));
        QVERIFY(page.cooldownTable()->height() > scroll->height() / 2);

        // Also when the first rows come before the page is first shown (the console asks for data
        // before its window shows).
        CooldownsPage early;
        feed(early, incidentSnapshot());
        shoot(&early, QStringLiteral("cooldowns-fed-before-shown"), QSize(1000, 680));
        feed(early, incidentSnapshot());
        QCoreApplication::processEvents();
        auto *earlyScroll = early.findChild<QScrollArea *>();
        QVERIFY2(earlyScroll->viewport()->height() >= early.strip()->sizeHint().height(),
                 qPrintable(QStringLiteral("%1 px shown of %2").arg(earlyScroll->viewport()->height()).arg(early.strip()->sizeHint().height())));
    }

    // A legend narrower than its items wraps into more lines; the rows start below it.
    void legendsWrap()
    {
        const WidgetSupport::Legend legend { { Qt::red, QStringLiteral("429 rate limit") },
                                             { Qt::blue, QStringLiteral("401/403/404 auth or model") },
                                             { Qt::green, QStringLiteral("healthy (thin) · partial outage (half height)") } };
        const QFontMetrics metrics(QApplication::font());
        const int oneLine = WidgetSupport::legendHeight(metrics, legend, 5000);
        QCOMPARE(oneLine, metrics.height());
        QVERIFY(WidgetSupport::legendHeight(metrics, legend, 300) > 2 * metrics.height());
        QCOMPARE(WidgetSupport::legendHeight(metrics, {}, 300), metrics.height());

        CooldownStrip strip;
        CooldownStrip::Row row;
        row.id = row.label = QStringLiteral("azure-primary");
        row.currentText = QStringLiteral("healthy 5 min");
        strip.setRows({ row });
        strip.resize(1200, strip.sizeHint().height());
        const int wideHeight = strip.sizeHint().height();
        const int wideRowTop = strip.rowRect(0).top();
        strip.resize(420, wideHeight);
        const int taller = strip.sizeHint().height() - wideHeight;
        QVERIFY(taller > 0);
        QCOMPARE(strip.rowRect(0).top(), wideRowTop + taller); // the legend's extra lines, not over the row
    }

    void cooldownsPage()
    {
        CooldownsPage page;
        feed(page, incidentSnapshot());
        QCOMPARE(page.currentGroup(), QString()); // all groups
        QCOMPARE(page.cooldownTable()->model()->rowCount(), 7);
        QCOMPARE(page.strip()->rows().size(), 7);
        const CooldownStrip::Row &primary = page.strip()->rows().constFirst();
        QCOMPARE(primary.label, QStringLiteral("gpt-4o-mini / azure-primary"));
        QCOMPARE(primary.currentText, QStringLiteral("cooling 1 min 50 s (429)"));
        bool sawCooling = false;
        for (const CooldownInterval &i : primary.intervals) {
            if (i.state == CooldownState::Cooling) {
                sawCooling = true;
                QCOMPARE(i.from, msecs(12, 3, 10));
                QCOMPARE(i.reasonCode, 429);
            }
        }
        QVERIFY(sawCooling);
        QCOMPARE(page.strip()->queryText(), QStringLiteral("max by (model_id) (litellm_deployment_state)"));
        shoot(&page, QStringLiteral("cooldowns"));

        page.setGroup(QStringLiteral("gpt-4o"));
        page.setSnapshot(incidentSnapshot(), m_store);
        QCOMPARE(page.strip()->rows().size(), 2);
        QCOMPARE(page.strip()->rows().constFirst().label, QStringLiteral("gpt-4o-azure"));
        QCOMPARE(page.cooldownTable()->model()->rowCount(), 2);
    }

    void darkPaletteRenders()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        LatencyPage page;
        page.setPalette(dark);
        feed(page, incidentSnapshot());
        QVERIFY(SeriesColors::isDark(page.palette()));
        QCOMPARE(page.chart(95)->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        shoot(&page, QStringLiteral("latency-dark"), QSize(1100, 900));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
