#include "auth/Base64Url.h"
#include "auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The one-time values of a native app's login (RFC 7636, OpenID Connect): shape, randomness, S256.
class TestPkce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifierHasTheRfcShape();
    void challengeIsTheRfcExample();
    void valuesDoNotRepeat();
};

void TestPkce::verifierHasTheRfcShape()
{
    const QByteArray verifier = Pkce::newVerifier();
    // RFC 7636 §4.1: 43 to 128 characters of the unreserved set; 32 bytes give 43.
    QCOMPARE(verifier.size(), 43);
    static const QRegularExpression unreserved(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
    QVERIFY(unreserved.match(QString::fromLatin1(verifier)).hasMatch());
    QCOMPARE(Base64Url::decode(verifier)->size(), Pkce::VerifierBytes);
    const QByteArray challenge = Pkce::challengeS256(verifier);
    QCOMPARE(challenge.size(), 43); // SHA-256, base64url without padding
    QVERIFY(!challenge.contains('='));
}

void TestPkce::challengeIsTheRfcExample()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::valuesDoNotRepeat()
{
    QSet<QByteArray> verifiers;
    QSet<QString> states;
    for (int i = 0; i < 200; ++i) {
        verifiers.insert(Pkce::newVerifier());
        states.insert(Pkce::newState());
        states.insert(Pkce::newNonce());
    }
    QCOMPARE(verifiers.size(), 200);
    QCOMPARE(states.size(), 400);
    // At least 128 bits each, URL-safe: no escaping needed in the authorization URL.
    QCOMPARE(Pkce::newState().size(), 22);
    QVERIFY(!Pkce::newNonce().contains(u'+') && !Pkce::newNonce().contains(u'/'));
}

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
