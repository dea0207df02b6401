#include "../support/ScriptedIdPortenBrowser.h"
#include "SandboxHarness.h"
#include "auth/Jws.h"
#include "auth/RsaKey.h"
#include "sandbox/IdPortenApi.h"
#include "sandbox/IdPortenPersons.h"
#include "sandbox/IdPortenTokenEndpoint.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

/// The sandbox's ID-porten (docs/sandbox.md#id-porten): discovery, the login and consent pages, the
/// authorization code flow with PKCE and private_key_jwt, and the client registry.
class TestSandboxIdPorten final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void servesDiscoveryAndJwks();
    void logsAPersonInAndIssuesTokens();
    void loopbackRedirectTakesAnyPortAndIsFollowed();
    void wrongCodeVerifierIsInvalidGrant();
    void replayedCodeRevokesItsTokens();
    void expiredCodeIsInvalidGrant();
    void unsafeRedirectsGetAnErrorPage_data();
    void unsafeRedirectsGetAnErrorPage();
    void badAuthorizationRequestsRedirectWithAnError_data();
    void badAuthorizationRequestsRedirectWithAnError();
    void denyAndCancelRedirectWithAccessDenied();
    void clientAssertionFailuresAreInvalidClient_data();
    void clientAssertionFailuresAreInvalidClient();
    void clientAssertionsAreSingleUse();
    void formsNeedTheirOwnTokenAndCannotBeReplayed();
    void pagesFollowUiLocalesAndAcr();
    void registryValidatesClients();
    void clientsAreSavedWithTheState();

private:
    struct Authorization
    {
        QUrl url;
        QString verifier;
        QString state;
        QString nonce;
        QString redirectUri;
    };
    using Parameters = QList<std::pair<QString, QString>>;

    /// An authorization URL for the test client; each of @p changes replaces a parameter, or removes it when
    /// the value is "-".
    Authorization authorization(const Parameters &changes = {}) const;
    QJsonObject assertionClaims() const;
    QByteArray assertion(const QJsonObject &claims, const QString &kid = u"k1"_s) const;
    SandboxHarness::Reply postToken(const Parameters &fields);
    SandboxHarness::Reply redeem(
        const QString &code, const Authorization &authorization, const QByteArray &clientAssertion = {});
    /// GET of @p url (on the sandbox) as it is, without following a redirect.
    SandboxHarness::Reply open(const QUrl &url);
    /// The code of a login as Kari with @p authorization (empty when the flow failed).
    QString loginCode(const Authorization &authorization);

    std::unique_ptr<SandboxHarness> m_sandbox;
    QNetworkAccessManager m_network;
    RsaKey m_key;
    QString m_clientId;
};

namespace {

const QString Kari = u"24908099411"_s;
const QString LoopbackRedirect = u"http://127.0.0.1:8765/callback"_s;
const QString WebRedirect = u"https://vendor.example/idporten-callback"_s;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomText()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return base64Url(bytes);
}

QString challengeOf(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

void TestSandboxIdPorten::initTestCase()
{
    m_key = RsaKey::generate(2048); // made at run time: no key in the sources
    QVERIFY(!m_key.isNull());
    // One sandbox for all tests (its ID-porten key is made once), reset before each.
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY(m_sandbox->isListening());
}

void TestSandboxIdPorten::init()
{
    QCOMPARE(m_sandbox->post(u"sandbox/reset"_s, QJsonObject{}).status, 200);
    const auto reply = m_sandbox->post(u"sandbox/idporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg}, {u"clientName"_s, u"Regnskap Pluss"_s},
            {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/callback"_s, WebRedirect}},
            {u"scopes"_s,
                QJsonArray{u"openid"_s, u"profile"_s, u"altinn:instances.read"_s, u"brg:aarsregnskap"_s}},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk(u"k1"_s)}}}}});
    QCOMPARE(reply.status, 201);
    m_clientId = reply.object().value(u"clientId"_s).toString();
}

void TestSandboxIdPorten::cleanupTestCase()
{
    m_sandbox.reset();
}

