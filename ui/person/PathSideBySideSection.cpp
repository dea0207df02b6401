#include "person/PathSideBySideSection.h"

#include "altinn/AltinnScopes.h"
#include "altinn/TokenClaimsExplainer.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/ScreenMasking.h"
#include "person/PersonInstanceSection.h"
#include "validation/OrgNumber.h"
#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::AppInstanceFlow;

namespace {

/// The external reference of the customer's live system user in the ledger; empty = the org number.
QString externalRefOf(WizardContext *context, const QString &orgNo)
{
    const CustomerLedger *ledger = context->customers()->ledger();
    if (!ledger)
        return {};
    const QList<CustomerRecord> records = ledger->forOrganisation(orgNo);
    for (const CustomerRecord &record : records) {
        if (record.state == CustomerState::Approved || record.state == CustomerState::ChangePending)
            return record.externalRef;
    }
    return {};
}

QString firstString(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().first().toString() : value.toString();
}

} // namespace

PathSideBySideSection::PathSideBySideSection(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"sideBySideHeading"_s, this))
    , m_intro(Labels::hint(u"sideBySideIntro"_s, this))
    , m_runButton(new QPushButton(this))
    , m_availability(Labels::hint(u"sideBySideAvailability"_s, this))
    , m_status(new OperationStatus(this))
    , m_grid(new QGridLayout)
    , m_personHeading(new QLabel(this))
    , m_systemUserHeading(new QLabel(this))
{
    setObjectName(u"sideBySideSection"_s);
    m_runButton->setObjectName(u"systemUserInstanceButton"_s);
    m_status->setObjectName(u"sideBySideStatus"_s);
    m_personHeading->setObjectName(u"personColumnHeading"_s);
    m_systemUserHeading->setObjectName(u"systemUserColumnHeading"_s);
    for (QLabel *heading : {m_personHeading, m_systemUserHeading}) {
        heading->setProperty("role", u"columnHeading"_s);
        heading->setWordWrap(true);
    }

    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->addWidget(m_personHeading, 0, 1);
    m_grid->addWidget(m_systemUserHeading, 0, 2);
    for (int row = 0; row < RowCount; ++row) {
        auto *rowLabel = new QLabel(this);
        rowLabel->setProperty("role", u"columnHeading"_s);
        rowLabel->setWordWrap(true);
        rowLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_rowLabels.append(rowLabel);
        m_grid->addWidget(rowLabel, row + 1, 0);
        for (int column = 0; column < 2; ++column) {
            QLabel *cell = Labels::text(u"sideBySideCell%1%2"_s.arg(row).arg(column), this);
            cell->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_cells[row][column].label = cell;
            m_grid->addWidget(cell, row + 1, column + 1);
        }
    }

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_runButton);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(buttonRow);
    layout->addWidget(m_availability);
    layout->addWidget(m_status);
    layout->addLayout(m_grid);

    connect(m_runButton, &QPushButton::clicked, this, &PathSideBySideSection::runSystemUser);
    connect(m_context, &WizardContext::sessionChanged, this, &PathSideBySideSection::forgetSession);
    connect(m_context, &WizardContext::profileChanged, this, &PathSideBySideSection::updateAvailability);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &PathSideBySideSection::renderCells);
    retranslateUi();
}

PathSideBySideSection::~PathSideBySideSection()
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
}

void PathSideBySideSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PathSideBySideSection::retranslateUi()
{
    m_heading->setText(tr("Side by side"));
    m_intro->setText(tr("Now the same app, for the same organisation, as your system's system user for "
                        "that customer — the way a system that runs unattended does it."));
    m_runButton->setText(tr("&The same with a system user"));
    m_runButton->setAccessibleName(tr("Create the same instance with the customer's system user"));
    m_personHeading->setText(tr("As a person (ID-porten)"));
    m_systemUserHeading->setText(tr("As a system user (Maskinporten)"));
    const QStringList rows{
        tr("Who acted"), tr("Token"), tr("Scopes"), tr("Who approved"), tr("Instance created")};
    for (int row = 0; row < RowCount; ++row)
        m_rowLabels.at(row)->setText(rows.at(row));
    fillPerson();
    fillSystemUser();
    updateAvailability();
}

