#include "SandboxHarness.h"
#include "altinn/TokenClaimsExplainer.h"
#include "auth/Jws.h"
#include "auth/MaskinportenTokenClient.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::ClaimRow;
using Altinn::TokenClaimsExplainer;

/// The claims table of "Test authentication": readable values and a line of explanation per claim.
class TestTokenClaimsExplainer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Times are written as the chosen language writes dates (Translator sets the default locale).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }
    void explainsARealSandboxSystemUserToken();
    void timesFollowTheChosenLanguage();
    void explainsTheDocumentedTokenLayout();
    void vendorTokenSaysItHasNoSystemUser();
    void countdown();
    void absurdTimesAreShownNotConverted();
    void organisationNumbers();
    void explainsAPersonsTokens();

private:
    static const ClaimRow *row(const QList<ClaimRow> &rows, const QString &claim);
};

const ClaimRow *TestTokenClaimsExplainer::row(const QList<ClaimRow> &rows, const QString &claim)
{
    for (const ClaimRow &candidate : rows) {
        if (candidate.claim == claim)
            return &candidate;
    }
    return nullptr;
}

void TestTokenClaimsExplainer::explainsARealSandboxSystemUserToken()
{
    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    const QString base = sandbox.baseUrl().toString();
    const QString customer = u"310904473"_s;
    const QString systemId = SandboxHarness::VendorOrg + u"_claims"_s;

    // Client, system listing it, an approved request with an externalRef: what a vendor has after onboarding.
    const RsaKey key = RsaKey::generate(2048);
    const auto client = sandbox.post(u"sandbox/maskinporten/clients"_s,
        QJsonObject{{u"orgNo"_s, SandboxHarness::VendorOrg},
            {u"scopes"_s, QJsonArray{u"skatteetaten:demo"_s}},
            {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{key.publicJwk(u"k1"_s)}}}}});
    QCOMPARE(client.status, 201);
    const QString clientId = client.object().value(u"clientId"_s).toString();
    const QJsonObject names{{u"nb"_s, u"Krav"_s}, {u"nn"_s, u"Krav"_s}, {u"en"_s, u"Claims"_s}};
    const QJsonArray rights{QJsonObject{{u"resource"_s,
        QJsonArray{
            QJsonObject{{u"id"_s, u"urn:altinn:resource"_s}, {u"value"_s, u"ske-krav-og-betalinger"_s}}}}}};
    const auto system = sandbox.post(u"authentication/api/v1/systemregister/vendor"_s,
        QJsonObject{{u"id"_s, systemId},
            {u"vendor"_s, QJsonObject{{u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
            {u"name"_s, names}, {u"description"_s, names}, {u"rights"_s, rights},
            {u"clientId"_s, QJsonArray{clientId}}, {u"isVisible"_s, true}},
        sandbox.vendorToken());
    QVERIFY2(system.status == 200, system.body.constData());
    const auto request = sandbox.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, systemId}, {u"partyOrgNo"_s, customer},
            {u"externalRef"_s, u"kunde-4711"_s}, {u"rights"_s, rights}},
        sandbox.vendorToken());
    QVERIFY2(request.status == 201, request.body.constData());
    const QString requestId = request.object().value(u"id"_s).toString();
    QCOMPARE(sandbox.post(u"sandbox/requests/%1/approve"_s.arg(requestId), QJsonObject{}).status, 200);

    QNetworkAccessManager network;
    MaskinportenTokenClient tokens(&network, QUrl(base + u"token"_s));
    std::optional<MaskinportenTokenClient::Result> result;
    tokens.requestToken(
        GrantRequest{base, clientId, {u"skatteetaten:demo"_s}, customer, u"kunde-4711"_s, {}, 120},
        SigningIdentity{key, u"k1"_s, {}, RsaKey::Algorithm::RS256},
        [&result](const MaskinportenTokenClient::Result &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(),
        result->error ? qPrintable(result->error->description) : qPrintable(result->networkError));
    const auto decoded = Jws::decode(result->token->accessToken);
    QVERIFY(decoded);
    const QJsonObject claims = decoded->payload;

    const QList<ClaimRow> rows = TokenClaimsExplainer::rows(claims);
    for (const ClaimRow &claimRow : rows) {
        QVERIFY2(!claimRow.explanation.isEmpty(), qPrintable(claimRow.claim));
        QVERIFY2(!claimRow.value.contains(u"eyJ"_s), qPrintable(claimRow.claim)); // never a token
    }
    QCOMPARE(row(rows, u"iss"_s)->value, base);
    QCOMPARE(row(rows, u"client_id"_s)->value, clientId);
    QCOMPARE(row(rows, u"scope"_s)->value, u"skatteetaten:demo"_s);
    QCOMPARE(row(rows, u"consumer"_s)->value, SandboxHarness::VendorOrg); // the vendor, without "0192:"
    QCOMPARE(row(rows, u"authorization_details.systemuser_id"_s)->value, requestId);
    QCOMPARE(row(rows, u"authorization_details.systemuser_org"_s)->value, customer);
    QCOMPARE(row(rows, u"authorization_details.system_id"_s)->value, systemId);
    QCOMPARE(row(rows, u"token_type"_s)->value, u"Bearer"_s);
    QVERIFY(row(rows, u"jti"_s));
    const QDateTime expires =
        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(claims.value(u"exp"_s).toDouble())).toLocalTime();
    QCOMPARE(row(rows, u"exp"_s)->value, expires.toString(u"dd.MM.yyyy HH:mm:ss"_s));
    QVERIFY(row(rows, u"iat"_s));
    QVERIFY(!row(rows, u"supplier"_s)); // only with consumer_org delegation

    const qint64 left = TokenClaimsExplainer::secondsLeft(claims, QDateTime::currentDateTimeUtc());
    QVERIFY2(left > 60 && left <= 130, QByteArray::number(left).constData());
}

