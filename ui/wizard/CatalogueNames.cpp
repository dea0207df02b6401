#include "wizard/CatalogueNames.h"

#include "altinn/MetadataClient.h"
#include "session/VendorSession.h"

#include <QObject>
#include <QPointer>

#include <memory>

QString CatalogueNames::labelled(const QString &name, const QString &id)
{
    return name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id);
}

QString CatalogueNames::right(const QString &resourceId) const
{
    return labelled(resourceTitles.value(resourceId), resourceId);
}

QString CatalogueNames::package(const QString &urn) const
{
    return labelled(packageNames.value(urn), urn);
}

void CatalogueNames::load(VendorSession *session, const QString &language, QObject *receiver,
    std::function<void(const CatalogueNames &)> done)
{
    if (!session) {
        done({});
        return;
    }
    QPointer<QObject> guard(receiver);
    QPointer<VendorSession> sessionGuard(session);
    auto names = std::make_shared<CatalogueNames>();
    session->metadata()->resources([=](const auto &resources) {
        if (resources.ok()) {
            for (const Altinn::ServiceResource &resource : resources.value->value)
                names->resourceTitles.insert(resource.identifier, resource.titleIn(language));
        }
        if (!guard || !sessionGuard)
            return;
        sessionGuard->metadata()->accessPackages(language, [=](const auto &packages) {
            if (packages.ok()) {
                for (const Altinn::AccessPackageInfo &package : packages.value->value.packages())
                    names->packageNames.insert(package.urn, package.name);
            }
            if (guard)
                done(*names);
        });
    });
}
