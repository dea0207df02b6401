#include "wizard/CustomerMessageSection.h"

#include "altinn/MetadataClient.h"
#include "altinn/SystemRegisterClient.h"
#include "common/Labels.h"
#include "session/VendorSession.h"
#include "wizard/SandboxOrgNameLookup.h"
#include "wizard/WizardContext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;

CustomerMessageSection::CustomerMessageSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"messageHeading"_s, this))
    , m_hint(Labels::hint(u"messageHint"_s, this))
    , m_languageLabel(new QLabel(this))
    , m_languageComboBox(new QComboBox(this))
    , m_subjectLabel(new QLabel(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_bodyLabel(new QLabel(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_emailButton(new QPushButton(this))
{
    setObjectName(u"messageSection"_s);
    m_languageComboBox->setObjectName(u"messageLanguageComboBox"_s);
    for (const char *code : {"nb", "nn", "en"})
        m_languageComboBox->addItem(QString(), QString::fromLatin1(code));
    m_languageLabel->setBuddy(m_languageComboBox);
    m_subjectEdit->setObjectName(u"subjectEdit"_s);
    m_subjectLabel->setBuddy(m_subjectEdit);
    m_bodyEdit->setObjectName(u"messageEdit"_s);
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setMinimumHeight(170);
    m_bodyLabel->setBuddy(m_bodyEdit);
    m_copyButton->setObjectName(u"copyMessageButton"_s);
    m_emailButton->setObjectName(u"emailButton"_s);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageComboBox);
    languageRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, languageRow);
    form->addRow(m_subjectLabel, m_subjectEdit);
    form->addRow(m_bodyLabel, m_bodyEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_emailButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addLayout(buttons);

    const QList<QWidget *> tabOrder{
        m_languageComboBox, m_subjectEdit, m_bodyEdit, m_copyButton, m_emailButton};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing a language is asking for the text in it, edited or not.
        m_edited = false;
        loadPackageNames(CustomerMessage::languageCode(language()));
        compose();
    });
    connect(m_subjectEdit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_composing)
            m_edited = true;
    });
    connect(m_copyButton, &QPushButton::clicked, this, &CustomerMessageSection::copyMessage);
    connect(m_emailButton, &QPushButton::clicked, this, &CustomerMessageSection::openInEmail);
    retranslateUi();
}

QWidget *CustomerMessageSection::firstInTabOrder() const
{
    return m_languageComboBox;
}

QWidget *CustomerMessageSection::lastInTabOrder() const
{
    return m_emailButton;
}

void CustomerMessageSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerMessageSection::retranslateUi()
{
    m_heading->setText(tr("Message for the customer"));
    m_hint->setText(tr("A ready-made message in the customer's language: who must approve, what is asked "
                       "for and what happens next. You can edit it before sending."));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_languageComboBox->setAccessibleName(tr("Language of the message"));
    m_languageComboBox->setItemText(0, tr("Norwegian Bokmål"));
    m_languageComboBox->setItemText(1, tr("Norwegian Nynorsk"));
    m_languageComboBox->setItemText(2, tr("English"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_subjectEdit->setAccessibleName(tr("Subject of the message"));
    m_bodyLabel->setText(tr("&Message:"));
    m_bodyEdit->setAccessibleName(tr("Message for the customer"));
    m_copyButton->setText(tr("Co&py message"));
    m_copyButton->setAccessibleName(tr("Copy the message"));
    m_emailButton->setText(tr("Open in e-ma&il"));
    m_emailButton->setAccessibleName(tr("Open the message in the e-mail program"));
}

void CustomerMessageSection::setRequest(const std::optional<Altinn::SystemUserRequestResponse> &request,
    const QString &customerName, const std::optional<Altinn::SystemDefinition> &knownSystem)
{
    m_request = request;
    m_customerName = customerName;
    // The system the run knows, else the one fetched for an earlier showing of this request's system: the
    // page shows the same request again when its full answer arrives, which must not fetch the system twice.
    if (knownSystem && request && knownSystem->id == request->systemId)
        m_system = knownSystem;
    else if (!request || !m_system || m_system->id != request->systemId)
        m_system.reset();
    m_titles.clear();
    m_packageLanguagesLoaded.clear();
    m_edited = false;
    {
        const QSignalBlocker blocker(m_languageComboBox);
        setLanguage(m_context->language());
    }
    loadSystemAndTitles();
    compose();
}

void CustomerMessageSection::setLanguage(const QString &code)
{
    m_languageComboBox->setCurrentIndex(std::max(0,
        m_languageComboBox->findData(
            CustomerMessage::languageCode(CustomerMessage::languageFromCode(code)))));
}

CustomerMessage::Language CustomerMessageSection::language() const
{
    return CustomerMessage::languageFromCode(m_languageComboBox->currentData().toString());
}

void CustomerMessageSection::loadSystemAndTitles()
{
    VendorSession *session = m_context->session();
    if (!m_request || !session)
        return;
    const QString systemId = m_request->systemId;
    QPointer<CustomerMessageSection> self(this);
    // A fetch still out for this system will answer this showing too: the request's full answer often comes
    // before the system's.
    if (!m_system && m_systemFetching != systemId) {
        m_systemFetching = systemId;
        session->systemRegister()->get(systemId, [self, systemId](const auto &result) {
            if (!self)
                return;
            if (self->m_systemFetching == systemId)
                self->m_systemFetching.clear();
            // Without it the message names the system by its id.
            if (!result.ok() || !self->m_request || self->m_request->systemId != systemId)
                return;
            self->m_system = *result.value;
            self->composeUnlessEdited();
        });
    }
    loadVendorName();
    session->metadata()->resources([self](const auto &result) {
        if (!self || !result.ok() || !self->m_request)
            return;
        QStringList wanted;
        for (const Altinn::Right &right : self->m_request->rights)
            wanted.append(right.resourceId());
        for (const Altinn::ServiceResource &resource : result.value->value) {
            if (wanted.contains(resource.identifier))
                self->m_titles.insert(resource.identifier, resource.title);
        }
        self->composeUnlessEdited();
    });
    loadPackageNames(CustomerMessage::languageCode(language()));
}

void CustomerMessageSection::loadVendorName()
{
    // A profile made by "systemuser-cli profile create" has the vendor's number and no name; in the sandbox
    // its register names it, as the summary does (WizardContext fetches the register once for all pages).
    const Profile profile = m_context->profile();
    if (!profile.vendorName.isEmpty() || !m_context->profileUsesSandbox()
        || m_registerVendor.first == profile.vendorOrgNumber)
        return;
    QPointer<CustomerMessageSection> self(this);
    const QString orgNo = profile.vendorOrgNumber;
    SandboxOrgNameLookup::create(m_context, {})(
        orgNo, this, [self, orgNo](const OrgNumberField::NameAnswer &answer) {
            // Not found or not looked up: the message names the vendor by number.
            if (!self || answer.kind != OrgNumberField::NameAnswer::Kind::Found)
                return;
            self->m_registerVendor = {orgNo, answer.name};
            self->composeUnlessEdited();
        });
}

void CustomerMessageSection::loadPackageNames(const QString &language)
{
    VendorSession *session = m_context->session();
    if (!m_request || !session || m_request->accessPackages.isEmpty()
        || m_packageLanguagesLoaded.contains(language))
        return;
    m_packageLanguagesLoaded.append(language);
    QPointer<CustomerMessageSection> self(this);
    session->metadata()->accessPackages(language, [self, language](const auto &result) {
        if (!self || !self->m_request)
            return;
        if (!result.ok()) {
            self->m_packageLanguagesLoaded.removeAll(language); // the next choice of language tries again
            return;
        }
        for (const Altinn::AccessPackageRef &package : self->m_request->accessPackages) {
            if (const Altinn::AccessPackageInfo *info = result.value->value.find(package.urn))
                self->m_titles[package.urn].insert(language, info->name);
        }
        self->composeUnlessEdited();
    });
}

void CustomerMessageSection::composeUnlessEdited()
{
    if (!m_edited)
        compose();
}

void CustomerMessageSection::compose()
{
    if (!m_request)
        return;
    CustomerMessage::Input input;
    input.request = *m_request;
    input.customerName = m_customerName;
    const Profile profile = m_context->profile();
    input.vendorName = profile.vendorName;
    if (input.vendorName.isEmpty() && m_registerVendor.first == profile.vendorOrgNumber)
        input.vendorName = m_registerVendor.second;
    input.vendorOrgNo = profile.vendorOrgNumber;
    if (m_system)
        input.systemName = m_system->name;
    input.titles = m_titles;
    const CustomerMessage::Text text = CustomerMessage::compose(input, language());
    m_composing = true;
    m_subjectEdit->setText(text.subject);
    m_bodyEdit->setPlainText(text.body);
    m_composing = false;
    m_edited = false;
}

void CustomerMessageSection::copyMessage()
{
    QApplication::clipboard()->setText(m_bodyEdit->toPlainText());
}

void CustomerMessageSection::openInEmail()
{
    QDesktopServices::openUrl(
        CustomerMessage::mailtoUrl(QString(), m_subjectEdit->text(), m_bodyEdit->toPlainText()));
}
