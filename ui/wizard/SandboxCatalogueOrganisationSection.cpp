#include "wizard/SandboxCatalogueOrganisationSection.h"

#include "common/Labels.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;

SandboxCatalogueOrganisationSection::SandboxCatalogueOrganisationSection(QWidget *parent)
    : SandboxCatalogueEntrySection(u"catalogueOrganisation"_s, parent)
    , m_orgNoLabel(new QLabel(this))
    , m_orgNoEdit(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
{
    m_orgNoEdit->setObjectName(u"catalogueOrgNoEdit"_s);
    m_nameEdit->setObjectName(u"catalogueOrgNameEdit"_s);
    m_addButton->setObjectName(u"addCatalogueOrganisationButton"_s);
    m_orgNoLabel->setBuddy(m_orgNoEdit);
    m_nameLabel->setBuddy(m_nameEdit);
    m_orgNoEdit->setMaxLength(20);

    auto *form = new QFormLayout;
    form->addRow(m_orgNoLabel, m_orgNoEdit);
    form->addRow(m_nameLabel, m_nameEdit);
    finishLayout(form, {m_orgNoEdit, m_nameEdit});
    retranslateUi();
}

void SandboxCatalogueOrganisationSection::clear()
{
    m_orgNoEdit->clear();
    m_nameEdit->clear();
}

void SandboxCatalogueOrganisationSection::add()
{
    const SandboxCatalogueImport import =
        SandboxCatalogueImport::organisation(m_orgNoEdit->text(), m_nameEdit->text());
    if (import.hasErrors()) {
        Labels::showMessage(m_messageLabel, import.findings().first().message, u"error"_s);
        return;
    }
    Q_EMIT sendRequested(import);
}

void SandboxCatalogueOrganisationSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxCatalogueOrganisationSection::retranslateUi()
{
    m_heading->setText(tr("Add a test organisation"));
    m_orgNoLabel->setText(tr("Organisation &number:"));
    m_orgNoEdit->setPlaceholderText(tr("Nine digits, e.g. one of TT02's test organisations"));
    m_nameLabel->setText(tr("Na&me:"));
    m_addButton->setText(tr("Add or&ganisation"));
    m_addButton->setAccessibleName(tr("Add the organisation to the sandbox's register"));
    updateState();
}
