#include "SandboxHarness.h"
#include "model/DelegationReason.h"
#include "sandbox/HtmlPage.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Altinn::DelegationReason;

/// Who approves (docs/sandbox.md#who-approves): the test persons of each organisation, all-or-nothing
/// approval with Altinn's problem codes and `delegationReasons`, escalation, over the control API and the
/// pages.
class TestSandboxApprovers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOrganisationHasThreePersons();
    void personsOfARequestSayWhatApprovalWouldDo();
    void accessManagerApproves();
    void generalManagerCannotApproveOrReject();
    void missingRightFailsTheWholeApproval();
    void missingPackageIs400Auth00053();
    void undelegableResourceBlocksEveryone();
    void maskinportenSchemaHasItsOwnCode();
    void agentRequestsNeedTheRoleButNotTheRights();
    void changeRequestsNeedTheRequiredRights();
    void escalationShowsInListsButNotById();
    void changeRequestsCannotBeEscalated();
    void badPersonBodies();
    void timedOutRequestsStayApprovable();
    void pageAsksWhoApproves();
    void pageFailureExplainsAndOffersEscalation();
    void pageDelegationFailureListsWhatBlocked();
    void skiplogoutIsIgnored();
};

namespace {

const QString SystemId = u"991825827_approvers"_s;
const QString Customer = u"310904473"_s;
const QString Facilitator = u"314250052"_s;
const QString Krav = u"ske-krav-og-betalinger"_s;
const QString App = u"app_ttd_endring-av-navn-v2"_s;
const QString Undelegable = u"altinn_access_management"_s; // Systemresource, delegable: false
const QString Schema = u"jks_undelegable"_s; // MaskinportenSchema, delegable: false
const QString Package = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;
const QString RedirectUrl = u"https://vendor.example/callback?state=a%20b&x=1"_s;
const QString Base = u"authentication/api/v1/systemuser/"_s;

QJsonArray rightsJson(const QStringList &resources)
{
    QJsonArray array;
    for (const QString &resource : resources)
        array.append(Altinn::Right::forResource(resource).toJson());
    return array;
}

QJsonArray packagesJson(const QStringList &urns)
{
    QJsonArray array;
    for (const QString &urn : urns)
        array.append(QJsonObject{{u"urn"_s, urn}});
    return array;
}

/// A sandbox with one system that holds every right and package the tests ask for.
class Fixture
{
public:
    Fixture()
    {
        SandboxHarness::seedSystem(sandbox.context(), SystemId, SandboxHarness::VendorOrg,
            QList<Altinn::Right>{Altinn::Right::forResource(Krav), Altinn::Right::forResource(App),
                Altinn::Right::forResource(Undelegable), Altinn::Right::forResource(Schema)},
            QList<Altinn::AccessPackageRef>{{Package}, {ClientPackage}})
            .definition.allowedRedirectUrls = {u"https://vendor.example/callback"_s};
    }

    /// A standard request over the vendor API; its id.
    QString standard(const QStringList &rights, const QStringList &packages = {},
        const QString &externalRef = {}, bool redirect = false)
    {
        QJsonObject body{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, Customer},
            {u"rights"_s, rightsJson(rights)}, {u"accessPackages"_s, packagesJson(packages)}};
        if (!externalRef.isEmpty())
            body.insert(u"externalRef"_s, externalRef);
        if (redirect)
            body.insert(u"redirectUrl"_s, RedirectUrl);
        const auto reply = sandbox.post(Base + u"request/vendor"_s, body, sandbox.vendorToken());
        return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
    }

    QString agent(const QString &externalRef = {})
    {
        QJsonObject body{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, Facilitator},
            {u"accessPackages"_s, packagesJson({ClientPackage})}};
        if (!externalRef.isEmpty())
            body.insert(u"externalRef"_s, externalRef);
        const auto reply = sandbox.post(Base + u"request/vendor/agent"_s, body, sandbox.vendorToken());
        return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
    }

    /// POST sandbox/requests/{id}/{action} with {"person": …}, or `{}` when @p person is empty.
    SandboxHarness::Reply act(const QString &id, const QString &action, const QString &person = {})
    {
        QJsonObject body;
        if (!person.isEmpty())
            body.insert(u"person"_s, person);
        return sandbox.post(u"sandbox/requests/"_s + id + u'/' + action, body);
    }

    QString status(const QString &id)
    {
        return sandbox.get(Base + u"request/vendor/"_s + id, sandbox.vendorToken())
            .object()
            .value(u"status"_s)
            .toString();
    }

    int systemUsers()
    {
        return int(sandbox.get(Base + u"vendor/bysystem/"_s + SystemId, sandbox.vendorToken())
                       .object()
                       .value(u"data"_s)
                       .toArray()
                       .size());
    }

    SandboxHarness sandbox;
};

