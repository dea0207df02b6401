#include "sandbox/ControlApi.h"

#include "model/JsonObjectReader.h"
#include "sandbox/ChangeRequestApi.h"
#include "sandbox/RequestViews.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDecisions.h"
#include "sandbox/TestPersons.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxAdvanceDays = 3650;
// GET /sandbox/organisations answers a page at a time: with thousands of synthetic organisations one
// answer of everything would be megabytes. The default page holds the whole seed catalogue.
constexpr int DefaultOrganisationPage = 1000;
constexpr int MaxOrganisationPage = 10000;

SandboxResponse error(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, message}});
}

/// The request of any type as the vendor API would show it (GET by id), after the decision.
QJsonValue requestJson(const SandboxContext &context, SandboxDecisions::RequestType type, const QString &id)
{
    if (type == SandboxDecisions::RequestType::Change) {
        const auto it = context.state.changeRequests.constFind(id);
        if (it != context.state.changeRequests.cend())
            return ChangeRequestApi::responseFor(context, *it).toJson();
    } else {
        const auto it = context.state.requests.constFind(id);
        if (it != context.state.requests.cend())
            return RequestViews::request(context, *it, RequestViews::Escalated::Stored).toJson();
    }
    return QJsonValue::Null;
}

/// The acting person of a decision: {"person": "person-2"} in the body; the full access manager (or, for
/// escalate, the general manager) without a body, with `{}` or without the member.
std::optional<QString> personOf(const SandboxRequest &request, const QString &fallback, QString *message)
{
    if (request.body.trimmed().isEmpty())
        return fallback;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *message = u"the body must be empty or a JSON object, e.g. {\"person\": \"person-2\"}"_s;
        return std::nullopt;
    }
    const Altinn::JsonObjectReader reader(document.object());
    const QJsonValue person = reader.value(u"person");
    if (person.isUndefined() || person.isNull())
        return fallback;
    if (!person.isString() || person.toString().trimmed().isEmpty()) {
        *message =
            u"person must be a person id such as \"person-1\" (GET /sandbox/organisations/{orgNo}/persons "
            u"lists them)"_s;
        return std::nullopt;
    }
    return person.toString().trimmed();
}

using SandboxDecisions::Action;

SandboxResponse decide(const SandboxRequest &request, SandboxContext &context, Action action)
{
    // Ids are stored as lowercase GUIDs; any GUID spelling is accepted here.
    const QString rawId = request.parameter(u"id"_s);
    const QString id = SandboxBinding::parseGuid(rawId).value_or(rawId);
    const auto type = SandboxDecisions::typeOf(context, id);
    if (!type)
        return SandboxDecisions::problemFor(context, SandboxDecisions::Outcome::NotFound);
    QString message;
    const auto person = personOf(request,
        action == Action::Escalate ? TestPersons::defaultEscalatorId() : TestPersons::defaultApproverId(),
        &message);
    if (!person)
        return error(400, message);
    const SandboxDecisions::Decision decision = SandboxDecisions::act(context, id, action, *person);
    if (!decision.isDone())
        return SandboxDecisions::problemFor(context, decision);
    return SandboxResponse::json(200, requestJson(context, *type, id));
}

/// A person as GET …/persons shows them; with @p requestId also what approving and escalating it would do.
QJsonObject personJson(const SandboxContext &context, const TestPersons::Person &person,
    const QString &requestId, std::optional<SandboxDecisions::RequestType> type)
{
    QJsonObject object{{u"id"_s, person.id}, {u"name"_s, person.name},
        {u"roles"_s, QJsonArray::fromStringList(person.roleCodes())},
        {u"accessManager"_s, person.isAccessManager()}, {u"lacks"_s, person.lacks()},
        {u"description"_s, person.description()}};
    if (requestId.isEmpty() || !type)
        return object;
    const SandboxDecisions::Decision decision =
        SandboxDecisions::checkApproval(context, requestId, person.id);
    object.insert(u"canApprove"_s, decision.isDone());
    if (!decision.isDone()) {
        const SandboxResponse answer = SandboxDecisions::problemFor(context, decision);
        object.insert(u"problemCode"_s, QJsonDocument::fromJson(answer.body).object().value(u"code"_s));
    }
    if (!decision.reasons.isEmpty())
        object.insert(u"blocked"_s,
            QJsonDocument::fromJson(Altinn::DelegationReason::toExtension(decision.reasons).toUtf8())
                .array());
    // The role is checked before the status, so the status is read here: escalation needs a waiting request.
    const bool waiting = *type != SandboxDecisions::RequestType::Change
        && context.state.requests.value(requestId).status == Altinn::RequestStatus::New;
    object.insert(u"canEscalate"_s, !person.isAccessManager() && waiting);
    return object;
}

