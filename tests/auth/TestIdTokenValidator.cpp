#include "auth/IdTokenValidator.h"
#include "auth/Jws.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Problem = IdTokenValidator::Problem;

/// The checks an ID token must pass before a login is trusted, each one made to fail once.
class TestIdTokenValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsAGoodToken();
    void refusesEachWrongPart_data();
    void refusesEachWrongPart();
    void refusesAnotherKeyAndNone();

private:
    QByteArray token(const QJsonObject &claims, const QString &kid = u"idp-1"_s) const
    {
        return Jws::sign(QJsonObject{{u"kid"_s, kid}}, claims, m_provider);
    }
    QJsonObject goodClaims() const;
    IdTokenValidator::Expectations expected() const;

    RsaKey m_provider;
    QJsonObject m_jwks;
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
};

void TestIdTokenValidator::initTestCase()
{
    m_provider = RsaKey::generate(2048);
    QVERIFY(!m_provider.isNull());
    const RsaKey other = RsaKey::generate(2048);
    m_jwks =
        QJsonObject{{u"keys"_s, QJsonArray{other.publicJwk(u"idp-0"_s), m_provider.publicJwk(u"idp-1"_s)}}};
}

QJsonObject TestIdTokenValidator::goodClaims() const
{
    const qint64 now = m_now.toSecsSinceEpoch();
    return {{u"iss"_s, u"https://test.idporten.no"_s}, {u"aud"_s, u"client-1"_s}, {u"nonce"_s, u"n-1"_s},
        {u"pid"_s, u"24908099411"_s}, {u"iat"_s, now}, {u"exp"_s, now + 120}};
}

IdTokenValidator::Expectations TestIdTokenValidator::expected() const
{
    IdTokenValidator::Expectations expectations;
    expectations.issuer = u"https://test.idporten.no"_s;
    expectations.clientId = u"client-1"_s;
    expectations.nonce = u"n-1"_s;
    expectations.now = m_now;
    return expectations;
}

void TestIdTokenValidator::acceptsAGoodToken()
{
    const auto result = IdTokenValidator::validate(token(goodClaims()), m_jwks, expected());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.claims.value(u"pid"_s).toString(), u"24908099411"_s);
    // An audience list that holds the client, with azp naming it, is fine too.
    QJsonObject listed = goodClaims();
    listed.insert(u"aud"_s, QJsonArray{u"other"_s, u"client-1"_s});
    listed.insert(u"azp"_s, u"client-1"_s);
    QVERIFY(IdTokenValidator::validate(token(listed), m_jwks, expected()).ok());
    // Within the allowed clock skew.
    QJsonObject late = goodClaims();
    late.insert(u"exp"_s, m_now.toSecsSinceEpoch() - 30);
    QVERIFY(IdTokenValidator::validate(token(late), m_jwks, expected()).ok());
    // Issued "later" than now, as after the sandbox's clock travelled: the nonce ties it to this login.
    QJsonObject travelled = goodClaims();
    travelled.insert(u"iat"_s, m_now.toSecsSinceEpoch() + 181 * 86400);
    travelled.insert(u"exp"_s, m_now.toSecsSinceEpoch() + 181 * 86400 + 120);
    QVERIFY(IdTokenValidator::validate(token(travelled), m_jwks, expected()).ok());
}

void TestIdTokenValidator::refusesEachWrongPart_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Problem>("problem");
    const qint64 now = m_now.toSecsSinceEpoch();
    QTest::newRow("iss") << u"iss"_s << QJsonValue(u"https://idporten.no"_s) << Problem::WrongIssuer;
    QTest::newRow("aud") << u"aud"_s << QJsonValue(u"client-2"_s) << Problem::WrongAudience;
    QTest::newRow("aud list") << u"aud"_s << QJsonValue(QJsonArray{u"client-2"_s}) << Problem::WrongAudience;
    QTest::newRow("azp") << u"azp"_s << QJsonValue(u"client-2"_s) << Problem::WrongAudience;
    QTest::newRow("nonce") << u"nonce"_s << QJsonValue(u"n-2"_s) << Problem::WrongNonce;
    QTest::newRow("no nonce") << u"nonce"_s << QJsonValue(QJsonValue::Undefined) << Problem::WrongNonce;
    QTest::newRow("expired") << u"exp"_s << QJsonValue(now - 600) << Problem::Expired;
    QTest::newRow("no exp") << u"exp"_s << QJsonValue(QJsonValue::Undefined) << Problem::Expired;
}

void TestIdTokenValidator::refusesEachWrongPart()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, value);
    QFETCH(Problem, problem);
    QJsonObject claims = goodClaims();
    if (value.isUndefined())
        claims.remove(claim);
    else
        claims.insert(claim, value);
    const auto result = IdTokenValidator::validate(token(claims), m_jwks, expected());
    QCOMPARE(result.problem, problem);
    QVERIFY(!result.ok());
    QVERIFY(!result.detail.isEmpty());
    QVERIFY(!IdTokenValidator::explain(problem).isEmpty());
}

void TestIdTokenValidator::refusesAnotherKeyAndNone()
{
    // Signed by a key of the set, but not the one its kid names.
    QCOMPARE(IdTokenValidator::validate(token(goodClaims(), u"idp-0"_s), m_jwks, expected()).problem,
        Problem::BadSignature);
    QCOMPARE(IdTokenValidator::validate(token(goodClaims(), u"idp-9"_s), m_jwks, expected()).problem,
        Problem::UnknownKey);
    // A signature that does not match the payload.
    QByteArray tampered = token(goodClaims());
    const QList<QByteArray> parts = tampered.split('.');
    QJsonObject changed = goodClaims();
    changed.insert(u"pid"_s, u"07819497634"_s);
    const QByteArray other = token(changed);
    tampered = parts.at(0) + '.' + other.split('.').at(1) + '.' + parts.at(2);
    QCOMPARE(IdTokenValidator::validate(tampered, m_jwks, expected()).problem, Problem::BadSignature);
    // alg "none" and other algorithms never pass.
    const QByteArray none = "eyJhbGciOiJub25lIn0." + other.split('.').at(1) + '.';
    QCOMPARE(IdTokenValidator::validate(none, m_jwks, expected()).problem, Problem::WrongAlgorithm);
    const QByteArray rs512 =
        Jws::sign(QJsonObject{{u"kid"_s, u"idp-1"_s}}, goodClaims(), m_provider, RsaKey::Algorithm::RS512);
    QCOMPARE(IdTokenValidator::validate(rs512, m_jwks, expected()).problem, Problem::WrongAlgorithm);
    QCOMPARE(IdTokenValidator::validate("not.a.jwt", m_jwks, expected()).problem, Problem::Malformed);
}

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "TestIdTokenValidator.moc"
