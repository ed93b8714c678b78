// SPDX-License-Identifier: GPL-3.0-or-later
#include "costpage.h"

#include "costformat.h"
#include "costtablemodel.h"
#include "pricetabledialog.h"
#include "seriescolors.h"
#include "timeserieschart.h"
#include "viewformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace RouteDeck {

namespace {

enum ByChoice { ByGroup, ByDeployment, ByProvider, ByDimension };

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString card(const QString &caption, const QString &value, const QString &note, const QColor &noteColor = QColor())
{
    const QString noteStyle = noteColor.isValid() ? QStringLiteral(" style=\"color:%1\"").arg(noteColor.name()) : QString();
    return QStringLiteral("<div style=\"font-size:small\">%1</div><div style=\"font-size:x-large; font-weight:600\">%2</div>"
                          "<div style=\"font-size:small\"%3>%4</div>")
        .arg(html(caption), html(value), noteStyle, html(note));
}

// For cost, up is the direction to look at: amber for more spend, green for less.
QColor changeColor(double ratio)
{
    if (!std::isfinite(ratio) && !(std::isinf(ratio) && ratio > 0))
        return {};
    if (ratio > 0.005)
        return QColor(214, 120, 0);
    if (ratio < -0.005)
        return QColor(40, 150, 70);
    return {};
}

} // namespace

CostPage::CostPage(QWidget *parent)
    : OperationsPage(parent)
    , m_range(new QComboBox(this))
    , m_customFrom(new QDateEdit(this))
    , m_customTo(new QDateEdit(this))
    , m_bucket(new QComboBox(this))
    , m_by(new QComboBox(this))
    , m_trendChoice(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_cards(new QWidget(this))
    , m_bars(new StackedBarChart(this))
    , m_trend(new TimeSeriesChart(this))
    , m_changes(new QLabel(this))
    , m_model(new CostTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_prices(PriceTable::builtIn())
{
    setObjectName(QStringLiteral("costPage"));
    setupChoices();
    connectChoices();
    QHBoxLayout *controls = createControls();
    createCards();
    QSplitter *chartSplitter = createCharts();
    setupTableAndChanges();

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(chartSplitter);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    contentLayout()->addLayout(controls);
    contentLayout()->addWidget(m_cards);
    contentLayout()->addWidget(m_changes);
    contentLayout()->addWidget(vertical, 1);
    updateBucketChoices();
    m_requested = request();
    showReport();
}

// Fills the range, custom dates, bucket, breakdown and trend choices.
void CostPage::setupChoices()
{
    m_range->setObjectName(QStringLiteral("costRange"));
    m_range->addItem(tr("Last 24 hours"), int(CostRangePreset::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(CostRangePreset::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(CostRangePreset::Last30Days));
    m_range->addItem(tr("Custom…"), int(CostRangePreset::Custom));
    m_range->setCurrentIndex(1);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_customFrom, m_customTo }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today);
        edit->hide();
    }
    m_customFrom->setObjectName(QStringLiteral("costFrom"));
    m_customTo->setObjectName(QStringLiteral("costTo"));
    m_customFrom->setDate(today.addDays(-13));
    m_customTo->setDate(today);
    m_customFrom->setToolTip(tr("First day of the range"));
    m_customTo->setToolTip(tr("Last day of the range (included)"));
    m_bucket->setObjectName(QStringLiteral("costBucket"));
    m_bucket->addItem(tr("By hour"), int(CostBucket::Hour));
    m_bucket->addItem(tr("By day"), int(CostBucket::Day));
    m_bucket->setCurrentIndex(1);
    m_by->setObjectName(QStringLiteral("costBy"));
    setDimensions({ QStringLiteral("metadata_agent"), QStringLiteral("team"), QStringLiteral("api_key_alias") });
    m_trendChoice->setObjectName(QStringLiteral("costTrend"));
    m_trendChoice->addItem(tr("Input tokens per call"), int(Trend::AverageInputTokens));
    m_trendChoice->addItem(tr("Spend"), int(Trend::Spend));
    m_trendChoice->addItem(tr("Input tokens"), int(Trend::InputTokens));
    m_trendChoice->addItem(tr("Output tokens"), int(Trend::OutputTokens));
    m_trendChoice->addItem(tr("Requests"), int(Trend::Requests));
    m_trendChoice->addItem(tr("Cost per 1,000 requests"), int(Trend::CostPer1k));
    m_trendChoice->setToolTip(tr("What the trend lines show"));
}

// Connects the choices: a new range, bucket or dimension asks for a report, the rest redraws.
void CostPage::connectChoices()
{
    const auto changed = [this] {
        updateBucketChoices();
        requestReport();
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, changed] {
        const bool custom = m_range->currentData().toInt() == int(CostRangePreset::Custom);
        m_customFrom->setVisible(custom);
        m_customTo->setVisible(custom);
        // Each preset has the bucket that reads best; the user can still switch.
        const CostRangePreset preset = CostRangePreset(m_range->currentData().toInt());
        if (!custom) {
            QSignalBlocker block(m_bucket); // one request for the whole change
            m_bucket->setCurrentIndex(m_bucket->findData(int(CostReport::defaultBucket(preset))));
        }
        changed();
    });
    connect(m_customFrom, &QDateEdit::dateChanged, this, changed);
    connect(m_customTo, &QDateEdit::dateChanged, this, changed);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, changed);
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setBreakdown(breakdown());
        const QString dimension = m_by->currentData(Qt::UserRole + 1).toString();
        if (m_hasReport && !dimension.isEmpty() && dimension != m_report.dimension())
            requestReport();
        else
            showReport();
    });
    connect(m_trendChoice, &QComboBox::currentIndexChanged, this, [this] { showCharts(); });
}

