#include "AltinnTestSession.h"
#include "altinn/MetadataClient.h"
#include "onboarding/SandboxCatalogueFlow.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueFlow;
using Onboarding::SandboxCatalogueImport;
using Failure = SandboxCatalogueFlow::Failure;

/// SandboxCatalogueFlow against the in-process sandbox: what it sends is in the sandbox's catalogue, and
/// the session's metadata cache shows it at once (docs/sandbox.md#your-own-catalogue).
class TestSandboxCatalogueFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importRefreshesTheMetadataCache();
    void largeListGoesInBatches();
    void accessPackagesInTheirLanguage();
    void organisationsJoinTheRegister();
    void refusalSaysWhatToFix();
    void invalidImportSendsNothing();
    void listAndClearRefreshTheCacheToo();
    void onlyInTheSandbox();
};

namespace {

const QString OwnResource = u"ske-innrapportering-sandkasse-flyt"_s;

QJsonObject resource(const QString &identifier)
{
    return {{u"identifier"_s, identifier}, {u"resourceType"_s, u"GenericAccessResource"_s},
        {u"title"_s, QJsonObject{{u"nb"_s, u"Flyt"_s}, {u"nn"_s, u"Flyt"_s}, {u"en"_s, u"Flow"_s}}},
        {u"hasCompetentAuthority"_s, QJsonObject{{u"orgcode"_s, u"skd"_s}}}};
}

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

struct Fixture
{
    AltinnTestSession altinn;
    MemorySecretStore keychain;
    std::unique_ptr<VendorSession> session;
    SandboxCatalogueFlow flow;
    std::optional<SandboxCatalogueFlow::Outcome> outcome;
    int refreshes = 0;

    explicit Fixture(const std::optional<Altinn::Environment> &environment = std::nullopt)
    {
        Profile profile;
        profile.id = u"catalogue"_s;
        profile.name = u"Catalogue"_s;
        profile.environment = u"sandbox"_s;
        profile.vendorOrgNumber = SandboxHarness::VendorOrg;
        session =
            std::make_unique<VendorSession>(profile, environment.value_or(altinn.environment()), &keychain);
        QObject::connect(&flow, &SandboxCatalogueFlow::finished, &flow,
            [this](const SandboxCatalogueFlow::Outcome &finished) { outcome = finished; });
        QObject::connect(&flow, &SandboxCatalogueFlow::refreshingMetadata, &flow, [this] { ++refreshes; });
    }

    bool wait()
    {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, 30000);
    }
    bool send(const SandboxCatalogueImport &import, const QString &language = {})
    {
        outcome.reset();
        flow.send(session.get(), import, language);
        if (outcome) // never from inside send()
            return false;
        return wait();
    }

    /// The resource list as the wizard's pickers read it: from the cache when it is fresh.
    std::optional<Altinn::MetadataClient::Cached<QList<Altinn::ServiceResource>>> cachedResources()
    {
        // Shared with the callback, which may come after a failed wait.
        auto cached =
            std::make_shared<std::optional<Altinn::MetadataClient::Cached<QList<Altinn::ServiceResource>>>>();
        auto done = std::make_shared<bool>(false);
        session->metadata()->resources([cached, done](const auto &result) {
            if (result.ok())
                *cached = *result.value;
            *done = true;
        });
        if (!QTest::qWaitFor([done] { return *done; }, 15000))
            return std::nullopt;
        return *cached;
    }
    std::optional<Altinn::AccessPackageTree> cachedPackages(const QString &language)
    {
        auto tree = std::make_shared<std::optional<Altinn::AccessPackageTree>>();
        auto done = std::make_shared<bool>(false);
        session->metadata()->accessPackages(language, [tree, done](const auto &result) {
            if (result.ok())
                *tree = result.value->value;
            *done = true;
        });
        if (!QTest::qWaitFor([done] { return *done; }, 15000))
            return std::nullopt;
        return *tree;
    }
};

