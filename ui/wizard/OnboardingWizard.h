#pragma once

#include <QWizard>

class ApprovalPage;
class CustomerRequestPage;
class MaskinportenPage;
class ProfilePage;
class PublishPage;
class SummaryPage;
class SystemDefinitionPage;
class TestAuthenticationPage;
class WizardContext;
class WizardStepIndicator;

/**
 * The onboarding wizard, embedded in the main window. Every task of the home screen
 * enters it at its page; pages share a WizardContext (and its OnboardingState for pages 4–8): profile,
 * Maskinporten client and key, system definition, publish, customer request, approval, test
 * authentication, summary. Remedies on one page that belong on another (a field to fix, a connection
 * to check) jump there. The page the user is on is remembered per profile, so the app can resume there.
 */
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum class PageId {
        Profile,
        MaskinportenClient,
        SystemDefinition,
        Publish,
        CustomerRequest,
        Approval,
        TestAuthentication,
        Summary,
    };
    Q_ENUM(PageId)

    explicit OnboardingWizard(WizardContext *context, QWidget *parent = nullptr);

    /// Starts on the first page and moves on while each page is complete, up to @p target.
    void enterAt(PageId target);
    /// The guided demo's first step: the first page, preset to the demo profile (Onboarding::DemoScenario).
    void startDemo();
    /// True while enterAt() walks forward (pages must not start work of their own then).
    bool isEntering() const { return m_entering; }

    PageId currentPageId() const { return static_cast<PageId>(currentId()); }
    /// The page's name as shown in "Continue where you left off", translated.
    static QString pageName(PageId id);

    WizardContext *context() const { return m_context; }
    ProfilePage *profilePage() const { return m_profilePage; }
    MaskinportenPage *maskinportenPage() const { return m_maskinportenPage; }
    SystemDefinitionPage *systemDefinitionPage() const { return m_systemDefinitionPage; }
    PublishPage *publishPage() const { return m_publishPage; }
    CustomerRequestPage *customerRequestPage() const { return m_customerRequestPage; }
    ApprovalPage *approvalPage() const { return m_approvalPage; }
    TestAuthenticationPage *testAuthenticationPage() const { return m_testAuthenticationPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }
    /// The band above the pages with the eight steps (done steps go back there).
    WizardStepIndicator *stepIndicator() const { return m_stepIndicator; }

    /// Goes straight to @p id (back or forward) without walking the pages in between.
    void jumpTo(PageId id);
    /**
     * Opens page @p id at once: walks there when the pages before it are complete (so Back works),
     * otherwise starts there — pages 5–8 work on the selected customer and fetch what they need.
     */
    void openAt(PageId id);
    /// Test authentication for one customer (from the customers view): page 7 with that customer.
    void testTokenFor(const QString &customerOrg, const QString &externalRef);
    /// A change request for one customer with a system user: page 5 in change-request mode.
    void changeRequestFor(const QString &customerOrg, const QString &externalRef);
    /// "Connect a new customer": page 5 empty, nothing selected.
    void connectNewCustomer();

    void done(int result) override;
    /// Puts the keyboard focus on the current page's first input.
    void focusFirstInput();

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void retranslateUi();
    void rememberPage(int id);
    void connectRemedies();

    WizardContext *m_context;
    ProfilePage *m_profilePage;
    MaskinportenPage *m_maskinportenPage;
    SystemDefinitionPage *m_systemDefinitionPage;
    PublishPage *m_publishPage;
    CustomerRequestPage *m_customerRequestPage;
    ApprovalPage *m_approvalPage;
    TestAuthenticationPage *m_testAuthenticationPage;
    SummaryPage *m_summaryPage;
    WizardStepIndicator *m_stepIndicator = nullptr;
    bool m_entering = false;
};
