#include "SandboxHarness.h"
#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

/// The system register endpoints (docs/altinn-behaviour.md#system-register) over real HTTP: bodies, check
/// order, codes, quirks.
class TestSandboxSystemRegister final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAnswers200WithTheInternalGuid();
    void getReturnsTheStoredSystemMemberForMember();
    void getLeavesOutNullPackagesAndKeepsEmptyLists();
    void listHoldsTheCallersLiveSystemsOnly();
    void listWithoutConsumerClaimIs403();
    void getAnswers404Or403();
    void createValidationCodes_data();
    void createValidationCodes();
    void createReportsAllCodesAtOnceInServerOrder();
    void createReportsTheVendorPrefixAlone_data();
    void createReportsTheVendorPrefixAlone();
    void createChecksOwnershipBeforeReturningValidationErrors();
    void adminScopeBypassesOwnership();
    void everyEndpointNeedsTokenAndScope_data();
    void everyEndpointNeedsTokenAndScope();
    void bindingFailuresGiveModelStateProblems_data();
    void bindingFailuresGiveModelStateProblems();
    void bodyWithoutJsonContentTypeIs415();
    void createTrimsIdAndVendorOnly();
    void createFailuresBehindTheValidation_data();
    void createFailuresBehindTheValidation();
    void missingLanguageAnswers400OrQuirky500();
    void idEqualToTheOrgNumberPassesTheFormatCheck();
    void updateReplacesTheSystemAndSyncsClientIds();
    void updateFollowsTheServerCheckOrder_data();
    void updateFollowsTheServerCheckOrder();
    void updateCollectsRightsPackagesAndClientIdErrors();
    void updateLeavesRedirectUrlsToTheDatabase();
    void updateRightsReplacesRightsOnly();
    void updateAccessPackagesUsesTheStoredVisibility();
    void partialUpdatesRefuseUnknownForeignAndDeletedSystems_data();
    void partialUpdatesRefuseUnknownForeignAndDeletedSystems();
    void deleteSoftDeletesAndFreesClientIds();
    void deleteRefusesUnknownAndForeignSystems();
    void deleteQuirk_data();
    void deleteQuirk();
    void changeLogRecordsEveryChange();
    void changeLogAnswers404Or403();
    void validationProblemShapes();
};

namespace {

using Reply = SandboxHarness::Reply;

const QString Base = u"authentication/api/v1/systemregister/vendor"_s;
const QString Org = SandboxHarness::VendorOrg;
const QString OtherOrg = SandboxHarness::OtherVendorOrg;
const QString SystemId = u"991825827_smartregnskap"_s;
const QString ClientA = u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s;
const QString ResourcePath = u"/registersystemrequest/rights/resource"_s;
const QString PackagePath = u"/registersystemrequest/accesspackages"_s;
const QString SystemIdPath = u"/registersystemrequest/systemid"_s;
const QString ClientIdPath = u"/registersystemrequest/clientid"_s;
const QString RedirectPath = u"/registersystemrequest/allowedredirecturls"_s;
const QString NullReference = u"Object reference not set to an instance of an object."_s;

#define REQUIRE_CATALOGUE(sandbox)                                                                           \
    QVERIFY2((sandbox).context().catalogue.isValid(), "the seed catalogue (resources/sandbox) is not loaded")

QString systemUrl(const QString &systemId, const QString &suffix = {})
{
    return Base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(systemId)) + suffix;
}

QJsonObject texts(const QString &nb, const QString &nn, const QString &en)
{
    return {{u"nb"_s, nb}, {u"nn"_s, nn}, {u"en"_s, en}};
}

QJsonObject right(const QString &resourceId, const QString &attributeId = u"urn:altinn:resource"_s)
{
    return {{u"resource"_s, QJsonArray{QJsonObject{{u"id"_s, attributeId}, {u"value"_s, resourceId}}}}};
}

QJsonObject package(const QString &code)
{
    return {{u"urn"_s, QString(u"urn:altinn:accesspackage:"_s + code)}};
}

QJsonObject vendor(const QString &id)
{
    return {{u"ID"_s, id}};
}

/// An example system (docs/altinn-behaviour.md#system-model; redirect URLs as sent: the first one host-only).
QJsonObject exampleSystem(const QString &id = SystemId)
{
    return {
        {u"id"_s, id},
        {u"vendor"_s, vendor(u"0192:991825827"_s)},
        {u"name"_s, texts(u"SmartRegnskap"_s, u"SmartRekneskap"_s, u"SmartAccounting"_s)},
        {u"description"_s,
            texts(u"Regnskap for små bedrifter"_s, u"Rekneskap for små verksemder"_s,
                u"Accounting for small businesses"_s)},
        {u"rights"_s, QJsonArray{right(u"ske-krav-og-betalinger"_s)}},
        {u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s)}},
        {u"isDeleted"_s, false},
        {u"clientId"_s, QJsonArray{ClientA}},
        {u"isVisible"_s, true},
        {u"allowedRedirectUrls"_s,
            QJsonArray{
                u"https://smartregnskap.example"_s, u"https://smartregnskap.example/altinn/callback"_s}},
    };
}

/// A valid system needing nothing from the seed catalogue (no rights, no packages).
QJsonObject plainSystem(const QString &id, const QStringList &clientIds = {}, const QString &org = Org)
{
    return {
        {u"id"_s, id},
        {u"vendor"_s, vendor(u"0192:"_s + org)},
        {u"name"_s, texts(u"Navn"_s, u"Namn"_s, u"Name"_s)},
        {u"description"_s, texts(u"Beskrivelse"_s, u"Skildring"_s, u"Description"_s)},
        {u"clientId"_s, QJsonArray::fromStringList(clientIds)},
    };
}

QJsonObject with(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QByteArray writeToken(SandboxHarness &sandbox, const QString &org = Org)
{
    return sandbox.vendorToken(org, {SandboxScopes::SystemRegisterWrite});
}

QByteArray adminToken(SandboxHarness &sandbox, const QString &org = OtherOrg)
{
    return sandbox.vendorToken(org, {SandboxScopes::SystemRegisterAdmin});
}

QJsonArray validationErrors(const Reply &reply)
{
    return reply.object().value(u"validationErrors"_s).toArray();
}

QStringList codes(const Reply &reply)
{
    QStringList result;
    for (const QJsonValue &entry : validationErrors(reply))
        result.append(entry.toObject().value(u"code"_s).toString());
    return result;
}

QJsonObject entry(const Reply &reply, const QString &code)
{
    for (const QJsonValue &item : validationErrors(reply)) {
        if (item.toObject().value(u"code"_s).toString() == code)
            return item.toObject();
    }
    return {};
}

QStringList paths(const QJsonObject &validationError)
{
    QStringList result;
    for (const QJsonValue &path : validationError.value(u"paths"_s).toArray())
        result.append(path.toString());
    return result;
}

QString bodyText(const Reply &reply)
{
    return QString::fromUtf8(reply.body);
}

bool isProblemJson(const Reply &reply)
{
    return reply.header("Content-Type").startsWith("application/problem+json");
}

bool isPlainText(const Reply &reply)
{
    return reply.header("Content-Type").startsWith("text/plain");
}

/// A token for @p org that carries no consumer claim (signed by the sandbox's key).
QByteArray tokenWithoutConsumer(SandboxHarness &sandbox)
{
    const qint64 now = sandbox.context().clock.now().toSecsSinceEpoch();
    return sandbox.context().tokens.sign({{u"scope"_s, SandboxScopes::SystemRegisterWrite},
        {u"client_id"_s, u"no-consumer"_s}, {u"iat"_s, now}, {u"nbf"_s, now}, {u"exp"_s, now + 120}});
}

Reply create(SandboxHarness &sandbox, const QJsonObject &body, const QByteArray &token)
{
    return sandbox.post(Base, body, token);
}

bool isSucceeded(const Reply &reply)
{
    return reply.status == 200 && reply.header("Content-Type").startsWith("application/json")
        && reply.object() == QJsonObject{{u"succeeded"_s, true}};
}

} // namespace

void TestSandboxSystemRegister::createAnswers200WithTheInternalGuid()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const Reply reply = create(sandbox, exampleSystem(), writeToken(sandbox));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    // A bare JSON string, not an object.
    QVERIFY2(reply.body.startsWith('"') && reply.body.endsWith('"'), reply.body.constData());
    const QString guid = QJsonDocument::fromJson('[' + reply.body + ']').array().at(0).toString();
    QVERIFY(!QUuid::fromString(guid).isNull());
    QCOMPARE(guid, guid.toLower());
    QCOMPARE(sandbox.context().state.systems.value(SystemId).internalId, guid);
    QCOMPARE(sandbox.context().state.clientIdOwners.value(ClientA), SystemId);
}

