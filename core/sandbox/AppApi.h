#pragma once

#include <QString>

#include <optional>

class Router;
class SandboxContext;

/**
 * A simulated Altinn app (docs/sandbox.md#the-simulated-altinn-app): every AltinnApp resource of the
 * catalogue (`app_{org}_{app}`) answers the two calls a vendor's system makes with a system user token,
 * on the sandbox's own port instead of the app's host `{org}.apps.<env>.altinn.no`:
 *
 * - `POST /{org}/{app}/instances/create` with an InstantiationInstance body → 201 and the instance;
 * - `GET /{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}` → 200 and the instance.
 *
 * Like a real app's authorisation it accepts a Maskinporten system user token or an Altinn token exchanged
 * from one, and lets the system user act only for its own owner and only with a right on the app's
 * resource (action `instantiate` or `read`, or no action). A refusal is a 403 problem that names the
 * missing right, the system user and the owner. A person acts with an Altinn token exchanged from an
 * ID-porten token, as AppPersonAuthorization allows. Instances are kept in SandboxState::appInstances.
 */
class AppApi
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// The sandbox's party id of organisation @p orgNo: 1000000000 + the number, stable and unique; nullopt
    /// when @p orgNo is not nine digits.
    static std::optional<qint64> partyIdOf(const QString &orgNo);
    /// The organisation number behind a party id partyIdOf() made; nullopt for any other number.
    static std::optional<QString> orgNoOfPartyId(qint64 partyId);
};
