#include "SandboxHarness.h"
#include "SanitizerBudget.h"
#include "auth/Base64Url.h"
#include "model/Right.h"
#include "sandbox/SandboxHost.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// What keeps the sandbox fast without changing an answer (docs/sandbox.md#scale): the cache of verified
/// bearer tokens, the list indexes that pass deleted records over once, and state saving off the request
/// path — each checked for still being right.
class TestSandboxSpeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedTokenIsVerifiedOnce();
    void cachedTokenStillExpires();
    void cachedTokenStillWaitsForItsStart();
    void tamperedTokenIsRefusedWhileTheGenuineOneIsCached();
    void newIssuerForgetsCachedTokens();
    void tokenCacheIsBounded();
    void listsPassDeletedRequestsOverOnce();
    void listsPassDeletedChangeRequestsAndSystemUsersOverOnce();
    void changesAreSavedOffTheRequestPath();
    void flushIsASyncPoint();
    void changesDuringASaveGoIntoTheNextOne();
    void wizardHostWritesEveryChangeWhenStopped();
};

namespace {

const QString SystemId = u"991825827_speed"_s;
const QString Customer = u"310904473"_s;
const QString Krav = u"ske-krav-og-betalinger"_s;
const QString RequestPath = u"authentication/api/v1/systemuser/request/vendor/"_s;

/// An authenticated GET whose answer tells a valid token (404: no such request) from an invalid one (401).
int probe(SandboxHarness &sandbox, const QByteArray &token)
{
    return sandbox.get(RequestPath + u"00000000-0000-4000-8000-000000000001"_s, token).status;
}

/// @p token with its payload replaced by @p payload (signature kept).
QByteArray withPayload(const QByteArray &token, const QJsonObject &payload)
{
    QList<QByteArray> parts = token.split('.');
    parts[1] = Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return parts.join('.');
}

QJsonObject payloadOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(*Base64Url::decode(token.split('.').value(1))).object();
}

SandboxRequestRecord storedRequest(SandboxContext &context, int i)
{
    SandboxRequestRecord record;
    record.id = SandboxContext::newGuid();
    record.systemId = SystemId;
    record.partyOrgNo = Customer;
    record.externalRef = u"stored-%1"_s.arg(i);
    record.rights = QList{Altinn::Right::forResource(Krav)};
    record.created = context.clock.now();
    return record;
}

QJsonObject savedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

qint64 savedOffset(const QString &path)
{
    return savedFile(path).value(u"clockOffsetSeconds"_s).toInteger(-1);
}

qsizetype savedRequests(const QString &path)
{
    return savedFile(path).value(u"state"_s).toObject().value(u"requests"_s).toArray().size();
}

constexpr qint64 Day = 24 * 60 * 60;

} // namespace

void TestSandboxSpeed::cachedTokenIsVerifiedOnce()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken();
    QCOMPARE(sandbox.context().tokens.cachedTokenCount(), 0);
    QCOMPARE(probe(sandbox, token), 404);
    QCOMPARE(probe(sandbox, token), 404);
    QCOMPARE(sandbox.context().tokens.cachedTokenCount(), 1);
    // What the cache gives is what a full check gives.
    const auto cached = sandbox.context().tokens.verify(token, sandbox.context().clock.now());
    QVERIFY(cached);
    QCOMPARE(*cached, payloadOf(token));
    QCOMPARE(probe(sandbox, sandbox.vendorToken()), 404);
    QCOMPARE(sandbox.context().tokens.cachedTokenCount(), 2);
}

void TestSandboxSpeed::cachedTokenStillExpires()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken(); // 120 s, checked with 10 s skew
    QCOMPARE(probe(sandbox, token), 404);
    QCOMPARE(sandbox.context().tokens.cachedTokenCount(), 1);
    const QDateTime issued = sandbox.context().clock.now();
    QVERIFY(sandbox.context().tokens.verify(token, issued.addSecs(120 + 9)));
    QVERIFY(!sandbox.context().tokens.verify(token, issued.addSecs(120 + 11)));
    // Over HTTP, after the sandbox clock has moved on.
    QCOMPARE(sandbox.post(u"sandbox/clock/advance?days=1"_s, QJsonObject()).status, 200);
    QCOMPARE(probe(sandbox, token), 401);
    QCOMPARE(probe(sandbox, token), 401);
    QCOMPARE(probe(sandbox, sandbox.vendorToken()), 404); // a fresh one is fine
}

