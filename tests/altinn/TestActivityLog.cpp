#include "SandboxHarness.h"
#include "altinn/ApiTransport.h"
#include "auth/AltinnTokenExchange.h"
#include "auth/MaskinportenTokenClient.h"
#include "auth/RsaKey.h"
#include "net/ActivityLog.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::ActivityEntry;
using Altinn::ActivityLog;
namespace Redaction = Altinn::Redaction;

/// What the activity log keeps: nothing secret, a curl command that works, a clean support bundle.
class TestActivityLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void authorizationAndCookiesAreRedacted();
    void urlCredentialsAreRedactedButThePageTokenStays();
    void jsonSecretsAreRedactedAnywhereInTheTree();
    void jsonWithoutSecretsIsKeptByteForByte();
    void formCredentialsAreRedacted();
    void jwtsAreRedactedInAnyText();
    void pemPrivateKeysAreRedacted();
    void recordRedactsEveryPart();
    void capacityDropsTheOldest();
    void curlCommandQuotesForTheShell();
    void curlCommandRepeatsARealGet();
    void curlCommandRepeatsARealPost();
    void supportBundleHoldsNoSecret();

private:
    std::optional<SandboxHarness> m_sandbox;
};

namespace {

QByteArray headerOf(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

/// Runs @p script with /bin/sh, TOKEN set to @p token; returns standard output (empty on failure).
QByteArray runShell(const QString &script, const QByteArray &token = {})
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TOKEN"_s, QString::fromLatin1(token));
    shell.setProcessEnvironment(environment);
    shell.start(u"/bin/sh"_s, {u"-c"_s, script});
    shell.closeWriteChannel();
    // The sandbox answers from this thread: keep the event loop running while curl talks to it.
    if (!QTest::qWaitFor([&shell] { return shell.state() == QProcess::NotRunning; }, 15000)
        || shell.exitCode() != 0) {
        qWarning() << "shell failed:" << shell.readAllStandardError();
        return {};
    }
    return shell.readAllStandardOutput();
}

struct Sent
{
    Altinn::ApiResponse response;
    ActivityEntry entry;
};

/// Always the same vendor token.
class FixedTokenSource final : public Altinn::AccessTokenSource
{
public:
    explicit FixedTokenSource(QByteArray token)
        : m_token(std::move(token))
    { }
    void accessToken(const QStringList &, Callback done) override { done(Outcome{m_token, {}}); }
    void invalidate(const QStringList &) override { }

private:
    QByteArray m_token;
};

/// Sends @p request through a transport that logs to a fresh log, with @p token as the vendor token.
std::optional<Sent> sendLogged(
    SandboxHarness &sandbox, const Altinn::ApiRequest &request, const QByteArray &token)
{
    QNetworkAccessManager network;
    ActivityLog log;
    FixedTokenSource tokens(token);
    Altinn::ApiTransport transport(&network, Altinn::Environment::sandbox(sandbox.baseUrl()));
    transport.setTokenSource(&tokens);
    transport.setActivityLog(&log);
    std::optional<Altinn::ApiResponse> response;
    transport.send(request, [&response](const Altinn::ApiResponse &answer) { response = answer; });
    if (!QTest::qWaitFor([&response] { return response.has_value(); }, 10000) || log.entries().size() != 1)
        return std::nullopt;
    return Sent{*response, log.entries().constFirst()};
}

QJsonObject systemJson(const QString &id)
{
    const QJsonObject names{{u"nb"_s, u"Logg"_s}, {u"nn"_s, u"Logg"_s}, {u"en"_s, u"Log"_s}};
    return {{u"id"_s, id},
        {u"vendor"_s, QJsonObject{{u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
        {u"name"_s, names}, {u"description"_s, names},
        {u"rights"_s,
            QJsonArray{QJsonObject{{u"resource"_s,
                QJsonArray{QJsonObject{
                    {u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, u"ske-krav-og-betalinger"_s}}}}}}},
        {u"clientId"_s, QJsonArray{}}, {u"isVisible"_s, true}};
}

} // namespace

void TestActivityLog::initTestCase()
{
    m_sandbox.emplace();
    QVERIFY(m_sandbox->isListening());
}

void TestActivityLog::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestActivityLog::authorizationAndCookiesAreRedacted()
{
    const QByteArray token = m_sandbox->vendorToken();
    QCOMPARE(Redaction::header("Authorization", "Bearer " + token), QByteArray("Bearer $TOKEN"));
    QCOMPARE(Redaction::header("authorization", "Basic dXNlcjpwYXNz"), QByteArray("[redacted]"));
    QCOMPARE(Redaction::header("Cookie", "session=abc123"), QByteArray("[redacted]"));
    QCOMPARE(Redaction::header("Set-Cookie", "session=abc123; HttpOnly"), QByteArray("[redacted]"));
    QCOMPARE(Redaction::header("Proxy-Authorization", "Basic dXNlcjpwYXNz"), QByteArray("[redacted]"));
    QCOMPARE(Redaction::header("Accept", "application/json"), QByteArray("application/json"));
    QCOMPARE(Redaction::header("Location", "https://vendor.example/cb?code=s3cret&state=1"),
        QByteArray("https://vendor.example/cb?code=%5Bredacted%5D&state=1"));
    // A token in any other header is still caught by the JWT rule.
    QCOMPARE(Redaction::header("X-Debug", "t=" + token), QByteArray("t=[redacted JWT]"));
    QVERIFY(Redaction::containsSecret("Authorization: Bearer " + token));
    QVERIFY(!Redaction::containsSecret("Authorization: Bearer $TOKEN"));
}

void TestActivityLog::urlCredentialsAreRedactedButThePageTokenStays()
{
    const QUrl url(
        u"https://platform.tt02.altinn.no/authentication/api/v1/systemuser/request/vendor/bysystem/"
        "991825827_crm?token=cGFnZTI&access_token=abc.def&code=s3cret&client_assertion=xyz&"
        "password=hunter2&assertion=grant"_s);
    const QUrl redacted = Redaction::url(url);
    const QString text = QString::fromLatin1(redacted.toEncoded());
    QVERIFY2(text.contains(u"token=cGFnZTI"_s), qPrintable(text));
    for (const char *secret : {"abc.def", "s3cret", "xyz", "hunter2", "grant"})
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    QCOMPARE(redacted.path(), url.path());
    QVERIFY(Redaction::containsSecret(url.toEncoded()));
    QVERIFY(!Redaction::containsSecret(redacted.toEncoded()));
}

void TestActivityLog::jsonSecretsAreRedactedAnywhereInTheTree()
{
    const QJsonObject jwk{{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"demo"_s}, {u"n"_s, u"bW9kdWx1cw"_s},
        {u"e"_s, u"AQAB"_s}, {u"d"_s, u"cHJpdmF0ZQ"_s}, {u"p"_s, u"cHJpbWUx"_s}, {u"q"_s, u"cHJpbWUy"_s},
        {u"dp"_s, u"ZXhwMQ"_s}, {u"dq"_s, u"ZXhwMg"_s}, {u"qi"_s, u"Y29lZg"_s},
        {u"oth"_s, QJsonArray{QJsonObject{{u"r"_s, u"eA"_s}}}}};
    const QJsonObject body{{u"access_token"_s, u"opaque-access"_s}, {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, 120},
        {u"nested"_s,
            QJsonObject{{u"Refresh_Token"_s, u"opaque-refresh"_s}, {u"id_token"_s, u"opaque-id"_s},
                {u"list"_s, QJsonArray{QJsonObject{{u"password"_s, u"hunter2"_s}}}}}},
        {u"passphrase"_s, u"open sesame"_s}, {u"client_assertion"_s, u"opaque-grant"_s},
        {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{jwk}}}}};
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QVERIFY(Redaction::containsSecret(raw));

    const QByteArray redacted = Redaction::body(raw, "application/json; charset=utf-8");
    QVERIFY2(!Redaction::containsSecret(redacted), redacted.constData());
    for (const char *secret : {"opaque-access", "opaque-refresh", "opaque-id", "hunter2", "open sesame",
             "opaque-grant", "cHJpdmF0ZQ", "cHJpbWUx", "cHJpbWUy", "ZXhwMQ", "ZXhwMg", "Y29lZg", "\"eA\""})
        QVERIFY2(!redacted.contains(secret), secret);
    const QJsonObject parsed = QJsonDocument::fromJson(redacted).object();
    QCOMPARE(parsed.value(u"access_token"_s).toString(), u"[redacted]"_s);
    QCOMPARE(parsed.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(parsed.value(u"expires_in"_s).toInt(), 120);
    const QJsonObject key = parsed.value(u"jwks"_s)[u"keys"_s][0].toObject();
    QCOMPARE(key.value(u"n"_s).toString(), u"bW9kdWx1cw"_s); // public members stay
    QCOMPARE(key.value(u"kid"_s).toString(), u"demo"_s);
    QCOMPARE(key.value(u"d"_s).toString(), u"[redacted]"_s);
}

void TestActivityLog::jsonWithoutSecretsIsKeptByteForByte()
{
    const QByteArray body =
        "{\"systemId\": \"991825827_crm\",\n  \"partyOrgNo\": \"310904473\", \"token\": \"x\"}";
    QCOMPARE(Redaction::body(body, "application/json"), body);
    QCOMPARE(Redaction::body(body, {}), body); // sniffed as JSON without a content type
}

void TestActivityLog::formCredentialsAreRedacted()
{
    const QByteArray grant = m_sandbox->vendorToken(); // any JWS will do as the grant here
    const QByteArray form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="
        + grant + "&client_assertion=abc&password=hunter2&access_token=opaque&scope=altinn%3Ademo";
    QVERIFY(Redaction::containsSecret(form));
    const QByteArray redacted = Redaction::body(form, "application/x-www-form-urlencoded");
    QCOMPARE(redacted,
        QByteArray(
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=[redacted]"
            "&client_assertion=[redacted]&password=[redacted]&access_token=[redacted]&scope=altinn%3Ademo"));
    QVERIFY(!Redaction::containsSecret(redacted));
}

void TestActivityLog::jwtsAreRedactedInAnyText()
{
    // The Altinn token exchange answers with the bare JWT as text/plain.
    const QByteArray jwt = m_sandbox->vendorToken();
    QVERIFY(Redaction::containsSecret(jwt));
    QCOMPARE(Redaction::body(jwt, "text/plain; charset=utf-8"), QByteArray("[redacted JWT]"));
    QCOMPARE(Redaction::body("token was " + jwt + ", expired", "text/plain"),
        QByteArray("token was [redacted JWT], expired"));
    // Inside JSON under an innocent name, and an unsigned token (empty signature part).
    const QByteArray unsigned_ = jwt.left(jwt.lastIndexOf('.') + 1);
    const QByteArray json = "{\"note\":\"" + jwt + "\",\"other\":\"" + unsigned_ + "\"}";
    const QByteArray redacted = Redaction::body(json, "application/json");
    QCOMPARE(redacted, QByteArray("{\"note\":\"[redacted JWT]\",\"other\":\"[redacted JWT]\"}"));
    // Not everything with dots is a token.
    QCOMPARE(Redaction::body("version 1.2.3 of eyJ", "text/plain"), QByteArray("version 1.2.3 of eyJ"));
}

void TestActivityLog::pemPrivateKeysAreRedacted()
{
    const RsaKey key = RsaKey::generate(2048);
    const QByteArray privatePem = key.privatePkcs8Pem();
    const QByteArray publicPem = key.publicPem();
    const QByteArray text = "key:\n" + privatePem + "public:\n" + publicPem;
    QVERIFY(Redaction::containsSecret(text));
    const QByteArray redacted = Redaction::body(text, "text/plain");
    QVERIFY(redacted.startsWith("key:\n[redacted private key]"));
    QVERIFY(redacted.contains(publicPem)); // a public key is no secret
    QVERIFY(!Redaction::containsSecret(redacted));
    const QByteArray keyLine = privatePem.split('\n').value(3);
    QVERIFY(!keyLine.isEmpty());
    QVERIFY(!redacted.contains(keyLine));

    // In a JSON string the line breaks are escapes; the block goes all the same.
    const QByteArray json = QJsonDocument(QJsonObject{{u"pem"_s, QString::fromLatin1(privatePem)}}).toJson();
    const QByteArray redactedJson = Redaction::body(json, "application/json");
    QVERIFY2(!Redaction::containsSecret(redactedJson), redactedJson.constData());
    QCOMPARE(QJsonDocument::fromJson(redactedJson).object().value(u"pem"_s).toString(),
        u"[redacted private key]\n"_s);
}

void TestActivityLog::recordRedactsEveryPart()
{
    const QByteArray token = m_sandbox->vendorToken();
    ActivityLog log;
    QSignalSpy added(&log, &ActivityLog::entryAdded);
    ActivityEntry entry;
    entry.method = "POST";
    entry.url = QUrl(u"http://127.0.0.1:5210/token?access_token="_s + QString::fromLatin1(token));
    entry.requestHeaders = {{"Authorization", "Bearer " + token},
        {"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "a=b"}};
    entry.requestBody = "grant_type=x&assertion=" + token;
    entry.status = 200;
    entry.responseHeaders = {{"Content-Type", "application/json"}, {"Set-Cookie", "a=b"}};
    entry.responseBody = "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}";
    entry.durationMs = 12;
    entry.outcome = u"network error: "_s + QString::fromLatin1(token);
    const qint64 id = log.record(entry);
    QCOMPARE(id, 1);
    QCOMPARE(added.size(), 1);

    const ActivityEntry *stored = log.entry(id);
    QVERIFY(stored);
    QVERIFY(stored->startedAt.isValid());
    QByteArray everything =
        stored->url.toEncoded() + stored->requestBody + stored->responseBody + stored->outcome.toUtf8();
    for (const auto &header : stored->requestHeaders + stored->responseHeaders)
        everything += header.first + ": " + header.second + "\n";
    QVERIFY2(!Redaction::containsSecret(everything), everything.constData());
    QVERIFY(!everything.contains(token));
    QCOMPARE(headerOf(stored->requestHeaders, "Authorization"), QByteArray("Bearer $TOKEN"));
    QCOMPARE(stored->requestBody, QByteArray("grant_type=x&assertion=[redacted]"));
    QVERIFY(stored->responseBody.contains("\"token_type\":\"Bearer\""));
}

void TestActivityLog::capacityDropsTheOldest()
{
    ActivityLog log;
    QSignalSpy added(&log, &ActivityLog::entryAdded);
    log.setCapacity(3);
    for (int i = 0; i < 5; ++i) {
        ActivityEntry entry;
        entry.method = "GET";
        entry.url = QUrl(u"http://127.0.0.1/%1"_s.arg(i));
        log.record(entry);
    }
    QCOMPARE(added.size(), 5);
    const auto entries = log.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().id, 3);
    QCOMPARE(entries.last().id, 5);
    QVERIFY(!log.entry(2));
    QVERIFY(log.entry(4));
    QCOMPARE(log.entry(4)->url.path(), u"/3"_s);
    log.setCapacity(1);
    QCOMPARE(log.entries().size(), 1);
    QSignalSpy cleared(&log, &ActivityLog::cleared);
    log.clear();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(log.entries().isEmpty());
}

void TestActivityLog::curlCommandQuotesForTheShell()
{
    // A stand-in curl prints each argument it gets, then what arrives on standard input.
    const QString fakeCurl = u"curl() { for a in \"$@\"; do printf '<%s>\\n' \"$a\"; done; cat; }\n"_s;

    ActivityEntry form;
    form.method = "POST";
    form.url = QUrl(u"http://127.0.0.1:5210/x?q=O%27Brien&token=abc"_s);
    form.requestHeaders = {{"Authorization", "Bearer $TOKEN"},
        {"Content-Type", "application/x-www-form-urlencoded"}, {"X-Note", "it's \"quoted\" $HOME `id`"},
        {"Content-Length", "12"}, {"Cookie", "[redacted]"}};
    form.requestBody = "a=it's&b=$HOME";
    const QString formCommand = ActivityLog::curlCommand(form);
    QVERIFY2(!formCommand.contains(u"Content-Length"_s), qPrintable(formCommand));
    QVERIFY2(!formCommand.contains(u"Cookie"_s), qPrintable(formCommand));
    const QByteArray formArgs = runShell(fakeCurl + formCommand, "tok123");
    QCOMPARE(formArgs,
        QByteArray("<-sS>\n<-X>\n<POST>\n<http://127.0.0.1:5210/x?q=O%27Brien&token=abc>\n<-H>\n"
                   "<Authorization: Bearer tok123>\n<-H>\n<Content-Type: application/x-www-form-urlencoded>\n"
                   "<-H>\n<X-Note: it's \"quoted\" $HOME `id`>\n<--data-binary>\n<a=it's&b=$HOME>\n"));

    ActivityEntry json;
    json.method = "PUT";
    json.url = QUrl(u"http://127.0.0.1:5210/y"_s);
    json.requestHeaders = {{"Content-Type", "application/json"}};
    json.requestBody = "{\"name\": \"O'Brien $HOME\"}";
    const QString jsonCommand = ActivityLog::curlCommand(json);
    QVERIFY2(jsonCommand.contains(u"<<'EOF'"_s), qPrintable(jsonCommand));
    QCOMPARE(runShell(fakeCurl + jsonCommand),
        QByteArray("<-sS>\n<-X>\n<PUT>\n<http://127.0.0.1:5210/y>\n<-H>\n<Content-Type: application/json>\n"
                   "<--data-binary>\n<@->\n{\"name\": \"O'Brien $HOME\"}\n"));
}

void TestActivityLog::curlCommandRepeatsARealGet()
{
    const QByteArray token = m_sandbox->vendorToken();
    const auto sent = sendLogged(*m_sandbox,
        Altinn::ApiRequest::get(
            QUrl(m_sandbox->baseUrl().toString() + u"authentication/api/v1/systemregister/vendor"_s),
            SandboxHarness::allVendorScopes()),
        token);
    QVERIFY(sent);
    QCOMPARE(sent->response.status, 200);
    const QString command = ActivityLog::curlCommand(sent->entry);
    QVERIFY2(!command.contains(QString::fromLatin1(token)), qPrintable(command));
    QVERIFY2(command.contains(u"\"Authorization: Bearer $TOKEN\""_s), qPrintable(command));

    const QByteArray output = runShell(command + u" -w '\\n%{http_code}'"_s, token);
    const qsizetype lastLine = output.lastIndexOf('\n');
    QVERIFY2(lastLine >= 0, output.constData());
    QCOMPARE(output.mid(lastLine + 1), QByteArray("200"));
    QCOMPARE(output.left(lastLine), sent->response.body);
    // Without the token the same command is refused: the token really comes from $TOKEN.
    const QByteArray refused = runShell(command + u" -o /dev/null -w '%{http_code}'"_s, "not-a-token");
    QCOMPARE(refused, QByteArray("401"));
}

void TestActivityLog::curlCommandRepeatsARealPost()
{
    const QByteArray token = m_sandbox->vendorToken();
    const QString systemId = SandboxHarness::VendorOrg + u"_activitylog"_s;
    QCOMPARE(
        m_sandbox->post(u"authentication/api/v1/systemregister/vendor"_s, systemJson(systemId), token).status,
        200);
    const QJsonObject request{{u"systemId"_s, systemId}, {u"partyOrgNo"_s, u"310904473"_s},
        {u"rights"_s, systemJson(systemId).value(u"rights"_s)}};
    const auto sent = sendLogged(*m_sandbox,
        Altinn::ApiRequest::postJson(
            QUrl(m_sandbox->baseUrl().toString() + u"authentication/api/v1/systemuser/request/vendor"_s),
            QJsonDocument(request).toJson(QJsonDocument::Indented), SandboxHarness::allVendorScopes()),
        token);
    QVERIFY(sent);
    QCOMPARE(sent->response.status, 201);
    const QString id = sent->response.json().object().value(u"id"_s).toString();

    // Posting the same request again answers the existing one (200): the body and token arrived intact.
    const QByteArray output = runShell(
        ActivityLog::curlCommand(sent->entry).replace(u"curl -sS"_s, u"curl -sS -w '\\n%{http_code}\\n'"_s),
        token);
    QVERIFY2(output.endsWith("\n200\n"), output.constData());
    QCOMPARE(
        QJsonDocument::fromJson(output.left(output.indexOf('\n'))).object().value(u"id"_s).toString(), id);
}

void TestActivityLog::supportBundleHoldsNoSecret()
{
    ActivityLog log;
    const QString base = m_sandbox->baseUrl().toString();
    const RsaKey key = RsaKey::generate(2048);
    const auto registered = m_sandbox->post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s, QJsonArray::fromStringList(SandboxHarness::allVendorScopes())},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{key.publicJwk(u"log-key"_s)}}}}});
    QCOMPARE(registered.status, 201);
    const QString clientId = registered.object().value(u"clientId"_s).toString();

    // 1. The Maskinporten token request: a grant goes out, an access token comes back.
    QNetworkAccessManager network;
    MaskinportenTokenClient tokenClient(&network, QUrl(base + u"token"_s));
    tokenClient.setActivityLog(&log);
    std::optional<MaskinportenTokenClient::Result> vendor;
    tokenClient.requestToken(GrantRequest{base, clientId, SandboxHarness::allVendorScopes(), {}, {}, {}, 120},
        SigningIdentity{key, u"log-key"_s, {}, RsaKey::Algorithm::RS256},
        [&vendor](const auto &result) { vendor = result; });
    QVERIFY(QTest::qWaitFor([&vendor] { return vendor.has_value(); }, 10000));
    QVERIFY(vendor->ok());
    const QByteArray accessToken = vendor->token->accessToken;

    // 2. An Altinn call with it, through the transport.
    FixedTokenSource tokens(accessToken);
    Altinn::ApiTransport transport(&network, Altinn::Environment::sandbox(m_sandbox->baseUrl()));
    transport.setTokenSource(&tokens);
    transport.setActivityLog(&log);
    std::optional<Altinn::ApiResponse> listed;
    transport.send(Altinn::ApiRequest::get(QUrl(base + u"authentication/api/v1/systemregister/vendor"_s),
                       SandboxHarness::allVendorScopes()),
        [&listed](const Altinn::ApiResponse &response) { listed = response; });
    QVERIFY(QTest::qWaitFor([&listed] { return listed.has_value(); }, 10000));
    QCOMPARE(listed->status, 200);

    // 3. The token exchange: the answer is the bare Altinn JWT.
    AltinnTokenExchange exchange(&network, m_sandbox->baseUrl());
    exchange.setActivityLog(&log);
    std::optional<AltinnTokenExchange::Result> exchanged;
    exchange.exchange(accessToken, [&exchanged](const auto &result) { exchanged = result; });
    QVERIFY(QTest::qWaitFor([&exchanged] { return exchanged.has_value(); }, 10000));
    QVERIFY(exchanged->ok());

    const auto entries = log.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).method, QByteArray("POST"));
    QVERIFY2(
        entries.at(0).requestBody.contains("assertion=[redacted]"), entries.at(0).requestBody.constData());
    QCOMPARE(QJsonDocument::fromJson(entries.at(0).responseBody).object().value(u"access_token"_s).toString(),
        u"[redacted]"_s);
    QCOMPARE(entries.at(2).responseBody, QByteArray("[redacted JWT]"));

    const QByteArray bundle = log.supportBundle(u"1.2.3"_s);
    const QJsonObject object = QJsonDocument::fromJson(bundle).object();
    QCOMPARE(object.value(u"version"_s).toString(), u"1.2.3"_s);
    QVERIFY(!object.value(u"os"_s).toString().isEmpty());
    QCOMPARE(object.value(u"qt"_s).toString(), QString::fromLatin1(qVersion()));
    QVERIFY(object.contains(u"app"_s));
    QVERIFY(QDateTime::fromString(object.value(u"createdAt"_s).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(object.value(u"entries"_s).toArray().size(), 3);
    QCOMPARE(object.value(u"entries"_s)[1][u"status"_s].toInt(), 200);

    QVERIFY2(!Redaction::containsSecret(bundle), bundle.constData());
    QVERIFY(!bundle.contains(accessToken));
    QVERIFY(!bundle.contains(exchanged->altinnToken));
    QVERIFY(!bundle.contains(accessToken.split('.').value(2))); // not even the signature
    for (const ActivityEntry &entry : entries) {
        const QByteArray command = ActivityLog::curlCommand(entry).toUtf8();
        QVERIFY2(!Redaction::containsSecret(command), command.constData());
        QVERIFY(!command.contains(accessToken));
    }
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "TestActivityLog.moc"
