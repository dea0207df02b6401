#include "ValidationFixtures.h"
#include "validation/Finding.h"
#include "validation/SystemDefinitionValidator.h"

#include <QPair>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace ValidationFixtures;
using Altinn::SystemDefinition;
using Validation::Finding;
using Validation::Severity;
using Validation::SystemDefinitionValidator;

namespace {

/// The server's `paths` value for each AUTH.VLD code (docs/altinn-behaviour.md#validation-codes); LOCAL.*
/// codes have none.
QString expectedServerPath(const QString &code)
{
    static const QHash<QString, QString> paths = {
        {u"AUTH.VLD-00000"_s, u"/registersystemrequest/vendor/id"_s},
        {u"AUTH.VLD-00001"_s, u"/registersystemrequest/systemid"_s},
        {u"AUTH.VLD-00013"_s, u"/registersystemrequest/systemid"_s},
        {u"AUTH.VLD-00005"_s, u"/registersystemrequest/allowedredirecturls"_s},
        {u"AUTH.VLD-00006"_s, u"/registersystemrequest/rights/resource"_s},
        {u"AUTH.VLD-00009"_s, u"/registersystemrequest/rights/resource"_s},
        {u"AUTH.VLD-00007"_s, u"/registersystemrequest/accesspackages"_s},
        {u"AUTH.VLD-00008"_s, u"/registersystemrequest/accesspackages"_s},
        {u"AUTH.VLD-00018"_s, u"/registersystemrequest/accesspackages"_s},
        {u"AUTH.VLD-00011"_s, u"/registersystemrequest/clientid"_s},
    };
    return paths.value(code);
}

QList<Altinn::AccessPackageRef> &packagesOf(SystemDefinition &system)
{
    return *system.accessPackages;
}

QList<Altinn::Right> &rightsOf(SystemDefinition &system)
{
    return *system.rights;
}

} // namespace

class TestSystemDefinitionValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDefinitionHasNoFindings();
    void singleProblem_data();
    void singleProblem();
    void accepted_data();
    void accepted();
    void rejectedPackageOnVisibleSystemGivesBothCodes();
    void lookupSkippedForMalformedUrns();
    void multipleProblemsAreAllReported();
    void findingsHelpers();
};

void TestSystemDefinitionValidator::validDefinitionHasNoFindings()
{
    const SystemDefinition system = validSystem();
    QVERIFY2(SystemDefinitionValidator().validate(system).isEmpty(),
        qPrintable(describe(SystemDefinitionValidator().validate(system))));
    const QList<Finding> withCatalogue = SystemDefinitionValidator(catalogue()).validate(system);
    QVERIFY2(withCatalogue.isEmpty(), qPrintable(describe(withCatalogue)));
}