QList<DelegationReason> reasonsOf(const SandboxHarness::Reply &reply)
{
    return DelegationReason::fromExtension(reply.object().value(u"delegationReasons"_s).toString());
}

// ---- the pages, as a browser uses them ----

QString pagePath(const QString &page, const QString &id)
{
    return u"accessmanagement/ui/systemuser/"_s + page + u"?id="_s + id + u"&DONTCHOOSEREPORTEE=true"_s;
}

SandboxHarness::Reply getPage(SandboxHarness &sandbox, const QString &path)
{
    return sandbox.send("GET", path, {}, {}, {{"Accept-Language", "en"}});
}

QString textOf(const SandboxHarness::Reply &reply)
{
    return QString::fromUtf8(reply.body);
}

QString tokenIn(const QString &html)
{
    static const QRegularExpression field(u"<input type=\"hidden\" name=\"token\" value=\"([^\"]*)\">"_s);
    return field.match(html).captured(1);
}

/// Opens the page, then posts its form to @p decision as @p person (no person field when empty).
SandboxHarness::Reply post(SandboxHarness &sandbox, const QString &page, const QString &id,
    const QString &decision, const QString &person, const QString &extraQuery = {})
{
    const QString token = tokenIn(textOf(getPage(sandbox, pagePath(page, id))));
    QByteArray body = "token=" + QUrl::toPercentEncoding(token);
    if (!person.isEmpty())
        body += "&person=" + QUrl::toPercentEncoding(person);
    return sandbox.send("POST",
        u"accessmanagement/ui/systemuser/"_s + page + u'/' + decision + u"?id="_s + id + u"&lang=en"_s
            + extraQuery,
        body, {}, {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "en"}});
}

} // namespace

void TestSandboxApprovers::everyOrganisationHasThreePersons()
{
    Fixture f;
    const auto reply = f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray persons = reply.array();
    QCOMPARE(persons.size(), 3);
    QStringList ids;
    QSet<QString> names;
    for (const QJsonValue &value : persons) {
        const QJsonObject person = value.toObject();
        ids.append(person.value(u"id"_s).toString());
        names.insert(person.value(u"name"_s).toString());
        QVERIFY(!person.value(u"description"_s).toString().isEmpty());
        QVERIFY(!person.contains(u"canApprove"_s)); // only with a request
    }
    QCOMPARE(ids, (QStringList{u"person-1"_s, u"person-2"_s, u"person-3"_s}));
    QCOMPARE(names.size(), 3);
    QVERIFY(!names.contains(QString()));
    const QJsonObject manager = persons.at(0).toObject();
    QCOMPARE(manager.value(u"accessManager"_s), QJsonValue(true));
    QCOMPARE(manager.value(u"roles"_s).toArray(), QJsonArray{u"tilgangsstyrer"_s});
    QCOMPARE(manager.value(u"lacks"_s), QJsonValue(u"nothing"_s));
    const QJsonObject general = persons.at(1).toObject();
    QCOMPARE(general.value(u"accessManager"_s), QJsonValue(false));
    QCOMPARE(general.value(u"roles"_s).toArray(), QJsonArray{u"daglig-leder"_s});
    QCOMPARE(general.value(u"lacks"_s), QJsonValue(u"accessManagerRole"_s));
    QCOMPARE(persons.at(2).toObject().value(u"lacks"_s), QJsonValue(u"firstRequested"_s));
    QCOMPARE(persons.at(2).toObject().value(u"accessManager"_s), QJsonValue(true));

    // The same people every time; another organisation has its own, also a synthetic one.
    QCOMPARE(f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons"_s).array(), persons);
    QCOMPARE(f.sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"syntheticOrganisations"_s, 3}}).status, 200);
    const auto synthetic = f.sandbox.get(u"sandbox/organisations/350000003/persons"_s);
    QCOMPARE(synthetic.status, 200);
    QCOMPARE(synthetic.array().size(), 3);
    // No person id looks like a national identity number (eleven digits).
    for (const QJsonValue &value : synthetic.array())
        QVERIFY(
            !QRegularExpression(u"^\\d{11}$"_s).match(value.toObject().value(u"id"_s).toString()).hasMatch());

    const auto unknown = f.sandbox.get(u"sandbox/organisations/123456785/persons"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.object().value(u"error"_s).toString().contains(u"123456785"_s));
}