void PathSideBySideSection::updateAvailability()
{
    const bool local = WizardSection::isLocalEnvironment(m_context);
    m_runButton->setEnabled(local && !isBusy());
    m_availability->setText(local ? QString()
                                  : tr("The system user's instance is offered on the sandbox only: here it "
                                       "would create a real one."));
    m_availability->setVisible(!local);
}

void PathSideBySideSection::forgetSession()
{
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->cancel();
        m_flow->deleteLater();
    }
    m_status->clear();
    m_systemUserOutcome.reset();
    fillSystemUser();
    updateAvailability();
}

void PathSideBySideSection::setCell(Row row, Column column, const QString &text, bool masked)
{
    Cell &cell = m_cells[row][column];
    cell.text = text;
    cell.masked = masked;
    const QString heading = column == PersonColumn ? m_personHeading->text() : m_systemUserHeading->text();
    // Read with its row and column: the grid has no table semantics for a screen reader.
    cell.label->setAccessibleDescription(heading + u", "_s + m_rowLabels.at(row)->text());
}

void PathSideBySideSection::renderCells()
{
    const ScreenMasking *masking = ScreenMasking::instance();
    for (int row = 0; row < RowCount; ++row) {
        for (const Cell &cell : m_cells[row]) {
            const QString shown = cell.masked ? masking->maskText(cell.text) : cell.text;
            cell.label->setText(shown);
            cell.label->setToolTip(shown == cell.text ? QString() : ScreenMasking::maskedNote());
        }
    }
}

void PathSideBySideSection::setPersonLogin(const QString &pid, const QStringList &scopes)
{
    m_pid = pid;
    m_personScopes = scopes;
    if (pid.isEmpty())
        m_personOutcome.reset();
    fillPerson();
}

void PathSideBySideSection::setPersonOutcome(
    const std::optional<Onboarding::PersonAppInstanceFlow::Outcome> &outcome)
{
    m_personOutcome = outcome;
    fillPerson();
}

void PathSideBySideSection::fillPerson()
{
    const QString none = tr("Not yet: log in above.");
    if (m_pid.isEmpty()) {
        setCell(WhoActed, PersonColumn, none);
        for (const Row row : {TokenKind, Scopes, WhoApproved, InstanceCreated})
            setCell(row, PersonColumn, QStringLiteral("—"));
    } else {
        ScreenMasking::instance()->remember(m_pid);
        setCell(WhoActed, PersonColumn, tr("The person with national identity number %1").arg(m_pid), true);
        setCell(TokenKind, PersonColumn,
            tr("ID-porten access token (the person's pid), exchanged for an Altinn token"));
        setCell(Scopes, PersonColumn, m_personScopes.join(u' '));
        setCell(WhoApproved, PersonColumn,
            tr("Nobody beforehand: the person logged in, and the app checked their role at the "
               "organisation."));
        QString instance = tr("Not yet: create an instance as this person above.");
        if (m_personOutcome)
            instance = PersonInstanceSection::describe(
                *m_personOutcome, WizardSection::isLocalEnvironment(m_context));
        setCell(InstanceCreated, PersonColumn, instance);
    }
    renderCells();
}