TestSandboxIdPorten::Authorization TestSandboxIdPorten::authorization(const Parameters &changes) const
{
    Authorization result;
    result.verifier = randomText();
    result.state = u"state 1&2=3"_s; // needs encoding both ways
    result.nonce = randomText();
    result.redirectUri = LoopbackRedirect;
    Parameters parameters{{u"client_id"_s, m_clientId}, {u"redirect_uri"_s, result.redirectUri},
        {u"response_type"_s, u"code"_s}, {u"scope"_s, u"openid altinn:instances.read"_s},
        {u"state"_s, result.state}, {u"nonce"_s, result.nonce},
        {u"code_challenge"_s, challengeOf(result.verifier)}, {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &change : changes) {
        // Named copies: clang 14 cannot capture a structured binding.
        const QString &name = change.first;
        const QString &value = change.second;
        parameters.removeIf([&name](const auto &parameter) { return parameter.first == name; });
        if (value != u"-")
            parameters.append({name, value});
        if (name == u"redirect_uri")
            result.redirectUri = value;
    }
    result.url = QUrl(m_sandbox->baseUrl().toString() + u"idporten/authorize?"_s
        + QString::fromLatin1(formEncoded(parameters)));
    return result;
}

QJsonObject TestSandboxIdPorten::assertionClaims() const
{
    // Signed by real time, like a vendor's computer signs.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"iss"_s, m_clientId}, {u"sub"_s, m_clientId}, {u"aud"_s, m_sandbox->context().idportenIssuer()},
        {u"iat"_s, now}, {u"exp"_s, now + 60}, {u"jti"_s, randomText()}};
}

QByteArray TestSandboxIdPorten::assertion(const QJsonObject &claims, const QString &kid) const
{
    return Jws::sign(QJsonObject{{u"kid"_s, kid}}, claims, m_key);
}

SandboxHarness::Reply TestSandboxIdPorten::postToken(const Parameters &fields)
{
    return m_sandbox->send("POST", u"idporten/token"_s, formEncoded(fields), {},
        {{"Content-Type", "application/x-www-form-urlencoded"}});
}

