#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class OperationStatus;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * "Who the token is for" on the Test authentication page: the customer (one of a list, or an
 * organisation number typed in) and the external reference of its system user. Choosing another
 * customer always puts that customer's own reference in the field (empty for one not in the list,
 * which means the organisation number to Altinn): keeping the previous customer's gives MP-303.
 */
class TokenCustomerPicker : public QWidget
{
    Q_OBJECT

public:
    struct Customer
    {
        QString orgNo;
        QString name; ///< may be empty
        QString externalRef; ///< the reference its system user has
        bool isAgent = false;
    };
    /// What the hint under the list offers when there is nobody to choose.
    enum class Hint { None, PublishFirst, AskCustomer };

    explicit TokenCustomerPicker(QWidget *parent = nullptr);

    /// Replaces the list, keeping the customer chosen (or typed) when it can.
    void setCustomers(const QList<Customer> &customers);
    QList<Customer> customers() const { return m_customers; }
    /// While loading (Refresh is off), a customer not yet listed is chosen once setCustomers() brings it.
    void setLoading(bool loading);
    /// Chooses @p orgNo (its system user with @p externalRef, when given); one not listed is typed in.
    void selectCustomer(const QString &orgNo, const QString &externalRef = {});
    /// The chosen customer's organisation number, or the one typed (normalised; may be invalid).
    QString currentOrgNo() const;
    QString currentExternalRef() const;
    void setExternalRef(const QString &externalRef);

    void setHint(Hint hint, const QString &systemId = {});
    /// An error about the customer (e.g. not an organisation number) under the list; empty clears it.
    void showCustomerError(const QString &message);
    void focusCustomer();
    /// For loading the list (busy, failed, Try again).
    OperationStatus *status() const { return m_status; }
    /// The last widget of the section in the tab order.
    QWidget *lastInTabOrder() const;
    void retranslateUi();

Q_SIGNALS:
    /// Another customer was chosen or typed; the external reference is already its own.
    void customerChanged();
    void refreshRequested();
    void hintActionRequested(TokenCustomerPicker::Hint hint);

private:
    QString itemText(const Customer &customer) const;
    /// Applies the customer now in the box: its own reference, once per change of customer.
    void customerEdited();

    QLabel *m_heading;
    QLabel *m_customerLabel;
    QComboBox *m_comboBox;
    QPushButton *m_refreshButton;
    QLabel *m_message;
    QPushButton *m_hintButton;
    OperationStatus *m_status;
    QLabel *m_externalRefLabel;
    QLineEdit *m_externalRefEdit;
    QLabel *m_externalRefHint;

    QList<Customer> m_customers;
    Hint m_hint = Hint::None;
    QString m_hintSystemId;
    bool m_loading = false;
    QString m_wantedOrgNo; ///< chosen while loading
    QString m_wantedExternalRef;
    QString m_appliedKey; ///< the customer whose reference is in the field ("#index" or the org number)
};
