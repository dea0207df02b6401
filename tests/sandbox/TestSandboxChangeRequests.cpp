#include "SandboxHarness.h"
#include "model/JsonObjectReader.h"
#include "sandbox/SandboxDecisions.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// Change requests (docs/altinn-behaviour.md#change-requests): the POST's rule order, the reads, the quirks
/// and the approval.
class TestSandboxChangeRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postFollowsTheRuleOrder_data();
    void postFollowsTheRuleOrder();
    void createAnswers201WithLocationAndStores();
    void allListsEmptyIsNoChangeNeededAndStoresNothing();
    void repeatedCorrelationIdReturnsTheStoredRequest();
    void redirectMatchesOnPathIgnoringQuery();
    void getByIdChecksBindingConsumerAndOwner();
    void getByExternalRefAndItsPackageQuirk();
    void listPagesAndItsTokenQuirk();
    void deleteSoftDeletesAndBlocksTheId();
    void timedOutAfter180Days();
    void problemsFollowTheConfiguredShape();
    void approvalAppliesTheChangeToTheSystemUser();
    void rejectionLeavesTheSystemUserUnchanged();
    void bodyOfWrongTypesIsABindingProblem_data();
    void bodyOfWrongTypesIsABindingProblem();
    void unknownMembersAreIgnored();
};

namespace {

const QString SystemId = u"991825827_crm"_s;
const QString NoRedirectSystemId = u"991825827_noredirect"_s;
const QString OtherSystemId = u"310547891_other"_s;
const QString Customer = u"310904473"_s;
const QString UnknownOrg = u"123456785"_s;
const QString RedirectUrl = u"https://vendor.example/callback"_s;

const QString UserId = u"11111111-1111-4111-8111-111111111111"_s;
const QString AgentUserId = u"22222222-2222-4222-8222-222222222222"_s;
const QString OtherVendorUserId = u"33333333-3333-4333-8333-333333333333"_s;
const QString UnknownPartyUserId = u"44444444-4444-4444-8444-444444444444"_s;
const QString NoRedirectUserId = u"55555555-5555-4555-8555-555555555555"_s;
const QString MissingSystemUserId = u"66666666-6666-4666-8666-666666666666"_s;
const QString DeletedUserId = u"77777777-7777-4777-8777-777777777777"_s;

const QString KravOgBetalinger = u"ske-krav-og-betalinger"_s;
const QString EndringAvNavn = u"app_ttd_endring-av-navn-v2"_s;
const QString Korrespondanse = u"korrespondanse-fra-sivilforsvaret"_s;
const QString SkattNaering = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString Jordbruk = u"urn:altinn:accesspackage:jordbruk"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;
const QString KravOgUtlegg = u"urn:altinn:accesspackage:kravogutlegg"_s;

const QString MissingCorrelationText =
    u"Missing or invalid QueryParameter: correlation-id. Generate a unique UUID (RFC 4122) for this Change "
    "Request, and add as a Query Parameter."_s;
const QString SameIdText =
    u"The correlation-id should not be the same as the system-user-id. Generate a unique id."_s;

const QString ChangePath = u"authentication/api/v1/systemuser/changerequest/vendor"_s;

void addSystem(
    SandboxContext &context, const QString &id, const QString &vendor, const QStringList &redirects)
{
    SandboxHarness::seedSystem(context, id, vendor,
        QList<Altinn::Right>{
            Altinn::Right::forResource(KravOgBetalinger), Altinn::Right::forResource(EndringAvNavn)},
        QList<Altinn::AccessPackageRef>{{SkattNaering}, {Jordbruk}, {ClientPackage}})
        .definition.allowedRedirectUrls = redirects;
}

void addSystemUser(SandboxContext &context, const QString &id, const QString &systemId,
    const QString &supplier, const QString &party, Altinn::RequestKind kind = Altinn::RequestKind::Standard,
    bool deleted = false)
{
    SandboxSystemUserRecord user;
    user.id = id;
    user.kind = kind;
    user.systemId = systemId;
    user.partyOrgNo = party;
    user.externalRef = party == Customer ? u"kunde-1"_s : party;
    user.integrationTitle = u"CRM for kunde 1"_s;
    user.supplierOrgNo = supplier;
    user.rights = {Altinn::Right::forResource(KravOgBetalinger)};
    user.accessPackages = {{SkattNaering}};
    user.created = context.clock.now();
    user.isDeleted = deleted;
    user.sequence = context.state.nextSystemUserSequence++;
    context.state.systemUsers.insert(id, user);
}

void seed(SandboxContext &context)
{
    addSystem(context, SystemId, SandboxHarness::VendorOrg, {RedirectUrl});
    addSystem(context, NoRedirectSystemId, SandboxHarness::VendorOrg, {});
    addSystem(context, OtherSystemId, SandboxHarness::OtherVendorOrg, {RedirectUrl});
    addSystemUser(context, UserId, SystemId, SandboxHarness::VendorOrg, Customer);
    addSystemUser(context, AgentUserId, SystemId, SandboxHarness::VendorOrg, u"314250052"_s,
        Altinn::RequestKind::Agent);
    addSystemUser(context, OtherVendorUserId, OtherSystemId, SandboxHarness::OtherVendorOrg, Customer);
    addSystemUser(context, UnknownPartyUserId, SystemId, SandboxHarness::VendorOrg, UnknownOrg);
    addSystemUser(context, NoRedirectUserId, NoRedirectSystemId, SandboxHarness::VendorOrg, Customer);
    addSystemUser(context, MissingSystemUserId, u"991825827_gone"_s, SandboxHarness::VendorOrg, Customer);
    addSystemUser(context, DeletedUserId, SystemId, SandboxHarness::VendorOrg, Customer,
        Altinn::RequestKind::Standard, true);
}

SandboxChangeRequestRecord storedChange(SandboxContext &context, const QString &id, const QString &systemId,
    Altinn::RequestStatus status, bool deleted = false)
{
    SandboxChangeRequestRecord record;
    record.id = id;
    record.systemUserId = UserId;
    record.systemId = systemId;
    record.partyOrgNo = Customer;
    record.externalRef = u"kunde-1"_s;
    record.change.requiredRights = {Altinn::Right::forResource(EndringAvNavn)};
    record.change.requiredAccessPackages = {{Jordbruk}};
    record.status = status;
    record.created = context.clock.now();
    record.isDeleted = deleted;
    context.state.changeRequests.insert(id, record);
    return record;
}

QJsonArray rights(const QStringList &resources)
{
    QJsonArray array;
    for (const QString &resource : resources)
        array.append(Altinn::Right::forResource(resource).toJson());
    return array;
}

QJsonArray packages(const QStringList &urns)
{
    QJsonArray array;
    for (const QString &urn : urns)
        array.append(QJsonObject{{u"urn"_s, urn}});
    return array;
}

QJsonObject addRight(const QString &resource = EndringAvNavn)
{
    return {{u"requiredRights"_s, rights({resource})}};
}

QString postPath(const QString &correlationId, const QString &systemUserId)
{
    return ChangePath + u"?correlation-id="_s + correlationId + u"&system-user-id="_s + systemUserId;
}

/// A signed token for the vendor's scopes but without the `consumer` claim.
QByteArray tokenWithoutConsumer(SandboxHarness &sandbox)
{
    const qint64 now = sandbox.context().clock.now().toSecsSinceEpoch();
    return sandbox.context().tokens.sign({{u"scope"_s, SandboxHarness::allVendorScopes().join(u' ')},
        {u"client_id"_s, u"00000000-0000-4000-8000-000000000000"_s}, {u"iat"_s, now}, {u"exp"_s, now + 120}});
}

enum Caller { Vendor, NoToken, ReadScopeOnly, NoConsumer };
enum Setup { Nothing, ForeignNewWithSameId, ForeignAcceptedWithSameId, DeletedWithSameId };

QByteArray tokenFor(SandboxHarness &sandbox, Caller caller)
{
    switch (caller) {
    case Vendor:
        return sandbox.vendorToken();
    case NoToken:
        return {};
    case ReadScopeOnly:
        return sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead});
    case NoConsumer:
        return tokenWithoutConsumer(sandbox);
    }
    return {};
}

} // namespace

