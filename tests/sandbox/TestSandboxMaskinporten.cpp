#include "SandboxHarness.h"
#include "auth/Jws.h"
#include "auth/MaskinportenGrant.h"
#include "auth/MaskinportenTokenClient.h"

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
    void systemUserMismatchesGiveMp303();
    void lifetimeLimitFollowsTheSetting();

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
    const qint64 now = m_sandbox->context().clock.now().toSecsSinceEpoch();
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
    const qint64 now = m_sandbox->context().clock.now().toSecsSinceEpoch();
    QByteArray assertion;
    if (mutation == u"iss")
        claims.insert(u"iss"_s, u"00000000-0000-4000-8000-00000000dead"_s);
    else if (mutation == u"x5c")
        header = {{u"x5c"_s, QJsonArray{u"MIIB"_s}}};
    else if (mutation == u"kid")
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

QTEST_GUILESS_MAIN(TestSandboxMaskinporten)
#include "TestSandboxMaskinporten.moc"