void TestSandboxApprovers::personsOfARequestSayWhatApprovalWouldDo()
{
    Fixture f;
    const QString id = f.standard({Krav, App});
    QVERIFY(!id.isEmpty());
    const auto reply = f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons?requestId="_s + id);
    QCOMPARE(reply.status, 200);
    const QJsonArray persons = reply.array();
    QCOMPARE(persons.at(0).toObject().value(u"canApprove"_s), QJsonValue(true));
    QCOMPARE(persons.at(0).toObject().value(u"canEscalate"_s), QJsonValue(false));
    const QJsonObject general = persons.at(1).toObject();
    QCOMPARE(general.value(u"canApprove"_s), QJsonValue(false));
    QCOMPARE(general.value(u"problemCode"_s), QJsonValue(u"AUTH-00066"_s));
    QCOMPARE(general.value(u"canEscalate"_s), QJsonValue(true));
    const QJsonObject lacking = persons.at(2).toObject();
    QCOMPARE(lacking.value(u"canApprove"_s), QJsonValue(false));
    QCOMPARE(lacking.value(u"problemCode"_s), QJsonValue(u"AUTH-00016"_s));
    const QJsonArray blocked = lacking.value(u"blocked"_s).toArray();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).toObject().value(u"id"_s), QJsonValue(Krav));
    // Nothing was decided by asking.
    QCOMPARE(f.status(id), u"New"_s);
    // Once decided, nobody can escalate it any more.
    QCOMPARE(f.act(id, u"approve"_s).status, 200);
    const QJsonArray decided =
        f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons?requestId="_s + id).array();
    QCOMPARE(decided.at(1).toObject().value(u"canEscalate"_s), QJsonValue(false));
    QCOMPARE(decided.at(0).toObject().value(u"problemCode"_s), QJsonValue(u"AUTH-00013"_s));

    QCOMPARE(
        f.sandbox.get(u"sandbox/organisations/"_s + Facilitator + u"/persons?requestId="_s + id).status, 400);
    QCOMPARE(f.sandbox
                 .get(u"sandbox/organisations/"_s + Customer + u"/persons?requestId="_s
                     + SandboxContext::newGuid())
                 .status,
        404);
}

void TestSandboxApprovers::accessManagerApproves()
{
    Fixture f;
    const QString explicitly = f.standard({Krav, App}, {Package}, u"a"_s);
    const auto reply = f.act(explicitly, u"approve"_s, u"person-1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s), QJsonValue(u"Accepted"_s));
    // Without a body (or `{}`) the full access manager approves, as before persons existed.
    const QString byDefault = f.standard({Krav}, {}, u"b"_s);
    QCOMPARE(f.sandbox.send("POST", u"sandbox/requests/"_s + byDefault + u"/approve"_s).status, 200);
    QCOMPARE(f.systemUsers(), 2);
}

void TestSandboxApprovers::generalManagerCannotApproveOrReject()
{
    Fixture f;
    const QString id = f.standard({Krav});
    for (const QString &action : {u"approve"_s, u"reject"_s}) {
        const auto reply = f.act(id, action, u"person-2"_s);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), u"AUTH-00066"_s);
        QVERIFY(reply.header("Content-Type").startsWith("application/problem+json"));
    }
    QCOMPARE(f.status(id), u"New"_s);
    QCOMPARE(f.systemUsers(), 0);
    // Person ids are matched without regard to case.
    QCOMPARE(f.act(id, u"approve"_s, u"PERSON-1"_s).status, 200);
}

