#include "wizard/SummaryPage.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/RequestClient.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemRegisterClient.h"
#include "altinn/SystemUserClient.h"
#include "common/OperationStatus.h"
#include "model/SystemDefinitionDiff.h"
#include "onboarding/OnboardingAdvice.h"
#include "onboarding/OnboardingReport.h"
#include "session/VendorSession.h"
#include "wizard/NextStepsSection.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A name in @p language, else Bokmål, else English, else any.
QString localName(const Altinn::LocalizedText &text, const QString &language)
{
    for (const QString &candidate : {language, u"nb"_s, u"en"_s}) {
        if (!text.value(candidate).isEmpty())
            return text.value(candidate);
    }
    return text.isEmpty() ? QString() : text.first();
}

} // namespace

SummaryPage::SummaryPage(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(state)
    , m_nextSteps(new NextStepsSection(this))
    , m_report(new SummaryReportSection(this))
    , m_refreshButton(new QPushButton(this))
    , m_anotherCustomerButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
{
    setObjectName(u"summaryPage"_s);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_anotherCustomerButton->setObjectName(u"anotherCustomerButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_anotherCustomerButton);
    buttons->addWidget(m_report->saveButton());
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    setTabOrder(m_report, m_anotherCustomerButton);
    setTabOrder(m_anotherCustomerButton, m_report->saveButton());
    setTabOrder(m_report->saveButton(), m_refreshButton);

    connect(m_refreshButton, &QPushButton::clicked, this, &SummaryPage::refresh);
    connect(m_report, &SummaryReportSection::saved, this, [this](bool ok, const QString &message) {
        ok ? m_status->showSuccess(message) : m_status->showError(message);
    });
    connect(m_anotherCustomerButton, &QPushButton::clicked, this, &SummaryPage::anotherCustomerRequested);
    connect(m_state, &OnboardingState::changed, this, &SummaryPage::render);
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslateUi();
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What was done, what is still pending, and what to do next."));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Ask Altinn again for the current statuses"));
    m_anotherCustomerButton->setText(tr("&Onboard another customer"));
    m_anotherCustomerButton->setAccessibleName(tr("Ask the next customer for a system user"));
}

void SummaryPage::initializePage()
{
    render();
    refresh();
}

void SummaryPage::cleanupPage()
{
    cancelCalls();
    QWizardPage::cleanupPage();
}

void SummaryPage::refresh()
{
    cancelCalls();
    m_failures.clear();
    m_system.reset();
    m_systemPublished = false;
    m_systemUsers.clear();
    if (!m_context->session()) {
        render();
        m_status->showError(
            tr("The sandbox has not started yet. Wait a moment and try again."), [this] { refresh(); });
        return;
    }
    m_status->showBusy(tr("Asking Altinn for the current statuses…"), [this] {
        cancelCalls();
        m_status->showInformation(tr("Stopped. The summary shows what was known before."));
    });
    m_refreshButton->setEnabled(false);

    ++m_pendingCalls; // the catalogue names
    const int generation = m_generation;
    CatalogueNames::load(
        m_context->session(), m_context->language(), this, [this, generation](const CatalogueNames &names) {
            m_names = names;
            callFinished(generation);
        });
    loadSystem();
    refreshRequests();
    loadOrganisationNames();
}

void SummaryPage::loadSystem()
{
    if (const auto published = m_state->publishedSystem()) {
        m_system = published;
        m_systemPublished = true;
        loadSystemUsers();
        return;
    }
    // Nothing published in this run: the registered system of the draft, if there is one.
    const auto draftJson = m_context->drafts()->systemDefinition(m_context->profile().id);
    if (!draftJson)
        return;
    const Altinn::SystemDefinition draft = Altinn::SystemDefinition::fromJson(*draftJson);
    if (draft.id.isEmpty())
        return;
    ++m_pendingCalls;
    QPointer<SummaryPage> self(this);
    const int generation = m_generation;
    callStarted(m_context->session()->systemRegister()->get(
        draft.id, [self, generation, draft](const Altinn::ApiResult<Altinn::SystemDefinition> &result) {
            if (!self)
                return;
            if (result.ok() && !result.value->isDeleted.value_or(false)) {
                self->m_system = *result.value;
                self->m_systemPublished =
                    Altinn::SystemDefinitionDiff::compare(*result.value, draft).isEmpty();
                self->loadSystemUsers();
                self->callFinished(generation);
            } else if (result.ok() || result.httpStatus == 404) {
                self->callFinished(generation); // not registered: the next steps say so
            } else {
                self->callFinished(generation,
                    Altinn::ErrorExplainer::explain(result.failure, tr("reading the registered system"))
                        .summary);
            }
        }));
}

void SummaryPage::loadSystemUsers()
{
    if (!m_system)
        return;
    ++m_pendingCalls;
    QPointer<SummaryPage> self(this);
    const int generation = m_generation;
    callStarted(m_context->session()->systemUsers()->listBySystem(
        m_system->id, [self, generation](const Altinn::ApiResult<QList<Altinn::SystemUser>> &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->callFinished(generation,
                    Altinn::ErrorExplainer::explain(result.failure, tr("listing the system users")).summary);
                return;
            }
            self->m_systemUsers.clear();
            for (const Altinn::SystemUser &user : *result.value) {
                if (!user.isDeleted)
                    self->m_systemUsers.append(user);
            }
            self->callFinished(generation);
        }));
}

