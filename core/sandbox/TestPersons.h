#pragma once

#include "model/AccessPackageRef.h"
#include "model/DelegationReason.h"
#include "model/Right.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SandboxContext;

/**
 * The made-up people who open an approval page (docs/sandbox.md#who-approves): the same three at every
 * organisation of the register — seed, synthetic or added — with names that depend on the organisation
 * number only, and ids ("person-1" …) that are plainly not national identity numbers.
 *
 *  - person-1, an access manager (Tilgangsstyrer) who can delegate every delegable right and access
 *    package of the organisation: the one who approves when nobody is named;
 *  - person-2, the general manager (daglig leder) without the access-manager role: can only escalate;
 *  - person-3, an access manager who lacks whatever a request asks for first — its first single right, or
 *    its first access package when it asks for none — so any request shows what a missing right does.
 *
 * A resource the catalogue marks `delegable: false` blocks everyone.
 */
class TestPersons
{
public:
    enum class Kind {
        AccessManager,
        GeneralManager,
        AccessManagerLackingFirstRequested,
    };

    struct Person
    {
        QString id;
        Kind kind = Kind::AccessManager;
        QString name;

        /// Holds the access-manager right (resource altinn_access_management, write) for the organisation.
        bool isAccessManager() const { return kind != Kind::GeneralManager; }
        /// "tilgangsstyrer", "daglig-leder".
        QStringList roleCodes() const;
        /// What the person lacks: "nothing", "accessManagerRole" or "firstRequested".
        QString lacks() const;
        /// One English sentence: the role and what the person can delegate.
        QString description() const;
    };

    TestPersons() = delete;

    /// The persons of @p orgNo, access manager first.
    static QList<Person> of(const QString &orgNo);
    /// The person @p id of @p orgNo (ids are compared case-insensitively); nullopt for an unknown id.
    static std::optional<Person> find(const QString &orgNo, const QString &id);
    /// person-1, the full access manager.
    static QString defaultApproverId();
    /// person-2, the general manager, who escalates.
    static QString defaultEscalatorId();

    /**
     * What @p person could not delegate of @p rights and @p packages, in that order, with Access
     * management's reason codes: resources the catalogue marks not delegable (everyone), and the first
     * requested item for person-3. Resources the catalogue does not know are not judged. The person's role
     * is not looked at here (an approver must be an access manager first).
     */
    static QList<Altinn::DelegationReason> undelegable(const SandboxContext &context, const Person &person,
        const QList<Altinn::Right> &rights, const QList<Altinn::AccessPackageRef> &packages);
};
