#include "auth/KeyImporter.h"

#include "auth/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MinimumBits = 2048;

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

/// Hands the passphrase to OpenSSL's PEM reader; an empty one makes encrypted keys fail.
int passphraseCallback(char *buffer, int size, int, void *userData)
{
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return 0;
    std::copy(passphrase->cbegin(), passphrase->cend(), buffer);
    return static_cast<int>(passphrase->size());
}

/// True when the private half belongs to the public half (n = p·q, d inverts e): a damaged key still
/// parses, but nothing it signs would verify at Maskinporten.
bool isConsistentKeyPair(EVP_PKEY *key)
{
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
    const bool consistent = context && EVP_PKEY_pairwise_check(context) == 1;
    EVP_PKEY_CTX_free(context);
    ERR_clear_error();
    return consistent;
}

KeyImporter::Result checkedKey(EVP_PKEY *raw, KeyImporter::Result result = {})
{
    const auto free = qScopeGuard([raw] { EVP_PKEY_free(raw); });
    if (EVP_PKEY_is_a(raw, "RSA") != 1) {
        result.problem = KeyImporter::Problem::NotRsa;
        return result;
    }
    if (EVP_PKEY_get_bits(raw) < MinimumBits) {
        result.problem = KeyImporter::Problem::TooSmall;
        return result;
    }
    if (!isConsistentKeyPair(raw)) {
        result.problem = KeyImporter::Problem::NotAKey;
        return result;
    }
    // Round-trip through PKCS#8 so RsaKey owns an independent copy.
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), raw, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, static_cast<qsizetype>(size));
    result.key = RsaKey::fromPem(pem);
    pem.fill('\0');
    result.problem = result.key.hasPrivateKey() ? KeyImporter::Problem::None : KeyImporter::Problem::NotAKey;
    return result;
}

std::optional<QByteArray> jwkBytes(const QJsonObject &jwk, const char16_t *name)
{
    const QJsonValue value = jwk.value(QString::fromUtf16(name));
    if (!value.isString())
        return std::nullopt;
    auto bytes = Base64Url::decode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    return bytes;
}

} // namespace

KeyImporter::Result KeyImporter::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    if (pem.trimmed().isEmpty())
        return Result{{}, {}, {}, Problem::Empty};
    const bool encrypted = pem.contains("ENCRYPTED PRIVATE KEY") || pem.contains("Proc-Type: 4,ENCRYPTED");
    if (encrypted && passphrase.isEmpty())
        return Result{{}, {}, {}, Problem::NeedsPassphrase};

    ERR_clear_error();
    BioPtr bio = memoryBio(pem);
    QByteArray secret = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &secret);
    secret.fill('\0');
    ERR_clear_error();
    if (key)
        return checkedKey(key);
    if (encrypted)
        return Result{{}, {}, {}, Problem::WrongPassphrase};
    bio = memoryBio(pem);
    if (EVP_PKEY *publicKey = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)) {
        EVP_PKEY_free(publicKey);
        ERR_clear_error();
        return Result{{}, {}, {}, Problem::PublicKeyOnly};
    }
    ERR_clear_error();
    return Result{{}, {}, {}, Problem::NotAKey};
}

KeyImporter::Result KeyImporter::fromJwk(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result{{}, {}, {}, Problem::MalformedJwk};
    QJsonObject jwk = document.object();
    // A JWKS with one key is accepted too: that is what many tools write.
    if (jwk.value(u"keys"_s).isArray() && jwk.value(u"keys"_s).toArray().size() == 1)
        jwk = jwk.value(u"keys"_s).toArray().first().toObject();

    Result result;
    result.suggestedKid = jwk.value(u"kid"_s).toString();
    const QString type = jwk.value(u"kty"_s).toString();
    if (type == u"EC" || type == u"OKP") {
        result.problem = Problem::NotRsa;
        return result;
    }
    if (type != u"RSA") {
        result.problem = Problem::MalformedJwk;
        return result;
    }
    if (!jwk.contains(u"d"_s)) {
        result.problem = RsaKey::fromPublicJwk(jwk).isNull() ? Problem::MalformedJwk : Problem::PublicKeyOnly;
        return result;
    }

    struct Member
    {
        const char16_t *jwkName;
        const char *paramName;
    };
    // The CRT members are optional in RFC 7518; OpenSSL derives nothing, so require all for speed and safety.
    const Member members[] = {{u"n", OSSL_PKEY_PARAM_RSA_N}, {u"e", OSSL_PKEY_PARAM_RSA_E},
        {u"d", OSSL_PKEY_PARAM_RSA_D}, {u"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {u"q", OSSL_PKEY_PARAM_RSA_FACTOR2}, {u"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {u"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {u"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};

    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    QList<BIGNUM *> numbers;
    const auto cleanup = qScopeGuard([&] {
        for (BIGNUM *number : std::as_const(numbers))
            BN_clear_free(number);
        OSSL_PARAM_BLD_free(builder);
    });
    for (const Member &member : members) {
        auto bytes = jwkBytes(jwk, member.jwkName);
        if (!bytes) {
            result.problem = Problem::MalformedJwk;
            return result;
        }
        BIGNUM *number = BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes->constData()),
            static_cast<int>(bytes->size()), nullptr);
        bytes->fill('\0');
        numbers.append(number);
        if (!number || OSSL_PARAM_BLD_push_BN(builder, member.paramName, number) != 1) {
            result.problem = Problem::MalformedJwk;
            return result;
        }
    }
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    const bool built = params && context && EVP_PKEY_fromdata_init(context) == 1
        && EVP_PKEY_fromdata(context, &key, EVP_PKEY_KEYPAIR, params) == 1;
    OSSL_PARAM_free(params);
    EVP_PKEY_CTX_free(context);
    ERR_clear_error();
    if (!built || !key) {
        result.problem = Problem::MalformedJwk;
        return result;
    }
    return checkedKey(key, result);
}