// Builds the row of controls: the labelled choices, the status and the Prices and Export buttons.
QHBoxLayout *CostPage::createControls()
{
    auto *controls = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        controls->addWidget(label);
        controls->addWidget(widget);
    };
    labelled(tr("&Range:"), m_range);
    controls->addWidget(m_customFrom);
    controls->addWidget(m_customTo);
    labelled(tr("&Bars:"), m_bucket);
    labelled(tr("B&y:"), m_by);
    controls->addSpacing(12);
    m_status->setObjectName(QStringLiteral("costStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // a long range wraps instead of widening the page past the window
    controls->addWidget(m_status, 1);
    auto *prices = new QPushButton(tr("&Prices…"), this);
    prices->setObjectName(QStringLiteral("costPrices"));
    prices->setToolTip(tr("The price table used to estimate spend when the router exports no spend metric"));
    connect(prices, &QPushButton::clicked, this, &CostPage::editPrices);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    png->setToolTip(tr("Save this page (headline, charts, changes and table) as a PNG image"));
    connect(png, &QPushButton::clicked, this, &CostPage::exportPng);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("Save the table as CSV, numbers without units"));
    connect(csv, &QPushButton::clicked, this, &CostPage::exportCsv);
    controls->addWidget(prices);
    controls->addWidget(png);
    controls->addWidget(csv);
    return controls;
}

// Builds the headline cards, one label each.
void CostPage::createCards()
{
    auto *cardLayout = new QHBoxLayout(m_cards);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 6; ++i) {
        auto *label = new QLabel(m_cards);
        label->setObjectName(QStringLiteral("costCard%1").arg(i));
        label->setTextFormat(Qt::RichText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setContentsMargins(8, 4, 8, 4);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true); // six cards fit beside a docked group list
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        cardLayout->addWidget(label);
        m_cardLabels.append(label);
    }
}

// Builds the bar chart and the trend chart with its choice, side by side in a splitter.
QSplitter *CostPage::createCharts()
{
    m_bars->setObjectName(QStringLiteral("costBars"));
    m_bars->setMinimumHeight(220);
    m_bars->setEmptyText(tr("No data for this range"));
    m_trend->setObjectName(QStringLiteral("costTrendChart"));
    m_trend->setMinimumHeight(220);
    m_trend->setMode(TimeSeriesChart::Mode::Lines);
    m_trend->setEmptyText(tr("No data for this range"));
    auto *trendBox = new QWidget(this);
    auto *trendLayout = new QVBoxLayout(trendBox);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    auto *trendTop = new QHBoxLayout;
    auto *trendLabel = new QLabel(tr("&Trend:"), trendBox);
    trendLabel->setBuddy(m_trendChoice);
    trendTop->addWidget(trendLabel);
    trendTop->addWidget(m_trendChoice);
    trendTop->addStretch();
    trendLayout->addLayout(trendTop);
    trendLayout->addWidget(m_trend, 1);
    auto *chartSplitter = new QSplitter(Qt::Horizontal, this);
    chartSplitter->setChildrenCollapsible(false);
    chartSplitter->addWidget(m_bars);
    chartSplitter->addWidget(trendBox);
    chartSplitter->setStretchFactor(0, 3);
    chartSplitter->setStretchFactor(1, 2);
    return chartSplitter;
}

