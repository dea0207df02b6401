#include "sandbox/SeedCatalogue.h"

// Placeholder until the seed catalogue lands; replaced by the real loader.
struct SeedCatalogue::Data
{ };

SeedCatalogue SeedCatalogue::load()
{
    return {};
}
bool SeedCatalogue::isValid() const
{
    return false;
}
QJsonArray SeedCatalogue::resources() const
{
    return {};
}
std::optional<QJsonObject> SeedCatalogue::resource(const QString &) const
{
    return std::nullopt;
}
QString SeedCatalogue::resourceType(const QString &) const
{
    return {};
}
QJsonArray SeedCatalogue::accessPackageExport(const QString &) const
{
    return {};
}
std::optional<QJsonObject> SeedCatalogue::accessPackage(const QString &, const QString &) const
{
    return std::nullopt;
}
std::optional<SeedCatalogue::PackageFlags> SeedCatalogue::packageFlags(const QString &) const
{
    return std::nullopt;
}
QJsonArray SeedCatalogue::searchAccessPackages(const QString &, const QString &) const
{
    return {};
}
std::optional<QString> SeedCatalogue::organisationName(const QString &) const
{
    return std::nullopt;
}
QJsonArray SeedCatalogue::organisations() const
{
    return {};
}
