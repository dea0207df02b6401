#include "wizard/SandboxCatalogueResourceSection.h"

#include "common/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;

SandboxCatalogueResourceSection::SandboxCatalogueResourceSection(QWidget *parent)
    : SandboxCatalogueEntrySection(u"catalogueResource"_s, parent)
    , m_idLabel(new QLabel(this))
    , m_idEdit(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_ownerEdit(new QLineEdit(this))
{
    m_idEdit->setObjectName(u"catalogueResourceIdEdit"_s);
    m_titleEdit->setObjectName(u"catalogueResourceTitleEdit"_s);
    m_typeCombo->setObjectName(u"catalogueResourceTypeCombo"_s);
    m_ownerEdit->setObjectName(u"catalogueResourceOwnerEdit"_s);
    m_addButton->setObjectName(u"addCatalogueResourceButton"_s);
    m_idLabel->setBuddy(m_idEdit);
    m_titleLabel->setBuddy(m_titleEdit);
    m_typeLabel->setBuddy(m_typeCombo);
    m_ownerLabel->setBuddy(m_ownerEdit);
    m_ownerEdit->setMaxLength(20);
    m_typeCombo->addItem(QString());
    for (const QString &type : SandboxCatalogueImport::resourceTypes())
        m_typeCombo->addItem(type, type); // the registry's own names, as in every export

    auto *form = new QFormLayout;
    form->addRow(m_idLabel, m_idEdit);
    form->addRow(m_titleLabel, m_titleEdit);
    form->addRow(m_typeLabel, m_typeCombo);
    form->addRow(m_ownerLabel, m_ownerEdit);
    finishLayout(form, {m_idEdit, m_titleEdit});
    retranslateUi();
}

void SandboxCatalogueResourceSection::clear()
{
    m_idEdit->clear();
    m_titleEdit->clear();
    m_ownerEdit->clear();
    m_typeCombo->setCurrentIndex(0);
}

void SandboxCatalogueResourceSection::add()
{
    const SandboxCatalogueImport import = SandboxCatalogueImport::resource(
        m_idEdit->text(), m_titleEdit->text(), m_typeCombo->currentData().toString(), m_ownerEdit->text());
    QStringList problems;
    for (const SandboxCatalogueImport::Finding &finding : import.findings())
        problems.append(finding.message);
    if (import.hasErrors()) {
        Labels::showMessage(m_messageLabel, problems.join(u'\n'), u"error"_s);
        return;
    }
    Labels::showMessage(m_messageLabel, problems.join(u'\n'), u"warning"_s);
    Q_EMIT sendRequested(import);
}

void SandboxCatalogueResourceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxCatalogueResourceSection::retranslateUi()
{
    m_heading->setText(tr("Add one resource"));
    m_idLabel->setText(tr("Resource &id:"));
    m_idEdit->setPlaceholderText(tr("e.g. app_brg_aarsregnskap-vanlig-202406"));
    m_titleLabel->setText(tr("&Title:"));
    m_titleEdit->setPlaceholderText(tr("Shown to customers, in every language"));
    m_typeLabel->setText(tr("T&ype:"));
    m_typeCombo->setItemText(0, tr("Automatic (AltinnApp for app_… ids)"));
    m_ownerLabel->setText(tr("&Owner code:"));
    m_ownerEdit->setPlaceholderText(tr("e.g. skd or brg (optional)"));
    m_addButton->setText(tr("Add &resource"));
    m_addButton->setAccessibleName(tr("Add the resource to the sandbox's catalogue"));
    updateState();
}
