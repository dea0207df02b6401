#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "model/AccessPackageTree.h"
#include "model/ServiceResource.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"
#include "validation/Finding.h"

#include <QPointer>
#include <QSet>
#include <QWizardPage>

#include <functional>
#include <optional>

class OnboardingState;
class OperationStatus;
class WizardContext;
class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Altinn {
class ApiOperation;
struct ChangeRequestResponse;
} // namespace Altinn

/**
 * Page 5, the customer request (product.md §5): standard or agent, the customer's organisation number,
 * an optional external reference, which of the system's rights and packages to ask for, a redirect URL
 * from the system's list and a title. The form is checked with RequestValidator as it is filled in;
 * Send is possible once it has no errors. Every answer Altinn can give is put in words with a button
 * for the way out: an earlier request returned (follow it, or delete it and ask again), a system user
 * that already exists (ask for more rights with a change request), an unknown customer, a redirect URL
 * or package the system does not allow. The form is never cleared by a failure.
 */
class CustomerRequestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CustomerRequestPage(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Fills the form from an earlier request that was deleted (e.g. rejected), to ask again.
    void prefill(const Altinn::SystemUserRequestResponse &request);

    /// What Send would send now.
    Altinn::SystemUserRequest requestFromForm() const;
    /// RequestValidator's findings for requestFromForm() (updated as the form changes).
    QList<Validation::Finding> findings() const { return m_findings; }
    /// The system the request is for, once loaded.
    std::optional<Altinn::SystemDefinition> system() const { return m_system; }
    bool isBusy() const;

Q_SIGNALS:
    /// The system definition must change (a redirect URL or package it lacks): go to the system page.
    void editSystemRequested();
    /// Altinn did not accept the vendor's token: go to the Maskinporten page and check the connection.
    void connectionCheckRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Remedy {
        DeleteAndAskAgain,
        FollowExisting,
        ChangeRequest,
        CheckOrgNumber,
        EditSystem,
        CheckConnection
    };

    QWidget *buildSystemSection();
    QWidget *buildCustomerSection();
    QWidget *buildChecklistSection();
    QWidget *buildDetailsSection();
    QWidget *buildSendSection();
    void retranslateUi();

    void resetForProfile();
    void loadEverything();
    void loadSystems();
    void loadSystem(const QString &systemId);
    void loadCatalogues();
    void setSystem(const Altinn::SystemDefinition &system);
    void fillSystemComboBox(const QList<std::pair<QString, QString>> &systems, const QString &select);
    void fillChecklists();
    void fitListHeights();
    void fillRedirectUrls(const QString &select);
    QString resourceTitle(const QString &resourceId) const;
    QString packageTitle(const QString &urn) const;
    /// The package's catalogue entry, or nullptr (not loaded yet, or unknown).
    const Altinn::AccessPackageInfo *packageInfo(const QString &urn) const;
    bool isPackageOffered(const QString &urn) const;

    void orgNumberEdited();
    void showOrgNumberProblem(bool finishedEditing);
    void lookUpCustomerName();
    void formEdited();
    void revalidate();
    void updateSendButton();
    Altinn::RequestKind kind() const;
    QString customerOrgNumber() const;
    /// The external reference as Altinn stores it: the org number when none is given.
    QString effectiveExternalRef() const;

    void send();
    void create();
    void handleCreated(const Altinn::ApiResult<Altinn::RequestClient::Created> &result);
    void showFailure(
        const Altinn::ApiFailure &failure, const QString &operation, std::function<void()> retry);
    void showRemedies(const QList<Remedy> &remedies);
    void clearOutcome();
    void deleteAndAskAgain();
    void deleteThenCreate(const QString &requestId);
    void followExisting();
    void askForChange();
    void changeRequestCreated(const Altinn::ChangeRequestResponse &change, Altinn::RequestKind requestKind);
    void goToApproval();

    WizardContext *m_context;
    OnboardingState *m_state;

    QList<QLabel *> m_sectionHeadings;
    QLabel *m_systemLabel;
    QComboBox *m_systemComboBox;
    OperationStatus *m_systemStatus;
    QLabel *m_kindLabel;
    QRadioButton *m_standardRadio;
    QRadioButton *m_agentRadio;
    QButtonGroup *m_kindGroup;
    QLabel *m_kindHint;
    QLabel *m_orgNumberLabel;
    QLineEdit *m_orgNumberEdit;
    QLabel *m_orgNumberMessage;
    QLabel *m_customerNameLabel;
    QLabel *m_externalRefLabel;
    QLineEdit *m_externalRefEdit;
    QLabel *m_externalRefHint;
    QLabel *m_rightsLabel;
    QListWidget *m_rightsList;
    QLabel *m_rightsNote;
    QLabel *m_packagesLabel;
    QListWidget *m_packagesList;
    QLabel *m_packagesNote;
    QLabel *m_checklistHint;
    QLabel *m_catalogueHint;
    QLabel *m_redirectLabel;
    QComboBox *m_redirectComboBox;
    QLabel *m_redirectHint;
    QLabel *m_titleLabel;
    QLineEdit *m_titleEdit;
    QLabel *m_titleHint;
    QLabel *m_findingsLabel;
    QPushButton *m_sendButton;
    OperationStatus *m_sendStatus;
    QPushButton *m_deleteAndAskAgainButton;
    QPushButton *m_followExistingButton;
    QPushButton *m_changeRequestButton;
    QPushButton *m_checkOrgNumberButton;
    QPushButton *m_editSystemButton;
    QPushButton *m_checkConnectionButton;
    QFrame *m_changeLinkFrame;
    QLabel *m_changeLinkLabel;
    QLineEdit *m_changeLinkEdit;
    QPushButton *m_openChangeLinkButton;
    QPushButton *m_copyChangeLinkButton;

    QString m_profileId; ///< whose form this is; a new profile starts an empty one
    bool m_loadPending = true;
    bool m_filling = false;
    std::optional<Altinn::SystemDefinition> m_system;
    QString m_wantedSystemId; ///< the system to select once the list arrives
    QString m_wantedRedirectUrl;
    QList<Altinn::ServiceResource> m_resources;
    std::optional<Altinn::AccessPackageTree> m_packageTree;
    bool m_packagesFailed = false;
    QString m_packagesLanguage;
    QSet<QString> m_unchecked; ///< checklist keys the user unticked (everything starts ticked)
    QList<Validation::Finding> m_findings;
    QString m_lookupOrgNumber;
    QString m_customerName;
    std::optional<Altinn::SystemUserRequestResponse> m_existing; ///< an earlier request Altinn returned
    QPointer<Altinn::ApiOperation> m_operation; ///< send, delete, change request
    QPointer<Altinn::ApiOperation> m_listOperation;
    QPointer<Altinn::ApiOperation> m_systemOperation;
    QPointer<Altinn::ApiOperation> m_resourcesOperation;
    QPointer<Altinn::ApiOperation> m_packagesOperation;
};
