#include "person/PersonLoginSection.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/OrgNumberField.h"
#include "common/ScreenMasking.h"
#include "model/SystemDefinition.h"
#include "onboarding/AppInstanceFlow.h"
#include "onboarding/DemoScenario.h"
#include "person/PersonClaimsTable.h"
#include "validation/OrgNumber.h"
#include "wizard/OnboardingState.h"
#include "wizard/SandboxOrgNameLookup.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"
#include "workspace/DraftStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::IdPortenLoginFlow;
using Answer = OrgNumberField::NameAnswer;

PersonLoginSection::PersonLoginSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"personLoginHeading"_s, this))
    , m_intro(Labels::hint(u"personLoginIntro"_s, this))
    , m_appLabel(new QLabel(this))
    , m_appEdit(new QLineEdit(this))
    , m_orgLabel(new QLabel(this))
    , m_orgField(new OrgNumberField(u"personOrgNumber"_s, u"personOrgNameLabel"_s, this))
    , m_loginButton(new QPushButton(this))
    , m_copyLinkButton(new QPushButton(this))
    , m_copyMessage(Labels::fieldMessage(u"personCopyLinkMessage"_s, this))
    , m_status(new OperationStatus(this))
    , m_who(Labels::text(u"personWhoLabel"_s, this))
    , m_claims(new PersonClaimsTable(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"personLoginSection"_s);
    m_appEdit->setObjectName(u"personAppEdit"_s);
    m_appLabel->setBuddy(m_appEdit);
    m_orgLabel->setBuddy(m_orgField->lineEdit());
    m_orgLabel->setMinimumHeight(m_orgField->lineEdit()->sizeHint().height());
    // Enter in either field logs in: the screen's sensible default.
    m_orgField->setSubmitsOnEnter(true);
    m_loginButton->setObjectName(u"personLoginButton"_s);
    // Enter on the focused button logs in (outside a dialog a button takes only Space by default).
    m_loginButton->setDefault(true);
    m_copyLinkButton->setObjectName(u"personCopyLinkButton"_s);
    m_copyLinkButton->hide();
    m_status->setObjectName(u"personLoginStatus"_s);
    m_who->hide();
    m_claims->hide();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_appLabel, 0, 0);
    grid->addWidget(m_appEdit, 0, 1);
    grid->addWidget(m_orgLabel, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_orgField, 1, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_loginButton);
    buttonRow->addWidget(m_copyLinkButton);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addLayout(buttonRow);
    layout->addWidget(m_copyMessage);
    layout->addWidget(m_status);
    layout->addWidget(m_who);
    layout->addWidget(m_claims);
    setTabOrder(m_appEdit, m_orgField->lineEdit());
    setTabOrder(m_orgField->lineEdit(), m_loginButton);
    setTabOrder(m_loginButton, m_copyLinkButton);
    setTabOrder(m_copyLinkButton, m_claims);

    const OrgNumberField::NameLookup sandbox = SandboxOrgNameLookup::create(context, [] {
        return tr("This number is not in the sandbox's register: no test person holds a role there.");
    });
    m_orgField->setNameLookup([this, sandbox](const QString &orgNumber, QObject *receiver,
                                  std::function<void(const Answer &)> answer) {
        if (m_context->profile().environment == u"sandbox") {
            sandbox(orgNumber, receiver, std::move(answer));
            return;
        }
        answer({Answer::Kind::Unavailable, {}, {}});
    });
    connect(m_orgField, &OrgNumberField::edited, this, [this] { m_orgEdited = true; });
    connect(m_orgField, &OrgNumberField::submitted, this, &PersonLoginSection::login);
    connect(m_appEdit, &QLineEdit::returnPressed, this, &PersonLoginSection::login);
    connect(m_loginButton, &QPushButton::clicked, this, &PersonLoginSection::login);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &PersonLoginSection::copyLink);
    connect(m_context, &WizardContext::sessionChanged, this, &PersonLoginSection::forgetSession);
    connect(m_context, &WizardContext::profileChanged, this, &PersonLoginSection::fillDefaults);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &PersonLoginSection::renderWho);

    fillDefaults();
    retranslateUi();
}

PersonLoginSection::~PersonLoginSection()
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_accessToken.fill('\0');
}

QWidget *PersonLoginSection::firstInTabOrder() const
{
    return m_appEdit;
}

QWidget *PersonLoginSection::lastInTabOrder() const
{
    return m_claims;
}

