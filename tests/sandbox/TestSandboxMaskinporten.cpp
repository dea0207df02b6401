#include "SandboxHarness.h"
#include "auth/Base64Url.h"
#include "auth/Jws.h"
#include "auth/MaskinportenGrant.h"
#include "auth/MaskinportenTokenClient.h"
#include "net/RetryPolicy.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

/// The sandbox Maskinporten: client registry, metadata, and /token with the checks of
/// docs/altinn-behaviour.md#maskinporten-check-order.
class TestSandboxMaskinporten final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void servesMetadataAndSigningKey();
    void registryValidatesClients();
    void issuesAVendorTokenTheAltinnEndpointsAccept();
    void issuesASystemUserTokenForAnApprovedCustomer();
    void refusesBadGrantsInTheDocumentedOrder_data();
    void refusesBadGrantsInTheDocumentedOrder();
    void refusesAReplayedGrant();
    void refusesAnExpiredKey();
    void grantsAreJudgedByRealTimeAfterTimeTravel();
    void grantsCanFollowTheSandboxClock();
    void aClientWithKeysWantsAKid();
    void systemUserMismatchesGiveMp303();
    void lifetimeLimitFollowsTheSetting();
    void refusesGrantTimesBeyondAnyClock_data();
    void refusesGrantTimesBeyondAnyClock();
    void registryRefusesBadInputAndChangesNothing_data();
    void registryRefusesBadInputAndChangesNothing();
    void registryKeepsItsReRunContract();

private:
    QString registerClient(const QStringList &scopes);
    SandboxHarness::Reply postGrant(
        const QByteArray &assertion, const QByteArray &contentType = "application/x-www-form-urlencoded");
    QByteArray grant(QJsonObject claims, const QJsonObject &header = {}) const;
    QJsonObject baseClaims() const;
    void seedApprovedSystemUser(const QString &customer, const QString &externalRef);

    std::unique_ptr<SandboxHarness> m_sandbox;
    RsaKey m_key;
    QString m_clientId;
};

void TestSandboxMaskinporten::init()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY(m_sandbox->isListening());
    if (m_key.isNull())
        m_key = RsaKey::generate(2048);
    m_clientId = registerClient(
        {u"altinn:authentication/systemregister.write"_s, u"altinn:authentication/systemuser.request.write"_s,
            u"altinn:authentication/systemuser.request.read"_s, u"skatteetaten:demo"_s});
}

void TestSandboxMaskinporten::cleanup()
{
    m_sandbox.reset();
}

QString TestSandboxMaskinporten::registerClient(const QStringList &scopes)
{
    const auto reply = m_sandbox->post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s, QJsonArray::fromStringList(scopes)},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk(u"k1"_s)}}}}});
    if (reply.status != 201)
        qWarning() << reply.body;
    return reply.object().value(u"clientId"_s).toString();
}

QJsonObject TestSandboxMaskinporten::baseClaims() const
{
    // Signed like a vendor's computer signs: by real time (docs/sandbox.md, time travel).
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"aud"_s, m_sandbox->baseUrl().toString()}, {u"iss"_s, m_clientId},
        {u"scope"_s, u"altinn:authentication/systemregister.write"_s}, {u"iat"_s, now}, {u"exp"_s, now + 120},
        {u"jti"_s, MaskinportenGrant::newJti()}};
}

QByteArray TestSandboxMaskinporten::grant(QJsonObject claims, const QJsonObject &header) const
{
    return Jws::sign(header.isEmpty() ? QJsonObject{{u"kid"_s, u"k1"_s}} : header, claims, m_key);
}

SandboxHarness::Reply TestSandboxMaskinporten::postGrant(
    const QByteArray &assertion, const QByteArray &contentType)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s);
    form.addQueryItem(u"assertion"_s, QString::fromLatin1(assertion));
    return m_sandbox->send("POST", u"token"_s, form.toString(QUrl::FullyEncoded).toLatin1(), {},
        {{"Content-Type", contentType}});
}