void TestSandboxSpeed::cachedTokenStillWaitsForItsStart()
{
    SandboxHarness sandbox;
    TokenAuthority &tokens = sandbox.context().tokens;
    const QDateTime now = sandbox.context().clock.now();
    const QByteArray token = tokens.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, now);
    QVERIFY(tokens.verify(token, now));
    QCOMPARE(tokens.cachedTokenCount(), 1);
    // Time may go back (POST /sandbox/reset sets the clock back): before nbf − skew it is refused again.
    QVERIFY(!tokens.verify(token, now.addSecs(-11)));
    QVERIFY(tokens.verify(token, now.addSecs(-9)));
}

void TestSandboxSpeed::tamperedTokenIsRefusedWhileTheGenuineOneIsCached()
{
    SandboxHarness sandbox;
    const QByteArray token = sandbox.vendorToken();
    QCOMPARE(probe(sandbox, token), 404);

    // Another vendor's org in the claims, the genuine signature kept.
    QJsonObject claims = payloadOf(token);
    claims.insert(u"consumer"_s,
        QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310547891"_s}});
    QCOMPARE(probe(sandbox, withPayload(token, claims)), 401);
    // A later expiry, signature kept.
    claims = payloadOf(token);
    claims.insert(u"exp"_s, claims.value(u"exp"_s).toInteger() + 3600);
    QCOMPARE(probe(sandbox, withPayload(token, claims)), 401);
    // One signature byte changed.
    QByteArray badSignature = token;
    badSignature[badSignature.size() - 5] = badSignature.at(badSignature.size() - 5) == 'A' ? 'B' : 'A';
    QCOMPARE(probe(sandbox, badSignature), 401);
    // Signed by another authority.
    TokenAuthority stranger(sandbox.context().tokens.issuer());
    QCOMPARE(probe(sandbox,
                 stranger.mintVendorToken(SandboxHarness::VendorOrg, SandboxHarness::allVendorScopes(),
                     sandbox.context().clock.now())),
        401);
    // Twice, so a refusal is not remembered as valid either.
    QCOMPARE(probe(sandbox, badSignature), 401);
    QCOMPARE(sandbox.context().tokens.cachedTokenCount(), 1);
    QCOMPARE(probe(sandbox, token), 404);
}

void TestSandboxSpeed::newIssuerForgetsCachedTokens()
{
    SandboxHarness sandbox;
    TokenAuthority &tokens = sandbox.context().tokens;
    const QDateTime now = sandbox.context().clock.now();
    const QByteArray token = tokens.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, now);
    QVERIFY(tokens.verify(token, now));
    tokens.setIssuer(u"http://127.0.0.1:1/"_s);
    QCOMPARE(tokens.cachedTokenCount(), 0);
    QVERIFY(!tokens.verify(token, now)); // its iss is the old issuer
}

void TestSandboxSpeed::tokenCacheIsBounded()
{
    SandboxHarness sandbox;
    TokenAuthority &tokens = sandbox.context().tokens;
    constexpr int Capacity = 8;
    tokens.setCacheCapacity(Capacity);
    const QDateTime now = sandbox.context().clock.now();
    QList<QByteArray> minted;
    for (int i = 0; i < 3 * Capacity; ++i) {
        minted.append(tokens.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, now));
        QVERIFY(tokens.verify(minted.constLast(), now));
        QVERIFY(tokens.cachedTokenCount() <= Capacity);
    }
    QCOMPARE(tokens.cachedTokenCount(), Capacity);
    // The newest are kept: verifying them again adds nothing; every token is still accepted.
    QVERIFY(tokens.verify(minted.constLast(), now));
    QCOMPARE(tokens.cachedTokenCount(), Capacity);
    for (const QByteArray &token : std::as_const(minted))
        QVERIFY(tokens.verify(token, now));

    // Expired ones go first: a full cache of expired tokens makes room for new ones.
    const QDateTime later = now.addSecs(3600);
    const QByteArray fresh = tokens.mintVendorToken(SandboxHarness::VendorOrg, {u"a"_s}, later);
    QVERIFY(tokens.verify(fresh, later));
    QCOMPARE(tokens.cachedTokenCount(), 1);
}

