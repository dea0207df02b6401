#pragma once

#include "altinn/ErrorExplainer.h"
#include "model/SystemDefinition.h"
#include "model/SystemDefinitionDiff.h"
#include "onboarding/PublishSystemFlow.h"
#include "validation/Finding.h"
#include "wizard/CatalogueNames.h"
#include "wizard/PublishDiffSection.h"
#include "wizard/PublishFindingsSection.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class DefinitionDiffModel;
class OnboardingState;
class OperationStatus;
class PublishFindingsSection;
class PublishReceiptSection;
class PublishRemedyButton;
class WizardContext;

/**
 * Page 4, Publish: what is registered now against the draft of page 3, field by
 * field; then, after confirming (and the production question), the system is created or updated
 * (get → merge → put). Validation errors from Altinn are listed on the fields they concern, each with a
 * way back to that field on the system page. Afterwards a receipt shows what is registered, read back
 * from Altinn. Next is possible once the registered system matches the draft. The work is
 * Onboarding::PublishSystemFlow; the diff, the findings and the receipt are sections of their own.
 */
class PublishPage : public QWizardPage
{
    Q_OBJECT

public:
    /// Where the draft stands against what is registered (see PublishDiffSection::State).
    using Mode = PublishDiffSection::State;

    PublishPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_mode == Mode::UpToDate && !m_publishing; }

    Mode mode() const { return m_mode; }
    bool isBusy() const;
    /// The differences shown (for a new system: everything, as Added).
    QList<Altinn::DefinitionChange> changes() const { return m_changes; }
    /// Altinn's validation errors of the last attempt, placed on the draft's fields.
    QList<Validation::Finding> serverFindings() const { return m_findingsSection->findings(); }
    /// The system as registered (as last read), if it is.
    std::optional<Altinn::SystemDefinition> registeredSystem() const { return m_registered; }
    DefinitionDiffModel *diffModel() const { return m_diffSection->model(); }

    /// Reads the draft and the registered system again.
    void reload();
    /// As the Register/Update button: asks in production, then creates or updates.
    void publish();

Q_SIGNALS:
    /**
     * The user wants to correct @p finding on the system page. The page has already gone back to the
     * system page when the wizard has it; the receiver focuses the field (SystemDefinitionEditor::
     * focusFinding). An empty path means "the definition in general".
     */
    void fixRequested(const Validation::Finding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    using Outcome = Onboarding::PublishSystemFlow::Outcome;

    void flowFinished(const Outcome &outcome);
    void flowFailed(const Outcome &outcome);
    void setMode(Mode mode);
    void showRegistered(const Altinn::SystemDefinition &registered);
    void fetchRegistered(bool afterPublish);
    void send();
    void showFindings(const QList<Validation::Finding> &findings);
    void updateReceipt();
    /// Enter registers (or updates) while that is on offer; otherwise it is the wizard's Next again.
    void updateDefaultButton();
    void updateRemedy(Altinn::Explanation::Remedy action);
    void requestFix(const Validation::Finding &finding);
    void goBackTo(int pageId);
    void cancelOperation()
    {
        if (m_flow)
            m_flow->cancel();
    }
    void retranslateUi();

    WizardContext *m_context;
    OnboardingState *m_state;

    PublishDiffSection *m_diffSection;
    PublishFindingsSection *m_findingsSection;
    PublishReceiptSection *m_receiptSection;
    OperationStatus *m_status;
    PublishRemedyButton *m_remedyButton;

    Mode m_mode = Mode::Loading;
    std::optional<Altinn::SystemDefinition> m_draft;
    std::optional<Altinn::SystemDefinition> m_registered;
    QList<Altinn::DefinitionChange> m_changes;
    CatalogueNames m_names;
    bool m_publishing = false;
    bool m_justPublished = false;
    bool m_readingBack = false; ///< the preview running reads the system back after publishing
    bool m_ownsDefaultButton = false; ///< the wizard's default button is switched off by this page
    QPointer<Onboarding::PublishSystemFlow> m_flow; ///< on the session of the last reload()
};
