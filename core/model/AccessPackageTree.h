#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Altinn {

/// One access package from the metadata export (docs/altinn-behaviour.md#access-packages).
struct AccessPackageInfo
{
    QString id;
    QString urn; ///< "urn:altinn:accesspackage:skattnaering"
    QString name; ///< in the language asked for with Accept-Language
    QString description;
    bool isDelegable = false; ///< can go to an agent (client) system user
    bool isAssignable = false; ///< can go to a standard system user

    /// "Client relationship" package: delegable to agents but not assignable (regnskapsfører, revisor, …).
    bool isClientRelationship() const { return isDelegable && !isAssignable; }
    /// The register rejects a package only when both flags are false.
    bool isAcceptedByRegister() const { return isDelegable || isAssignable; }

    /// A PackageDto; its nested `area` and `type` are read by AccessPackageTree::fromSearchHits.
    static AccessPackageInfo fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct AccessPackageArea
{
    QString id;
    QString urn;
    QString name;
    QString description;
    QString iconUrl;
    QList<AccessPackageInfo> packages;
};

struct AccessPackageAreaGroup
{
    QString id;
    QString urn;
    QString name;
    QString description;
    QString type; ///< "Organisasjon", "Person", …
    QList<AccessPackageArea> areas;
};

/// The whole export: area groups → areas → packages.
struct AccessPackageTree
{
    QList<AccessPackageAreaGroup> groups;

    /// Every package, in tree order.
    QList<AccessPackageInfo> packages() const;
    /// The package with @p urn, or nullptr.
    const AccessPackageInfo *find(const QString &urn) const;
    /// The area a package belongs to, or nullptr.
    const AccessPackageArea *areaOf(const QString &urn) const;

    /// The export: an array of area groups.
    static AccessPackageTree fromJson(const QJsonArray &array);
    /**
     * The package search: an array of hits `{"object": PackageDto, "score", "fields"}`. Packages carry
     * their area but not its group, so the tree has one group per package type ("Organisasjon") and,
     * below it, the areas in the order of their best hit.
     */
    static AccessPackageTree fromSearchHits(const QJsonArray &hits);
    QJsonArray toJson() const;
};

} // namespace Altinn
