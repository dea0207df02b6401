#include "sandbox/SystemUserLookupApi.h"

#include "sandbox/RequestViews.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLookups.h"
#include "sandbox/SandboxProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// GET systemuser/vendor/byquery?system-id=&orgno=[&external-ref=] (scope systemuser.request.write).
SandboxResponse byQuery(const SandboxRequest &request, const SandboxContext &context)
{
    auto authorization = SandboxAuth::authorize(request, context, {SandboxScopes::RequestWrite});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);

    // Non-nullable string parameters are implicitly required; ASP.NET binds "" as null. The message names
    // the C# parameter, the key the query name.
    const QString systemId = request.queryValue(u"system-id"_s);
    const QString orgNo = request.queryValue(u"orgno"_s);
    QMap<QString, QStringList> errors;
    if (systemId.isEmpty())
        errors.insert(u"system-id"_s, {u"The systemId field is required."_s});
    if (orgNo.isEmpty())
        errors.insert(u"orgno"_s, {u"The orgno field is required."_s});
    if (!errors.isEmpty())
        return context.modelStateProblem(errors);
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    QString externalRef = request.queryValue(u"external-ref"_s);
    if (externalRef.isEmpty())
        externalRef = orgNo;
    const SandboxSystemUserRecord *user =
        SandboxLookups::liveSystemUser(context.state, systemId, orgNo, externalRef);
    if (!user || user->supplierOrgNo != caller.orgNo)
        return context.aspNetProblem(404);
    return SandboxResponse::json(200, RequestViews::systemUser(*user).toJson());
}

/// GET systemuser/vendor/bysystem/{systemId}[?token=] (scope systemregister.write or .admin). Ordered by the
/// internal sequence number; the token is the sequence number of the first item of the next page and the
/// query asks for `>=`, so — unlike the request list — nothing is skipped.
SandboxResponse bySystem(const SandboxRequest &request, const SandboxContext &context)
{
    // The systemregister.write policy admits the admin scope too; ownership below still applies to it.
    auto authorization = SandboxAuth::authorize(
        request, context, {SandboxScopes::SystemRegisterWrite, SandboxScopes::SystemRegisterAdmin});
    if (const auto *denied = std::get_if<SandboxResponse>(&authorization))
        return *denied;
    const SandboxCaller &caller = std::get<SandboxCaller>(authorization);

    qint64 from = 0;
    const QString token = request.queryValue(u"token"_s);
    if (!token.isEmpty()) {
        const auto sequence = SandboxBinding::decodeIntegerToken(token);
        if (!sequence)
            return SandboxBinding::invalidValue(context, u"token"_s, token);
        from = std::max<qint64>(0, *sequence);
    }
    if (!caller.hasConsumer())
        return context.aspNetProblem(401);

    const QString systemId = request.parameter(u"systemId"_s);
    if (!SandboxLookups::isOwnedBy(context.state, systemId, caller.orgNo))
        return SandboxProblems::SystemIdNotFound.response(context);

    // The index keeps each system's users in (sequence, id) order; one more than a page tells whether
    // there is a next page. A user deleted since it was indexed is taken out of the index on the way.
    const qsizetype pageSize = context.settings.pageSize;
    QList<const SandboxSystemUserRecord *> rows;
    QList<std::pair<qint64, QString>> deleted;
    SandboxStateIndex &index = context.state.index();
    const auto &users = index.systemUsersBySystem(context.state, systemId);
    for (auto it = users.lower_bound({from, QString()}); it != users.cend() && rows.size() <= pageSize;
         ++it) {
        const SandboxSystemUserRecord *user = SandboxLookups::liveSystemUserById(context.state, it->second);
        if (user && user->systemId == systemId && user->sequence == it->first)
            rows.append(user);
        else if (!user)
            deleted.append(*it);
    }
    for (const auto &[sequence, id] : std::as_const(deleted))
        index.systemUserDeleted(systemId, sequence, id);
    QJsonObject links;
    if (rows.size() > pageSize) {
        const QString path = u"systemuser/vendor/bysystem/%1?token=%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(systemId)),
            SandboxBinding::encodeToken(rows.at(pageSize)->sequence));
        links.insert(u"next"_s, context.platformUrl(path));
        rows = rows.first(pageSize);
    }
    QJsonArray data;
    for (const SandboxSystemUserRecord *user : std::as_const(rows))
        data.append(RequestViews::systemUser(*user).toJson());
    return SandboxResponse::json(200, QJsonObject{{u"links"_s, links}, {u"data"_s, data}});
}

} // namespace

void SystemUserLookupApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/authentication/api/v1/systemuser/vendor/byquery"_s,
        [&context](const SandboxRequest &request) { return byQuery(request, context); });
    router.add("GET", u"/authentication/api/v1/systemuser/vendor/bysystem/{systemId}"_s,
        [&context](const SandboxRequest &request) { return bySystem(request, context); });
}