void PersonLoginSection::setBrowserOpener(IdPortenLoginFlow::BrowserOpener opener)
{
    m_opener = std::move(opener);
    if (m_flow)
        m_flow->setBrowserOpener(m_opener);
}

void PersonLoginSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PersonLoginSection::retranslateUi()
{
    m_heading->setText(tr("Log in"));
    m_intro->setText(tr("The person logs in at ID-porten in the browser and comes back here. Your system "
                        "then acts for the organisation with the person's token."));
    m_appLabel->setText(tr("A&pp:"));
    m_appEdit->setAccessibleName(tr("App, as owner/name"));
    m_appEdit->setPlaceholderText(u"brg/aarsregnskap-vanlig-202406"_s);
    m_appEdit->setToolTip(tr("The Altinn app to call: the app owner's code, a slash and the app's name."));
    m_orgLabel->setText(tr("&Organisation to act for:"));
    m_orgField->lineEdit()->setAccessibleName(tr("Organisation to act for"));
    m_orgField->lineEdit()->setToolTip(tr("The organisation the person acts for: the instance's owner."));
    m_loginButton->setText(tr("Log &in with ID-porten…"));
    m_loginButton->setAccessibleName(tr("Log in with ID-porten in the browser"));
    m_copyLinkButton->setText(tr("Cop&y link"));
    m_copyLinkButton->setAccessibleName(tr("Copy the login link"));
    m_copyLinkButton->setToolTip(
        tr("When no browser opened: paste the link into a browser on this computer."));
    renderWho();
}

void PersonLoginSection::renderWho()
{
    if (m_pid.isEmpty()) {
        m_who->clear();
        m_who->hide();
        return;
    }
    // ID-porten's tokens carry no name: the number is who it is.
    m_who->setText(tr("Logged in: the person with national identity number %1. The token carries no name.")
                       .arg(ScreenMasking::instance()->maskValue(m_pid)));
    m_who->show();
}

void PersonLoginSection::fillDefaults()
{
    // The app page 7 offers for this system, so the side-by-side comparison uses the app the system user
    // holds a right to.
    if (!m_appEdit->isModified()) {
        std::optional<Altinn::SystemDefinition> system = m_context->onboarding()->publishedSystem();
        if (!system && m_context->hasProfile()) {
            if (const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id))
                system = Altinn::SystemDefinition::fromJson(*draft);
        }
        QStringList rights;
        if (system && system->rights) {
            for (const Altinn::Right &right : std::as_const(*system->rights))
                rights.append(right.resourceId());
        }
        const auto [org, app] = Onboarding::AppInstanceFlow::suggestedApp(rights);
        m_appEdit->setText(org + u'/' + app);
    }
    // On the sandbox, the guided demo's customer: the test persons hold their roles there.
    if (!m_orgEdited) {
        const bool sandbox = m_context->profile().environment == u"sandbox";
        m_orgField->setOrgNumber(sandbox ? Onboarding::DemoScenario::customerOrgNumber() : QString());
    }
}

std::optional<std::pair<QString, QString>> PersonLoginSection::app() const
{
    static const QRegularExpression pattern(u"^([a-z0-9]+)/([a-z0-9][a-z0-9-]*)$"_s);
    const QRegularExpressionMatch match = pattern.match(appText());
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1), match.captured(2)};
}

QString PersonLoginSection::appText() const
{
    return m_appEdit->text().trimmed().toLower();
}

QString PersonLoginSection::ownerOrgNo() const
{
    return m_orgField->orgNumber();
}

void PersonLoginSection::forgetLogin()
{
    const bool hadLogin = !m_accessToken.isEmpty();
    m_accessToken.fill('\0');
    m_accessToken.clear();
    m_pid.clear();
    m_grantedScopes.clear();
    m_claims->clearRows();
    m_claims->hide();
    renderWho();
    if (hadLogin)
        Q_EMIT loginChanged();
}

void PersonLoginSection::forgetSession()
{
    // The token belongs to the old profile's client and environment.
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_status->clear();
    m_loginButton->setEnabled(true);
    m_copyLinkButton->hide();
    m_copyMessage->hide();
    m_lastOutcome.reset();
    forgetLogin();
}