bool contains(const QList<Altinn::ServiceResource> &resources, const QString &identifier)
{
    return std::any_of(resources.cbegin(), resources.cend(),
        [&identifier](const Altinn::ServiceResource &resource) { return resource.identifier == identifier; });
}

} // namespace

void TestSandboxCatalogueFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the metadata cache goes to a test folder
}

void TestSandboxCatalogueFlow::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

void TestSandboxCatalogueFlow::importRefreshesTheMetadataCache()
{
    Fixture fixture;
    QVERIFY(fixture.altinn.isListening());
    // The picker has loaded (and cached) the catalogue before the vendor adds to it.
    const auto before = fixture.cachedResources();
    QVERIFY(before);
    QVERIFY(!contains(before->value, OwnResource));
    QVERIFY(fixture.cachedResources()->fromCache);

    QVERIFY(fixture.send(
        SandboxCatalogueImport::fromJson(json({resource(OwnResource), resource(u"egen-ressurs-2"_s)}))));
    const auto &outcome = *fixture.outcome;
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.kind, SandboxCatalogueImport::Kind::ResourceList);
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.replaced, 0);
    QCOMPARE(outcome.batches, 1);
    QCOMPARE(outcome.batchesSent, 1);
    QVERIFY(outcome.cacheRefreshed);
    QCOMPARE(fixture.refreshes, 1);
    QCOMPARE(fixture.altinn.sandbox().get(u"resourceregistry/api/v1/resource/"_s + OwnResource).status, 200);

    // Read as the pickers read it — from the cache, without asking the server — it has the new entries.
    const auto after = fixture.cachedResources();
    QVERIFY(after && after->fromCache);
    QVERIFY(contains(after->value, OwnResource));

    // Sending the same again replaces what is there: nothing new, nothing doubled.
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson(json({resource(OwnResource)}))));
    QCOMPARE(fixture.outcome->added, 0);
    QCOMPARE(fixture.outcome->replaced, 1);
}

void TestSandboxCatalogueFlow::largeListGoesInBatches()
{
    Fixture fixture;
    // About 1.4 MiB: more than the sandbox takes in one request (1 MiB).
    QJsonArray resources;
    const QString padding(400, u'x');
    for (int i = 0; i < 2000; ++i) {
        QJsonObject entry = resource(u"masse-%1"_s.arg(i, 4, 10, QChar(u'0')));
        entry.insert(u"description"_s, QJsonObject{{u"nb"_s, padding}});
        resources.append(entry);
    }
    QVERIFY(json(resources).size() > 1024 * 1024);
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson(json(resources))));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(fixture.outcome->batches >= 2);
    QCOMPARE(fixture.outcome->batchesSent, fixture.outcome->batches);
    QCOMPARE(fixture.outcome->added, 2000);
    QCOMPARE(fixture.altinn.sandbox().context().state.catalogueAdditions.resources().size(), 2000);
}

void TestSandboxCatalogueFlow::accessPackagesInTheirLanguage()
{
    Fixture fixture;
    QVERIFY(fixture.cachedPackages(u"en"_s)); // cached before the import
    const QJsonObject package{{u"urn"_s, u"urn:altinn:accesspackage:flyt-pakke"_s},
        {u"name"_s, u"Flow package"_s}, {u"isDelegable"_s, true}, {u"isAssignable"_s, true},
        {u"type"_s, QJsonObject{{u"name"_s, u"Organization"_s}}}};
    const QJsonArray exported{QJsonObject{{u"type"_s, u"Organization"_s}, {u"name"_s, u"Own"_s},
        {u"areas"_s,
            QJsonArray{QJsonObject{{u"urn"_s, u"accesspackage:area:flyt"_s}, {u"name"_s, u"Flow"_s},
                {u"packages"_s, QJsonArray{package}}}}}}};
    const auto import = SandboxCatalogueImport::fromJson(json(exported));
    QCOMPARE(import.suggestedLanguage(), u"en"_s);
    QVERIFY(fixture.send(import)); // the suggested language: English
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QCOMPARE(fixture.outcome->added, 1);
    QCOMPARE(fixture.outcome->areasAdded, 1);
    QCOMPARE(fixture.outcome->areaGroupsAdded, 1);
    QVERIFY(fixture.outcome->cacheRefreshed);

    const auto english = fixture.cachedPackages(u"en"_s);
    QVERIFY(english && english->find(u"urn:altinn:accesspackage:flyt-pakke"_s));
    QCOMPARE(english->find(u"urn:altinn:accesspackage:flyt-pakke"_s)->name, u"Flow package"_s);
    QVERIFY(
        fixture.cachedPackages(u"nn"_s)->find(u"urn:altinn:accesspackage:flyt-pakke"_s)); // every language
}