void TestSandboxSystemRegister::getReturnsTheStoredSystemMemberForMember()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, exampleSystem(), token).status, 200);

    const Reply reply = sandbox.get(systemUrl(SystemId), token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    // docs/altinn-behaviour.md#system-model: vendor is {"ID": …} only, isDeleted is written, a host-only
    // redirect URL gains a slash.
    QJsonObject expected = exampleSystem();
    expected.insert(u"allowedRedirectUrls"_s,
        QJsonArray{u"https://smartregnskap.example/"_s, u"https://smartregnskap.example/altinn/callback"_s});
    QCOMPARE(reply.object(), expected);
}

void TestSandboxSystemRegister::getLeavesOutNullPackagesAndKeepsEmptyLists()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QJsonObject body = plainSystem(SystemId);
    body.insert(u"accessPackages"_s, QJsonValue::Null);
    QCOMPARE(create(sandbox, body, token).status, 200);

    const QJsonObject system = sandbox.get(systemUrl(SystemId), token).object();
    QVERIFY(!system.contains(u"accessPackages"_s)); // null is left out
    QCOMPARE(system.value(u"rights"_s), QJsonValue(QJsonArray())); // absent → [] (the C# default)
    QCOMPARE(system.value(u"clientId"_s), QJsonValue(QJsonArray()));
    QCOMPARE(system.value(u"allowedRedirectUrls"_s), QJsonValue(QJsonArray()));
    QCOMPARE(system.value(u"isVisible"_s), QJsonValue(true));
    QCOMPARE(system.value(u"isDeleted"_s), QJsonValue(false));
}

void TestSandboxSystemRegister::listHoldsTheCallersLiveSystemsOnly()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_a"_s, {u"client-a"_s}), token).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_gone"_s), token).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"310547891_theirs"_s, {}, OtherOrg), writeToken(sandbox, OtherOrg))
                 .status,
        200);
    QVERIFY(isSucceeded(sandbox.del(systemUrl(u"991825827_gone"_s), token)));

    const Reply reply = sandbox.get(Base, token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    // RegisteredSystemDTO: systemId, no clientId / redirect URLs / isDeleted.
    const QJsonObject expected{
        {u"systemId"_s, u"991825827_a"_s},
        {u"systemVendorOrgNumber"_s, Org},
        {u"systemVendorOrgName"_s, u""_s},
        {u"name"_s, texts(u"Navn"_s, u"Namn"_s, u"Name"_s)},
        {u"description"_s, texts(u"Beskrivelse"_s, u"Skildring"_s, u"Description"_s)},
        {u"rights"_s, QJsonArray()},
        {u"accessPackages"_s, QJsonArray()},
        {u"isVisible"_s, true},
    };
    QCOMPARE(reply.array(), QJsonArray{expected});

    const Reply theirs = sandbox.get(Base, writeToken(sandbox, OtherOrg));
    QCOMPARE(theirs.array().size(), 1);
    QCOMPARE(theirs.array().at(0).toObject().value(u"systemId"_s).toString(), u"310547891_theirs"_s);
    // The admin scope does not widen the list: it is the consumer org's.
    QCOMPARE(sandbox.get(Base, adminToken(sandbox, u"313725138"_s)).array(), QJsonArray());
}

void TestSandboxSystemRegister::listWithoutConsumerClaimIs403()
{
    SandboxHarness sandbox;
    const Reply reply = sandbox.get(Base, tokenWithoutConsumer(sandbox));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());
}

void TestSandboxSystemRegister::getAnswers404Or403()
{
    SandboxHarness sandbox;
    QCOMPARE(create(sandbox, plainSystem(SystemId), writeToken(sandbox)).status, 200);

    const Reply unknown = sandbox.get(systemUrl(u"991825827_nope"_s), writeToken(sandbox));
    QCOMPARE(unknown.status, 404);
    QVERIFY(isProblemJson(unknown));
    QCOMPARE(unknown.object().value(u"type"_s).toString(),
        u"https://tools.ietf.org/html/rfc9110#section-15.5.5"_s);
    QCOMPARE(unknown.object().value(u"title"_s).toString(), u"Not Found"_s);
    QCOMPARE(unknown.object().value(u"status"_s).toInt(), 404);
    QVERIFY(!unknown.object().contains(u"code"_s));

    const Reply foreign = sandbox.get(systemUrl(SystemId), writeToken(sandbox, OtherOrg));
    QCOMPARE(foreign.status, 403);
    QVERIFY(foreign.body.isEmpty());

    const Reply admin = sandbox.get(systemUrl(SystemId), adminToken(sandbox));
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.object().value(u"id"_s).toString(), SystemId);
}

void TestSandboxSystemRegister::createValidationCodes_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<bool>("needsCatalogue");
    QTest::addColumn<QStringList>("expectedCodes"); // empty: accepted
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QString>("extraValue");

    const QString vld13 = u"AUTH.VLD-00013"_s;
    QTest::newRow("VLD-00013 space inside the id")
        << QJsonObject{{u"id"_s, u"991825827_smart regnskap"_s}} << false << QStringList{vld13}
        << SystemIdPath << QString() << QString();
    QTest::newRow("VLD-00001 another org's prefix")
        << QJsonObject{{u"id"_s, u"310547891_smart"_s}} << false << QStringList{u"AUTH.VLD-00001"_s}
        << SystemIdPath << QString() << QString();
    QTest::newRow("VLD-00001 no underscore")
        << QJsonObject{{u"id"_s, u"smartregnskap"_s}} << false << QStringList{u"AUTH.VLD-00001"_s}
        << SystemIdPath << QString() << QString();
    QTest::newRow("VLD-00002 id taken")
        << QJsonObject{{u"id"_s, u"991825827_taken"_s}} << false << QStringList{u"AUTH.VLD-00002"_s}
        << SystemIdPath << QString() << QString();
    QTest::newRow("VLD-00005 http") << QJsonObject{{u"allowedRedirectUrls"_s,
        QJsonArray{u"https://ok.example/cb"_s, u"http://smartregnskap.example/cb"_s}}}
                                    << false << QStringList{u"AUTH.VLD-00005"_s} << RedirectPath << QString()
                                    << QString();
    QTest::newRow("VLD-00005 relative")
        << QJsonObject{{u"allowedRedirectUrls"_s, QJsonArray{u"smartregnskap.example/cb"_s}}} << false
        << QStringList{u"AUTH.VLD-00005"_s} << RedirectPath << QString() << QString();
    QTest::newRow("VLD-00004 client id of another system")
        << QJsonObject{{u"clientId"_s, QJsonArray{u"free-client"_s, u"taken-client"_s}}} << false
        << QStringList{u"AUTH.VLD-00004"_s} << ClientIdPath << QString() << QString();
    QTest::newRow("VLD-00009 attribute id")
        << QJsonObject{{u"rights"_s,
               QJsonArray{right(u"app_ttd_endring-av-navn-v2"_s, u"urn:altinn:app"_s),
                   right(u"ttd"_s, u"urn:altinn:org"_s)}}}
        << false << QStringList{u"AUTH.VLD-00009"_s} << ResourcePath << u"Invalid Resource Id Details : "_s
        << u"app_ttd_endring-av-navn-v2 | ttd"_s;
    QTest::newRow("VLD-00003 resource not found")
        << QJsonObject{{u"rights"_s,
               QJsonArray{right(u"ske-krav-og-betaling"_s), right(u"ske-krav-og-betalinger"_s)}}}
        << true << QStringList{u"AUTH.VLD-00003"_s} << ResourcePath << u"ResourceIds Not Found : "_s
        << u"ske-krav-og-betaling"_s;
    QTest::newRow("VLD-00017 resource types")
        << QJsonObject{{u"rights"_s,
               QJsonArray{right(u"skd-maskinportenschemaid-8"_s), right(u"se_3225_1596"_s),
                   right(u"skd-migrert-4628-1"_s), right(u"app_ttd_endring-av-navn-v2"_s),
                   right(u"korrespondanse-fra-sivilforsvaret"_s)}}}
        << true << QStringList{u"AUTH.VLD-00017"_s} << ResourcePath << u"ResourceIds Not Delegable : "_s
        << u"skd-maskinportenschemaid-8 | se_3225_1596 | skd-migrert-4628-1"_s;
    QJsonObject withAction = right(u"ske-krav-og-betalinger"_s);
    withAction.insert(u"action"_s, u"read"_s);
    QTest::newRow("VLD-00006 duplicate rights") << QJsonObject{{u"rights"_s,
        QJsonArray{right(u"ske-krav-og-betalinger"_s), withAction, right(u"ske-krav-og-betalinger"_s)}}}
                                                << true << QStringList{u"AUTH.VLD-00006"_s} << ResourcePath
                                                << QString() << QString();
    QTest::newRow("VLD-00008 format, not found, not delegable")
        << QJsonObject{{u"isVisible"_s, false},
               {u"accessPackages"_s,
                   QJsonArray{QJsonObject{{u"urn"_s, u"urn:altinn:skatt-naering"_s}},
                       package(u"kravogutlegg"_s), package(u"eksplisitt"_s), package(u"skatt-naering"_s)}}}
        << true << QStringList{u"AUTH.VLD-00008"_s} << PackagePath << u"Invalid Urn Details : "_s
        << u"Invalid format: urn:altinn:skatt-naering | Not found: urn:altinn:accesspackage:kravogutlegg | "
           u"Not possible to delegate: urn:altinn:accesspackage:eksplisitt"_s;
    QTest::newRow("VLD-00008 empty and null urn")
        << QJsonObject{{u"accessPackages"_s,
               QJsonArray{QJsonObject{{u"urn"_s, u""_s}}, QJsonObject{{u"urn"_s, QJsonValue::Null}}}}}
        << false << QStringList{u"AUTH.VLD-00008"_s, u"AUTH.VLD-00007"_s} << PackagePath
        << u"Invalid Urn Details : "_s << u"Invalid format: , "_s;
    QTest::newRow("VLD-00007 duplicate packages")
        << QJsonObject{{u"accessPackages"_s,
               QJsonArray{package(u"skatt-naering"_s), package(u"jordbruk"_s), package(u"skatt-naering"_s)}}}
        << true << QStringList{u"AUTH.VLD-00007"_s} << PackagePath << QString() << QString();
    QTest::newRow("VLD-00018 visible with a client package") << QJsonObject{{u"isVisible"_s, true},
        {u"accessPackages"_s,
            QJsonArray{
                package(u"hovedadministrator"_s), package(u"regnskapsforer-med-signeringsrettighet"_s)}}}
                                                             << true << QStringList{u"AUTH.VLD-00018"_s}
                                                             << PackagePath << QString() << QString();
    QTest::newRow("eksplisitt while visible: VLD-00008 and VLD-00018")
        << QJsonObject{{u"accessPackages"_s, QJsonArray{package(u"eksplisitt"_s)}}} << true
        << QStringList{u"AUTH.VLD-00008"_s, u"AUTH.VLD-00018"_s} << PackagePath << u"Invalid Urn Details : "_s
        << u"Not possible to delegate: urn:altinn:accesspackage:eksplisitt"_s;
    QTest::newRow("accepted rights and packages")
        << QJsonObject{{u"rights"_s,
                           QJsonArray{right(u"ske-krav-og-betalinger"_s),
                               right(u"app_ttd_endring-av-navn-v2"_s),
                               right(u"korrespondanse-fra-sivilforsvaret"_s)}},
               {u"accessPackages"_s,
                   QJsonArray{package(u"skatt-naering"_s), package(u"jordbruk"_s),
                       package(u"hovedadministrator"_s)}}}
        << true << QStringList() << QString() << QString() << QString();
    QTest::newRow("client package accepted when not visible")
        << QJsonObject{{u"isVisible"_s, false},
               {u"accessPackages"_s, QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s)}}}
        << true << QStringList() << QString() << QString() << QString();
    QTest::newRow("client id freed by a deleted system")
        << QJsonObject{{u"clientId"_s, QJsonArray{u"freed-client"_s}}} << false << QStringList() << QString()
        << QString() << QString();
}

