#include "ValidationFixtures.h"
#include "validation/Finding.h"
#include "validation/RequestValidator.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace ValidationFixtures;
using Altinn::ChangeRequest;
using Altinn::SystemDefinition;
using Altinn::SystemUserRequest;
using Validation::Finding;
using Validation::RequestValidator;
using Validation::Severity;

namespace {

using RequestMutation = std::function<void(SystemUserRequest &)>;
using SystemMutation = std::function<void(SystemDefinition &)>;
using ChangeMutation = std::function<void(ChangeRequest &)>;

SystemUserRequest standardWith(const RequestMutation &mutate)
{
    SystemUserRequest request = validStandardRequest();
    mutate(request);
    return request;
}

SystemUserRequest agentWith(const RequestMutation &mutate)
{
    SystemUserRequest request = validAgentRequest();
    mutate(request);
    return request;
}

ChangeRequest changeWith(const ChangeMutation &mutate)
{
    ChangeRequest change = validChangeRequest();
    mutate(change);
    return change;
}

const SystemMutation NoChange = [](SystemDefinition &) {
};

} // namespace

class TestRequestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequestsHaveNoFindings();
    void singleProblem_data();
    void singleProblem();
    void accepted_data();
    void accepted();
    void multipleProblemsAreAllReported();
    void externalRefFindingNamesTheRefusedCharacters();
    void changeSingleProblem_data();
    void changeSingleProblem();
    void changeAccepted_data();
    void changeAccepted();
    void changeMultipleProblemsAreAllReported();
};

void TestRequestValidator::validRequestsHaveNoFindings()
{
    const SystemDefinition system = validSystem();
    for (const SystemUserRequest &request : {validStandardRequest(), validAgentRequest()}) {
        for (const SystemDefinition *against : {static_cast<const SystemDefinition *>(nullptr), &system}) {
            for (const bool withCatalogue : {false, true}) {
                const RequestValidator validator(
                    withCatalogue ? catalogue() : Validation::PackageFlagsLookup());
                const QList<Finding> findings = validator.validate(request, against);
                QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
            }
        }
    }
}

