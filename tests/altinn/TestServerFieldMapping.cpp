#include "ValidationFixtures.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/ServerFieldMapping.h"
#include "model/ApiError.h"
#include "validation/Finding.h"
#include "validation/SystemDefinitionValidator.h"
#include "validation/ValidationCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ValidationFixtures;
using Altinn::SystemDefinition;
using Validation::Finding;
using Validation::ServerFieldMapping;

class TestServerFieldMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointerFor_data();
    void pointerFor();
    void systemIdErrorLandsOnTheId();
    void unknownResourcesLandOnTheirRights();
    void invalidAttributeIdLandsOnThePairId();
    void packageDetailsLandOnTheirPackages();
    void invalidRedirectUrlsLandOnTheirRows();
    void duplicatesLandOnTheSecondOccurrence();
    void visibleWithClientPackageLandsOnVisibility();
    void clientIdInUseLandsOnTheOnlyClientId();
    void missingLanguageLandsOnTheLanguage();
    void errorWithoutPathUsesTheCodesPath();
    void modelStateKeysAreMapped();
    void unknownFieldIsKeptWithoutPath();
    void agreesWithTheLocalValidatorsPaths();
};

namespace {

/// A v5 validation problem as the system register sends it, parsed the way the clients parse it.
Altinn::ApiError validationProblem(const QJsonArray &validationErrors)
{
    const QJsonObject body{{u"type"_s, u"urn:altinn:error:STD-00000"_s},
        {u"title"_s, u"One or more validation errors occurred."_s}, {u"status"_s, 400},
        {u"code"_s, u"STD-00000"_s}, {u"traceId"_s, u"00-abc-01"_s},
        {u"validationErrors"_s, validationErrors}};
    return Altinn::ApiError::fromHttp(
        400, "application/problem+json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject entry(QStringView code, QStringView path, const QString &extraKey = {}, const QString &extra = {})
{
    QJsonObject object{{u"code"_s, code.toString()}, {u"title"_s, u"server message"_s},
        {u"paths"_s, QJsonArray{path.toString()}}};
    if (!extraKey.isEmpty())
        object.insert(extraKey, extra);
    return object;
}

QStringList pathsOf(const QList<Finding> &findings)
{
    QStringList paths;
    for (const Finding &finding : findings)
        paths.append(finding.path);
    return paths;
}

} // namespace

void TestServerFieldMapping::pointerFor_data()
{
    QTest::addColumn<QString>("serverPath");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("system id") << u"/registersystemrequest/systemid"_s << u"/id"_s;
    QTest::newRow("vendor id") << u"/registersystemrequest/vendor/id"_s << u"/vendor/ID"_s;
    QTest::newRow("rights") << u"/registersystemrequest/rights/resource"_s << u"/rights/resource"_s;
    QTest::newRow("indexed right") << u"/registersystemrequest/rights/0/resource/1/value"_s
                                   << u"/rights/0/resource/1/value"_s;
    QTest::newRow("client id") << u"/registersystemrequest/clientid"_s << u"/clientId"_s;
    QTest::newRow("redirect") << u"/registersystemrequest/allowedredirecturls"_s << u"/allowedRedirectUrls"_s;
    QTest::newRow("packages") << u"/registersystemrequest/accesspackages"_s << u"/accessPackages"_s;
    QTest::newRow("name") << u"/registersystemrequest/name"_s << u"/name"_s;
    QTest::newRow("model state") << u"$.rights[2].resource[0].id"_s << u"/rights/2/resource/0/id"_s;
    QTest::newRow("model state member") << u"$.AllowedRedirectUrls"_s << u"/allowedRedirectUrls"_s;
    QTest::newRow("query parameter") << u"?agent"_s << QString();
    QTest::newRow("unknown") << u"/registersystemrequest/colour"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestServerFieldMapping::pointerFor()
{
    QFETCH(QString, serverPath);
    QFETCH(QString, pointer);
    QCOMPARE(ServerFieldMapping::pointerFor(serverPath), pointer);
}

void TestServerFieldMapping::systemIdErrorLandsOnTheId()
{
    const Altinn::ApiError error =
        validationProblem({entry(Validation::Codes::SystemIdExists, Validation::ServerPaths::SystemId)});
    const QList<Finding> findings = ServerFieldMapping::findings(error, validSystem());
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, u"AUTH.VLD-00002"_s);
    QCOMPARE(finding.path, u"/id"_s);
    QCOMPARE(finding.serverPath, u"/registersystemrequest/systemid"_s);
    QVERIFY(finding.isError());
    // The plain-language text the rest of the app uses for this code, not the server's English.
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explainCode(u"AUTH.VLD-00002"_s);
    QVERIFY(finding.message.contains(explanation.summary));
    QVERIFY(finding.message.contains(explanation.remedy));
}

void TestServerFieldMapping::unknownResourcesLandOnTheirRights()
{
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        s.rights->append(resourceRight(u"no-such-service"_s));
        s.rights->append(resourceRight(u"nor-this-one"_s));
    });
    const Altinn::ApiError error =
        validationProblem({entry(Validation::Codes::ResourceNotFound, Validation::ServerPaths::RightsResource,
            u"ResourceIds Not Found : "_s, u"no-such-service | nor-this-one"_s)});
    const QList<Finding> findings = ServerFieldMapping::findings(error, system);
    QCOMPARE(
        pathsOf(findings), (QStringList{u"/rights/2/resource/0/value"_s, u"/rights/3/resource/0/value"_s}));
    QVERIFY(findings.at(0).message.contains(u"no-such-service"_s));
    QVERIFY(findings.at(1).message.contains(u"nor-this-one"_s));
    QCOMPARE(findings.at(1).code, u"AUTH.VLD-00003"_s);
}