void TestSandboxSystemRegister::createValidationCodes()
{
    QFETCH(QJsonObject, patch);
    QFETCH(bool, needsCatalogue);
    QFETCH(QStringList, expectedCodes);
    QFETCH(QString, path);
    QFETCH(QString, extraKey);
    QFETCH(QString, extraValue);

    SandboxHarness sandbox;
    if (needsCatalogue)
        REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_taken"_s, {u"taken-client"_s}), token).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_deleted"_s, {u"freed-client"_s}), token).status, 200);
    QVERIFY(isSucceeded(sandbox.del(systemUrl(u"991825827_deleted"_s), token)));

    const QJsonObject body = with(plainSystem(SystemId), patch);
    const Reply reply = create(sandbox, body, token);
    if (expectedCodes.isEmpty()) {
        QCOMPARE(reply.status, 200);
        return;
    }
    QCOMPARE(reply.status, 400);
    QVERIFY(isProblemJson(reply));
    QCOMPARE(reply.code(), u"STD-00000"_s);
    QCOMPARE(codes(reply), expectedCodes);
    const QJsonObject first = entry(reply, expectedCodes.constFirst());
    QCOMPARE(paths(first), QStringList{path});
    QVERIFY(!first.value(u"title"_s).toString().isEmpty());
    if (extraKey.isEmpty()) {
        QCOMPARE(first.keys().size(), 3); // code, title, paths
    } else {
        QCOMPARE(first.value(extraKey).toString(), extraValue);
        QCOMPARE(first.keys().size(), 4);
    }
    QCOMPARE(sandbox.context().state.systems.size(), 2); // nothing created
}

void TestSandboxSystemRegister::createReportsAllCodesAtOnceInServerOrder()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_taken"_s, {u"taken-client"_s}), token).status, 200);

    QJsonObject body = plainSystem(u"310547891_smart regnskap"_s, {u"taken-client"_s});
    body.insert(u"allowedRedirectUrls"_s, QJsonArray{u"http://smart.example/"_s});
    body.insert(u"rights"_s,
        QJsonArray{right(u"ttd"_s, u"urn:altinn:org"_s), right(u"ske-krav-og-betaling"_s),
            right(u"skd-maskinportenschemaid-8"_s), right(u"skd-maskinportenschemaid-8"_s)});
    body.insert(u"accessPackages"_s,
        QJsonArray{package(u"kravogutlegg"_s), package(u"regnskapsforer-med-signeringsrettighet"_s),
            package(u"regnskapsforer-med-signeringsrettighet"_s)});
    const Reply reply = create(sandbox, body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(codes(reply),
        (QStringList{u"AUTH.VLD-00013"_s, u"AUTH.VLD-00001"_s, u"AUTH.VLD-00005"_s, u"AUTH.VLD-00004"_s,
            u"AUTH.VLD-00009"_s, u"AUTH.VLD-00003"_s, u"AUTH.VLD-00017"_s, u"AUTH.VLD-00006"_s,
            u"AUTH.VLD-00008"_s, u"AUTH.VLD-00007"_s, u"AUTH.VLD-00018"_s}));
    QCOMPARE(entry(reply, u"AUTH.VLD-00017"_s).value(u"ResourceIds Not Delegable : "_s).toString(),
        u"skd-maskinportenschemaid-8 | skd-maskinportenschemaid-8"_s);
    QCOMPARE(entry(reply, u"AUTH.VLD-00008"_s).value(u"Invalid Urn Details : "_s).toString(),
        u"Not found: urn:altinn:accesspackage:kravogutlegg"_s);

    // The taken id joins the others (VLD-00002 between 00001 and 00005).
    const Reply taken = create(sandbox,
        with(plainSystem(u"991825827_taken"_s),
            {{u"allowedRedirectUrls"_s, QJsonArray{u"ftp://x.example/"_s}}}),
        token);
    QCOMPARE(codes(taken), (QStringList{u"AUTH.VLD-00002"_s, u"AUTH.VLD-00005"_s}));
}

void TestSandboxSystemRegister::createReportsTheVendorPrefixAlone_data()
{
    QTest::addColumn<QString>("vendorId");
    QTest::addColumn<QString>("tokenOrg");
    QTest::newRow("other scheme") << u"9908:991825827"_s << Org;
    QTest::newRow("org number only") << u"991825827"_s << Org;
    QTest::newRow("empty") << u""_s << Org;
    QTest::newRow("from a non-owner: before the ownership check") << u"9908:991825827"_s << OtherOrg;
}

void TestSandboxSystemRegister::createReportsTheVendorPrefixAlone()
{
    QFETCH(QString, vendorId);
    QFETCH(QString, tokenOrg);
    SandboxHarness sandbox;
    QJsonObject body = plainSystem(u"991825827_a b"_s);
    body.insert(u"vendor"_s, vendor(vendorId));
    body.insert(u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s});
    const Reply reply = create(sandbox, body, writeToken(sandbox, tokenOrg));
    QCOMPARE(reply.status, 400);
    QCOMPARE(codes(reply), QStringList{u"AUTH.VLD-00000"_s});
    QCOMPARE(paths(entry(reply, u"AUTH.VLD-00000"_s)), QStringList{u"/registersystemrequest/vendor/id"_s});
}

