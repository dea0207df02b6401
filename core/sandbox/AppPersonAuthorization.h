#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <variant>

class SandboxContext;

/**
 * Whether a person may act in the simulated Altinn app (docs/sandbox.md#the-simulated-altinn-app). A person
 * calls with an Altinn token exchanged from an ID-porten token (TokenExchangeApi): it has
 * `urn:altinn:userid` and `pid`, and no system user. In this order:
 *
 * 1. the token's scope holds `altinn:instances.write` to create an instance, `altinn:instances.read` or
 *    `altinn:instances.write` to read one, else "missingScope";
 * 2. the pid is one of IdPortenPersons, else "unknownPerson";
 * 3. the person holds one of IdPortenPersons::instantiatingRoleCodes() at the instance owner, else "noRole".
 *
 * A real app answers a bare 403; the sandbox says why, as it does for system users (AppApi).
 */
class AppPersonAuthorization
{
public:
    /// Why the person may not: the 403 problem's `detail` and the members AppApi adds to its own.
    struct Refusal
    {
        QString detail;
        QMap<QString, QString> members; ///< reason, userId, person, personRoles, requiredRoles, missingScope…
    };

    /// The actions authorize() knows.
    static inline const QString InstantiateAction = QStringLiteral("instantiate");
    static inline const QString ReadAction = QStringLiteral("read");

    AppPersonAuthorization() = delete;

    /// Whether @p claims are a person's (urn:altinn:userid or pid) rather than a system user's.
    static bool isPersonToken(const QJsonObject &claims);

    /**
     * Whether the person of @p claims may do @p action ("instantiate" or "read") on an instance of the app
     * @p appId ("brg/aarsregnskap") owned by organisation @p ownerOrgNo: the instance's createdBy to keep
     * ("person:<user id>"), or the refusal.
     */
    static std::variant<QString, Refusal> authorize(const SandboxContext &context, const QJsonObject &claims,
        const QString &appId, const QString &ownerOrgNo, const QString &action);

    /// An instance's createdBy as the app answers it: a person's user id alone, as Altinn writes it; a
    /// system user's id unchanged.
    static QString answeredCreator(const QString &createdBy);
};