void TestSandboxApprovers::missingRightFailsTheWholeApproval()
{
    Fixture f;
    const QString id = f.standard({Krav, App}, {Package});
    const auto reply = f.act(id, u"approve"_s, u"person-3"_s);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.code(), u"AUTH-00016"_s); // MissingRoleAccess for the first right
    const QList<DelegationReason> reasons = reasonsOf(reply);
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().type, DelegationReason::Type::Resource);
    QCOMPARE(reasons.first().id, Krav);
    QCOMPARE(reasons.first().codes, QStringList{u"MissingRoleAccess"_s});
    // All-or-nothing: the other right and the package were not given either.
    QCOMPARE(f.status(id), u"New"_s);
    QCOMPARE(f.systemUsers(), 0);
    // The v4 shape carries the extension too.
    QCOMPARE(f.sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"problemShape"_s, u"v4"_s}}).status, 200);
    QCOMPARE(reasonsOf(f.act(id, u"approve"_s, u"person-3"_s)), reasons);
    // An access manager who holds everything approves the same request.
    QCOMPARE(f.act(id, u"approve"_s, u"person-1"_s).status, 200);
    QCOMPARE(f.systemUsers(), 1);
}

void TestSandboxApprovers::missingPackageIs400Auth00053()
{
    Fixture f;
    const QString id = f.standard({}, {Package});
    const auto reply = f.act(id, u"approve"_s, u"person-3"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.code(), u"AUTH-00053"_s);
    const QList<DelegationReason> reasons = reasonsOf(reply);
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().type, DelegationReason::Type::Package);
    QCOMPARE(reasons.first().id, Package);
    QCOMPARE(reasons.first().codes, QStringList{u"MissingPackageAccess"_s});
    QCOMPARE(f.status(id), u"New"_s);
}

void TestSandboxApprovers::undelegableResourceBlocksEveryone()
{
    Fixture f;
    const QString id = f.standard({Krav, Undelegable});
    const auto manager = f.act(id, u"approve"_s, u"person-1"_s);
    QCOMPARE(manager.status, 403);
    QCOMPARE(manager.code(), u"AUTH-00070"_s);
    QCOMPARE(reasonsOf(manager),
        (QList{
            DelegationReason{DelegationReason::Type::Resource, Undelegable, {u"ResourceNotDelegable"_s}}}));
    // Every blocking item is listed; the first decides the code.
    const auto lacking = f.act(id, u"approve"_s, u"person-3"_s);
    QCOMPARE(lacking.code(), u"AUTH-00016"_s);
    QCOMPARE(reasonsOf(lacking),
        (QList{DelegationReason{DelegationReason::Type::Resource, Krav, {u"MissingRoleAccess"_s}},
            DelegationReason{DelegationReason::Type::Resource, Undelegable, {u"ResourceNotDelegable"_s}}}));
    QCOMPARE(f.status(id), u"New"_s);
    QCOMPARE(f.systemUsers(), 0);
}

void TestSandboxApprovers::maskinportenSchemaHasItsOwnCode()
{
    Fixture f;
    const QString id = f.standard({Schema});
    const auto reply = f.act(id, u"approve"_s);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.code(), u"AUTH-00071"_s);
    QCOMPARE(reasonsOf(reply).value(0).codes, QStringList{u"ResourceIsMaskinPortenSchema"_s});
}

void TestSandboxApprovers::agentRequestsNeedTheRoleButNotTheRights()
{
    Fixture f;
    const QString id = f.agent();
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.act(id, u"approve"_s, u"person-2"_s).code(), u"AUTH-00066"_s);
    // person-3 lacks the first package asked for, but a facilitator needs no rights to approve.
    const auto reply = f.act(id, u"approve"_s, u"person-3"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s), QJsonValue(u"Accepted"_s));
}

