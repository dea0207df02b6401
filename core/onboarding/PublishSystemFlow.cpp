#include "onboarding/PublishSystemFlow.h"

#include "altinn/ServerFieldMapping.h"
#include "onboarding/LostAnswer.h"
#include "validation/ValidationCodes.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;
using Altinn::SystemDefinition;
using Field = Altinn::SystemRegisterClient::Field;

namespace Onboarding {

namespace {

/// A create answered "system id taken" (with, at most, "client id used"), or 409: the id is registered.
bool saysAlreadyRegistered(const Altinn::ApiFailure &failure)
{
    if (failure.kind != Altinn::ApiFailure::Kind::Http)
        return false;
    if (failure.httpStatus() == 409)
        return true;
    const QStringList codes = failure.error.fieldErrorCodes();
    const QString taken = Validation::Codes::SystemIdExists.toString();
    const QString clientUsed = Validation::Codes::ClientIdInUse.toString();
    return failure.httpStatus() == 400 && codes.contains(taken)
        && std::all_of(codes.cbegin(), codes.cend(),
            [&](const QString &code) { return code == taken || code == clientUsed; });
}

} // namespace

PublishSystemFlow::PublishSystemFlow(Altinn::SystemRegisterClient *systemRegister, QObject *parent)
    : QObject(parent)
    , m_systemRegister(systemRegister)
{ }

PublishSystemFlow::~PublishSystemFlow()
{
    // The callbacks capture this: an answer after destruction must find nothing to call.
    if (m_operation)
        m_operation->cancel();
}

void PublishSystemFlow::setDefinition(const SystemDefinition &definition, Fields fields)
{
    m_definition = definition;
    m_fields = fields;
    m_known.reset();
}

QList<DefinitionChange> PublishSystemFlow::everythingAdded(const SystemDefinition &definition)
{
    SystemDefinition nothing;
    // The opposite visibility, so that the (always present) visibility setting is listed too.
    nothing.isVisible = !definition.isVisible;
    QList<DefinitionChange> changes = Altinn::SystemDefinitionDiff::compare(nothing, definition);
    for (DefinitionChange &change : changes) {
        change.kind = DefinitionChange::Kind::Added;
        change.before.clear();
    }
    return changes;
}

void PublishSystemFlow::preview()
{
    if (m_busy)
        return;
    m_busy = true;
    fetch(false);
}

void PublishSystemFlow::start()
{
    if (m_busy)
        return;
    m_busy = true;
    switch (m_action) {
    case Action::Create:
        send(true);
        return;
    case Action::Update:
        send(false);
        return;
    case Action::CreateOrUpdate:
        break;
    }
    if (!m_known) {
        fetch(true);
        return;
    }
    switch (*m_known) {
    case Outcome::Result::NotRegistered:
        send(true);
        return;
    case Outcome::Result::Changes:
        send(false);
        return;
    default:
        // Nothing to send, or nothing that can be sent (a deleted id): look again, it may have changed.
        fetch(true);
        return;
    }
}

void PublishSystemFlow::cancel()
{
    if (m_operation)
        m_operation->cancel();
}

void PublishSystemFlow::fetch(bool thenPublish)
{
    if (!m_systemRegister) {
        Outcome outcome;
        outcome.preview = !thenPublish;
        fail(outcome, Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Rejected, u"no system register"_s),
            tr("checking what is registered"));
        return;
    }
    const QPointer<PublishSystemFlow> self(this);
    m_operation = m_systemRegister->get(
        m_definition.id, [self, thenPublish](const Altinn::ApiResult<SystemDefinition> &result) {
            if (self)
                self->fetched(result, thenPublish);
        });
}

void PublishSystemFlow::fetched(const Altinn::ApiResult<SystemDefinition> &result, bool thenPublish)
{
    Outcome outcome;
    outcome.preview = !thenPublish;
    outcome.step = Outcome::Step::Fetch;
    if (result.ok()) {
        const SystemDefinition &registered = *result.value;
        outcome.registered = registered;
        outcome.sent = Altinn::SystemRegisterClient::merged(registered, m_definition, m_fields);
        if (registered.isDeleted.value_or(false)) {
            outcome.result = Outcome::Result::Deleted;
        } else {
            // Only the members being replaced can differ; with all of them, compare the definition itself.
            const SystemDefinition after = m_fields == Fields(Field::All) ? m_definition : outcome.sent;
            outcome.changes = Altinn::SystemDefinitionDiff::compare(registered, after);
            outcome.result =
                outcome.changes.isEmpty() ? Outcome::Result::NothingToChange : Outcome::Result::Changes;
        }
    } else if (result.failure.httpStatus() == 404 && m_action != Action::Update) {
        outcome.result = Outcome::Result::NotRegistered;
        outcome.sent = m_definition;
        outcome.changes = everythingAdded(m_definition);
    } else {
        fail(outcome, result.failure, tr("checking what is registered"));
        return;
    }
    m_known = outcome.result;
    const bool canSend =
        outcome.result == Outcome::Result::NotRegistered || outcome.result == Outcome::Result::Changes;
    if (thenPublish && canSend) {
        send(outcome.result == Outcome::Result::NotRegistered);
        return;
    }
    finish(outcome);
}

