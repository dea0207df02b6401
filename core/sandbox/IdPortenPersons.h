#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SandboxContext;

/**
 * The synthetic people who can log in at the sandbox's ID-porten (docs/sandbox.md#id-porten), each with
 * roles at organisations of the register, as Enhetsregisteret would give them. Their national identity
 * numbers are synthetic in the way Tenor's test data is (80 added to the month), so nobody mistakes them
 * for real ones; the same on every machine.
 *
 * Who may act for an organisation in the simulated Altinn app is decided from these roles
 * (mayInstantiateFor): general manager (DAGL), chair of the board (LEDE) or accountant (REGN). The real
 * app's policy is the app owner's choice; these three are the sandbox's.
 */
class IdPortenPersons
{
public:
    struct Role
    {
        QString orgNo; ///< empty: at every organisation of the register
        QString code; ///< Enhetsregisteret's role code: "DAGL", "LEDE", "REGN"
    };

    struct Person
    {
        QString pid; ///< 11 digits, synthetic
        QString name;
        QList<Role> roles;
        /// One English sentence for the login page: who the person is and where they hold roles.
        QString description;
    };

    IdPortenPersons() = delete;

    /// Everyone who can log in, in the order the login page lists them.
    static QList<Person> all();
    static std::optional<Person> byPid(const QString &pid);
    /// The codes of @p person's roles at @p orgNo (roles "at every organisation" count only for organisations
    /// @p context knows).
    static QStringList roleCodesAt(const SandboxContext &context, const Person &person, const QString &orgNo);
    /// The roles that let a person create an instance for an organisation in the simulated app.
    static QStringList instantiatingRoleCodes();
    /// Whether @p person holds one of instantiatingRoleCodes() at @p orgNo.
    static bool mayInstantiateFor(const SandboxContext &context, const Person &person, const QString &orgNo);
};