void TestSandboxApprovers::changeRequestsNeedTheRequiredRights()
{
    Fixture f;
    const QString userId = f.standard({Krav});
    QCOMPARE(f.act(userId, u"approve"_s).status, 200);
    const QString changeId = SandboxContext::newGuid();
    const auto created = f.sandbox.post(
        Base + u"changerequest/vendor?correlation-id="_s + changeId + u"&system-user-id="_s + userId,
        QJsonObject{
            {u"requiredRights"_s, rightsJson({App})}, {u"requiredAccessPackages"_s, packagesJson({Package})}},
        f.sandbox.vendorToken());
    QCOMPARE(created.status, 201);

    QCOMPARE(f.act(changeId, u"approve"_s, u"person-2"_s).code(), u"AUTH-00066"_s);
    const auto lacking = f.act(changeId, u"approve"_s, u"person-3"_s);
    QCOMPARE(lacking.status, 400);
    QCOMPARE(lacking.code(), u"AUTH-00001"_s); // the service's answer for a change request's rights
    QCOMPARE(reasonsOf(lacking).value(0).id, App);
    QCOMPARE(f.sandbox.get(Base + u"changerequest/vendor/"_s + changeId, f.sandbox.vendorToken())
                 .object()
                 .value(u"status"_s),
        QJsonValue(u"New"_s));
    const QJsonObject user = f.sandbox.get(u"sandbox/state"_s)
                                 .object()
                                 .value(u"state"_s)
                                 .toObject()
                                 .value(u"systemUsers"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(user.value(u"rights"_s).toArray().size(), 1); // unchanged
    QCOMPARE(f.act(changeId, u"approve"_s, u"person-1"_s).status, 200);
}

void TestSandboxApprovers::escalationShowsInListsButNotById()
{
    Fixture f;
    const QString standard = f.standard({Krav}, {}, u"kunde-1"_s);
    const QString agent = f.agent(u"byra-1"_s);
    for (const QString &id : {standard, agent}) {
        const auto reply = f.act(id, u"escalate"_s); // no person: the general manager
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"escalated"_s), QJsonValue(true));
        QCOMPARE(reply.object().value(u"status"_s), QJsonValue(u"New"_s));
        QCOMPARE(f.act(id, u"escalate"_s, u"person-2"_s).status, 200); // again: no change
    }
    const QByteArray token = f.sandbox.vendorToken();
    for (const QString &list : {u"request/vendor/bysystem/"_s, u"request/vendor/agent/bysystem/"_s}) {
        const QJsonArray data =
            f.sandbox.get(Base + list + SystemId, token).object().value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject().value(u"escalated"_s), QJsonValue(true));
    }
    // GET by id builds a fresh answer without the flag, as the service does.
    QCOMPARE(f.sandbox.get(Base + u"request/vendor/"_s + standard, token).object().value(u"escalated"_s),
        QJsonValue(false));
    QCOMPARE(f.sandbox.get(Base + u"request/vendor/agent/"_s + agent, token).object().value(u"escalated"_s),
        QJsonValue(false));
    // By external reference: the agent answer is the stored row; the standard one is built fresh, without it.
    QCOMPARE(f.sandbox
                 .get(Base + u"request/vendor/agent/byexternalref/"_s + SystemId + u'/' + Facilitator
                         + u"/byra-1"_s,
                     token)
                 .object()
                 .value(u"escalated"_s),
        QJsonValue(true));
    QCOMPARE(f.sandbox
                 .get(Base + u"request/vendor/byexternalref/"_s + SystemId + u'/' + Customer + u"/kunde-1"_s,
                     token)
                 .object()
                 .value(u"escalated"_s),
        QJsonValue(false));

    // An escalated request waits for an access manager, who approves it; then there is nothing to escalate.
    QCOMPARE(f.act(standard, u"approve"_s).status, 200);
    const auto late = f.act(standard, u"escalate"_s);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.code(), u"AUTH-00013"_s);
    QCOMPARE(f.act(SandboxContext::newGuid(), u"escalate"_s).code(), u"AUTH-00010"_s);
}

void TestSandboxApprovers::changeRequestsCannotBeEscalated()
{
    Fixture f;
    const QString userId = f.standard({Krav});
    QCOMPARE(f.act(userId, u"approve"_s).status, 200);
    const QString changeId = SandboxContext::newGuid();
    QCOMPARE(f.sandbox
                 .post(Base + u"changerequest/vendor?correlation-id="_s + changeId + u"&system-user-id="_s
                         + userId,
                     QJsonObject{{u"requiredRights"_s, rightsJson({App})}}, f.sandbox.vendorToken())
                 .status,
        201);
    const auto reply = f.act(changeId, u"escalate"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().value(u"error"_s).toString().contains(u"change request"_s));
    // The change request's page has no escalate form to post to.
    const QString html = textOf(getPage(f.sandbox, pagePath(u"changerequest"_s, changeId)));
    QVERIFY(!html.contains(u"/escalate?"_s));
    QVERIFY(post(f.sandbox, u"changerequest"_s, changeId, u"escalate"_s, u"person-2"_s).status >= 400);
    // A general manager who tries to decide is told so, without an escalate button.
    const auto refused = post(f.sandbox, u"changerequest"_s, changeId, u"approve"_s, u"person-2"_s);
    QCOMPARE(refused.status, 403);
    QVERIFY(!textOf(refused).contains(u"/escalate?"_s));
}

