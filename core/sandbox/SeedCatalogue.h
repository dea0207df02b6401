#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

/**
 * The sandbox's fixed reference data, loaded from the JSON files in resources/sandbox/ (built from catalog.md):
 * resource registry entries, the access package tree with flags and nb/nn/en texts, and the
 * synthetic organisations of the Central Coordinating Register (Enhetsregisteret).
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

    // Resource registry (§10.1)
    /// ServiceResource JSON objects (camelCase) in registry order.
    QJsonArray resources() const;
    std::optional<QJsonObject> resource(const QString &identifier) const; ///< case-insensitive
    /// The resourceType of a resource ("GenericAccessResource", …), empty when unknown.
    QString resourceType(const QString &identifier) const;

    // Access packages (§10.2)
    /// The export tree (area groups → areas → packages) with names in @p language ("nb", "nn", "en").
    QJsonArray accessPackageExport(const QString &language) const;
    /// One PackageDto by URN ("urn:altinn:accesspackage:<code>") in @p language; nullopt when unknown.
    std::optional<QJsonObject> accessPackage(const QString &urn, const QString &language) const;
    std::optional<PackageFlags> packageFlags(const QString &urn) const;
    /// Search hits (see altinn-api.md §10.2) for @p term in @p language.
    QJsonArray searchAccessPackages(const QString &term, const QString &language) const;

    // Central Coordinating Register
    /// The organisation's name, or nullopt when @p orgNo is not in the register.
    std::optional<QString> organisationName(const QString &orgNo) const;
    /// [{"orgNo": "...", "name": "..."}] sorted by org number.
    QJsonArray organisations() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};