void TestRequestValidator::singleProblem_data()
{
    QTest::addColumn<SystemUserRequest>("request");
    QTest::addColumn<SystemDefinition>("system");
    QTest::addColumn<bool>("withSystem");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isWarning");

    const auto row = [](const char *name, const SystemUserRequest &request, const QString &code,
                         const QString &path, const SystemMutation &system = NoChange, bool withSystem = true,
                         bool isWarning = false) {
        QTest::newRow(name) << request << systemWith(system) << withSystem << code << path << isWarning;
    };

    // Members of both kinds
    row("systemId empty", standardWith([](auto &r) { r.systemId.clear(); }), u"LOCAL.SYSTEMID-MISSING"_s,
        u"/systemId"_s);
    row("systemId blank", agentWith([](auto &r) { r.systemId = u"  "_s; }), u"LOCAL.SYSTEMID-MISSING"_s,
        u"/systemId"_s);
    row("partyOrgNo empty", standardWith([](auto &r) { r.partyOrgNo.clear(); }), u"LOCAL.ORGNO"_s,
        u"/partyOrgNo"_s);
    row("partyOrgNo bad check digit", standardWith([](auto &r) { r.partyOrgNo = u"310904474"_s; }),
        u"LOCAL.ORGNO"_s, u"/partyOrgNo"_s);
    row("partyOrgNo grouped with spaces", agentWith([](auto &r) { r.partyOrgNo = u"314 250 052"_s; }),
        u"LOCAL.ORGNO"_s, u"/partyOrgNo"_s);
    row("partyOrgNo 8 digits", standardWith([](auto &r) { r.partyOrgNo = u"31090447"_s; }), u"LOCAL.ORGNO"_s,
        u"/partyOrgNo"_s);
    row("partyOrgNo with letters", standardWith([](auto &r) { r.partyOrgNo = u"NO310904473"_s; }),
        u"LOCAL.ORGNO"_s, u"/partyOrgNo"_s);
    row("externalRef empty", standardWith([](auto &r) { r.externalRef = QString(); }),
        u"LOCAL.EXTERNALREF-EMPTY"_s, u"/externalRef"_s);
    row("externalRef blank", agentWith([](auto &r) { r.externalRef = u"   "_s; }),
        u"LOCAL.EXTERNALREF-EMPTY"_s, u"/externalRef"_s);
    row("externalRef 256 characters", standardWith([](auto &r) { r.externalRef = QString(256, u'k'); }),
        u"LOCAL.EXTERNALREF-LENGTH"_s, u"/externalRef"_s);
    row("externalRef 256 characters, agent", agentWith([](auto &r) { r.externalRef = QString(256, u'k'); }),
        u"LOCAL.EXTERNALREF-LENGTH"_s, u"/externalRef"_s);
    row("externalRef with a space", standardWith([](auto &r) { r.externalRef = u"kunde 17"_s; }),
        u"LOCAL.EXTERNALREF-CHARS"_s, u"/externalRef"_s);
    row("externalRef with a dot", agentWith([](auto &r) { r.externalRef = u"kunde.17"_s; }),
        u"LOCAL.EXTERNALREF-CHARS"_s, u"/externalRef"_s);
    row("externalRef with a slash", standardWith([](auto &r) { r.externalRef = u"avd/2"_s; }),
        u"LOCAL.EXTERNALREF-CHARS"_s, u"/externalRef"_s);
    row("externalRef with an accented letter", standardWith([](auto &r) { r.externalRef = u"café"_s; }),
        u"LOCAL.EXTERNALREF-CHARS"_s, u"/externalRef"_s);
    row("externalRef with an emoji", standardWith([](auto &r) { r.externalRef = u"kunde-\U0001F600"_s; }),
        u"LOCAL.EXTERNALREF-CHARS"_s, u"/externalRef"_s);
    row("integrationTitle empty", standardWith([](auto &r) { r.integrationTitle = QString(); }),
        u"LOCAL.INTEGRATIONTITLE-EMPTY"_s, u"/integrationTitle"_s, NoChange, true, true);
    row("integrationTitle 256 characters",
        standardWith([](auto &r) { r.integrationTitle = QString(256, u'T'); }),
        u"LOCAL.INTEGRATIONTITLE-LENGTH"_s, u"/integrationTitle"_s);
    row("integrationTitle 256 characters, agent",
        agentWith([](auto &r) { r.integrationTitle = QString(256, u'T'); }),
        u"LOCAL.INTEGRATIONTITLE-LENGTH"_s, u"/integrationTitle"_s);

    // Standard: rights and packages
    row("rights and packages null", standardWith([](auto &r) {
        r.rights.reset();
        r.accessPackages.reset();
    }),
        u"AUTH-00001"_s, QString());
    row("rights and packages empty", standardWith([](auto &r) {
        r.rights->clear();
        r.accessPackages->clear();
    }),
        u"AUTH-00059"_s, QString());
    row("rights null and packages empty", standardWith([](auto &r) {
        r.rights.reset();
        r.accessPackages->clear();
    }),
        u"AUTH-00059"_s, QString());
    row("right not in system",
        standardWith([](auto &r) { (*r.rights)[0] = resourceRight(u"finnes-ikke"_s); }), u"AUTH-00001"_s,
        u"/rights/0"_s);
    row("second right not in system",
        standardWith([](auto &r) { r.rights->append(resourceRight(u"annen"_s)); }), u"AUTH-00001"_s,
        u"/rights/1"_s);
    row("right with an extra pair", standardWith([](auto &r) {
        (*r.rights)[0].resource.append(Altinn::AttributePair{u"urn:altinn:resource"_s, RightB});
    }),
        u"AUTH-00001"_s, u"/rights/0"_s);
    row("right with another attribute id",
        standardWith([](auto &r) { (*r.rights)[0].resource[0].id = u"urn:altinn:app"_s; }), u"AUTH-00001"_s,
        u"/rights/0"_s);
    row("right value differs in case",
        standardWith([](auto &r) { (*r.rights)[0].resource[0].value = RightA.toUpper(); }), u"AUTH-00001"_s,
        u"/rights/0"_s);
    row("right without resource", standardWith([](auto &r) { (*r.rights)[0].resource.clear(); }),
        u"AUTH-00001"_s, u"/rights/0"_s);
    row("right while the system has none", validStandardRequest(), u"AUTH-00001"_s, u"/rights/0"_s,
        [](auto &s) { s.rights.reset(); });
    row("more rights than the system has", standardWith([](auto &r) {
        *r.rights = {resourceRight(RightA), resourceRight(RightB), resourceRight(RightA)};
    }),
        u"AUTH-00001"_s, u"/rights"_s);

    // Packages
    row("package not in system",
        standardWith([](auto &r) { (*r.accessPackages)[0] = package(OtherStandardPackage); }),
        u"AUTH-00063"_s, u"/accessPackages/0"_s);
    row("package URN differs in case",
        standardWith([](auto &r) { (*r.accessPackages)[0].urn = packageUrn(StandardPackage).toUpper(); }),
        u"AUTH-00063"_s, u"/accessPackages/0"_s);
    row("more packages than the system has", standardWith([](auto &r) {
        *r.accessPackages = QList<Altinn::AccessPackageRef>(4, package(StandardPackage));
    }),
        u"AUTH-00063"_s, u"/accessPackages"_s);
    row("standard with a client package",
        standardWith([](auto &r) { r.accessPackages->append(package(ClientPackage)); }), u"AUTH-00064"_s,
        u"/accessPackages/1"_s);
    row("standard with a package the catalogue lacks",
        standardWith([](auto &r) { r.accessPackages->append(package(u"ukjent"_s)); }), u"AUTH-00064"_s,
        u"/accessPackages/1"_s, [](auto &s) { s.accessPackages->append(package(u"ukjent"_s)); });
    row("standard with a client package, no system",
        standardWith([](auto &r) { *r.accessPackages = {package(ClientPackage)}; }), u"AUTH-00064"_s,
        u"/accessPackages/0"_s, NoChange, false);

    // Agent
    row("agent with rights",
        agentWith([](auto &r) { r.rights = QList<Altinn::Right>{resourceRight(RightA)}; }),
        u"LOCAL.AGENT-RIGHTS"_s, u"/rights"_s);
    row("agent packages null", agentWith([](auto &r) { r.accessPackages.reset(); }), u"AUTH-00058"_s,
        u"/accessPackages"_s);
    row("agent packages empty", agentWith([](auto &r) { r.accessPackages->clear(); }), u"AUTH-00058"_s,
        u"/accessPackages"_s);
    row("agent package not delegable",
        agentWith([](auto &r) { r.accessPackages->append(package(AssignOnlyPackage)); }), u"AUTH-00065"_s,
        u"/accessPackages/1"_s);
    row("agent package not in system",
        agentWith([](auto &r) { *r.accessPackages = {package(OtherStandardPackage)}; }), u"AUTH-00063"_s,
        u"/accessPackages/0"_s);
    row("agent package unknown, no system",
        agentWith([](auto &r) { *r.accessPackages = {package(u"ukjent"_s)}; }), u"AUTH-00065"_s,
        u"/accessPackages/0"_s, NoChange, false);

    // redirectUrl
    row("redirect but the system allows none", validStandardRequest(), u"AUTH-00026"_s, u"/redirectUrl"_s,
        [](auto &s) { s.allowedRedirectUrls.clear(); });
    row("redirect to another host",
        standardWith([](auto &r) { r.redirectUrl = u"https://evil.example/altinn/callback"_s; }),
        u"AUTH-00021"_s, u"/redirectUrl"_s);
    row("redirect to another path",
        agentWith([](auto &r) { r.redirectUrl = u"https://smartregnskap.example/other"_s; }), u"AUTH-00021"_s,
        u"/redirectUrl"_s);
    row("redirect path in other case",
        standardWith([](auto &r) { r.redirectUrl = u"https://smartregnskap.example/Altinn/Callback"_s; }),
        u"AUTH-00021"_s, u"/redirectUrl"_s);
    row("redirect to another port", standardWith([](auto &r) {
        r.redirectUrl = u"https://smartregnskap.example:8443/altinn/callback"_s;
    }),
        u"AUTH-00021"_s, u"/redirectUrl"_s);
    row("redirect over http",
        standardWith([](auto &r) { r.redirectUrl = u"http://smartregnskap.example/altinn/callback"_s; }),
        u"LOCAL.REDIRECT-INVALID"_s, u"/redirectUrl"_s);
    row("redirect relative", standardWith([](auto &r) { r.redirectUrl = u"/altinn/callback"_s; }),
        u"LOCAL.REDIRECT-INVALID"_s, u"/redirectUrl"_s);
    row("redirect over http, no system",
        agentWith([](auto &r) { r.redirectUrl = u"http://localhost:8080/cb"_s; }),
        u"LOCAL.REDIRECT-INVALID"_s, u"/redirectUrl"_s, NoChange, false);
}