void PublishSystemFlow::send(bool creating)
{
    if (!m_systemRegister) {
        Outcome outcome;
        outcome.step = Outcome::Step::Send;
        fail(outcome, Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Rejected, u"no system register"_s),
            creating ? tr("registering the system") : tr("updating the system"));
        return;
    }
    const QPointer<PublishSystemFlow> self(this);
    if (creating) {
        const SystemDefinition body = m_definition;
        m_operation = m_systemRegister->create(body, [self, body](const Altinn::ApiResult<QString> &result) {
            if (self)
                self->sent(result.failure, body, true, result.value.value_or(QString()));
        });
    } else {
        // get → merge → put: members the definition does not set are kept as registered.
        m_operation = m_systemRegister->update(
            m_definition, m_fields, [self](const Altinn::ApiResult<SystemDefinition> &result) {
                if (self)
                    self->sent(result.failure, result.value.value_or(self->m_definition), false);
            });
    }
}

void PublishSystemFlow::sent(
    const Altinn::ApiFailure &failure, const SystemDefinition &body, bool creating, const QString &internalId)
{
    Outcome outcome;
    outcome.step = Outcome::Step::Send;
    outcome.sent = body;
    outcome.internalId = internalId;
    if (failure.isFailure()) {
        if (creating && failure.kind != Altinn::ApiFailure::Kind::Cancelled
            && (LostAnswer::possible(failure) || saysAlreadyRegistered(failure))) {
            reconcileCreate(failure, body);
            return;
        }
        if (failure.kind == Altinn::ApiFailure::Kind::Http && !failure.error.fieldErrors.isEmpty())
            outcome.findings = Validation::ServerFieldMapping::findings(failure.error, m_definition);
        fail(outcome, failure, creating ? tr("registering the system") : tr("updating the system"));
        return;
    }
    m_known.reset();
    outcome.result = creating ? Outcome::Result::Created : Outcome::Result::Updated;
    if (m_readBack)
        readBack(outcome);
    else
        finish(outcome);
}

void PublishSystemFlow::reconcileCreate(const Altinn::ApiFailure &failure, const SystemDefinition &body)
{
    const QPointer<PublishSystemFlow> self(this);
    m_operation = m_systemRegister->get(
        m_definition.id, [self, failure, body](const Altinn::ApiResult<SystemDefinition> &found) {
            if (self)
                self->reconciledCreate(failure, body, found);
        });
}

bool PublishSystemFlow::isOurs(const SystemDefinition &registered) const
{
    if (registered.vendorOrgNumber() != m_definition.vendorOrgNumber())
        return false;
    // A system of our organisation that holds none of the client ids we send was set up by someone else.
    const QStringList &ours = m_definition.clientIds;
    return ours.isEmpty() || std::any_of(ours.cbegin(), ours.cend(), [&registered](const QString &id) {
        return registered.clientIds.contains(id, Qt::CaseInsensitive);
    });
}