void TestTokenClaimsExplainer::timesFollowTheChosenLanguage()
{
    const QJsonObject claims{{u"exp"_s, 1767225720}};
    const QString local = QDateTime::fromSecsSinceEpoch(1767225720).toLocalTime().toString(u"HH:mm:ss"_s);
    QCOMPARE(row(TokenClaimsExplainer::rows(claims), u"exp"_s)->value,
        QDateTime::fromSecsSinceEpoch(1767225720).toLocalTime().toString(u"dd.MM.yyyy "_s) + local);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto english = TokenClaimsExplainer::rows(claims);
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QCOMPARE(row(english, u"exp"_s)->value,
        QDateTime::fromSecsSinceEpoch(1767225720).toLocalTime().toString(u"dd/MM/yyyy "_s) + local);
}

void TestTokenClaimsExplainer::explainsTheDocumentedTokenLayout()
{
    // The shape of a real TT02 system user token (docs/altinn-behaviour.md#token-claims), with supplier and
    // aud added.
    const QJsonObject claims{
        {u"authorization_details"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s},
                {u"systemuser_org"_s,
                    QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310904473"_s}}},
                {u"systemuser_id"_s, QJsonArray{u"505f8488-3d48-4c15-8e21-35cb9432f815"_s}},
                {u"system_id"_s, u"991825827_smartregnskap"_s}, {u"externalRef"_s, u"kunde-4711"_s}}}},
        {u"scope"_s, u"skatteetaten:a skatteetaten:b"_s}, {u"iss"_s, u"https://test.maskinporten.no/"_s},
        {u"client_amr"_s, u"private_key_jwt"_s}, {u"token_type"_s, u"Bearer"_s}, {u"iat"_s, 1767225600},
        {u"exp"_s, 1767225720}, {u"client_id"_s, u"3f1c0d2e-0000-4000-8000-000000000001"_s},
        {u"jti"_s, u"abc"_s}, {u"aud"_s, u"https://api.example/"_s},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:991825827"_s}}},
        {u"supplier"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:314250052"_s}}}};
    const QList<ClaimRow> rows = TokenClaimsExplainer::rows(claims);
    QStringList order;
    for (const ClaimRow &claimRow : rows)
        order.append(claimRow.claim);
    QCOMPARE(order,
        QStringList({u"iss"_s, u"client_id"_s, u"client_amr"_s, u"scope"_s, u"aud"_s, u"consumer"_s,
            u"supplier"_s, u"authorization_details.systemuser_id"_s,
            u"authorization_details.systemuser_org"_s, u"authorization_details.system_id"_s,
            u"authorization_details.externalRef"_s, u"iat"_s, u"exp"_s, u"jti"_s, u"token_type"_s}));
    QCOMPARE(row(rows, u"scope"_s)->value, u"skatteetaten:a, skatteetaten:b"_s);
    QCOMPARE(row(rows, u"supplier"_s)->value, u"314250052"_s);
    QCOMPARE(row(rows, u"authorization_details.externalRef"_s)->value, u"kunde-4711"_s);
    QCOMPARE(row(rows, u"iat"_s)->value,
        QDateTime::fromSecsSinceEpoch(1767225600).toLocalTime().toString(u"dd.MM.yyyy HH:mm:ss"_s));

    QCOMPARE(TokenClaimsExplainer::secondsLeft(claims, QDateTime::fromSecsSinceEpoch(1767225600)), 120);
    QCOMPARE(TokenClaimsExplainer::secondsLeft(claims, QDateTime::fromSecsSinceEpoch(1767225800)), 0);
}