// Sets up the sortable table over the model and the "what changed" label.
void CostPage::setupTableAndChanges()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CostTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setModel(m_proxy);
    setupTable(m_table);
    m_table->sortByColumn(CostTableModel::SpendColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().lineSpacing() + 8);
    m_changes->setObjectName(QStringLiteral("costChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setContentsMargins(2, 2, 2, 2);
}

CostPage::~CostPage() = default;

void CostPage::setDimensions(const QStringList &dimensions)
{
    const bool first = m_by->count() == 0;
    const CostBreakdown before = first ? CostBreakdown::Group : breakdown();
    const QString dimensionBefore = m_by->currentData(Qt::UserRole + 1).toString();
    QSignalBlocker block(m_by);
    m_by->clear();
    m_by->addItem(tr("Model group"), ByGroup);
    m_by->addItem(tr("Deployment"), ByDeployment);
    m_by->addItem(tr("Provider"), ByProvider);
    for (const QString &dimension : dimensions) {
        m_by->addItem(CostReport::dimensionTitle(dimension), ByDimension);
        m_by->setItemData(m_by->count() - 1, dimension, Qt::UserRole + 1);
    }
    int index = m_by->findData(dimensionBefore, Qt::UserRole + 1);
    // First time: by the first dimension (agent: which feature costs what), else keep the choice.
    if (index < 0)
        index = (first || before == CostBreakdown::Dimension) ? (dimensions.isEmpty() ? 0 : 3) : int(before);
    m_by->setCurrentIndex(std::clamp(index, 0, m_by->count() - 1));
    m_model->setBreakdown(breakdown());
}

CostBreakdown CostPage::breakdown() const
{
    switch (m_by->currentData().toInt()) {
    case ByGroup:
        return CostBreakdown::Group;
    case ByDeployment:
        return CostBreakdown::Deployment;
    case ByProvider:
        return CostBreakdown::Provider;
    default:
        return CostBreakdown::Dimension;
    }
}

CostRequest CostPage::request() const
{
    CostRequest r;
    r.preset = CostRangePreset(m_range->currentData().toInt());
    r.bucket = CostBucket(m_bucket->currentData().toInt());
    if (r.preset == CostRangePreset::Custom) {
        r.from = QDateTime(m_customFrom->date(), QTime(0, 0));
        r.to = QDateTime(std::max(m_customFrom->date(), m_customTo->date()).addDays(1), QTime(0, 0));
    }
    // The dimension of the choice under "By", else the first one offered (group, deployment and
    // provider come with every report).
    QString dimension = m_by->currentData(Qt::UserRole + 1).toString();
    if (dimension.isEmpty()) {
        dimension = m_hasReport ? m_report.dimension() : QString();
        for (int i = 0; dimension.isEmpty() && i < m_by->count(); ++i)
            dimension = m_by->itemData(i, Qt::UserRole + 1).toString();
    }
    r.dimension = dimension.isEmpty() ? CostRequest().dimension : dimension;
    return r;
}

void CostPage::setRequest(const CostRequest &request, CostBreakdown breakdown)
{
    {
        QSignalBlocker b1(m_range), b2(m_bucket), b3(m_by), b4(m_customFrom), b5(m_customTo);
        m_range->setCurrentIndex(m_range->findData(int(request.preset)));
        const bool custom = request.preset == CostRangePreset::Custom;
        m_customFrom->setVisible(custom);
        m_customTo->setVisible(custom);
        if (custom && request.from.isValid()) {
            m_customFrom->setDate(request.from.date());
            m_customTo->setDate((request.to.isValid() ? request.to : QDateTime::currentDateTime()).addSecs(-1).date());
        }
        m_bucket->setCurrentIndex(m_bucket->findData(int(request.bucket)));
        int index = int(breakdown);
        if (breakdown == CostBreakdown::Dimension)
            index = m_by->findData(request.dimension, Qt::UserRole + 1);
        m_by->setCurrentIndex(std::max(0, index));
    }
    m_model->setBreakdown(this->breakdown());
    updateBucketChoices();
    requestReport();
}

void CostPage::setTrend(Trend trend)
{
    m_trendChoice->setCurrentIndex(m_trendChoice->findData(int(trend)));
}

void CostPage::updateBucketChoices()
{
    // Hourly bars read up to a week; beyond that the service shows days anyway.
    const CostRangePreset preset = CostRangePreset(m_range->currentData().toInt());
    qint64 days = preset == CostRangePreset::Last24Hours ? 1 : preset == CostRangePreset::Last30Days ? 30 : 7;
    if (preset == CostRangePreset::Custom)
        days = m_customFrom->date().daysTo(m_customTo->date()) + 1;
    const bool hourly = days <= 7;
    auto *model = qobject_cast<QStandardItemModel *>(m_bucket->model());
    if (QStandardItem *item = model ? model->item(m_bucket->findData(int(CostBucket::Hour))) : nullptr) {
        item->setEnabled(hourly);
        item->setToolTip(hourly ? QString() : tr("Hourly bars are offered for ranges up to 7 days"));
    }
    if (!hourly && m_bucket->currentData().toInt() == int(CostBucket::Hour)) {
        QSignalBlocker block(m_bucket);
        m_bucket->setCurrentIndex(m_bucket->findData(int(CostBucket::Day)));
    }
}

void CostPage::requestReport()
{
    m_requested = request();
    m_waiting = true;
    m_sinceRequest.start();
    m_status->setText(tr("Loading %1…").arg(rangeWords()));
    Q_EMIT reportWanted(m_requested);
}

void CostPage::setSnapshot(const Snapshot &snapshot, const SeriesStore &)
{
    updateFreshness(snapshot);
    m_bars->setStale(isStale());
    m_trend->setStale(isStale());
    // Cost moves slowly: a new report every kRefreshSeconds while the page is shown, and a request
    // that got no answer is repeated after two minutes.
    const bool due = !m_hasReport || !m_sinceReport.isValid() || m_sinceReport.elapsed() >= kRefreshSeconds * 1000;
    const bool waitedTooLong = m_waiting && m_sinceRequest.isValid() && m_sinceRequest.elapsed() > 120 * 1000;
    if (isVisible() && due && (!m_waiting || waitedTooLong) && !isStale())
        requestReport();
}

void CostPage::setReport(const CostReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_waiting = false;
    m_error.clear();
    m_sinceReport.start();
    m_model->setReport(report);
    showReport();
    fitTableColumns();
    // As tall as its rows (and a spare line for a scroll bar): the charts get the rest.
    const int rows = std::max(3, m_model->rowCount());
    const int header = std::max(m_table->horizontalHeader()->sizeHint().height(), m_table->horizontalHeader()->minimumHeight());
    m_table->setMaximumHeight(header + (rows + 1) * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);
}

void CostPage::fitTableColumns()
{
    // Once: numbers as wide as they are (headers wrap onto two lines), the rest to the last column.
    // Widths the user sets afterwards survive every refresh.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const QAbstractItemView *view = m_table; // sizeHintForColumn() is public here
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int content = view->sizeHintForColumn(column) + 16;
        m_table->setColumnWidth(column, column == CostTableModel::NameColumn ? std::max(content, 140) : std::clamp(content, 100, 160));
    }
}

