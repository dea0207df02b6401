#include "person/PersonInstanceSection.h"

#include "altinn/ErrorExplainer.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/ScreenMasking.h"
#include "onboarding/DemoScenario.h"
#include "validation/OrgNumber.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::PersonAppInstanceFlow;

PersonInstanceSection::PersonInstanceSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"personInstanceHeading"_s, this))
    , m_intro(Labels::hint(u"personInstanceIntro"_s, this))
    , m_createButton(new QPushButton(this))
    , m_availability(Labels::hint(u"personInstanceAvailability"_s, this))
    , m_status(new OperationStatus(this))
    , m_result(Labels::text(u"personInstanceResult"_s, this))
{
    setObjectName(u"personInstanceSection"_s);
    m_createButton->setObjectName(u"personCreateInstanceButton"_s);
    m_status->setObjectName(u"personInstanceStatus"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_createButton);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(buttonRow);
    layout->addWidget(m_availability);
    layout->addWidget(m_status);
    layout->addWidget(m_result);

    connect(m_createButton, &QPushButton::clicked, this, &PersonInstanceSection::create);
    connect(m_context, &WizardContext::sessionChanged, this, &PersonInstanceSection::forgetSession);
    connect(m_context, &WizardContext::profileChanged, this, &PersonInstanceSection::updateAvailability);
    retranslateUi();
}

PersonInstanceSection::~PersonInstanceSection()
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
}

void PersonInstanceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PersonInstanceSection::retranslateUi()
{
    m_heading->setText(tr("Act as the person"));
    m_intro->setText(tr("Altinn exchanges the person's ID-porten token for an Altinn token, and the app "
                        "checks that the person may act for the organisation: a role there, such as "
                        "general manager."));
    m_createButton->setText(tr("&Create an instance as this person"));
    m_createButton->setAccessibleName(tr("Create an instance of the app as the person who logged in"));
    updateAvailability();
}

void PersonInstanceSection::setLoggedIn(bool loggedIn)
{
    m_loggedIn = loggedIn;
    if (!loggedIn && !isBusy())
        clearResult();
    updateAvailability();
}

void PersonInstanceSection::updateAvailability()
{
    // Only the sandbox simulates the apps: a real app would create a real instance for a real organisation.
    const bool local = WizardSection::isLocalEnvironment(m_context);
    m_createButton->setEnabled(local && m_loggedIn && !isBusy());
    QString why;
    if (!local)
        why = tr("Creating an instance is offered on the sandbox only: here it would create a real one.");
    else if (!m_loggedIn)
        why = tr("Log in above first.");
    m_availability->setText(why);
    m_availability->setVisible(!why.isEmpty());
}

void PersonInstanceSection::forgetSession()
{
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_status->clear();
    m_lastOutcome.reset();
    clearResult();
    updateAvailability();
}

void PersonInstanceSection::clearResult()
{
    m_instanceId.clear();
    m_result->clear();
    m_result->hide();
}

void PersonInstanceSection::create()
{
    if (isBusy())
        return;
    VendorSession *session = m_context->session();
    const Input input = m_inputSource ? m_inputSource() : Input();
    if (!session || input.idportenAccessToken.isEmpty()) {
        m_status->showError(tr("Log in above first."));
        return;
    }
    if (input.org.isEmpty() || input.app.isEmpty()) {
        m_status->showError(
            tr("Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406."));
        return;
    }
    if (const auto problem = Validation::OrgNumber::check(input.ownerOrgNo);
        problem != Validation::OrgNumber::Problem::None) {
        m_status->showError(problem == Validation::OrgNumber::Problem::Empty
                ? tr("Enter the organisation the person acts for above.")
                : Validation::OrgNumber::message(problem));
        return;
    }
    PersonAppInstanceFlow::Request request;
    request.org = input.org;
    request.app = input.app;
    request.ownerOrgNo = input.ownerOrgNo;
    request.idportenAccessToken = input.idportenAccessToken;

    clearResult();
    if (!m_flow) {
        m_flow = new PersonAppInstanceFlow(session, this);
        connect(m_flow, &PersonAppInstanceFlow::finished, this, &PersonInstanceSection::flowFinished);
    }
    m_flow->setRequest(request);
    m_status->showBusy(
        tr("Creating an instance of %1/%2 for %3 as the person…")
            .arg(input.org, input.app, ScreenMasking::instance()->maskOrganisationNumber(input.ownerOrgNo)),
        [this] { cancel(); });
    m_flow->start();
    updateAvailability();
}