void TestSandboxSystemRegister::createChecksOwnershipBeforeReturningValidationErrors()
{
    SandboxHarness sandbox;
    const QByteArray theirs = writeToken(sandbox, OtherOrg);
    QJsonObject broken = plainSystem(u"991825827_a b"_s);
    broken.insert(u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s});
    const Reply reply = create(sandbox, broken, theirs);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.isEmpty());

    QCOMPARE(create(sandbox, plainSystem(SystemId), theirs).status, 403);
    QCOMPARE(create(sandbox, plainSystem(SystemId), tokenWithoutConsumer(sandbox)).status, 403);
    QVERIFY(sandbox.context().state.systems.isEmpty());
}

void TestSandboxSystemRegister::adminScopeBypassesOwnership()
{
    SandboxHarness sandbox;
    const QByteArray admin = adminToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(SystemId, {u"c1"_s}), admin).status, 200);
    // The broken body of a non-owner admin is answered with its errors, not 403.
    const Reply broken = create(sandbox, plainSystem(u"991825827_a b"_s), admin);
    QCOMPARE(broken.status, 400);
    QCOMPARE(codes(broken), QStringList{u"AUTH.VLD-00013"_s});

    QCOMPARE(sandbox.get(systemUrl(SystemId), writeToken(sandbox)).status, 200); // the owner sees it
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId), plainSystem(SystemId, {u"c2"_s}), admin)));
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId, u"/rights"_s), QJsonArray(), admin)));
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId, u"/accesspackages"_s), QJsonArray(), admin)));
    QCOMPARE(sandbox.get(systemUrl(SystemId, u"/changelog"_s), admin).status, 200);
    QVERIFY(isSucceeded(sandbox.del(systemUrl(SystemId), admin)));

    const QJsonArray log = sandbox.get(systemUrl(SystemId, u"/changelog"_s), writeToken(sandbox)).array();
    QCOMPARE(log.size(), 5);
    for (const QJsonValue &item : log)
        QCOMPARE(item.toObject().value(u"changedByOrgNumber"_s).toString(), OtherOrg);
}

void TestSandboxSystemRegister::everyEndpointNeedsTokenAndScope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("body");
    QTest::newRow("POST vendor") << QByteArray("POST") << Base << QJsonValue(plainSystem(SystemId));
    QTest::newRow("GET vendor") << QByteArray("GET") << Base << QJsonValue();
    QTest::newRow("GET vendor/{id}") << QByteArray("GET") << systemUrl(SystemId) << QJsonValue();
    QTest::newRow("PUT vendor/{id}") << QByteArray("PUT") << systemUrl(SystemId)
                                     << QJsonValue(plainSystem(SystemId));
    QTest::newRow("PUT rights") << QByteArray("PUT") << systemUrl(SystemId, u"/rights"_s)
                                << QJsonValue(QJsonArray());
    QTest::newRow("PUT accesspackages")
        << QByteArray("PUT") << systemUrl(SystemId, u"/accesspackages"_s) << QJsonValue(QJsonArray());
    QTest::newRow("DELETE vendor/{id}") << QByteArray("DELETE") << systemUrl(SystemId) << QJsonValue();
    QTest::newRow("GET changelog") << QByteArray("GET") << systemUrl(SystemId, u"/changelog"_s)
                                   << QJsonValue();
}

void TestSandboxSystemRegister::everyEndpointNeedsTokenAndScope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonValue, body);
    SandboxHarness sandbox;
    QCOMPARE(create(sandbox, plainSystem(SystemId), writeToken(sandbox)).status, 200);
    const QByteArray bytes = SandboxHarness::toBytes(body);

    const Reply anonymous = sandbox.send(method, path, bytes);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.body.isEmpty());

    const QByteArray requestScopes =
        sandbox.vendorToken(Org, {SandboxScopes::RequestWrite, SandboxScopes::RequestRead});
    const Reply wrongScope = sandbox.send(method, path, bytes, requestScopes);
    QCOMPARE(wrongScope.status, 403);
    QVERIFY(wrongScope.body.isEmpty());

    // The scope check precedes binding: a broken body with the wrong scope is still 403.
    if (!bytes.isEmpty())
        QCOMPARE(sandbox.send(method, path, "{", requestScopes).status, 403);

    const Reply allowed = sandbox.send(method, path, bytes, writeToken(sandbox));
    QVERIFY2(allowed.status != 401 && allowed.status != 403, qPrintable(QString::number(allowed.status)));
}

void TestSandboxSystemRegister::bindingFailuresGiveModelStateProblems_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("message"); // part of errors[keys[0]][0]

    QTest::newRow("POST empty body") << QByteArray("POST") << Base << QByteArray(" ")
                                     << QStringList{u""_s, u"registerNewSystem"_s}
                                     << u"A non-empty request body is required."_s;
    QTest::newRow("POST malformed") << QByteArray("POST") << Base << QByteArray("{\"id\": ")
                                    << QStringList{u"$"_s, u"registerNewSystem"_s}
                                    << u"Path: $ | LineNumber: 0"_s;
    QTest::newRow("POST array")
        << QByteArray("POST") << Base << QByteArray("[]") << QStringList{u"$"_s, u"registerNewSystem"_s}
        << u"could not be converted to "
           u"Altinn.Platform.Authentication.Core.SystemRegister.Models.RegisterSystemRequest"_s;
    QTest::newRow("POST null") << QByteArray("POST") << Base << QByteArray("null")
                               << QStringList{u"registerNewSystem"_s}
                               << u"The registerNewSystem field is required."_s;
    QJsonObject withoutIdAndVendor = plainSystem(SystemId);
    withoutIdAndVendor.remove(u"id"_s);
    withoutIdAndVendor.remove(u"vendor"_s);
    QTest::newRow("POST missing id and vendor")
        << QByteArray("POST") << Base << SandboxHarness::toBytes(withoutIdAndVendor)
        << QStringList{u"$"_s, u"registerNewSystem"_s}
        << u"missing required properties including: 'id', 'vendor'."_s;
    QTest::newRow("POST isVisible as text")
        << QByteArray("POST") << Base
        << SandboxHarness::toBytes(with(plainSystem(SystemId), {{u"IsVisible"_s, u"yes"_s}}))
        << QStringList{u"$.IsVisible"_s, u"registerNewSystem"_s}
        << u"The JSON value could not be converted to System.Boolean. Path: $.IsVisible."_s;
    QTest::newRow("POST rights as object")
        << QByteArray("POST") << Base
        << SandboxHarness::toBytes(with(plainSystem(SystemId), {{u"rights"_s, QJsonObject()}}))
        << QStringList{u"$.rights"_s, u"registerNewSystem"_s}
        << u"could not be converted to System.Collections"_s;
    QTest::newRow("POST id null") << QByteArray(
        "POST") << Base << SandboxHarness::toBytes(with(plainSystem(SystemId), {{u"id"_s, QJsonValue::Null}}))
                                  << QStringList{u"Id"_s} << u"The Id field is required."_s;
    QJsonObject pairWithoutValue{
        {u"resource"_s, QJsonArray{QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}}}}};
    QTest::newRow("POST attribute pair without value")
        << QByteArray("POST") << Base
        << SandboxHarness::toBytes(with(plainSystem(SystemId), {{u"rights"_s, QJsonArray{pairWithoutValue}}}))
        << QStringList{u"Rights[0].Resource[0].Value"_s} << u"The Value field is required."_s;
    QTest::newRow("PUT malformed") << QByteArray("PUT") << systemUrl(SystemId) << QByteArray("{")
                                   << QStringList{u"$"_s, u"proposedUpdateToSystem"_s} << u"Path: $"_s;
    QTest::newRow("PUT rights object") << QByteArray("PUT") << systemUrl(SystemId, u"/rights"_s)
                                       << QByteArray("{\"resource\": []}") << QStringList{u"$"_s, u"rights"_s}
                                       << u"could not be converted to System.Collections.Generic.List`1["_s;
    QTest::newRow("PUT rights pair with blank id")
        << QByteArray("PUT") << systemUrl(SystemId, u"/rights"_s)
        << QByteArray("[{\"resource\": [{\"id\": \" \", \"value\": \"x\"}]}]")
        << QStringList{u"[0].Resource[0].Id"_s} << u"The Id field is required."_s;
    QTest::newRow("PUT accesspackages number")
        << QByteArray("PUT") << systemUrl(SystemId, u"/accesspackages"_s) << QByteArray("[1]")
        << QStringList{u"$[0]"_s, u"accessPackages"_s} << u"AccessPackages.AccessPackage. Path: $[0]."_s;
}