void TestSandboxMaskinporten::seedApprovedSystemUser(const QString &customer, const QString &externalRef)
{
    SandboxState &state = m_sandbox->context().state;
    SandboxSystem &system = SandboxHarness::seedSystem(
        m_sandbox->context(), u"991825827_smartregnskap"_s, SandboxHarness::VendorOrg);
    system.definition.clientIds = {m_clientId};
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = system.definition.id;
    user.partyOrgNo = customer;
    user.externalRef = externalRef;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.created = m_sandbox->context().clock.now();
    state.systemUsers.insert(user.id, user);
}

void TestSandboxMaskinporten::servesMetadataAndSigningKey()
{
    const auto metadata = m_sandbox->get(u".well-known/oauth-authorization-server"_s).object();
    QCOMPARE(metadata.value(u"issuer"_s).toString(), m_sandbox->baseUrl().toString());
    QCOMPARE(metadata.value(u"token_endpoint"_s).toString(), m_sandbox->baseUrl().toString() + u"token"_s);
    QCOMPARE(metadata.value(u"grant_types_supported"_s).toArray().first().toString(),
        u"urn:ietf:params:oauth:grant-type:jwt-bearer"_s);
    QVERIFY(metadata.value(u"authorization_details_types_supported"_s)
                .toArray()
                .contains(u"urn:altinn:systemuser"_s));
    const QJsonArray keys = m_sandbox->get(u"jwk"_s).object().value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    QVERIFY(!RsaKey::fromPublicJwk(keys.first().toObject()).isNull());
    QVERIFY(!keys.first().toObject().contains(u"d"_s));
}

void TestSandboxMaskinporten::registryValidatesClients()
{
    QVERIFY(!m_clientId.isEmpty());
    const auto client = m_sandbox->get(u"sandbox/maskinporten/clients/"_s + m_clientId).object();
    QCOMPARE(client.value(u"orgNo"_s).toString(), SandboxHarness::VendorOrg);
    const QJsonObject key = client.value(u"jwks"_s).toObject().value(u"keys"_s).toArray().first().toObject();
    const qint64 inAYear = m_sandbox->context().clock.now().toSecsSinceEpoch() + 365LL * 24 * 3600;
    QVERIFY(qAbs(static_cast<qint64>(key.value(u"exp"_s).toDouble()) - inAYear) < 5);

    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(m_key.publicJwk(u"k"_s + QString::number(i)));
    QCOMPARE(
        m_sandbox
            ->put(u"sandbox/maskinporten/clients/"_s + m_clientId + u"/jwks"_s, QJsonObject{{u"keys"_s, six}})
            .status,
        400);
    QJsonObject withPrivatePart = m_key.publicJwk(u"k9"_s);
    withPrivatePart.insert(u"d"_s, u"AQAB"_s);
    QCOMPARE(m_sandbox
                 ->put(u"sandbox/maskinporten/clients/"_s + m_clientId + u"/jwks"_s,
                     QJsonObject{{u"keys"_s, QJsonArray{withPrivatePart}}})
                 .status,
        400);
    QCOMPARE(
        m_sandbox->post(u"sandbox/maskinporten/clients"_s, QJsonObject{{u"orgNo"_s, u"991825828"_s}}).status,
        400);
    QCOMPARE(m_sandbox->get(u"sandbox/maskinporten/clients/nope"_s).status, 404);
}

