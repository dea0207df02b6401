#include "auth/Base64Url.h"
#include "auth/Jws.h"
#include "auth/MaskinportenGrant.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMaskinportenGrant final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vendorGrantHasExactlyTheDocumentedClaims();
    void systemUserGrantNamesTheCustomer();
    void lifetimeIsCappedAt120Seconds();
    void jtiIsAFreshUuidV4();
    void headerNamesKidOrCarriesTheCertificateChain();
    void signedGrantVerifies();
    void independentJoseLibraryAcceptsTheGrant();
    void cacheKeyIgnoresScopeOrderButNotCustomer();

private:
    GrantRequest systemUserRequest() const;
    RsaKey m_key;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
};

void TestMaskinportenGrant::initTestCase()
{
    m_key = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull());
}

GrantRequest TestMaskinportenGrant::systemUserRequest() const
{
    GrantRequest request;
    request.audience = u"https://test.maskinporten.no/"_s;
    request.clientId = u"3f1c0d2e-0000-4000-8000-000000000001"_s;
    request.scopes = {u"skatteetaten:some.scope"_s};
    request.systemUserOrg = u"310904473"_s;
    request.externalRef = u"customer-42"_s;
    return request;
}

void TestMaskinportenGrant::vendorGrantHasExactlyTheDocumentedClaims()
{
    GrantRequest request;
    request.audience = u"https://test.maskinporten.no/"_s;
    request.clientId = u"3f1c0d2e-0000-4000-8000-000000000001"_s;
    request.scopes = {
        u"altinn:authentication/systemregister.write"_s, u"altinn:authentication/systemuser.request.write"_s};
    const QJsonObject claims = MaskinportenGrant::claims(request, m_now, u"jti-1"_s);
    QCOMPARE(claims,
        (QJsonObject{{u"aud"_s, u"https://test.maskinporten.no/"_s},
            {u"iss"_s, u"3f1c0d2e-0000-4000-8000-000000000001"_s},
            {u"scope"_s,
                u"altinn:authentication/systemregister.write altinn:authentication/systemuser.request.write"_s},
            {u"iat"_s, 1767225600}, {u"exp"_s, 1767225720}, {u"jti"_s, u"jti-1"_s}}));
}

void TestMaskinportenGrant::systemUserGrantNamesTheCustomer()
{
    const QJsonObject claims = MaskinportenGrant::claims(systemUserRequest(), m_now, u"j"_s);
    const QJsonArray details = claims.value(u"authorization_details"_s).toArray();
    QCOMPARE(details.size(), 1); // exactly one customer per request
    const QJsonObject entry = details.first().toObject();
    QCOMPARE(entry,
        (QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s},
            {u"systemuser_org"_s,
                QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s}, {u"ID"_s, u"0192:310904473"_s}}},
            {u"externalRef"_s, u"customer-42"_s}}));
    QVERIFY(!claims.contains(u"sub"_s));

    GrantRequest withoutRef = systemUserRequest();
    withoutRef.externalRef.clear();
    const QJsonObject noRef = MaskinportenGrant::claims(withoutRef, m_now, u"j"_s)
                                  .value(u"authorization_details"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QVERIFY(!noRef.contains(u"externalRef"_s)); // left out, so Altinn defaults it to the customer org
}

void TestMaskinportenGrant::lifetimeIsCappedAt120Seconds()
{
    GrantRequest request = systemUserRequest();
    request.lifetimeSeconds = 600;
    const QJsonObject claims = MaskinportenGrant::claims(request, m_now, u"j"_s);
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 120);
}

void TestMaskinportenGrant::jtiIsAFreshUuidV4()
{
    static const QRegularExpression uuidV4(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString jti = MaskinportenGrant::newJti();
        QVERIFY2(uuidV4.match(jti).hasMatch(), qPrintable(jti));
        QVERIFY(!seen.contains(jti));
        seen.insert(jti);
    }
}

