#pragma once

#include <QWizard>

class MaskinportenPage;
class ProfilePage;
class SystemDefinitionPage;
class WizardContext;

/**
 * The onboarding wizard of product.md §5, embedded in the main window. Every task of the home screen
 * enters it at its page; pages share a WizardContext. Pages 1–3 exist now (profile, Maskinporten
 * client and key, system definition); the ids of the later ones are fixed so they slot in with
 * setPage(). The page the user is on is remembered per profile, so the app can resume there.
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
    /// The guided demo: the first page, preset to the sandbox and the demo vendor.
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

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rememberPage(int id);

    WizardContext *m_context;
    ProfilePage *m_profilePage;
    MaskinportenPage *m_maskinportenPage;
    SystemDefinitionPage *m_systemDefinitionPage;
    bool m_entering = false;
};