void CostPage::setError(const QString &message)
{
    m_waiting = false;
    m_error = message;
    m_sinceReport.start(); // try again after the refresh period, not at every snapshot
    showReport();
}

void CostPage::setPrices(const PriceTable &prices, const QString &path)
{
    m_prices = prices;
    m_pricesPath = path;
}

void CostPage::setCostQueryTexts(const QHash<QString, QString> &queries)
{
    m_costQueries = queries;
    m_bars->setQueryText(queries.value(m_hasReport && m_report.spendMetricMissing() ? QStringLiteral("cost_input_tokens")
                                                                                    : QStringLiteral("cost_spend")));
    m_trend->setQueryText(queries.value(QStringLiteral("cost_input_tokens")) + QLatin1Char('\n')
                          + queries.value(QStringLiteral("cost_successes")));
}

QString CostPage::breakdownWords() const
{
    return CostReport::breakdownTitle(breakdown(), m_hasReport ? m_report.dimension() : request().dimension).toLower();
}

QString CostPage::rangeWords() const
{
    switch (CostRangePreset(m_range->currentData().toInt())) {
    case CostRangePreset::Last24Hours:
        return tr("the last 24 hours");
    case CostRangePreset::Last7Days:
        return tr("the last 7 days");
    case CostRangePreset::Last30Days:
        return tr("the last 30 days");
    case CostRangePreset::Custom:
        break;
    }
    return tr("%1 to %2").arg(QLocale().toString(m_customFrom->date(), QStringLiteral("d MMM")),
                              QLocale().toString(m_customTo->date(), QStringLiteral("d MMM")));
}

