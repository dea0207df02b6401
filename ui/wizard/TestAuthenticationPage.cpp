#include "wizard/TestAuthenticationPage.h"

#include "altinn/AltinnScopes.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "validation/OrgNumber.h"
#include "wizard/ApiCallPanel.h"
#include "wizard/AppInstanceSection.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/TokenCustomerLoader.h"
#include "wizard/TokenCustomerPicker.h"
#include "wizard/TokenDiagnosisPanel.h"
#include "wizard/TokenRequestSection.h"
#include "wizard/TokenViewSection.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Remedy = Altinn::Explanation::Remedy;
using Onboarding::SystemUserTokenTestFlow;

TestAuthenticationPage::TestAuthenticationPage(
    WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_scrollArea(new QScrollArea(this))
    , m_introLabel(new QLabel(this))
    , m_picker(new TokenCustomerPicker(this))
    , m_request(new TokenRequestSection(this))
    , m_tokenView(new TokenViewSection(this))
    , m_diagnosisPanel(new TokenDiagnosisPanel(context, this))
    , m_apiCallPanel(new ApiCallPanel(context, this))
    , m_appSection(new AppInstanceSection(context, this))
    , m_customers(new TokenCustomerLoader(context, state, m_picker))
{
    setObjectName(u"testAuthenticationPage"_s);
    m_introLabel->setObjectName(u"testAuthenticationIntro"_s);
    m_introLabel->setWordWrap(true);

    auto *content = new QWidget;
    content->setObjectName(u"testAuthenticationContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(9, 0, 9, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_introLabel);
    contentLayout->addWidget(m_picker);
    contentLayout->addWidget(m_request);
    contentLayout->addWidget(m_tokenView);
    contentLayout->addWidget(m_diagnosisPanel);
    contentLayout->addWidget(m_apiCallPanel);
    contentLayout->addWidget(m_appSection);
    contentLayout->addStretch(1);

    m_scrollArea->setObjectName(u"testAuthenticationScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_scrollArea->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    // The order a keyboard user meets things: who, how, go; then the result; then the optional call.
    setTabOrder(m_picker->lastInTabOrder(), m_request->firstInTabOrder());
    setTabOrder(m_request->lastInTabOrder(), m_tokenView->firstInTabOrder());
    setTabOrder(m_tokenView->lastInTabOrder(), m_apiCallPanel->firstInTabOrder());
    setTabOrder(m_apiCallPanel->lastInTabOrder(), m_appSection->firstInTabOrder());

    connect(m_picker, &TokenCustomerPicker::refreshRequested, this, &TestAuthenticationPage::reloadCustomers);
    connect(
        m_picker, &TokenCustomerPicker::hintActionRequested, this, [this](TokenCustomerPicker::Hint hint) {
            if (hint == TokenCustomerPicker::Hint::PublishFirst)
                Q_EMIT editSystemRequested();
            else if (hint == TokenCustomerPicker::Hint::AskCustomer)
                Q_EMIT customerRequestRequested();
        });
    connect(m_request, &TokenRequestSection::getTokenRequested, this, &TestAuthenticationPage::getToken);
    connect(m_request, &TokenRequestSection::remedyRequested, this, [this](Remedy remedy) {
        if (remedy == Remedy::CheckConnection)
            Q_EMIT connectionCheckRequested();
        else
            Q_EMIT editSystemRequested();
    });
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::editSystemRequested, this,
        &TestAuthenticationPage::editSystemRequested);
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::customerRequestRequested, this,
        &TestAuthenticationPage::customerRequestRequested);
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::externalRefSuggested, m_picker,
        &TokenCustomerPicker::setExternalRef);
    connect(m_diagnosisPanel, &TokenDiagnosisPanel::finished, this, [this] {
        // New buttons join the end of the focus chain; a keyboard user expects them where they are shown.
        QWidget *previous = m_request->lastInTabOrder();
        for (QPushButton *button : m_diagnosisPanel->findChildren<QPushButton *>()) {
            setTabOrder(previous, button);
            previous = button;
        }
        scrollIntoView(m_diagnosisPanel);
    });
    m_tokenView->setClockSkewSource([this]() -> qint64 {
        VendorSession *session = m_context->session();
        return session ? session->tokenClient()->clockSkewSeconds().value_or(0) : 0;
    });
    // Only while it is still valid: the panel never keeps a copy.
    m_apiCallPanel->setTokenSource([this] { return m_tokenView->validToken(); });
    connect(m_apiCallPanel, &ApiCallPanel::scrollRequested, this, &TestAuthenticationPage::scrollIntoView);
    m_appSection->setInputSource([this] {
        return AppInstanceSection::Input{
            m_picker->currentOrgNo(), m_picker->currentExternalRef(), m_request->scopes(), systemId()};
    });
    connect(
        m_appSection, &AppInstanceSection::scrollRequested, this, &TestAuthenticationPage::scrollIntoView);
    connect(m_appSection, &AppInstanceSection::customerRequestRequested, this,
        &TestAuthenticationPage::customerRequestRequested);
    connect(m_context, &WizardContext::sessionChanged, this, &TestAuthenticationPage::sessionChanged);
    connect(m_context, &WizardContext::profileChanged, this, [this] {
        // Another profile, other extra scopes — unless the user is in the middle of editing them.
        if (m_context->profile().id != m_scopesShownFor && !m_request->isEditingScopes()) {
            m_request->setScopes(defaultScopes());
            m_scopesShownFor = m_context->profile().id;
        }
    });
    retranslateUi();
    clearResult();
}