void PublishSystemFlow::reconciledCreate(const Altinn::ApiFailure &failure, const SystemDefinition &body,
    const Altinn::ApiResult<SystemDefinition> &found)
{
    using Remedy = Altinn::Explanation::Remedy;
    const bool lost = LostAnswer::possible(failure);
    const bool serverError = failure.kind == Altinn::ApiFailure::Kind::Http;
    const QString id = m_definition.id;
    Outcome outcome;
    outcome.step = Outcome::Step::Send;
    outcome.sent = body;
    outcome.answerLost = lost;
    outcome.lookedUp = true;
    // The explanation of what the look-up found, on top of the create's own failure (its code and details).
    const auto failWith = [this, &outcome, &failure](
                              const QString &summary, const QString &remedy, Remedy action) {
        outcome.result = Outcome::Result::Failed;
        outcome.failure = failure;
        outcome.explanation = Altinn::ErrorExplainer::explain(failure, tr("registering the system"));
        outcome.explanation.summary = summary;
        outcome.explanation.remedy = remedy;
        outcome.explanation.action = action;
        outcome.explanation.fieldMessages.clear();
        finish(outcome);
    };
    if (found.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
        fail(outcome, found.failure, tr("checking whether the system was registered"));
        return;
    }
    if (!found.ok()) {
        const int status = found.failure.httpStatus();
        if (status == 403) {
            failWith(
                tr("The system id %1 is registered already, by another vendor: nothing was registered now.")
                    .arg(id),
                tr("Choose another system id."), Remedy::FixInput);
        } else if (status == 404 && lost) {
            failWith(serverError
                    ? tr("Altinn answered with a server error, and the system %1 is not registered: nothing "
                         "was created.")
                          .arg(id)
                    : tr("The answer from Altinn was lost, and the system %1 is not registered: nothing was "
                         "created.")
                          .arg(id),
                tr("Register it again."), Remedy::Retry);
        } else if (lost) {
            // Neither the answer nor the register could be read: never suggest it simply failed.
            failWith(serverError
                    ? tr("Altinn answered with a server error, and could not be asked afterwards whether the "
                         "system %1 was registered anyway: it may have been.")
                          .arg(id)
                    : tr("The answer from Altinn was lost, and Altinn could not be asked afterwards whether "
                         "the "
                         "system %1 was registered: it may have been.")
                          .arg(id),
                tr("Check again before registering it again. Registering it again is safe: a system that "
                   "is there is found and reported, never registered twice."),
                Remedy::Retry);
        } else {
            // Altinn said the id is taken, and the system cannot be read: its answer is all there is.
            outcome.lookedUp = false;
            fail(outcome, failure, tr("registering the system"));
        }
        return;
    }
    const SystemDefinition &registered = *found.value;
    outcome.registered = registered;
    if (registered.isDeleted.value_or(false)) {
        // A deleted system keeps its id for ever: the definition needs another one.
        outcome.result = Outcome::Result::Deleted;
        m_known = outcome.result;
        finish(outcome);
        return;
    }
    if (!isOurs(registered)) {
        failWith(
            tr("The system id %1 is registered already in your organisation's name, but with other client "
               "ids (%2): someone else set it up, so it was left as it is.")
                .arg(id, registered.clientIds.isEmpty() ? tr("none") : registered.clientIds.join(u", "_s)),
            tr("Choose another system id, or agree with whoever registered it before you update it."),
            Remedy::FixInput);
        return;
    }
    outcome.alreadyRegistered = !lost;
    outcome.result = Outcome::Result::Created;
    const SystemDefinition after = m_fields == Fields(Field::All)
        ? m_definition
        : Altinn::SystemRegisterClient::merged(registered, m_definition, m_fields);
    outcome.changes = Altinn::SystemDefinitionDiff::compare(registered, after);
    if (outcome.changes.isEmpty()) {
        m_known = Outcome::Result::NothingToChange;
        finish(outcome);
        return;
    }
    // Ours, but not as the definition says (a re-run with a changed file): bring it up to date.
    const QPointer<PublishSystemFlow> self(this);
    m_operation = m_systemRegister->updateFrom(registered, m_definition, m_fields,
        [self, outcome](const Altinn::ApiResult<SystemDefinition> &result) mutable {
            if (!self)
                return;
            if (!result.ok()) {
                outcome.lookedUp = false;
                if (result.failure.kind == Altinn::ApiFailure::Kind::Http
                    && !result.failure.error.fieldErrors.isEmpty())
                    outcome.findings =
                        Validation::ServerFieldMapping::findings(result.failure.error, self->m_definition);
                self->fail(outcome, result.failure,
                    tr("updating the system (it was registered already, but not as in the definition)"));
                return;
            }
            outcome.sent = *result.value;
            outcome.updatedAfterwards = true;
            self->m_known.reset();
            if (self->m_readBack)
                self->readBack(outcome);
            else
                self->finish(outcome);
        });
}

void PublishSystemFlow::readBack(Outcome outcome)
{
    const QPointer<PublishSystemFlow> self(this);
    m_operation = m_systemRegister->get(
        m_definition.id, [self, outcome](const Altinn::ApiResult<SystemDefinition> &result) mutable {
            if (!self)
                return;
            if (!result.ok()) {
                outcome.step = Outcome::Step::ReadBack;
                self->fail(outcome, result.failure,
                    tr("reading the system back (it was probably saved; select Try again to check)"));
                return;
            }
            outcome.registered = *result.value;
            self->m_known = Altinn::SystemDefinitionDiff::compare(*result.value, self->m_definition).isEmpty()
                ? Outcome::Result::NothingToChange
                : Outcome::Result::Changes;
            self->finish(outcome);
        });
}

void PublishSystemFlow::fail(Outcome outcome, const Altinn::ApiFailure &failure, const QString &operation)
{
    outcome.result = Outcome::Result::Failed;
    outcome.failure = failure;
    outcome.explanation = Altinn::ErrorExplainer::explain(failure, operation);
    if (!outcome.findings.isEmpty()) {
        // The findings say what and where, each on its field: the explanation only that it failed.
        Altinn::Explanation brief;
        brief.summary = outcome.explanation.summary;
        brief.code = outcome.explanation.code;
        brief.traceId = outcome.explanation.traceId;
        brief.action = Altinn::Explanation::Remedy::FixInput;
        outcome.explanation = brief;
    }
    finish(outcome);
}

void PublishSystemFlow::finish(const Outcome &outcome)
{
    m_busy = false;
    m_operation.clear();
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
