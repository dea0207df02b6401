#include "wizard/SandboxCatalogueOrganisationSection.h"

#include "common/Labels.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;

SandboxCatalogueOrganisationSection::SandboxCatalogueOrganisationSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"catalogueOrganisationHeading"_s, this))
    , m_orgNoLabel(new QLabel(this))
    , m_orgNoEdit(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_messageLabel(Labels::fieldMessage(u"catalogueOrganisationMessage"_s, this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(u"catalogueOrganisationSection"_s);
    m_orgNoEdit->setObjectName(u"catalogueOrgNoEdit"_s);
    m_nameEdit->setObjectName(u"catalogueOrgNameEdit"_s);
    m_addButton->setObjectName(u"addCatalogueOrganisationButton"_s);
    m_addButton->setAutoDefault(false);
    m_orgNoLabel->setBuddy(m_orgNoEdit);
    m_nameLabel->setBuddy(m_nameEdit);
    m_orgNoEdit->setMaxLength(20);

    auto *form = new QFormLayout;
    form->addRow(m_orgNoLabel, m_orgNoEdit);
    form->addRow(m_nameLabel, m_nameEdit);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_messageLabel, 1);
    buttonRow->addWidget(m_addButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttonRow);

    connect(m_addButton, &QPushButton::clicked, this, &SandboxCatalogueOrganisationSection::add);
    for (QLineEdit *edit : {m_orgNoEdit, m_nameEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            Labels::showMessage(m_messageLabel, {}, u"hint"_s);
            updateState();
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_addButton->isEnabled())
                add();
        });
    }
    retranslateUi();
}

void SandboxCatalogueOrganisationSection::setSending(bool sending)
{
    m_sending = sending;
    updateState();
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

void SandboxCatalogueOrganisationSection::updateState()
{
    m_addButton->setEnabled(
        !m_sending && !m_orgNoEdit->text().trimmed().isEmpty() && !m_nameEdit->text().trimmed().isEmpty());
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
