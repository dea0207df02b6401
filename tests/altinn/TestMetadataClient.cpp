#include "AltinnTestSession.h"
#include "altinn/MetadataClient.h"
#include "net/ActivityLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageTree;
using Altinn::ApiFailure;
using Altinn::MetadataClient;
using Altinn::ServiceResource;

/// MetadataClient against the sandbox over HTTP (docs/altinn-behaviour.md#metadata-apis): parsing, languages,
/// the picker's filter, and the disk cache (offline use, stale copies, refresh).
class TestMetadataClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resourceListIsParsed();
    void titlesInEachLanguage();
    void modelsRoundTripThroughJson();
    void selectableLeavesOutTypesTheRegisterRefuses_data();
    void selectableLeavesOutTypesTheRegisterRefuses();
    void searchFiltersByTitle();
    void resourceByIdentifier();
    void unknownResourceIs404();
    void packageExportDiffersByLanguage();
    void regnskapsforerPackagesAreClientRelationships();
    void packageSearchGroupsHitsByArea();
    void packageSearchWithoutHitsIsAnEmptyTree();
    void packageByUrn();
    void secondCallComesFromTheCacheWithoutHttp();
    void refreshDownloadsAgain();
    void cacheOlderThanADayIsDownloadedAgain();
    void serverGoneGivesTheStaleCachedCopy();
    void serverGoneWithoutCacheFails();
    void packagesAreCachedPerLanguage();
    void cancelAnswersCancelledOnce();
    void callsTogetherShareOneDownload();
    void cancellingOneSharedCallLeavesTheOthers();
    void cancellingEverySharedCallAbortsTheDownload();
    void defaultCacheDirectoryIsPerEnvironment();

private:
    std::unique_ptr<AltinnTestSession> m_session;
};

namespace {

using Resources = MetadataClient::Cached<QList<ServiceResource>>;
using Packages = MetadataClient::Cached<AccessPackageTree>;

const QString Krav = AltinnTestSession::Krav;
const QString RegnskapsforerMedSignering =
    u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;

const ServiceResource *findResource(const QList<ServiceResource> &resources, const QString &identifier)
{
    for (const ServiceResource &resource : resources) {
        if (resource.identifier == identifier)
            return &resource;
    }
    return nullptr;
}

/// One sandbox for the whole class: starting one (it makes its signing key) costs more than the tests.
AltinnTestSession *sharedSession = nullptr;

/// A client with its own cache folder and an activity log counting the HTTP calls.
struct Fixture
{
    AltinnTestSession &session = *sharedSession;
    QTemporaryDir cache;
    Altinn::ActivityLog log;
    MetadataClient client{session.transport(), cache.path()};

    Fixture() { session.transport()->setActivityLog(&log); }
    ~Fixture() { session.transport()->setActivityLog(nullptr); }
    Q_DISABLE_COPY_MOVE(Fixture)

    qsizetype httpCalls() const { return log.entries().size(); }

    CallResult<Resources> resources(
        MetadataClient::CachePolicy policy = MetadataClient::CachePolicy::PreferCache)
    {
        CallResult<Resources> result;
        client.resources(result.callback(), policy);
        if (!result.wait())
            qWarning("no answer from resources()");
        return result;
    }

    /// Starts downloading the resource list anew without waiting; the operation, to cancel.
    Altinn::ApiOperation *startRefresh(CallResult<Resources> &result)
    {
        return client.resources(result.callback(), MetadataClient::CachePolicy::Refresh);
    }

    CallResult<Packages> packages(const QString &language,
        MetadataClient::CachePolicy policy = MetadataClient::CachePolicy::PreferCache)
    {
        CallResult<Packages> result;
        client.accessPackages(language, result.callback(), policy);
        if (!result.wait())
            qWarning("no answer from accessPackages()");
        return result;
    }
};

/// A transport to a port nobody listens on: every call fails with a network error, quickly.
struct DeadServer
{
    Altinn::Environment environment = Altinn::Environment::sandbox(QUrl(u"http://127.0.0.1:9/"_s));
    QNetworkAccessManager network;
    Altinn::ApiTransport transport{&network, environment};

