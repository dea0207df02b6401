#include "wizard/SandboxCatalogueAction.h"

#include "common/Labels.h"
#include "i18n/Translator.h"
#include "session/VendorSession.h"
#include "wizard/SandboxCatalogueDialog.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SandboxCatalogueAction::SandboxCatalogueAction(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_hintLabel(Labels::hint(u"sandboxCatalogueHint"_s, this))
    , m_openButton(new QPushButton(this))
{
    setObjectName(u"sandboxCatalogueAction"_s);
    m_openButton->setObjectName(u"openSandboxCatalogueButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hintLabel, 1);
    layout->addWidget(m_openButton);
    connect(m_openButton, &QPushButton::clicked, this, &SandboxCatalogueAction::openDialog);
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        updateVisibility();
        if (m_dialog) // its session is gone: it cannot go on
            m_dialog->reject();
    });
    retranslateUi();
    updateVisibility();
}

void SandboxCatalogueAction::updateVisibility()
{
    VendorSession *session = m_context->session();
    setHidden(!session || !session->environment().isLocal());
}

void SandboxCatalogueAction::openDialog()
{
    VendorSession *session = m_context->session();
    if (!session || !session->environment().isLocal())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new SandboxCatalogueDialog(session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setLocale(Translator::localeFor(m_context->language()));
    connect(
        dialog, &SandboxCatalogueDialog::catalogueChanged, this, &SandboxCatalogueAction::catalogueChanged);
    m_dialog = dialog;
    dialog->open();
}

void SandboxCatalogueAction::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxCatalogueAction::retranslateUi()
{
    m_hintLabel->setText(
        tr("Missing a resource or access package your service uses? Add it to the sandbox as "
           "TT02 has it."));
    m_openButton->setText(tr("Add to the sandbox's catalogu&e…"));
    m_openButton->setAccessibleName(
        tr("Add resources, access packages or test organisations to the sandbox"));
}
