#include "auth/RsaKey.h"

#include "auth/Base64Url.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T, void (*Free)(T *)> struct OpenSslDeleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM, OSSL_PARAM_free>>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

const EVP_MD *digestFor(RsaKey::Algorithm algorithm)
{
    switch (algorithm) {
    case RsaKey::Algorithm::RS256:
        return EVP_sha256();
    case RsaKey::Algorithm::RS384:
        return EVP_sha384();
    case RsaKey::Algorithm::RS512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

QByteArray bignumBytes(const BIGNUM *number)
{
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes; // big-endian, no leading zero bytes (RFC 7518 §6.3.1)
}

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BnPtr number(raw);
    return bignumBytes(number.get());
}

} // namespace

RsaKey::RsaKey(std::shared_ptr<evp_pkey_st> key, bool hasPrivate)
    : m_key(std::move(key))
    , m_hasPrivate(hasPrivate)
{ }

RsaKey RsaKey::generate(int bits)
{
    if (bits < 2048)
        return {};
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!key)
        return {};
    return RsaKey(adopt(key), true);
}

RsaKey RsaKey::fromPublicJwk(const QJsonObject &jwk)
{
    if (jwk.value(u"kty"_s).toString() != u"RSA")
        return {};
    const auto modulus = Base64Url::decode(jwk.value(u"n"_s).toString().toLatin1());
    const auto exponent = Base64Url::decode(jwk.value(u"e"_s).toString().toLatin1());
    if (!modulus || !exponent || modulus->isEmpty() || exponent->isEmpty())
        return {};

    const BnPtr n(BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus->constData()),
        static_cast<int>(modulus->size()), nullptr));
    const BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent->constData()),
        static_cast<int>(exponent->size()), nullptr));
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return {};
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return RsaKey(adopt(key), false);
}

RsaKey RsaKey::fromPem(const QByteArray &pem)
{
    const auto openBio = [&pem] {
        return BioPtr(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    };
    // An empty passphrase callback: encrypted keys fail here instead of prompting on a terminal.
    const auto noPassphrase = [](char *, int, int, void *) -> int {
        return 0;
    };

    BioPtr bio = openBio();
    if (EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr)) {
        if (EVP_PKEY_is_a(key, "RSA") == 1)
            return RsaKey(adopt(key), true);
        EVP_PKEY_free(key);
        return {};
    }
    bio = openBio();
    if (EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr)) {
        if (EVP_PKEY_is_a(key, "RSA") == 1)
            return RsaKey(adopt(key), false);
        EVP_PKEY_free(key);
    }
    return {};
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QJsonObject RsaKey::publicJwk(const QString &kid, const QString &alg, const QString &use) const
{
    if (!m_key)
        return {};
    QJsonObject jwk{
        {u"kty"_s, u"RSA"_s},
        {u"n"_s, QString::fromLatin1(Base64Url::encode(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)))},
        {u"e"_s, QString::fromLatin1(Base64Url::encode(bignumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)))},
    };
    if (!kid.isEmpty())
        jwk.insert(u"kid"_s, kid);
    if (!alg.isEmpty())
        jwk.insert(u"alg"_s, alg);
    if (!use.isEmpty())
        jwk.insert(u"use"_s, use);
    return jwk;
}

QJsonObject RsaKey::publicJwks(const QString &kid) const
{
    return {{u"keys"_s, QJsonArray{publicJwk(kid)}}};
}

QString RsaKey::suggestKid(const QString &vendorOrgNumber, const QString &environment, const QDate &date)
{
    QString kid = vendorOrgNumber + u'-' + environment.toLower() + u'-' + date.toString(Qt::ISODate);
    // Keep it to characters every portal and header accepts.
    kid.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"-"_s);
    return kid;
}

QByteArray RsaKey::publicPem() const
{
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return readBio(bio.get());
}

QByteArray RsaKey::privatePkcs8Pem() const
{
    if (!m_key || !m_hasPrivate)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return readBio(bio.get());
}

QString RsaKey::thumbprint() const
{
    const QJsonObject jwk = publicJwk({}, {}, {});
    if (jwk.isEmpty())
        return {};
    // RFC 7638: the required members in lexicographic order, no whitespace.
    const QByteArray canonical = "{\"e\":\"" + jwk.value(u"e"_s).toString().toLatin1()
        + "\",\"kty\":\"RSA\",\"n\":\"" + jwk.value(u"n"_s).toString().toLatin1() + "\"}";
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QByteArray RsaKey::sign(Algorithm algorithm, const QByteArray &data) const
{
    if (!m_key || !m_hasPrivate)
        return {};
    const MdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    const auto inputSize = static_cast<size_t>(data.size());
    if (!context
        || EVP_DigestSignInit(context.get(), nullptr, digestFor(algorithm), nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, input, inputSize) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(
            context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input, inputSize)
        != 1)
        return {};
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool RsaKey::verify(Algorithm algorithm, const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key)
        return false;
    const MdCtxPtr context(EVP_MD_CTX_new());
    return context
        && EVP_DigestVerifyInit(context.get(), nullptr, digestFor(algorithm), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               static_cast<size_t>(signature.size()),
               reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()))
        == 1;
}

QString RsaKey::algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RS256:
        return u"RS256"_s;
    case Algorithm::RS384:
        return u"RS384"_s;
    case Algorithm::RS512:
        return u"RS512"_s;
    }
    return u"RS256"_s;
}

std::optional<RsaKey::Algorithm> RsaKey::algorithmFromName(QStringView name)
{
    if (name == u"RS256")
        return Algorithm::RS256;
    if (name == u"RS384")
        return Algorithm::RS384;
    if (name == u"RS512")
        return Algorithm::RS512;
    return std::nullopt;
}