void TestSandboxSpeed::listsPassDeletedRequestsOverOnce()
{
    SandboxHarness sandbox;
    SandboxContext &context = sandbox.context();
    SandboxHarness::seedSystem(
        context, SystemId, SandboxHarness::VendorOrg, QList{Altinn::Right::forResource(Krav)});
    QList<SandboxRequestRecord> stored;
    for (int i = 0; i < 120; ++i) {
        stored.append(storedRequest(context, i));
        // Every tenth one was deleted before the index was built: it is never indexed for the list.
        stored.last().isDeleted = i % 10 == 0;
        context.state.requests.insert(stored.last().id, stored.last());
    }
    const QByteArray token = sandbox.vendorToken();
    const QString list = RequestPath + u"bysystem/"_s + SystemId;
    QCOMPARE(sandbox.get(list, token).status, 200);
    const auto &group =
        context.state.index().requestsBySystem(context.state, Altinn::RequestKind::Standard, SystemId);
    QCOMPARE(group.size(), 108);

    // Deleted over HTTP after indexing: the list reads past them once and takes them out of the index.
    for (int i = 0; i < 120; ++i) {
        if (i % 10 != 0 && i % 6 != 0)
            QCOMPARE(sandbox.del(RequestPath + stored.at(i).id, token).status, 202);
    }
    int items = 0;
    QString next = list;
    while (!next.isEmpty()) {
        const auto reply = sandbox.get(next, token);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.object().value(u"data"_s).toArray();
        for (const QJsonValue &item : data) {
            const int i = item.toObject().value(u"externalRef"_s).toString().mid(7).toInt();
            QVERIFY2(i % 6 == 0 && i % 10 != 0, qPrintable(QString::number(i)));
        }
        items += static_cast<int>(data.size());
        next = reply.object()
                   .value(u"links"_s)
                   .toObject()
                   .value(u"next"_s)
                   .toString()
                   .mid(sandbox.baseUrl().toString().size());
    }
    QCOMPARE(items, 16); // multiples of 6 below 120 that are not multiples of 10 (0, 30, 60, 90 are)
    QCOMPARE(
        context.state.index().requestsBySystem(context.state, Altinn::RequestKind::Standard, SystemId).size(),
        16);
    // The triple lookup still sees a deleted request's triple as free.
    QCOMPARE(
        sandbox.get(RequestPath + u"byexternalref/%1/%2/stored-1"_s.arg(SystemId, Customer), token).status,
        404);
}

void TestSandboxSpeed::listsPassDeletedChangeRequestsAndSystemUsersOverOnce()
{
    SandboxHarness sandbox;
    SandboxContext &context = sandbox.context();
    SandboxHarness::seedSystem(
        context, SystemId, SandboxHarness::VendorOrg, QList{Altinn::Right::forResource(Krav)});
    QStringList users;
    QStringList changes;
    for (int i = 0; i < 30; ++i) {
        SandboxSystemUserRecord user;
        user.id = SandboxContext::newGuid();
        user.systemId = SystemId;
        user.partyOrgNo = Customer;
        user.externalRef = u"user-%1"_s.arg(i);
        user.supplierOrgNo = SandboxHarness::VendorOrg;
        user.created = context.clock.now();
        user.sequence = context.state.nextSystemUserSequence++;
        context.state.addSystemUser(user);
        users.append(user.id);
        SandboxChangeRequestRecord change;
        change.id = SandboxContext::newGuid();
        change.systemUserId = user.id;
        change.systemId = SystemId;
        change.partyOrgNo = Customer;
        change.externalRef = user.externalRef;
        change.change.requiredRights = {Altinn::Right::forResource(Krav)};
        change.created = context.clock.now();
        context.state.addChangeRequest(change);
        changes.append(change.id);
    }
    const QByteArray token = sandbox.vendorToken(); // the request scopes and systemregister.write
    const QString changeList =
        u"authentication/api/v1/systemuser/changerequest/vendor/bysystem/"_s + SystemId;
    const QString userList = u"authentication/api/v1/systemuser/vendor/bysystem/"_s + SystemId;
    for (int i = 0; i < 30; ++i) {
        if (i % 3 == 0)
            continue;
        QCOMPARE(
            sandbox.del(u"authentication/api/v1/systemuser/changerequest/vendor/"_s + changes.at(i), token)
                .status,
            202);
        context.state.systemUsers[users.at(i)].isDeleted = true; // as a deletion would
    }
    QCOMPARE(sandbox.get(changeList, token).object().value(u"data"_s).toArray().size(), 10);
    QCOMPARE(sandbox.get(userList, token).object().value(u"data"_s).toArray().size(), 10);
    QCOMPARE(context.state.index().changeRequestsBySystem(context.state, SystemId).size(), 10);
    QCOMPARE(context.state.index().systemUsersBySystem(context.state, SystemId).size(), 10);
}

