#pragma once

#include "auth/RsaKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * Reads a private key the user brings: PEM (PKCS#1, PKCS#8, encrypted PKCS#8), a private JWK, or a
 * business certificate (virksomhetssertifikat) in PKCS#12 with its chain. Every bad input gives a
 * Problem and a translated message saying what to do — never a crash.
 */
class KeyImporter
{
    Q_DECLARE_TR_FUNCTIONS(KeyImporter)

public:
    enum class Problem {
        None,
        Empty,
        NotAKey, ///< not PEM, JWK or PKCS#12 we can read
        NeedsPassphrase, ///< encrypted, and no passphrase/password given
        WrongPassphrase,
        NotRsa, ///< e.g. an EC key: Maskinporten only takes RSA
        TooSmall, ///< under 2048 bits
        PublicKeyOnly, ///< a public key where the private key is needed
        MalformedJwk,
    };

    struct Result
    {
        RsaKey key;
        QList<QByteArray> certificateChain; ///< DER, leaf first (PKCS#12 only) — for the x5c header
        QString suggestedKid; ///< from a JWK's "kid", when present
        Problem problem = Problem::None;

        bool ok() const { return problem == Problem::None; }
    };

    static Result fromPem(const QByteArray &pem, const QByteArray &passphrase = {});
    static Result fromJwk(const QByteArray &json);
    static Result fromPkcs12(const QByteArray &der, const QByteArray &password);
    /// Detects the format from the contents (PEM text, JSON, or binary PKCS#12).
    static Result fromFileContents(const QByteArray &contents, const QByteArray &passphrase = {});

    static QString message(Problem problem);
};
