#include "onboarding/PublishSystemFlow.h"

#include "altinn/ServerFieldMapping.h"

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;
using Altinn::SystemDefinition;
using Field = Altinn::SystemRegisterClient::Field;

namespace Onboarding {

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
