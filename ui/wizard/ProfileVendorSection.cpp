#include "wizard/ProfileVendorSection.h"

#include "common/OrgNumberField.h"
#include "wizard/SandboxOrgNameLookup.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;
using Answer = OrgNumberField::NameAnswer;

ProfileVendorSection::ProfileVendorSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_label(new QLabel(this))
    , m_field(new OrgNumberField(this))
{
    setObjectName(u"vendorSection"_s);
    m_label->setBuddy(m_field->lineEdit());
    // The label sits level with the number, above its messages.
    m_label->setMinimumHeight(m_field->lineEdit()->sizeHint().height());
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(1, 1);
    m_grid->addWidget(m_label, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(m_field, 0, 1);

    const OrgNumberField::NameLookup sandbox = SandboxOrgNameLookup::create(context, [] {
        return tr("This number is not in the sandbox's register. You can still use it, but customers and "
                  "approvals work only with organisations the sandbox knows — for example %1 "
                  "(Digitaliseringsdirektoratet) as the vendor.")
            .arg(WizardContext::DemoVendorOrgNumber);
    });
    m_field->setNameLookup([this, sandbox](const QString &orgNumber, QObject *receiver,
                               std::function<void(const Answer &)> answer) {
        if (m_environment == u"sandbox") {
            sandbox(orgNumber, receiver, std::move(answer));
            return;
        }
        answer({Answer::Kind::Unavailable, {},
            tr("The name cannot be looked up from here in this environment. Check the number at "
               "brreg.no if you are unsure.")});
    });
    connect(m_field, &OrgNumberField::edited, this, &ProfileVendorSection::edited);
    connect(m_field, &OrgNumberField::nameFound, this, &ProfileVendorSection::nameFound);
    retranslateUi();
}

void ProfileVendorSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileVendorSection::retranslateUi()
{
    m_label->setText(tr("&Organisation number:"));
    m_field->lineEdit()->setToolTip(tr("Your organisation's number in the Central Coordinating Register "
                                       "(Enhetsregisteret): the vendor of the system."));
    m_field->refreshName();
}

QString ProfileVendorSection::orgNumber() const
{
    return m_field->orgNumber();
}

bool ProfileVendorSection::isValid() const
{
    return m_field->isValid();
}

QString ProfileVendorSection::vendorName() const
{
    return m_field->name();
}

void ProfileVendorSection::setVendor(const QString &orgNumber, const QString &vendorName)
{
    m_field->setOrgNumber(orgNumber, vendorName);
}

void ProfileVendorSection::setEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    m_field->forgetName();
}

void ProfileVendorSection::refreshName()
{
    m_field->refreshName();
}