void TestSandboxChangeRequests::postFollowsTheRuleOrder_data()
{
    QTest::addColumn<int>("caller");
    QTest::addColumn<int>("setup");
    QTest::addColumn<QString>("query"); ///< {cid} is replaced by a fresh correlation id
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); ///< `code` of a problem body, or "text:" + plain text, or "" (no code)

    const QString ok = u"correlation-id={cid}&system-user-id="_s + UserId;
    const QJsonObject redirectBad{{u"requiredRights"_s, rights({EndringAvNavn})},
        {u"redirectUrl"_s, u"https://vendor.example/other"_s}};

    // Authentication and binding come before the controller's own checks.
    QTest::newRow("no token") << int(NoToken) << int(Nothing) << ok << addRight() << 401 << QString();
    QTest::newRow("read scope only") << int(ReadScopeOnly) << int(Nothing) << ok << addRight() << 403
                                     << QString();
    QTest::newRow("correlation-id not a GUID")
        << int(Vendor) << int(Nothing) << u"correlation-id=abc&system-user-id="_s + UserId << addRight()
        << 400 << u"errors:correlation-id"_s;
    // The rules of docs/altinn-behaviour.md#change-requests, in order.
    QTest::newRow("correlation-id missing") << int(Vendor) << int(Nothing) << u"system-user-id="_s + UserId
                                            << addRight() << 400 << u"text:"_s + MissingCorrelationText;
    QTest::newRow("correlation-id empty GUID")
        << int(Vendor) << int(Nothing)
        << u"correlation-id=00000000-0000-0000-0000-000000000000&system-user-id="_s + UserId << addRight()
        << 400 << u"text:"_s + MissingCorrelationText;
    QTest::newRow("missing id before missing consumer")
        << int(NoConsumer) << int(Nothing) << u"system-user-id="_s + UserId << addRight() << 400
        << u"text:"_s + MissingCorrelationText;
    QTest::newRow("no consumer claim")
        << int(NoConsumer) << int(Nothing) << ok << addRight() << 401 << QString();
    QTest::newRow("system user unknown")
        << int(Vendor) << int(Nothing)
        << u"correlation-id={cid}&system-user-id="_s + SandboxContext::newGuid() << addRight() << 404
        << u"AUTH-00015"_s;
    QTest::newRow("system-user-id missing")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}"_s << addRight() << 404 << u"AUTH-00015"_s;
    QTest::newRow("system user deleted")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + DeletedUserId
        << addRight() << 404 << u"AUTH-00015"_s;
    QTest::newRow("same ids, system user unknown: not found first")
        << int(Vendor) << int(Nothing)
        << u"correlation-id=99999999-9999-4999-8999-999999999999&system-user-id=99999999-9999-4999-8999-999999999999"_s
        << addRight() << 404 << u"AUTH-00015"_s;
    QTest::newRow("correlation-id equals system-user-id")
        << int(Vendor) << int(Nothing)
        << u"correlation-id="_s + UserId.toUpper() + u"&system-user-id="_s + UserId << addRight() << 400
        << u"text:"_s + SameIdText;
    QTest::newRow("another vendor's system user")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + OtherVendorUserId
        << addRight() << 401 << QString();
    QTest::newRow("another vendor's system user, empty lists")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + OtherVendorUserId
        << QJsonObject() << 401 << QString();
    QTest::newRow("agent system user")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + AgentUserId
        << addRight() << 404 << u"AUTH-00015"_s;
    QTest::newRow("id in use by another vendor's pending change request")
        << int(Vendor) << int(ForeignNewWithSameId) << ok << addRight() << 400 << u"AUTH-00007"_s;
    QTest::newRow("id in use by another vendor's decided change request")
        << int(Vendor) << int(ForeignAcceptedWithSameId) << ok << addRight() << 409 << u"AUTH-00061"_s;
    QTest::newRow("system not in the register")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + MissingSystemUserId
        << addRight() << 404 << u"AUTH-00011"_s;
    QTest::newRow("customer not in the register")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + UnknownPartyUserId
        << redirectBad << 400 << u"AUTH-00000"_s;
    QTest::newRow("redirect, system has no redirect URLs")
        << int(Vendor) << int(Nothing) << u"correlation-id={cid}&system-user-id="_s + NoRedirectUserId
        << QJsonObject{{u"requiredRights"_s, rights({u"not-in-system"_s})}, {u"redirectUrl"_s, RedirectUrl}}
        << 400 << u"AUTH-00026"_s;
    QTest::newRow("redirect path differs, before the rights")
        << int(Vendor) << int(Nothing) << ok
        << QJsonObject{{u"requiredRights"_s, rights({u"not-in-system"_s})},
               {u"redirectUrl"_s, u"https://vendor.example/other"_s}}
        << 400 << u"AUTH-00021"_s;
    QTest::newRow("required right not in system")
        << int(Vendor) << int(Nothing) << ok << addRight(Korrespondanse) << 400 << u"AUTH-00001"_s;
    QTest::newRow("more required rights than the system has")
        << int(Vendor) << int(Nothing) << ok
        << QJsonObject{{u"requiredRights"_s, rights({KravOgBetalinger, EndringAvNavn, KravOgBetalinger})}}
        << 400 << u"AUTH-00001"_s;
    QTest::newRow("required package not in system, before not assignable")
        << int(Vendor) << int(Nothing) << ok
        << QJsonObject{{u"requiredAccessPackages"_s, packages({ClientPackage, KravOgUtlegg})}} << 400
        << u"AUTH-00063"_s;
    QTest::newRow("required package not assignable")
        << int(Vendor) << int(Nothing) << ok
        << QJsonObject{{u"requiredAccessPackages"_s, packages({Jordbruk, ClientPackage})}} << 400
        << u"AUTH-00064"_s;
    QTest::newRow("rights before packages") << int(Vendor) << int(Nothing) << ok
                                            << QJsonObject{{u"requiredRights"_s, rights({Korrespondanse})},
                                                   {u"requiredAccessPackages"_s, packages({KravOgUtlegg})}}
                                            << 400 << u"AUTH-00001"_s;
    QTest::newRow("unwanted lists are not checked")
        << int(Vendor) << int(Nothing) << ok
        << QJsonObject{{u"unwantedRights"_s, rights({u"not-in-system"_s})},
               {u"unwantedAccessPackages"_s, packages({KravOgUtlegg})}}
        << 201 << QString();
    QTest::newRow("id of a deleted change request")
        << int(Vendor) << int(DeletedWithSameId) << ok << addRight() << 404 << u"AUTH-00012"_s;
    QTest::newRow("valid") << int(Vendor) << int(Nothing) << ok
                           << QJsonObject{{u"requiredRights"_s, rights({EndringAvNavn})},
                                  {u"unwantedRights"_s, rights({KravOgBetalinger})},
                                  {u"requiredAccessPackages"_s, packages({Jordbruk})},
                                  {u"unwantedAccessPackages"_s, packages({SkattNaering})},
                                  {u"redirectUrl"_s, RedirectUrl}}
                           << 201 << QString();
}