void TestSystemDefinitionValidator::singleProblem_data()
{
    QTest::addColumn<SystemDefinition>("system");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isWarning");

    const auto error = [](const char *name, const std::function<void(SystemDefinition &)> &mutate,
                           const QString &code, const QString &path) {
        QTest::newRow(name) << systemWith(mutate) << code << path << false;
    };
    const auto warning = [](const char *name, const std::function<void(SystemDefinition &)> &mutate,
                             const QString &code, const QString &path) {
        QTest::newRow(name) << systemWith(mutate) << code << path << true;
    };

    // vendor.ID
    error(
        "vendor empty", [](auto &s) { s.vendorId.clear(); }, u"AUTH.VLD-00000"_s, u"/vendor/ID"_s);
    error(
        "vendor without 0192", [](auto &s) { s.vendorId = u"991825827"_s; }, u"AUTH.VLD-00000"_s,
        u"/vendor/ID"_s);
    error(
        "vendor other authority", [](auto &s) { s.vendorId = u"0193:991825827"_s; }, u"AUTH.VLD-00000"_s,
        u"/vendor/ID"_s);
    error(
        "vendor prefix without colon", [](auto &s) { s.vendorId = u"0192991825827"_s; }, u"AUTH.VLD-00000"_s,
        u"/vendor/ID"_s);
    error(
        "vendor org not digits", [](auto &s) { s.vendorId = u"0192:99182582x"_s; }, u"AUTH.VLD-00000"_s,
        u"/vendor/ID"_s);
    error(
        "vendor org 8 digits", [](auto &s) { s.vendorId = u"0192:99182582"_s; }, u"AUTH.VLD-00000"_s,
        u"/vendor/ID"_s);
    error(
        "vendor org missing", [](auto &s) { s.vendorId = u"0192:"_s; }, u"AUTH.VLD-00000"_s, u"/vendor/ID"_s);
    error(
        "vendor org bad check digit",
        [](auto &s) {
            s.vendorId = u"0192:991825828"_s;
            s.id = u"991825828_smartregnskap"_s;
        },
        u"LOCAL.ORGNO"_s, u"/vendor/ID"_s);

    // id
    error(
        "id with space", [](auto &s) { s.id = u"991825827_smart regnskap"_s; }, u"AUTH.VLD-00013"_s,
        u"/id"_s);
    error(
        "id with tab", [](auto &s) { s.id = u"991825827_smart\tregnskap"_s; }, u"AUTH.VLD-00013"_s, u"/id"_s);
    error(
        "id with trailing space", [](auto &s) { s.id = u"991825827_smartregnskap "_s; }, u"AUTH.VLD-00013"_s,
        u"/id"_s);
    error(
        "id of another org", [](auto &s) { s.id = u"974761076_smartregnskap"_s; }, u"AUTH.VLD-00001"_s,
        u"/id"_s);
    error(
        "id without underscore", [](auto &s) { s.id = u"991825827smartregnskap"_s; }, u"AUTH.VLD-00001"_s,
        u"/id"_s);
    error(
        "id with dash instead of underscore", [](auto &s) { s.id = u"991825827-smartregnskap"_s; },
        u"AUTH.VLD-00001"_s, u"/id"_s);
    error(
        "id with nothing after underscore", [](auto &s) { s.id = u"991825827_"_s; }, u"AUTH.VLD-00001"_s,
        u"/id"_s);
    error(
        "id empty", [](auto &s) { s.id.clear(); }, u"AUTH.VLD-00001"_s, u"/id"_s);
    error(
        "id org number shortened", [](auto &s) { s.id = u"99182582_smartregnskap"_s; }, u"AUTH.VLD-00001"_s,
        u"/id"_s);
    error(
        "id 256 characters", [](auto &s) { s.id = u"991825827_"_s + QString(246, u'a'); },
        u"LOCAL.SYSTEMID-LENGTH"_s, u"/id"_s);
    error(
        "id with slash", [](auto &s) { s.id = u"991825827_smart/regnskap"_s; }, u"LOCAL.SYSTEMID-CHARS"_s,
        u"/id"_s);
    error(
        "id with question mark", [](auto &s) { s.id = u"991825827_smart?"_s; }, u"LOCAL.SYSTEMID-CHARS"_s,
        u"/id"_s);
    error(
        "id with hash", [](auto &s) { s.id = u"991825827_smart#1"_s; }, u"LOCAL.SYSTEMID-CHARS"_s, u"/id"_s);
    error(
        "id with percent", [](auto &s) { s.id = u"991825827_smart%20"_s; }, u"LOCAL.SYSTEMID-CHARS"_s,
        u"/id"_s);
    error(
        "id with non-ASCII letter", [](auto &s) { s.id = u"991825827_smørbrød"_s; },
        u"LOCAL.SYSTEMID-CHARS"_s, u"/id"_s);
    error(
        "id with plus", [](auto &s) { s.id = u"991825827_a+b"_s; }, u"LOCAL.SYSTEMID-CHARS"_s, u"/id"_s);
    error(
        "id with colon", [](auto &s) { s.id = u"991825827_a:b"_s; }, u"LOCAL.SYSTEMID-CHARS"_s, u"/id"_s);

    // name and description
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        const QByteArray lang = language.toLatin1();
        error(
            QByteArray("name missing " + lang).constData(), [=](auto &s) { s.name.remove(language); },
            u"LOCAL.NAME-MISSING"_s, u"/name/"_s + language);
        error(
            QByteArray("name blank " + lang).constData(), [=](auto &s) { s.name[language] = u"  "_s; },
            u"LOCAL.NAME-MISSING"_s, u"/name/"_s + language);
        error(
            QByteArray("description missing " + lang).constData(),
            [=](auto &s) { s.description.remove(language); }, u"LOCAL.DESCRIPTION-MISSING"_s,
            u"/description/"_s + language);
        error(
            QByteArray("description empty " + lang).constData(),
            [=](auto &s) { s.description[language] = QString(); }, u"LOCAL.DESCRIPTION-MISSING"_s,
            u"/description/"_s + language);
    }

    // allowedRedirectUrls
    error(
        "redirect http", [](auto &s) { s.allowedRedirectUrls[1] = u"http://smartregnskap.example/cb"_s; },
        u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/1"_s);
    error(
        "redirect relative", [](auto &s) { s.allowedRedirectUrls[1] = u"/altinn/callback"_s; },
        u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/1"_s);
    error(
        "redirect without scheme", [](auto &s) { s.allowedRedirectUrls[0] = u"smartregnskap.example/cb"_s; },
        u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/0"_s);
    error(
        "redirect not a URL", [](auto &s) { s.allowedRedirectUrls[0] = u"not a url"_s; }, u"AUTH.VLD-00005"_s,
        u"/allowedRedirectUrls/0"_s);
    error(
        "redirect without host", [](auto &s) { s.allowedRedirectUrls[0] = u"https:///callback"_s; },
        u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/0"_s);
    error(
        "redirect empty", [](auto &s) { s.allowedRedirectUrls.append(QString()); }, u"AUTH.VLD-00005"_s,
        u"/allowedRedirectUrls/2"_s);
    error(
        "redirect custom scheme", [](auto &s) { s.allowedRedirectUrls[1] = u"myapp://callback"_s; },
        u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/1"_s);
    warning(
        "redirect host only", [](auto &s) { s.allowedRedirectUrls[0] = u"https://vg.no"_s; },
        u"LOCAL.REDIRECT-TRAILING-SLASH"_s, u"/allowedRedirectUrls/0"_s);
    warning(
        "redirect host only with query", [](auto &s) { s.allowedRedirectUrls[0] = u"https://vg.no?x=1"_s; },
        u"LOCAL.REDIRECT-TRAILING-SLASH"_s, u"/allowedRedirectUrls/0"_s);

    // rights
    error(
        "attribute id urn:altinn:app", [](auto &s) { rightsOf(s)[0].resource[0].id = u"urn:altinn:app"_s; },
        u"AUTH.VLD-00009"_s, u"/rights/0/resource/0/id"_s);
    error(
        "attribute id in upper case",
        [](auto &s) { rightsOf(s)[1].resource[0].id = u"URN:ALTINN:RESOURCE"_s; }, u"AUTH.VLD-00009"_s,
        u"/rights/1/resource/0/id"_s);
    error(
        "attribute id with trailing space",
        [](auto &s) { rightsOf(s)[0].resource[0].id = u"urn:altinn:resource "_s; }, u"AUTH.VLD-00009"_s,
        u"/rights/0/resource/0/id"_s);
    error(
        "second attribute id wrong",
        [](auto &s) {
            rightsOf(s)[1].resource.append(Altinn::AttributePair{u"urn:altinn:org"_s, u"ttd"_s});
        },
        u"AUTH.VLD-00009"_s, u"/rights/1/resource/1/id"_s);
    error(
        "resource value empty", [](auto &s) { rightsOf(s)[0].resource[0].value.clear(); },
        u"LOCAL.RESOURCE-EMPTY"_s, u"/rights/0/resource/0/value"_s);
    error(
        "resource value blank", [](auto &s) { rightsOf(s)[1].resource[0].value = u" "_s; },
        u"LOCAL.RESOURCE-EMPTY"_s, u"/rights/1/resource/0/value"_s);
    error(
        "right without resource", [](auto &s) { rightsOf(s)[1].resource.clear(); }, u"LOCAL.RIGHT-EMPTY"_s,
        u"/rights/1/resource"_s);
    error(
        "right listed twice", [](auto &s) { rightsOf(s).append(rightsOf(s)[0]); }, u"AUTH.VLD-00006"_s,
        u"/rights/2"_s);
    error(
        "right with action listed twice",
        [](auto &s) {
            rightsOf(s)[0].action = u"read"_s;
            rightsOf(s).append(rightsOf(s)[0]);
        },
        u"AUTH.VLD-00006"_s, u"/rights/2"_s);
    error(
        "null and empty action are the same right",
        [](auto &s) {
            Altinn::Right copy = rightsOf(s)[1];
            copy.action = QString();
            rightsOf(s).append(copy);
        },
        u"AUTH.VLD-00006"_s, u"/rights/2"_s);

    // accessPackages
    error(
        "package URN empty", [](auto &s) { packagesOf(s)[0].urn.clear(); }, u"AUTH.VLD-00008"_s,
        u"/accessPackages/0/urn"_s);
    error(
        "package URN with 3 parts", [](auto &s) { packagesOf(s)[1].urn = u"urn:altinn:skattnaering"_s; },
        u"AUTH.VLD-00008"_s, u"/accessPackages/1/urn"_s);
    error(
        "package code only", [](auto &s) { packagesOf(s)[0].urn = u"skattnaering"_s; }, u"AUTH.VLD-00008"_s,
        u"/accessPackages/0/urn"_s);
    error(
        "package URN with other prefix",
        [](auto &s) { packagesOf(s)[0].urn = u"urn:altinn:resource:skattnaering"_s; }, u"AUTH.VLD-00008"_s,
        u"/accessPackages/0/urn"_s);
    error(
        "package URN without code", [](auto &s) { packagesOf(s)[2].urn = u"urn:altinn:accesspackage:"_s; },
        u"AUTH.VLD-00008"_s, u"/accessPackages/2/urn"_s);
    error(
        "package unknown to the catalogue",
        [](auto &s) { packagesOf(s)[0].urn = packageUrn(u"kravogutlegg"_s); }, u"AUTH.VLD-00008"_s,
        u"/accessPackages/0/urn"_s);
    error(
        "package neither delegable nor assignable",
        [](auto &s) { packagesOf(s).append(package(RejectedPackage)); }, u"AUTH.VLD-00008"_s,
        u"/accessPackages/3/urn"_s);
    error(
        "package listed twice", [](auto &s) { packagesOf(s).append(package(StandardPackage)); },
        u"AUTH.VLD-00007"_s, u"/accessPackages/3"_s);
    error(
        "visible with a client package", [](auto &s) { s.isVisible = true; }, u"AUTH.VLD-00018"_s,
        u"/isVisible"_s);

    // clientId
    error(
        "client id twice", [](auto &s) { s.clientIds.append(s.clientIds.first()); }, u"AUTH.VLD-00011"_s,
        u"/clientId/1"_s);
    error(
        "client id twice in other case", [](auto &s) { s.clientIds.append(s.clientIds.first().toUpper()); },
        u"AUTH.VLD-00011"_s, u"/clientId/1"_s);
    error(
        "client id not a UUID", [](auto &s) { s.clientIds[0] = u"my-client"_s; }, u"LOCAL.CLIENTID-FORMAT"_s,
        u"/clientId/0"_s);
    error(
        "client id in braces", [](auto &s) { s.clientIds[0] = u"{3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c}"_s; },
        u"LOCAL.CLIENTID-FORMAT"_s, u"/clientId/0"_s);
    error(
        "client id with space", [](auto &s) { s.clientIds[0] = u" 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s; },
        u"LOCAL.CLIENTID-FORMAT"_s, u"/clientId/0"_s);
    error(
        "client id one digit short",
        [](auto &s) { s.clientIds[0] = u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3"_s; },
        u"LOCAL.CLIENTID-FORMAT"_s, u"/clientId/0"_s);
    error(
        "client id empty", [](auto &s) { s.clientIds.append(QString()); }, u"LOCAL.CLIENTID-FORMAT"_s,
        u"/clientId/1"_s);
    warning(
        "no client id", [](auto &s) { s.clientIds.clear(); }, u"LOCAL.CLIENTID-MISSING"_s, u"/clientId"_s);

    // at least one right or package
    error(
        "no rights and no packages",
        [](auto &s) {
            rightsOf(s).clear();
            packagesOf(s).clear();
        },
        u"LOCAL.NO-RIGHTS"_s, QString());
    error(
        "null rights and null packages",
        [](auto &s) {
            s.rights.reset();
            s.accessPackages.reset();
        },
        u"LOCAL.NO-RIGHTS"_s, QString());
}

void TestSystemDefinitionValidator::singleProblem()
{
    QFETCH(SystemDefinition, system);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isWarning);

    const QList<Finding> findings = SystemDefinitionValidator(catalogue()).validate(system);
    QVERIFY2(findings.size() == 1, qPrintable(describe(findings)));
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.path, path);
    QCOMPARE(finding.serverPath, expectedServerPath(code));
    QCOMPARE(finding.severity, isWarning ? Severity::Warning : Severity::Error);
    QVERIFY(!finding.message.isEmpty());
    QVERIFY2(!finding.message.contains(u"%1"), qPrintable(finding.message)); // every argument filled in
}

void TestSystemDefinitionValidator::accepted_data()
{
    QTest::addColumn<SystemDefinition>("system");
    QTest::addColumn<bool>("withCatalogue");

    const auto row = [](const char *name, const std::function<void(SystemDefinition &)> &mutate,
                         bool withCatalogue = true) {
        QTest::newRow(name) << systemWith(mutate) << withCatalogue;
    };
    row("id of 255 characters", [](auto &s) { s.id = u"991825827_"_s + QString(245, u'a'); });
    row("id with - . ~ and capitals", [](auto &s) { s.id = u"991825827_Smart-Regnskap.v2~beta"_s; });
    row("id with several underscores", [](auto &s) { s.id = u"991825827_smart_regnskap_klient"_s; });
    row("vendor whose check digit is 0", [](auto &s) {
        s.vendorId = u"0192:312424940"_s;
        s.id = u"312424940_x"_s;
    });
    row("extra language left blank", [](auto &s) { s.name[u"se"_s] = QString(); });
    row("redirect with scheme in capitals",
        [](auto &s) { s.allowedRedirectUrls[1] = u"HTTPS://smartregnskap.example/cb"_s; });
    row("redirect with port and query",
        [](auto &s) { s.allowedRedirectUrls[1] = u"https://smartregnskap.example:8443/cb?x=1"_s; });
    row("no redirect URLs", [](auto &s) { s.allowedRedirectUrls.clear(); });
    row("same resource with another action", [](auto &s) {
        Altinn::Right copy = rightsOf(s)[0];
        copy.action = u"read"_s;
        rightsOf(s).append(copy);
    });
    row("same pairs in another order", [](auto &s) {
        Altinn::Right two = resourceRight(u"a-resource"_s);
        two.resource.append(Altinn::AttributePair{u"urn:altinn:resource"_s, u"b-resource"_s});
        Altinn::Right swapped = two;
        std::swap(swapped.resource[0], swapped.resource[1]);
        rightsOf(s) << two << swapped;
    });
    row("rights only", [](auto &s) { s.accessPackages.reset(); });
    row("packages only", [](auto &s) { rightsOf(s).clear(); });
    row("visible with standard packages only", [](auto &s) {
        s.isVisible = true;
        packagesOf(s) = {package(StandardPackage), package(AssignOnlyPackage)};
    });
    row("client id in capitals", [](auto &s) { s.clientIds[0] = s.clientIds[0].toUpper(); });
    row("two client ids", [](auto &s) { s.clientIds.append(u"0e0a7c43-1f0b-4b8e-9d39-6e1c1e5a2b10"_s); });
    // Without a catalogue the flag rules are skipped rather than guessed.
    row(
        "unknown package without catalogue", [](auto &s) { packagesOf(s).append(package(u"finnes-ikke"_s)); },
        false);
    row(
        "visible with client package without catalogue", [](auto &s) { s.isVisible = true; }, false);
    row(
        "rejected package without catalogue", [](auto &s) { packagesOf(s).append(package(RejectedPackage)); },
        false);
}

void TestSystemDefinitionValidator::accepted()
{
    QFETCH(SystemDefinition, system);
    QFETCH(bool, withCatalogue);
    const SystemDefinitionValidator validator(withCatalogue ? catalogue() : Validation::PackageFlagsLookup());
    const QList<Finding> findings = validator.validate(system);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestSystemDefinitionValidator::rejectedPackageOnVisibleSystemGivesBothCodes()
{
    // As on the server: a package with neither flag is "not possible to delegate" (VLD-00008) and,
    // being not assignable, also conflicts with isVisible (VLD-00018).
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        s.isVisible = true;
        packagesOf(s) = {package(StandardPackage), package(RejectedPackage)};
    });
    const QList<Finding> findings = SystemDefinitionValidator(catalogue()).validate(system);
    QCOMPARE(Validation::Findings::codes(findings), (QStringList{u"AUTH.VLD-00008"_s, u"AUTH.VLD-00018"_s}));
    QCOMPARE(findings.at(0).path, u"/accessPackages/1/urn"_s);
    QCOMPARE(findings.at(1).path, u"/isVisible"_s);
    QVERIFY(findings.at(1).message.contains(packageUrn(RejectedPackage)));
}

void TestSystemDefinitionValidator::lookupSkippedForMalformedUrns()
{
    QStringList asked;
    const auto recordingLookup = [&asked](const QString &urn) {
        asked.append(urn);
        return catalogue()(urn);
    };
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        packagesOf(s) = {Altinn::AccessPackageRef{u"urn:altinn:x"_s},
            Altinn::AccessPackageRef{u"urn:other:thing:skattnaering"_s}, package(StandardPackage)};
    });
    const QList<Finding> findings = SystemDefinitionValidator(recordingLookup).validate(system);
    QCOMPARE(asked, QStringList{packageUrn(StandardPackage)});
    QCOMPARE(Validation::Findings::codes(findings), (QStringList{u"AUTH.VLD-00008"_s, u"AUTH.VLD-00008"_s}));
}

void TestSystemDefinitionValidator::multipleProblemsAreAllReported()
{
    const SystemDefinition system = systemWith([](SystemDefinition &s) {
        s.vendorId = u"0193:991825827"_s; // VLD-00000
        s.id = u"991825827_smart regnskap/2"_s; // VLD-00013 and SYSTEMID-CHARS
        s.name.remove(u"nn"_s); // NAME-MISSING
        s.allowedRedirectUrls[1] = u"http://x.example/"_s; // VLD-00005
        rightsOf(s)[1].resource[0].id = u"urn:altinn:app"_s; // VLD-00009
        rightsOf(s).append(rightsOf(s)[0]); // VLD-00006
        packagesOf(s).append(package(StandardPackage)); // VLD-00007
        s.isVisible = true; // VLD-00018
        s.clientIds.append(u"not-a-uuid"_s); // CLIENTID-FORMAT
    });
    const QList<Finding> findings = SystemDefinitionValidator(catalogue()).validate(system);

    const QList<QPair<QString, QString>> expected = {
        {u"AUTH.VLD-00000"_s, u"/vendor/ID"_s},
        {u"AUTH.VLD-00013"_s, u"/id"_s},
        {u"LOCAL.SYSTEMID-CHARS"_s, u"/id"_s},
        {u"LOCAL.NAME-MISSING"_s, u"/name/nn"_s},
        {u"AUTH.VLD-00005"_s, u"/allowedRedirectUrls/1"_s},
        {u"AUTH.VLD-00009"_s, u"/rights/1/resource/0/id"_s},
        {u"AUTH.VLD-00006"_s, u"/rights/2"_s},
        {u"AUTH.VLD-00007"_s, u"/accessPackages/3"_s},
        {u"AUTH.VLD-00018"_s, u"/isVisible"_s},
        {u"LOCAL.CLIENTID-FORMAT"_s, u"/clientId/1"_s},
    };
    QVERIFY2(findings.size() == expected.size(), qPrintable(describe(findings)));
    for (const auto &[code, path] : expected) {
        // Explicit captures: clang 14 cannot capture structured bindings (the sanitizer build uses it).
        const bool found = std::any_of(
            findings.cbegin(), findings.cend(), [&wantedCode = code, &wantedPath = path](const Finding &f) {
                return f.code == wantedCode && f.path == wantedPath;
            });
        QVERIFY2(found, qPrintable(code + u" at "_s + path + u" missing from "_s + describe(findings)));
    }
    QVERIFY(Validation::Findings::hasErrors(findings));
}

void TestSystemDefinitionValidator::findingsHelpers()
{
    const QList<Finding> findings = {
        Finding{u"A"_s, u"/rights/1"_s, QString(), Severity::Warning, u"m"_s},
        Finding{u"B"_s, u"/rights/10/resource/0/id"_s, QString(), Severity::Warning, u"m"_s},
        Finding{u"C"_s, u"/rights"_s, QString(), Severity::Warning, u"m"_s},
        Finding{u"D"_s, u"/rightsX"_s, QString(), Severity::Warning, u"m"_s},
        Finding{u"E"_s, QString(), QString(), Severity::Warning, u"m"_s},
    };
    QCOMPARE(Validation::Findings::codes(findings), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}));
    QVERIFY(!Validation::Findings::hasErrors(findings));
    QVERIFY(Validation::Findings::hasErrors(
        QList<Finding>{Finding{u"X"_s, QString(), QString(), Severity::Error, u"m"_s}}));
    QVERIFY(!Validation::Findings::hasErrors({}));

    QCOMPARE(Validation::Findings::codes(Validation::Findings::at(findings, u"/rights"_s)),
        (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(
        Validation::Findings::codes(Validation::Findings::at(findings, u"/rights/1"_s)), QStringList{u"A"_s});
    QCOMPARE(Validation::Findings::codes(Validation::Findings::at(findings, u"/rights/10"_s)),
        QStringList{u"B"_s});
    QCOMPARE(Validation::Findings::codes(Validation::Findings::at(findings, QString())).size(), 5);
    QVERIFY(Validation::Findings::at(findings, u"/clientId"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSystemDefinitionValidator)
#include "TestSystemDefinitionValidator.moc"