/// GET /sandbox/organisations/{orgNo}/persons[?requestId=]: the organisation's test persons
/// (docs/sandbox.md#who-approves).
SandboxResponse listPersons(const SandboxRequest &request, const SandboxContext &context)
{
    const QString orgNo = request.parameter(u"orgNo"_s).trimmed();
    if (!context.organisationName(orgNo))
        return error(404,
            u"organisation %1 is not in the sandbox's register (GET /sandbox/organisations)"_s.arg(orgNo));
    QString requestId;
    std::optional<SandboxDecisions::RequestType> type;
    if (request.hasQueryValue(u"requestId"_s)) {
        const QString raw = request.queryValue(u"requestId"_s).trimmed();
        requestId = SandboxBinding::parseGuid(raw).value_or(raw);
        type = SandboxDecisions::typeOf(context, requestId);
        if (!type)
            return error(
                404, u"no live request, agent request or change request has the id \"%1\""_s.arg(raw));
        if (SandboxDecisions::organisationOf(context, requestId) != orgNo)
            return error(400,
                u"request %1 is for organisation %2, not %3"_s.arg(
                    requestId, SandboxDecisions::organisationOf(context, requestId), orgNo));
    }
    QJsonArray persons;
    for (const TestPersons::Person &person : TestPersons::of(orgNo))
        persons.append(personJson(context, person, requestId, type));
    return SandboxResponse::json(200, persons);
}

SandboxResponse advanceClock(const SandboxRequest &request, SandboxContext &context)
{
    const QString text = request.queryValue(u"days"_s).trimmed();
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 1 || days > MaxAdvanceDays) {
        return error(400,
            u"days must be a whole number from 1 to %1, e.g. POST /sandbox/clock/advance?days=181 (got \"%2\")"_s
                .arg(QString::number(MaxAdvanceDays), text));
    }
    context.clock.advanceDays(days);
    context.stateChanged(); // the offset is part of the state file
    return SandboxResponse::json(200,
        QJsonObject{{u"now"_s, Altinn::formatDateTime(context.clock.now())},
            {u"clockOffsetSeconds"_s, context.clock.offsetSeconds()}});
}

SandboxResponse putSettings(const SandboxRequest &request, SandboxContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, u"the body must be a JSON object of settings, e.g. {\"problemShape\": \"v4\"}"_s);
    QString message;
    if (!context.settings.apply(document.object(), &message))
        return error(400, message);
    context.stateChanged(); // settings are saved with the state
    return SandboxResponse::json(200, context.settings.toJson());
}

SandboxResponse addFault(const SandboxRequest &request, SandboxContext &context)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return error(400,
            u"the body must be a JSON object, e.g. {\"pathPrefix\": \"authentication\", \"status\": 503}"_s);
    QString message;
    auto rule = SandboxFaults::Rule::fromJson(document.object(), &message);
    if (!rule)
        return error(400, message);
    rule->id = context.faults.add(*rule);
    return SandboxResponse::json(201, rule->toJson());
}

