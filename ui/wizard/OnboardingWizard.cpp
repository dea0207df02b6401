#include "wizard/OnboardingWizard.h"

#include "editor/SystemDefinitionEditor.h"
#include "onboarding/DemoScenario.h"
#include "wizard/ApprovalPage.h"
#include "wizard/CustomerDesk.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/MaskinportenPage.h"
#include "wizard/ProfilePage.h"
#include "wizard/PublishPage.h"
#include "wizard/SummaryPage.h"
#include "wizard/SystemDefinitionPage.h"
#include "wizard/TestAuthenticationPage.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardStepIndicator.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEvent>

using namespace Qt::Literals::StringLiterals;

OnboardingWizard::OnboardingWizard(WizardContext *context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_profilePage(new ProfilePage(context, this))
    , m_maskinportenPage(new MaskinportenPage(context, this))
    , m_systemDefinitionPage(new SystemDefinitionPage(context, this))
    , m_publishPage(new PublishPage(context, context->onboarding(), this))
    , m_customerRequestPage(new CustomerRequestPage(context, context->onboarding(), this))
    , m_approvalPage(new ApprovalPage(context, context->onboarding(), this))
    , m_testAuthenticationPage(new TestAuthenticationPage(context, context->onboarding(), this))
    , m_summaryPage(new SummaryPage(context, context->onboarding(), this))
{
    setObjectName(u"onboardingWizard"_s);
    // A QWizard is a dialog; here it lives inside the main window's page stack.
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setSubTitleFormat(Qt::PlainText);
    setTitleFormat(Qt::PlainText);

    setPage(static_cast<int>(PageId::Profile), m_profilePage);
    setPage(static_cast<int>(PageId::MaskinportenClient), m_maskinportenPage);
    setPage(static_cast<int>(PageId::SystemDefinition), m_systemDefinitionPage);
    setPage(static_cast<int>(PageId::Publish), m_publishPage);
    setPage(static_cast<int>(PageId::CustomerRequest), m_customerRequestPage);
    setPage(static_cast<int>(PageId::Approval), m_approvalPage);
    setPage(static_cast<int>(PageId::TestAuthentication), m_testAuthenticationPage);
    setPage(static_cast<int>(PageId::Summary), m_summaryPage);
    setStartId(static_cast<int>(PageId::Profile));
    // QWizard puts an expanding spacer under its pages; give the pages the height instead, so the
    // editor and the scrolling page 2 use the whole window.
    for (const int id : pageIds()) {
        QWizardPage *wizardPage = page(id);
        if (auto *box = qobject_cast<QBoxLayout *>(wizardPage->parentWidget()->layout()))
            box->setStretchFactor(wizardPage, 1);
    }

    m_stepIndicator = new WizardStepIndicator(this);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::rememberPage);
    connectRemedies();
    // Keyboard users start in the page's first field, not on a button of the previous page.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (!m_entering)
            focusFirstInput();
    });
    retranslateUi();
}

QString OnboardingWizard::pageName(PageId id)
{
    switch (id) {
    case PageId::Profile:
        return tr("Organisation and environment");
    case PageId::MaskinportenClient:
        return tr("Maskinporten client and key");
    case PageId::SystemDefinition:
        return tr("System definition");
    case PageId::Publish:
        return tr("Publish");
    case PageId::CustomerRequest:
        return tr("Customer request");
    case PageId::Approval:
        return tr("Approval");
    case PageId::TestAuthentication:
        return tr("Test authentication");
    case PageId::Summary:
        return tr("Summary");
    }
    return {};
}