void TestSandboxSystemRegister::bindingFailuresGiveModelStateProblems()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QFETCH(QString, message);

    SandboxHarness sandbox;
    const Reply reply = sandbox.send(
        method, path, body, writeToken(sandbox), {{"Content-Type", "application/json; charset=utf-8"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(isProblemJson(reply));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(u"type"_s).toString(), u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s);
    QCOMPARE(problem.value(u"title"_s).toString(), u"One or more validation errors occurred."_s);
    QCOMPARE(problem.value(u"status"_s).toInt(), 400);
    QVERIFY(!problem.contains(u"code"_s));
    const QJsonObject errors = problem.value(u"errors"_s).toObject();
    QStringList actualKeys = errors.keys();
    actualKeys.sort();
    keys.sort();
    QCOMPARE(actualKeys, keys);
    const QString firstKey = keys.contains(u"$"_s) ? u"$"_s : keys.constFirst();
    const QString actualMessage = errors.value(firstKey).toArray().at(0).toString();
    QVERIFY2(actualMessage.contains(message), qPrintable(actualMessage));
}

void TestSandboxSystemRegister::bodyWithoutJsonContentTypeIs415()
{
    SandboxHarness sandbox;
    const Reply reply = sandbox.send("POST", Base, {}, writeToken(sandbox));
    QCOMPARE(reply.status, 415);
    QVERIFY(isProblemJson(reply));
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"Unsupported Media Type"_s);
    const Reply textBody = sandbox.send("PUT", systemUrl(SystemId, u"/rights"_s), "[]", writeToken(sandbox),
        {{"Content-Type", "text/plain"}});
    QCOMPARE(textBody.status, 415);
    // application/*+json is JSON to ASP.NET.
    const Reply problemJson = sandbox.send("POST", Base, SandboxHarness::toBytes(plainSystem(SystemId)),
        writeToken(sandbox), {{"Content-Type", "application/problem+json"}});
    QCOMPARE(problemJson.status, 200);
}

void TestSandboxSystemRegister::createTrimsIdAndVendorOnly()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    // Member names in any casing; unknown members ignored; `authority` accepted and never written back.
    const QJsonObject body{
        {u"Id"_s, u"  991825827_trim \t"_s},
        {u"VENDOR"_s,
            QJsonObject{{u"id"_s, u" 0192:991825827 "_s}, {u"authority"_s, u"iso6523-actorid-upis"_s}}},
        {u"Name"_s, texts(u" Navn "_s, u"Namn"_s, u"Name"_s)},
        {u"description"_s, texts(u"Beskrivelse"_s, u"Skildring"_s, u"Description"_s)},
        {u"clientid"_s, QJsonArray{u" client with spaces "_s}},
        {u"systemVendorOrgNumber"_s, u"310547891"_s},
        {u"softDeleted"_s, true},
    };
    QCOMPARE(create(sandbox, body, token).status, 200);
    const Reply reply = sandbox.get(systemUrl(u"991825827_trim"_s), token);
    QCOMPARE(reply.status, 200);
    const QJsonObject system = reply.object();
    QCOMPARE(system.value(u"id"_s).toString(), u"991825827_trim"_s);
    QCOMPARE(system.value(u"vendor"_s).toObject(), vendor(u"0192:991825827"_s));
    QCOMPARE(
        system.value(u"name"_s).toObject().value(u"nb"_s).toString(), u" Navn "_s); // dictionary: untouched
    QCOMPARE(system.value(u"clientId"_s).toArray(), QJsonArray{u" client with spaces "_s}); // list: untouched
    QCOMPARE(system.value(u"isDeleted"_s), QJsonValue(false));
}

void TestSandboxSystemRegister::createFailuresBehindTheValidation_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");

    QTest::newRow("vendor without ID") << QJsonObject{{u"vendor"_s, QJsonObject()}} << 500 << NullReference;
    QTest::newRow("vendor ID null") << QJsonObject{{u"vendor"_s, QJsonObject{{u"ID"_s, QJsonValue::Null}}}}
                                    << 500 << NullReference;
    QTest::newRow("vendor 0192 without org number") << QJsonObject{{u"vendor"_s, vendor(u" 0192 "_s)}} << 500
                                                    << u"Index was outside the bounds of the array."_s;
    QTest::newRow("rights null") << QJsonObject{{u"rights"_s, QJsonValue::Null}} << 500 << NullReference;
    QTest::newRow("the same client id twice")
        << QJsonObject{{u"clientId"_s, QJsonArray{u"dup-client"_s, u"dup-client"_s}}} << 409
        << u"The System already exist: 991825827_smartregnskap"_s;
    QTest::newRow("client ids differing in case")
        << QJsonObject{{u"clientId"_s, QJsonArray{u"dup-client"_s, u"DUP-CLIENT"_s}}} << 409
        << u"The System already exist: 991825827_smartregnskap"_s;
    QTest::newRow("id over 255 characters")
        << QJsonObject{{u"id"_s, QString(u"991825827_"_s + QString(246, u'a'))}} << 500
        << u"22001: value too long for type character varying(255)"_s;
}

void TestSandboxSystemRegister::createFailuresBehindTheValidation()
{
    QFETCH(QJsonObject, patch);
    QFETCH(int, status);
    QFETCH(QString, text);
    SandboxHarness sandbox;
    const Reply reply = create(sandbox, with(plainSystem(SystemId), patch), writeToken(sandbox));
    QCOMPARE(reply.status, status);
    QVERIFY(isPlainText(reply));
    QCOMPARE(bodyText(reply), text);
    QVERIFY(sandbox.context().state.systems.isEmpty());
    QVERIFY(sandbox.context().state.clientIdOwners.isEmpty());
    QVERIFY(sandbox.context().state.changeLog.isEmpty());
}

void TestSandboxSystemRegister::missingLanguageAnswers400OrQuirky500()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QJsonObject body = plainSystem(SystemId);
    body.insert(u"name"_s, QJsonObject{{u"nb"_s, u"Navn"_s}, {u"en"_s, u"Name"_s}});
    body.insert(u"description"_s, QJsonObject{{u"nn"_s, u"Skildring"_s}});

    // Default: a clearer 400 with sandbox codes, listed after the service's own.
    QVERIFY(!sandbox.context().settings.missingLanguageGives500);
    const Reply clear =
        create(sandbox, with(body, {{u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s}}}), token);
    QCOMPARE(clear.status, 400);
    QCOMPARE(codes(clear),
        (QStringList{u"AUTH.VLD-00005"_s, u"LOCAL.NAME-MISSING"_s, u"LOCAL.DESCRIPTION-MISSING"_s}));
    QCOMPARE(paths(entry(clear, u"LOCAL.NAME-MISSING"_s)), QStringList{u"/registersystemrequest/name"_s});
    QCOMPARE(paths(entry(clear, u"LOCAL.DESCRIPTION-MISSING"_s)),
        QStringList{u"/registersystemrequest/description"_s});
    QVERIFY(entry(clear, u"LOCAL.NAME-MISSING"_s).value(u"title"_s).toString().contains(u"nn"_s));
    QVERIFY(entry(clear, u"LOCAL.DESCRIPTION-MISSING"_s).value(u"title"_s).toString().contains(u"nb, en"_s));

    // Quirk on: the database's CHECK constraint as 500 text, after (not among) the validation errors.
    sandbox.context().settings.missingLanguageGives500 = true;
    const Reply quirkyWithOtherError =
        create(sandbox, with(body, {{u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s}}}), token);
    QCOMPARE(codes(quirkyWithOtherError), QStringList{u"AUTH.VLD-00005"_s});
    const Reply quirky = create(sandbox, body, token);
    QCOMPARE(quirky.status, 500);
    QVERIFY(isPlainText(quirky));
    QCOMPARE(bodyText(quirky),
        u"23514: value for domain business_application.translated_text violates check constraint "
        u"\"translated_text_contains_nn\""_s);
    const Reply descriptionOnly =
        create(sandbox, with(body, {{u"name"_s, texts(u"a"_s, u"b"_s, u"c"_s)}}), token);
    QVERIFY(bodyText(descriptionOnly).endsWith(u"\"translated_text_contains_en\""_s));
    QVERIFY(sandbox.context().state.systems.isEmpty());

    // PUT: the database error is an unhandled exception there (ASP.NET's 500 problem).
    sandbox.context().settings.missingLanguageGives500 = false;
    QCOMPARE(create(sandbox, plainSystem(SystemId), token).status, 200);
    const Reply putClear = sandbox.put(systemUrl(SystemId), body, token);
    QCOMPARE(putClear.status, 400);
    QCOMPARE(codes(putClear), (QStringList{u"LOCAL.NAME-MISSING"_s, u"LOCAL.DESCRIPTION-MISSING"_s}));
    sandbox.context().settings.missingLanguageGives500 = true;
    const Reply putQuirky = sandbox.put(systemUrl(SystemId), body, token);
    QCOMPARE(putQuirky.status, 500);
    QVERIFY(isProblemJson(putQuirky));
    QCOMPARE(putQuirky.object().value(u"status"_s).toInt(), 500);
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object().value(u"name"_s).toObject(),
        texts(u"Navn"_s, u"Namn"_s, u"Name"_s));
}