SandboxHarness::Reply TestSandboxIdPorten::redeem(
    const QString &code, const Authorization &authorization, const QByteArray &clientAssertion)
{
    return postToken({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
        {u"redirect_uri"_s, authorization.redirectUri}, {u"code_verifier"_s, authorization.verifier},
        {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
        {u"client_assertion"_s,
            QString::fromLatin1(
                clientAssertion.isEmpty() ? assertion(assertionClaims()) : clientAssertion)}});
}

SandboxHarness::Reply TestSandboxIdPorten::open(const QUrl &url)
{
    return m_sandbox->get(url.toString(QUrl::FullyEncoded).mid(m_sandbox->baseUrl().toString().size()));
}

QString TestSandboxIdPorten::loginCode(const Authorization &authorization)
{
    const auto result = ScriptedIdPortenBrowser::run(m_network, authorization.url, Kari);
    if (!result.error.isEmpty())
        qWarning() << result.error << result.lastPage.left(400);
    return queryValue(result.redirect, u"code"_s);
}

void TestSandboxIdPorten::servesDiscoveryAndJwks()
{
    const QString issuer = m_sandbox->context().idportenIssuer();
    QCOMPARE(issuer, m_sandbox->baseUrl().toString() + u"idporten"_s);
    const auto discovery = m_sandbox->get(u"idporten/.well-known/openid-configuration"_s);
    QCOMPARE(discovery.status, 200);
    const QJsonObject metadata = discovery.object();
    QCOMPARE(metadata.value(u"issuer"_s).toString(), issuer);
    QCOMPARE(metadata.value(u"authorization_endpoint"_s).toString(), issuer + u"/authorize"_s);
    QCOMPARE(metadata.value(u"token_endpoint"_s).toString(), issuer + u"/token"_s);
    QCOMPARE(metadata.value(u"jwks_uri"_s).toString(), issuer + u"/jwks.json"_s);
    QCOMPARE(metadata.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray{u"S256"_s});
    QCOMPARE(metadata.value(u"token_endpoint_auth_methods_supported"_s).toArray(),
        QJsonArray{u"private_key_jwt"_s});
    QCOMPARE(metadata.value(u"grant_types_supported"_s).toArray(), QJsonArray{u"authorization_code"_s});
    QCOMPARE(metadata.value(u"response_types_supported"_s).toArray(), QJsonArray{u"code"_s});
    QCOMPARE(metadata.value(u"id_token_signing_alg_values_supported"_s).toArray(), QJsonArray{u"RS256"_s});
    QCOMPARE(metadata.value(u"acr_values_supported"_s).toArray(),
        (QJsonArray{u"idporten-loa-substantial"_s, u"idporten-loa-high"_s}));
    QCOMPARE(metadata.value(u"ui_locales_supported"_s).toArray().size(), 4);

    const auto jwks = m_sandbox->get(u"idporten/jwks.json"_s);
    QCOMPARE(jwks.status, 200);
    const QJsonObject key = jwks.object().value(u"keys"_s).toArray().first().toObject();
    QCOMPARE(key.value(u"kid"_s).toString(), m_sandbox->context().idportenTokens().keyId());
    QVERIFY(!key.contains(u"d"_s));
    // Its own key, apart from the Maskinporten one, as in the real services.
    QVERIFY(key.value(u"kid"_s).toString() != m_sandbox->context().tokens.keyId());
}

void TestSandboxIdPorten::logsAPersonInAndIssuesTokens()
{
    const Authorization asked = authorization();
    const auto result = ScriptedIdPortenBrowser::run(m_network, asked.url, Kari);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.redirect.toString(QUrl::RemoveQuery), LoopbackRedirect);
    QCOMPARE(queryValue(result.redirect, u"state"_s), asked.state);
    QCOMPARE(queryValue(result.redirect, u"iss"_s), m_sandbox->context().idportenIssuer());
    const QString code = queryValue(result.redirect, u"code"_s);
    QVERIFY(!code.isEmpty());

    const auto reply = redeem(code, asked);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"expires_in"_s).toInt(), 120);
    QCOMPARE(body.value(u"scope"_s).toString(), u"openid altinn:instances.read"_s);

    const SandboxContext &context = m_sandbox->context();
    const auto idToken =
        context.idportenTokens().verify(body.value(u"id_token"_s).toString().toLatin1(), context.clock.now());
    QVERIFY(idToken);
    QCOMPARE(idToken->value(u"iss"_s).toString(), context.idportenIssuer());
    QCOMPARE(idToken->value(u"aud"_s).toString(), m_clientId);
    QCOMPARE(idToken->value(u"pid"_s).toString(), Kari);
    QCOMPARE(idToken->value(u"nonce"_s).toString(), asked.nonce);
    QCOMPARE(idToken->value(u"acr"_s).toString(), u"idporten-loa-substantial"_s);
    QCOMPARE(idToken->value(u"amr"_s).toArray(), QJsonArray{u"TestID"_s});
    QCOMPARE(idToken->value(u"locale"_s).toString(), u"nb"_s);
    const QString sub = idToken->value(u"sub"_s).toString();
    QCOMPARE(sub, IdPortenTokenEndpoint::pairwiseSubject(Kari, SandboxHarness::VendorOrg));
    QVERIFY(!sub.contains(Kari));
    QVERIFY(sub != IdPortenTokenEndpoint::pairwiseSubject(Kari, SandboxHarness::OtherVendorOrg));
    QVERIFY(!idToken->value(u"sid"_s).toString().isEmpty());
    QVERIFY(!idToken->value(u"jti"_s).toString().isEmpty());
    const qint64 issuedAt = idToken->value(u"iat"_s).toInteger();
    QCOMPARE(idToken->value(u"exp"_s).toInteger() - issuedAt, 120);
    QVERIFY(idToken->value(u"auth_time"_s).toInteger() <= issuedAt);

    const auto accessToken = context.idportenTokens().verify(
        body.value(u"access_token"_s).toString().toLatin1(), context.clock.now());
    QVERIFY(accessToken);
    QCOMPARE(accessToken->value(u"client_id"_s).toString(), m_clientId);
    QCOMPARE(accessToken->value(u"client_amr"_s).toString(), u"private_key_jwt"_s);
    QCOMPARE(accessToken->value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(accessToken->value(u"scope"_s).toString(), u"openid altinn:instances.read"_s);
    QCOMPARE(accessToken->value(u"pid"_s).toString(), Kari);
    QCOMPARE(accessToken->value(u"consumer"_s).toObject().value(u"ID"_s).toString(),
        u"0192:"_s + SandboxHarness::VendorOrg);
    QVERIFY(!accessToken->contains(u"aud"_s));
    QVERIFY(!IdPortenApi::isRevoked(context, *accessToken));
    // Not a token the Altinn endpoints' Maskinporten key would take.
    QVERIFY(!context.tokens.verify(body.value(u"access_token"_s).toString().toLatin1(), context.clock.now()));
}