void TestMaskinportenGrant::headerNamesKidOrCarriesTheCertificateChain()
{
    SigningIdentity identity{m_key, u"acme-2026-01"_s, {}, RsaKey::Algorithm::RS256};
    QCOMPARE(MaskinportenGrant::header(identity), (QJsonObject{{u"kid"_s, u"acme-2026-01"_s}}));

    identity.certificateChain = {
        QByteArray("\x30\x82\x01\x0a\xff", 5), QByteArray("\x30\x03\x02\x01\x01", 5)};
    const QJsonObject header = MaskinportenGrant::header(identity);
    QVERIFY(!header.contains(u"kid"_s));
    const QJsonArray x5c = header.value(u"x5c"_s).toArray(); // an array, leaf first
    QCOMPARE(x5c.size(), 2);
    QCOMPARE(x5c.at(0).toString(), u"MIIBCv8="_s); // standard base64 with padding, not base64url
}

void TestMaskinportenGrant::signedGrantVerifies()
{
    const SigningIdentity identity{m_key, u"k1"_s, {}, RsaKey::Algorithm::RS384};
    const QByteArray grant = MaskinportenGrant::sign(systemUserRequest(), identity, m_now);
    const auto decoded = Jws::decode(grant);
    QVERIFY(decoded);
    QCOMPARE(decoded->header.value(u"alg"_s).toString(), u"RS384"_s);
    QCOMPARE(decoded->header.value(u"kid"_s).toString(), u"k1"_s);
    QVERIFY(Jws::verify(*decoded, RsaKey::fromPublicJwk(m_key.publicJwk())));
    QVERIFY(MaskinportenGrant::sign(systemUserRequest(), identity, m_now) != grant); // fresh jti each time
}

void TestMaskinportenGrant::independentJoseLibraryAcceptsTheGrant()
{
    // Debian's python3-jwt (PyJWT) checks signature, header and claims — not our code.
    const QString python = u"/usr/bin/python3"_s;
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import jwt, cryptography"_s});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
        QSKIP("python3-jwt is not installed (scripts/install-deps installs it)");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray grant = MaskinportenGrant::sign(systemUserRequest(), {m_key, u"k1"_s, {}, {}}, now);
    QTemporaryDir directory;
    QFile key(directory.filePath(u"public.pem"_s));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(m_key.publicPem());
    key.close();

    const QString script = uR"(
import json, sys, jwt
token, key_path = sys.argv[1], sys.argv[2]
header = jwt.get_unverified_header(token)
claims = jwt.decode(token, open(key_path).read(), algorithms=["RS256"],
                    audience="https://test.maskinporten.no/", issuer="3f1c0d2e-0000-4000-8000-000000000001",
                    options={"require": ["exp", "iat", "jti", "aud", "iss"]})
assert header["kid"] == "k1" and header["alg"] == "RS256", header
assert claims["exp"] - claims["iat"] == 120, claims
details = claims["authorization_details"][0]
assert details["systemuser_org"]["ID"] == "0192:310904473", details
print("ok")
)"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script, QString::fromLatin1(grant), key.fileName()});
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("ok"));
}

void TestMaskinportenGrant::cacheKeyIgnoresScopeOrderButNotCustomer()
{
    GrantRequest first = systemUserRequest();
    first.scopes = {u"a"_s, u"b"_s};
    GrantRequest second = first;
    second.scopes = {u"b"_s, u"a"_s};
    QCOMPARE(first.cacheKey(), second.cacheKey());
    second.systemUserOrg = u"313725138"_s;
    QVERIFY(first.cacheKey() != second.cacheKey());
    second = first;
    second.externalRef = u"other"_s;
    QVERIFY(first.cacheKey() != second.cacheKey());
}

QTEST_GUILESS_MAIN(TestMaskinportenGrant)
#include "TestMaskinportenGrant.moc"