void TestSandboxSystemRegister::idEqualToTheOrgNumberPassesTheFormatCheck()
{
    // DoesSystemIdStartWithOrgnumber compares the text before the first '_': "991825827" itself passes.
    SandboxHarness sandbox;
    QCOMPARE(create(sandbox, plainSystem(Org), writeToken(sandbox)).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"991825827x"_s), writeToken(sandbox)).status, 400);
}

void TestSandboxSystemRegister::updateReplacesTheSystemAndSyncsClientIds()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(SystemId, {u"client-a"_s, u"client-b"_s}), token).status, 200);

    QJsonObject replacement = plainSystem(SystemId, {u"client-b"_s, u"client-c"_s});
    replacement.insert(u"name"_s, texts(u"Nytt"_s, u"Nytt"_s, u"New"_s));
    replacement.insert(u"isVisible"_s, false);
    replacement.insert(u"allowedRedirectUrls"_s, QJsonArray{u"https://new.example"_s});
    replacement.insert(u"accessPackages"_s, QJsonValue::Null);
    const Reply reply = sandbox.put(systemUrl(SystemId), replacement, token);
    QVERIFY2(isSucceeded(reply), reply.body.constData());

    QJsonObject expected = replacement;
    expected.remove(u"accessPackages"_s);
    expected.insert(u"rights"_s, QJsonArray());
    expected.insert(u"allowedRedirectUrls"_s, QJsonArray{u"https://new.example/"_s});
    expected.insert(u"isDeleted"_s, false);
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object(), expected);

    // client-a is free again, client-c is now taken.
    QCOMPARE(create(sandbox, plainSystem(u"991825827_second"_s, {u"client-a"_s}), token).status, 200);
    QCOMPARE(codes(create(sandbox, plainSystem(u"991825827_third"_s, {u"client-c"_s}), token)),
        QStringList{u"AUTH.VLD-00004"_s});
    QCOMPARE(sandbox.context().state.clientIdOwners.value(u"client-c"_s), SystemId);
}

void TestSandboxSystemRegister::updateFollowsTheServerCheckOrder_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("caller"); // owner | other | admin
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text"); // text/plain body, or empty
    QTest::addColumn<QStringList>("expectedCodes");

    const QString live = u"991825827_live"_s;
    const QString gone = u"991825827_gone"_s;
    const QString nope = u"991825827_nope"_s;
    const QJsonObject brokenRights{{u"rights"_s, QJsonArray{right(u"x"_s, u"urn:altinn:org"_s)}}};
    const QJsonObject theirVendor{{u"vendor"_s, vendor(u"0192:310547891"_s)}};

    QTest::newRow("1 unknown system") << nope << QJsonObject() << u"owner"_s << 404
                                      << u"System with ID '991825827_nope' not found."_s << QStringList();
    QTest::newRow("1 before 2") << nope << theirVendor << u"other"_s << 404
                                << u"System with ID '991825827_nope' not found."_s << QStringList();
    QTest::newRow("2 not owner, wrong vendor too")
        << live << theirVendor << u"other"_s << 403 << QString() << QStringList();
    QTest::newRow("3 body vendor differs")
        << live << theirVendor << u"owner"_s << 404 << u"System with ID '991825827_live' not found."_s
        << QStringList();
    QTest::newRow("3 body vendor missing")
        << live << QJsonObject{{u"vendor"_s, QJsonObject()}} << u"owner"_s << 404
        << u"System with ID '991825827_live' not found."_s << QStringList();
    QTest::newRow("3 body vendor without prefix")
        << live << QJsonObject{{u"vendor"_s, vendor(Org)}} << u"owner"_s << 404
        << u"System with ID '991825827_live' not found."_s << QStringList();
    QTest::newRow("3 admin, body vendor differs")
        << live << theirVendor << u"admin"_s << 404 << u"System with ID '991825827_live' not found."_s
        << QStringList();
    QJsonObject otherId = brokenRights;
    otherId.insert(u"id"_s, u"991825827_other"_s);
    QTest::newRow("4 body id differs: VLD-00012 alone")
        << live << otherId << u"owner"_s << 400 << QString() << QStringList{u"AUTH.VLD-00012"_s};
    QTest::newRow("4 before 5") << gone << otherId << u"owner"_s << 400 << QString()
                                << QStringList{u"AUTH.VLD-00012"_s};
    QTest::newRow("5 deleted") << gone << QJsonObject() << u"owner"_s << 400
                               << u"Cannot update a system marked as deleted."_s << QStringList();
    QTest::newRow("5 before 6") << gone << brokenRights << u"owner"_s << 400
                                << u"Cannot update a system marked as deleted."_s << QStringList();
    QTest::newRow("6 validation") << live << brokenRights << u"owner"_s << 400 << QString()
                                  << QStringList{u"AUTH.VLD-00009"_s};
    QTest::newRow("rights null: unhandled") << live << QJsonObject{{u"rights"_s, QJsonValue::Null}}
                                            << u"owner"_s << 500 << QString() << QStringList();
    QTest::newRow("8 success") << live << QJsonObject() << u"owner"_s << 200 << QString() << QStringList();
    QTest::newRow("8 success, vendor trimmed")
        << live << QJsonObject{{u"vendor"_s, vendor(u" 0192:991825827 "_s)}} << u"owner"_s << 200 << QString()
        << QStringList();
    QTest::newRow("8 admin") << live << QJsonObject() << u"admin"_s << 200 << QString() << QStringList();
}

void TestSandboxSystemRegister::updateFollowsTheServerCheckOrder()
{
    QFETCH(QString, target);
    QFETCH(QJsonObject, patch);
    QFETCH(QString, caller);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(QStringList, expectedCodes);

    SandboxHarness sandbox;
    const QByteArray owner = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_live"_s, {u"c1"_s}), owner).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_gone"_s, {u"c2"_s}), owner).status, 200);
    QVERIFY(isSucceeded(sandbox.del(systemUrl(u"991825827_gone"_s), owner)));

    const QByteArray token = caller == u"owner" ? owner
        : caller == u"admin"                    ? adminToken(sandbox)
                                                : writeToken(sandbox, OtherOrg);
    const Reply reply = sandbox.put(systemUrl(target), with(plainSystem(target, {u"c1"_s}), patch), token);
    QCOMPARE(reply.status, status);
    if (!text.isEmpty()) {
        QVERIFY(isPlainText(reply));
        QCOMPARE(bodyText(reply), text);
    } else if (!expectedCodes.isEmpty()) {
        QCOMPARE(codes(reply), expectedCodes);
    } else if (status == 200) {
        QVERIFY(isSucceeded(reply));
    } else if (status == 403) {
        QVERIFY(reply.body.isEmpty());
    } else if (status == 500) {
        QVERIFY(isProblemJson(reply));
    }
}

void TestSandboxSystemRegister::updateCollectsRightsPackagesAndClientIdErrors()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(SystemId, {u"own-client"_s}), token).status, 200);
    QCOMPARE(
        create(sandbox, plainSystem(u"991825827_other"_s, {u"held-1"_s, u"held-2"_s}), token).status, 200);

    QJsonObject body = plainSystem(SystemId, {u"own-client"_s, u"OWN-CLIENT"_s, u"held-1"_s, u"Held-2"_s});
    body.insert(u"rights"_s, QJsonArray{right(u"ske-krav-og-betaling"_s)});
    body.insert(u"accessPackages"_s, QJsonArray{package(u"skatt-naering"_s), package(u"skatt-naering"_s)});
    // PUT checks neither the id format nor the redirect URLs' scheme.
    body.insert(u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s});
    const Reply reply = sandbox.put(systemUrl(SystemId), body, token);
    QCOMPARE(reply.status, 400);
    // VLD-00004 once per offending client id.
    QCOMPARE(codes(reply),
        (QStringList{u"AUTH.VLD-00003"_s, u"AUTH.VLD-00007"_s, u"AUTH.VLD-00011"_s, u"AUTH.VLD-00004"_s,
            u"AUTH.VLD-00004"_s}));
    QCOMPARE(paths(entry(reply, u"AUTH.VLD-00011"_s)), QStringList{ClientIdPath});
    QCOMPARE(paths(entry(reply, u"AUTH.VLD-00004"_s)), QStringList{ClientIdPath});

    // VLD-00018 against the body's isVisible.
    QJsonObject visible = plainSystem(SystemId, {u"own-client"_s});
    visible.insert(u"accessPackages"_s, QJsonArray{package(u"regnskapsforer-med-signeringsrettighet"_s)});
    QCOMPARE(codes(sandbox.put(systemUrl(SystemId), visible, token)), QStringList{u"AUTH.VLD-00018"_s});
    visible.insert(u"isVisible"_s, false);
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId), visible, token)));
}