void PersonInstanceSection::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

QString PersonInstanceSection::describe(const PersonAppInstanceFlow::Outcome &outcome, bool sandbox)
{
    const QString orgNo = ScreenMasking::instance()->maskOrganisationNumber(outcome.request.ownerOrgNo);
    if (outcome.isCreated())
        return tr("Created: instance %1.").arg(outcome.instance->id);
    if (outcome.result == PersonAppInstanceFlow::Outcome::Result::Refused && outcome.reason == u"noRole") {
        QString text = tr("This person holds no role at %1 that lets them act here.").arg(orgNo);
        if (sandbox)
            text += u' '
                + tr("In the sandbox, log in as Kari Prøvesen (general manager of %1) or Sigrid Sandkassen.")
                      .arg(Onboarding::DemoScenario::customerOrgNumber());
        return text;
    }
    if (outcome.result == PersonAppInstanceFlow::Outcome::Result::Refused
        && outcome.reason == u"missingScope")
        return tr("The person's token lacks the scope altinn:instances.write. Log in again: the login asks "
                  "for it.");
    const Altinn::Explanation &explanation = outcome.explanation;
    QString text = explanation.summary;
    if (!explanation.remedy.isEmpty())
        text += u'\n' + explanation.remedy;
    return text;
}

void PersonInstanceSection::flowFinished(const PersonAppInstanceFlow::Outcome &outcome)
{
    m_lastOutcome = outcome;
    updateAvailability();
    if (outcome.isCreated()) {
        const Altinn::AppInstance &instance = *outcome.instance;
        m_instanceId = instance.id;
        m_status->showSuccess(tr("The app accepted the person: an instance of %1/%2 was created.")
                                  .arg(outcome.request.org, outcome.request.app));
        const ScreenMasking *masking = ScreenMasking::instance();
        QStringList lines{tr("Instance: %1").arg(instance.id),
            tr("Owner: organisation %1 (party %2)")
                .arg(masking->maskOrganisationNumber(instance.organisationNumber.isEmpty()
                             ? outcome.request.ownerOrgNo
                             : instance.organisationNumber),
                    instance.instanceOwnerPartyId)};
        if (instance.created.isValid()) {
            const QString when = QLocale().toString(instance.created.toLocalTime(), QLocale::ShortFormat);
            lines.append(instance.createdBy.isEmpty()
                    ? tr("Created: %1").arg(when)
                    : tr("Created: %1 by user %2").arg(when, masking->maskText(instance.createdBy)));
        }
        m_result->setText(lines.join(u'\n'));
        m_result->show();
        Q_EMIT finished(outcome);
        Q_EMIT scrollRequested(m_result);
        return;
    }
    if (outcome.isCancelled()) {
        m_status->showInformation(outcome.answerLost()
                ? outcome.explanation.summary + u'\n' + outcome.explanation.remedy
                : tr("Stopped waiting for the app."));
        Q_EMIT finished(outcome);
        return;
    }
    QString text = describe(outcome, WizardSection::isLocalEnvironment(m_context));
    if (!outcome.explanation.code.isEmpty())
        text += u'\n' + Altinn::ErrorExplainer::tr("Code: %1").arg(outcome.explanation.code);
    // A lost create may have happened: no one-click retry that would make a second instance.
    if (outcome.answerLost())
        m_status->showError(text, {}, outcome.explanation.details());
    else
        m_status->showError(
            text, [this] { create(); }, outcome.explanation.details());
    Q_EMIT finished(outcome);
    Q_EMIT scrollRequested(m_status);
}