void TestSandboxIdPorten::loopbackRedirectTakesAnyPortAndIsFollowed()
{
    // The app's receiver: a loopback listener on a port the system picks, answering one request.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&listener, &QTcpServer::newConnection, &listener, [&listener, &received] {
        QTcpSocket *socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            if (received.contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            }
        });
    });
    const QString redirect = u"http://127.0.0.1:%1/callback"_s.arg(listener.serverPort());
    const Authorization asked = authorization({{u"redirect_uri"_s, redirect}});
    const auto result = ScriptedIdPortenBrowser::run(m_network, asked.url, Kari, true, true);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.lastPage, QByteArray("ok"));
    QVERIFY(received.startsWith("GET /callback?code="));
    QCOMPARE(redeem(queryValue(result.redirect, u"code"_s), asked).status, 200);

    // A non-loopback URI matches exactly only.
    const Authorization web = authorization({{u"redirect_uri"_s, WebRedirect}});
    QCOMPARE(ScriptedIdPortenBrowser::run(m_network, web.url, Kari).redirect.toString(QUrl::RemoveQuery),
        WebRedirect);
}

void TestSandboxIdPorten::wrongCodeVerifierIsInvalidGrant()
{
    Authorization asked = authorization();
    const QString code = loginCode(asked);
    QVERIFY(!code.isEmpty());
    asked.verifier = randomText(); // well-formed, but not the one of the challenge
    const auto reply = redeem(code, asked);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(reply.object().value(u"error_description"_s).toString().contains(u"code_verifier"_s));
}

void TestSandboxIdPorten::replayedCodeRevokesItsTokens()
{
    const Authorization asked = authorization();
    const QString code = loginCode(asked);
    const auto first = redeem(code, asked);
    QCOMPARE(first.status, 200);
    const SandboxContext &context = m_sandbox->context();
    const auto accessToken = context.idportenTokens().verify(
        first.object().value(u"access_token"_s).toString().toLatin1(), context.clock.now());
    const auto idToken = context.idportenTokens().verify(
        first.object().value(u"id_token"_s).toString().toLatin1(), context.clock.now());
    QVERIFY(accessToken && idToken);
    QVERIFY(!IdPortenApi::isRevoked(context, *accessToken));

    const auto second = redeem(code, asked);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(IdPortenApi::isRevoked(context, *accessToken));
    QVERIFY(IdPortenApi::isRevoked(context, *idToken));
}

void TestSandboxIdPorten::expiredCodeIsInvalidGrant()
{
    const Authorization asked = authorization();
    const QString code = loginCode(asked);
    QVERIFY(!code.isEmpty());
    // Codes follow the sandbox clock; the client assertion is judged by real time, so it stays valid.
    QCOMPARE(m_sandbox->post(u"sandbox/clock/advance?days=1"_s, QJsonObject{}).status, 200);
    const auto reply = redeem(code, asked);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(reply.object().value(u"error_description"_s).toString().contains(u"expired"_s));
}

void TestSandboxIdPorten::unsafeRedirectsGetAnErrorPage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown client") << u"client_id"_s << u"no-such-client"_s;
    QTest::newRow("no client") << u"client_id"_s << u"-"_s;
    QTest::newRow("foreign redirect") << u"redirect_uri"_s << u"https://evil.example/callback"_s;
    QTest::newRow("no redirect") << u"redirect_uri"_s << u"-"_s;
    QTest::newRow("other loopback path") << u"redirect_uri"_s << u"http://127.0.0.1:8765/other"_s;
    QTest::newRow("localhost is not 127.0.0.1") << u"redirect_uri"_s << u"http://localhost:8765/callback"_s;
    QTest::newRow("https redirect with a path added") << u"redirect_uri"_s << QString(WebRedirect + u"/x"_s);
}

void TestSandboxIdPorten::unsafeRedirectsGetAnErrorPage()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const auto reply = open(authorization({{name, value}}).url);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html lang=\"nb\">"));
}

