#include "wizard/RequestFormSection.h"

#include "common/Labels.h"
#include "common/OrgNumberField.h"
#include "validation/RequestValidator.h"
#include "wizard/OnboardingState.h"
#include "wizard/RequestChecklist.h"
#include "wizard/RequestSystemSection.h"
#include "wizard/SandboxOrgNameLookup.h"
#include "wizard/WizardContext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

RequestFormValues RequestFormValues::fromRequest(const Altinn::SystemUserRequestResponse &request)
{
    RequestFormValues values;
    values.kind = request.kind;
    values.orgNo = request.partyOrgNo;
    // A defaulted reference (the org number) is shown as blank: that is how it was asked for.
    values.externalRef = request.externalRef == request.partyOrgNo ? QString() : request.externalRef;
    values.rights = request.rights;
    values.packages = request.accessPackages;
    values.redirectUrl = request.redirectUrl.value_or(QString());
    values.title = request.integrationTitle;
    return values;
}

RequestFormSection::RequestFormSection(
    WizardContext *context, OnboardingState *state, const RequestSystemSection *source, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_state(state)
    , m_source(source)
    , m_kindLabel(new QLabel(this))
    , m_standardRadio(new QRadioButton(this))
    , m_agentRadio(new QRadioButton(this))
    , m_kindGroup(new QButtonGroup(this))
    , m_kindHint(Labels::hint(u"kindHint"_s, this))
    , m_orgNumberLabel(new QLabel(this))
    , m_orgNumber(new OrgNumberField(this))
    , m_externalRefLabel(new QLabel(this))
    , m_externalRefEdit(new QLineEdit(this))
    , m_externalRefHint(Labels::hint(u"externalRefHint"_s, this))
    , m_checklist(new RequestChecklist(source, this))
    , m_redirectLabel(new QLabel(this))
    , m_redirectComboBox(new QComboBox(this))
    , m_redirectHint(Labels::hint(u"redirectHint"_s, this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_titleHint(Labels::hint(u"titleHint"_s, this))
    , m_findingsLabel(Labels::fieldMessage(u"findingsLabel"_s, this))
{
    m_standardRadio->setObjectName(u"standardRadio"_s);
    m_agentRadio->setObjectName(u"agentRadio"_s);
    m_kindGroup->addButton(m_standardRadio, static_cast<int>(Altinn::RequestKind::Standard));
    m_kindGroup->addButton(m_agentRadio, static_cast<int>(Altinn::RequestKind::Agent));
    m_standardRadio->setChecked(true);
    m_orgNumberLabel->setBuddy(m_orgNumber->lineEdit());
    m_externalRefEdit->setObjectName(u"externalRefEdit"_s);
    m_externalRefEdit->setMaxLength(Validation::RequestValidator::MaxExternalRefLength + 20);
    m_externalRefEdit->setMaximumWidth(420);
    m_externalRefLabel->setBuddy(m_externalRefEdit);
    m_redirectComboBox->setObjectName(u"redirectComboBox"_s);
    m_redirectComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_redirectComboBox->setMinimumContentsLength(30);
    m_redirectLabel->setBuddy(m_redirectComboBox);
    m_titleEdit->setObjectName(u"integrationTitleEdit"_s);
    m_titleEdit->setMaxLength(255);
    m_titleEdit->setMaximumWidth(420);
    m_titleLabel->setBuddy(m_titleEdit);

    const auto newForm = [] {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return form;
    };
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_standardRadio);
    kindRow->addSpacing(16);
    kindRow->addWidget(m_agentRadio);
    kindRow->addStretch(1);
    auto *kindForm = newForm();
    kindForm->addRow(m_kindLabel, kindRow);
    auto *customerForm = newForm();
    customerForm->addRow(m_orgNumberLabel, m_orgNumber);
    customerForm->addRow(m_externalRefLabel, m_externalRefEdit);
    customerForm->addRow(m_externalRefHint);
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirectComboBox);
    redirectRow->addStretch(1);
    auto *detailsForm = newForm();
    detailsForm->addRow(m_redirectLabel, redirectRow);
    detailsForm->addRow(m_redirectHint);
    detailsForm->addRow(m_titleLabel, m_titleEdit);
    detailsForm->addRow(m_titleHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(kindForm);
    layout->addWidget(m_kindHint);
    m_headings = {Labels::heading(u"customerHeading"_s, this), Labels::heading(u"detailsHeading"_s, this)};
    layout->addWidget(m_headings.at(0));
    layout->addLayout(customerForm);
    layout->addWidget(m_checklist);
    layout->addWidget(m_headings.at(1));
    layout->addLayout(detailsForm);
    layout->addWidget(m_findingsLabel);

    setTabOrder(m_standardRadio, m_agentRadio);
    setTabOrder(m_agentRadio, m_orgNumber->lineEdit());
    setTabOrder(m_orgNumber->lineEdit(), m_externalRefEdit);
    setTabOrder(m_externalRefEdit, m_checklist);
    setTabOrder(m_checklist, m_redirectComboBox);
    setTabOrder(m_redirectComboBox, m_titleEdit);

    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_filling) {
            m_checklist->setKind(kind());
            edited();
        }
    });
    connect(m_orgNumber, &OrgNumberField::edited, this, &RequestFormSection::edited);
    // Typing the number and pressing Enter is the whole request for most customers (issue 14).
    m_orgNumber->setSubmitsOnEnter(true);
    connect(m_orgNumber, &OrgNumberField::submitted, this, &RequestFormSection::submitRequested);
    connect(m_orgNumber, &OrgNumberField::nameFound, this,
        [this](const QString &name) { m_state->rememberOrganisationName(m_orgNumber->orgNumber(), name); });
    m_orgNumber->setNameLookup([this](const QString &number, QObject *receiver, auto answer) {
        lookUpName(number, receiver, std::move(answer));
    });
    connect(m_externalRefEdit, &QLineEdit::textChanged, this, &RequestFormSection::edited);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &RequestFormSection::edited);
    connect(m_redirectComboBox, &QComboBox::currentIndexChanged, this, &RequestFormSection::edited);
    connect(m_checklist, &RequestChecklist::changed, this, &RequestFormSection::edited);
    retranslateUi();
    fillRedirectUrls({});
}