void TestServerFieldMapping::invalidAttributeIdLandsOnThePairId()
{
    const SystemDefinition system =
        systemWith([](SystemDefinition &s) { (*s.rights)[1].resource.first().id = u"urn:altinn:app"_s; });
    const Altinn::ApiError error = validationProblem({entry(Validation::Codes::ResourceAttributeInvalid,
        Validation::ServerPaths::RightsResource, u"Invalid Resource Id Details : "_s, RightB)});
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, system)), QStringList{u"/rights/1/resource/0/id"_s});
}

void TestServerFieldMapping::packageDetailsLandOnTheirPackages()
{
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        s.accessPackages->append(package(u"finnes-ikke"_s));
        s.accessPackages->append(package(RejectedPackage));
    });
    const Altinn::ApiError error = validationProblem({entry(Validation::Codes::AccessPackageInvalid,
        Validation::ServerPaths::AccessPackages, u"Invalid Urn Details : "_s,
        u"Not found: "_s + packageUrn(u"finnes-ikke"_s) + u" | Not possible to delegate: "_s
            + packageUrn(RejectedPackage))});
    const QList<Finding> findings = ServerFieldMapping::findings(error, system);
    QCOMPARE(pathsOf(findings), (QStringList{u"/accessPackages/3/urn"_s, u"/accessPackages/4/urn"_s}));
    QVERIFY(findings.at(1).message.contains(packageUrn(RejectedPackage)));
}

void TestServerFieldMapping::invalidRedirectUrlsLandOnTheirRows()
{
    const SystemDefinition system = systemWith(
        [](SystemDefinition &s) { s.allowedRedirectUrls.insert(1, u"http://insecure.example/cb"_s); });
    const Altinn::ApiError error = validationProblem(
        {entry(Validation::Codes::RedirectUrlInvalid, Validation::ServerPaths::AllowedRedirectUrls)});
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, system)), QStringList{u"/allowedRedirectUrls/1"_s});
}

void TestServerFieldMapping::duplicatesLandOnTheSecondOccurrence()
{
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        s.rights->append(resourceRight(RightA));
        s.accessPackages->prepend(package(ClientPackage));
        s.clientIds.append(s.clientIds.first().toUpper());
    });
    const Altinn::ApiError error =
        validationProblem({entry(Validation::Codes::DuplicateRights, Validation::ServerPaths::RightsResource),
            entry(Validation::Codes::DuplicateAccessPackages, Validation::ServerPaths::AccessPackages),
            entry(Validation::Codes::DuplicateClientIds, Validation::ServerPaths::ClientId)});
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, system)),
        (QStringList{u"/rights/2"_s, u"/accessPackages/2"_s, u"/clientId/1"_s}));
}

