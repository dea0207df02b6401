#include "wizard/TokenCustomerPicker.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "validation/OrgNumber.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int OrgNoRole = Qt::UserRole;
constexpr int ExternalRefRole = Qt::UserRole + 1;

} // namespace

TokenCustomerPicker::TokenCustomerPicker(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"customerHeading"_s, this))
    , m_customerLabel(new QLabel(this))
    , m_comboBox(new QComboBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_message(Labels::fieldMessage(u"customerMessage"_s, this))
    , m_hintButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_externalRefLabel(new QLabel(this))
    , m_externalRefEdit(new QLineEdit(this))
    , m_externalRefHint(Labels::fieldMessage(u"externalRefHint"_s, this))
{
    setObjectName(u"customerPicker"_s);
    m_comboBox->setObjectName(u"customerComboBox"_s);
    m_comboBox->setEditable(true);
    m_comboBox->setInsertPolicy(QComboBox::NoInsert);
    m_comboBox->setMinimumContentsLength(40);
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customerLabel->setBuddy(m_comboBox);
    m_refreshButton->setObjectName(u"refreshCustomersButton"_s);
    m_hintButton->setObjectName(u"customerHintButton"_s);
    m_hintButton->hide();
    m_status->setObjectName(u"customersStatus"_s);
    m_externalRefEdit->setObjectName(u"externalRefEdit"_s);
    m_externalRefEdit->setMaxLength(255);
    m_externalRefLabel->setBuddy(m_externalRefEdit);
    m_externalRefHint->setTextFormat(Qt::PlainText);
    Labels::setStyleProperty(m_externalRefHint, "kind", u"hint"_s);
    m_externalRefHint->show();

    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_comboBox, 1);
    customerRow->addWidget(m_refreshButton);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_message, 1);
    hintRow->addWidget(m_hintButton, 0, Qt::AlignTop);
    // Messages go under their rows at full width: word-wrapped labels inside form rows get clipped.
    auto *fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->setHorizontalSpacing(10);
    fields->addWidget(m_customerLabel, 0, 0);
    fields->addLayout(customerRow, 0, 1);
    fields->addLayout(hintRow, 1, 1);
    fields->addWidget(m_status, 2, 1);
    fields->addWidget(m_externalRefLabel, 3, 0);
    fields->addWidget(m_externalRefEdit, 3, 1);
    fields->addWidget(m_externalRefHint, 4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(fields);

    setTabOrder(m_comboBox, m_refreshButton);
    setTabOrder(m_refreshButton, m_hintButton);
    QWidget *previous = m_hintButton;
    for (QPushButton *button : m_status->findChildren<QPushButton *>()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_externalRefEdit);

    connect(m_refreshButton, &QPushButton::clicked, this, &TokenCustomerPicker::refreshRequested);
    connect(m_hintButton, &QPushButton::clicked, this, [this] { Q_EMIT hintActionRequested(m_hint); });
    connect(m_comboBox, &QComboBox::currentIndexChanged, this, &TokenCustomerPicker::customerEdited);
    connect(m_comboBox, &QComboBox::editTextChanged, this, &TokenCustomerPicker::customerEdited);
    retranslateUi();
}

