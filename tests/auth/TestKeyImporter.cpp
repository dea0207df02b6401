#include "auth/Base64Url.h"
#include "auth/KeyImporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;

/// Every format a vendor may bring their key in, made at run time with the openssl command.
class TestKeyImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryPrivateKeyFormat_data();
    void readsEveryPrivateKeyFormat();
    void explainsEveryBadInput_data();
    void explainsEveryBadInput();
    void readsBusinessCertificateWithChain();
    void everyProblemHasAMessage();

private:
    QByteArray openssl(const QStringList &arguments, const QString &outputName);
    QByteArray privateJwk() const;

    QTemporaryDir m_directory;
    QString m_openssl;
    RsaKey m_key;
};

void TestKeyImporter::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty())
        QSKIP("openssl command not installed (scripts/install-deps installs it)");
    m_key = RsaKey::generate(2048);
    QFile file(m_directory.filePath(u"pkcs8.pem"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_key.privatePkcs8Pem());
}

QByteArray TestKeyImporter::openssl(const QStringList &arguments, const QString &outputName)
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "openssl failed:" << arguments << process.readAllStandardError();
        return {};
    }
    QFile output(m_directory.filePath(outputName));
    return output.open(QIODevice::ReadOnly) ? output.readAll() : QByteArray();
}

QByteArray TestKeyImporter::privateJwk() const
{
    // Built straight from OpenSSL's view of the key, independently of the importer.
    const QByteArray pem = m_key.privatePkcs8Pem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QJsonObject jwk{{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"from-jwk"_s}};
    const struct
    {
        const char16_t *name;
        const char *param;
    } members[] = {{u"n", OSSL_PKEY_PARAM_RSA_N}, {u"e", OSSL_PKEY_PARAM_RSA_E},
        {u"d", OSSL_PKEY_PARAM_RSA_D}, {u"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {u"q", OSSL_PKEY_PARAM_RSA_FACTOR2}, {u"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {u"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {u"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    for (const auto &member : members) {
        BIGNUM *number = nullptr;
        EVP_PKEY_get_bn_param(key, member.param, &number);
        QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
        BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(number);
        jwk.insert(QString::fromUtf16(member.name), QString::fromLatin1(Base64Url::encode(bytes)));
    }
    EVP_PKEY_free(key);
    return QJsonDocument(jwk).toJson();
}

void TestKeyImporter::readsEveryPrivateKeyFormat_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("expectedKid");
    QTest::newRow("PKCS#8 PEM") << m_key.privatePkcs8Pem() << QByteArray() << QString();
    QTest::newRow("PKCS#1 PEM") << openssl(
        {u"pkey"_s, u"-in"_s, u"pkcs8.pem"_s, u"-traditional"_s, u"-out"_s, u"pkcs1.pem"_s}, u"pkcs1.pem"_s)
                                << QByteArray() << QString();
    QTest::newRow("encrypted PKCS#8")
        << openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, u"pkcs8.pem"_s, u"-v2"_s, u"aes-256-cbc"_s,
                       u"-passout"_s, u"pass:Hemmelig ord 1"_s, u"-out"_s, u"encrypted.pem"_s},
               u"encrypted.pem"_s)
        << QByteArray("Hemmelig ord 1") << QString();
    QTest::newRow("private JWK") << privateJwk() << QByteArray() << u"from-jwk"_s;
}

void TestKeyImporter::readsEveryPrivateKeyFormat()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expectedKid);
    QVERIFY(!contents.isEmpty());
    const KeyImporter::Result result = KeyImporter::fromFileContents(contents, passphrase);
    QVERIFY2(result.ok(), qPrintable(KeyImporter::message(result.problem)));
    QVERIFY(result.key.hasPrivateKey());
    QCOMPARE(result.key.thumbprint(), m_key.thumbprint());
    QCOMPARE(result.suggestedKid, expectedKid);
    // The imported key signs: Maskinporten grants are all it is for.
    QVERIFY(m_key.verify(RsaKey::Algorithm::RS256, "x", result.key.sign(RsaKey::Algorithm::RS256, "x")));
}

