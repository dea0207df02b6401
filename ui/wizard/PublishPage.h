#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "model/SystemDefinition.h"
#include "model/SystemDefinitionDiff.h"
#include "validation/Finding.h"
#include "wizard/CatalogueNames.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class DefinitionDiffModel;
class OnboardingState;
class OperationStatus;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;
class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * Page 4, Publish (product.md §5.4): what is registered now against the draft of page 3, field by
 * field; then, after confirming (and the production question), the system is created or updated
 * (get → merge → put). Validation errors from Altinn are listed on the fields they concern, each with a
 * way back to that field on the system page. Afterwards a receipt shows what is registered, read back
 * from Altinn. Next is possible once the registered system matches the draft.
 */
class PublishPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Mode {
        NoDraft, ///< nothing to publish: page 3 has no draft
        Loading, ///< reading the registered system (nothing known yet)
        LoadFailed, ///< could not read it; Try again
        NewSystem, ///< not registered yet: everything will be created
        Changes, ///< registered, and the draft differs
        UpToDate, ///< registered and equal to the draft
        Deleted, ///< the id belongs to a deleted system and cannot be used again
    };
    Q_ENUM(Mode)

    PublishPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    Mode mode() const { return m_mode; }
    bool isBusy() const;
    /// The differences shown (for a new system: everything, as Added).
    QList<Altinn::DefinitionChange> changes() const { return m_changes; }
    /// Altinn's validation errors of the last attempt, placed on the draft's fields.
    QList<Validation::Finding> serverFindings() const { return m_findings; }
    /// The system as registered (as last read), if it is.
    std::optional<Altinn::SystemDefinition> registeredSystem() const { return m_registered; }
    DefinitionDiffModel *diffModel() const { return m_diffModel; }

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
    void setMode(Mode mode);
    void showRegistered(const Altinn::SystemDefinition &registered);
    void fetchRegistered(bool afterPublish);
    void send();
    void handleFailure(
        const Altinn::ApiFailure &failure, const QString &operation, std::function<void()> retry);
    void showFindings(const QList<Validation::Finding> &findings);
    void clearFindings();
    void updateReceipt();
    void updateTexts();
    void updateRemedy(Altinn::Explanation::Remedy action);
    void loadNames();
    void requestFix(const Validation::Finding &finding);
    void goBackTo(int pageId);
    void cancelOperation();
    void retranslateUi();

    WizardContext *m_context;
    OnboardingState *m_state;

    QLabel *m_headlineLabel;
    QLabel *m_explanationLabel;
    QTableView *m_diffView;
    DefinitionDiffModel *m_diffModel;
    QGroupBox *m_findingsBox;
    QLabel *m_findingsIntroLabel;
    QVBoxLayout *m_findingsLayout;
    QGroupBox *m_receiptBox;
    QFormLayout *m_receiptLayout;
    QPushButton *m_publishButton;
    QPushButton *m_reloadButton;
    QPushButton *m_backToSystemButton;
    OperationStatus *m_status;
    QPushButton *m_remedyButton;

    Mode m_mode = Mode::Loading;
    std::optional<Altinn::SystemDefinition> m_draft;
    std::optional<Altinn::SystemDefinition> m_registered;
    QList<Altinn::DefinitionChange> m_changes;
    QList<Validation::Finding> m_findings;
    CatalogueNames m_names;
    Altinn::Explanation::Remedy m_remedy = Altinn::Explanation::Remedy::None;
    bool m_publishing = false;
    bool m_justPublished = false;
    int m_generation = 0; ///< which reload() the answers in flight belong to
    QPointer<Altinn::ApiOperation> m_operation;
};
