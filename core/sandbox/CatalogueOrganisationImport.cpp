#include "sandbox/CatalogueOrganisationImport.h"

#include "sandbox/CatalogueImportSupport.h"
#include "sandbox/SandboxContext.h"
#include "validation/OrgNumber.h"

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

// Organisations (the register, docs/sandbox.md#synthetic-organisations)

namespace CatalogueImport {

namespace {

/// The numbers the synthetic organisations may take (350000000 up to the last of the largest count):
/// added ones stay out, so the register's order and its paging stay simple.
bool isSyntheticBlock(const QString &orgNo)
{
    static const QString last = [] {
        const SyntheticOrganisations all(SyntheticOrganisations::MaxCount);
        return all.orgNo(all.count() - 1);
    }();
    return orgNo >= u"350000000"_s && orgNo <= last;
}

} // namespace

SandboxResponse addOrganisations(const SandboxRequest &request, SandboxContext &context)
{
    QString problem;
    const auto items = itemsOf(request.body,
        u"{\"orgNo\": \"310904473\", \"name\": \"TILFELDIG SUBTIL APE\"} or an array of them"_s, &problem);
    if (!items)
        return error(problem);
    QList<std::pair<QString, QString>> organisations;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items->objects.size(); ++i) {
        Reader reader(items->objects.at(i), items->at(i), problem);
        const auto orgNo = reader.string(u"orgNo", MaxNameLength);
        const QString name = reader.string(u"name", MaxNameLength).value_or(QString()).trimmed();
        if (!reader.ok())
            return error(problem);
        const QString number = Validation::OrgNumber::normalized(orgNo.value_or(QString()));
        if (!Validation::OrgNumber::isValid(number)) {
            reader.fail(u"orgNo",
                orgNo ? u"expected nine digits with a valid MOD11 check digit (got \"%1\")"_s.arg(*orgNo)
                      : u"every organisation needs its organisation number"_s);
            return error(problem);
        }
        if (isSyntheticBlock(number)) {
            reader.fail(u"orgNo",
                u"%1 is in the block of the synthetic organisations (from 350000000); choose a number "
                u"outside "
                u"it, or turn on syntheticOrganisations"_s.arg(number));
            return error(problem);
        }
        if (name.isEmpty()) {
            reader.fail(u"name", u"every organisation needs a name, e.g. \"SINDIG ORIENTAL TIGER AS\""_s);
            return error(problem);
        }
        if (const auto first = seen.constFind(number); first != seen.cend()) {
            reader.fail(u"orgNo",
                u"%1 is in the body twice (also at [%2])"_s.arg(number, QString::number(first.value())));
            return error(problem);
        }
        seen.insert(number, i);
        organisations.append({number, name});
    }
    int added = 0;
    int replaced = 0;
    for (const auto &organisation : std::as_const(organisations)) // all counted before the first change
        ++(context.catalogue.organisationName(organisation.first) ? replaced : added);
    for (const auto &[number, name] : std::as_const(organisations))
        context.state.catalogueAdditions.putOrganisation(number, name);
    context.stateChanged();
    return SandboxResponse::json(added > 0 ? 201 : 200, counts(added, replaced));
}

} // namespace CatalogueImport