void TestSandboxSystemRegister::updateLeavesRedirectUrlsToTheDatabase()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(SystemId), token).status, 200);

    // The database's uri domain takes http too.
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId),
        with(plainSystem(SystemId), {{u"allowedRedirectUrls"_s, QJsonArray{u"http://plain.example"_s}}}),
        token)));
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object().value(u"allowedRedirectUrls"_s).toArray(),
        QJsonArray{u"http://plain.example/"_s});

    // A relative URL fails in the database: unhandled, ASP.NET's 500 problem; nothing changes.
    const Reply reply = sandbox.put(systemUrl(SystemId),
        with(plainSystem(SystemId), {{u"allowedRedirectUrls"_s, QJsonArray{u"plain.example/cb"_s}}}), token);
    QCOMPARE(reply.status, 500);
    QVERIFY(isProblemJson(reply));
    QCOMPARE(
        reply.object().value(u"type"_s).toString(), u"https://tools.ietf.org/html/rfc9110#section-15.6.1"_s);
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object().value(u"allowedRedirectUrls"_s).toArray(),
        QJsonArray{u"http://plain.example/"_s});
}

void TestSandboxSystemRegister::updateRightsReplacesRightsOnly()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, exampleSystem(), token).status, 200);

    const QJsonArray rights{
        right(u"app_ttd_endring-av-navn-v2"_s), right(u"korrespondanse-fra-sivilforsvaret"_s)};
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId, u"/rights"_s), rights, token)));
    QJsonObject expected = sandbox.get(systemUrl(SystemId), token).object();
    QCOMPARE(expected.value(u"rights"_s).toArray(), rights);
    QCOMPARE(expected.value(u"accessPackages"_s).toArray(), QJsonArray{package(u"skatt-naering"_s)});
    QCOMPARE(expected.value(u"clientId"_s).toArray(), QJsonArray{ClientA});

    const Reply invalid = sandbox.put(systemUrl(SystemId, u"/rights"_s),
        QJsonArray{right(u"ske-krav-og-betaling"_s), right(u"x"_s, u"urn:altinn:org"_s),
            right(u"se_3225_1596"_s), right(u"se_3225_1596"_s)},
        token);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(codes(invalid),
        (QStringList{u"AUTH.VLD-00009"_s, u"AUTH.VLD-00003"_s, u"AUTH.VLD-00017"_s, u"AUTH.VLD-00006"_s}));
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object().value(u"rights"_s).toArray(), rights);
}

void TestSandboxSystemRegister::updateAccessPackagesUsesTheStoredVisibility()
{
    SandboxHarness sandbox;
    REQUIRE_CATALOGUE(sandbox);
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_visible"_s), token).status, 200);
    QCOMPARE(
        create(sandbox, with(plainSystem(u"991825827_hidden"_s), {{u"isVisible"_s, false}}), token).status,
        200);

    const QJsonArray clientPackage{package(u"regnskapsforer-med-signeringsrettighet"_s)};
    const Reply visible =
        sandbox.put(systemUrl(u"991825827_visible"_s, u"/accesspackages"_s), clientPackage, token);
    QCOMPARE(visible.status, 400);
    QCOMPARE(codes(visible), QStringList{u"AUTH.VLD-00018"_s});
    QVERIFY(isSucceeded(
        sandbox.put(systemUrl(u"991825827_hidden"_s, u"/accesspackages"_s), clientPackage, token)));
    QCOMPARE(
        sandbox.get(systemUrl(u"991825827_hidden"_s), token).object().value(u"accessPackages"_s).toArray(),
        clientPackage);

    const Reply invalid = sandbox.put(systemUrl(u"991825827_hidden"_s, u"/accesspackages"_s),
        QJsonArray{package(u"kravogutlegg"_s), package(u"kravogutlegg"_s)}, token);
    QCOMPARE(codes(invalid), (QStringList{u"AUTH.VLD-00008"_s, u"AUTH.VLD-00007"_s}));
    QCOMPARE(entry(invalid, u"AUTH.VLD-00008"_s).value(u"Invalid Urn Details : "_s).toString(),
        u"Not found: urn:altinn:accesspackage:kravogutlegg, urn:altinn:accesspackage:kravogutlegg"_s);
}

void TestSandboxSystemRegister::partialUpdatesRefuseUnknownForeignAndDeletedSystems_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("foreign");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    for (const QString &suffix : {u"/rights"_s, u"/accesspackages"_s}) {
        const QByteArray prefix = suffix.toLatin1();
        // Sandbox choice: 404 with the PUT text where the service answers 500.
        QTest::newRow(QByteArray(prefix + " unknown").constData())
            << suffix << u"991825827_nope"_s << false << 404
            << u"System with ID '991825827_nope' not found."_s;
        QTest::newRow(QByteArray(prefix + " foreign").constData())
            << suffix << u"991825827_live"_s << true << 403 << QString();
        QTest::newRow(QByteArray(prefix + " foreign and deleted").constData())
            << suffix << u"991825827_gone"_s << true << 403 << QString();
        QTest::newRow(QByteArray(prefix + " deleted").constData())
            << suffix << u"991825827_gone"_s << false << 400
            << u"Cannot update a system marked as deleted."_s;
    }
}

void TestSandboxSystemRegister::partialUpdatesRefuseUnknownForeignAndDeletedSystems()
{
    QFETCH(QString, suffix);
    QFETCH(QString, target);
    QFETCH(bool, foreign);
    QFETCH(int, status);
    QFETCH(QString, text);
    SandboxHarness sandbox;
    const QByteArray owner = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_live"_s), owner).status, 200);
    QCOMPARE(create(sandbox, plainSystem(u"991825827_gone"_s), owner).status, 200);
    QVERIFY(isSucceeded(sandbox.del(systemUrl(u"991825827_gone"_s), owner)));

    // A body with validation errors: the refusals come first.
    const QJsonArray body = suffix == u"/rights" ? QJsonArray{right(u"x"_s, u"urn:altinn:org"_s)}
                                                 : QJsonArray{QJsonObject{{u"urn"_s, u"bad"_s}}};
    const Reply reply =
        sandbox.put(systemUrl(target, suffix), body, foreign ? writeToken(sandbox, OtherOrg) : owner);
    QCOMPARE(reply.status, status);
    if (text.isEmpty()) {
        QVERIFY(reply.body.isEmpty());
    } else {
        QVERIFY(isPlainText(reply));
        QCOMPARE(bodyText(reply), text);
    }
}

void TestSandboxSystemRegister::deleteSoftDeletesAndFreesClientIds()
{
    SandboxHarness sandbox;
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(create(sandbox, plainSystem(SystemId, {u"shared-client"_s}), token).status, 200);

    const Reply reply = sandbox.del(systemUrl(SystemId), token);
    QVERIFY2(isSucceeded(reply), reply.body.constData());

    // Still there, flagged; the stored clientId column is kept although the ids are detached.
    const QJsonObject system = sandbox.get(systemUrl(SystemId), token).object();
    QCOMPARE(system.value(u"isDeleted"_s), QJsonValue(true));
    QCOMPARE(system.value(u"clientId"_s).toArray(), QJsonArray{u"shared-client"_s});
    QCOMPARE(sandbox.get(Base, token).array(), QJsonArray());
    QVERIFY(sandbox.context().state.clientIdOwners.isEmpty());

    const Reply put = sandbox.put(systemUrl(SystemId), plainSystem(SystemId), token);
    QCOMPARE(put.status, 400);
    QCOMPARE(bodyText(put), u"Cannot update a system marked as deleted."_s);
    // The id stays reserved; the client id is free.
    QCOMPARE(codes(create(sandbox, plainSystem(SystemId), token)), QStringList{u"AUTH.VLD-00002"_s});
    QCOMPARE(create(sandbox, plainSystem(u"991825827_successor"_s, {u"shared-client"_s}), token).status, 200);
    QCOMPARE(sandbox.context().state.clientIdOwners.value(u"shared-client"_s), u"991825827_successor"_s);
}