void TestServerFieldMapping::visibleWithClientPackageLandsOnVisibility()
{
    const Altinn::ApiError error = validationProblem(
        {entry(Validation::Codes::VisibleWithClientPackage, Validation::ServerPaths::AccessPackages)});
    const QList<Finding> findings =
        ServerFieldMapping::findings(error, systemWith([](SystemDefinition &s) { s.isVisible = true; }));
    QCOMPARE(pathsOf(findings), QStringList{u"/isVisible"_s});
    QCOMPARE(findings.first().serverPath, u"/registersystemrequest/accesspackages"_s);
}

void TestServerFieldMapping::clientIdInUseLandsOnTheOnlyClientId()
{
    const Altinn::ApiError error =
        validationProblem({entry(Validation::Codes::ClientIdInUse, Validation::ServerPaths::ClientId)});
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, validSystem())), QStringList{u"/clientId/0"_s});
    // With several ids the server does not say which one is taken: the list as a whole.
    const SystemDefinition twoIds = systemWith(
        [](SystemDefinition &s) { s.clientIds.append(u"8d0c7a52-3c1e-4b8e-9f7a-6a1e2d3c4b5a"_s); });
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, twoIds)), QStringList{u"/clientId"_s});
}

void TestServerFieldMapping::missingLanguageLandsOnTheLanguage()
{
    const SystemDefinition system = systemWith([](SystemDefinition &s) { s.name.remove(u"nn"_s); });
    const Altinn::ApiError error =
        validationProblem({entry(Validation::Codes::NameMissing, u"/registersystemrequest/name")});
    QCOMPARE(pathsOf(ServerFieldMapping::findings(error, system)), QStringList{u"/name/nn"_s});
}

void TestServerFieldMapping::errorWithoutPathUsesTheCodesPath()
{
    QJsonObject withoutPath{{u"code"_s, u"AUTH.VLD-00013"_s}, {u"title"_s, u"spaces"_s}};
    const QList<Finding> findings =
        ServerFieldMapping::findings(validationProblem({withoutPath}), validSystem());
    QCOMPARE(pathsOf(findings), QStringList{u"/id"_s});
}

void TestServerFieldMapping::modelStateKeysAreMapped()
{
    const QJsonObject body{{u"type"_s, u"https://tools.ietf.org/html/rfc9110#section-15.5.1"_s},
        {u"title"_s, u"One or more validation errors occurred."_s}, {u"status"_s, 400},
        {u"errors"_s,
            QJsonObject{
                {u"$.rights[1].resource"_s, QJsonArray{u"The JSON value could not be converted."_s}}}}};
    const Altinn::ApiError error =
        Altinn::ApiError::fromHttp(400, "application/problem+json", QJsonDocument(body).toJson());
    const QList<Finding> findings = ServerFieldMapping::findings(error, validSystem());
    QCOMPARE(pathsOf(findings), QStringList{u"/rights/1/resource"_s});
    // No code: the server's own message is all there is.
    QCOMPARE(findings.first().message, u"The JSON value could not be converted."_s);
}

void TestServerFieldMapping::unknownFieldIsKeptWithoutPath()
{
    const Altinn::ApiError error =
        validationProblem({entry(u"AUTH.VLD-00099", u"/registersystemrequest/colour")});
    const QList<Finding> findings = ServerFieldMapping::findings(error, validSystem());
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().path.isEmpty());
    QCOMPARE(findings.first().message, u"server message"_s);
}

void TestServerFieldMapping::agreesWithTheLocalValidatorsPaths()
{
    // A problem the client finds and the same problem reported by the server must lead to the same field.
    const SystemDefinition broken = systemWith([](SystemDefinition &s) {
        s.vendorId = u"0193:991825827"_s;
        s.allowedRedirectUrls.append(u"ftp://example.com"_s);
        s.rights->append(resourceRight(RightA));
        s.clientIds.append(s.clientIds.first());
    });
    const QList<Finding> local = Validation::SystemDefinitionValidator(catalogue()).validate(broken);
    int compared = 0;
    for (const Finding &finding : local) {
        if (finding.serverPath.isEmpty())
            continue;
        const Altinn::ApiError error = validationProblem({entry(finding.code, finding.serverPath)});
        const QStringList mapped = pathsOf(ServerFieldMapping::findings(error, broken));
        QVERIFY2(mapped.contains(finding.path),
            qPrintable(finding.code + u": "_s + finding.path + u" not in "_s + mapped.join(u", "_s)));
        ++compared;
    }
    QVERIFY(compared >= 4);
}

QTEST_GUILESS_MAIN(TestServerFieldMapping)
#include "TestServerFieldMapping.moc"
