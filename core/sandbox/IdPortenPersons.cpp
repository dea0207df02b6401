#include "sandbox/IdPortenPersons.h"

#include "sandbox/SandboxContext.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// 310904473 is the guided demo's customer (core/onboarding/DemoScenario), 991825827 its vendor.
constexpr QStringView DemoCustomer = u"310904473";
constexpr QStringView DemoVendor = u"991825827";

} // namespace

QList<IdPortenPersons::Person> IdPortenPersons::all()
{
    return {
        {u"24908099411"_s, u"Kari Prøvesen"_s, {{DemoCustomer.toString(), u"DAGL"_s}},
            u"General manager (DAGL) of 310904473, the guided demo's customer."_s},
        {u"02868299376"_s, u"Ola Testberg"_s,
            {{DemoCustomer.toString(), u"REGN"_s}, {DemoVendor.toString(), u"REGN"_s}},
            u"Accountant (REGN) for 310904473 and 991825827."_s},
        {u"13907598765"_s, u"Sigrid Sandkassen"_s, {{QString(), u"DAGL"_s}},
            u"General manager (DAGL) of every organisation in the sandbox's register."_s},
        {u"07819497634"_s, u"Per Utenrolle"_s, {},
            u"Holds no role anywhere: the app refuses to let him act for an organisation."_s},
    };
}

std::optional<IdPortenPersons::Person> IdPortenPersons::byPid(const QString &pid)
{
    const QList<Person> persons = all();
    const auto found = std::find_if(
        persons.cbegin(), persons.cend(), [&pid](const Person &person) { return person.pid == pid; });
    if (found == persons.cend())
        return std::nullopt;
    return *found;
}

QStringList IdPortenPersons::roleCodesAt(
    const SandboxContext &context, const Person &person, const QString &orgNo)
{
    QStringList codes;
    for (const Role &role : person.roles) {
        const bool applies =
            role.orgNo.isEmpty() ? context.organisationName(orgNo).has_value() : role.orgNo == orgNo;
        if (applies && !codes.contains(role.code))
            codes.append(role.code);
    }
    return codes;
}

QStringList IdPortenPersons::instantiatingRoleCodes()
{
    return {u"DAGL"_s, u"LEDE"_s, u"REGN"_s};
}

bool IdPortenPersons::mayInstantiateFor(
    const SandboxContext &context, const Person &person, const QString &orgNo)
{
    const QStringList held = roleCodesAt(context, person, orgNo);
    const QStringList allowed = instantiatingRoleCodes();
    return std::any_of(
        held.cbegin(), held.cend(), [&allowed](const QString &code) { return allowed.contains(code); });
}