void PathSideBySideSection::fillSystemUser()
{
    if (!m_systemUserOutcome) {
        setCell(WhoActed, SystemUserColumn, tr("Not yet: use the button above."));
        for (const Row row : {TokenKind, Scopes, WhoApproved, InstanceCreated})
            setCell(row, SystemUserColumn, QStringLiteral("—"));
        renderCells();
        return;
    }
    const AppInstanceFlow::Outcome &outcome = *m_systemUserOutcome;
    const QString orgNo = ScreenMasking::instance()->maskOrganisationNumber(outcome.request.customerOrgNo);
    if (!outcome.token.isIssued()) {
        setCell(WhoActed, SystemUserColumn,
            tr("No system user acted: Maskinporten gave no system user token for %1.").arg(orgNo));
        setCell(TokenKind, SystemUserColumn, tr("None"));
        setCell(Scopes, SystemUserColumn, QStringLiteral("—"));
        setCell(WhoApproved, SystemUserColumn,
            tr("Nobody yet: the customer's access manager approves a system user request once."));
    } else {
        const QJsonObject details = Altinn::TokenClaimsExplainer::systemUserDetails(outcome.token.claims);
        const QString systemUserId = firstString(details.value(u"systemuser_id"_s));
        const QString systemId = details.value(u"system_id"_s).toString();
        setCell(WhoActed, SystemUserColumn,
            tr("The system user %1 of the system %2, for %3").arg(systemUserId, systemId, orgNo), true);
        setCell(TokenKind, SystemUserColumn,
            tr("Maskinporten system user token (the system user and the customer's organisation number)"));
        setCell(Scopes, SystemUserColumn, outcome.token.claims.value(u"scope"_s).toString());
        setCell(WhoApproved, SystemUserColumn,
            tr("The customer's access manager, once, when approving your system user request"));
    }
    if (outcome.isCreated()) {
        setCell(InstanceCreated, SystemUserColumn, tr("Created: instance %1.").arg(outcome.instance->id));
    } else {
        QString text = outcome.explanation.summary;
        if (!outcome.explanation.remedy.isEmpty())
            text += u'\n' + outcome.explanation.remedy;
        setCell(InstanceCreated, SystemUserColumn, text);
    }
    renderCells();
}

void PathSideBySideSection::runSystemUser()
{
    if (isBusy())
        return;
    VendorSession *session = m_context->session();
    if (!session) {
        m_status->showError(tr("Choose or create a profile first: the system user belongs to your system."));
        return;
    }
    const Input input = m_inputSource ? m_inputSource() : Input();
    if (input.org.isEmpty() || input.app.isEmpty()) {
        m_status->showError(
            tr("Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406."));
        return;
    }
    if (const auto problem = Validation::OrgNumber::check(input.ownerOrgNo);
        problem != Validation::OrgNumber::Problem::None) {
        m_status->showError(problem == Validation::OrgNumber::Problem::Empty
                ? tr("Enter the organisation to act for above.")
                : Validation::OrgNumber::message(problem));
        return;
    }
    AppInstanceFlow::Request request;
    request.org = input.org;
    request.app = input.app;
    request.customerOrgNo = input.ownerOrgNo;
    request.externalRef = externalRefOf(m_context, input.ownerOrgNo);
    // The scopes page 7 asks for by default: the profile's own, else one Maskinporten always grants.
    const QStringList extra = m_context->profile().scopes;
    request.scopes = extra.isEmpty() ? QStringList{Altinn::AltinnScopes::RequestRead} : extra;
    request.systemId = m_context->systemId();

    if (!m_flow) {
        m_flow = new AppInstanceFlow(session, this);
        connect(m_flow, &AppInstanceFlow::finished, this, &PathSideBySideSection::flowFinished);
    }
    m_flow->setRequest(request);
    m_status->showBusy(
        tr("Creating an instance of %1/%2 for %3 as its system user…")
            .arg(input.org, input.app, ScreenMasking::instance()->maskOrganisationNumber(input.ownerOrgNo)),
        [this] { cancel(); });
    m_flow->start();
    updateAvailability();
}

void PathSideBySideSection::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void PathSideBySideSection::flowFinished(const AppInstanceFlow::Outcome &outcome)
{
    updateAvailability();
    if (outcome.isCancelled()) {
        m_status->showInformation(outcome.answerLost()
                ? outcome.explanation.summary + u'\n' + outcome.explanation.remedy
                : tr("Stopped waiting for the app."));
        return;
    }
    m_systemUserOutcome = outcome;
    fillSystemUser();
    if (outcome.isCreated())
        m_status->showSuccess(tr("The app accepted the system user too. Compare the two columns below."));
    else if (outcome.answerLost()) // the create may have happened: no one-click second instance
        m_status->showExplanation(outcome.explanation);
    else
        m_status->showExplanation(outcome.explanation, [this] { runSystemUser(); });
}

QString PathSideBySideSection::cellText(Row row, Column column) const
{
    return m_cells[row][column].label->text();
}