void PersonLoginSection::login()
{
    if (isBusy())
        return;
    VendorSession *session = m_context->session();
    if (!session) {
        m_status->showError(m_context->hasProfile()
                ? tr("The connection is not ready yet: wait for the sandbox to start, or finish the "
                     "Maskinporten client and key of this profile.")
                : m_context->environment().isLocal()
                ? tr("Choose or create a profile first (Set up or edit my system), or run the guided demo "
                     "from the start screen: it makes a demo vendor with a system user in about a minute. "
                     "The login uses your profile's ID-porten client.")
                : tr("Choose or create a profile first (Set up or edit my system): the login uses your "
                     "profile's ID-porten client."));
        return;
    }
    if (!app()) {
        m_status->showError(tr("Enter the app as owner/name, for example brg/aarsregnskap-vanlig-202406."));
        m_appEdit->setFocus();
        return;
    }
    if (const auto problem = Validation::OrgNumber::check(ownerOrgNo());
        problem != Validation::OrgNumber::Problem::None) {
        m_status->showError(problem == Validation::OrgNumber::Problem::Empty
                ? tr("Enter the organisation the person acts for.")
                : Validation::OrgNumber::message(problem));
        m_orgField->lineEdit()->setFocus();
        return;
    }
    forgetLogin();
    m_copyMessage->hide();
    if (!m_flow) {
        m_flow = new IdPortenLoginFlow(session, this);
        m_flow->setBrowserOpener(m_opener);
        connect(m_flow, &IdPortenLoginFlow::stepChanged, this, &PersonLoginSection::stepChanged);
        connect(m_flow, &IdPortenLoginFlow::finished, this, &PersonLoginSection::finished);
    }
    IdPortenLoginFlow::Request request = m_flow->request();
    request.uiLocale = m_context->language();
    m_flow->setRequest(request);
    m_loginButton->setEnabled(false);
    stepChanged(IdPortenLoginFlow::Step::PreparingClient);
    m_flow->start();
}

void PersonLoginSection::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void PersonLoginSection::stepChanged(IdPortenLoginFlow::Step step)
{
    const auto cancelLogin = [this] {
        cancel();
    };
    switch (step) {
    case IdPortenLoginFlow::Step::PreparingClient:
        m_status->showBusy(tr("Getting this profile's ID-porten client ready…"), cancelLogin);
        break;
    case IdPortenLoginFlow::Step::WaitingForBrowser:
        m_status->showBusy(tr("Waiting for you to log in in the browser…"), cancelLogin);
        m_copyLinkButton->show();
        break;
    case IdPortenLoginFlow::Step::FetchingTokens:
        m_status->showBusy(tr("Fetching the tokens and checking the ID token…"), cancelLogin);
        m_copyLinkButton->hide();
        m_copyMessage->hide();
        break;
    }
}

void PersonLoginSection::finished(const IdPortenLoginFlow::Outcome &outcome)
{
    using Result = IdPortenLoginFlow::Outcome::Result;
    m_loginButton->setEnabled(true);
    m_copyLinkButton->hide();
    m_copyMessage->hide();
    m_lastOutcome = outcome;
    // Kept once, here: the outcome kept for later holds no token.
    m_lastOutcome->accessToken.clear();
    if (outcome.isLoggedIn()) {
        m_accessToken = outcome.accessToken;
        m_grantedScopes = outcome.grantedScopes;
        m_pid = outcome.accessTokenClaims.value(u"pid"_s).toString();
        if (m_pid.isEmpty())
            m_pid = outcome.idTokenClaims.value(u"pid"_s).toString();
        ScreenMasking::instance()->remember(m_pid);
        m_status->showSuccess([]() -> QString { return tr("Logged in at ID-porten."); });
        renderWho();
        m_claims->showRows(Altinn::TokenClaimsExplainer::rows(outcome.accessTokenClaims));
        m_claims->show();
        Q_EMIT loginChanged();
        return;
    }
    const auto again = [this] {
        login();
    };
    switch (outcome.result) {
    case Result::Cancelled:
        m_status->showInformation([]() -> QString { return tr("Login cancelled. Nobody is logged in."); });
        break;
    case Result::Denied:
        m_status->showError(
            tr("You cancelled at ID-porten. Log in again when ready."), again, outcome.explanation.details());
        break;
    case Result::TimedOut:
        m_status->showError(tr("Nobody logged in within the time allowed. Log in again, and finish in the "
                               "browser that opens."),
            again, outcome.explanation.details());
        break;
    case Result::LoggedIn:
    case Result::Failed:
        m_status->showExplanation(outcome.explanation, again);
        break;
    }
}

void PersonLoginSection::copyLink()
{
    const QUrl url = m_flow ? m_flow->authorizationUrl() : QUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url.toString());
    Labels::showMessage(m_copyMessage,
        tr("Link copied. Open it in a browser on this computer: the login comes back to this app."),
        u"hint"_s);
}