void TestSandboxChangeRequests::postFollowsTheRuleOrder()
{
    QFETCH(int, caller);
    QFETCH(int, setup);
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString correlationId = SandboxContext::newGuid();
    switch (setup) {
    case ForeignNewWithSameId:
        storedChange(sandbox.context(), correlationId, OtherSystemId, Altinn::RequestStatus::New);
        break;
    case ForeignAcceptedWithSameId:
        storedChange(sandbox.context(), correlationId, OtherSystemId, Altinn::RequestStatus::Accepted);
        break;
    case DeletedWithSameId:
        storedChange(sandbox.context(), correlationId, SystemId, Altinn::RequestStatus::New, true);
        break;
    default:
        break;
    }
    const int changeRequestsBefore = int(sandbox.context().state.changeRequests.size());

    const auto reply = sandbox.post(ChangePath + u'?' + QString(query).replace(u"{cid}"_s, correlationId),
        body, tokenFor(sandbox, Caller(caller)));
    QCOMPARE(reply.status, status);
    if (code.startsWith(u"text:"_s)) {
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(QString::fromUtf8(reply.body), code.mid(5));
    } else if (code.startsWith(u"errors:"_s)) {
        QVERIFY(reply.object().value(u"errors"_s).toObject().contains(code.mid(7)));
    } else if (!code.isEmpty()) {
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
        QCOMPARE(reply.code(), code);
    } else if (status == 401 && caller != NoToken) {
        // A bare Unauthorized(): ASP.NET's default problem, no Altinn code.
        QCOMPARE(reply.object().value(u"status"_s).toInt(), 401);
        QCOMPARE(reply.object().value(u"title"_s).toString(), u"Unauthorized"_s);
        QVERIFY(!reply.object().contains(u"code"_s));
    } else if (status < 300) {
        QCOMPARE(reply.object().value(u"id"_s).toString(), correlationId);
    } else {
        QVERIFY(reply.body.isEmpty());
    }
    if (code == u"AUTH-00063"_s)
        QCOMPARE(reply.object().value(u"NotFoundPackages"_s).toString(), KravOgUtlegg);
    if (code == u"AUTH-00064"_s)
        QCOMPARE(reply.object().value(u"NotDelegablePackages"_s).toString(), ClientPackage);
    // Only a 201 stores anything.
    QCOMPARE(
        int(sandbox.context().state.changeRequests.size()), changeRequestsBefore + (status == 201 ? 1 : 0));
}

