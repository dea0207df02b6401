#include "sandbox/AppApi.h"

#include "model/AltinnUrns.h"
#include "model/JsonNumber.h"
#include "model/JsonObjectReader.h"
#include "model/ProblemDetails.h"
#include "sandbox/AppPersonAuthorization.h"
#include "sandbox/AuthorizedPartiesApi.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 PartyIdOffset = 1000000000; // docs/sandbox.md#the-simulated-altinn-app: party ids

// ---- The app ---------------------------------------------------------------------------------------

/// The app a path names: owner code and name in lowercase, as app ids are written.
struct App
{
    QString org;
    QString name;

    QString appId() const { return org + u'/' + name; }
    QString resourceId() const { return u"app_%1_%2"_s.arg(org, name); }
};

/// A problem as ASP.NET writes it for a bare status, with what the sandbox adds: a `detail` and members
/// that say what was wrong (docs/sandbox.md#the-simulated-altinn-app).
SandboxResponse problemWithDetail(
    int status, const QString &detail, const QMap<QString, QString> &members = {})
{
    QJsonObject problem = Altinn::ProblemDetails::aspNetProblem(status, SandboxContext::newTraceId());
    problem.insert(u"detail"_s, detail);
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (!it.value().isEmpty())
            problem.insert(it.key(), it.value());
    }
    return SandboxResponse::problemJson(status, problem);
}

/// The app of the path when the catalogue has it as an AltinnApp resource; otherwise the 404 that says so.
/// A real app that does not exist has no host at all; the sandbox explains instead.
std::variant<App, SandboxResponse> findApp(const SandboxRequest &request, const SandboxContext &context)
{
    const App app{request.parameter(u"org"_s).toLower(), request.parameter(u"app"_s).toLower()};
    if (context.catalogue.resourceType(app.resourceId()) == u"AltinnApp")
        return app;
    QStringList known;
    for (const QJsonValue &resource : context.catalogue.resources()) {
        const QJsonObject object = resource.toObject();
        if (object.value(u"resourceType"_s).toString() == u"AltinnApp")
            known.append(object.value(u"identifier"_s).toString());
    }
    const QString type = context.catalogue.resourceType(app.resourceId());
    const QString why = type.isEmpty()
        ? u"the resource registry has no resource %1"_s.arg(app.resourceId())
        : u"%1 is a %2 resource, not an AltinnApp"_s.arg(app.resourceId(), type);
    return problemWithDetail(404,
        u"The sandbox has no app %1: %2. Every AltinnApp resource of the catalogue is an app here: %3."_s.arg(
            app.appId(), why, known.join(u", "_s)),
        {{u"appId"_s, app.appId()}, {u"resource"_s, app.resourceId()}});
}

// ---- Parties -----------------------------------------------------------------------------------------

QJsonObject partyJson(const SandboxContext &context, const QString &orgNo)
{
    QJsonObject party{{u"partyId"_s, AppApi::partyIdOf(orgNo).value_or(0)},
        {u"partyUuid"_s, AuthorizedPartiesApi::partyUuidOf(orgNo)}, {u"partyTypeName"_s, u"Organisation"_s},
        {u"orgNumber"_s, orgNo}, {u"isDeleted"_s, false}};
    if (const auto name = context.organisationName(orgNo))
        party.insert(u"name"_s, *name);
    return party;
}

// ---- Who is calling ----------------------------------------------------------------------------------

/// The system user a token speaks for: Maskinporten's `authorization_details` entry, which the token
/// exchange copies unchanged (docs/altinn-behaviour.md#token-exchange).
struct SystemUserClaim
{
    QString id;
    QString ownerOrgNo;
};

std::optional<SystemUserClaim> systemUserClaim(const QJsonObject &claims)
{
    const QJsonValue details = claims.value(u"authorization_details"_s);
    const QJsonArray entries = details.isObject() ? QJsonArray{details} : details.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"type"_s).toString() != Altinn::Urns::SystemUserType)
            continue;
        const QJsonValue ids = object.value(u"systemuser_id"_s);
        SystemUserClaim claim;
        // An array as Maskinporten writes it; at() is Undefined (no id) when it is empty.
        claim.id = ids.isArray() ? ids.toArray().at(0).toString() : ids.toString();
        const QString owner = object.value(u"systemuser_org"_s).toObject().value(u"ID"_s).toString();
        if (owner.startsWith(u"0192:"))
            claim.ownerOrgNo = owner.mid(5);
        if (!claim.id.isEmpty())
            return claim;
    }
    return std::nullopt;
}