void TestSandboxIdPorten::badAuthorizationRequestsRedirectWithAnError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("scope the client lacks")
        << u"scope"_s << u"openid altinn:instances.write"_s << u"invalid_scope"_s;
    QTest::newRow("no openid") << u"scope"_s << u"altinn:instances.read"_s << u"invalid_scope"_s;
    QTest::newRow("implicit flow") << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
    QTest::newRow("no nonce") << u"nonce"_s << u"-"_s << u"invalid_request"_s;
    QTest::newRow("no PKCE") << u"code_challenge"_s << u"-"_s << u"invalid_request"_s;
    QTest::newRow("plain PKCE") << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
    QTest::newRow("unknown acr") << u"acr_values"_s << u"Level4"_s << u"invalid_request"_s;
}

void TestSandboxIdPorten::badAuthorizationRequestsRedirectWithAnError()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Authorization asked = authorization({{name, value}});
    const auto result = ScriptedIdPortenBrowser::run(m_network, asked.url, Kari);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.redirect.toString(QUrl::RemoveQuery), LoopbackRedirect);
    QCOMPARE(queryValue(result.redirect, u"error"_s), error);
    QVERIFY(!queryValue(result.redirect, u"error_description"_s).isEmpty());
    QCOMPARE(queryValue(result.redirect, u"state"_s), asked.state);
    QCOMPARE(queryValue(result.redirect, u"iss"_s), m_sandbox->context().idportenIssuer());
    QVERIFY(queryValue(result.redirect, u"code"_s).isEmpty());

    // Without state the error still goes back, with no state.
    const auto stateless =
        ScriptedIdPortenBrowser::run(m_network, authorization({{u"state"_s, u"-"_s}}).url, Kari);
    QCOMPARE(queryValue(stateless.redirect, u"error"_s), u"invalid_request"_s);
    QVERIFY(!QUrlQuery(stateless.redirect).hasQueryItem(u"state"_s));
}

void TestSandboxIdPorten::denyAndCancelRedirectWithAccessDenied()
{
    for (const bool cancel : {false, true}) {
        const Authorization asked = authorization();
        const auto result =
            ScriptedIdPortenBrowser::run(m_network, asked.url, cancel ? QString() : Kari, /*allow=*/false);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.status, 302);
        QCOMPARE(queryValue(result.redirect, u"error"_s), u"access_denied"_s);
        QVERIFY(!queryValue(result.redirect, u"error_description"_s).isEmpty());
        QCOMPARE(queryValue(result.redirect, u"state"_s), asked.state);
        QCOMPARE(queryValue(result.redirect, u"iss"_s), m_sandbox->context().idportenIssuer());
        QVERIFY(queryValue(result.redirect, u"code"_s).isEmpty());
    }
}

void TestSandboxIdPorten::clientAssertionFailuresAreInvalidClient_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("kid");
    QTest::newRow("unknown kid") << QString() << QJsonValue() << u"k2"_s;
    QTest::newRow("no kid") << QString() << QJsonValue() << QString();
    QTest::newRow("unknown client") << u"iss"_s << QJsonValue(u"someone-else"_s) << u"k1"_s;
    QTest::newRow("sub is not the client") << u"sub"_s << QJsonValue(u"someone-else"_s) << u"k1"_s;
    QTest::newRow("audience of Maskinporten") << u"aud"_s << QJsonValue(u"http://127.0.0.1/"_s) << u"k1"_s;
    QTest::newRow("expired") << u"exp"_s << QJsonValue(QDateTime::currentSecsSinceEpoch() - 60) << u"k1"_s;
    QTest::newRow("exp too far ahead")
        << u"exp"_s << QJsonValue(QDateTime::currentSecsSinceEpoch() + 3600) << u"k1"_s;
    QTest::newRow("no jti") << u"jti"_s << QJsonValue() << u"k1"_s;
}

void TestSandboxIdPorten::clientAssertionFailuresAreInvalidClient()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, value);
    QFETCH(QString, kid);
    const Authorization asked = authorization();
    const QString code = loginCode(asked);
    QJsonObject claims = assertionClaims();
    if (!claim.isEmpty()) {
        if (value.isNull())
            claims.remove(claim);
        else
            claims.insert(claim, value);
    }
    const QByteArray signedAssertion =
        kid.isEmpty() ? Jws::sign(QJsonObject{}, claims, m_key) : assertion(claims, kid);
    const auto reply = redeem(code, asked, signedAssertion);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(u"error"_s).toString(), u"invalid_client"_s);
    // Client authentication comes before the code: the code is still good.
    QCOMPARE(redeem(code, asked).status, 200);
}

