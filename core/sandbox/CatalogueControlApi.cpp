#include "sandbox/CatalogueControlApi.h"

#include "sandbox/CatalogueOrganisationImport.h"
#include "sandbox/CataloguePackageImport.h"
#include "sandbox/CatalogueResourceImport.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

SandboxResponse clearCatalogue(SandboxContext &context)
{
    CatalogueAdditions &additions = context.state.catalogueAdditions;
    const QJsonObject removed{{u"resources"_s, additions.resources().size()},
        {u"areaGroups"_s, additions.areaGroups().size()}, {u"areas"_s, additions.areas().size()},
        {u"packages"_s, additions.packages().size()}, {u"organisations"_s, additions.organisations().size()}};
    additions.clear();
    context.stateChanged();
    return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"removed"_s, removed}});
}

} // namespace

void CatalogueControlApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/sandbox/catalogue"_s, [&context](const SandboxRequest &) {
        return SandboxResponse::json(200, context.state.catalogueAdditions.toJson());
    });
    router.add("DELETE", u"/sandbox/catalogue"_s,
        [&context](const SandboxRequest &) { return clearCatalogue(context); });
    router.add("POST", u"/sandbox/catalogue/resources"_s, [&context](const SandboxRequest &request) {
        return CatalogueImport::addResources(request, context);
    });
    router.add("POST", u"/sandbox/catalogue/accesspackages"_s, [&context](const SandboxRequest &request) {
        return CatalogueImport::addAccessPackages(request, context);
    });
    router.add("POST", u"/sandbox/catalogue/organisations"_s, [&context](const SandboxRequest &request) {
        return CatalogueImport::addOrganisations(request, context);
    });
}
