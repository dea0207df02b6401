// libFuzzer target: tokens and their claims (Jws::decode/verify, TokenClaimsExplainer). The input is read
// twice: as a compact JWS as it is, and as three lines — header JSON, payload JSON, signature bytes — put
// together into a compact JWS, so the fuzzer reaches the claims without having to find base64url itself.

#include "FuzzInput.h"
#include "altinn/TokenClaimsExplainer.h"
#include "auth/Base64Url.h"
#include "auth/Jws.h"
#include "auth/RsaKey.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const RsaKey &verificationKey()
{
    // Made at run time: the corpus holds no key, and no token can be signed by this one.
    static const RsaKey key = RsaKey::generate(2048);
    return key;
}

void explain(const Jws::Decoded &token)
{
    // A fixed "now", so that a crash reproduces.
    static const QDateTime now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
    Altinn::TokenClaimsExplainer::rows(token.payload);
    const qint64 left = Altinn::TokenClaimsExplainer::secondsLeft(token.payload, now);
    FUZZ_CHECK(left >= 0);
    Altinn::TokenClaimsExplainer::countdownText(left);
    Altinn::TokenClaimsExplainer::organisationNumber(token.payload.value(u"consumer"_s));
    Altinn::TokenClaimsExplainer::organisationNumber(token.payload.value(u"supplier"_s));
    const QJsonObject details = Altinn::TokenClaimsExplainer::systemUserDetails(token.payload);
    Altinn::TokenClaimsExplainer::organisationNumber(details.value(u"systemuser_org"_s));
    // A signature nobody made must never verify.
    FUZZ_CHECK(!Jws::verify(token, verificationKey()));
}

bool isJsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    verificationKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    if (const std::optional<Jws::Decoded> token = Jws::decode(input))
        explain(*token);

    const qsizetype firstBreak = input.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : input.indexOf('\n', firstBreak + 1);
    if (secondBreak < 0)
        return 0;
    const QByteArray header = input.left(firstBreak);
    const QByteArray payload = input.mid(firstBreak + 1, secondBreak - firstBreak - 1);
    const QByteArray signature = input.mid(secondBreak + 1);
    const QByteArray compact =
        Base64Url::encode(header) + '.' + Base64Url::encode(payload) + '.' + Base64Url::encode(signature);
    const std::optional<Jws::Decoded> token = Jws::decode(compact);
    // Documented: nullopt only when malformed — two JSON objects and any signature are a JWS.
    FUZZ_CHECK(token.has_value() == (isJsonObject(header) && isJsonObject(payload)));
    if (token) {
        FUZZ_CHECK(token->signature == signature);
        explain(*token);
    }
    return 0;
}
