#include "wizard/AppInstanceSection.h"

#include "altinn/ErrorExplainer.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "validation/OrgNumber.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::AppInstanceFlow;
using Remedy = Altinn::Explanation::Remedy;

AppInstanceSection::AppInstanceSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"appInstanceHeading"_s, this))
    , m_intro(Labels::hint(u"appInstanceIntro"_s, this))
    , m_createButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_result(Labels::text(u"appInstanceResult"_s, this))
    , m_remedyButton(new QPushButton(this))
{
    setObjectName(u"appInstanceSection"_s);
    m_createButton->setObjectName(u"createAppInstanceButton"_s);
    m_status->setObjectName(u"appInstanceStatus"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();
    m_remedyButton->setObjectName(u"appInstanceRemedyButton"_s);
    m_remedyButton->hide();

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_createButton);
    buttonRow->addStretch(1);
    auto *remedyRow = new QHBoxLayout;
    remedyRow->addWidget(m_remedyButton);
    remedyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addLayout(remedyRow);
    setTabOrder(m_createButton, m_remedyButton);

    connect(m_createButton, &QPushButton::clicked, this, &AppInstanceSection::create);
    connect(m_remedyButton, &QPushButton::clicked, this, &AppInstanceSection::customerRequestRequested);
    connect(m_context, &WizardContext::sessionChanged, this, &AppInstanceSection::forgetSession);
    connect(m_context, &WizardContext::profileChanged, this, &AppInstanceSection::updateVisibility);

    setSystemRights({});
    updateVisibility();
}

AppInstanceSection::~AppInstanceSection()
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
}

QWidget *AppInstanceSection::firstInTabOrder() const
{
    return m_createButton;
}

QWidget *AppInstanceSection::lastInTabOrder() const
{
    return m_remedyButton;
}

void AppInstanceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AppInstanceSection::retranslateUi()
{
    m_heading->setText(tr("Call an app as the system user (sandbox)"));
    m_intro->setText(
        tr("Your system's last step: with the system user token it creates an instance of an Altinn "
           "app for the customer. Every app of the sandbox catalogue is simulated here; the app "
           "checks that the customer's system user holds the app's right, as a real app does."));
    m_createButton->setText(tr("Create an instance of %1 for this customer").arg(appId()));
    m_createButton->setAccessibleName(
        tr("Create an instance of the app %1 for the chosen customer").arg(appId()));
    m_remedyButton->setText(tr("Ask the customer for the right…"));
    m_remedyButton->setAccessibleName(
        tr("Go to the customer request page to ask the customer for the right"));
}

void AppInstanceSection::setSystemRights(const QStringList &resourceIds)
{
    const auto [org, app] = AppInstanceFlow::suggestedApp(resourceIds);
    m_org = org;
    m_app = app;
    retranslateUi();
}

QString AppInstanceSection::appId() const
{
    return m_org + u'/' + m_app;
}

void AppInstanceSection::updateVisibility()
{
    // Only the sandbox simulates the apps: a real app would create a real instance for a real customer.
    setVisible(WizardSection::isLocalEnvironment(m_context));
}

void AppInstanceSection::forgetSession()
{
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_status->clear();
    m_createButton->setEnabled(true);
    clearResult();
    updateVisibility();
}

void AppInstanceSection::clearResult()
{
    m_instanceId.clear();
    m_result->clear();
    m_result->hide();
    m_remedyButton->hide();
}

void AppInstanceSection::create()
{
    if (isBusy())
        return;
    VendorSession *session = m_context->session();
    if (!session) {
        m_status->showError(m_context->hasProfile()
                ? tr("The sandbox has not started yet. Wait a moment and try again.")
                : tr("Choose or create a profile on the first page."));
        return;
    }
    const Input input = m_inputSource ? m_inputSource() : Input();
    if (const auto problem = Validation::OrgNumber::check(input.customerOrgNo);
        problem != Validation::OrgNumber::Problem::None) {
        m_status->showError(problem == Validation::OrgNumber::Problem::Empty
                ? tr("Choose a customer above first.")
                : Validation::OrgNumber::message(problem));
        return;
    }
    if (input.scopes.isEmpty()) {
        m_status->showError(tr("Enter at least one scope above: Maskinporten gives no token without one."));
        return;
    }
    AppInstanceFlow::Request request;
    request.org = m_org;
    request.app = m_app;
    request.customerOrgNo = input.customerOrgNo;
    request.externalRef = input.externalRef;
    request.scopes = input.scopes;
    request.systemId = input.systemId;

    clearResult();
    if (!m_flow) {
        m_flow = new AppInstanceFlow(session, this);
        connect(m_flow, &AppInstanceFlow::finished, this, &AppInstanceSection::finished);
    }
    m_createButton->setEnabled(false);
    m_status->showBusy(
        tr("Creating an instance of %1 for %2 as its system user…").arg(appId(), input.customerOrgNo),
        [this] { cancel(); });
    m_flow->setRequest(request);
    m_flow->start();
}

void AppInstanceSection::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void AppInstanceSection::finished(const AppInstanceFlow::Outcome &outcome)
{
    m_lastOutcome = outcome;
    m_createButton->setEnabled(true);
    const QString appId = outcome.request.org + u'/' + outcome.request.app;
    if (outcome.isCreated()) {
        m_instanceId = outcome.instance->id;
        m_status->showSuccess(tr("The app accepted the system user: instance %1 of %2 was created for %3.")
                                  .arg(m_instanceId, appId, outcome.request.customerOrgNo));
        QString text = tr("Instance: %1").arg(m_instanceId);
        if (!outcome.instance->appsSelfLink.isEmpty())
            text += u'\n'
                + tr("Address (read it with the system user token): %1").arg(outcome.instance->appsSelfLink);
        m_result->setText(text);
        m_result->show();
        Q_EMIT scrollRequested(m_result);
        return;
    }
    const Altinn::Explanation &explanation = outcome.explanation;
    if (outcome.isCancelled()) {
        m_status->showInformation(outcome.answerLost() ? explanation.summary + u'\n' + explanation.remedy
                                                       : tr("Stopped waiting for the app."));
        return;
    }
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u'\n' + explanation.remedy;
    if (!explanation.code.isEmpty())
        text += u'\n' + Altinn::ErrorExplainer::tr("Code: %1").arg(explanation.code);
    // A lost create may have happened: no one-click retry that would make a second instance.
    if (outcome.answerLost())
        m_status->showError(text);
    else
        m_status->showError(text, [this] { create(); });
    const bool askCustomer =
        explanation.action == Remedy::UseChangeRequest || explanation.action == Remedy::DeleteAndAskAgain;
    m_remedyButton->setVisible(askCustomer);
    Q_EMIT scrollRequested(m_status);
}