void TestTokenClaimsExplainer::vendorTokenSaysItHasNoSystemUser()
{
    SandboxHarness sandbox;
    const auto decoded = Jws::decode(sandbox.vendorToken());
    QVERIFY(decoded);
    const QList<ClaimRow> rows = TokenClaimsExplainer::rows(decoded->payload);
    const ClaimRow *details = row(rows, u"authorization_details"_s);
    QVERIFY(details);
    QVERIFY(!details->explanation.isEmpty());
    QVERIFY(!row(rows, u"authorization_details.systemuser_id"_s));
    QCOMPARE(row(rows, u"consumer"_s)->value, SandboxHarness::VendorOrg);
}

void TestTokenClaimsExplainer::countdown()
{
    QCOMPARE(TokenClaimsExplainer::secondsLeft({}, QDateTime::currentDateTimeUtc()), 0);
    QVERIFY(TokenClaimsExplainer::countdownText(105).contains(u"1:45"_s));
    QVERIFY(TokenClaimsExplainer::countdownText(5).contains(u"0:05"_s));
    QVERIFY(!TokenClaimsExplainer::countdownText(0).contains(u"0:00"_s));
}

void TestTokenClaimsExplainer::absurdTimesAreShownNotConverted()
{
    // ±1e308 cannot become an integer (undefined behaviour before JsonNumber); it is shown as sent.
    const QJsonObject claims{{u"iat"_s, -1e308}, {u"exp"_s, 1e308}, {u"nbf"_s, 1e308},
        {u"client_amr"_s, 123.5}, {u"jti"_s, u"j"_s}};
    const QList<ClaimRow> rows = TokenClaimsExplainer::rows(claims);
    QCOMPARE(row(rows, u"exp"_s)->value, u"1e+308 (not a valid time)"_s);
    QCOMPARE(row(rows, u"iat"_s)->value, u"-1e+308 (not a valid time)"_s);
    QCOMPARE(row(rows, u"client_amr"_s)->value, u"123.5"_s);
    // Beyond the year 9999 is not a time either; a fraction of a second is dropped.
    const QList<ClaimRow> late = TokenClaimsExplainer::rows(QJsonObject{{u"exp"_s, 253402300800.0}});
    QCOMPARE(row(late, u"exp"_s)->value, u"253402300800 (not a valid time)"_s);
    const QList<ClaimRow> fraction = TokenClaimsExplainer::rows(QJsonObject{{u"exp"_s, 1767225720.75}});
    QCOMPARE(row(fraction, u"exp"_s)->value,
        QDateTime::fromSecsSinceEpoch(1767225720).toLocalTime().toString(u"dd.MM.yyyy HH:mm:ss"_s));

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600);
    // An exp as far ahead as a number can say: 2^53 seconds, counted without overflow.
    QCOMPARE(TokenClaimsExplainer::secondsLeft(claims, now), (qint64(1) << 53) - 1767225600);
    QCOMPARE(TokenClaimsExplainer::secondsLeft(QJsonObject{{u"exp"_s, -1e308}}, now), 0);
    QCOMPARE(TokenClaimsExplainer::secondsLeft(QJsonObject{{u"exp"_s, u"1767225720"_s}}, now), 0);
}