void TestSandboxCatalogueFlow::organisationsJoinTheRegister()
{
    Fixture fixture;
    QVERIFY(fixture.send(SandboxCatalogueImport::organisation(u"314000005"_s, u"PRØVENDE LITEN BEVER AS"_s)));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QCOMPARE(fixture.outcome->added, 1);
    QCOMPARE(fixture.refreshes, 0); // organisations are not in the metadata the pickers read
    QCOMPARE(fixture.altinn.sandbox().context().organisationName(u"314000005"_s),
        std::optional<QString>(u"PRØVENDE LITEN BEVER AS"_s));
}

void TestSandboxCatalogueFlow::refusalSaysWhatToFix()
{
    Fixture fixture;
    // A title longer than the sandbox keeps: not checked before sending, refused by the sandbox.
    QJsonObject tooLong = resource(OwnResource);
    tooLong.insert(u"title"_s, QJsonObject{{u"nb"_s, QString(1001, u'a')}});
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson(json({tooLong}))));
    QCOMPARE(fixture.outcome->failure, Failure::Refused);
    QCOMPARE(fixture.outcome->apiFailure.httpStatus(), 400);
    QVERIFY2(fixture.outcome->message.contains(u"title: nb: expected a string of at most 1000 characters"_s),
        qPrintable(fixture.outcome->message));
    QCOMPARE(fixture.refreshes, 0);
}

void TestSandboxCatalogueFlow::invalidImportSendsNothing()
{
    Fixture fixture;
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson("[{\"identifier\": \"a b\"}]")));
    QCOMPARE(fixture.outcome->failure, Failure::InvalidInput);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QVERIFY(fixture.altinn.sandbox().context().state.catalogueAdditions.isEmpty());
}

void TestSandboxCatalogueFlow::listAndClearRefreshTheCacheToo()
{
    Fixture fixture;
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson(json({resource(OwnResource)}))));
    QVERIFY(contains(fixture.cachedResources()->value, OwnResource));

    fixture.outcome.reset();
    fixture.flow.list(fixture.session.get());
    QVERIFY(fixture.wait());
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->additions.value(u"resources"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"identifier"_s)
                 .toString(),
        OwnResource);

    fixture.outcome.reset();
    fixture.flow.clear(fixture.session.get());
    QVERIFY(fixture.wait());
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QCOMPARE(fixture.outcome->removed.value(u"resources"_s).toInt(), 1);
    QVERIFY(fixture.outcome->cacheRefreshed);
    const auto after = fixture.cachedResources();
    QVERIFY(after && after->fromCache);
    QVERIFY(!contains(after->value, OwnResource));
}

void TestSandboxCatalogueFlow::onlyInTheSandbox()
{
    Fixture fixture(Altinn::Environment::fromId(u"tt02"_s));
    QVERIFY(fixture.send(SandboxCatalogueImport::fromJson(json({resource(OwnResource)}))));
    QCOMPARE(fixture.outcome->failure, Failure::NotSandbox);
    QVERIFY(fixture.outcome->message.contains(u"TT02"_s));
}

QTEST_GUILESS_MAIN(TestSandboxCatalogueFlow)
#include "TestSandboxCatalogueFlow.moc"