void TestSandboxSystemRegister::deleteRefusesUnknownAndForeignSystems()
{
    SandboxHarness sandbox;
    QCOMPARE(create(sandbox, plainSystem(SystemId), writeToken(sandbox)).status, 200);

    const Reply unknown = sandbox.del(systemUrl(u"991825827_nope"_s), writeToken(sandbox));
    QCOMPARE(unknown.status, 400);
    QVERIFY(isProblemJson(unknown));
    QCOMPARE(unknown.object().value(u"title"_s).toString(), u"One or more validation errors occurred."_s);
    QCOMPARE(unknown.object().value(u"errors"_s).toObject(),
        (QJsonObject{{u"return"_s, QJsonArray{u"System not found"_s}}}));

    const Reply foreign = sandbox.del(systemUrl(SystemId), writeToken(sandbox, OtherOrg));
    QCOMPARE(foreign.status, 403);
    QVERIFY(foreign.body.isEmpty());
    QVERIFY(!sandbox.context().state.systems.value(SystemId).isDeleted);
}

void TestSandboxSystemRegister::deleteQuirk_data()
{
    QTest::addColumn<bool>("quirk");
    QTest::addColumn<bool>("withClientIds");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<int>("status");
    QTest::newRow("off, no client ids") << false << false << false << 200;
    QTest::newRow("off, client ids") << false << true << false << 200;
    QTest::newRow("off, already deleted") << false << true << true << 200;
    QTest::newRow("on, no client ids") << true << false << false << 400;
    QTest::newRow("on, client ids") << true << true << false << 200;
    QTest::newRow("on, already deleted") << true << true << true << 400;
}

void TestSandboxSystemRegister::deleteQuirk()
{
    QFETCH(bool, quirk);
    QFETCH(bool, withClientIds);
    QFETCH(bool, twice);
    QFETCH(int, status);
    SandboxHarness sandbox;
    sandbox.context().settings.deleteSystemWithoutClientIdsFails = quirk;
    const QByteArray token = writeToken(sandbox);
    QCOMPARE(
        create(sandbox, plainSystem(SystemId, withClientIds ? QStringList{u"c1"_s} : QStringList()), token)
            .status,
        200);
    if (twice)
        QVERIFY(isSucceeded(sandbox.del(systemUrl(SystemId), token)));

    const Reply reply = sandbox.del(systemUrl(SystemId), token);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QVERIFY(isSucceeded(reply));
    } else {
        // A bare BadRequest(): ASP.NET's default problem, and the flag is set anyway.
        QVERIFY(isProblemJson(reply));
        QCOMPARE(reply.object().value(u"type"_s).toString(),
            u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s);
        QCOMPARE(reply.object().value(u"title"_s).toString(), u"Bad Request"_s);
        QVERIFY(!reply.object().contains(u"errors"_s));
        QVERIFY(!reply.object().contains(u"code"_s));
    }
    QCOMPARE(sandbox.get(systemUrl(SystemId), token).object().value(u"isDeleted"_s), QJsonValue(true));
}

void TestSandboxSystemRegister::changeLogRecordsEveryChange()
{
    SandboxHarness sandbox;
    const auto mint = [&sandbox] {
        return sandbox.context().tokens.mintVendorToken(Org, {SandboxScopes::SystemRegisterWrite},
            sandbox.context().clock.now(), u"my-maskinporten-client"_s);
    };
    QByteArray token = mint();

    const QJsonObject created =
        with(plainSystem(SystemId, {u"c1"_s}), {{u"id"_s, u" 991825827_smartregnskap "_s}});
    const Reply createReply = create(sandbox, created, token);
    QCOMPARE(createReply.status, 200);
    const QString internalId = QJsonDocument::fromJson('[' + createReply.body + ']').array().at(0).toString();
    const QJsonObject updated = with(plainSystem(SystemId, {u"c2"_s}), {{u"isVisible"_s, false}});
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId), updated, token)));
    const QJsonArray rights{QJsonObject{{u"resource"_s, QJsonArray()}}};
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId, u"/rights"_s), rights, token)));
    QVERIFY(isSucceeded(sandbox.put(systemUrl(SystemId, u"/accesspackages"_s), QJsonArray(), token)));
    sandbox.context().clock.advanceDays(1);
    token = mint();
    QVERIFY(isSucceeded(sandbox.del(systemUrl(SystemId), token)));
    // Failed attempts leave no trace.
    QCOMPARE(sandbox.put(systemUrl(SystemId, u"/rights"_s), QJsonArray(), token).status, 400);

    const Reply reply = sandbox.get(systemUrl(SystemId, u"/changelog"_s), token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonArray log = reply.array();
    QCOMPARE(log.size(), 5);
    // Newest first.
    const QStringList types{
        u"delete"_s, u"accesspackageupdate"_s, u"rightsupdate"_s, u"update"_s, u"create"_s};
    const QList<QJsonValue> data{QJsonValue(), QJsonArray(), rights, updated, created};
    QDateTime previous;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject item = log.at(i).toObject();
        QCOMPARE(item.value(u"changeType"_s).toString(), types.at(i));
        QCOMPARE(item.value(u"systemInternalId"_s).toString(), internalId);
        QCOMPARE(item.value(u"changedByOrgNumber"_s).toString(), Org);
        QCOMPARE(item.value(u"clientId"_s).toString(), u"my-maskinporten-client"_s);
        if (i == 0)
            QVERIFY(!item.contains(u"changedData"_s)); // delete: null, left out
        else
            QCOMPARE(item.value(u"changedData"_s), data.at(i)); // as sent (the create id untrimmed)
        const QDateTime createdAt = Altinn::parseDateTime(item.value(u"created"_s).toString());
        QVERIFY(createdAt.isValid());
        if (previous.isValid())
            QVERIFY(createdAt <= previous);
        previous = createdAt;
    }
}

void TestSandboxSystemRegister::changeLogAnswers404Or403()
{
    SandboxHarness sandbox;
    QCOMPARE(create(sandbox, plainSystem(SystemId), writeToken(sandbox)).status, 200);
    const Reply unknown = sandbox.get(systemUrl(u"991825827_nope"_s, u"/changelog"_s), writeToken(sandbox));
    QCOMPARE(unknown.status, 404);
    QVERIFY(isPlainText(unknown));
    QCOMPARE(bodyText(unknown), u"System with ID 991825827_nope not found."_s);
    const Reply foreign = sandbox.get(systemUrl(SystemId, u"/changelog"_s), writeToken(sandbox, OtherOrg));
    QCOMPARE(foreign.status, 403);
    QVERIFY(foreign.body.isEmpty());
    QCOMPARE(sandbox.get(systemUrl(SystemId, u"/changelog"_s), adminToken(sandbox)).array().size(), 1);
}

void TestSandboxSystemRegister::validationProblemShapes()
{
    SandboxHarness sandbox;
    const QJsonObject body =
        with(plainSystem(SystemId), {{u"allowedRedirectUrls"_s, QJsonArray{u"http://x.example/"_s}}});
    const QString message =
        u"One or more of the redirect urls format is not valid. The valid format is https://xxx.xx"_s;

    const Reply v5 = create(sandbox, body, writeToken(sandbox));
    QCOMPARE(v5.status, 400);
    QVERIFY(isProblemJson(v5));
    QJsonObject problem = v5.object();
    QCOMPARE(problem.value(u"type"_s).toString(), u"urn:altinn:error:STD-00000"_s);
    QCOMPARE(problem.value(u"title"_s).toString(), u"One or more validation errors occurred."_s);
    QCOMPARE(problem.value(u"status"_s).toInt(), 400);
    QCOMPARE(problem.value(u"statusDescription"_s).toString(), u"Bad Request"_s);
    QVERIFY(!problem.value(u"traceId"_s).toString().isEmpty());
    QCOMPARE(entry(v5, u"AUTH.VLD-00005"_s).value(u"title"_s).toString(), message);

    sandbox.context().settings.problemShape = Altinn::ProblemDetails::Shape::V4;
    const Reply v4 = create(sandbox, body, writeToken(sandbox));
    QCOMPARE(v4.status, 400);
    problem = v4.object();
    QCOMPARE(problem.value(u"code"_s).toString(), u"STD-00000"_s);
    QCOMPARE(problem.value(u"type"_s).toString(), u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s);
    QCOMPARE(problem.value(u"title"_s).toString(), u"Bad Request"_s);
    QCOMPARE(problem.value(u"detail"_s).toString(), u"One or more validation errors occurred."_s);
    const QJsonObject v4Entry = entry(v4, u"AUTH.VLD-00005"_s);
    QCOMPARE(v4Entry.value(u"detail"_s).toString(), message);
    QVERIFY(!v4Entry.contains(u"title"_s));
    QCOMPARE(paths(v4Entry), QStringList{RedirectPath});
}

QTEST_GUILESS_MAIN(TestSandboxSystemRegister)
#include "TestSandboxSystemRegister.moc"
