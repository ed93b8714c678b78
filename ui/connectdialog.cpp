// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace RouteDeck {

namespace {
const QString kTenantHeader = QStringLiteral("X-Scope-OrgID");

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

QString defaultPrefix(ConnectionProfile::PromFlavor flavor)
{
    return flavor == ConnectionProfile::PromFlavor::Mimir ? QStringLiteral("/prometheus") : QString();
}
} // namespace

ConnectDialog::ConnectDialog(const ConnectionProfile &profile, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_takenNames(takenNames)
    , m_name(new QLineEdit(this))
    , m_routerUrl(new QLineEdit(this))
    , m_keyFromEnv(new QRadioButton(tr("From the environment variable"), this))
    , m_keyTyped(new QRadioButton(tr("Typed in"), this))
    , m_keyEnv(new QLineEdit(this))
    , m_sessionKey(new QLineEdit(this))
    , m_rememberKey(new QCheckBox(tr("Remember it in the desktop &keyring"), this))
    , m_prometheusUrl(new QLineEdit(this))
    , m_flavor(new QComboBox(this))
    , m_pathPrefix(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_secretEnv(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_scrapeInterval(new QDoubleSpinBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: this console never changes weights"), this))
    , m_tracesUrl(new QLineEdit(this))
    , m_checks(new QTreeWidget(this))
    , m_fixes(new QLabel(this))
    , m_message(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
{
    m_fixes->setWordWrap(true);
    m_fixes->setTextFormat(Qt::RichText);
    m_fixes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixes->hide();
    setWindowTitle(profile.name.isEmpty() ? tr("Connect to a Router") : tr("Connection Profile %1").arg(profile.name));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({ tr("Check"), tr("Result") });
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setMinimumHeight(170);
    m_checks->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    QPushButton *saveAndConnect = buttons->addButton(tr("Save and &Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    saveAndConnect->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::requestTest);
    connect(save, &QPushButton::clicked, this, [this] { finish(Saved); });
    connect(saveAndConnect, &QPushButton::clicked, this, [this] { finish(SavedAndConnect); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createRouterPart());
    left->addWidget(createOptionsPart());
    left->addStretch();
    columns->addLayout(left, 1);
    columns->addWidget(createPrometheusPart(), 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_fixes);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    loadProfile(profile);
}

QWidget *ConnectDialog::createRouterPart()
{
    auto *box = new QGroupBox(tr("Router (LiteLLM proxy)"), this);
    auto *form = new QFormLayout(box);
    m_name->setPlaceholderText(tr("prod-eu"));
    m_routerUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:4000"));
    m_keyEnv->setPlaceholderText(QStringLiteral("LITELLM_MASTER_KEY"));
    m_sessionKey->setEchoMode(QLineEdit::Password);
    m_rememberKey->setToolTip(tr("Keeps the key in the desktop keyring (GNOME Keyring, KWallet, KeePassXC), so the "
                                 "next start connects without asking. The profiles file only notes that it is there."));
    connect(m_rememberKey, &QCheckBox::toggled, this, &ConnectDialog::updateKeyFields);
    m_keyEnv->setToolTip(tr("The name of the environment variable that holds the master key. Profiles never "
                            "hold the key itself."));
    connect(m_keyEnv, &QLineEdit::editingFinished, this, [this] { refuseNonVariable(m_keyEnv); });
    connect(m_keyFromEnv, &QRadioButton::toggled, this, &ConnectDialog::updateKeyFields);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Router &URL:"), m_routerUrl);
    form->addRow(tr("Master key:"), m_keyFromEnv);
    form->addRow(QString(), m_keyEnv);
    form->addRow(QString(), m_keyTyped);
    form->addRow(QString(), m_sessionKey);
    form->addRow(QString(), m_rememberKey);
    return box;
}

QWidget *ConnectDialog::createPrometheusPart()
{
    auto *box = new QGroupBox(tr("Metrics (Prometheus API)"), this);
    auto *form = new QFormLayout(box);
    m_prometheusUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:9090"));
    m_flavor->addItem(QStringLiteral("Prometheus"), int(ConnectionProfile::PromFlavor::Prometheus));
    m_flavor->addItem(QStringLiteral("VictoriaMetrics"), int(ConnectionProfile::PromFlavor::VictoriaMetrics));
    m_flavor->addItem(QStringLiteral("Grafana Mimir"), int(ConnectionProfile::PromFlavor::Mimir));
    m_flavor->addItem(QStringLiteral("Thanos"), int(ConnectionProfile::PromFlavor::Thanos));
    connect(m_flavor, &QComboBox::activated, this, [this] { applyFlavor(); });
    m_pathPrefix->setPlaceholderText(tr("none"));
    m_tenant->setPlaceholderText(tr("tenant, for Grafana Mimir"));
    m_tenant->setToolTip(tr("Sent as the %1 header with every query.").arg(kTenantHeader));
    m_auth->addItem(tr("None"), int(ConnectionProfile::PromAuth::None));
    m_auth->addItem(tr("Basic (user and password)"), int(ConnectionProfile::PromAuth::Basic));
    m_auth->addItem(tr("Bearer token"), int(ConnectionProfile::PromAuth::Bearer));
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] { updateAuthFields(); });
    m_secretEnv->setPlaceholderText(QStringLiteral("PROMETHEUS_TOKEN"));
    m_secretEnv->setToolTip(tr("The name of the environment variable that holds the password or token."));
    connect(m_secretEnv, &QLineEdit::editingFinished, this, [this] { refuseNonVariable(m_secretEnv); });
    m_caFile->setPlaceholderText(tr("the system's certificates"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a PEM file of the CA that signed the servers' certificates"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_scrapeInterval->setRange(1, 3600);
    m_scrapeInterval->setDecimals(1);
    m_scrapeInterval->setSuffix(tr(" s"));
    m_scrapeInterval->setToolTip(tr("How often Prometheus scrapes the router. Test Connection reads it from "
                                     "Prometheus' targets when it can."));
    form->addRow(tr("Prometheus U&RL:"), m_prometheusUrl);
    form->addRow(tr("&Server:"), m_flavor);
    form->addRow(tr("&Path prefix:"), m_pathPrefix);
    form->addRow(tr("&Tenant (%1):").arg(kTenantHeader), m_tenant);
    form->addRow(tr("&Auth:"), m_auth);
    form->addRow(tr("User:"), m_username);
    form->addRow(tr("Secret variable:"), m_secretEnv);
    form->addRow(tr("CA file:"), caRow);
    form->addRow(tr("Scrape &interval:"), m_scrapeInterval);
    return box;
}

QWidget *ConnectDialog::createOptionsPart()
{
    auto *box = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(box);
    m_tracesUrl->setPlaceholderText(tr("https://grafana.example.com/explore?…{model_id}…{start}…{end}"));
    m_tracesUrl->setToolTip(tr("Where \"Open Traces\" takes you for a deployment or an alert (Jaeger, Tempo, "
                               "Grafana Explore). {model_id}, {group}, {start} and {end} are filled in."));
    form->addRow(m_readOnly);
    form->addRow(tr("Traces URL:"), m_tracesUrl);
    return box;
}

void ConnectDialog::loadProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_routerUrl->setText(profile.routerUrl);
    m_keyEnv->setText(profile.routerKeyEnv);
    // setSessionKey() picks "typed" for a key typed earlier
    (profile.routerKeyInKeyring ? m_keyTyped : m_keyFromEnv)->setChecked(true);
    m_rememberKey->setChecked(profile.routerKeyInKeyring);
    updateKeyFields();
    m_prometheusUrl->setText(profile.prometheusUrl);
    m_flavor->setCurrentIndex(m_flavor->findData(int(profile.prometheusFlavor)));
    m_pathPrefix->setText(profile.prometheusPathPrefix);
    for (const auto &[name, value] : profile.headers) {
        if (name.compare(kTenantHeader, Qt::CaseInsensitive) == 0)
            m_tenant->setText(value);
    }
    m_auth->setCurrentIndex(m_auth->findData(int(profile.prometheusAuth)));
    m_username->setText(profile.prometheusUsername);
    m_secretEnv->setText(profile.prometheusSecretEnv);
    m_caFile->setText(profile.caFile);
    m_scrapeInterval->setValue(profile.scrapeIntervalSeconds);
    m_readOnly->setChecked(profile.readOnly);
    m_tracesUrl->setText(profile.tracesUrl);
    updateAuthFields();
}

void ConnectDialog::applyFlavor()
{
    const auto flavor = ConnectionProfile::PromFlavor(m_flavor->currentData().toInt());
    // A prefix the user typed stays; one that was only another flavour's default follows the choice.
    bool wasDefault = m_pathPrefix->text().isEmpty();
    for (int i = 0; i < m_flavor->count(); ++i)
        wasDefault = wasDefault || m_pathPrefix->text() == defaultPrefix(ConnectionProfile::PromFlavor(m_flavor->itemData(i).toInt()));
    if (wasDefault)
        m_pathPrefix->setText(defaultPrefix(flavor));
}

void ConnectDialog::updateAuthFields()
{
    const auto auth = ConnectionProfile::PromAuth(m_auth->currentData().toInt());
    m_username->setEnabled(auth == ConnectionProfile::PromAuth::Basic);
    m_secretEnv->setEnabled(auth != ConnectionProfile::PromAuth::None);
}

void ConnectDialog::updateKeyFields()
{
    const bool typed = m_keyTyped->isChecked();
    m_keyEnv->setEnabled(!typed);
    m_sessionKey->setEnabled(typed);
    m_rememberKey->setEnabled(typed);
    if (typed && m_rememberKey->isChecked() && m_original.routerKeyInKeyring)
        m_sessionKey->setPlaceholderText(tr("kept in the desktop keyring; type a new key to replace it"));
    else if (typed && m_rememberKey->isChecked())
        m_sessionKey->setPlaceholderText(tr("sk-…  (kept in the desktop keyring)"));
    else
        m_sessionKey->setPlaceholderText(tr("sk-…  (kept in memory until RouteDeck quits)"));
}

void ConnectDialog::refuseNonVariable(QLineEdit *field)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty() || ConnectionProfiles::isVariableName(text))
        return;
    field->setText(QString()); // unlike clear(), also forgets the undo history: Ctrl+Z cannot bring it back
    say(tr("That was not the name of an environment variable; it looked like a secret itself, so it was not "
           "kept. Give the variable's name (like LITELLM_MASTER_KEY), or type the key in for this session."),
        true);
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p = m_original; // what the form does not show stays as it was
    p.name = m_name->text().trimmed();
    p.routerUrl = m_routerUrl->text().trimmed();
    p.routerKeyEnv = m_keyFromEnv->isChecked() ? m_keyEnv->text().trimmed() : QString();
    p.routerKeyInKeyring = m_keyTyped->isChecked() && m_rememberKey->isChecked();
    p.prometheusUrl = m_prometheusUrl->text().trimmed();
    p.prometheusFlavor = ConnectionProfile::PromFlavor(m_flavor->currentData().toInt());
    p.prometheusPathPrefix = m_pathPrefix->text().trimmed();
    p.headers.removeIf([](const QPair<QString, QString> &h) { return h.first.compare(kTenantHeader, Qt::CaseInsensitive) == 0; });
    if (!m_tenant->text().trimmed().isEmpty())
        p.headers.append({ kTenantHeader, m_tenant->text().trimmed() });
    p.prometheusAuth = ConnectionProfile::PromAuth(m_auth->currentData().toInt());
    p.prometheusUsername = p.prometheusAuth == ConnectionProfile::PromAuth::Basic ? m_username->text().trimmed() : QString();
    p.prometheusSecretEnv = p.prometheusAuth == ConnectionProfile::PromAuth::None ? QString() : m_secretEnv->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.scrapeIntervalSeconds = m_scrapeInterval->value();
    p.readOnly = m_readOnly->isChecked();
    p.tracesUrl = m_tracesUrl->text().trimmed();
    return p;
}

void ConnectDialog::setSessionKey(const QString &key)
{
    if (key.isEmpty())
        return;
    m_sessionKey->setText(key);
    m_keyTyped->setChecked(true);
}

QString ConnectDialog::sessionKey() const
{
    return m_keyTyped->isChecked() ? m_sessionKey->text() : QString();
}

QString ConnectDialog::formError() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (m_takenNames.contains(p.name))
        return tr("Another profile is called %1: choose another name.").arg(p.name);
    if (!isHttpUrl(p.routerUrl))
        return tr("The router URL must be an http:// or https:// URL, like http://127.0.0.1:4000.");
    if (!isHttpUrl(p.prometheusUrl))
        return tr("The Prometheus URL must be an http:// or https:// URL, like http://127.0.0.1:9090.");
    if (m_keyFromEnv->isChecked() && !p.routerKeyEnv.isEmpty() && !ConnectionProfiles::isVariableName(p.routerKeyEnv))
        return tr("The master key's variable name may hold letters, digits and _ only.");
    const bool keptInKeyring = p.routerKeyInKeyring && m_original.routerKeyInKeyring;
    if (m_keyTyped->isChecked() && m_sessionKey->text().isEmpty() && !keptInKeyring)
        return tr("Type the master key, or name the environment variable that holds it.");
    if (p.prometheusAuth != ConnectionProfile::PromAuth::None && !ConnectionProfiles::isVariableName(p.prometheusSecretEnv))
        return tr("Name the environment variable that holds Prometheus' password or token.");
    if (!p.prometheusPathPrefix.isEmpty() && !p.prometheusPathPrefix.startsWith(QLatin1Char('/')))
        return tr("The path prefix starts with /, like /prometheus.");
    return {};
}

QString ConnectDialog::stepTitle(ConnectionCheck::Step step)
{
    switch (step) {
    case ConnectionCheck::Step::RouterReachable:
        return tr("Router reachable");
    case ConnectionCheck::Step::KeyAccepted:
        return tr("Master key accepted");
    case ConnectionCheck::Step::Deployments:
        return tr("Deployments listed");
    case ConnectionCheck::Step::PrometheusReady:
        return tr("Prometheus ready");
    case ConnectionCheck::Step::Series:
        return tr("LiteLLM series in Prometheus");
    case ConnectionCheck::Step::Version:
        return tr("LiteLLM version");
    case ConnectionCheck::Step::ScrapeInterval:
        return tr("Scrape interval");
    }
    return {};
}

void ConnectDialog::requestTest()
{
    const QString error = formError();
    if (!error.isEmpty()) {
        say(error, true);
        return;
    }
    m_checks->clear();
    m_checks->show();
    showFixes();
    m_test->setEnabled(false);
    say(tr("Testing…"), false);
    Q_EMIT testRequested(profile(), sessionKey());
}

void ConnectDialog::showCheck(const ConnectionCheck &check)
{
    while (m_checks->topLevelItemCount() < ConnectionCheck::kStepCount) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, stepTitle(ConnectionCheck::Step(m_checks->topLevelItemCount() - 1)));
    }
    QTreeWidgetItem *item = m_checks->topLevelItem(int(check.step));
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (check.state) {
    case ConnectionCheck::State::Running:
        icon = QStyle::SP_BrowserReload;
        break;
    case ConnectionCheck::State::Passed:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case ConnectionCheck::State::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case ConnectionCheck::State::Skipped:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    item->setIcon(0, style()->standardIcon(icon));
    item->setText(1, check.detail);
    item->setToolTip(1, check.fix.isEmpty() ? check.detail : check.detail + QStringLiteral("\n\n") + tr("How to fix: %1").arg(check.fix));
    item->setData(0, Qt::UserRole, int(check.state));
    item->setData(1, Qt::UserRole, check.fix);
    showFixes();
}

// The fixes of the failed checks, in full and wrapped (a table row would cut them off).
void ConnectDialog::showFixes()
{
    QStringList lines;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_checks->topLevelItem(i);
        const QString fix = item->data(1, Qt::UserRole).toString();
        if (!fix.isEmpty())
            lines.append(QStringLiteral("<p><b>%1:</b> %2</p>").arg(item->text(0).toHtmlEscaped(), fix.toHtmlEscaped()));
    }
    m_fixes->setText(lines.join(QString()));
    m_fixes->setVisible(!lines.isEmpty());
}

void ConnectDialog::showTestFinished(bool allPassed, double scrapeIntervalSeconds)
{
    m_test->setEnabled(true);
    QString text = allPassed ? tr("Every check passed: save and connect.")
                             : tr("Some checks failed: see how to fix them above, then test again.");
    if (scrapeIntervalSeconds > 0 && scrapeIntervalSeconds != m_scrapeInterval->value()) {
        m_scrapeInterval->setValue(scrapeIntervalSeconds);
        text += QLatin1Char(' ') + tr("The scrape interval is set to %1 s, as Prometheus scrapes the router.").arg(scrapeIntervalSeconds);
    }
    say(text, !allPassed);
}

void ConnectDialog::finish(int outcome)
{
    const QString error = formError();
    if (!error.isEmpty()) {
        say(error, true);
        return;
    }
    done(outcome);
}

void ConnectDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
}

} // namespace RouteDeck