void TestSandboxApprovers::badPersonBodies()
{
    Fixture f;
    const QString id = f.standard({Krav});
    const auto unknown = f.act(id, u"approve"_s, u"person-9"_s);
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.object().value(u"error"_s).toString().contains(u"person-1"_s));
    QCOMPARE(f.sandbox.send("POST", u"sandbox/requests/"_s + id + u"/approve"_s, "[1]").status, 400);
    QCOMPARE(
        f.sandbox.post(u"sandbox/requests/"_s + id + u"/approve"_s, QJsonObject{{u"person"_s, 1}}).status,
        400);
    QCOMPARE(f.status(id), u"New"_s);
    // A null person is no person: the default approver.
    QCOMPARE(
        f.sandbox.post(u"sandbox/requests/"_s + id + u"/approve"_s, QJsonObject{{u"person"_s, QJsonValue()}})
            .status,
        200);
}

void TestSandboxApprovers::timedOutRequestsStayApprovable()
{
    // The service does not refuse a timed-out request
    // (docs/sandbox.md#choices-where-the-specification-is-uncertain); neither the control API nor the page
    // does.
    Fixture f;
    const QString overApi = f.standard({Krav}, {}, u"api"_s);
    const QString overPage = f.standard({Krav}, {}, u"page"_s, true);
    QCOMPARE(f.sandbox.post(u"sandbox/clock/advance?days=181"_s, QJsonObject()).status, 200);
    QCOMPARE(f.sandbox.get(Base + u"request/vendor/"_s + overApi, f.sandbox.vendorToken())
                 .object()
                 .value(u"timedOut"_s),
        QJsonValue(true));
    const auto approved = f.act(overApi, u"approve"_s);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.object().value(u"timedOut"_s), QJsonValue(true));
    QCOMPARE(approved.object().value(u"status"_s), QJsonValue(u"Accepted"_s));
    const auto page = post(f.sandbox, u"request"_s, overPage, u"approve"_s, u"person-1"_s);
    QCOMPARE(page.status, 302);
    QCOMPARE(f.status(overPage), u"Accepted"_s);
}

void TestSandboxApprovers::pageAsksWhoApproves()
{
    Fixture f;
    const QString id = f.standard({Krav, App});
    const QJsonArray persons = f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons"_s).array();
    const QString html = textOf(getPage(f.sandbox, pagePath(u"request"_s, id)));
    QVERIFY(html.contains(u"<legend>Who approves?</legend>"_s));
    for (const QJsonValue &person : persons) {
        const QString name = person.toObject().value(u"name"_s).toString();
        QVERIFY2(html.contains(HtmlPage::escape(name)), qPrintable(name));
        QVERIFY(
            html.contains(u"name=\"person\" id=\"approver-"_s + person.toObject().value(u"id"_s).toString()));
    }
    // The access manager is chosen; the others say what stops them, for this request.
    QVERIFY(html.contains(u"value=\"person-1\" checked>"_s));
    QCOMPARE(html.count(u" checked>"_s), 1);
    const QString title =
        f.sandbox.context().catalogue.resource(Krav)->value(u"title"_s).toObject().value(u"en"_s).toString();
    QVERIFY(html.contains(u"Cannot approve: cannot delegate "_s + HtmlPage::escape(title)));
    QVERIFY(html.contains(u"can escalate the request to an access manager"_s));
}