void CostPage::showReport()
{
    QString status;
    if (!m_error.isEmpty())
        status = tr("Could not load cost data: %1").arg(m_error);
    else if (m_waiting)
        status = tr("Loading %1…").arg(rangeWords());
    else if (m_hasReport)
        status = tr("%1 · updated %2").arg(CostFormat::rangeDescription(m_report), ViewFormat::clock(QDateTime::currentDateTime()));
    else
        status = tr("Waiting for Prometheus…");
    m_status->setText(status);
    m_status->setToolTip(status);
    showHeadline();
    showCharts();
    showChanges();
}

void CostPage::showHeadline()
{
    const bool have = m_hasReport && m_report.hasData();
    const CostFigures t = m_hasReport ? m_report.total().total : CostFigures();
    const QString currency = m_hasReport ? m_report.currency() : m_prices.currency();
    const bool estimated = m_hasReport && m_report.spendEstimated();
    const CostItem &all = m_report.total();
    const QLocale locale;
    const QString lastDay = m_hasReport && m_report.dayComparisonAvailable()
        ? tr("%1 vs the day before").arg(locale.toString(m_report.lastDay(), QStringLiteral("ddd d MMM")))
        : tr("needs two complete days");
    const CostProjection p = m_hasReport ? m_report.projection() : CostProjection();
    QStringList texts {
        card(estimated ? tr("Estimated spend, %1").arg(rangeWords()) : tr("Spend, %1").arg(rangeWords()),
             have ? CostFormat::money(t.spend, currency) : CostFormat::noData(),
             estimated ? tr("estimated from tokens × prices") : tr("as the router reports it")),
        card(estimated ? tr("Day over day, estimated") : tr("Day over day"), have ? CostFormat::change(all.isNewLastDay() ? INFINITY : all.dayOverDay()) : CostFormat::noData(),
             lastDay, changeColor(all.dayOverDay())),
        card(estimated ? tr("Week over week, estimated") : tr("Week over week"), have ? CostFormat::change(all.weekOverWeek()) : CostFormat::noData(),
             m_hasReport && m_report.weekComparisonAvailable() ? tr("last 7 days vs the 7 before") : tr("needs two complete weeks"),
             changeColor(all.weekOverWeek())),
        card(estimated ? tr("Estimated cost per 1,000 requests") : tr("Cost per 1,000 requests"), have ? CostFormat::money(t.costPer1kRequests(), currency) : CostFormat::noData(),
             have ? tr("%1 requests").arg(CostFormat::shortCount(t.requests)) : QString()),
        card(tr("Input tokens per call"), have ? CostFormat::count(t.averageInputTokens()) : CostFormat::noData(),
             have ? tr("%1 output tokens per call").arg(CostFormat::count(t.successes > 0 ? t.outputTokens / t.successes : NAN))
                  : QString()),
        card(p.valid && p.estimated ? tr("Estimated month-end spend") : tr("Month-end projection"), p.valid ? CostFormat::money(p.projected, currency) : CostFormat::noData(),
             p.valid ? (p.estimated ? tr("%1 a day, estimated").arg(CostFormat::money(p.dailyRate, currency))
                                    : tr("at %1 a day").arg(CostFormat::money(p.dailyRate, currency)))
                     : tr("for ranges ending now")),
    };
    for (int i = 0; i < m_cardLabels.size() && i < texts.size(); ++i)
        m_cardLabels.at(i)->setText(texts.at(i));
}

QString CostPage::headlineText() const
{
    QStringList parts;
    for (QLabel *label : m_cardLabels) {
        QTextDocument doc;
        doc.setHtml(label->text());
        parts.append(doc.toPlainText().simplified());
    }
    return parts.join(QStringLiteral(" | "));
}

double CostPage::trendValue(const CostFigures &f, Trend trend)
{
    switch (trend) {
    case Trend::AverageInputTokens:
        return f.averageInputTokens();
    case Trend::Spend:
        return f.spend;
    case Trend::InputTokens:
        return f.inputTokens;
    case Trend::OutputTokens:
        return f.outputTokens;
    case Trend::Requests:
        return f.requests;
    case Trend::CostPer1k:
        return f.costPer1kRequests();
    }
    return CostFigures::kNone;
}

