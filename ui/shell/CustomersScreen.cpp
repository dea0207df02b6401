#include "shell/CustomersScreen.h"

#include "customers/CustomersView.h"
#include "model/SystemDefinition.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomersScreen::CustomersScreen(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_headingLabel(new QLabel(this))
    , m_systemLabel(new QLabel(this))
    , m_setUpButton(new QPushButton(this))
    , m_view(new CustomersView(this))
{
    setObjectName(u"customersScreen"_s);
    m_headingLabel->setObjectName(u"customersHeading"_s);
    m_headingLabel->setProperty("role", u"heading"_s);
    m_systemLabel->setObjectName(u"customersSystemLabel"_s);
    m_systemLabel->setWordWrap(true);
    m_setUpButton->setObjectName(u"customersSetUpSystemButton"_s);
    connect(m_setUpButton, &QPushButton::clicked, this, &CustomersScreen::setUpSystemRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_systemLabel);
    layout->addWidget(m_setUpButton, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);

    // Another profile has other customers.
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    // The view shows the desk's ledger and follows it when the session or the system changes.
    m_view->setContext(m_context);
    retranslateUi();
}

QString CustomersScreen::currentSystemId() const
{
    if (const auto published = m_context->onboarding()->publishedSystem())
        return published->id;
    if (!m_context->hasProfile())
        return {};
    if (const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id))
        return Altinn::SystemDefinition::fromJson(*draft).id;
    return {};
}

void CustomersScreen::refresh()
{
    m_systemId = currentSystemId();
    const bool ready = !m_systemId.isEmpty() && m_context->session();
    m_view->setVisible(ready);
    m_setUpButton->setVisible(!ready);
    if (!m_systemId.isEmpty())
        m_context->setSystemId(m_systemId);
    m_view->setLocale(QLocale(m_context->language()));
    retranslateUi();
}

void CustomersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Dates and counts follow the chosen language, not the system's.
        m_view->setLocale(QLocale(m_context->language()));
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CustomersScreen::retranslateUi()
{
    m_headingLabel->setText(tr("Customers"));
    if (m_systemId.isEmpty()) {
        m_systemLabel->setText(tr("There is no system for this profile yet. Set up your system first; then "
                                  "its customers, their requests and system users show here."));
    } else if (!m_context->session()) {
        m_systemLabel->setText(tr("The connection to %1 is not ready: finish the Maskinporten client and key "
                                  "of this profile first.")
                                   .arg(m_context->environment().displayName()));
    } else {
        m_systemLabel->setText(tr("Every customer of %1 in %2, and where each one stands.")
                                   .arg(m_systemId, m_context->environment().displayName()));
    }
    m_setUpButton->setText(tr("&Set up my system"));
    m_setUpButton->setAccessibleName(tr("Set up my system"));
}
