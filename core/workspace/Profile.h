#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * A vendor profile: who the vendor is in one environment and how it authenticates. Saved as JSON
 * (never any secret: the private key lives in the SecretStore under `keychainKey()`).
 */
struct Profile
{
    QString id; ///< stable slug, e.g. "acme-tt02"; names keychain entries and draft folders
    QString name; ///< shown to the user
    QString environment = QStringLiteral("sandbox"); ///< Environment::id(): sandbox, tt02, prod, custom
    QUrl customBaseUrl; ///< for environment "custom"
    QString vendorOrgNumber;
    QString vendorName; ///< from the register when known
    QString clientId; ///< Maskinporten client id (UUID)
    /// ID-porten client id of an integration registered at Digdir (TT02, production; docs/id-porten.md#tt02);
    /// empty on the sandbox, where the tool registers its own.
    QString idportenClientId;
    QStringList scopes; ///< extra scopes for system user tokens (the Altinn vendor scopes are implied)
    // The key (public facts only).
    QString kid;
    QString keyAlgorithm = QStringLiteral("RS256");
    int keyBits = 0; ///< 0 = no key yet
    QString keyThumbprint; ///< RFC 7638
    bool keyPersistent = true; ///< false: "keep for this run only" (memory), never in the keychain
    QList<QByteArray> certificateChain; ///< DER, leaf first, when the key came from a business certificate
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasKey() const { return keyBits > 0 && !kid.isEmpty(); }
    /// SecretStore::keyFor(id, environment, kid).
    QString keychainKey() const;

    static Profile fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    /// A slug from @p name ("Acme AS (TT02)" → "acme-as-tt02"), unique among @p taken.
    static QString makeId(const QString &name, const QStringList &taken);

    friend bool operator==(const Profile &, const Profile &) = default;
};