void RequestFormSection::edited()
{
    if (!m_filling)
        Q_EMIT changed();
}

void RequestFormSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        lookUpCustomerName();
    }
    QWidget::changeEvent(event);
}

void RequestFormSection::retranslateUi()
{
    m_headings.at(0)->setText(tr("Customer"));
    m_headings.at(1)->setText(tr("Details"));
    m_kindLabel->setText(tr("Kind:"));
    m_standardRadio->setText(tr("S&tandard"));
    m_standardRadio->setAccessibleName(tr("Standard request"));
    m_agentRadio->setText(tr("&Agent (client relationships)"));
    m_agentRadio->setAccessibleName(tr("Agent request for client relationships"));
    m_kindHint->setText(
        tr("Standard: the customer gives your system rights to act for the customer itself. Agent: for "
           "accountants, auditors and other client relationships — the customer is a firm that works for "
           "its own clients, and adds those clients after approving. Agent requests carry only "
           "client-relationship access packages."));
    m_orgNumberLabel->setText(tr("&Organisation number:"));
    m_orgNumber->lineEdit()->setAccessibleName(tr("Customer's organisation number"));
    m_externalRefLabel->setText(tr("&External reference (optional):"));
    m_externalRefEdit->setAccessibleName(tr("External reference"));
    m_externalRefEdit->setPlaceholderText(tr("e.g. your customer number"));
    m_externalRefHint->setText(
        tr("Your own key for this customer. Only needed when the same customer should have several "
           "system users for this system (one per department or client database). Leave it blank to use "
           "the organisation number. If you set it, your integration must send the same value when it "
           "asks Maskinporten for a token."));
    m_redirectLabel->setText(tr("Re&direct URL:"));
    m_redirectComboBox->setAccessibleName(tr("Redirect URL"));
    m_redirectHint->setText(
        tr("Where the customer's browser goes after deciding. Only the system's allowed addresses can be "
           "used; choose “(none)” to leave the customer in Altinn."));
    m_titleLabel->setText(tr("T&itle (optional):"));
    m_titleEdit->setAccessibleName(tr("Integration title"));
    m_titleHint->setText(tr("The system user's name as the customer sees it in Altinn. Leave it blank to "
                            "use the system's name."));
    const int noneIndex = m_redirectComboBox->findData(QString());
    if (noneIndex >= 0)
        m_redirectComboBox->setItemText(noneIndex, tr("(none)"));
}

Altinn::RequestKind RequestFormSection::kind() const
{
    return m_agentRadio->isChecked() ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
}

RequestFormValues RequestFormSection::values() const
{
    RequestFormValues values;
    values.kind = kind();
    values.orgNo = m_orgNumber->orgNumber();
    values.externalRef = m_externalRefEdit->text().trimmed();
    values.rights = m_checklist->selectedRights();
    values.packages = m_checklist->selectedPackages();
    values.redirectUrl = m_redirectComboBox->currentData().toString();
    values.title = m_titleEdit->text().trimmed();
    return values;
}

void RequestFormSection::setValues(const RequestFormValues &values)
{
    m_filling = true;
    (values.kind == Altinn::RequestKind::Agent ? m_agentRadio : m_standardRadio)->setChecked(true);
    m_orgNumber->setOrgNumber(values.orgNo);
    m_externalRefEdit->setText(values.externalRef);
    m_titleEdit->setText(values.title);
    m_checklist->setKind(values.kind);
    m_checklist->select(values.rights, values.packages);
    m_wantedRedirectUrl = values.redirectUrl;
    fillRedirectUrls(values.redirectUrl);
    m_filling = false;
    Q_EMIT changed();
}

