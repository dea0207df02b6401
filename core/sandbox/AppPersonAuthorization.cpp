#include "sandbox/AppPersonAuthorization.h"

#include "sandbox/IdPortenPersons.h"
#include "sandbox/SandboxContext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ScopeRead = u"altinn:instances.read"_s;
const QString ScopeWrite = u"altinn:instances.write"_s;
const QString PersonCreatorPrefix = u"person:"_s;

/// "create an instance of brg/x" or "read instances of brg/x": what the refused call wanted, in words.
QString whatIsWanted(const QString &action, const QString &appId)
{
    return action == AppPersonAuthorization::InstantiateAction ? u"create an instance of %1"_s.arg(appId)
                                                               : u"read instances of %1"_s.arg(appId);
}

/// "organisation 310904473 (TILFELDIG SUBTIL APE)", or the bare owner when the register lacks it.
QString ownerInWords(const SandboxContext &context, const QString &ownerOrgNo)
{
    const auto name = context.organisationName(ownerOrgNo);
    return name ? u"organisation %1 (%2)"_s.arg(ownerOrgNo, *name) : u"organisation %1"_s.arg(ownerOrgNo);
}

std::optional<AppPersonAuthorization::Refusal> missingScope(
    const QJsonObject &claims, const QString &appId, const QString &action)
{
    const QString scopeText = claims.value(u"scope"_s).toString();
    const QStringList scopes = scopeText.split(u' ', Qt::SkipEmptyParts);
    const bool writing = action == AppPersonAuthorization::InstantiateAction;
    if (scopes.contains(ScopeWrite) || (!writing && scopes.contains(ScopeRead)))
        return std::nullopt;
    const QString needed = writing ? ScopeWrite : ScopeRead;
    const QString alternatives = writing ? needed : u"%1 (or %2)"_s.arg(ScopeRead, ScopeWrite);
    return AppPersonAuthorization::Refusal{
        u"The token's scope \"%1\" lacks %2, which it takes to %3. Ask ID-porten for %4 when the person logs "
        u"in, then exchange the new token."_s.arg(
            scopeText, alternatives, whatIsWanted(action, appId), needed),
        {{u"reason"_s, u"missingScope"_s}, {u"missingScope"_s, needed}, {u"scope"_s, scopeText}}};
}

AppPersonAuthorization::Refusal unknownPerson(const QString &pid, const QString &userId)
{
    QStringList names;
    for (const IdPortenPersons::Person &person : IdPortenPersons::all())
        names.append(person.name);
    return {
        u"The token's person (pid %1) is not one of the sandbox's ID-porten persons, so the sandbox knows "
        u"no roles for them. Log in at the sandbox's ID-porten as one of: %2."_s.arg(
            pid.isEmpty() ? u"none"_s : pid, names.join(u", "_s)),
        {{u"reason"_s, u"unknownPerson"_s}, {u"userId"_s, userId}}};
}

AppPersonAuthorization::Refusal noRole(const SandboxContext &context, const IdPortenPersons::Person &person,
    const QString &userId, const QString &appId, const QString &ownerOrgNo, const QString &action)
{
    const QStringList held = IdPortenPersons::roleCodesAt(context, person, ownerOrgNo);
    const QStringList required = IdPortenPersons::instantiatingRoleCodes();
    const QString holds = held.isEmpty()
        ? u"%1 holds no role at %2"_s.arg(person.name, ownerInWords(context, ownerOrgNo))
        : u"%1 holds the roles %2 at %3, none of which will do"_s.arg(
            person.name, held.join(u", "_s), ownerInWords(context, ownerOrgNo));
    return {u"%1. To %2 for it, a person needs one of the roles %3 there (as Enhetsregisteret records "
            u"them): log in as a person who holds one."_s.arg(
                holds, whatIsWanted(action, appId), required.join(u", "_s)),
        {{u"reason"_s, u"noRole"_s}, {u"userId"_s, userId}, {u"person"_s, person.name},
            {u"personRoles"_s, held.join(u", "_s)}, {u"requiredRoles"_s, required.join(u", "_s)}}};
}

} // namespace

bool AppPersonAuthorization::isPersonToken(const QJsonObject &claims)
{
    return claims.contains(u"urn:altinn:userid"_s) || claims.contains(u"pid"_s);
}

std::variant<QString, AppPersonAuthorization::Refusal> AppPersonAuthorization::authorize(
    const SandboxContext &context, const QJsonObject &claims, const QString &appId, const QString &ownerOrgNo,
    const QString &action)
{
    // The scope first: a real app's policy checks it before the decision point is asked.
    if (auto refusal = missingScope(claims, appId, action))
        return *refusal;
    const QString userId = claims.value(u"urn:altinn:userid"_s).toString();
    const QString pid = claims.value(u"pid"_s).toString();
    const auto person = IdPortenPersons::byPid(pid);
    if (!person)
        return unknownPerson(pid, userId);
    if (!IdPortenPersons::mayInstantiateFor(context, *person, ownerOrgNo))
        return noRole(context, *person, userId, appId, ownerOrgNo, action);
    return PersonCreatorPrefix + userId;
}

QString AppPersonAuthorization::answeredCreator(const QString &createdBy)
{
    return createdBy.startsWith(PersonCreatorPrefix) ? createdBy.mid(PersonCreatorPrefix.size()) : createdBy;
}