QList<StackedBarChart::Layer> CostPage::barLayers(const CostReport &report, CostBreakdown breakdown, int maxLayers)
{
    QList<StackedBarChart::Layer> layers;
    const QList<CostItem> &items = report.items(breakdown); // largest spend first
    const qsizetype buckets = report.bucketStarts().size();
    QList<double> other(buckets, std::nan(""));
    bool hasOther = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CostItem &item = items.at(i);
        if (i < maxLayers || items.size() == maxLayers + 1) {
            StackedBarChart::Layer layer;
            layer.name = item.label;
            layer.color = SeriesColors::series(int(i));
            for (const CostFigures &b : item.buckets)
                layer.values.append(b.spend);
            layers.append(layer);
            continue;
        }
        hasOther = true;
        for (qsizetype b = 0; b < buckets && b < item.buckets.size(); ++b) {
            const double v = item.buckets.at(b).spend;
            if (std::isfinite(v))
                other[b] = std::isnan(other.at(b)) ? v : other.at(b) + v;
        }
    }
    if (hasOther)
        layers.append({ QCoreApplication::translate("CostPage", "Other (%n more)", nullptr, int(items.size() - maxLayers)),
                        other, QColor(150, 150, 150) });
    return layers;
}

void CostPage::showCharts()
{
    const QString currency = m_hasReport ? m_report.currency() : m_prices.currency();
    const bool estimated = m_hasReport && m_report.spendEstimated();
    const bool daily = !m_hasReport || m_report.bucket() == CostBucket::Day;
    const QString per = daily ? tr("day") : tr("hour");
    m_bars->setTitle(estimated ? tr("Estimated spend per %1 by %2").arg(per, breakdownWords())
                               : tr("Spend per %1 by %2").arg(per, breakdownWords()));
    m_bars->setValueFormatter([currency](double v) { return CostFormat::shortMoney(v, currency); },
                              estimated ? tr("%1, estimated").arg(currency) : currency);
    m_bars->setEmptyText(!m_error.isEmpty() ? tr("Could not load cost data") : m_waiting && !m_hasReport ? tr("Loading…")
                                                                                                           : tr("No data for this range"));
    if (!m_hasReport) {
        m_bars->setBuckets({}, {}, true);
        m_bars->setLayers({});
        m_trend->setSeries({});
        return;
    }
    m_bars->setBuckets(m_report.bucketStarts(), m_report.to(), daily);
    m_bars->setLayers(barLayers(m_report, breakdown()));

    const Trend trend = Trend(m_trendChoice->currentData().toInt());
    QString title;
    switch (trend) {
    case Trend::AverageInputTokens:
        title = tr("Input tokens per call by %1").arg(breakdownWords());
        m_trend->setValueFormat(tr("tokens per call"), 0, QString());
        break;
    case Trend::Spend:
        title = estimated ? tr("Estimated spend per %1 by %2").arg(per, breakdownWords()) : tr("Spend per %1 by %2").arg(per, breakdownWords());
        m_trend->setValueFormat(currency, 2, QLatin1Char(' ') + currency);
        break;
    case Trend::InputTokens:
        title = tr("Input tokens per %1 by %2").arg(per, breakdownWords());
        m_trend->setValueFormat(tr("tokens"), 0, QString());
        break;
    case Trend::OutputTokens:
        title = tr("Output tokens per %1 by %2").arg(per, breakdownWords());
        m_trend->setValueFormat(tr("tokens"), 0, QString());
        break;
    case Trend::Requests:
        title = tr("Requests per %1 by %2").arg(per, breakdownWords());
        m_trend->setValueFormat(tr("requests"), 0, QString());
        break;
    case Trend::CostPer1k:
        title = estimated ? tr("Estimated cost per 1,000 requests by %1").arg(breakdownWords())
                          : tr("Cost per 1,000 requests by %1").arg(breakdownWords());
        m_trend->setValueFormat(currency, 3, QLatin1Char(' ') + currency);
        break;
    }
    m_trend->setTitle(title);
    const QList<QDateTime> starts = m_report.bucketStarts();
    QList<qint64> middles;
    for (qsizetype b = 0; b < starts.size(); ++b) {
        const qint64 start = starts.at(b).toMSecsSinceEpoch();
        const qint64 end = b + 1 < starts.size() ? starts.at(b + 1).toMSecsSinceEpoch() : m_report.to().toMSecsSinceEpoch();
        middles.append(start + (end - start) / 2);
    }
    QList<TimeSeriesChart::Series> series;
    const QList<CostItem> &items = m_report.items(breakdown());
    for (qsizetype i = 0; i < items.size() && i < kMaxBarLayers; ++i) {
        TimeSeriesChart::Series s;
        s.name = items.at(i).label;
        s.color = SeriesColors::series(int(i));
        for (qsizetype b = 0; b < items.at(i).buckets.size() && b < middles.size(); ++b)
            s.points.append(QPointF(double(middles.at(b)), trendValue(items.at(i).buckets.at(b), trend)));
        series.append(s);
    }
    // Whole buckets on the time axis, so its ticks fall on midnights (or hours).
    if (!starts.isEmpty())
        m_trend->setTimeRange(starts.first().toMSecsSinceEpoch(),
                              CostReport::nextBucket(CostReport::bucketStart(m_report.to().addMSecs(-1), m_report.bucket(), m_report.timeZone()),
                                                     m_report.bucket(), m_report.timeZone())
                                  .toMSecsSinceEpoch());
    m_trend->setSeries(series);
}