void TestSandboxChangeRequests::createAnswers201WithLocationAndStores()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    const QJsonObject body{{u"requiredRights"_s, rights({EndringAvNavn})},
        {u"unwantedRights"_s, rights({KravOgBetalinger})},
        {u"requiredAccessPackages"_s, packages({Jordbruk})},
        {u"unwantedAccessPackages"_s, packages({SkattNaering})},
        {u"redirectUrl"_s, QString(u"  "_s + RedirectUrl + u"?state=abc  "_s)}};
    // GUIDs are answered lowercase, whatever the vendor sent.
    const auto reply = sandbox.post(postPath(id.toUpper(), UserId.toUpper()), body, sandbox.vendorToken());
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Location"),
        QString(sandbox.baseUrl().toString() + u"authentication/api/v1/systemuser/changerequest/"_s + id)
            .toUtf8());
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(u"id"_s).toString(), id);
    QCOMPARE(object.value(u"systemUserId"_s).toString(), UserId);
    QCOMPARE(object.value(u"systemId"_s).toString(), SystemId);
    QCOMPARE(object.value(u"partyOrgNo"_s).toString(), Customer);
    QCOMPARE(object.value(u"externalRef"_s).toString(), u"kunde-1"_s);
    QCOMPARE(object.value(u"requiredRights"_s).toArray(), rights({EndringAvNavn}));
    QCOMPARE(object.value(u"unwantedRights"_s).toArray(), rights({KravOgBetalinger}));
    QCOMPARE(object.value(u"requiredAccessPackages"_s).toArray(), packages({Jordbruk}));
    QCOMPARE(object.value(u"unwantedAccessPackages"_s).toArray(), packages({SkattNaering}));
    QCOMPARE(object.value(u"status"_s).toString(), u"New"_s);
    QCOMPARE(object.value(u"redirectUrl"_s).toString(), RedirectUrl + u"?state=abc"_s); // trimmed
    QCOMPARE(object.value(u"confirmUrl"_s).toString(),
        sandbox.baseUrl().toString() + u"accessmanagement/ui/systemuser/changerequest?id="_s + id
            + u"&DONTCHOOSEREPORTEE=true"_s);
    QVERIFY(Altinn::parseDateTime(object.value(u"created"_s).toString()).isValid());
    QCOMPARE(object.value(u"timedOut"_s).toBool(true), false);

    QVERIFY(sandbox.context().state.changeRequests.contains(id));
    const SandboxChangeRequestRecord &stored = sandbox.context().state.changeRequests[id];
    QCOMPARE(stored.status, Altinn::RequestStatus::New);
    QCOMPARE(stored.systemUserId, UserId);
}