void TestKeyImporter::explainsEveryBadInput_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<KeyImporter::Problem>("problem");

    const QByteArray encrypted =
        openssl({u"pkcs8"_s, u"-topk8"_s, u"-in"_s, u"pkcs8.pem"_s, u"-v2"_s, u"aes-256-cbc"_s, u"-passout"_s,
                    u"pass:riktig"_s, u"-out"_s, u"encrypted2.pem"_s},
            u"encrypted2.pem"_s);
    QTest::newRow("empty") << QByteArray("  \n") << QByteArray() << KeyImporter::Problem::Empty;
    QTest::newRow("text") << QByteArray("hello") << QByteArray() << KeyImporter::Problem::NotAKey;
    QTest::newRow("no passphrase") << encrypted << QByteArray() << KeyImporter::Problem::NeedsPassphrase;
    QTest::newRow("wrong passphrase")
        << encrypted << QByteArray("galt") << KeyImporter::Problem::WrongPassphrase;
    QTest::newRow("EC key") << openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                           u"ec_paramgen_curve:P-256"_s, u"-out"_s, u"ec.pem"_s},
        u"ec.pem"_s) << QByteArray()
                            << KeyImporter::Problem::NotRsa;
    QTest::newRow("1024-bit RSA") << openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s,
                                                 u"rsa_keygen_bits:1024"_s, u"-out"_s, u"small.pem"_s},
        u"small.pem"_s) << QByteArray()
                                  << KeyImporter::Problem::TooSmall;
    QTest::newRow("public PEM") << m_key.publicPem() << QByteArray() << KeyImporter::Problem::PublicKeyOnly;
    QTest::newRow("public JWK") << QJsonDocument(m_key.publicJwk()).toJson() << QByteArray()
                                << KeyImporter::Problem::PublicKeyOnly;
    QTest::newRow("EC JWK") << QByteArray(R"({"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA"})")
                            << QByteArray() << KeyImporter::Problem::NotRsa;
    QJsonObject incomplete = QJsonDocument::fromJson(privateJwk()).object();
    incomplete.remove(u"qi"_s);
    QTest::newRow("JWK without qi") << QJsonDocument(incomplete).toJson() << QByteArray()
                                    << KeyImporter::Problem::MalformedJwk;
    QTest::newRow("JSON that is not a JWK")
        << QByteArray("{\"a\": 1}") << QByteArray() << KeyImporter::Problem::MalformedJwk;
    QTest::newRow("binary garbage") << QByteArray("\x30\x82\x01\x00garbage", 12) << QByteArray()
                                    << KeyImporter::Problem::NotAKey;
}

void TestKeyImporter::explainsEveryBadInput()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, passphrase);
    QFETCH(KeyImporter::Problem, problem);
    const KeyImporter::Result result = KeyImporter::fromFileContents(contents, passphrase);
    QCOMPARE(result.problem, problem);
    QVERIFY(result.key.isNull());
}

void TestKeyImporter::readsBusinessCertificateWithChain()
{
    QVERIFY(!openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, u"pkcs8.pem"_s, u"-subj"_s,
                         u"/CN=Testvirksomhet AS/serialNumber=991825827"_s, u"-days"_s, u"30"_s, u"-out"_s,
                         u"certificate.pem"_s},
        u"certificate.pem"_s)
                 .isEmpty());
    const QByteArray p12 =
        openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, u"pkcs8.pem"_s, u"-in"_s, u"certificate.pem"_s,
                    u"-passout"_s, u"pass:p12-passord"_s, u"-out"_s, u"certificate.p12"_s},
            u"certificate.p12"_s);
    QVERIFY(!p12.isEmpty());

    const KeyImporter::Result result = KeyImporter::fromFileContents(p12, "p12-passord");
    QVERIFY2(result.ok(), qPrintable(KeyImporter::message(result.problem)));
    QCOMPARE(result.key.thumbprint(), m_key.thumbprint());
    QCOMPARE(result.certificateChain.size(), 1);
    QVERIFY(result.certificateChain.first().startsWith('\x30')); // DER SEQUENCE, ready for x5c

    QCOMPARE(KeyImporter::fromPkcs12(p12, "galt").problem, KeyImporter::Problem::WrongPassphrase);
    QCOMPARE(KeyImporter::fromPkcs12(p12, {}).problem, KeyImporter::Problem::NeedsPassphrase);
}

void TestKeyImporter::everyProblemHasAMessage()
{
    for (const auto problem : {KeyImporter::Problem::Empty, KeyImporter::Problem::NotAKey,
             KeyImporter::Problem::NeedsPassphrase, KeyImporter::Problem::WrongPassphrase,
             KeyImporter::Problem::NotRsa, KeyImporter::Problem::TooSmall,
             KeyImporter::Problem::PublicKeyOnly, KeyImporter::Problem::MalformedJwk})
        QVERIFY(!KeyImporter::message(problem).isEmpty());
    QVERIFY(KeyImporter::message(KeyImporter::Problem::None).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyImporter)
#include "TestKeyImporter.moc"