void TestTokenClaimsExplainer::organisationNumbers()
{
    QCOMPARE(TokenClaimsExplainer::organisationNumber(QJsonValue(u"0192:310904473"_s)), u"310904473"_s);
    QCOMPARE(TokenClaimsExplainer::organisationNumber(QJsonObject{{u"id"_s, u"0192:991825827"_s}}),
        u"991825827"_s);
    QCOMPARE(TokenClaimsExplainer::organisationNumber(QJsonValue(u"310904473"_s)), u"310904473"_s);
}

void TestTokenClaimsExplainer::explainsAPersonsTokens()
{
    // An ID-porten access token (docs/id-porten.md) and the Altinn token exchanged from it.
    const QJsonObject idporten{{u"iss"_s, u"https://test.idporten.no"_s}, {u"client_id"_s, u"idp-client"_s},
        {u"pid"_s, u"24908099411"_s}, {u"acr"_s, u"idporten-loa-substantial"_s},
        {u"amr"_s, QJsonArray{u"TestID"_s}}, {u"scope"_s, u"openid altinn:instances.write"_s},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:991825827"_s}}},
        {u"iat"_s, 1767225600}, {u"exp"_s, 1767225720}};
    QVERIFY(TokenClaimsExplainer::isPersonToken(idporten));
    const QList<ClaimRow> rows = TokenClaimsExplainer::rows(idporten);
    // Only the birth date part of the national identity number is shown.
    QCOMPARE(row(rows, u"pid"_s)->value, u"249080*****"_s);
    QVERIFY(!row(rows, u"pid"_s)->explanation.isEmpty());
    QCOMPARE(row(rows, u"acr"_s)->value, u"idporten-loa-substantial"_s);
    QCOMPARE(row(rows, u"amr"_s)->value, u"TestID"_s);
    QCOMPARE(row(rows, u"scope"_s)->value, u"openid, altinn:instances.write"_s);
    QCOMPARE(row(rows, u"consumer"_s)->value, u"991825827"_s);
    QVERIFY(row(rows, u"client_id"_s)->explanation.contains(u"ID-porten"_s));
    // No "no system user" row: a person's token is not a vendor token.
    QVERIFY(!row(rows, u"authorization_details"_s));
    for (const ClaimRow &each : rows)
        QVERIFY2(!each.value.contains(u"24908099411"_s), qPrintable(each.claim));

    QJsonObject altinn = idporten;
    altinn.insert(u"iss"_s, u"https://platform.tt02.altinn.no/authentication/api/v1/openid/"_s);
    altinn.insert(u"urn:altinn:userid"_s, u"20012345"_s);
    altinn.insert(u"urn:altinn:partyid"_s, 50012345);
    altinn.insert(u"urn:altinn:authlevel"_s, 3);
    const QList<ClaimRow> exchanged = TokenClaimsExplainer::rows(altinn);
    QCOMPARE(row(exchanged, u"urn:altinn:userid"_s)->value, u"20012345"_s);
    QCOMPARE(row(exchanged, u"urn:altinn:partyid"_s)->value, u"50012345"_s);
    QCOMPARE(row(exchanged, u"urn:altinn:authlevel"_s)->value, u"3"_s);
    QVERIFY(row(exchanged, u"iss"_s)->explanation.contains(u"Altinn"_s));
    QVERIFY(row(exchanged, u"iss"_s)->explanation != row(rows, u"iss"_s)->explanation);

    QCOMPARE(TokenClaimsExplainer::maskedPid(u"123"_s), u"***"_s);
    QVERIFY(!TokenClaimsExplainer::isPersonToken(QJsonObject{{u"consumer"_s, u"0192:991825827"_s}}));
}

QTEST_GUILESS_MAIN(TestTokenClaimsExplainer)
#include "TestTokenClaimsExplainer.moc"