void TestSandboxChangeRequests::allListsEmptyIsNoChangeNeededAndStoresNothing()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    const auto reply = sandbox.post(postPath(id, UserId),
        QJsonObject{{u"requiredRights"_s, QJsonArray()}, {u"redirectUrl"_s, RedirectUrl}},
        sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    const QJsonObject object = reply.object();
    QCOMPARE(object.value(u"status"_s).toString(), u"NoChangeNeeded"_s);
    QCOMPARE(object.value(u"id"_s).toString(), id);
    QCOMPARE(object.value(u"systemUserId"_s).toString(), UserId);
    QVERIFY(object.contains(u"confirmUrl"_s));
    QCOMPARE(object.value(u"confirmUrl"_s).toString(u"x"_s), QString());
    for (const QString &list :
        {u"requiredRights"_s, u"unwantedRights"_s, u"requiredAccessPackages"_s, u"unwantedAccessPackages"_s})
        QCOMPARE(object.value(list).toArray(), QJsonArray());
    QVERIFY(!object.contains(u"created"_s));
    QVERIFY(sandbox.context().state.changeRequests.isEmpty());

    // It is not stored, so the id still finds nothing.
    QCOMPARE(sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken()).code(), u"AUTH-00010"_s);

    // Even for an agent system user: the empty check comes before the agent check.
    QCOMPARE(
        sandbox.post(postPath(SandboxContext::newGuid(), AgentUserId), QJsonObject(), sandbox.vendorToken())
            .object()
            .value(u"status"_s)
            .toString(),
        u"NoChangeNeeded"_s);
}

void TestSandboxChangeRequests::repeatedCorrelationIdReturnsTheStoredRequest()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    QCOMPARE(sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken()).status, 201);

    // A different (even invalid) body with the same correlation id: 200 with what was stored.
    const auto again = sandbox.post(postPath(id, UserId), addRight(Korrespondanse), sandbox.vendorToken());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(u"requiredRights"_s).toArray(), rights({EndringAvNavn}));
    QVERIFY(again.object().value(u"confirmUrl"_s).toString().contains(id));
    QVERIFY(again.header("Location").isEmpty());

    // Whatever its status.
    sandbox.context().state.changeRequests[id].status = Altinn::RequestStatus::Accepted;
    const auto decided = sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken());
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.object().value(u"status"_s).toString(), u"Accepted"_s);
    QCOMPARE(sandbox.context().state.changeRequests.size(), 1);
}

void TestSandboxChangeRequests::redirectMatchesOnPathIgnoringQuery()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const auto post = [&sandbox](const QString &redirect) {
        return sandbox.post(postPath(SandboxContext::newGuid(), UserId),
            QJsonObject{{u"requiredRights"_s, rights({EndringAvNavn})}, {u"redirectUrl"_s, redirect}},
            sandbox.vendorToken());
    };
    QCOMPARE(post(RedirectUrl + u"?state=1#x"_s).status, 201);
    QCOMPARE(post(u"https://VENDOR.example:443/callback"_s).status, 201);
    QCOMPARE(post(u"http://vendor.example/callback"_s).code(), u"AUTH-00021"_s);
    QCOMPARE(post(u"https://vendor.example/callback/more"_s).code(), u"AUTH-00021"_s);
    QCOMPARE(post(u"not a url"_s).code(), u"AUTH-00021"_s);
    QCOMPARE(post(QString()).status, 201); // "" is no redirect
}

void TestSandboxChangeRequests::getByIdChecksBindingConsumerAndOwner()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString mine = SandboxContext::newGuid();
    const QString foreign = SandboxContext::newGuid();
    storedChange(sandbox.context(), mine, SystemId, Altinn::RequestStatus::New);
    storedChange(sandbox.context(), foreign, OtherSystemId, Altinn::RequestStatus::New);

    const auto reply = sandbox.get(ChangePath + u'/' + mine.toUpper(), sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), mine);
    QCOMPARE(reply.object().value(u"requiredAccessPackages"_s).toArray(), packages({Jordbruk}));
    QVERIFY(reply.object().value(u"confirmUrl"_s).toString().endsWith(mine + u"&DONTCHOOSEREPORTEE=true"_s));

    QCOMPARE(sandbox.get(ChangePath + u'/' + SandboxContext::newGuid(), sandbox.vendorToken()).code(),
        u"AUTH-00010"_s);
    const auto other = sandbox.get(ChangePath + u'/' + foreign, sandbox.vendorToken());
    QCOMPARE(other.status, 404);
    QCOMPARE(other.code(), u"AUTH-00011"_s);
    const auto notGuid = sandbox.get(ChangePath + u"/not-a-guid"_s, sandbox.vendorToken());
    QCOMPARE(notGuid.status, 400);
    QCOMPARE(
        notGuid.object().value(u"errors"_s).toObject().value(u"requestId"_s).toArray().first().toString(),
        u"The value 'not-a-guid' is not valid."_s);
    QCOMPARE(sandbox.get(ChangePath + u'/' + mine, tokenWithoutConsumer(sandbox)).status, 401);
    QCOMPARE(sandbox
                 .get(ChangePath + u'/' + mine,
                     sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestWrite}))
                 .status,
        403);
    QCOMPARE(sandbox.get(ChangePath + u'/' + mine).status, 401);
}