void TestRequestValidator::singleProblem()
{
    QFETCH(SystemUserRequest, request);
    QFETCH(SystemDefinition, system);
    QFETCH(bool, withSystem);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isWarning);

    const QList<Finding> findings =
        RequestValidator(catalogue()).validate(request, withSystem ? &system : nullptr);
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.path, path);
    QVERIFY(finding.serverPath.isEmpty()); // AUTH-* problems and LOCAL rules carry no server path
    QCOMPARE(finding.severity, isWarning ? Severity::Warning : Severity::Error);
    QVERIFY(!finding.message.isEmpty());
    QVERIFY2(!finding.message.contains(u"%1"), qPrintable(finding.message));
}

void TestRequestValidator::accepted_data()
{
    QTest::addColumn<SystemUserRequest>("request");
    QTest::addColumn<SystemDefinition>("system");
    QTest::addColumn<bool>("withCatalogue");

    const auto row = [](const char *name, const SystemUserRequest &request,
                         const SystemMutation &system = NoChange, bool withCatalogue = true) {
        QTest::newRow(name) << request << systemWith(system) << withCatalogue;
    };
    row("no externalRef", standardWith([](auto &r) { r.externalRef.reset(); }));
    row("externalRef of 255 characters", standardWith([](auto &r) { r.externalRef = QString(255, u'k'); }));
    row("externalRef of every character Maskinporten takes", standardWith([](auto &r) {
        r.externalRef = u"abcdefghijklmnopqrstuvwxyzæøå-ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ_0123456789"_s;
    }));
    row("externalRef with spaces around (the server trims)",
        standardWith([](auto &r) { r.externalRef = u"  kunde-17 "_s; }));
    row("integrationTitle of 255 characters",
        standardWith([](auto &r) { r.integrationTitle = QString(255, u'T'); }));
    row("integrationTitle of 255 characters in surrogate pairs", standardWith([](auto &r) {
        r.integrationTitle = QString();
        for (int i = 0; i < 255; ++i)
            *r.integrationTitle += u"\U0001F600"_s;
    }));
    row("integrationTitle with any characters",
        standardWith([](auto &r) { r.integrationTitle = u"Avdeling Bergen / Sør (2) – «café»"_s; }));
    row("integrationTitle given", standardWith([](auto &r) { r.integrationTitle = u"Avdeling Bergen"_s; }));
    row("partyOrgNo with surrounding spaces (the server trims)",
        standardWith([](auto &r) { r.partyOrgNo = u" 310904473 "_s; }));
    row("rights only", standardWith([](auto &r) { r.accessPackages.reset(); }));
    row("packages only", standardWith([](auto &r) { r.rights.reset(); }));
    row("rights only, packages empty", standardWith([](auto &r) { r.accessPackages->clear(); }));
    row("all the system's rights", standardWith([](auto &r) {
        *r.rights = {resourceRight(RightB), resourceRight(RightA)};
    }));
    row("right with an action the system lacks (the server ignores actions)",
        standardWith([](auto &r) { (*r.rights)[0].action = u"read"_s; }));
    row("pairs in another order", standardWith([](auto &r) {
        Altinn::Right right = resourceRight(u"b"_s);
        right.resource.append(Altinn::AttributePair{u"urn:altinn:resource"_s, u"a"_s});
        *r.rights = {right};
    }),
        [](auto &s) {
            Altinn::Right right = resourceRight(u"a"_s);
            right.resource.append(Altinn::AttributePair{u"urn:altinn:resource"_s, u"b"_s});
            s.rights->append(right);
        });
    row("assign-only package",
        standardWith([](auto &r) { r.accessPackages->append(package(AssignOnlyPackage)); }));
    row("client package without catalogue",
        standardWith([](auto &r) { r.accessPackages->append(package(ClientPackage)); }), NoChange, false);
    row("agent with empty rights list", agentWith([](auto &r) { r.rights = QList<Altinn::Right>{}; }));
    row("agent with a standard package",
        agentWith([](auto &r) { r.accessPackages->append(package(StandardPackage)); }));
    row("no redirect", standardWith([](auto &r) { r.redirectUrl.reset(); }),
        [](auto &s) { s.allowedRedirectUrls.clear(); });
    row("empty redirect is no redirect", standardWith([](auto &r) { r.redirectUrl = QString(); }),
        [](auto &s) { s.allowedRedirectUrls.clear(); });
    row("redirect with another query and a fragment", standardWith([](auto &r) {
        r.redirectUrl = u"https://smartregnskap.example/altinn/callback?x=1#top"_s;
    }));
    row("redirect host-only matches stored trailing slash",
        standardWith([](auto &r) { r.redirectUrl = u"https://smartregnskap.example"_s; }));
    row("redirect host in capitals",
        agentWith([](auto &r) { r.redirectUrl = u"https://SmartRegnskap.Example/altinn/callback"_s; }));
    row("redirect with the default port",
        agentWith([](auto &r) { r.redirectUrl = u"https://smartregnskap.example:443/altinn/callback"_s; }));
}

