#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

/**
 * The sandbox's fixed reference data, loaded from the JSON files in resources/sandbox/ (built by
 * scripts/build-seed-catalogue.py): resource registry entries, the access package tree with flags and
 * nb/nn/en texts, and the synthetic organisations of the Central Coordinating Register (Enhetsregisteret).
 */
class SeedCatalogue
{
public:
    struct PackageFlags
    {
        bool isDelegable = false;
        bool isAssignable = false;
    };

    /// Loads the embedded catalogue (:/sandbox/…). Never fails for the shipped data; check isValid().
    static SeedCatalogue load();
    bool isValid() const;

    // Resource registry (docs/altinn-behaviour.md#resource-registry)
    /// ServiceResource JSON objects (camelCase) in registry order.
    QJsonArray resources() const;
    std::optional<QJsonObject> resource(const QString &identifier) const; ///< case-insensitive
    /// The resourceType of a resource ("GenericAccessResource", …), empty when unknown.
    QString resourceType(const QString &identifier) const;

    // Access packages (docs/altinn-behaviour.md#access-packages). @p language is "nb", "nn" or "en"; anything
    // else reads as "nb".
    //
    // A package is found the way Altinn's `package/urn/{urnValue}` finds it: a value that starts with
    // neither "urn:" (case-sensitive) nor ':' gets a ':' in front, and the package whose URN ends with the
    // value (case-insensitive) is the answer when exactly one does. So the full URN and the bare code both
    // resolve; for a well-formed URN this is a case-insensitive exact match.

    /// The export tree (area groups → areas → packages) with names in @p language ("nb", "nn", "en").
    QJsonArray accessPackageExport(const QString &language) const;
    /// One PackageDto by URN ("urn:altinn:accesspackage:<code>") in @p language; nullopt when unknown.
    std::optional<QJsonObject> accessPackage(const QString &urn, const QString &language) const;
    std::optional<PackageFlags> packageFlags(const QString &urn) const;
    /**
     * Search hits (see docs/altinn-behaviour.md#access-packages) for @p term in @p language: `{"object":
     * PackageDto, "score": n, "fields": [{"field", "value", "score", "words": [{"content",
     * "lowercaseContent", "isMatch", "score"}]}]}`, best first. An empty term lists every package with score
     * 0. @p typeName, when given, keeps packages of that entity type only ("Organisasjon"/"Organization" or
     * "Person", any case).
     */
    QJsonArray searchAccessPackages(
        const QString &term, const QString &language, const QString &typeName = QString()) const;

    // Central Coordinating Register
    /// The organisation's name, or nullopt when @p orgNo is not in the register.
    std::optional<QString> organisationName(const QString &orgNo) const;
    /// [{"orgNo": "...", "name": "..."}] sorted by org number.
    QJsonArray organisations() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};