/// Whether @p right lets its holder do @p action on the app: a right on the app's resource id (or the
/// older pair form urn:altinn:org + urn:altinn:app) whose action is @p action or not given.
bool grants(const Altinn::Right &right, const App &app, const QString &action)
{
    if (right.action && !right.action->isEmpty() && right.action->compare(action, Qt::CaseInsensitive) != 0)
        return false;
    if (right.resourceId().compare(app.resourceId(), Qt::CaseInsensitive) == 0)
        return true;
    QString org;
    QString name;
    for (const Altinn::AttributePair &pair : right.resource) {
        if (pair.id == u"urn:altinn:org")
            org = pair.value;
        else if (pair.id == u"urn:altinn:app")
            name = pair.value;
    }
    return org.compare(app.org, Qt::CaseInsensitive) == 0 && name.compare(app.name, Qt::CaseInsensitive) == 0
        && !name.isEmpty();
}

/**
 * What the app's decision point says for @p claims doing @p action for the organisation @p ownerOrgNo: who
 * creates (a system user's id, or a person's "person:<user id>"), or a 403. A real app answers a bare 403
 * here; the sandbox says which right is missing, for whom (docs/sandbox.md#the-simulated-altinn-app).
 */
std::variant<QString, SandboxResponse> authorize(const SandboxContext &context, const QJsonObject &claims,
    const App &app, const QString &ownerOrgNo, const QString &action)
{
    const QMap<QString, QString> common{
        {u"action"_s, action}, {u"instanceOwner"_s, ownerOrgNo}, {u"resource"_s, app.resourceId()}};
    if (AppPersonAuthorization::isPersonToken(claims)) {
        auto decision = AppPersonAuthorization::authorize(context, claims, app.appId(), ownerOrgNo, action);
        if (auto *refusal = std::get_if<AppPersonAuthorization::Refusal>(&decision)) {
            refusal->members.insert(common);
            return problemWithDetail(403, refusal->detail, refusal->members);
        }
        return std::get<QString>(decision);
    }
    const auto claim = systemUserClaim(claims);
    if (!claim) {
        QMap<QString, QString> members = common;
        members.insert(u"reason"_s, u"notSystemUser"_s);
        return problemWithDetail(403,
            u"The token is not a system user token: it has no authorization_details of type %1. Ask "
            u"Maskinporten for a system user token for %2 (a grant with authorization_details "
            u"systemuser_org), or exchange one (or a person's ID-porten token) for an Altinn token."_s.arg(
                Altinn::Urns::SystemUserType, ownerOrgNo),
            members);
    }
    QMap<QString, QString> members = common;
    members.insert(u"systemUserId"_s, claim->id);
    const SandboxSystemUserRecord *user =
        SandboxLookups::liveSystemUserById(context.state, claim->id.toLower());
    if (!user) {
        members.insert(u"reason"_s, u"systemUserNotFound"_s);
        return problemWithDetail(403,
            u"System user %1 does not exist (any more): it was deleted, so it holds no rights. The customer "
            u"must approve a new request for the system."_s.arg(claim->id),
            members);
    }
    members.insert(u"systemUserOwner"_s, user->partyOrgNo);
    if (user->partyOrgNo != ownerOrgNo) {
        members.insert(u"reason"_s, u"otherOwner"_s);
        return problemWithDetail(403,
            u"System user %1 acts for organisation %2, not for the instance owner %3. Use a system user "
            u"token for %3."_s.arg(user->id, user->partyOrgNo, ownerOrgNo),
            members);
    }
    const bool hasRight = std::any_of(user->rights.cbegin(), user->rights.cend(),
        [&app, &action](const Altinn::Right &right) { return grants(right, app, action); });
    if (!hasRight) {
        members.insert(u"reason"_s, u"missingRight"_s);
        members.insert(u"missingRight"_s, app.resourceId());
        // The catalogue does not say which resources an access package holds, so packages grant no app.
        const QString packages = user->accessPackages.isEmpty()
            ? QString()
            : u" Its access packages are not looked into: the sandbox does not know which resources a "
              u"package holds."_s;
        return problemWithDetail(403,
            u"System user %1 of organisation %2 lacks the right %3 (action %4) for %5. Add the resource %3 "
            u"to the system's rights and send the customer a change request.%6"_s.arg(
                user->id, ownerOrgNo, app.resourceId(), action, app.appId(), packages),
            members);
    }
    return user->id;
}

// ---- The instance ------------------------------------------------------------------------------------

