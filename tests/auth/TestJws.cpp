#include "auth/Base64Url.h"
#include "auth/Jws.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJws final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signProducesCompactBase64UrlParts();
    void verifiesOwnSignatureAndRejectsTampering();
    void decodeRejectsMalformedTokens_data();
    void decodeRejectsMalformedTokens();
    void opensslAgreesWithOurSignature();

private:
    RsaKey m_key;
};

void TestJws::initTestCase()
{
    m_key = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull());
}

void TestJws::signProducesCompactBase64UrlParts()
{
    const QByteArray token =
        Jws::sign({{u"kid"_s, u"k1"_s}}, {{u"iss"_s, u"client"_s}, {u"exp"_s, 1767225720}}, m_key);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    for (const QByteArray &part : parts) {
        QVERIFY(!part.contains('='));
        QVERIFY(!part.contains('+'));
        QVERIFY(!part.contains('/'));
    }
    const auto decoded = Jws::decode(token);
    QVERIFY(decoded);
    QCOMPARE(decoded->header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(decoded->header.value(u"kid"_s).toString(), u"k1"_s);
    QCOMPARE(decoded->payload.value(u"exp"_s).toInteger(), 1767225720);
}

void TestJws::verifiesOwnSignatureAndRejectsTampering()
{
    const QByteArray token = Jws::sign({}, {{u"scope"_s, u"a b"_s}}, m_key, RsaKey::Algorithm::RS512);
    auto decoded = Jws::decode(token);
    QVERIFY(decoded);
    QCOMPARE(decoded->header.value(u"alg"_s).toString(), u"RS512"_s);
    QVERIFY(Jws::verify(*decoded, m_key));

    // Swap in another payload, keep the signature.
    const QByteArray forgedPayload = Base64Url::encode(R"({"scope":"admin"})");
    const QList<QByteArray> parts = token.split('.');
    const auto forged = Jws::decode(QByteArray(parts.at(0) + '.' + forgedPayload + '.' + parts.at(2)));
    QVERIFY(forged);
    QVERIFY(!Jws::verify(*forged, m_key));

    // "alg": "none" is never accepted.
    decoded->header.insert(u"alg"_s, u"none"_s);
    QVERIFY(!Jws::verify(*decoded, m_key));
}

void TestJws::decodeRejectsMalformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ");
    QTest::newRow("four parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln.eHg");
    QTest::newRow("header not base64url") << QByteArray("e*J.eyJhIjoxfQ.c2ln");
    QTest::newRow("payload not JSON") << QByteArray("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln");
    QTest::newRow("payload JSON array") << QByteArray("eyJhbGciOiJSUzI1NiJ9.WzFd.c2ln");
}

void TestJws::decodeRejectsMalformedTokens()
{
    QFETCH(QByteArray, token);
    QVERIFY(!Jws::decode(token));
}

void TestJws::opensslAgreesWithOurSignature()
{
    // An independent implementation checks our RS256: `openssl dgst -sha256 -verify`.
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl command not installed");
    const QByteArray token =
        Jws::sign({{u"kid"_s, u"k1"_s}}, {{u"aud"_s, u"https://test.maskinporten.no/"_s}}, m_key);
    const qsizetype lastDot = token.lastIndexOf('.');
    QTemporaryDir directory;
    const auto write = [&directory](const QString &name, const QByteArray &data) {
        QFile file(directory.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    QVERIFY(write(u"public.pem"_s, m_key.publicPem()));
    QVERIFY(write(u"input"_s, token.left(lastDot)));
    QVERIFY(write(u"signature"_s, *Base64Url::decode(token.mid(lastDot + 1))));

    QProcess process;
    process.setWorkingDirectory(directory.path());
    process.start(openssl,
        {u"dgst"_s, u"-sha256"_s, u"-verify"_s, u"public.pem"_s, u"-signature"_s, u"signature"_s,
            u"input"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("Verified OK"));
}

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