void TestSandboxApprovers::pageFailureExplainsAndOffersEscalation()
{
    Fixture f;
    const QString id = f.standard({Krav}, {}, {}, true);
    const auto refused = post(f.sandbox, u"request"_s, id, u"approve"_s, u"person-2"_s);
    QCOMPARE(refused.status, 403);
    const QString html = textOf(refused);
    QVERIFY(html.contains(u"AUTH-00066"_s));
    QVERIFY(html.contains(u"/accessmanagement/ui/systemuser/request/escalate?id="_s + id));
    QVERIFY(html.contains(u"<input type=\"hidden\" name=\"person\" value=\"person-2\">"_s));
    QCOMPARE(f.status(id), u"New"_s);

    // The failure page's own form escalates, with its own token.
    const auto escalated =
        f.sandbox.send("POST", u"accessmanagement/ui/systemuser/request/escalate?id="_s + id + u"&lang=en"_s,
            "token=" + QUrl::toPercentEncoding(tokenIn(html)) + "&person=person-2", {},
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(escalated.status, 200);
    QVERIFY(textOf(escalated).contains(HtmlPage::escape(RedirectUrl))); // the way back to the vendor
    QCOMPARE(f.sandbox.context().state.requests.value(id).escalated, true);
    QCOMPARE(f.status(id), u"New"_s);
    // The page now says so and offers no second escalation; an access manager can still approve.
    const QString after = textOf(getPage(f.sandbox, pagePath(u"request"_s, id)));
    QVERIFY(after.contains(u"The request has been escalated"_s));
    QVERIFY(!after.contains(u"/escalate?"_s));
    const auto approved = post(f.sandbox, u"request"_s, id, u"approve"_s, u"person-1"_s);
    QCOMPARE(approved.status, 302);
    QCOMPARE(QString::fromUtf8(approved.header("Location")), RedirectUrl);

    // An unknown person changes nothing.
    const QString other = f.standard({Krav}, {}, u"other"_s);
    QCOMPARE(post(f.sandbox, u"request"_s, other, u"approve"_s, u"person-7"_s).status, 400);
    QCOMPARE(f.status(other), u"New"_s);
}

void TestSandboxApprovers::pageDelegationFailureListsWhatBlocked()
{
    Fixture f;
    const QString id = f.standard({Krav, Undelegable}, {}, {}, true);
    const auto reply = post(f.sandbox, u"request"_s, id, u"approve"_s, u"person-3"_s);
    QCOMPARE(reply.status, 403);
    const QString html = textOf(reply);
    const auto title = [&f](const QString &resource) {
        return HtmlPage::escape(f.sandbox.context()
                                    .catalogue.resource(resource)
                                    ->value(u"title"_s)
                                    .toObject()
                                    .value(u"en"_s)
                                    .toString());
    };
    QVERIFY(html.contains(title(Krav)));
    QVERIFY(html.contains(title(Undelegable)));
    QVERIFY(html.contains(u"it cannot be delegated by anyone"_s));
    QVERIFY(html.contains(u"all-or-nothing"_s));
    QVERIFY(html.contains(u"AUTH-00016"_s));
    QVERIFY(html.contains(u"send a new request without it"_s)); // nobody can: the vendor must change it
    QCOMPARE(f.status(id), u"New"_s);
    QCOMPARE(f.systemUsers(), 0);

    // Without the undelegable right, the advice names the access manager who can.
    const QString fixable = f.standard({Krav}, {}, u"fixable"_s);
    const QString advice = textOf(post(f.sandbox, u"request"_s, fixable, u"approve"_s, u"person-3"_s));
    const QString manager = f.sandbox.get(u"sandbox/organisations/"_s + Customer + u"/persons"_s)
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"name"_s)
                                .toString();
    QVERIFY(advice.contains(HtmlPage::escape(manager)));
}

void TestSandboxApprovers::skiplogoutIsIgnored()
{
    Fixture f;
    const QString id = f.standard({Krav}, {}, {}, true);
    const auto page = getPage(f.sandbox, pagePath(u"request"_s, id) + u"&skiplogout=true"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(textOf(page).contains(u"<form method=\"post\""_s));
    // The portal would stay in Altinn with skiplogout; the sandbox still sends the browser back, exactly.
    const auto decided =
        post(f.sandbox, u"request"_s, id, u"approve"_s, u"person-1"_s, u"&skiplogout=true"_s);
    QCOMPARE(decided.status, 302);
    QCOMPARE(QString::fromUtf8(decided.header("Location")), RedirectUrl);
    QCOMPARE(f.status(id), u"Accepted"_s);
}

QTEST_GUILESS_MAIN(TestSandboxApprovers)
#include "TestSandboxApprovers.moc"
