#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Altinn {

/// One access package from the metadata export (altinn-api.md §10.2).
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

    static AccessPackageTree fromJson(const QJsonArray &array);
    QJsonArray toJson() const;
};

} // namespace Altinn