KeyImporter::Result KeyImporter::fromPkcs12(const QByteArray &der, const QByteArray &password)
{
    if (der.isEmpty())
        return Result{{}, {}, {}, Problem::Empty};
    ERR_clear_error();
    BioPtr bio = memoryBio(der);
    PKCS12 *container = d2i_PKCS12_bio(bio.get(), nullptr);
    if (!container) {
        ERR_clear_error();
        return Result{{}, {}, {}, Problem::NotAKey};
    }
    const auto freeContainer = qScopeGuard([container] { PKCS12_free(container); });
    if (PKCS12_verify_mac(container, password.constData(), static_cast<int>(password.size())) != 1) {
        ERR_clear_error();
        return Result{{}, {}, {}, password.isEmpty() ? Problem::NeedsPassphrase : Problem::WrongPassphrase};
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(container, password.constData(), &key, &certificate, &chain) != 1 || !key) {
        ERR_clear_error();
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
        return Result{{}, {}, {}, Problem::NotAKey};
    }
    Result result;
    const auto appendDer = [&result](X509 *entry) {
        unsigned char *buffer = nullptr;
        const int length = i2d_X509(entry, &buffer);
        if (length > 0)
            result.certificateChain.append(QByteArray(reinterpret_cast<const char *>(buffer), length));
        OPENSSL_free(buffer);
    };
    if (certificate)
        appendDer(certificate); // leaf first, as x5c wants
    for (int i = 0; chain && i < sk_X509_num(chain); ++i)
        appendDer(sk_X509_value(chain, i));
    X509_free(certificate);
    sk_X509_pop_free(chain, X509_free);
    return checkedKey(key, result);
}

KeyImporter::Result KeyImporter::fromFileContents(const QByteArray &contents, const QByteArray &passphrase)
{
    const QByteArray trimmed = contents.trimmed();
    if (trimmed.isEmpty())
        return Result{{}, {}, {}, Problem::Empty};
    if (trimmed.startsWith("-----BEGIN"))
        return fromPem(contents, passphrase);
    if (trimmed.startsWith('{'))
        return fromJwk(trimmed);
    return fromPkcs12(contents, passphrase);
}

QString KeyImporter::message(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The file is empty. Choose the file that holds your private key.");
    case Problem::NotAKey:
        return tr(
            "This is not a private key the wizard can read. Use a PEM file (text that starts with "
            "\"-----BEGIN\"), a JWK file with the private part, or a business certificate (.p12/.pfx).");
    case Problem::NeedsPassphrase:
        return tr("This key is protected by a password. Enter the password and try again.");
    case Problem::WrongPassphrase:
        return tr("The password is not correct for this key. Check it and try again.");
    case Problem::NotRsa:
        return tr("This is not an RSA key. Maskinporten only accepts RSA keys (RS256); generate an RSA key "
                  "instead.");
    case Problem::TooSmall:
        return tr(
            "This RSA key is shorter than 2048 bits, which Maskinporten does not accept. Generate a new key "
            "of 2048 bits or more.");
    case Problem::PublicKeyOnly:
        return tr("This file holds only the public key. To sign requests the wizard needs the private key: "
                  "choose the file you kept when the key was made.");
    case Problem::MalformedJwk:
        return tr(
            "This JWK is incomplete or damaged. A private RSA JWK needs kty, n, e, d, p, q, dp, dq and qi.");
    }
    return {};
}