void TestSandboxChangeRequests::getByExternalRefAndItsPackageQuirk()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    storedChange(sandbox.context(), id, SystemId, Altinn::RequestStatus::New);
    const QString path = ChangePath + u"/byexternalref/"_s + SystemId + u'/' + Customer + u"/kunde-1"_s;

    auto reply = sandbox.get(path, sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"id"_s).toString(), id);
    QCOMPARE(reply.object().value(u"requiredAccessPackages"_s).toArray(), packages({Jordbruk}));
    QCOMPARE(reply.object().value(u"requiredRights"_s).toArray(), rights({EndringAvNavn}));

    QVERIFY(sandbox.context().settings.apply({{u"changeRequestByExternalRefDropsPackages"_s, true}}));
    reply = sandbox.get(path, sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"requiredAccessPackages"_s).toArray(), QJsonArray());
    QCOMPARE(reply.object().value(u"requiredRights"_s).toArray(), rights({EndringAvNavn})); // rights kept
    // GET by id is not affected.
    QCOMPARE(sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken())
                 .object()
                 .value(u"requiredAccessPackages"_s)
                 .toArray(),
        packages({Jordbruk}));

    QCOMPARE(sandbox
                 .get(ChangePath + u"/byexternalref/"_s + SystemId + u'/' + Customer + u"/other"_s,
                     sandbox.vendorToken())
                 .code(),
        u"AUTH-00010"_s);
    // The request is looked up first: another vendor gets AUTH-00011 only when it exists.
    const QByteArray otherVendor = sandbox.vendorToken(SandboxHarness::OtherVendorOrg);
    QCOMPARE(sandbox.get(path, otherVendor).code(), u"AUTH-00011"_s);
    QCOMPARE(
        sandbox.get(ChangePath + u"/byexternalref/"_s + SystemId + u'/' + Customer + u"/other"_s, otherVendor)
            .code(),
        u"AUTH-00010"_s);
}

void TestSandboxChangeRequests::listPagesAndItsTokenQuirk()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(
            storedChange(sandbox.context(), SandboxContext::newGuid(), SystemId, Altinn::RequestStatus::New)
                .id);
    storedChange(sandbox.context(), SandboxContext::newGuid(), SystemId, Altinn::RequestStatus::New, true);
    storedChange(sandbox.context(), SandboxContext::newGuid(), OtherSystemId, Altinn::RequestStatus::New);
    ids.sort();
    QVERIFY(sandbox.context().settings.apply({{u"pageSize"_s, 2}}));
    const QString path = ChangePath + u"/bysystem/"_s + SystemId;

    const auto first = sandbox.get(path, sandbox.vendorToken());
    QCOMPARE(first.status, 200);
    const QJsonArray firstData = first.object().value(u"data"_s).toArray();
    QCOMPARE(firstData.size(), 2);
    QCOMPARE(firstData.at(0).toObject().value(u"id"_s).toString(), ids.at(0));
    QCOMPARE(firstData.at(1).toObject().value(u"id"_s).toString(), ids.at(1));
    QVERIFY(!firstData.at(0).toObject().contains(u"confirmUrl"_s));
    QCOMPARE(firstData.at(0).toObject().value(u"timedOut"_s).toBool(true), false);
    const QString next = first.object().value(u"links"_s).toObject().value(u"next"_s).toString();
    QVERIFY(next.startsWith(sandbox.baseUrl().toString() + path + u"?token="_s));

    const QString nextRelative = next.mid(sandbox.baseUrl().toString().size());
    const auto second = sandbox.get(nextRelative, sandbox.vendorToken());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(
        second.object().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), ids.at(2));
    QCOMPARE(second.object().value(u"links"_s).toObject(), QJsonObject());

    // Quirk: the token is ignored, so "next" comes back to page one.
    QVERIFY(sandbox.context().settings.apply({{u"changeRequestListIgnoresToken"_s, true}}));
    const auto repeated = sandbox.get(nextRelative, sandbox.vendorToken());
    QCOMPARE(repeated.object().value(u"data"_s).toArray(), firstData);
    QCOMPARE(repeated.object().value(u"links"_s).toObject().value(u"next"_s).toString(), next);

    QCOMPARE(sandbox.get(path + u"?token=bm90LWpzb24"_s, sandbox.vendorToken()).status, 400);
    QCOMPARE(sandbox.get(ChangePath + u"/bysystem/"_s + OtherSystemId, sandbox.vendorToken()).code(),
        u"AUTH-00011"_s);
    QCOMPARE(sandbox.get(ChangePath + u"/bysystem/991825827_unknown"_s, sandbox.vendorToken()).code(),
        u"AUTH-00011"_s);
}

