#include "wizard/SandboxCatalogueResourceSection.h"

#include "common/Labels.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;

SandboxCatalogueResourceSection::SandboxCatalogueResourceSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"catalogueResourceHeading"_s, this))
    , m_idLabel(new QLabel(this))
    , m_idEdit(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_ownerLabel(new QLabel(this))
    , m_ownerEdit(new QLineEdit(this))
    , m_messageLabel(Labels::fieldMessage(u"catalogueResourceMessage"_s, this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(u"catalogueResourceSection"_s);
    m_idEdit->setObjectName(u"catalogueResourceIdEdit"_s);
    m_titleEdit->setObjectName(u"catalogueResourceTitleEdit"_s);
    m_typeCombo->setObjectName(u"catalogueResourceTypeCombo"_s);
    m_ownerEdit->setObjectName(u"catalogueResourceOwnerEdit"_s);
    m_addButton->setObjectName(u"addCatalogueResourceButton"_s);
    m_addButton->setAutoDefault(false);
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
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_messageLabel, 1);
    buttonRow->addWidget(m_addButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttonRow);

    connect(m_addButton, &QPushButton::clicked, this, &SandboxCatalogueResourceSection::add);
    for (QLineEdit *edit : {m_idEdit, m_titleEdit}) {
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

void SandboxCatalogueResourceSection::setSending(bool sending)
{
    m_sending = sending;
    updateState();
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

void SandboxCatalogueResourceSection::updateState()
{
    m_addButton->setEnabled(
        !m_sending && !m_idEdit->text().trimmed().isEmpty() && !m_titleEdit->text().trimmed().isEmpty());
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