    DeadServer()
    {
        Altinn::RetryPolicy fast;
        fast.initialDelayMs = 1;
        fast.maxDelayMs = 5;
        transport.setRetryPolicy(fast);
    }
};

/// Rewrites the cache file's fetchedAt, as if it had been downloaded @p hoursAgo.
bool ageCacheFile(const QString &path, int hoursAgo)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (!object.contains(u"fetchedAt"_s))
        return false;
    object.insert(u"fetchedAt"_s,
        QDateTime::currentDateTimeUtc().addSecs(-qint64(hoursAgo) * 3600).toString(Qt::ISODateWithMs));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

void TestMetadataClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_session = std::make_unique<AltinnTestSession>();
    QVERIFY(m_session->isListening());
    sharedSession = m_session.get();
}

void TestMetadataClient::cleanupTestCase()
{
    sharedSession = nullptr;
    m_session.reset();
}

void TestMetadataClient::resourceListIsParsed()
{
    Fixture fixture;
    QVERIFY(fixture.session.isListening());
    const auto result = fixture.resources();
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(!result.value().fromCache);
    QVERIFY(!result.value().stale);
    QVERIFY(qAbs(result.value().fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Exactly what the registry lists (apps included, migrated apps not: the defaults).
    const QJsonArray raw =
        fixture.session.sandbox().get(u"resourceregistry/api/v1/resource/resourcelist"_s).array();
    QCOMPARE(result.value().value.size(), raw.size());
    QVERIFY(raw.size() > 20);

    const ServiceResource *krav = findResource(result.value().value, Krav);
    QVERIFY(krav);
    QCOMPARE(krav->resourceType, u"GenericAccessResource"_s);
    QCOMPARE(krav->authorityOrgCode, u"skd"_s);
    QCOMPARE(krav->authorityOrganization, u"974761076"_s);
    QVERIFY(krav->delegable);
    QVERIFY(QFile::exists(fixture.cache.path() + u"/resources.json"_s));
}

void TestMetadataClient::titlesInEachLanguage()
{
    Fixture fixture;
    const auto result = fixture.resources();
    QVERIFY2(result->ok(), result.failureText());
    const ServiceResource *krav = findResource(result.value().value, Krav);
    QVERIFY(krav);
    QCOMPARE(krav->titleIn(u"nb"_s), u"Krav og betalinger"_s);
    QCOMPARE(krav->titleIn(u"en"_s), u"Claims and payments"_s);
    QCOMPARE(krav->titleIn(u"de"_s), u"Krav og betalinger"_s); // falls back to Bokmål
    QCOMPARE(krav->authorityIn(u"nb"_s), u"Skatteetaten"_s);
    QCOMPARE(krav->authorityIn(u"en"_s), u"Norwegian Tax Administration"_s);

    ServiceResource untitled;
    untitled.identifier = u"no-title"_s;
    QCOMPARE(untitled.titleIn(u"nb"_s), u"no-title"_s);
}

void TestMetadataClient::modelsRoundTripThroughJson()
{
    Fixture fixture;
    const auto resources = fixture.resources();
    QVERIFY2(resources->ok(), resources.failureText());
    for (const ServiceResource &resource : resources.value().value) {
        const QJsonObject json = resource.toJson();
        QCOMPARE(ServiceResource::fromJson(json).toJson(), json);
    }
    const ServiceResource *krav = findResource(resources.value().value, Krav);
    QVERIFY(krav);
    QCOMPARE(
        krav->toJson().value(u"hasCompetentAuthority"_s).toObject().value(u"orgcode"_s).toString(), u"skd"_s);

    const auto packages = fixture.packages(u"en"_s);
    QVERIFY2(packages->ok(), packages.failureText());
    const QJsonArray tree = packages.value().value.toJson();
    QCOMPARE(AccessPackageTree::fromJson(tree).toJson(), tree);
    QCOMPARE(AccessPackageTree::fromJson(tree).packages().size(), packages.value().value.packages().size());
}

void TestMetadataClient::selectableLeavesOutTypesTheRegisterRefuses_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("selectable");
    QTest::newRow("generic access resource") << Krav << true;
    QTest::newRow("app") << AltinnTestSession::App << true;
    QTest::newRow("Maskinporten schema") << u"skd-maskinportenschemaid-8"_s << false;
    QTest::newRow("Altinn 2 service") << u"se_3225_1596"_s << false;
    QTest::newRow("consent") << u"stami-samtykke-must"_s << false;
    QTest::newRow("not delegable") << u"korrespondanse-fra-sivilforsvaret"_s << false;
    QTest::newRow("system resource, not delegable") << u"altinn_access_management"_s << false;
}

void TestMetadataClient::selectableLeavesOutTypesTheRegisterRefuses()
{
    QFETCH(QString, identifier);
    QFETCH(bool, selectable);
    Fixture fixture;
    const auto result = fixture.resources();
    QVERIFY2(result->ok(), result.failureText());
    const ServiceResource *resource = findResource(result.value().value, identifier);
    QVERIFY2(resource, qPrintable(identifier));
    QCOMPARE(resource->isSelectable(), selectable);
}

void TestMetadataClient::searchFiltersByTitle()
{
    Fixture fixture;
    CallResult<Resources> result;
    fixture.client.searchResources(u"KRAV"_s, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QVERIFY(findResource(result.value().value, Krav));
    for (const ServiceResource &resource : result.value().value) {
        const bool matches = std::any_of(resource.title.cbegin(), resource.title.cend(),
            [](const QString &title) { return title.contains(u"krav"_s, Qt::CaseInsensitive); });
        QVERIFY2(matches, qPrintable(resource.identifier));
    }
    QVERIFY(!QFile::exists(fixture.cache.path() + u"/resources.json"_s)); // searches are not cached

    CallResult<Resources> none;
    fixture.client.searchResources(u"zz-no-such-title-zz"_s, none.callback());
    QVERIFY(none.wait());
    QVERIFY2(none->ok(), none.failureText());
    QVERIFY(none.value().value.isEmpty());
}

void TestMetadataClient::resourceByIdentifier()
{
    Fixture fixture;
    CallResult<ServiceResource> result;
    fixture.client.resource(Krav, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result.value().identifier, Krav);
    QCOMPARE(result.value().titleIn(u"en"_s), u"Claims and payments"_s);
}

void TestMetadataClient::unknownResourceIs404()
{
    Fixture fixture;
    CallResult<ServiceResource> result;
    fixture.client.resource(u"no-such-resource"_s, result.callback());
    QVERIFY(result.wait());
    QVERIFY(!result->ok());
    QCOMPARE(result->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(result->failure.httpStatus(), 404);
}

void TestMetadataClient::packageExportDiffersByLanguage()
{
    Fixture fixture;
    const auto nb = fixture.packages(u"nb"_s);
    const auto en = fixture.packages(u"en"_s);
    QVERIFY2(nb->ok(), nb.failureText());
    QVERIFY2(en->ok(), en.failureText());
    const AccessPackageTree &nbTree = nb.value().value;
    const AccessPackageTree &enTree = en.value().value;
    QVERIFY(!nbTree.groups.isEmpty());
    QCOMPARE(nbTree.packages().size(), enTree.packages().size());
    QVERIFY(nbTree.packages().size() > 20);

    const Altinn::AccessPackageInfo *nbPackage = nbTree.find(RegnskapsforerMedSignering);
    const Altinn::AccessPackageInfo *enPackage = enTree.find(RegnskapsforerMedSignering);
    QVERIFY(nbPackage && enPackage);
    QCOMPARE(nbPackage->name, u"Regnskapsfører med signeringsrettighet"_s);
    QCOMPARE(enPackage->name, u"Accountant with signing rights"_s);
    QCOMPARE(nbPackage->id, enPackage->id);
    QVERIFY(nbTree.groups.first().name != enTree.groups.first().name); // "Allment" / "General"

    const Altinn::AccessPackageArea *area = nbTree.areaOf(RegnskapsforerMedSignering);
    QVERIFY(area);
    QVERIFY(!area->name.isEmpty());
    QVERIFY(area->iconUrl.startsWith(u"https://"_s));
}

void TestMetadataClient::regnskapsforerPackagesAreClientRelationships()
{
    Fixture fixture;
    const auto result = fixture.packages(u"nb"_s);
    QVERIFY2(result->ok(), result.failureText());
    const AccessPackageTree &tree = result.value().value;
    for (const QString &code : {u"regnskapsforer-med-signeringsrettighet"_s,
             u"regnskapsforer-uten-signeringsrettighet"_s, u"regnskapsforer-lonn"_s}) {
        const Altinn::AccessPackageInfo *package = tree.find(AltinnTestSession::packageUrn(code));
        QVERIFY2(package, qPrintable(code));
        QVERIFY2(package->isClientRelationship(), qPrintable(code));
        QVERIFY(package->isAcceptedByRegister());
    }
    const Altinn::AccessPackageInfo *admin =
        tree.find(AltinnTestSession::packageUrn(u"hovedadministrator"_s));
    QVERIFY(admin);
    QVERIFY(!admin->isClientRelationship());
    QVERIFY(admin->isAssignable);
    QVERIFY(!tree.find(u"urn:altinn:accesspackage:no-such-package"_s));
}

void TestMetadataClient::packageSearchGroupsHitsByArea()
{
    Fixture fixture;
    CallResult<Packages> result;
    fixture.client.searchAccessPackages(u"regnskapsfører"_s, u"nb"_s, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    const AccessPackageTree &tree = result.value().value;
    QVERIFY(tree.find(RegnskapsforerMedSignering));
    QCOMPARE(tree.find(RegnskapsforerMedSignering)->name, u"Regnskapsfører med signeringsrettighet"_s);
    // One group per package type, each area once, and every hit sits in its own area.
    QVERIFY(!tree.groups.isEmpty());
    for (const Altinn::AccessPackageAreaGroup &group : tree.groups) {
        QVERIFY(!group.name.isEmpty());
        QSet<QString> areaIds;
        for (const Altinn::AccessPackageArea &area : group.areas) {
            QVERIFY(!area.packages.isEmpty());
            QVERIFY2(!areaIds.contains(area.id), qPrintable(area.name));
            areaIds.insert(area.id);
        }
    }
    const auto exported = fixture.packages(u"nb"_s);
    QVERIFY2(exported->ok(), exported.failureText());
    for (const Altinn::AccessPackageInfo &package : tree.packages())
        QCOMPARE(tree.areaOf(package.urn)->id, exported.value().value.areaOf(package.urn)->id);
}

void TestMetadataClient::packageSearchWithoutHitsIsAnEmptyTree()
{
    Fixture fixture;
    CallResult<Packages> result;
    fixture.client.searchAccessPackages(u"zzqx-nothing-matches"_s, u"en"_s, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result->httpStatus, 204);
    QVERIFY(result.value().value.groups.isEmpty());
}

void TestMetadataClient::packageByUrn()
{
    Fixture fixture;
    CallResult<Altinn::AccessPackageInfo> result;
    fixture.client.accessPackage(RegnskapsforerMedSignering, u"en"_s, result.callback());
    QVERIFY(result.wait());
    QVERIFY2(result->ok(), result.failureText());
    QCOMPARE(result.value().urn, RegnskapsforerMedSignering);
    QCOMPARE(result.value().name, u"Accountant with signing rights"_s);
    QVERIFY(result.value().isClientRelationship());

    CallResult<Altinn::AccessPackageInfo> unknown;
    fixture.client.accessPackage(u"urn:altinn:accesspackage:no-such-package"_s, u"en"_s, unknown.callback());
    QVERIFY(unknown.wait());
    QVERIFY(!unknown->ok());
    QCOMPARE(unknown->failure.httpStatus(), 404);
}

void TestMetadataClient::secondCallComesFromTheCacheWithoutHttp()
{
    Fixture fixture;
    const auto first = fixture.resources();
    QVERIFY2(first->ok(), first.failureText());
    QCOMPARE(fixture.httpCalls(), 1);

    const auto second = fixture.resources();
    QVERIFY2(second->ok(), second.failureText());
    QCOMPARE(fixture.httpCalls(), 1);
    QVERIFY(second.value().fromCache);
    QVERIFY(!second.value().stale);
    QCOMPARE(second.value().value.size(), first.value().value.size());
    QCOMPARE(second.value().fetchedAt, first.value().fetchedAt);
    const ServiceResource *krav = findResource(second.value().value, Krav);
    QVERIFY(krav);
    QCOMPARE(krav->titleIn(u"en"_s), u"Claims and payments"_s);

    // A new client (the next start of the app) reads the same cache.
    MetadataClient restarted(fixture.session.transport(), fixture.cache.path());
    CallResult<Resources> third;
    restarted.resources(third.callback());
    QVERIFY(third.wait());
    QVERIFY2(third->ok(), third.failureText());
    QVERIFY(third.value().fromCache);
    QCOMPARE(fixture.httpCalls(), 1);
}

void TestMetadataClient::refreshDownloadsAgain()
{
    Fixture fixture;
    const auto first = fixture.resources();
    QVERIFY2(first->ok(), first.failureText());
    QTest::qWait(5); // a later fetchedAt
    const auto refreshed = fixture.resources(MetadataClient::CachePolicy::Refresh);
    QVERIFY2(refreshed->ok(), refreshed.failureText());
    QCOMPARE(fixture.httpCalls(), 2);
    QVERIFY(!refreshed.value().fromCache);
    QVERIFY(refreshed.value().fetchedAt > first.value().fetchedAt);

    // The refreshed copy is what the cache holds now.
    const auto cached = fixture.resources();
    QVERIFY(cached.value().fromCache);
    QCOMPARE(cached.value().fetchedAt, refreshed.value().fetchedAt);
}

void TestMetadataClient::cacheOlderThanADayIsDownloadedAgain()
{
    Fixture fixture;
    QVERIFY2(fixture.resources()->ok(), "first download");
    QVERIFY(ageCacheFile(fixture.cache.path() + u"/resources.json"_s, 25));
    const auto again = fixture.resources();
    QVERIFY2(again->ok(), again.failureText());
    QVERIFY(!again.value().fromCache);
    QCOMPARE(fixture.httpCalls(), 2);
}

void TestMetadataClient::serverGoneGivesTheStaleCachedCopy()
{
    Fixture fixture;
    const auto online = fixture.resources();
    QVERIFY2(online->ok(), online.failureText());
    const auto onlinePackages = fixture.packages(u"en"_s);
    QVERIFY2(onlinePackages->ok(), onlinePackages.failureText());

    DeadServer dead;
    MetadataClient offline(&dead.transport, fixture.cache.path());

    // Refresh asks the server, which is gone: the cached copy comes back, marked stale, with the reason.
    CallResult<Resources> refreshed;
    offline.resources(refreshed.callback(), MetadataClient::CachePolicy::Refresh);
    QVERIFY(refreshed.wait());
    QVERIFY2(refreshed->ok(), refreshed.failureText());
    QVERIFY(refreshed.value().fromCache);
    QVERIFY(refreshed.value().stale);
    QCOMPARE(refreshed->failure.kind, ApiFailure::Kind::Network);
    QCOMPARE(refreshed.value().value.size(), online.value().value.size());
    QCOMPARE(refreshed.value().fetchedAt, online.value().fetchedAt);

    // An old copy is downloaded again first; when that fails the old copy is still better than nothing.
    QVERIFY(ageCacheFile(fixture.cache.path() + u"/accesspackages-en.json"_s, 72));
    CallResult<Packages> packages;
    offline.accessPackages(u"en"_s, packages.callback());
    QVERIFY(packages.wait());
    QVERIFY2(packages->ok(), packages.failureText());
    QVERIFY(packages.value().stale);
    QCOMPARE(
        packages.value().value.find(RegnskapsforerMedSignering)->name, u"Accountant with signing rights"_s);
}

void TestMetadataClient::serverGoneWithoutCacheFails()
{
    QTemporaryDir cache;
    DeadServer dead;
    MetadataClient offline(&dead.transport, cache.path());
    CallResult<Resources> result;
    offline.resources(result.callback());
    QVERIFY(result.wait());
    QVERIFY(!result->ok());
    QCOMPARE(result->failure.kind, ApiFailure::Kind::Network);
}

void TestMetadataClient::packagesAreCachedPerLanguage()
{
    Fixture fixture;
    QVERIFY(fixture.packages(u"nb"_s)->ok());
    QVERIFY(fixture.packages(u"en"_s)->ok());
    QCOMPARE(fixture.httpCalls(), 2);
    const auto nb = fixture.packages(u"nb"_s);
    const auto en = fixture.packages(u"en"_s);
    QCOMPARE(fixture.httpCalls(), 2);
    QVERIFY(nb.value().fromCache && en.value().fromCache);
    QCOMPARE(
        nb.value().value.find(RegnskapsforerMedSignering)->name, u"Regnskapsfører med signeringsrettighet"_s);
    QCOMPARE(en.value().value.find(RegnskapsforerMedSignering)->name, u"Accountant with signing rights"_s);

    // The Accept-Language header chose the language (the sandbox answers Content-Language).
    const auto entries = fixture.log.entries();
    QCOMPARE(entries.size(), 2);
    const auto contentLanguage = [](const Altinn::ActivityEntry &entry) {
        for (const auto &[name, value] : entry.responseHeaders) {
            if (name.compare("Content-Language", Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    QCOMPARE(contentLanguage(entries.at(0)), QByteArray("nob"));
    QCOMPARE(contentLanguage(entries.at(1)), QByteArray("eng"));
}

void TestMetadataClient::cancelAnswersCancelledOnce()
{
    Fixture fixture;
    // While the request is on its way…
    CallResult<Resources> downloading;
    fixture.client.resources(downloading.callback(), MetadataClient::CachePolicy::Refresh)->cancel();
    QVERIFY(downloading.wait());
    QCOMPARE(downloading->failure.kind, ApiFailure::Kind::Cancelled);
    QVERIFY(!downloading->ok());

    // …and while the cached copy is being read.
    QVERIFY(fixture.resources()->ok());
    CallResult<Resources> reading;
    fixture.client.resources(reading.callback())->cancel();
    QVERIFY(reading.wait());
    QCOMPARE(reading->failure.kind, ApiFailure::Kind::Cancelled);

    QTest::qWait(50);
    QCOMPARE(downloading.calls(), 1);
    QCOMPARE(reading.calls(), 1);
}

void TestMetadataClient::callsTogetherShareOneDownload()
{
    // Two screens opening at once (the request page's system names and the message section's titles).
    Fixture fixture;
    CallResult<Resources> first;
    CallResult<Resources> second;
    fixture.startRefresh(first);
    fixture.startRefresh(second);
    QVERIFY(first.wait());
    QVERIFY(second.wait());
    QVERIFY2(first->ok(), first.failureText());
    QVERIFY2(second->ok(), second.failureText());
    QCOMPARE(fixture.httpCalls(), 1);
    QCOMPARE(second.value().value.size(), first.value().value.size());
    QCOMPARE(second.value().fetchedAt, first.value().fetchedAt);
    QVERIFY(findResource(second.value().value, Krav));

    // Different files are different downloads: the export per language, the resource list once more.
    CallResult<Packages> nb;
    CallResult<Packages> en;
    fixture.client.accessPackages(u"nb"_s, nb.callback(), MetadataClient::CachePolicy::Refresh);
    fixture.client.accessPackages(u"en"_s, en.callback(), MetadataClient::CachePolicy::Refresh);
    QVERIFY(nb.wait());
    QVERIFY(en.wait());
    QVERIFY2(nb->ok() && en->ok(), "both exports");
    QCOMPARE(en.value().value.find(RegnskapsforerMedSignering)->name, u"Accountant with signing rights"_s);
    QCOMPARE(fixture.httpCalls(), 3);
    QTest::qWait(50);
    QCOMPARE(first.calls(), 1);
    QCOMPARE(second.calls(), 1);
}

void TestMetadataClient::cancellingOneSharedCallLeavesTheOthers()
{
    Fixture fixture;
    CallResult<Resources> leaving;
    CallResult<Resources> staying;
    Altinn::ApiOperation *left = fixture.startRefresh(leaving);
    fixture.startRefresh(staying);
    left->cancel();
    // The one cancelled answers at once, before the download is back.
    QCOMPARE(leaving.calls(), 1);
    QCOMPARE(leaving->failure.kind, ApiFailure::Kind::Cancelled);
    QVERIFY(staying.wait());
    QVERIFY2(staying->ok(), staying.failureText());
    QCOMPARE(fixture.httpCalls(), 1);
    QTest::qWait(50);
    QCOMPARE(leaving.calls(), 1);
    QCOMPARE(staying.calls(), 1);
}

void TestMetadataClient::cancellingEverySharedCallAbortsTheDownload()
{
    Fixture fixture;
    CallResult<Resources> first;
    CallResult<Resources> second;
    fixture.startRefresh(first)->cancel();
    fixture.startRefresh(second)->cancel();
    QCOMPARE(first->failure.kind, ApiFailure::Kind::Cancelled);
    QCOMPARE(second->failure.kind, ApiFailure::Kind::Cancelled);
    // A call after them does not join the aborted request: it downloads and gets the list.
    CallResult<Resources> later;
    fixture.startRefresh(later);
    QVERIFY(later.wait());
    QVERIFY2(later->ok(), later.failureText());
    QVERIFY(!later.value().fromCache);
    QTest::qWait(50);
    QCOMPARE(first.calls(), 1);
    QCOMPARE(second.calls(), 1);
    QCOMPARE(later.calls(), 1);
}

void TestMetadataClient::defaultCacheDirectoryIsPerEnvironment()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/metadata/"_s;
    QCOMPARE(MetadataClient::defaultCacheDirectory(Altinn::Environment::tt02()), base + u"tt02"_s);
    QCOMPARE(MetadataClient::defaultCacheDirectory(Altinn::Environment::production()), base + u"prod"_s);

    const QString first =
        MetadataClient::defaultCacheDirectory(Altinn::Environment::custom(QUrl(u"http://10.0.0.5:5100/"_s)));
    const QString second =
        MetadataClient::defaultCacheDirectory(Altinn::Environment::custom(QUrl(u"http://10.0.0.6:5100/"_s)));
    QVERIFY(first.startsWith(base + u"custom-"_s));
    QVERIFY(first != second);

    Fixture fixture;
    MetadataClient defaulted(fixture.session.transport());
    QCOMPARE(defaulted.cacheDirectory(), base + u"sandbox"_s);
}

QTEST_GUILESS_MAIN(TestMetadataClient)
#include "TestMetadataClient.moc"
