#pragma once

// Shared fixtures of the validation tests: one valid system, valid requests and a small package
// catalogue. Each test mutates a copy of these one way and expects exactly one finding.

#include "model/ChangeRequest.h"
#include "model/SystemDefinition.h"
#include "model/SystemUserRequest.h"
#include "validation/Finding.h"
#include "validation/SystemDefinitionValidator.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

Q_DECLARE_METATYPE(Altinn::SystemDefinition)
Q_DECLARE_METATYPE(Altinn::SystemUserRequest)
Q_DECLARE_METATYPE(Altinn::ChangeRequest)

namespace ValidationFixtures {

inline QString packageUrn(const QString &code)
{
    return QStringLiteral("urn:altinn:accesspackage:") + code;
}

inline Altinn::AccessPackageRef package(const QString &code)
{
    return Altinn::AccessPackageRef{packageUrn(code)};
}

inline Altinn::Right resourceRight(const QString &resourceId)
{
    Altinn::Right right;
    right.resource = {Altinn::AttributePair{QStringLiteral("urn:altinn:resource"), resourceId}};
    return right;
}

inline const QString RightA = QStringLiteral("ske-krav-og-betalinger");
inline const QString RightB = QStringLiteral("app_ttd_endring-av-navn-v2");
inline const QString StandardPackage = QStringLiteral("skattnaering"); // D+A
inline const QString ClientPackage = QStringLiteral("regnskapsforer-med-signeringsrettighet"); // D only
inline const QString AssignOnlyPackage = QStringLiteral("hovedadministrator"); // A only
inline const QString RejectedPackage = QStringLiteral("eksplisitt"); // neither
inline const QString OtherStandardPackage = QStringLiteral("jordbruk"); // D+A, not in the system

/// Valid with and without a catalogue. Not visible, because it offers a client package.
inline Altinn::SystemDefinition validSystem()
{
    Altinn::SystemDefinition system;
    system.id = QStringLiteral("991825827_smartregnskap");
    system.vendorId = QStringLiteral("0192:991825827");
    system.name = {{QStringLiteral("nb"), QStringLiteral("SmartRegnskap")},
        {QStringLiteral("nn"), QStringLiteral("SmartRekneskap")},
        {QStringLiteral("en"), QStringLiteral("SmartAccounting")}};
    system.description = {{QStringLiteral("nb"), QStringLiteral("Regnskap for små bedrifter")},
        {QStringLiteral("nn"), QStringLiteral("Rekneskap for små verksemder")},
        {QStringLiteral("en"), QStringLiteral("Accounting for small businesses")}};
    system.rights = QList<Altinn::Right>{resourceRight(RightA), resourceRight(RightB)};
    system.accessPackages = QList<Altinn::AccessPackageRef>{
        package(StandardPackage), package(ClientPackage), package(AssignOnlyPackage)};
    system.clientIds = {QStringLiteral("3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c")};
    system.isVisible = false;
    system.allowedRedirectUrls = {QStringLiteral("https://smartregnskap.example/"),
        QStringLiteral("https://smartregnskap.example/altinn/callback")};
    return system;
}

inline Altinn::SystemDefinition systemWith(const std::function<void(Altinn::SystemDefinition &)> &mutate)
{
    Altinn::SystemDefinition system = validSystem();
    mutate(system);
    return system;
}

inline Altinn::SystemUserRequest validStandardRequest()
{
    Altinn::SystemUserRequest request;
    request.kind = Altinn::RequestKind::Standard;
    request.systemId = QStringLiteral("991825827_smartregnskap");
    request.partyOrgNo = QStringLiteral("310904473");
    request.externalRef = QStringLiteral("kunde-4711");
    request.rights = QList<Altinn::Right>{resourceRight(RightA)};
    request.accessPackages = QList<Altinn::AccessPackageRef>{package(StandardPackage)};
    request.redirectUrl = QStringLiteral("https://smartregnskap.example/altinn/callback?state=abc");
    return request;
}

inline Altinn::SystemUserRequest validAgentRequest()
{
    Altinn::SystemUserRequest request;
    request.kind = Altinn::RequestKind::Agent;
    request.systemId = QStringLiteral("991825827_smartregnskap");
    request.partyOrgNo = QStringLiteral("314250052");
    request.externalRef = QStringLiteral("byra-77");
    request.accessPackages = QList<Altinn::AccessPackageRef>{package(ClientPackage)};
    request.redirectUrl = QStringLiteral("https://smartregnskap.example/altinn/callback");
    return request;
}

inline Altinn::ChangeRequest validChangeRequest()
{
    Altinn::ChangeRequest change;
    change.requiredRights = {resourceRight(RightB)};
    change.unwantedRights = {resourceRight(RightA)};
    change.requiredAccessPackages = {package(StandardPackage)};
    change.redirectUrl = QStringLiteral("https://smartregnskap.example/altinn/callback");
    return change;
}

/// The catalogue's flags for the fixture packages (docs/altinn-behaviour.md#access-packages); anything else
/// is unknown.
inline Validation::PackageFlagsLookup catalogue()
{
    return [](const QString &urn) -> std::optional<Validation::PackageFlags> {
        static const QHash<QString, Validation::PackageFlags> known = {
            {packageUrn(StandardPackage), {true, true}},
            {packageUrn(OtherStandardPackage), {true, true}},
            {packageUrn(ClientPackage), {true, false}},
            {packageUrn(AssignOnlyPackage), {false, true}},
            {packageUrn(RejectedPackage), {false, false}},
        };
        const auto it = known.constFind(urn);
        if (it == known.cend())
            return std::nullopt;
        return *it;
    };
}

/// "code@path" for every finding, for readable failure messages.
inline QString describe(const QList<Validation::Finding> &findings)
{
    QStringList parts;
    for (const Validation::Finding &finding : findings)
        parts.append(finding.code + QLatin1Char('@') + finding.path);
    return QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace ValidationFixtures