TestAuthenticationPage::~TestAuthenticationPage() = default;

void TestAuthenticationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TestAuthenticationPage::retranslateUi()
{
    setTitle(tr("Test authentication"));
    setSubTitle(tr("Get a system user token for a customer, as your system will in production, and see what "
                   "is in it."));
    m_introLabel->setText(
        tr("Maskinporten gives your client a system user token when the customer has approved a system user "
           "for your system. The token says which customer and which system user it acts for; the APIs "
           "you call read that from it."));
    m_picker->retranslateUi();
    m_request->retranslateUi();
    m_tokenView->retranslateUi();
    m_customers->updateHint(systemId());
}

// ---- Customers -------------------------------------------------------------------------------

QString TestAuthenticationPage::systemId() const
{
    if (const auto published = m_state->publishedSystem())
        return published->id;
    if (!m_context->hasProfile())
        return {};
    const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id);
    return draft ? Altinn::SystemDefinition::fromJson(*draft).id : QString();
}

QStringList TestAuthenticationPage::systemRightIds() const
{
    std::optional<Altinn::SystemDefinition> system = m_state->publishedSystem();
    if (!system && m_context->hasProfile()) {
        if (const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id))
            system = Altinn::SystemDefinition::fromJson(*draft);
    }
    QStringList ids;
    if (system && system->rights) {
        for (const Altinn::Right &right : std::as_const(*system->rights))
            ids.append(right.resourceId());
    }
    return ids;
}

QString TestAuthenticationPage::defaultScopes() const
{
    const QStringList extra = m_context->profile().scopes;
    return extra.isEmpty() ? Altinn::AltinnScopes::RequestRead : extra.join(u' ');
}

void TestAuthenticationPage::initializePage()
{
    if (m_scopesShownFor != m_context->profile().id || m_request->scopes().isEmpty()) {
        m_request->setScopes(defaultScopes());
        m_scopesShownFor = m_context->profile().id;
    }
    // The customer selected in the ledger (sent to on page 5, or picked in the customers view) is the
    // one to test — with its own external reference. Only when the selection changed, so that coming
    // back keeps what the user chose here since.
    const auto customer = m_context->customers()->selected();
    if (!m_customers->hasCustomersOf(systemId()))
        reloadCustomers();
    if (customer && customer->key() != m_preselectedKey) {
        m_preselectedKey = customer->key();
        m_picker->selectCustomer(customer->orgNo, customer->effectiveExternalRef());
    }
    m_tokenView->updateCountdown();
    m_appSection->setSystemRights(systemRightIds());
}

void TestAuthenticationPage::selectCustomer(const QString &orgNo, const QString &externalRef)
{
    m_picker->selectCustomer(orgNo, externalRef);
}

QString TestAuthenticationPage::currentCustomerOrgNo() const
{
    return m_picker->currentOrgNo();
}

QString TestAuthenticationPage::currentExternalRef() const
{
    return m_picker->currentExternalRef();
}

void TestAuthenticationPage::reloadCustomers()
{
    m_customers->reload(systemId());
}

void TestAuthenticationPage::sessionChanged()
{
    // Everything here belonged to the old session (another vendor, client or environment).
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_customers->forget();
    m_request->status()->clear();
    m_request->setGetEnabled(true);
    clearResult();
    if (isVisible())
        reloadCustomers();
}