void TokenCustomerPicker::retranslateUi()
{
    m_heading->setText(tr("Who the token is for"));
    m_customerLabel->setText(tr("&Customer:"));
    m_comboBox->setAccessibleName(tr("Customer"));
    // The typing field takes the focus, and on Linux a combo box announces its text as its name.
    m_comboBox->lineEdit()->setAccessibleName(tr("Customer"));
    m_comboBox->setToolTip(tr("The customers that have a system user for your system. You can also type an "
                              "organisation number."));
    m_comboBox->lineEdit()->setPlaceholderText(tr("Organisation number"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the list of customers"));
    m_externalRefLabel->setText(tr("E&xternal reference:"));
    m_externalRefEdit->setAccessibleName(tr("External reference"));
    m_externalRefHint->setText(
        tr("The external reference the customer request was sent with. Maskinporten finds the system user by "
           "the customer and this reference. Leave it empty if the request had none: then the customer's "
           "organisation number is used, as Altinn does."));
    setHint(m_hint, m_hintSystemId);
    if (!m_customers.isEmpty())
        setCustomers(m_customers);
}

QString TokenCustomerPicker::itemText(const Customer &customer) const
{
    QString text = customer.orgNo;
    if (!customer.name.isEmpty())
        text += u" — "_s + customer.name;
    // Altinn's default reference is the org number itself; repeating it would only add noise.
    if (!customer.externalRef.isEmpty() && customer.externalRef != customer.orgNo)
        text += u" ("_s + customer.externalRef + u')';
    if (customer.isAgent)
        text += u' ' + tr("[agent]");
    return text;
}

void TokenCustomerPicker::setCustomers(const QList<Customer> &customers)
{
    QString keepOrgNo = m_wantedOrgNo;
    QString keepExternalRef = m_wantedExternalRef;
    const int current = m_comboBox->currentIndex();
    const QString typed = m_comboBox->currentText();
    const bool wasTyped = current < 0 || typed != m_comboBox->itemText(current);
    if (keepOrgNo.isEmpty() && !wasTyped) {
        keepOrgNo = m_comboBox->itemData(current, OrgNoRole).toString();
        keepExternalRef = m_comboBox->itemData(current, ExternalRefRole).toString();
    }
    m_customers = customers;
    {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->clear();
        for (const Customer &customer : customers) {
            m_comboBox->addItem(itemText(customer));
            const int index = m_comboBox->count() - 1;
            m_comboBox->setItemData(index, customer.orgNo, OrgNoRole);
            m_comboBox->setItemData(index, customer.externalRef, ExternalRefRole);
        }
        m_comboBox->setCurrentIndex(-1);
        // The items changed under the key: what is chosen below is applied again.
        m_appliedKey = u"#-1"_s;
    }
    if (!keepOrgNo.isEmpty()) {
        selectCustomer(keepOrgNo, keepExternalRef);
    } else if (wasTyped && !typed.isEmpty()) {
        const QString keptRef = m_externalRefEdit->text();
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->setEditText(typed);
        m_appliedKey = Validation::OrgNumber::normalized(typed);
        m_externalRefEdit->setText(keptRef);
    } else if (!customers.isEmpty()) {
        m_comboBox->setCurrentIndex(0);
    }
}

void TokenCustomerPicker::setLoading(bool loading)
{
    m_loading = loading;
    m_refreshButton->setEnabled(!loading);
}

void TokenCustomerPicker::selectCustomer(const QString &orgNo, const QString &externalRef)
{
    int match = -1;
    for (int i = 0; i < m_comboBox->count(); ++i) {
        if (m_comboBox->itemData(i, OrgNoRole).toString() != orgNo)
            continue;
        const QString itemRef = m_comboBox->itemData(i, ExternalRefRole).toString();
        if (match < 0 || externalRef.isEmpty() || itemRef == externalRef)
            match = i;
        if (!externalRef.isEmpty() && itemRef == externalRef)
            break;
    }
    if (match >= 0) {
        m_wantedOrgNo.clear();
        m_wantedExternalRef.clear();
        m_appliedKey.clear(); // chosen again: its own reference goes in again
        m_comboBox->setCurrentIndex(match);
        customerEdited();
        return;
    }
    if (m_loading) {
        // The list is still on its way: choose once it is here.
        m_wantedOrgNo = orgNo;
        m_wantedExternalRef = externalRef;
        return;
    }
    m_wantedOrgNo.clear();
    m_wantedExternalRef.clear();
    // Not one of the listed customers: keep it as typed, so its token can still be tried (and diagnosed).
    {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->setCurrentIndex(-1);
        m_comboBox->setEditText(orgNo);
    }
    m_appliedKey = Validation::OrgNumber::normalized(orgNo);
    m_externalRefEdit->setText(externalRef == orgNo ? QString() : externalRef);
    Labels::showMessage(m_message, {}, {});
    setHint(m_hint, m_hintSystemId);
    Q_EMIT customerChanged();
}

QString TokenCustomerPicker::currentOrgNo() const
{
    const int index = m_comboBox->currentIndex();
    if (index >= 0 && m_comboBox->currentText() == m_comboBox->itemText(index))
        return m_comboBox->itemData(index, OrgNoRole).toString();
    return Validation::OrgNumber::normalized(m_comboBox->currentText());
}

QString TokenCustomerPicker::currentExternalRef() const
{
    return m_externalRefEdit->text().trimmed();
}

void TokenCustomerPicker::setExternalRef(const QString &externalRef)
{
    m_externalRefEdit->setText(externalRef);
    m_externalRefEdit->setFocus();
}

void TokenCustomerPicker::customerEdited()
{
    const int index = m_comboBox->currentIndex();
    const bool listed = index >= 0 && m_comboBox->currentText() == m_comboBox->itemText(index);
    const QString key =
        listed ? u"#%1"_s.arg(index) : Validation::OrgNumber::normalized(m_comboBox->currentText());
    if (key == m_appliedKey)
        return;
    m_appliedKey = key;
    QString reference;
    if (listed) {
        reference = m_comboBox->itemData(index, ExternalRefRole).toString();
    } else {
        // Typed: the reference of that customer's system user when it is listed; else none.
        for (const Customer &customer : std::as_const(m_customers)) {
            if (customer.orgNo == key) {
                reference = customer.externalRef;
                break;
            }
        }
    }
    m_externalRefEdit->setText(reference);
    Labels::showMessage(m_message, {}, {});
    setHint(m_hint, m_hintSystemId);
    Q_EMIT customerChanged();
}

void TokenCustomerPicker::setHint(Hint hint, const QString &systemId)
{
    m_hint = hint;
    m_hintSystemId = systemId;
    QString text;
    QString button;
    if (hint == Hint::PublishFirst) {
        text = tr("There is no system yet. Create and publish the system definition first.");
        button = tr("Go to the system definition");
    } else if (hint == Hint::AskCustomer) {
        text = tr("No customer has a system user for %1 yet. Send a customer request and let the customer "
                  "approve it first — or type an organisation number to see what Maskinporten says.")
                   .arg(systemId);
        button = tr("Ask a customer…");
    }
    Labels::showMessage(m_message, text, u"hint"_s);
    m_hintButton->setText(button);
    m_hintButton->setAccessibleName(button);
    m_hintButton->setVisible(hint != Hint::None);
}

void TokenCustomerPicker::showCustomerError(const QString &message)
{
    Labels::showMessage(m_message, message, u"error"_s);
}

void TokenCustomerPicker::focusCustomer()
{
    m_comboBox->setFocus();
}

QWidget *TokenCustomerPicker::lastInTabOrder() const
{
    return m_externalRefEdit;
}