void TestSandboxMaskinporten::issuesAVendorTokenTheAltinnEndpointsAccept()
{
    // The real client against the sandbox, end to end over HTTP.
    QNetworkAccessManager network;
    MaskinportenTokenClient client(&network, QUrl(m_sandbox->baseUrl().toString() + u"token"_s));
    GrantRequest request;
    request.audience = m_sandbox->baseUrl().toString();
    request.clientId = m_clientId;
    request.scopes = SandboxHarness::allVendorScopes();
    std::optional<MaskinportenTokenClient::Result> result;
    client.requestToken(
        request, {m_key, u"k1"_s, {}, {}}, [&result](const auto &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(),
        result->error ? qPrintable(result->error->description) : qPrintable(result->networkError));
    QCOMPARE(result->token->expiresIn, 120);
    // The answer's Date header (the sandbox clock) lets the client measure this computer's clock offset.
    QVERIFY(client.clockSkewSeconds().has_value());
    QVERIFY(qAbs(*client.clockSkewSeconds()) <= 2);

    const auto claims =
        m_sandbox->context().tokens.verify(result->token->accessToken, m_sandbox->context().clock.now());
    QVERIFY(claims);
    QCOMPARE(claims->value(u"consumer"_s).toObject().value(u"ID"_s).toString(), u"0192:991825827"_s);
    QCOMPARE(claims->value(u"client_id"_s).toString(), m_clientId);
    QCOMPARE(claims->value(u"client_amr"_s).toString(), u"private_key_jwt"_s);
    SandboxRequest altinnRequest;
    altinnRequest.headers.insert("authorization", "Bearer " + result->token->accessToken);
    QVERIFY(std::holds_alternative<SandboxCaller>(
        SandboxAuth::authorize(altinnRequest, m_sandbox->context(), {SandboxScopes::SystemRegisterWrite})));
}

void TestSandboxMaskinporten::issuesASystemUserTokenForAnApprovedCustomer()
{
    seedApprovedSystemUser(u"310904473"_s, u"310904473"_s);
    QJsonObject claims = baseClaims();
    claims.insert(u"scope"_s, u"skatteetaten:demo"_s);
    const QJsonObject owner{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310904473"_s}};
    const QJsonObject request{{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner}};
    claims.insert(u"authorization_details"_s, QJsonArray{request});
    const auto reply = postGrant(grant(claims));
    QCOMPARE(reply.status, 200);
    const auto token = Jws::decode(reply.object().value(u"access_token"_s).toString().toLatin1());
    QVERIFY(token);
    const QJsonObject details = token->payload.value(u"authorization_details"_s).toArray().first().toObject();
    QCOMPARE(details.value(u"systemuser_org"_s).toObject().value(u"ID"_s).toString(), u"0192:310904473"_s);
    QCOMPARE(details.value(u"system_id"_s).toString(), u"991825827_smartregnskap"_s);
    QCOMPARE(details.value(u"systemuser_id"_s).toArray().size(), 1); // an array, as in real tokens
    QCOMPARE(token->payload.value(u"consumer"_s).toObject().value(u"ID"_s).toString(), u"0192:991825827"_s);
}

void TestSandboxMaskinporten::refusesBadGrantsInTheDocumentedOrder_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("descriptionPart");
    QTest::newRow("unknown client") << u"iss"_s << u"invalid_grant"_s << u"Client not found"_s;
    QTest::newRow("x5c to a client with keys")
        << u"x5c"_s << u"invalid_grant"_s << u"requires pre-registered jwk"_s;
    QTest::newRow("neither kid nor x5c to a client with keys")
        << u"no-kid"_s << u"invalid_grant"_s
        << u"Invalid assertion. Client authentication failed. Invalid JWT. The client requires "
           u"pre-registered "
           "jwk and no key identifier (kid) provided"_s;
    QTest::newRow("both kid and x5c")
        << u"kid-and-x5c"_s << u"invalid_request"_s << u"Invalid parameter value"_s;
    QTest::newRow("neither kid nor x5c, unknown client")
        << u"no-kid-iss"_s << u"invalid_grant"_s << u"Client not found"_s;
    QTest::newRow("unknown kid") << u"kid"_s << u"invalid_grant"_s << u"Unknown key identifier (kid)"_s;
    QTest::newRow("signed by another key")
        << u"signature"_s << u"invalid_grant"_s << u"Invalid JWT signature"_s;
    QTest::newRow("aud without trailing slash")
        << u"aud"_s << u"invalid_grant"_s << u"Invalid JWT claim aud"_s;
    QTest::newRow("undocumented claim") << u"claim"_s << u"invalid_grant"_s << u"Invalid assertion"_s;
    QTest::newRow("too long lifetime") << u"lifetime"_s << u"invalid_grant"_s << u"too long lifetime"_s;
    QTest::newRow("issued in the future")
        << u"future"_s << u"invalid_grant"_s << u"Issue time is in the future"_s;
    QTest::newRow("expired") << u"expired"_s << u"invalid_grant"_s << u"JWT has expired"_s;
    QTest::newRow("scope not on client")
        << u"scope"_s << u"invalid_scope"_s << u"invalid scopes for client"_s;
    QTest::newRow("wrong content type") << u"content-type"_s << u"invalid_request"_s << u"Content-Type"_s;
    QTest::newRow("not a JWS") << u"garbage"_s << u"invalid_request"_s << u"Invalid parameter value"_s;
}

void TestSandboxMaskinporten::refusesBadGrantsInTheDocumentedOrder()
{
    QFETCH(QString, mutation);
    QFETCH(QString, error);
    QFETCH(QString, descriptionPart);
    QJsonObject claims = baseClaims();
    QJsonObject header{{u"kid"_s, u"k1"_s}};
    QByteArray contentType = "application/x-www-form-urlencoded";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray assertion;
    if (mutation == u"iss")
        claims.insert(u"iss"_s, u"00000000-0000-4000-8000-00000000dead"_s);
    else if (mutation == u"x5c")
        header = {{u"x5c"_s, QJsonArray{u"MIIB"_s}}};
    else if (mutation == u"no-kid")
        header = {{u"typ"_s, u"JWT"_s}};
    else if (mutation == u"kid-and-x5c")
        header = {{u"kid"_s, u"k1"_s}, {u"x5c"_s, QJsonArray{u"MIIB"_s}}};
    else if (mutation == u"no-kid-iss") {
        header = {{u"typ"_s, u"JWT"_s}};
        claims.insert(u"iss"_s, u"00000000-0000-4000-8000-00000000dead"_s);
    } else if (mutation == u"kid")
        header = {{u"kid"_s, u"other"_s}};
    else if (mutation == u"aud")
        claims.insert(u"aud"_s, m_sandbox->baseUrl().toString().chopped(1));
    else if (mutation == u"claim")
        claims.insert(u"favourite_colour"_s, u"green"_s);
    else if (mutation == u"lifetime")
        claims.insert(u"exp"_s, now + 150);
    else if (mutation == u"future") {
        claims.insert(u"iat"_s, now + 60);
        claims.insert(u"exp"_s, now + 120);
    } else if (mutation == u"expired") {
        claims.insert(u"iat"_s, now - 200);
        claims.insert(u"exp"_s, now - 100);
    } else if (mutation == u"scope")
        claims.insert(u"scope"_s, u"not:on-client"_s);
    else if (mutation == u"content-type")
        contentType = "application/json";
    assertion = mutation == u"signature" ? Jws::sign(header, claims, RsaKey::generate(2048))
        : mutation == u"garbage"         ? QByteArray("not.a.jws")
                                         : grant(claims, header);

    const auto reply = postGrant(assertion, contentType);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toString(), error);
    const QString description = reply.object().value(u"error_description"_s).toString();
    QVERIFY2(description.contains(descriptionPart), qPrintable(description));
    QVERIFY2(description.contains(u"(trace_id: "_s), qPrintable(description));
}