void RequestFormSection::fillInCustomer(const CustomerRecord &customer)
{
    RequestFormValues filled = values();
    filled.orgNo = customer.orgNo;
    filled.externalRef = customer.externalRef;
    filled.kind = customer.kind;
    setValues(filled);
}

Altinn::SystemUserRequest RequestFormSection::request() const
{
    const RequestFormValues form = values();
    Altinn::SystemUserRequest request;
    request.kind = form.kind;
    request.systemId = m_source->system() ? m_source->system()->id : QString();
    request.partyOrgNo = form.orgNo;
    // Blank means "not given": an empty string would make Altinn create duplicates.
    if (!form.externalRef.isEmpty())
        request.externalRef = form.externalRef;
    if (!form.title.isEmpty())
        request.integrationTitle = form.title;
    if (!form.redirectUrl.isEmpty())
        request.redirectUrl = form.redirectUrl;
    if (!m_source->system())
        return request;
    if (form.kind == Altinn::RequestKind::Agent) {
        request.accessPackages = form.packages;
        return request;
    }
    if (!form.rights->isEmpty())
        request.rights = form.rights;
    if (!form.packages->isEmpty())
        request.accessPackages = form.packages;
    return request;
}

void RequestFormSection::systemChanged()
{
    if (const auto &system = m_source->system())
        m_titleEdit->setPlaceholderText(system->name.value(u"nb"_s));
    m_checklist->systemChanged();
    fillRedirectUrls(m_wantedRedirectUrl);
}

void RequestFormSection::cataloguesChanged()
{
    m_checklist->fill();
}

void RequestFormSection::fillRedirectUrls(const QString &select)
{
    const QSignalBlocker blocker(m_redirectComboBox);
    const QString current = select.isEmpty() ? m_redirectComboBox->currentData().toString() : select;
    m_redirectComboBox->clear();
    m_redirectComboBox->addItem(tr("(none)"), QString());
    if (const auto &system = m_source->system()) {
        for (const QString &url : system->allowedRedirectUrls)
            m_redirectComboBox->addItem(url, url);
    }
    // An earlier request's URL the system no longer allows stays visible, so the validator can say so.
    if (!current.isEmpty() && m_redirectComboBox->findData(current) < 0)
        m_redirectComboBox->addItem(current, current);
    m_redirectComboBox->setCurrentIndex(std::max(0, m_redirectComboBox->findData(current)));
    m_redirectComboBox->setEnabled(m_redirectComboBox->count() > 1);
}

QList<Validation::Finding> RequestFormSection::validate(
    const std::optional<Altinn::SystemDefinition> &system) const
{
    const RequestChecklist *checklist = m_checklist;
    const Validation::RequestValidator validator(
        [checklist](const QString &urn) -> std::optional<Validation::PackageFlags> {
            const Altinn::AccessPackageInfo *info = checklist->packageInfo(urn);
            if (!info)
                return std::nullopt;
            return Validation::PackageFlags{info->isDelegable, info->isAssignable};
        });
    return validator.validate(request(), system ? &*system : nullptr);
}

void RequestFormSection::showFindings(const QList<Validation::Finding> &findings)
{
    QStringList lines;
    for (const Validation::Finding &finding : findings) {
        if (finding.path == u"/partyOrgNo" || finding.path == u"/systemId")
            continue;
        lines.append(u"• "_s + finding.message);
    }
    Labels::showMessage(m_findingsLabel, lines.join(u'\n'),
        Validation::Findings::hasErrors(findings) ? u"error"_s : u"warning"_s);
}

void RequestFormSection::focusOrgNumber()
{
    m_orgNumber->lineEdit()->setFocus(Qt::OtherFocusReason);
    m_orgNumber->lineEdit()->selectAll();
}

void RequestFormSection::lookUpCustomerName()
{
    m_orgNumber->refreshName();
}

QString RequestFormSection::customerName() const
{
    return m_orgNumber->name();
}

void RequestFormSection::lookUpName(
    const QString &number, QObject *receiver, std::function<void(const OrgNumberField::NameAnswer &)> answer)
{
    using LookupAnswer = OrgNumberField::NameAnswer;
    if (m_context->environment().kind() != Altinn::Environment::Kind::Sandbox) {
        const QString known = m_state->organisationNames().value(number);
        if (!known.isEmpty())
            return answer({LookupAnswer::Kind::Found, known, {}});
        return answer({LookupAnswer::Kind::Unavailable, {},
            tr("The name cannot be looked up from here in this environment. Check the number at brreg.no if "
               "you are unsure.")});
    }
    const auto notFound = [] {
        return tr("Not in the sandbox's register: Altinn will answer that it does not know this customer.");
    };
    SandboxOrgNameLookup::create(m_context, notFound)(number, receiver, std::move(answer));
}