bool TestAuthenticationPage::isBusy() const
{
    return (m_flow && m_flow->isBusy()) || m_diagnosisPanel->isRunning() || m_apiCallPanel->isBusy()
        || m_appSection->isBusy();
}

qint64 TestAuthenticationPage::secondsLeft() const
{
    return m_tokenView->secondsLeft();
}

// ---- The token -------------------------------------------------------------------------------

void TestAuthenticationPage::getToken()
{
    if (m_flow && m_flow->isBusy())
        return;
    VendorSession *session = m_context->session();
    if (!session) {
        m_request->status()->showError(m_context->hasProfile()
                ? tr("The sandbox has not started yet. Wait a moment and try again.")
                : tr("Choose or create a profile on the first page."));
        return;
    }
    SystemUserTokenTestFlow::Request request;
    request.customerOrgNo = m_picker->currentOrgNo();
    if (const auto problem = Validation::OrgNumber::check(request.customerOrgNo);
        problem != Validation::OrgNumber::Problem::None) {
        m_picker->showCustomerError(problem == Validation::OrgNumber::Problem::Empty
                ? tr("Choose a customer, or type the organisation number of one.")
                : Validation::OrgNumber::message(problem));
        m_picker->focusCustomer();
        return;
    }
    request.externalRef = m_picker->currentExternalRef();
    request.scopes = m_request->scopes();
    if (request.scopes.isEmpty()) {
        m_request->status()->showError(
            tr("Enter at least one scope: Maskinporten gives no token without one."));
        m_request->focusScopes();
        return;
    }
    request.systemId = systemId();
    request.diagnose = true;

    clearResult();
    if (!m_flow) {
        m_flow = new SystemUserTokenTestFlow(session, this);
        connect(m_flow, &SystemUserTokenTestFlow::finished, this, &TestAuthenticationPage::tokenFinished);
    }
    m_request->setGetEnabled(false);
    m_request->status()->showBusy(
        tr("Asking Maskinporten for a system user token for %1…").arg(request.customerOrgNo), [this] {
            if (m_flow)
                m_flow->cancel();
        });
    m_flow->setRequest(request);
    m_flow->start();
}

void TestAuthenticationPage::tokenFinished(const SystemUserTokenTestFlow::Outcome &outcome)
{
    m_request->setGetEnabled(true);
    OperationStatus *status = m_request->status();
    if (outcome.isCancelled()) {
        // The token client cannot be interrupted; its answer is simply ignored.
        status->showInformation(tr("Stopped waiting for Maskinporten's answer."));
        return;
    }
    m_state->setTokenTest(outcome.tokenTest());
    if (outcome.isIssued()) {
        // The local expiry from expires_in (none when the answer had no usable lifetime).
        const QDateTime expiresAt = outcome.token.expiresIn > 0 ? outcome.token.expiresAt : QDateTime();
        m_tokenView->showToken(outcome.token.accessToken, outcome.claims, outcome.claimRows, expiresAt);
        status->showSuccess(tr("Maskinporten issued a system user token for %1: the system user works.")
                                .arg(outcome.request.customerOrgNo));
        scrollIntoView(m_tokenView);
        return;
    }
    const Altinn::Explanation &explanation = outcome.explanation;
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u'\n' + explanation.remedy;
    if (!explanation.code.isEmpty())
        text += u'\n' + Altinn::ErrorExplainer::tr("Code: %1").arg(explanation.code);
    status->showError(text, [this] { getToken(); });
    m_request->showRemedy(outcome.remedy);
    m_request->showClockNote(outcome.clockNote);
    if (outcome.diagnosed) {
        m_diagnosisPanel->showDiagnosis(outcome.diagnosisQuery(), outcome.diagnosis, outcome.facts);
        scrollIntoView(m_diagnosisPanel);
    }
}

void TestAuthenticationPage::clearResult()
{
    m_tokenView->clear();
    m_request->clearFailure();
    m_diagnosisPanel->reset();
}

void TestAuthenticationPage::scrollIntoView(QWidget *widget)
{
    // After the layout has given the newly shown widgets their place.
    const QPointer<QWidget> target(widget);
    QTimer::singleShot(0, this, [this, target] {
        if (target && target->isVisible())
            m_scrollArea->ensureWidgetVisible(target, 0, 20);
    });
}