void TestSandboxIdPorten::clientAssertionsAreSingleUse()
{
    const Authorization asked = authorization();
    const QByteArray once = assertion(assertionClaims());
    QCOMPARE(redeem(loginCode(asked), asked, once).status, 200);
    const auto reused = redeem(loginCode(asked), asked, once);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.object().value(u"error"_s).toString(), u"invalid_client"_s);
}

void TestSandboxIdPorten::formsNeedTheirOwnTokenAndCannotBeReplayed()
{
    const Authorization asked = authorization();
    const auto loginPage = open(asked.url);
    QCOMPARE(loginPage.status, 200);
    static const QRegularExpression hidden(u"<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">"_s);
    QHash<QString, QString> fields;
    for (auto it = hidden.globalMatch(QString::fromUtf8(loginPage.body)); it.hasNext();) {
        const auto match = it.next();
        fields.insert(match.captured(1), match.captured(2));
    }
    QVERIFY(!fields.value(u"pending"_s).isEmpty() && !fields.value(u"token"_s).isEmpty());
    const auto postForm = [this](const QString &path, const Parameters &form) {
        return m_sandbox->send(
            "POST", path, formEncoded(form), {}, {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    // A form from another site has no valid token: nothing happens.
    const auto forged = postForm(u"idporten/login"_s,
        {{u"pending"_s, fields.value(u"pending"_s)}, {u"token"_s, u"forged.token"_s}, {u"pid"_s, Kari}});
    QCOMPARE(forged.status, 400);
    QVERIFY(forged.header("Location").isEmpty());

    const Parameters login{
        {u"pending"_s, fields.value(u"pending"_s)}, {u"token"_s, fields.value(u"token"_s)}, {u"pid"_s, Kari}};
    const auto consentPage = postForm(u"idporten/login"_s, login);
    QCOMPARE(consentPage.status, 200);
    QVERIFY(consentPage.body.contains("altinn:instances.read"));
    QVERIFY(consentPage.body.contains("Regnskap Pluss"));
    // The login form again (a replay, or the back button): refused, the login goes on at the consent page.
    QCOMPARE(postForm(u"idporten/login"_s, login).status, 400);
    // The login page's token does not work for the consent form.
    const Parameters crossed{{u"pending"_s, fields.value(u"pending"_s)},
        {u"token"_s, fields.value(u"token"_s)}, {u"decision"_s, u"allow"_s}};
    QCOMPARE(postForm(u"idporten/consent"_s, crossed).status, 400);

    QString consentToken;
    for (auto it = hidden.globalMatch(QString::fromUtf8(consentPage.body)); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == u"token")
            consentToken = match.captured(2);
    }
    const Parameters allow{
        {u"pending"_s, fields.value(u"pending"_s)}, {u"token"_s, consentToken}, {u"decision"_s, u"allow"_s}};
    const auto allowed = postForm(u"idporten/consent"_s, allow);
    QCOMPARE(allowed.status, 302);
    QVERIFY(allowed.header("Location").contains("code="));
    // Posting Allow again makes no second code.
    const auto replayed = postForm(u"idporten/consent"_s, allow);
    QCOMPARE(replayed.status, 400);
    QVERIFY(replayed.header("Location").isEmpty());
}

void TestSandboxIdPorten::pagesFollowUiLocalesAndAcr()
{
    const Authorization asked =
        authorization({{u"ui_locales"_s, u"nn en"_s}, {u"acr_values"_s, u"idporten-loa-high"_s}});
    const auto page = open(asked.url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"nn\">"));
    // Every person is offered, with the national identity number and a button each.
    for (const IdPortenPersons::Person &person : IdPortenPersons::all()) {
        QVERIFY(page.body.contains(person.pid.toUtf8()));
        QVERIFY(
            page.body.contains(QByteArray(QByteArray("name=\"pid\" value=\"") + person.pid.toUtf8() + '"')));
    }
    const QString code = loginCode(asked);
    const auto reply = redeem(code, asked);
    QCOMPARE(reply.status, 200);
    const auto idToken = m_sandbox->context().idportenTokens().verify(
        reply.object().value(u"id_token"_s).toString().toLatin1(), m_sandbox->context().clock.now());
    QVERIFY(idToken);
    QCOMPARE(idToken->value(u"acr"_s).toString(), u"idporten-loa-high"_s);
    QCOMPARE(idToken->value(u"locale"_s).toString(), u"nn"_s);
}

void TestSandboxIdPorten::registryValidatesClients()
{
    const QString path = u"sandbox/idporten/clients"_s;
    const auto fetched = m_sandbox->get(path + u'/' + m_clientId.toUpper());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object().value(u"clientName"_s).toString(), u"Regnskap Pluss"_s);
    QCOMPARE(fetched.object().value(u"jwks"_s).toObject().value(u"keys"_s).toArray().size(), 1);
    QCOMPARE(m_sandbox->get(path + u"/nobody"_s).status, 404);

    const QJsonObject valid{{u"clientId"_s, u"my-app"_s}, {u"orgNo"_s, SandboxHarness::VendorOrg},
        {u"redirectUris"_s, QJsonArray{u"http://[::1]/cb"_s}}};
    QCOMPARE(m_sandbox->post(path, valid).status, 201);
    QCOMPARE(m_sandbox->post(path, valid).status, 409);
    QCOMPARE(
        m_sandbox->get(path + u"/my-app"_s).object().value(u"scopes"_s).toArray(), QJsonArray{u"openid"_s});

    const auto refused = [this, &path](QJsonObject body, const QString &member, const QJsonValue &value,
                             const QString &messagePart = {}) {
        body.insert(u"clientId"_s, u"refused"_s);
        body.insert(member, value);
        const auto reply = m_sandbox->post(path, body);
        const QString message = reply.object().value(u"error"_s).toString();
        if (reply.status != 400 || !message.contains(messagePart.isEmpty() ? member : messagePart))
            qWarning() << member << reply.status << reply.body;
        return reply.status == 400 && message.contains(messagePart.isEmpty() ? member : messagePart);
    };
    QVERIFY(refused(valid, u"redirectUris"_s, QJsonArray{u"http://vendor.example/cb"_s}));
    QVERIFY(refused(valid, u"redirectUris"_s, QJsonArray{u"https://vendor.example/cb#part"_s}));
    QVERIFY(refused(valid, u"redirectUris"_s, QJsonArray()));
    QVERIFY(refused(valid, u"scopes"_s, QJsonArray{u"altinn:instances.delete"_s}));
    QVERIFY(refused(valid, u"orgNo"_s, u"123"_s));
    QVERIFY(refused(
        valid, u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{QJsonObject{{u"kty"_s, u"EC"_s}}}}}, u"kty"_s));
    QVERIFY(refused(valid, u"redirecturis"_s, QJsonArray())); // a misspelt member
    QCOMPARE(m_sandbox->get(path + u"/refused"_s).status, 404);

    const auto scopes = m_sandbox->put(
        path + u"/my-app/scopes"_s, QJsonObject{{u"scopes"_s, QJsonArray{u"openid"_s, u"ttd:my-form"_s}}});
    QCOMPARE(scopes.status, 200);
    QCOMPARE(scopes.object().value(u"scopes"_s).toArray().size(), 2);
    QCOMPARE(
        m_sandbox->put(path + u"/my-app/scopes"_s, QJsonObject{{u"scopes"_s, QJsonArray{u"email"_s}}}).status,
        400);
    const auto keys = m_sandbox->put(
        path + u"/my-app/jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk(u"k9"_s)}}});
    QCOMPARE(keys.status, 200);
    QVERIFY(keys.object().value(u"jwks"_s).toObject().value(u"keys"_s).toArray().first().toObject().contains(
        u"exp"_s));
}

void TestSandboxIdPorten::clientsAreSavedWithTheState()
{
    const SandboxState &state = m_sandbox->context().state;
    QString error;
    const auto loaded = SandboxState::fromJson(state.toJson(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->idportenClients.size(), 1);
    const SandboxIdPortenClient &client = loaded->idportenClients.first();
    QCOMPARE(client.clientId, m_clientId);
    QCOMPARE(client.clientName, u"Regnskap Pluss"_s);
    QCOMPARE(client.redirectUris, (QStringList{u"http://127.0.0.1/callback"_s, WebRedirect}));
    QCOMPARE(client.scopes.size(), 4);
    QCOMPARE(client.keys, state.idportenClients.first().keys);
}

QTEST_GUILESS_MAIN(TestSandboxIdPorten)
#include "TestSandboxIdPorten.moc"