void TestSandboxMaskinporten::refusesAReplayedGrant()
{
    const QByteArray assertion = grant(baseClaims());
    QCOMPARE(postGrant(assertion).status, 200);
    const auto replay = postGrant(assertion);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-012"_s);
}

void TestSandboxMaskinporten::refusesAnExpiredKey()
{
    m_sandbox->context().clock.advanceDays(366);
    const auto reply = postGrant(grant(baseClaims()));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().value(u"error_description"_s).toString().contains(u"Expired key"_s));
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-121"_s);
    // Posting the key again renews it (docs/altinn-behaviour.md#maskinporten-keys).
    QCOMPARE(m_sandbox
                 ->put(u"sandbox/maskinporten/clients/"_s + m_clientId + u"/jwks"_s,
                     QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk(u"k1"_s)}}})
                 .status,
        200);
    QCOMPARE(postGrant(grant(baseClaims())).status, 200);
}

void TestSandboxMaskinporten::grantsAreJudgedByRealTimeAfterTimeTravel()
{
    // A timed-out request is demoed by travelling 181 days: the vendor's computer stays in real time.
    m_sandbox->context().clock.advanceDays(181);
    const QDateTime sandboxNow = m_sandbox->context().clock.now();
    seedApprovedSystemUser(u"310904473"_s, u"310904473"_s);
    QJsonObject claims = baseClaims();
    claims.insert(u"scope"_s, u"skatteetaten:demo"_s);
    const QJsonObject owner{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310904473"_s}};
    claims.insert(u"authorization_details"_s,
        QJsonArray{QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner}}});
    const QByteArray assertion = grant(claims);
    const auto reply = postGrant(assertion);
    QCOMPARE(reply.status, 200);
    // Date is the clock grants are judged by, so a client does not think its own clock is half a year off.
    const QDateTime date = Altinn::RetryPolicy::parseHttpDate(reply.header("Date"));
    QVERIFY(date.isValid());
    QVERIFY2(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) <= 5, reply.header("Date").constData());
    // The token itself is stamped by the sandbox clock, which the Altinn side checks it against.
    const QByteArray accessToken = reply.object().value(u"access_token"_s).toString().toLatin1();
    const auto token = Jws::decode(accessToken);
    QVERIFY(token);
    QVERIFY(qAbs(token->payload.value(u"iat"_s).toInteger() - sandboxNow.toSecsSinceEpoch()) <= 5);
    SandboxRequest altinnRequest;
    altinnRequest.headers.insert("authorization", "Bearer " + accessToken);
    QVERIFY(std::holds_alternative<SandboxCaller>(
        SandboxAuth::authorize(altinnRequest, m_sandbox->context(), {u"skatteetaten:demo"_s})));

    // Single use still holds: the jti is remembered by the same real clock.
    QCOMPARE(postGrant(assertion).object().value(u"error_uri"_s).toString(),
        u"https://maskinporten.no/errors/MP-012"_s);
    // A grant that really expired is still refused.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject expired = baseClaims();
    expired.insert(u"iat"_s, now - 200);
    expired.insert(u"exp"_s, now - 100);
    const auto late = postGrant(grant(expired));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-130"_s);
    // A grant signed by the travelled clock lies in the future.
    QJsonObject travelled = baseClaims();
    travelled.insert(u"iat"_s, sandboxNow.toSecsSinceEpoch());
    travelled.insert(u"exp"_s, sandboxNow.toSecsSinceEpoch() + 120);
    QVERIFY(postGrant(grant(travelled))
                .object()
                .value(u"error_description"_s)
                .toString()
                .startsWith(u"Issue time is in the future."_s));
}