void CostPage::showChanges()
{
    if (!m_hasReport) {
        m_changes->setText(m_error.isEmpty() ? tr("<i>Waiting for cost data…</i>") : html(m_error));
        return;
    }
    const QString currency = m_report.currency();
    const QLocale locale;
    const QString day = locale.toString(m_report.lastDay(), QStringLiteral("ddd d MMM"));
    QStringList lines;
    if (!m_report.hasData()) {
        lines.append(tr("<b>No data for %1.</b> Prometheus has no token or spend series in this range.").arg(html(rangeWords())));
    } else if (!m_report.dayComparisonAvailable()) {
        lines.append(tr("<b>What changed:</b> no data yet; comparing days needs the last two complete days."));
    } else {
        const QList<CostMover> absolute = m_report.topIncreases(breakdown());
        const QList<CostMover> relative = m_report.topRelativeIncreases(breakdown());
        if (absolute.isEmpty()) {
            lines.append(tr("<b>What changed</b> (%1 against the day before): no %2 spent more.").arg(html(day), html(breakdownWords())));
        } else {
            QStringList movers;
            for (const CostMover &m : absolute)
                movers.append(html(CostFormat::moverSentence(m, currency)));
            QString line = tr("<b>Biggest increases</b> (%1 against the day before): %2.").arg(html(day), movers.join(QStringLiteral("; ")));
            // The fastest growing items, when they are not the biggest ones already named.
            QStringList fastest;
            for (const CostMover &m : relative) {
                const bool named = std::any_of(absolute.cbegin(), absolute.cend(), [&](const CostMover &a) { return a.key == m.key; });
                if (!named)
                    fastest.append(html(CostFormat::moverSentence(m, currency)));
            }
            if (!fastest.isEmpty())
                line += QLatin1Char(' ') + tr("<b>Fastest growing:</b> %1.").arg(fastest.join(QStringLiteral("; ")));
            lines.append(line);
        }
        lines.append(QStringLiteral("<b>%1</b> %2").arg(tr("Projection:"), html(CostFormat::projectionSentence(m_report.projection(), currency))));
    }
    QStringList notes = m_report.notes();
    notes.removeAll(tr("No data in this range."));
    if (!notes.isEmpty())
        lines.append(QStringLiteral("<span style=\"color:gray\">%1</span>").arg(html(notes.join(QLatin1Char(' ')))));
    m_changes->setText(lines.join(QStringLiteral("<br>")));
}

QString CostPage::changesText() const
{
    QTextDocument doc;
    doc.setHtml(m_changes->text());
    return doc.toPlainText();
}

QString CostPage::statusText() const
{
    return m_status->text();
}

void CostPage::editPrices()
{
    PriceTableDialog dialog(m_prices, m_pricesPath, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_prices = dialog.prices();
    Q_EMIT pricesEdited(m_prices);
}

void CostPage::exportCsv()
{
    const QString name = QStringLiteral("cost-by-%1.csv").arg(breakdownWords().replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir::home().filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool CostPage::saveImage(const QString &path, QString *error)
{
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void CostPage::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), QDir::home().filePath(QStringLiteral("cost.png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveImage(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

} // namespace RouteDeck
