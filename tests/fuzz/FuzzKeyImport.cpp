// libFuzzer target: a key file the user brings (KeyImporter): PEM (PKCS#1, PKCS#8, encrypted PKCS#8), a
// private JWK, or PKCS#12. The input is the file as it is; encrypted seeds use the passphrase below,
// which the seed script (generate-seeds.py) also uses. No seed holds a private key: the script makes
// them at build time, into the build directory.

#include "FuzzInput.h"
#include "auth/KeyImporter.h"

namespace {
const QByteArray SeedPassphrase = QByteArrayLiteral("fuzzing");
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents = FuzzInput::bytes(data, size);
    const KeyImporter::Result result = KeyImporter::fromFileContents(contents, SeedPassphrase);
    // Documented: every bad input gives a Problem and a message saying what to do.
    FUZZ_CHECK(result.ok() || !KeyImporter::message(result.problem).isEmpty());
    if (result.problem == KeyImporter::Problem::WrongPassphrase
        || result.problem == KeyImporter::Problem::NeedsPassphrase) {
        KeyImporter::fromFileContents(contents, {});
    }
    if (!result.ok())
        return 0;

    // A key that imports is a private RSA key Maskinporten takes, and it signs.
    FUZZ_CHECK(!result.key.isNull());
    FUZZ_CHECK(result.key.hasPrivateKey());
    FUZZ_CHECK(result.key.bits() >= 2048);
    const QByteArray message = QByteArrayLiteral("header.payload");
    const QByteArray signature = result.key.sign(RsaKey::Algorithm::RS256, message);
    FUZZ_CHECK(result.key.verify(RsaKey::Algorithm::RS256, message, signature));

    // What goes into the keychain reads back as the same key.
    const KeyImporter::Result stored = KeyImporter::fromPem(result.key.privatePkcs8Pem());
    FUZZ_CHECK(stored.ok());
    FUZZ_CHECK(stored.key.thumbprint() == result.key.thumbprint());
    result.key.publicJwk(result.suggestedKid);
    return 0;
}