void TestRequestValidator::accepted()
{
    QFETCH(SystemUserRequest, request);
    QFETCH(SystemDefinition, system);
    QFETCH(bool, withCatalogue);
    const RequestValidator validator(withCatalogue ? catalogue() : Validation::PackageFlagsLookup());
    const QList<Finding> findings = validator.validate(request, &system);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestRequestValidator::multipleProblemsAreAllReported()
{
    const SystemDefinition system = validSystem();
    const SystemUserRequest request = standardWith([](auto &r) {
        r.partyOrgNo = u"310904474"_s;
        r.externalRef = QString();
        r.rights->append(resourceRight(u"finnes-ikke"_s));
        r.accessPackages->append(package(ClientPackage));
        r.redirectUrl = u"https://evil.example/"_s;
    });
    const QList<Finding> findings = RequestValidator(catalogue()).validate(request, &system);
    QCOMPARE(Validation::Findings::codes(findings),
        (QStringList{u"LOCAL.ORGNO"_s, u"LOCAL.EXTERNALREF-EMPTY"_s, u"AUTH-00001"_s, u"AUTH-00064"_s,
            u"AUTH-00021"_s}));
    QCOMPARE(findings.at(2).path, u"/rights/1"_s);
    QCOMPARE(findings.at(3).path, u"/accessPackages/1"_s);
    QVERIFY(Validation::Findings::hasErrors(findings));
}

void TestRequestValidator::externalRefFindingNamesTheRefusedCharacters()
{
    // The one rule every place that takes an external reference uses (forms, CLI, spreadsheet import).
    QVERIFY(!RequestValidator::externalRefFinding(u"Kunde_17-ÆØÅ"_s));
    const auto finding = RequestValidator::externalRefFinding(u"kunde 17.a.b"_s);
    QVERIFY(finding);
    QCOMPARE(finding->code, u"LOCAL.EXTERNALREF-CHARS"_s);
    QCOMPARE(finding->severity, Severity::Error);
    QVERIFY2(finding->message.contains(u"“.”"_s), qPrintable(finding->message));
    QVERIFY2(finding->message.contains(u"space"_s), qPrintable(finding->message));
    QCOMPARE(finding->message.count(u"“.”"_s), 1); // each refused character once
    const auto tooLong = RequestValidator::externalRefFinding(QString(300, u'x'));
    QVERIFY(tooLong);
    QCOMPARE(tooLong->code, u"LOCAL.EXTERNALREF-LENGTH"_s);
    QVERIFY(tooLong->message.contains(u"300"_s));
    QCOMPARE(RequestValidator::characterCount(u"a\U0001F600b"_s), 3);
}

void TestRequestValidator::changeSingleProblem_data()
{
    QTest::addColumn<ChangeRequest>("change");
    QTest::addColumn<SystemDefinition>("system");
    QTest::addColumn<bool>("withSystem");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isWarning");

    const auto row = [](const char *name, const ChangeRequest &change, const QString &code,
                         const QString &path, bool isWarning = false, const SystemMutation &system = NoChange,
                         bool withSystem = true) {
        QTest::newRow(name) << change << systemWith(system) << withSystem << code << path << isWarning;
    };
    row("nothing to change", ChangeRequest(), u"LOCAL.CHANGE-EMPTY"_s, QString(), true);
    row("nothing to change, with redirect", changeWith([](auto &c) {
        c.requiredRights.clear();
        c.unwantedRights.clear();
        c.requiredAccessPackages.clear();
    }),
        u"LOCAL.CHANGE-EMPTY"_s, QString(), true);
    row("required right not in system",
        changeWith([](auto &c) { c.requiredRights[0] = resourceRight(u"x"_s); }), u"AUTH-00001"_s,
        u"/requiredRights/0"_s);
    row("more required rights than the system has", changeWith([](auto &c) {
        c.requiredRights = {resourceRight(RightB), resourceRight(RightB), resourceRight(RightB)};
    }),
        u"AUTH-00001"_s, u"/requiredRights"_s);
    row("required package not in system",
        changeWith([](auto &c) { c.requiredAccessPackages.append(package(OtherStandardPackage)); }),
        u"AUTH-00063"_s, u"/requiredAccessPackages/1"_s);
    row("required client package",
        changeWith([](auto &c) { c.requiredAccessPackages[0] = package(ClientPackage); }), u"AUTH-00064"_s,
        u"/requiredAccessPackages/0"_s);
    row("required client package, no system",
        changeWith([](auto &c) { c.requiredAccessPackages[0] = package(ClientPackage); }), u"AUTH-00064"_s,
        u"/requiredAccessPackages/0"_s, false, NoChange, false);
    row("redirect not allowed", changeWith([](auto &c) { c.redirectUrl = u"https://evil.example/cb"_s; }),
        u"AUTH-00021"_s, u"/redirectUrl"_s);
    row("redirect but the system allows none", validChangeRequest(), u"AUTH-00026"_s, u"/redirectUrl"_s,
        false, [](auto &s) { s.allowedRedirectUrls.clear(); });
    row("redirect not https", changeWith([](auto &c) { c.redirectUrl = u"ftp://smartregnskap.example/"_s; }),
        u"LOCAL.REDIRECT-INVALID"_s, u"/redirectUrl"_s);
    row("right both required and unwanted",
        changeWith([](auto &c) { c.unwantedRights.append(c.requiredRights[0]); }), u"LOCAL.CHANGE-CONFLICT"_s,
        u"/unwantedRights/1"_s, true);
    row("package both required and unwanted",
        changeWith([](auto &c) { c.unwantedAccessPackages.append(c.requiredAccessPackages[0]); }),
        u"LOCAL.CHANGE-CONFLICT"_s, u"/unwantedAccessPackages/0"_s, true);
}

void TestRequestValidator::changeSingleProblem()
{
    QFETCH(ChangeRequest, change);
    QFETCH(SystemDefinition, system);
    QFETCH(bool, withSystem);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isWarning);

    const QList<Finding> findings =
        RequestValidator(catalogue()).validateChangeRequest(change, withSystem ? &system : nullptr);
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.path, path);
    QVERIFY(finding.serverPath.isEmpty());
    QCOMPARE(finding.severity, isWarning ? Severity::Warning : Severity::Error);
    QVERIFY(!finding.message.isEmpty());
    QVERIFY2(!finding.message.contains(u"%1"), qPrintable(finding.message));
}