void SummaryPage::refreshRequests()
{
    for (const Altinn::SystemUserRequestResponse &request : m_state->requests()) {
        ++m_pendingCalls;
        QPointer<SummaryPage> self(this);
        const int generation = m_generation;
        const QString customer = request.partyOrgNo;
        callStarted(m_context->session()->requests()->get(request.id, request.kind,
            [self, generation, customer](const Altinn::ApiResult<Altinn::SystemUserRequestResponse> &result) {
                if (!self)
                    return;
                if (result.ok()) {
                    self->m_state->recordRequest(*result.value);
                    self->callFinished(generation);
                } else {
                    self->callFinished(generation,
                        Altinn::ErrorExplainer::explain(
                            result.failure, tr("checking the request to %1").arg(customer))
                            .summary);
                }
            }));
    }
}

void SummaryPage::loadOrganisationNames()
{
    if (m_context->environment().kind() != Altinn::Environment::Kind::Sandbox)
        return;
    ++m_pendingCalls;
    QPointer<SummaryPage> self(this);
    const int generation = m_generation;
    m_context->sandboxOrganisations(
        this, [self, generation](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
            if (!self)
                return;
            // Names only make the report friendlier (it shows org numbers without): no failure is reported.
            if (result.ok()) {
                self->m_registerNames.clear();
                for (const Altinn::Organisation &organisation : *result.value)
                    self->m_registerNames.insert(organisation.orgNo, organisation.name);
            }
            self->callFinished(generation);
        });
}

void SummaryPage::callStarted(Altinn::ApiOperation *operation)
{
    if (operation)
        m_operations.append(operation);
}

void SummaryPage::callFinished(int generation, const QString &failure)
{
    // An answer to a refresh that was cancelled or replaced since.
    if (generation != m_generation)
        return;
    if (!failure.isEmpty() && !m_failures.contains(failure))
        m_failures.append(failure);
    m_pendingCalls = std::max(0, m_pendingCalls - 1);
    render();
    if (m_pendingCalls > 0)
        return;
    m_operations.clear();
    m_refreshButton->setEnabled(true);
    if (m_failures.isEmpty()) {
        // Written again in the new language when the user switches.
        m_status->showSuccess([at = QDateTime::currentDateTime().time()]() -> QString {
            return tr("Up to date as of %1.").arg(QLocale().toString(at, QLocale::ShortFormat));
        });
    } else {
        m_status->showError(
            tr("Some of the summary could not be brought up to date:") + u'\n' + m_failures.join(u'\n'),
            [this] { refresh(); });
    }
}

void SummaryPage::cancelCalls()
{
    ++m_generation;
    const QList<QPointer<Altinn::ApiOperation>> running = std::exchange(m_operations, {});
    for (const QPointer<Altinn::ApiOperation> &operation : running) {
        if (operation)
            operation->cancel();
    }
    m_pendingCalls = 0;
    m_refreshButton->setEnabled(true);
}

Altinn::OnboardingSummary SummaryPage::summary() const
{
    const Profile profile = m_context->profile();
    Altinn::OnboardingSummary summary;
    summary.vendorOrgNo = profile.vendorOrgNumber;
    summary.organisationNames = m_registerNames;
    summary.organisationNames.insert(m_state->organisationNames()); // what the run looked up wins
    summary.vendorName = profile.vendorName.isEmpty()
        ? summary.organisationNames.value(profile.vendorOrgNumber)
        : profile.vendorName;
    summary.environmentName = m_context->environment().displayName();
    Altinn::OnboardingAdvice::Facts facts;
    facts.environment = m_context->environment().kind();
    facts.systemPublished = m_systemPublished;
    if (m_system) {
        summary.systemId = m_system->id;
        summary.systemName = localName(m_system->name, m_context->language());
        for (const Altinn::Right &right : m_system->rights.value_or(QList<Altinn::Right>{}))
            summary.registeredRights.append(
                m_names.right(right.resourceId().isEmpty() ? right.identityKey() : right.resourceId()));
        for (const Altinn::AccessPackageRef &package :
            m_system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{}))
            summary.registeredPackages.append(m_names.package(package.urn));
        facts.clientIds = m_system->clientIds;
    }
    summary.requests = m_state->requests();
    summary.systemUsers = m_systemUsers;
    summary.tokenTest = m_state->tokenTest();
    Altinn::OnboardingAdvice::fill(summary, facts);
    return summary;
}

QString SummaryPage::reportHtml() const
{
    return Altinn::OnboardingReport::html(summary());
}

void SummaryPage::render()
{
    const Altinn::OnboardingSummary current = summary();
    // What to do next is what the user came for: above the report, not only at its end.
    m_nextSteps->setSteps(current.nextSteps);
    m_report->setReport(Altinn::OnboardingReport::html(current),
        Altinn::OnboardingReport::suggestedFileName(current, u"html"_s));
}

bool SummaryPage::saveReport(const QString &path, Format format, QString *error) const
{
    return SummaryReportSection::writeReport(reportHtml(), path, format, error);
}
