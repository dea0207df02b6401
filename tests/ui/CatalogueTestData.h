#pragma once

#include "model/AccessPackageTree.h"
#include "model/ServiceResource.h"
#include "sandbox/SeedCatalogue.h"

#include <QJsonArray>
#include <QList>

/// The sandbox's seed catalogue (resources/sandbox/*.json) as the pickers get it from the metadata client.
namespace CatalogueTestData {

inline QList<Altinn::ServiceResource> resources()
{
    QList<Altinn::ServiceResource> result;
    const QJsonArray array = SeedCatalogue::load().resources();
    for (const QJsonValue &value : array)
        result.append(Altinn::ServiceResource::fromJson(value.toObject()));
    return result;
}

inline Altinn::AccessPackageTree accessPackages(const QString &language)
{
    return Altinn::AccessPackageTree::fromJson(SeedCatalogue::load().accessPackageExport(language));
}

} // namespace CatalogueTestData