/// A query value that must be a whole number from @p min to @p max; @p fallback when absent.
std::optional<int> queryNumber(
    const SandboxRequest &request, const QString &name, int min, int max, int fallback)
{
    if (!request.hasQueryValue(name))
        return fallback;
    bool ok = false;
    const int number = request.queryValue(name).trimmed().toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

/// GET /sandbox/organisations[?offset=&limit=]: the register in number order, one page; X-Total-Count says
/// how many there are and a Link header (rel="next") points at the next page. O(page), whatever N is.
SandboxResponse listOrganisations(const SandboxRequest &request, const SandboxContext &context)
{
    const auto offset = queryNumber(request, u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
    if (!offset)
        return error(400, u"offset must be a whole number from 0"_s);
    const auto limit = queryNumber(request, u"limit"_s, 1, MaxOrganisationPage, DefaultOrganisationPage);
    if (!limit)
        return error(400, u"limit must be a whole number from 1 to %1"_s.arg(MaxOrganisationPage));

    const QJsonArray seeded = context.catalogue.organisations();
    const SyntheticOrganisations &synthetic = context.syntheticOrganisations();
    // The synthetic numbers are one block with no catalogue number inside it, so in number order the
    // register is: the catalogue's numbers below the block, the block, the catalogue's numbers above it.
    qsizetype below = seeded.size();
    if (synthetic.count() > 0) {
        const QString first = synthetic.orgNo(0);
        below = std::count_if(seeded.begin(), seeded.end(), [&first](const QJsonValue &value) {
            return value.toObject().value(u"orgNo"_s).toString() < first;
        });
    }
    const qsizetype total = seeded.size() + synthetic.count();
    const qsizetype end = std::min<qsizetype>(total, qsizetype{*offset} + *limit);
    QJsonArray page;
    for (qsizetype position = *offset; position < end; ++position) {
        if (position < below) {
            page.append(seeded.at(position));
        } else if (const qsizetype index = position - below; index < synthetic.count()) {
            page.append(QJsonObject{{u"orgNo"_s, synthetic.orgNo(static_cast<int>(index))},
                {u"name"_s, SyntheticOrganisations::name(static_cast<int>(index))}});
        } else {
            page.append(seeded.at(position - synthetic.count()));
        }
    }
    SandboxResponse response = SandboxResponse::json(200, page);
    response.withHeader("X-Total-Count", QByteArray::number(total));
    if (end < total) {
        const QString next = context.baseUrl().toString()
            + u"sandbox/organisations?offset=%1&limit=%2"_s.arg(
                QString::number(end), QString::number(*limit));
        response.withHeader("Link", "<" + next.toUtf8() + ">; rel=\"next\"");
    }
    return response;
}

QJsonObject stateJson(const SandboxContext &context)
{
    // The state file's shape (SandboxServer::saveState) plus the sandbox's current time.
    return {{u"state"_s, context.state.toJson()}, {u"clockOffsetSeconds"_s, context.clock.offsetSeconds()},
        {u"now"_s, Altinn::formatDateTime(context.clock.now())}, {u"settings"_s, context.settings.toJson()}};
}

} // namespace

void ControlApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/sandbox/health"_s, [&context](const SandboxRequest &) {
        const QString version = QCoreApplication::applicationVersion();
        return SandboxResponse::json(200,
            QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, version.isEmpty() ? u"unknown"_s : version},
                {u"baseUrl"_s, context.baseUrl().toString()}});
    });
    router.add("POST", u"/sandbox/reset"_s, [&context](const SandboxRequest &) {
        context.reset();
        return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.add("GET", u"/sandbox/state"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, stateJson(context)); });
    router.add("POST", u"/sandbox/requests/{id}/approve"_s,
        [&context](const SandboxRequest &request) { return decide(request, context, Action::Approve); });
    router.add("POST", u"/sandbox/requests/{id}/reject"_s,
        [&context](const SandboxRequest &request) { return decide(request, context, Action::Reject); });
    router.add("POST", u"/sandbox/requests/{id}/escalate"_s,
        [&context](const SandboxRequest &request) { return decide(request, context, Action::Escalate); });
    router.add("POST", u"/sandbox/clock/advance"_s,
        [&context](const SandboxRequest &request) { return advanceClock(request, context); });
    router.add("GET", u"/sandbox/settings"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, context.settings.toJson()); });
    router.add("PUT", u"/sandbox/settings"_s,
        [&context](const SandboxRequest &request) { return putSettings(request, context); });
    router.add("POST", u"/sandbox/faults"_s,
        [&context](const SandboxRequest &request) { return addFault(request, context); });
    router.add("GET", u"/sandbox/faults"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, context.faults.toJson()); });
    router.add("DELETE", u"/sandbox/faults"_s, [&context](const SandboxRequest &) {
        context.faults.clear();
        return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.add("GET", u"/sandbox/organisations"_s,
        [&context](const SandboxRequest &request) { return listOrganisations(request, context); });
    router.add("GET", u"/sandbox/organisations/{orgNo}/persons"_s,
        [&context](const SandboxRequest &request) { return listPersons(request, context); });
}