void TestSandboxChangeRequests::deleteSoftDeletesAndBlocksTheId()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    QCOMPARE(sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken()).status, 201);

    const QByteArray readOnly = sandbox.vendorToken(SandboxHarness::VendorOrg, {SandboxScopes::RequestRead});
    QCOMPARE(sandbox.del(ChangePath + u'/' + id, readOnly).status, 403);
    const auto deleted = sandbox.del(ChangePath + u'/' + id, sandbox.vendorToken());
    QCOMPARE(deleted.status, 202);
    QVERIFY(deleted.body.isEmpty());
    QVERIFY(sandbox.context().state.changeRequests.value(id).isDeleted);
    QCOMPARE(sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken()).code(), u"AUTH-00010"_s);
    const auto again = sandbox.del(ChangePath + u'/' + id, sandbox.vendorToken());
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), u"AUTH-00010"_s);
    QCOMPARE(sandbox.del(ChangePath + u"/x"_s, sandbox.vendorToken()).status, 400);

    // The id stays taken in the table: a new change request with it cannot be stored.
    const auto reuse = sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken());
    QCOMPARE(reuse.status, 404);
    QCOMPARE(reuse.code(), u"AUTH-00012"_s);
}

void TestSandboxChangeRequests::timedOutAfter180Days()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    QCOMPARE(sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken()).status, 201);
    sandbox.context().clock.advanceDays(179);
    QCOMPARE(
        sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken()).object().value(u"timedOut"_s).toBool(),
        false);
    sandbox.context().clock.advanceDays(2); // more than 180 days
    QCOMPARE(
        sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken()).object().value(u"timedOut"_s).toBool(),
        true);
}

void TestSandboxChangeRequests::problemsFollowTheConfiguredShape()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    auto reply =
        sandbox.post(postPath(SandboxContext::newGuid(), AgentUserId), addRight(), sandbox.vendorToken());
    QCOMPARE(reply.object().value(u"type"_s).toString(), u"urn:altinn:error:AUTH-00015"_s);
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"The SystemUser was not found."_s);

    QVERIFY(sandbox.context().settings.apply({{u"problemShape"_s, u"v4"_s}}));
    reply = sandbox.post(postPath(SandboxContext::newGuid(), AgentUserId), addRight(), sandbox.vendorToken());
    QCOMPARE(reply.code(), u"AUTH-00015"_s);
    QCOMPARE(reply.object().value(u"detail"_s).toString(), u"The SystemUser was not found."_s);
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"Not Found"_s);
}

void TestSandboxChangeRequests::approvalAppliesTheChangeToTheSystemUser()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    const QJsonObject body{{u"requiredRights"_s, rights({EndringAvNavn, KravOgBetalinger})},
        {u"unwantedRights"_s, rights({KravOgBetalinger})},
        {u"requiredAccessPackages"_s, packages({Jordbruk})},
        {u"unwantedAccessPackages"_s, packages({SkattNaering})}};
    QCOMPARE(sandbox.post(postPath(id, UserId), body, sandbox.vendorToken()).status, 201);

    QVERIFY(SandboxDecisions::typeOf(sandbox.context(), id) == SandboxDecisions::RequestType::Change);
    QCOMPARE(SandboxDecisions::approve(sandbox.context(), id), SandboxDecisions::Outcome::Done);
    const SandboxSystemUserRecord user = sandbox.context().state.systemUsers.value(UserId);
    QCOMPARE(user.rights, QList<Altinn::Right>{Altinn::Right::forResource(EndringAvNavn)});
    QCOMPARE(user.accessPackages, QList<Altinn::AccessPackageRef>{{Jordbruk}});

    const auto reply = sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken());
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"Accepted"_s);
    QCOMPARE(SandboxDecisions::approve(sandbox.context(), id), SandboxDecisions::Outcome::AlreadyDecided);
    QCOMPARE(SandboxDecisions::reject(sandbox.context(), id), SandboxDecisions::Outcome::AlreadyDecided);

    // The same correlation id afterwards: the accepted change request, nothing new.
    const auto repeat = sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken());
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.object().value(u"status"_s).toString(), u"Accepted"_s);
}

