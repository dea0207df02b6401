#include "auth/Base64Url.h"
#include "auth/RsaKey.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRsaKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatesKeysOfTheRequestedSize_data();
    void generatesKeysOfTheRequestedSize();
    void refusesKeysSmallerThan2048();
    void publicJwkHasTheMembersThePortalExpects();
    void thumbprintMatchesRfc7638Example();
    void jwksAndSuggestedKidAreReadyForThePortal();
    void pemRoundTripKeepsTheKey();
    void rejectsWhatIsNotAnRsaKey_data();
    void rejectsWhatIsNotAnRsaKey();
    void signaturesVerifyOnlyWithTheMatchingKeyAndAlgorithm();

private:
    RsaKey m_key; ///< generated once: 2048-bit generation takes tens of milliseconds
};

void TestRsaKey::initTestCase()
{
    m_key = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull());
}

void TestRsaKey::generatesKeysOfTheRequestedSize_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("2048") << 2048;
    QTest::newRow("3072") << 3072;
}

void TestRsaKey::generatesKeysOfTheRequestedSize()
{
    QFETCH(int, bits);
    const RsaKey key = bits == 2048 ? m_key : RsaKey::generate(bits);
    QCOMPARE(key.bits(), bits);
    QVERIFY(key.hasPrivateKey());
}

void TestRsaKey::refusesKeysSmallerThan2048()
{
    QVERIFY(RsaKey::generate(1024).isNull());
}

void TestRsaKey::publicJwkHasTheMembersThePortalExpects()
{
    const QJsonObject jwk = m_key.publicJwk(u"acme-2026-01"_s);
    QCOMPARE(jwk.value(u"kty"_s).toString(), u"RSA"_s);
    QCOMPARE(jwk.value(u"e"_s).toString(), u"AQAB"_s);
    QCOMPARE(jwk.value(u"kid"_s).toString(), u"acme-2026-01"_s);
    QCOMPARE(jwk.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
    const auto modulus = Base64Url::decode(jwk.value(u"n"_s).toString().toLatin1());
    QVERIFY(modulus);
    QCOMPARE(modulus->size(), 256); // 2048 bits, big-endian, no leading zero byte
    QVERIFY(modulus->at(0) != 0);
    QVERIFY(!jwk.contains(u"d"_s)); // never the private exponent
    QVERIFY(!jwk.value(u"n"_s).toString().contains(u'='));
}

void TestRsaKey::thumbprintMatchesRfc7638Example()
{
    // RFC 7638 §3.1: the example key and its SHA-256 thumbprint.
    const QJsonObject jwk{
        {u"kty"_s, u"RSA"_s},
        {u"n"_s,
            u"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
            u"BJECPebWKRXjBZCi"
            "FV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
            "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb"
            "9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_"
            "xBniIqbw0Ls"
            "1jF44-csFCur-kEgU8awapJzKnqDKgw"_s},
        {u"e"_s, u"AQAB"_s},
        {u"alg"_s, u"RS256"_s},
        {u"kid"_s, u"2011-04-29"_s},
    };
    const RsaKey key = RsaKey::fromPublicJwk(jwk);
    QVERIFY(!key.isNull());
    QVERIFY(!key.hasPrivateKey());
    QCOMPARE(key.thumbprint(), u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s);
    // Export gives back the same n and e.
    QCOMPARE(key.publicJwk().value(u"n"_s), jwk.value(u"n"_s));
}

void TestRsaKey::jwksAndSuggestedKidAreReadyForThePortal()
{
    const QJsonObject jwks = m_key.publicJwks(u"k1"_s);
    QCOMPARE(jwks.value(u"keys"_s).toArray().size(), 1);
    QCOMPARE(jwks.value(u"keys"_s).toArray().first().toObject(), m_key.publicJwk(u"k1"_s));
    QCOMPARE(
        RsaKey::suggestKid(u"991825827"_s, u"TT02"_s, QDate(2026, 11, 23)), u"991825827-tt02-2026-11-23"_s);
    QCOMPARE(RsaKey::suggestKid(u"991825827"_s, u"my env/2"_s, QDate(2026, 1, 2)),
        u"991825827-my-env-2-2026-01-02"_s);
}

void TestRsaKey::pemRoundTripKeepsTheKey()
{
    const QByteArray privatePem = m_key.privatePkcs8Pem();
    QVERIFY(privatePem.startsWith("-----BEGIN"));
    QVERIFY(!privatePem.contains("RSA PRIVATE")); // PKCS#8, not the PKCS#1 "RSA" label
    const RsaKey reloaded = RsaKey::fromPem(privatePem);
    QVERIFY(reloaded.hasPrivateKey());
    QCOMPARE(reloaded.thumbprint(), m_key.thumbprint());

    const QByteArray publicPem = m_key.publicPem();
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    const RsaKey publicOnly = RsaKey::fromPem(publicPem);
    QVERIFY(!publicOnly.isNull());
    QVERIFY(!publicOnly.hasPrivateKey());
    QVERIFY(publicOnly.privatePkcs8Pem().isEmpty());
    QCOMPARE(publicOnly.thumbprint(), m_key.thumbprint());
}

void TestRsaKey::rejectsWhatIsNotAnRsaKey_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello");
    QTest::newRow("truncated pem") << m_key.privatePkcs8Pem().left(120);
}

void TestRsaKey::rejectsWhatIsNotAnRsaKey()
{
    QFETCH(QByteArray, input);
    QVERIFY(RsaKey::fromPem(input).isNull());
    QVERIFY(RsaKey::fromPublicJwk({{u"kty"_s, u"EC"_s}, {u"crv"_s, u"P-256"_s}}).isNull());
    QVERIFY(RsaKey::fromPublicJwk({{u"kty"_s, u"RSA"_s}, {u"n"_s, u"***"_s}, {u"e"_s, u"AQAB"_s}}).isNull());
}

void TestRsaKey::signaturesVerifyOnlyWithTheMatchingKeyAndAlgorithm()
{
    const QByteArray data = "header.payload";
    const RsaKey other = RsaKey::generate(2048);
    for (const auto algorithm :
        {RsaKey::Algorithm::RS256, RsaKey::Algorithm::RS384, RsaKey::Algorithm::RS512}) {
        const QByteArray signature = m_key.sign(algorithm, data);
        QCOMPARE(signature.size(), 256);
        QVERIFY(m_key.verify(algorithm, data, signature));
        QVERIFY(RsaKey::fromPublicJwk(m_key.publicJwk()).verify(algorithm, data, signature));
        QVERIFY(!other.verify(algorithm, data, signature));
        QVERIFY(!m_key.verify(algorithm, "header.payloaD", signature));
    }
    QVERIFY(!m_key.verify(RsaKey::Algorithm::RS384, data, m_key.sign(RsaKey::Algorithm::RS256, data)));
    QVERIFY(RsaKey::fromPublicJwk(m_key.publicJwk()).sign(RsaKey::Algorithm::RS256, data).isEmpty());
}

QTEST_GUILESS_MAIN(TestRsaKey)
#include "TestRsaKey.moc"
