#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class CatalogueAdditions;

/**
 * The sandbox's reference data, loaded from the JSON files in resources/sandbox/ (built by
 * scripts/build-seed-catalogue.py): resource registry entries, the access package tree with flags and
 * nb/nn/en texts, and the synthetic organisations of the Central Coordinating Register (Enhetsregisteret).
 *
 * It can follow a vendor's additions (setAdditions(), docs/sandbox.md#your-own-catalogue): then every
 * answer below is of the seed and the additions together, an addition replacing the seed entry with the
 * same key (resource identifier, package or area URN, area group id, organisation number) in place and new
 * entries following the seed's. The merged catalogue is built once per change of the additions.
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

    /// Answers with @p additions from now on (nullptr: the seed only). They must outlive this catalogue
    /// (SandboxContext passes its state's member, which lives as long as the context).
    void setAdditions(const CatalogueAdditions *additions) { m_additions = additions; }
    /// Changes whenever what this catalogue answers may have changed: 0 for the seed alone, else the
    /// additions' revision. Caches of answers (MetadataApi) are kept per revision.
    quint64 revision() const;

    // Resource registry (docs/altinn-behaviour.md#resource-registry)
    /// The names of the registry's ResourceType enum, in its order.
    static const QStringList &resourceTypes();
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

    // Entries in the shape of the seed files and CatalogueAdditions (nb/nn/en texts), for merging one
    // language of an import into what exists. Keys match exactly (URNs ignoring case); nullopt when unknown.
    std::optional<QJsonObject> areaGroupRecord(const QString &id) const;
    std::optional<QJsonObject> areaRecord(const QString &urn) const;
    std::optional<QJsonObject> packageRecord(const QString &urn) const;
    /// The key of the entity type ("Organisation", "Person") whose key or name in any language is @p name
    /// (ignoring case): how the export's area group `type` ("Organisasjon") is read back.
    std::optional<QString> entityTypeKey(const QString &name) const;
    /// The area group a new area of entity type @p entityTypeKey joins when the import names none: the
    /// first group of that type.
    QString defaultAreaGroup(const QString &entityTypeKey) const;
    /// `hasCompetentAuthority` of the first resource owned by @p orgCode (ignoring case): lets a resource
    /// added with only its owner's code get the owner's number and names.
    std::optional<QJsonObject> owner(const QString &orgCode) const;

private:
    struct Data;
    /// The data answers come from: the seed's, or the seed merged with the additions (built again when
    /// their revision has changed).
    const Data *data() const;

    std::shared_ptr<const Data> m_data; ///< the seed, shared by every catalogue of the process
    const CatalogueAdditions *m_additions = nullptr;
    mutable std::shared_ptr<const Data> m_merged;
    mutable quint64 m_mergedRevision = 0;
};