void TestSandboxChangeRequests::rejectionLeavesTheSystemUserUnchanged()
{
    SandboxHarness sandbox;
    seed(sandbox.context());
    const QString id = SandboxContext::newGuid();
    QCOMPARE(sandbox.post(postPath(id, UserId), addRight(), sandbox.vendorToken()).status, 201);
    const SandboxSystemUserRecord before = sandbox.context().state.systemUsers.value(UserId);
    QCOMPARE(SandboxDecisions::reject(sandbox.context(), id), SandboxDecisions::Outcome::Done);
    QCOMPARE(
        sandbox.get(ChangePath + u'/' + id, sandbox.vendorToken()).object().value(u"status"_s).toString(),
        u"Rejected"_s);
    const SandboxSystemUserRecord after = sandbox.context().state.systemUsers.value(UserId);
    QCOMPARE(after.rights, before.rights);
    QCOMPARE(after.accessPackages, before.accessPackages);
}

void TestSandboxChangeRequests::bodyOfWrongTypesIsABindingProblem_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key"); ///< the model-state key of the error
    QTest::addColumn<bool>("parameterRequired"); ///< the body did not deserialise: createRequest is null too

    // Type errors stop System.Text.Json (JSON path keys); null lists and attribute pairs fail validation
    // (C# property path keys), as for system user requests (RequestBodyBinder).
    QTest::newRow("requiredRights a number")
        << QByteArray(R"({"requiredRights": 5})") << u"$.requiredRights"_s << true;
    QTest::newRow("member names ignore case")
        << QByteArray(R"({"RequiredRights": 5})") << u"$.RequiredRights"_s << true;
    QTest::newRow("unwantedRights a string")
        << QByteArray(R"({"unwantedRights": "all"})") << u"$.unwantedRights"_s << true;
    QTest::newRow("requiredAccessPackages an object")
        << QByteArray(R"({"requiredAccessPackages": {}})") << u"$.requiredAccessPackages"_s << true;
    QTest::newRow("unwantedAccessPackages element a number")
        << QByteArray(R"({"unwantedAccessPackages": [5]})") << u"$.unwantedAccessPackages[0]"_s << true;
    QTest::newRow("urn a number") << QByteArray(R"({"requiredAccessPackages": [{"urn": 5}]})")
                                  << u"$.requiredAccessPackages[0].urn"_s << true;
    QTest::newRow("resource a number") << QByteArray(R"({"requiredRights": [{"resource": 5}]})")
                                       << u"$.requiredRights[0].resource"_s << true;
    QTest::newRow("action a number") << QByteArray(R"({"requiredRights": [{"action": 5, "resource": []}]})")
                                     << u"$.requiredRights[0].action"_s << true;
    QTest::newRow("attribute id a number")
        << QByteArray(R"({"unwantedRights": [{"resource": [{"id": 5, "value": "x"}]}]})")
        << u"$.unwantedRights[0].resource[0].id"_s << true;
    QTest::newRow("redirectUrl a number")
        << QByteArray(R"({"redirectUrl": 7})") << u"$.redirectUrl"_s << true;
    QTest::newRow("body an array") << QByteArray("[]") << u"$"_s << true;
    QTest::newRow("requiredRights null")
        << QByteArray(R"({"requiredRights": null})") << u"RequiredRights"_s << false;
    QTest::newRow("unwantedAccessPackages null")
        << QByteArray(R"({"unwantedAccessPackages": null})") << u"UnwantedAccessPackages"_s << false;
    QTest::newRow("resource null") << QByteArray(R"({"requiredRights": [{"resource": null}]})")
                                   << u"RequiredRights[0].Resource"_s << false;
    QTest::newRow("attribute value empty")
        << QByteArray(R"({"requiredRights": [{"resource": [{"id": "urn:altinn:resource", "value": ""}]}]})")
        << u"RequiredRights[0].Resource[0].Value"_s << false;
}

void TestSandboxChangeRequests::bodyOfWrongTypesIsABindingProblem()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QFETCH(bool, parameterRequired);
    SandboxHarness sandbox;
    seed(sandbox.context());
    const auto reply =
        sandbox.send("POST", postPath(SandboxContext::newGuid(), UserId), body, sandbox.vendorToken());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    const QJsonObject errors = reply.object().value(u"errors"_s).toObject();
    QVERIFY2(errors.contains(key), QJsonDocument(errors).toJson().constData());
    QCOMPARE(errors.contains(u"createRequest"_s), parameterRequired);
    QVERIFY(sandbox.context().state.changeRequests.isEmpty());
}

void TestSandboxChangeRequests::unknownMembersAreIgnored()
{
    // ChangeRequestSystemUser has only the four lists and redirectUrl (altinn-authentication ad4f6f3):
    // other members, whatever their type, are skipped like every unknown member
    // (docs/altinn-behaviour.md#http-and-json-conventions), so this is still "no change".
    SandboxHarness sandbox;
    seed(sandbox.context());
    const auto reply = sandbox.send("POST", postPath(SandboxContext::newGuid(), UserId),
        R"({"externalRef": 7, "systemUserId": [], "partyOrgNo": {}})", sandbox.vendorToken());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"NoChangeNeeded"_s);
}

QTEST_GUILESS_MAIN(TestSandboxChangeRequests)
#include "TestSandboxChangeRequests.moc"