void TestSandboxSpeed::changesAreSavedOffTheRequestPath()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    SandboxHarness sandbox;
    QVERIFY(sandbox.server().setStateFile(path));
    // Long enough that the file is surely not written before this test looks at it, on any machine.
    sandbox.server().setSaveDelay(std::chrono::seconds(2));
    QVERIFY(!sandbox.server().hasUnsavedChanges());
    QCOMPARE(savedOffset(path), 0);

    // Acknowledged at once; written shortly after, not by the request itself.
    QCOMPARE(sandbox.post(u"sandbox/clock/advance?days=2"_s, QJsonObject()).status, 200);
    QVERIFY(sandbox.server().hasUnsavedChanges());
    QCOMPARE(savedOffset(path), 0);
    QTRY_COMPARE_WITH_TIMEOUT(savedOffset(path), 2 * Day, SanitizerBudget::milliseconds(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.server().hasUnsavedChanges(), SanitizerBudget::milliseconds(5000));

    // A token request records its grant's jti (single use) without a write of its own either.
    QCOMPARE(sandbox
                 .send("POST", u"token"_s, "grant_type=x", {},
                     {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
        400);
    QVERIFY(sandbox.server().hasUnsavedChanges());
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.server().hasUnsavedChanges(), SanitizerBudget::milliseconds(5000));

    // A reset is written at once.
    QCOMPARE(sandbox.post(u"sandbox/reset"_s, QJsonObject()).status, 200);
    QCOMPARE(savedOffset(path), 0);
}

void TestSandboxSpeed::flushIsASyncPoint()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    SandboxHarness sandbox;
    QVERIFY(sandbox.server().setStateFile(path));
    QCOMPARE(sandbox.post(u"sandbox/clock/advance?days=3"_s, QJsonObject()).status, 200);
    QVERIFY(sandbox.server().flushState());
    QVERIFY(!sandbox.server().hasUnsavedChanges());
    QCOMPARE(savedOffset(path), 3 * Day);
    QVERIFY(sandbox.server().flushState()); // nothing to do
    QCOMPARE(savedOffset(path), 3 * Day);
}

void TestSandboxSpeed::changesDuringASaveGoIntoTheNextOne()
{
    // A state whose save takes a while, and changes arriving all along: each lands in a save, none is lost,
    // and the last save holds them all without a flush.
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    SandboxHarness sandbox;
    SandboxContext &context = sandbox.context();
    SandboxHarness::seedSystem(
        context, SystemId, SandboxHarness::VendorOrg, QList{Altinn::Right::forResource(Krav)});
    constexpr int Stored = 3000;
    for (int i = 0; i < Stored; ++i)
        context.state.addRequest(storedRequest(context, i));
    QVERIFY(sandbox.server().setStateFile(path));
    QCOMPARE(savedRequests(path), qsizetype{Stored});
    const QByteArray token = sandbox.vendorToken();
    const QJsonArray rights{Altinn::Right::forResource(Krav).toJson()};
    constexpr int Created = 40;
    for (int i = 0; i < Created; ++i) {
        const QJsonObject body{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, Customer},
            {u"externalRef"_s, u"new-%1"_s.arg(i)}, {u"rights"_s, rights}};
        QCOMPARE(sandbox.post(RequestPath.chopped(1), body, token).status, 201);
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        savedRequests(path), qsizetype{Stored + Created}, SanitizerBudget::milliseconds(5000));
    // The file is complete before the writer's outcome reaches the server (the next turn of its event loop).
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.server().hasUnsavedChanges(), SanitizerBudget::milliseconds(3000));
    SandboxServer reloaded;
    QVERIFY(reloaded.setStateFile(path));
    QCOMPARE(reloaded.context().state.requests.size(), qsizetype{Stored + Created});
}

void TestSandboxSpeed::wizardHostWritesEveryChangeWhenStopped()
{
    // The wizard's sandbox runs on its own thread (SandboxHost); stopping it must write what the worker
    // thread has not saved yet, as SIGTERM does for systemuser-sandbox.
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    host.start(0, path);
    QVERIFY(started.wait(SanitizerBudget::milliseconds(10000)));
    QCOMPARE(savedOffset(path), 0);

    QNetworkAccessManager network;
    QNetworkRequest request(host.baseUrl().resolved(QUrl(u"sandbox/clock/advance?days=4"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(SanitizerBudget::milliseconds(10000)));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;

    host.stop(); // at once: the save may not have started yet
    QCOMPARE(savedOffset(path), 4 * Day);
}

QTEST_GUILESS_MAIN(TestSandboxSpeed)
#include "TestSandboxSpeed.moc"