void TestRequestValidator::changeAccepted_data()
{
    QTest::addColumn<ChangeRequest>("change");
    QTest::addColumn<bool>("withSystem");

    QTest::newRow("valid") << validChangeRequest() << true;
    QTest::newRow("valid, no system") << validChangeRequest() << false;
    // The server does not check the unwanted lists.
    QTest::newRow("unwanted right not in system")
        << changeWith([](auto &c) { c.unwantedRights = {resourceRight(u"x"_s)}; }) << true;
    QTest::newRow("unwanted client package")
        << changeWith([](auto &c) { c.unwantedAccessPackages = {package(ClientPackage)}; }) << true;
    QTest::newRow("unwanted package not in system")
        << changeWith([](auto &c) { c.unwantedAccessPackages = {package(u"ukjent"_s)}; }) << true;
    QTest::newRow("only unwanted items") << changeWith([](auto &c) {
        c.requiredRights.clear();
        c.requiredAccessPackages.clear();
    }) << true;
    QTest::newRow("no redirect") << changeWith([](auto &c) { c.redirectUrl.reset(); }) << true;
    QTest::newRow("required right not checked without system")
        << changeWith([](auto &c) { c.requiredRights = {resourceRight(u"x"_s)}; }) << false;
}

void TestRequestValidator::changeAccepted()
{
    QFETCH(ChangeRequest, change);
    QFETCH(bool, withSystem);
    const SystemDefinition system = validSystem();
    const QList<Finding> findings =
        RequestValidator(catalogue()).validateChangeRequest(change, withSystem ? &system : nullptr);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestRequestValidator::changeMultipleProblemsAreAllReported()
{
    const SystemDefinition system = validSystem();
    const ChangeRequest change = changeWith([](auto &c) {
        c.requiredRights.append(resourceRight(u"x"_s));
        c.requiredAccessPackages.append(package(OtherStandardPackage));
        c.unwantedAccessPackages = {package(StandardPackage)};
        c.redirectUrl = u"https://smartregnskap.example/wrong"_s;
    });
    const QList<Finding> findings = RequestValidator(catalogue()).validateChangeRequest(change, &system);
    QCOMPARE(Validation::Findings::codes(findings),
        (QStringList{u"AUTH-00001"_s, u"AUTH-00063"_s, u"LOCAL.CHANGE-CONFLICT"_s, u"AUTH-00021"_s}));
    QCOMPARE(findings.at(0).path, u"/requiredRights/1"_s);
    QCOMPARE(findings.at(1).path, u"/requiredAccessPackages/1"_s);
    QCOMPARE(findings.at(2).path, u"/unwantedAccessPackages/0"_s);
    QCOMPARE(findings.at(3).path, u"/redirectUrl"_s);
}

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "TestRequestValidator.moc"