void OnboardingWizard::enterAt(PageId target)
{
    m_entering = true;
    restart();
    while (currentId() >= 0 && currentId() < static_cast<int>(target) && currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_entering = false;
    rememberPage(currentId());
    focusFirstInput();
}

void OnboardingWizard::jumpTo(PageId id)
{
    const int target = static_cast<int>(id);
    if (currentId() == target)
        return;
    // QWizard only moves one page at a time; back() and next() keep its history consistent.
    while (currentId() > target && !visitedIds().isEmpty() && visitedIds().first() <= target) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    if (currentId() < target)
        enterAt(id);
}

void OnboardingWizard::openAt(PageId id)
{
    const int target = static_cast<int>(id);
    if (currentId() == target)
        return;
    enterAt(id);
    if (currentId() == target)
        return;
    m_entering = true;
    setStartId(target);
    restart();
    setStartId(static_cast<int>(PageId::Profile));
    m_entering = false;
    rememberPage(currentId());
    focusFirstInput();
}

void OnboardingWizard::initializePage(int id)
{
    // Page 6 entered with nobody chosen ("Continue where you left off", the step bar, --open approval):
    // the customer asked most recently who still waits is the one the person comes back to follow.
    if (id == static_cast<int>(PageId::Approval))
        m_context->customers()->selectLatestWaitingIfNone();
    QWizard::initializePage(id);
}

void OnboardingWizard::testTokenFor(const QString &customerOrg, const QString &externalRef)
{
    m_context->customers()->select(
        CustomerRecord::keyOf(customerOrg, externalRef), CustomerDesk::Purpose::TestToken);
    openAt(PageId::TestAuthentication);
    // Already on page 7 (no initializePage): choose the customer here, with its own reference.
    m_testAuthenticationPage->selectCustomer(customerOrg, externalRef.isEmpty() ? customerOrg : externalRef);
}

void OnboardingWizard::changeRequestFor(const QString &customerOrg, const QString &externalRef)
{
    m_context->customers()->select(
        CustomerRecord::keyOf(customerOrg, externalRef), CustomerDesk::Purpose::ChangeRequest);
    if (currentId() == static_cast<int>(PageId::CustomerRequest))
        m_customerRequestPage->initializePage();
    openAt(PageId::CustomerRequest);
}

void OnboardingWizard::connectNewCustomer()
{
    m_context->customers()->startNewCustomer();
    m_customerRequestPage->startNewCustomer();
    // Back along the history when there is one (Back keeps working), else straight there.
    jumpTo(PageId::CustomerRequest);
    openAt(PageId::CustomerRequest);
}

void OnboardingWizard::connectRemedies()
{
    connect(m_publishPage, &PublishPage::fixRequested, this, [this](const Validation::Finding &finding) {
        jumpTo(PageId::SystemDefinition);
        if (!finding.path.isEmpty())
            m_systemDefinitionPage->editor()->focusFinding(finding);
    });
    const auto toSystemPage = [this] {
        jumpTo(PageId::SystemDefinition);
    };
    const auto toMaskinportenPage = [this] {
        jumpTo(PageId::MaskinportenClient);
    };
    const auto toCustomerRequestPage = [this] {
        jumpTo(PageId::CustomerRequest);
    };
    connect(m_customerRequestPage, &CustomerRequestPage::editSystemRequested, this, toSystemPage);
    connect(m_customerRequestPage, &CustomerRequestPage::connectionCheckRequested, this, toMaskinportenPage);
    connect(m_testAuthenticationPage, &TestAuthenticationPage::editSystemRequested, this, toSystemPage);
    connect(m_testAuthenticationPage, &TestAuthenticationPage::connectionCheckRequested, this,
        toMaskinportenPage);
    connect(m_testAuthenticationPage, &TestAuthenticationPage::customerRequestRequested, this,
        toCustomerRequestPage);
    connect(
        m_summaryPage, &SummaryPage::anotherCustomerRequested, this, &OnboardingWizard::connectNewCustomer);
}

void OnboardingWizard::startDemo()
{
    restart();
    m_profilePage->presetDemo(Onboarding::DemoScenario::profile());
}

void OnboardingWizard::focusFirstInput()
{
    QWizardPage *page = currentPage();
    if (!page)
        return;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    page->setFocus();
}

void OnboardingWizard::rememberPage(int id)
{
    if (m_entering || id < 0 || !m_context->hasProfile())
        return;
    m_context->drafts()->saveLastPage(m_context->profile().id, id);
}

void OnboardingWizard::done(int result)
{
    // Finished: nothing to resume. Cancelled: the user may come back to where they were.
    if (result == QDialog::Accepted && m_context->hasProfile())
        m_context->drafts()->clearLastPage(m_context->profile().id);
    m_context->drafts()->flush();
    QWizard::done(result);
}

bool OnboardingWizard::focusNextPrevChild(bool next)
{
    // Whenever QWizard updates its buttons (each keystroke that re-checks a page), it hides its contents
    // for a moment with updates off, against flicker. A top-level wizard keeps the focus inside; embedded
    // in the main window, Qt would hand the focus to the window's next widget and typing would stop.
    if (!updatesEnabled())
        return true;
    return QWizard::focusNextPrevChild(next);
}

void OnboardingWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    // The step indicator's band on top; QWizard has just sized its contents to the whole wizard.
    m_stepIndicator->place();
}

void OnboardingWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void OnboardingWizard::retranslateUi()
{
    // Debian has no Bokmål Qt catalogue, so the standard buttons get our own texts.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Send"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
    button(QWizard::CancelButton)->setToolTip(tr("Back to the start screen. What you entered is kept."));
}