/// The InstanceResponse a current app answers (null members left out).
QJsonObject instanceJson(const SandboxContext &context, const SandboxAppInstance &instance)
{
    const QString partyId = QString::number(AppApi::partyIdOf(instance.ownerOrgNo).value_or(0));
    const QString path = instance.org + u'/' + instance.app + u"/instances/"_s + partyId + u'/' + instance.id;
    const QString created = Altinn::formatDateTime(instance.created);
    QJsonObject object{
        {u"id"_s, QString(partyId + u'/' + instance.id)},
        {u"instanceOwner"_s,
            QJsonObject{{u"partyId"_s, partyId}, {u"organizationNumber"_s, instance.ownerOrgNo},
                {u"party"_s, partyJson(context, instance.ownerOrgNo)}}},
        {u"appId"_s, QString(instance.org + u'/' + instance.app)},
        {u"org"_s, instance.org},
        {u"selfLinks"_s,
            QJsonObject{{u"apps"_s, QString(context.baseUrl().toString() + path)},
                {u"platform"_s,
                    QString(context.baseUrl().toString() + u"storage/api/v1/instances/"_s + partyId + u'/'
                        + instance.id)}}},
        {u"process"_s,
            QJsonObject{{u"started"_s, created}, {u"startEvent"_s, u"StartEvent_1"_s},
                {u"currentTask"_s,
                    QJsonObject{{u"flow"_s, 2}, {u"started"_s, created}, {u"elementId"_s, u"Task_1"_s},
                        {u"name"_s, u"Utfylling"_s}, {u"altinnTaskType"_s, u"data"_s},
                        {u"flowType"_s, u"CompleteCurrentMoveToNext"_s}}}}},
        {u"status"_s,
            QJsonObject{{u"isArchived"_s, false}, {u"isSoftDeleted"_s, false}, {u"isHardDeleted"_s, false},
                {u"readStatus"_s, u"Read"_s}}},
        {u"completeConfirmations"_s, QJsonArray()},
        {u"data"_s, QJsonArray()},
        {u"presentationTexts"_s, QJsonObject()},
        {u"dataValues"_s, QJsonObject()},
        {u"created"_s, created},
        {u"createdBy"_s, AppPersonAuthorization::answeredCreator(instance.createdBy)},
        {u"lastChanged"_s, created},
        {u"lastChangedBy"_s, AppPersonAuthorization::answeredCreator(instance.createdBy)},
    };
    for (const auto &[name, time] : {std::pair{u"dueBefore"_s, instance.dueBefore},
             std::pair{u"visibleAfter"_s, instance.visibleAfter}}) {
        if (time.isValid())
            object.insert(name, Altinn::formatDateTime(time));
    }
    return object;
}

// ---- POST {org}/{app}/instances/create --------------------------------------------------------------

/// What the InstantiationInstance body says (prefill is accepted and ignored: the app has no data model).
struct Instantiation
{
    bool hasOwner = false;
    QString partyId;
    QString personNumber;
    QString organisationNumber;
    QDateTime dueBefore;
    QDateTime visibleAfter;
    QString sourceInstanceId;
};

using BindingErrors = QMap<QString, QStringList>;

QString conversionError(const QString &type, const QString &path)
{
    return u"The JSON value could not be converted to %1. Path: %2."_s.arg(type, path);
}

