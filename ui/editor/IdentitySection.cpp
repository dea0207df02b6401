#include "editor/IdentitySection.h"

#include "editor/EditorSupport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// Texts keep the translation context "SystemDefinitionEditor" they had before the editor was split
// into sections, so the existing catalogues (translations/) still translate them.

IdentitySection::IdentitySection(QWidget *parent)
    : QWidget(parent)
    , m_heading(EditorSupport::makeHeading(this, u"identityHeading"_s))
    , m_idLabel(new QLabel(this))
    , m_prefixLabel(new QLabel(this))
    , m_suffixEdit(new QLineEdit(this))
    , m_hintLabel(EditorSupport::makeHint(this, u"systemIdHintLabel"_s))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"identitySection"_s);
    m_idLabel->setObjectName(u"systemIdLabel"_s);
    m_prefixLabel->setObjectName(u"systemIdPrefixLabel"_s);
    m_prefixLabel->setProperty("role", u"idPrefix"_s);
    m_prefixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suffixEdit->setObjectName(u"systemIdSuffixEdit"_s);
    m_idLabel->setBuddy(m_suffixEdit);
    m_messageLabel->setObjectName(u"systemIdMessageLabel"_s);
    m_messageLabel->setProperty("role", u"fieldError"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(0);
    idRow->addWidget(m_prefixLabel);
    idRow->addWidget(m_suffixEdit, 1);
    auto *idGrid = new QGridLayout;
    idGrid->setHorizontalSpacing(8);
    idGrid->addWidget(m_idLabel, 0, 0);
    idGrid->addLayout(idRow, 0, 1);
    idGrid->addWidget(m_messageLabel, 1, 1);
    idGrid->addWidget(m_hintLabel, 2, 1);
    idGrid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addLayout(idGrid);

    connect(m_suffixEdit, &QLineEdit::textEdited, this, &IdentitySection::suffixEdited);
    retranslateUi();
}

void IdentitySection::setVendorOrgNumber(const QString &orgNumber)
{
    m_vendorOrgNumber = orgNumber;
    retranslateUi();
}

void IdentitySection::setSuffix(const QString &suffix)
{
    if (m_suffixEdit->text() != suffix)
        m_suffixEdit->setText(suffix);
}

void IdentitySection::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    m_suffixEdit->setAccessibleDescription(message);
    EditorSupport::setInvalid(m_suffixEdit, !message.isEmpty());
}

void IdentitySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IdentitySection::retranslateUi()
{
    m_heading->setText(QCoreApplication::translate("SystemDefinitionEditor", "System"));
    m_idLabel->setText(QCoreApplication::translate("SystemDefinitionEditor", "System &id:"));
    m_suffixEdit->setPlaceholderText(
        QCoreApplication::translate("SystemDefinitionEditor", "e.g. smartregnskap"));
    m_hintLabel->setText(QCoreApplication::translate("SystemDefinitionEditor",
        "Letters A–Z and a–z, digits, '-', '_', '.' and '~'. The id is part of web "
        "addresses and cannot be changed once the system is registered."));
    m_prefixLabel->setText(m_vendorOrgNumber.isEmpty()
            ? QCoreApplication::translate("SystemDefinitionEditor", "(org. no.)_")
            : m_vendorOrgNumber + u'_');
    m_prefixLabel->setToolTip(QCoreApplication::translate(
        "SystemDefinitionEditor", "Every system id starts with your organisation number and an underscore."));
    m_suffixEdit->setAccessibleName(
        QCoreApplication::translate("SystemDefinitionEditor", "System id after %1")
            .arg(m_prefixLabel->text()));
}