void TestSandboxMaskinporten::grantsCanFollowTheSandboxClock()
{
    // maskinportenClock "sandbox": the old way, to rehearse a computer whose clock is off.
    QCOMPARE(
        m_sandbox->put(u"sandbox/settings"_s, QJsonObject{{u"maskinportenClock"_s, u"sandbox"_s}}).status,
        200);
    m_sandbox->context().clock.advanceDays(1);
    const auto late = postGrant(grant(baseClaims()));
    QCOMPARE(late.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-130"_s);
    const QDateTime date = Altinn::RetryPolicy::parseHttpDate(late.header("Date"));
    QVERIFY(qAbs(date.secsTo(m_sandbox->context().clock.now())) <= 5);

    const qint64 sandboxNow = m_sandbox->context().clock.now().toSecsSinceEpoch();
    QJsonObject travelled = baseClaims();
    travelled.insert(u"iat"_s, sandboxNow);
    travelled.insert(u"exp"_s, sandboxNow + 120);
    QCOMPARE(postGrant(grant(travelled)).status, 200);
    QCOMPARE(
        m_sandbox->put(u"sandbox/settings"_s, QJsonObject{{u"maskinportenClock"_s, u"tomorrow"_s}}).status,
        400);
}

void TestSandboxMaskinporten::aClientWithKeysWantsAKid()
{
    // Neither kid nor x5c: judged with the client (docs/altinn-behaviour.md#maskinporten-check-order), after
    // the client lookup and before the signature — a grant signed by any key gets the same answer.
    const QJsonObject noKeyReference{{u"alg"_s, u"RS256"_s}};
    auto reply = postGrant(Jws::sign(noKeyReference, baseClaims(), RsaKey::generate(2048)));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(
        reply.object()
            .value(u"error_description"_s)
            .toString()
            .startsWith(u"Invalid assertion. Client authentication failed. Invalid JWT. The client requires "
                        "pre-registered jwk and no key identifier (kid) provided (trace_id: "_s));
    // A client without keys: nothing names a key, a malformed grant.
    QCOMPARE(m_sandbox
                 ->put(u"sandbox/maskinporten/clients/"_s + m_clientId + u"/jwks"_s,
                     QJsonObject{{u"keys"_s, QJsonArray{}}})
                 .status,
        200);
    reply = postGrant(Jws::sign(noKeyReference, baseClaims(), m_key));
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-011"_s);
    QVERIFY(m_sandbox->context().state.usedGrantIds.isEmpty());
}

void TestSandboxMaskinporten::systemUserMismatchesGiveMp303()
{
    seedApprovedSystemUser(u"310904473"_s, u"kunde-1"_s);
    const auto detailsGrant = [this](const QJsonObject &entry) {
        QJsonObject claims = baseClaims();
        claims.insert(u"authorization_details"_s, QJsonArray{entry});
        return postGrant(grant(claims));
    };
    const QJsonObject owner{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310904473"_s}};
    // externalRef left out defaults to the org number, which does not match "kunde-1".
    auto reply = detailsGrant({{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner}});
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-303"_s);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_altinn_customer_configuration"_s);
    reply = detailsGrant({{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner},
        {u"externalRef"_s, u"kunde-1"_s}});
    QCOMPARE(reply.status, 200);
    reply = detailsGrant({{u"type"_s, u"urn:altinn:consent"_s}, {u"systemuser_org"_s, owner}});
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-301"_s);
    reply = detailsGrant({{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner},
        {u"systemuser_id"_s, u"x"_s}});
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-302"_s);

    // The client id taken off the system: no system user can be found for this client any more.
    m_sandbox->context().state.systems[u"991825827_smartregnskap"_s].definition.clientIds.clear();
    reply = detailsGrant({{u"type"_s, u"urn:altinn:systemuser"_s}, {u"systemuser_org"_s, owner},
        {u"externalRef"_s, u"kunde-1"_s}});
    QCOMPARE(reply.object().value(u"error_uri"_s).toString(), u"https://maskinporten.no/errors/MP-303"_s);
}

void TestSandboxMaskinporten::lifetimeLimitFollowsTheSetting()
{
    QJsonObject claims = baseClaims();
    claims.insert(u"exp"_s, claims.value(u"iat"_s).toInteger() + 180);
    QCOMPARE(postGrant(grant(claims)).status, 400);
    m_sandbox->context().settings.maxGrantLifetimeSeconds = 180;
    claims.insert(u"jti"_s, MaskinportenGrant::newJti());
    QCOMPARE(postGrant(grant(claims)).status, 200);
}

void TestSandboxMaskinporten::refusesGrantTimesBeyondAnyClock_data()
{
    // Seconds relative to now, or ±1e308 (far outside qint64) as absolute values.
    QTest::addColumn<double>("issuedAt");
    QTest::addColumn<double>("expires");
    QTest::addColumn<QString>("description");
    const double now = double(QDateTime::currentSecsSinceEpoch());
    QTest::newRow("iat -1e308") << -1e308 << now + 60 << u"JWT has too long lifetime."_s;
    QTest::newRow("iat 1e308") << 1e308 << now + 60 << u"Issue time is in the future."_s;
    QTest::newRow("exp 1e308") << now << 1e308 << u"JWT has too long lifetime."_s;
    QTest::newRow("exp -1e308") << now << -1e308 << u"JWT has expired."_s;
    QTest::newRow("exp just past qint64") << now << 9.3e18 << u"JWT has too long lifetime."_s;
    QTest::newRow("iat -1e308, exp 1e308") << -1e308 << 1e308 << u"JWT has too long lifetime."_s;
}

void TestSandboxMaskinporten::refusesGrantTimesBeyondAnyClock()
{
    QFETCH(double, issuedAt);
    QFETCH(double, expires);
    QFETCH(QString, description);
    QJsonObject claims = baseClaims();
    claims.insert(u"iat"_s, issuedAt);
    claims.insert(u"exp"_s, expires);
    const auto reply = postGrant(grant(claims));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    const QString text = reply.object().value(u"error_description"_s).toString();
    QVERIFY2(text.startsWith(description), qPrintable(text));
    QVERIFY(m_sandbox->context().state.usedGrantIds.isEmpty()); // a refused grant is not spent
}

void TestSandboxMaskinporten::registryRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathSuffix"); ///< after the client's path; "new" posts a new client
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    const auto jwk = [](const QJsonObject &changes, const QStringList &removed = {}) {
        QJsonObject key = RsaKey::generate(2048).publicJwk(u"k2"_s);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            key.insert(it.key(), it.value());
        for (const QString &name : removed)
            key.remove(name);
        return key;
    };
    const auto jwks = [](const QJsonObject &key) {
        return QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{key}}}).toJson(QJsonDocument::Compact);
    };
    const auto newClient = [](const QJsonObject &members) {
        QJsonObject body{{u"orgNo"_s, SandboxHarness::VendorOrg}, {u"scopes"_s, QJsonArray{u"a:b"_s}}};
        for (auto it = members.constBegin(); it != members.constEnd(); ++it)
            body.insert(it.key(), it.value());
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    // 64 bytes with the low bit set: an odd 512-bit modulus, which OpenSSL takes but no one may sign with.
    const QString tinyModulus = QString::fromLatin1(Base64Url::encode(QByteArray(64, char(0xC3))));

    QTest::newRow("jwks: not JSON") << QByteArray("PUT") << u"/jwks"_s << QByteArray("{\"keys\": [")
                                    << u"JSON"_s;
    QTest::newRow("jwks: keys a number")
        << QByteArray("PUT") << u"/jwks"_s << QByteArray(R"({"keys": 12345})") << u"keys"_s;
    QTest::newRow("jwks: no keys member") << QByteArray("PUT") << u"/jwks"_s << QByteArray("{}") << u"keys"_s;
    QTest::newRow("jwks: an array") << QByteArray("PUT") << u"/jwks"_s << QByteArray("[]") << u"object"_s;
    QTest::newRow("jwks: key not an object")
        << QByteArray("PUT") << u"/jwks"_s << QByteArray(R"({"keys": [5]})") << u"keys[0]"_s;
    QTest::newRow("jwks: n missing") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({}, {u"n"_s})) << u"n"_s;
    QTest::newRow("jwks: n empty") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"n"_s, u""_s}}))
                                   << u"n"_s;
    QTest::newRow("jwks: n not base64url")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"n"_s, u"!!!!"_s}})) << u"n"_s;
    QTest::newRow("jwks: n a number")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"n"_s, 12345}})) << u"n"_s;
    QTest::newRow("jwks: e missing") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({}, {u"e"_s})) << u"e"_s;
    QTest::newRow("jwks: e even") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"e"_s, u"Ag"_s}}))
                                  << u"e"_s;
    QTest::newRow("jwks: e = 1") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"e"_s, u"AQ"_s}}))
                                 << u"e"_s;
    QTest::newRow("jwks: 512-bit modulus")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"n"_s, tinyModulus}})) << u"2048"_s;
    QTest::newRow("jwks: kty EC") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"kty"_s, u"EC"_s}}))
                                  << u"kty"_s;
    QTest::newRow("jwks: kty missing")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({}, {u"kty"_s})) << u"kty"_s;
    QTest::newRow("jwks: kid a number")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"kid"_s, 7}})) << u"kid"_s;
    QTest::newRow("jwks: alg HS256") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"alg"_s, u"HS256"_s}}))
                                     << u"alg"_s;
    QTest::newRow("jwks: use enc") << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"use"_s, u"enc"_s}}))
                                   << u"use"_s;
    QTest::newRow("jwks: private prime")
        << QByteArray("PUT") << u"/jwks"_s << jwks(jwk({{u"p"_s, u"AQAB"_s}})) << u"private"_s;

    QTest::newRow("scopes: numbers") << QByteArray("PUT") << u"/scopes"_s
                                     << QByteArray(R"({"scopes": [1, 2]})") << u"scopes[0]"_s;
    QTest::newRow("scopes: with a space")
        << QByteArray("PUT") << u"/scopes"_s << QByteArray(R"({"scopes": ["a:b c:d"]})") << u"scopes[0]"_s;
    QTest::newRow("scopes: empty name")
        << QByteArray("PUT") << u"/scopes"_s << QByteArray(R"({"scopes": [""]})") << u"scopes[0]"_s;
    QTest::newRow("scopes: not JSON")
        << QByteArray("PUT") << u"/scopes"_s << QByteArray("scopes=a") << u"JSON"_s;

    QTest::newRow("new: jwks null") << QByteArray("POST") << u"new"_s
                                    << newClient({{u"jwks"_s, QJsonValue()}}) << u"jwks"_s;
    QTest::newRow("new: scopes a number")
        << QByteArray("POST") << u"new"_s << newClient({{u"scopes"_s, 12345}}) << u"scopes"_s;
    QTest::newRow("new: scopes null")
        << QByteArray("POST") << u"new"_s << newClient({{u"scopes"_s, QJsonValue()}}) << u"scopes"_s;
    QTest::newRow("new: 512-bit modulus")
        << QByteArray("POST") << u"new"_s
        << newClient({{u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{jwk({{u"n"_s, tinyModulus}})}}}}})
        << u"2048"_s;
    QTest::newRow("new: clientId a number")
        << QByteArray("POST") << u"new"_s << newClient({{u"clientId"_s, 5}}) << u"clientId"_s;
    QTest::newRow("new: clientId with a line break")
        << QByteArray("POST") << u"new"_s << newClient({{u"clientId"_s, u"a\r\nSet-Cookie: x=y"_s}})
        << u"clientId"_s;
    QTest::newRow("new: misspelt member")
        << QByteArray("POST") << u"new"_s << newClient({{u"scope"_s, QJsonArray{u"a:b"_s}}}) << u"scope"_s;
    QTest::newRow("new: not an object") << QByteArray("POST") << u"new"_s << QByteArray("[]") << u"object"_s;
}