/// Binds the body like ASP.NET's JSON input formatter: the first value of the wrong type stops it.
std::variant<Instantiation, BindingErrors> bindInstantiation(const QByteArray &body)
{
    const QString parameter = u"InstantiationInstance"_s;
    const BindingErrors parameterMissing{{parameter, {u"The %1 field is required."_s.arg(parameter)}}};
    if (body.trimmed().isEmpty())
        return BindingErrors{{QString(), {u"A non-empty request body is required."_s}}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        BindingErrors errors = parameterMissing;
        errors.insert(u"$"_s,
            {document.isNull()
                    ? u"The request body is not valid JSON: %1 at byte %2."_s.arg(parseError.errorString())
                          .arg(parseError.offset)
                    : conversionError(u"Altinn.App.Core.Models.InstantiationInstance"_s, u"$"_s)});
        return errors;
    }
    const Altinn::JsonObjectReader reader(document.object());
    Instantiation bound;
    const auto fail = [&parameterMissing](const QString &type, const QString &path) {
        BindingErrors errors = parameterMissing;
        errors.insert(path, {conversionError(type, path)});
        return errors;
    };
    const auto isAbsent = [](const QJsonValue &value) {
        return value.isNull() || value.isUndefined();
    };

    const QJsonValue owner = reader.value(u"instanceOwner");
    if (!isAbsent(owner)) {
        if (!owner.isObject())
            return fail(u"Altinn.Platform.Storage.Interface.Models.InstanceOwner"_s, u"$.instanceOwner"_s);
        const Altinn::JsonObjectReader ownerReader(owner.toObject());
        const QJsonValue partyId = ownerReader.value(u"partyId");
        // Newtonsoft takes a number for the string too; a party id is a whole number.
        if (const auto number = partyId.isDouble() ? Altinn::JsonNumber::wholeNumber(partyId) : std::nullopt)
            bound.partyId = QString::number(*number);
        else if (partyId.isString())
            bound.partyId = partyId.toString();
        else if (!isAbsent(partyId))
            return fail(u"System.String"_s, u"$.instanceOwner.partyId"_s);
        for (const auto &[name, target] : {std::pair{u"personNumber"_s, &bound.personNumber},
                 std::pair{u"organisationNumber"_s, &bound.organisationNumber}}) {
            const QJsonValue value = ownerReader.value(name);
            if (value.isString())
                *target = value.toString();
            else if (!isAbsent(value))
                return fail(u"System.String"_s, u"$.instanceOwner."_s + name);
        }
        bound.hasOwner =
            !isAbsent(partyId) || ownerReader.has(u"personNumber") || ownerReader.has(u"organisationNumber");
    }
    for (const auto &[name, target] :
        {std::pair{u"dueBefore"_s, &bound.dueBefore}, std::pair{u"visibleAfter"_s, &bound.visibleAfter}}) {
        const QJsonValue value = reader.value(name);
        if (isAbsent(value))
            continue;
        *target = value.isString() ? Altinn::parseDateTime(value.toString()) : QDateTime();
        if (!target->isValid())
            return fail(u"System.Nullable`1[System.DateTime]"_s, u"$."_s + name);
    }
    const QJsonValue prefill = reader.value(u"prefill");
    if (!isAbsent(prefill) && !prefill.isObject())
        return fail(
            u"System.Collections.Generic.Dictionary`2[System.String,System.String]"_s, u"$.prefill"_s);
    const QJsonValue source = reader.value(u"sourceInstanceId");
    if (source.isString())
        bound.sourceInstanceId = source.toString();
    else if (!isAbsent(source))
        return fail(u"System.String"_s, u"$.sourceInstanceId"_s);
    return bound;
}

/// ASP.NET's JSON input formatter reads application/json, text/json and application/*+json only.
bool hasJsonContentType(const SandboxRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type == "text/json"
        || (type.startsWith("application/") && type.endsWith("+json"));
}

/// The organisation an InstanceOwner names, looked up like the app does (party id, then person number,
/// then organisation number); otherwise the 404 text the app answers.
std::variant<QString, SandboxResponse> lookUpOwner(const SandboxContext &context, const Instantiation &body)
{
    const auto notFound = [](const QString &by, const QString &value) {
        return SandboxResponse::text(404,
            u"Cannot lookup party: Failed to lookup party by %1: %2. The sandbox register knows the "
            u"organisations of GET /sandbox/organisations; their party id is 1000000000 + the organisation "
            u"number."_s.arg(by, value));
    };
    if (!body.partyId.isEmpty()) {
        bool ok = false;
        const qint64 partyId = body.partyId.toLongLong(&ok);
        const auto orgNo = ok ? AppApi::orgNoOfPartyId(partyId) : std::nullopt;
        if (!orgNo || !context.organisationName(*orgNo))
            return notFound(u"partyId"_s, body.partyId);
        return *orgNo;
    }
    if (!body.personNumber.isEmpty())
        return notFound(u"personNumber"_s, body.personNumber); // the sandbox register holds no persons
    if (!context.organisationName(body.organisationNumber))
        return notFound(u"organisationNumber"_s, body.organisationNumber);
    return body.organisationNumber;
}

