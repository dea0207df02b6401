#pragma once

#include "common/OrgNumberField.h"
#include "model/AccessPackageRef.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"
#include "validation/Finding.h"
#include "workspace/CustomerRecord.h"

#include <QWidget>

#include <functional>
#include <optional>

class OnboardingState;
class RequestChecklist;
class RequestSystemSection;
class WizardContext;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

/// What page 5's form holds, independent of the widgets (to keep as a draft or fill from a customer).
struct RequestFormValues
{
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString orgNo; ///< without spaces
    QString externalRef; ///< blank: not given (Altinn uses the org number)
    std::optional<QList<Altinn::Right>> rights; ///< nullopt: everything the system has
    std::optional<QList<Altinn::AccessPackageRef>> packages; ///< nullopt: everything the system has
    QString redirectUrl; ///< blank: none
    QString title; ///< blank: the system's name

    /// The values an earlier request was made with, to ask again.
    static RequestFormValues fromRequest(const Altinn::SystemUserRequestResponse &request);
};

/**
 * The request form of page 5: kind, customer (organisation number with its name), external reference,
 * the rights and packages to ask for (RequestChecklist), redirect URL and title, and the findings of
 * the request validator under it. Emits changed() on every edit the user makes.
 */
class RequestFormSection : public QWidget
{
    Q_OBJECT

public:
    RequestFormSection(WizardContext *context, OnboardingState *state, const RequestSystemSection *source,
        QWidget *parent = nullptr);

    RequestFormValues values() const;
    void setValues(const RequestFormValues &values);
    /// The form for @p customer: its organisation number, reference and kind; the rights stay as they are.
    void fillInCustomer(const CustomerRecord &customer);
    /// The request values() make for the source's system.
    Altinn::SystemUserRequest request() const;
    Altinn::RequestKind kind() const;
    QString customerName() const;

    /// The source's system or catalogues changed: refill the lists and the redirect URLs.
    void systemChanged();
    void cataloguesChanged();
    /// Shows the validator's findings (the org number and system have their own messages).
    void showFindings(const QList<Validation::Finding> &findings);
    /// RequestValidator's findings for request() against @p system (packages judged by the checklist).
    QList<Validation::Finding> validate(const std::optional<Altinn::SystemDefinition> &system) const;
    void lookUpCustomerName();
    void focusOrgNumber();
    RequestChecklist *checklist() const { return m_checklist; }

Q_SIGNALS:
    void changed();
    /// Enter in the customer's organisation number: send, as the Send button does, if the form is valid.
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRedirectUrls(const QString &select);
    void edited();
    void lookUpName(const QString &number, QObject *receiver,
        std::function<void(const OrgNumberField::NameAnswer &)> answer);

    WizardContext *m_context;
    OnboardingState *m_state;
    const RequestSystemSection *m_source;
    QList<QLabel *> m_headings;
    QLabel *m_kindLabel;
    QRadioButton *m_standardRadio;
    QRadioButton *m_agentRadio;
    QButtonGroup *m_kindGroup;
    QLabel *m_kindHint;
    QLabel *m_orgNumberLabel;
    OrgNumberField *m_orgNumber;
    QLabel *m_externalRefLabel;
    QLineEdit *m_externalRefEdit;
    QLabel *m_externalRefHint;
    RequestChecklist *m_checklist;
    QLabel *m_redirectLabel;
    QComboBox *m_redirectComboBox;
    QLabel *m_redirectHint;
    QLabel *m_titleLabel;
    QLineEdit *m_titleEdit;
    QLabel *m_titleHint;
    QLabel *m_findingsLabel;
    QString m_wantedRedirectUrl;
    bool m_filling = false;
};
