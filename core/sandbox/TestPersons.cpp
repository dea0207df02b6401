#include "sandbox/TestPersons.h"

#include "sandbox/SandboxContext.h"

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace {

// Made-up names: common first names with surnames that say "test" in Norwegian, so nobody mistakes a
// sandbox person for a real one.
constexpr QStringView FirstNames[] = {u"Ingrid", u"Ola", u"Kari", u"Per", u"Sigrid", u"Nils", u"Astrid",
    u"Lars", u"Marit", u"Anders", u"Solveig", u"Knut", u"Hilde", u"Erik", u"Tone", u"Jon"};
constexpr QStringView Surnames[] = {u"Prøvesen", u"Testberg", u"Øvingsrud", u"Eksempeldal", u"Sandkassen",
    u"Demostad", u"Fiktivsen", u"Utprøvli", u"Modellvik", u"Prøvehaug", u"Testmo", u"Øvelsrud", u"Forsøksli",
    u"Skissebakken", u"Utkastad", u"Simulasen"};
constexpr qsizetype FirstNameCount = std::size(FirstNames);
constexpr qsizetype SurnameCount = std::size(Surnames);

constexpr TestPersons::Kind Kinds[] = {TestPersons::Kind::AccessManager, TestPersons::Kind::GeneralManager,
    TestPersons::Kind::AccessManagerLackingFirstRequested};

/// FNV-1a over the organisation number: the same names on every machine and run (qHash is seeded).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

/// The reason codes for a resource no one can delegate; empty when the catalogue allows it (or does not know
/// it: the system register checked the resource when the system was registered).
QStringList resourceBlock(const SandboxContext &context, const QString &resourceId)
{
    const auto resource = context.catalogue.resource(resourceId);
    if (!resource || resource->value(u"delegable"_s).toBool(true))
        return {};
    // A Maskinporten schema has its own reason in Access management's delegation check.
    if (context.catalogue.resourceType(resourceId).compare(u"MaskinportenSchema"_s, Qt::CaseInsensitive) == 0)
        return {u"ResourceIsMaskinPortenSchema"_s};
    return {u"ResourceNotDelegable"_s};
}

} // namespace

QStringList TestPersons::Person::roleCodes() const
{
    return kind == Kind::GeneralManager ? QStringList{u"daglig-leder"_s} : QStringList{u"tilgangsstyrer"_s};
}

QString TestPersons::Person::lacks() const
{
    switch (kind) {
    case Kind::AccessManager:
        break;
    case Kind::GeneralManager:
        return u"accessManagerRole"_s;
    case Kind::AccessManagerLackingFirstRequested:
        return u"firstRequested"_s;
    }
    return u"nothing"_s;
}

QString TestPersons::Person::description() const
{
    switch (kind) {
    case Kind::AccessManager:
        break;
    case Kind::GeneralManager:
        return u"General manager (daglig leder) without the access-manager role: cannot approve or reject, "
               u"can escalate a standard or agent request to the organisation's access managers."_s;
    case Kind::AccessManagerLackingFirstRequested:
        return u"Access manager (Tilgangsstyrer) who lacks the first thing a request asks for (its first "
               u"single right, or its first access package when it asks for none), so approval fails."_s;
    }
    return u"Access manager (Tilgangsstyrer) who can delegate every delegable right and access package of "
           u"the "
           u"organisation."_s;
}

QList<TestPersons::Person> TestPersons::of(const QString &orgNo)
{
    const quint32 hash = stableHash(orgNo);
    QList<Person> persons;
    for (qsizetype i = 0; i < qsizetype(std::size(Kinds)); ++i) {
        // Strides 5 and 7 are coprime with 16: the three persons never share a first name or a surname.
        const QStringView first = FirstNames[(hash + quint32(i) * 5) % FirstNameCount];
        const QStringView last = Surnames[(hash / FirstNameCount + quint32(i) * 7) % SurnameCount];
        persons.append(
            Person{u"person-%1"_s.arg(i + 1), Kinds[i], first.toString() + u' ' + last.toString()});
    }
    return persons;
}

std::optional<TestPersons::Person> TestPersons::find(const QString &orgNo, const QString &id)
{
    const QString wanted = id.trimmed();
    for (const Person &person : of(orgNo)) {
        if (person.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return person;
    }
    return std::nullopt;
}

QString TestPersons::defaultApproverId()
{
    return u"person-1"_s;
}

QString TestPersons::defaultEscalatorId()
{
    return u"person-2"_s;
}

QList<Altinn::DelegationReason> TestPersons::undelegable(const SandboxContext &context, const Person &person,
    const QList<Altinn::Right> &rights, const QList<Altinn::AccessPackageRef> &packages)
{
    using Altinn::DelegationReason;
    const bool lacksFirst = person.kind == Kind::AccessManagerLackingFirstRequested;
    QList<DelegationReason> reasons;
    bool first = true;
    for (const Altinn::Right &right : rights) {
        const QString resourceId = right.resourceId();
        QStringList codes = resourceBlock(context, resourceId);
        if (lacksFirst && first)
            codes.prepend(u"MissingRoleAccess"_s); // no role in the register gives the person this right
        first = false;
        if (!codes.isEmpty())
            reasons.append(DelegationReason{DelegationReason::Type::Resource,
                resourceId.isEmpty() ? right.identityKey() : resourceId, codes});
    }
    for (const Altinn::AccessPackageRef &package : packages) {
        if (lacksFirst && first)
            reasons.append(
                DelegationReason{DelegationReason::Type::Package, package.urn, {u"MissingPackageAccess"_s}});
        first = false;
    }
    return reasons;
}