SandboxResponse createInstance(const SandboxRequest &request, SandboxContext &context)
{
    const auto found = findApp(request, context);
    if (const auto *missing = std::get_if<SandboxResponse>(&found))
        return *missing;
    const App &app = std::get<App>(found);
    // [Authorize]: the token first (401 with an empty body, as the JWT handler's challenge). A raw ID-porten
    // token is 401 too: the sandbox's choice, the app takes a person's token only once exchanged.
    const auto caller = SandboxAuth::authorize(request, context, {});
    if (const auto *denied = std::get_if<SandboxResponse>(&caller))
        return *denied;
    // Then binding ([FromBody], [ApiController]).
    if (!hasJsonContentType(request))
        return context.aspNetProblem(415);
    const auto bound = bindInstantiation(request.body);
    if (const auto *errors = std::get_if<BindingErrors>(&bound))
        return context.modelStateProblem(*errors);
    const Instantiation &body = std::get<Instantiation>(bound);

    // The action's own checks, in its order.
    if (!body.sourceInstanceId.isEmpty())
        return SandboxResponse::text(400,
            u"Creating instance based on a copy from an archived instance is not enabled for this app."_s);
    if (!body.hasOwner)
        return SandboxResponse::text(400,
            u"Error: instanceOwnerPartyId query parameter is empty and InstanceOwner is missing from "
            u"instance "
            u"template. You must populate instanceOwnerPartyId or InstanceOwner"_s);
    const auto owner = lookUpOwner(context, body);
    if (const auto *notFound = std::get_if<SandboxResponse>(&owner))
        return *notFound;
    const QString ownerOrgNo = std::get<QString>(owner);
    const auto decision = authorize(context, std::get<SandboxCaller>(caller).claims, app, ownerOrgNo,
        AppPersonAuthorization::InstantiateAction);
    if (const auto *denied = std::get_if<SandboxResponse>(&decision))
        return *denied;

    SandboxAppInstance instance;
    instance.id = SandboxContext::newGuid();
    instance.org = app.org;
    instance.app = app.name;
    instance.ownerOrgNo = ownerOrgNo;
    instance.createdBy = std::get<QString>(decision);
    instance.created = context.clock.now();
    instance.dueBefore = body.dueBefore;
    instance.visibleAfter = body.visibleAfter;
    context.state.appInstances.insert(instance.id, instance);
    context.stateChanged();

    const QJsonObject json = instanceJson(context, instance);
    return SandboxResponse::json(201, json).withHeader(
        "Location", json.value(u"selfLinks"_s).toObject().value(u"apps"_s).toString().toUtf8());
}

// ---- GET {org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid} ---------------------------------

SandboxResponse getInstance(const SandboxRequest &request, const SandboxContext &context)
{
    const auto found = findApp(request, context);
    if (const auto *missing = std::get_if<SandboxResponse>(&found))
        return *missing;
    const App &app = std::get<App>(found);
    // Route constraints ({instanceOwnerPartyId:int}/{instanceGuid:guid}): no match is a bare 404.
    bool isNumber = false;
    const QString rawPartyId = request.parameter(u"instanceOwnerPartyId"_s);
    const int partyId = rawPartyId.toInt(&isNumber);
    const auto guid = SandboxBinding::parseGuid(request.parameter(u"instanceGuid"_s));
    if (!isNumber || !guid)
        return SandboxResponse::empty(404);
    const auto caller = SandboxAuth::authorize(request, context, {});
    if (const auto *denied = std::get_if<SandboxResponse>(&caller))
        return *denied;

    // Authorisation comes before the instance is read, so a stranger learns nothing about it.
    const QString ownerOrgNo = AppApi::orgNoOfPartyId(partyId).value_or(u"party %1"_s.arg(rawPartyId));
    const auto decision = authorize(
        context, std::get<SandboxCaller>(caller).claims, app, ownerOrgNo, AppPersonAuthorization::ReadAction);
    if (const auto *denied = std::get_if<SandboxResponse>(&decision))
        return *denied;
    const auto instance = context.state.appInstances.constFind(*guid);
    if (instance == context.state.appInstances.constEnd() || instance->org != app.org
        || instance->app != app.name || instance->ownerOrgNo != ownerOrgNo)
        return context.aspNetProblem(404);
    return SandboxResponse::json(200, instanceJson(context, *instance));
}

} // namespace

std::optional<qint64> AppApi::partyIdOf(const QString &orgNo)
{
    if (orgNo.size() != 9 || orgNo.front() == u'0'
        || !std::all_of(orgNo.cbegin(), orgNo.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return PartyIdOffset + orgNo.toLongLong();
}

std::optional<QString> AppApi::orgNoOfPartyId(qint64 partyId)
{
    if (partyId < PartyIdOffset + 100000000 || partyId > PartyIdOffset + 999999999)
        return std::nullopt;
    return QString::number(partyId - PartyIdOffset);
}

void AppApi::registerRoutes(Router &router, SandboxContext &context)
{
    // Three of the segments are free: the router prefers any route with more literal segments, and no
    // other route has "instances" in third place (docs/sandbox.md#the-simulated-altinn-app).
    router.add("POST", u"/{org}/{app}/instances/create"_s,
        [&context](const SandboxRequest &request) { return createInstance(request, context); });
    router.add("GET", u"/{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}"_s,
        [&context](const SandboxRequest &request) { return getInstance(request, context); });
}