void TestSandboxMaskinporten::registryRefusesBadInputAndChangesNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathSuffix);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const QString clientPath = u"sandbox/maskinporten/clients/"_s + m_clientId;
    const QByteArray before = m_sandbox->get(clientPath).body;
    const auto clientsBefore = m_sandbox->context().state.maskinportenClients.size();

    const auto reply = m_sandbox->send(method,
        pathSuffix == u"new" ? u"sandbox/maskinporten/clients"_s : clientPath + pathSuffix, body, {},
        {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    // The control API's error body: {"error": "…"} and nothing else.
    QCOMPARE(reply.object().keys(), QStringList{u"error"_s});
    const QString message = reply.object().value(u"error"_s).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));

    QCOMPARE(m_sandbox->get(clientPath).body, before);
    QCOMPARE(m_sandbox->context().state.maskinportenClients.size(), clientsBefore);
    QCOMPARE(postGrant(grant(baseClaims())).status, 200); // the registered key still works
}

void TestSandboxMaskinporten::registryKeepsItsReRunContract()
{
    // A client-chosen id: 201 the first time, 409 when it exists (any case), and GET shows keys and kids.
    const QJsonObject body{{u"clientId"_s, u"Vendor-Tool-1"_s}, {u"orgNo"_s, SandboxHarness::VendorOrg},
        {u"scopes"_s, QJsonArray{u"altinn:authentication/systemregister.write"_s}},
        {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk(u"rerun-key"_s)}}}}};
    const auto created = m_sandbox->post(u"sandbox/maskinporten/clients"_s, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"clientId"_s).toString(), u"Vendor-Tool-1"_s);
    QVERIFY(created.header("Location").endsWith("/sandbox/maskinporten/clients/Vendor-Tool-1"));
    QJsonObject again = body;
    again.insert(u"clientId"_s, u"vendor-tool-1"_s);
    QCOMPARE(m_sandbox->post(u"sandbox/maskinporten/clients"_s, again).status, 409);

    const auto fetched = m_sandbox->get(u"sandbox/maskinporten/clients/vendor-tool-1"_s);
    QCOMPARE(fetched.status, 200);
    const QJsonArray keys = fetched.object().value(u"jwks"_s).toObject().value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(u"kid"_s).toString(), u"rerun-key"_s);
    QCOMPARE(keys.first().toObject().value(u"n"_s), m_key.publicJwk(u"rerun-key"_s).value(u"n"_s));

    // Without jwks a client has no keys yet (they come with PUT …/jwks); an empty set removes them all.
    const auto keyless = m_sandbox->post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg}, {u"scopes"_s, QJsonArray{u"a:b"_s}}});
    QCOMPARE(keyless.status, 201);
    QCOMPARE(m_sandbox
                 ->put(u"sandbox/maskinporten/clients/vendor-tool-1/jwks"_s,
                     QJsonObject{{u"keys"_s, QJsonArray()}})
                 .status,
        200);
}

QTEST_GUILESS_MAIN(TestSandboxMaskinporten)
#include "TestSandboxMaskinporten.moc"
