#include "sandbox/ControlApi.h"

#include "model/JsonObjectReader.h"
#include "sandbox/ChangeRequestApi.h"
#include "sandbox/RequestViews.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxBinding.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDecisions.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxAdvanceDays = 3650;
// GET /sandbox/organisations answers a page at a time: with thousands of synthetic organisations one
// answer of everything would be megabytes. The default page holds the whole seed catalogue.
constexpr int DefaultOrganisationPage = 1000;
constexpr int MaxOrganisationPage = 10000;

SandboxResponse error(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, message}});
}

/// The request of any type as the vendor API would show it (GET by id), after the decision.
QJsonValue requestJson(const SandboxContext &context, SandboxDecisions::RequestType type, const QString &id)
{
    if (type == SandboxDecisions::RequestType::Change) {
        const auto it = context.state.changeRequests.constFind(id);
        if (it != context.state.changeRequests.cend())
            return ChangeRequestApi::responseFor(context, *it).toJson();
    } else {
        const auto it = context.state.requests.constFind(id);
        if (it != context.state.requests.cend())
            return RequestViews::request(context, *it, RequestViews::Escalated::Stored).toJson();
    }
    return QJsonValue::Null;
}

SandboxResponse decide(SandboxContext &context, const QString &rawId, bool approve)
{
    // Ids are stored as lowercase GUIDs; any GUID spelling is accepted here.
    const QString id = SandboxBinding::parseGuid(rawId).value_or(rawId);
    const auto type = SandboxDecisions::typeOf(context, id);
    if (!type)
        return SandboxDecisions::problemFor(context, SandboxDecisions::Outcome::NotFound);
    const SandboxDecisions::Outcome outcome =
        approve ? SandboxDecisions::approve(context, id) : SandboxDecisions::reject(context, id);
    if (outcome != SandboxDecisions::Outcome::Done)
        return SandboxDecisions::problemFor(context, outcome);
    return SandboxResponse::json(200, requestJson(context, *type, id));
}

SandboxResponse advanceClock(const SandboxRequest &request, SandboxContext &context)
{
    const QString text = request.queryValue(u"days"_s).trimmed();
    bool ok = false;
    const int days = text.toInt(&ok);
    if (!ok || days < 1 || days > MaxAdvanceDays) {
        return error(400,
            u"days must be a whole number from 1 to %1, e.g. POST /sandbox/clock/advance?days=181 (got \"%2\")"_s
                .arg(QString::number(MaxAdvanceDays), text));
    }
    context.clock.advanceDays(days);
    context.stateChanged(); // the offset is part of the state file
    return SandboxResponse::json(200,
        QJsonObject{{u"now"_s, Altinn::formatDateTime(context.clock.now())},
            {u"clockOffsetSeconds"_s, context.clock.offsetSeconds()}});
}

SandboxResponse putSettings(const SandboxRequest &request, SandboxContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, u"the body must be a JSON object of settings, e.g. {\"problemShape\": \"v4\"}"_s);
    QString message;
    if (!context.settings.apply(document.object(), &message))
        return error(400, message);
    context.stateChanged(); // settings are saved with the state
    return SandboxResponse::json(200, context.settings.toJson());
}

SandboxResponse addFault(const SandboxRequest &request, SandboxContext &context)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return error(400,
            u"the body must be a JSON object, e.g. {\"pathPrefix\": \"authentication\", \"status\": 503}"_s);
    QString message;
    auto rule = SandboxFaults::Rule::fromJson(document.object(), &message);
    if (!rule)
        return error(400, message);
    rule->id = context.faults.add(*rule);
    return SandboxResponse::json(201, rule->toJson());
}

/// A query value that must be a whole number from @p min to @p max; @p fallback when absent.
std::optional<int> queryNumber(
    const SandboxRequest &request, const QString &name, int min, int max, int fallback)
{
    if (!request.hasQueryValue(name))
        return fallback;
    bool ok = false;
    const int number = request.queryValue(name).trimmed().toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

/// GET /sandbox/organisations[?offset=&limit=]: the register in number order, one page; X-Total-Count says
/// how many there are and a Link header (rel="next") points at the next page. O(page), whatever N is.
SandboxResponse listOrganisations(const SandboxRequest &request, const SandboxContext &context)
{
    const auto offset = queryNumber(request, u"offset"_s, 0, std::numeric_limits<int>::max(), 0);
    if (!offset)
        return error(400, u"offset must be a whole number from 0"_s);
    const auto limit = queryNumber(request, u"limit"_s, 1, MaxOrganisationPage, DefaultOrganisationPage);
    if (!limit)
        return error(400, u"limit must be a whole number from 1 to %1"_s.arg(MaxOrganisationPage));

    const QJsonArray seeded = context.catalogue.organisations();
    const SyntheticOrganisations &synthetic = context.syntheticOrganisations();
    // The synthetic numbers are one block with no catalogue number inside it, so in number order the
    // register is: the catalogue's numbers below the block, the block, the catalogue's numbers above it.
    qsizetype below = seeded.size();
    if (synthetic.count() > 0) {
        const QString first = synthetic.orgNo(0);
        below = std::count_if(seeded.begin(), seeded.end(), [&first](const QJsonValue &value) {
            return value.toObject().value(u"orgNo"_s).toString() < first;
        });
    }
    const qsizetype total = seeded.size() + synthetic.count();
    const qsizetype end = std::min<qsizetype>(total, qsizetype{*offset} + *limit);
    QJsonArray page;
    for (qsizetype position = *offset; position < end; ++position) {
        if (position < below) {
            page.append(seeded.at(position));
        } else if (const qsizetype index = position - below; index < synthetic.count()) {
            page.append(QJsonObject{{u"orgNo"_s, synthetic.orgNo(static_cast<int>(index))},
                {u"name"_s, SyntheticOrganisations::name(static_cast<int>(index))}});
        } else {
            page.append(seeded.at(position - synthetic.count()));
        }
    }
    SandboxResponse response = SandboxResponse::json(200, page);
    response.withHeader("X-Total-Count", QByteArray::number(total));
    if (end < total) {
        const QString next = context.baseUrl().toString()
            + u"sandbox/organisations?offset=%1&limit=%2"_s.arg(
                QString::number(end), QString::number(*limit));
        response.withHeader("Link", "<" + next.toUtf8() + ">; rel=\"next\"");
    }
    return response;
}

QJsonObject stateJson(const SandboxContext &context)
{
    // The state file's shape (SandboxServer::saveState) plus the sandbox's current time.
    return {{u"state"_s, context.state.toJson()}, {u"clockOffsetSeconds"_s, context.clock.offsetSeconds()},
        {u"now"_s, Altinn::formatDateTime(context.clock.now())}, {u"settings"_s, context.settings.toJson()}};
}

} // namespace

void ControlApi::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("GET", u"/sandbox/health"_s, [&context](const SandboxRequest &) {
        const QString version = QCoreApplication::applicationVersion();
        return SandboxResponse::json(200,
            QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, version.isEmpty() ? u"unknown"_s : version},
                {u"baseUrl"_s, context.baseUrl().toString()}});
    });
    router.add("POST", u"/sandbox/reset"_s, [&context](const SandboxRequest &) {
        context.reset();
        return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.add("GET", u"/sandbox/state"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, stateJson(context)); });
    router.add("POST", u"/sandbox/requests/{id}/approve"_s, [&context](const SandboxRequest &request) {
        return decide(context, request.parameter(u"id"_s), true);
    });
    router.add("POST", u"/sandbox/requests/{id}/reject"_s, [&context](const SandboxRequest &request) {
        return decide(context, request.parameter(u"id"_s), false);
    });
    router.add("POST", u"/sandbox/clock/advance"_s,
        [&context](const SandboxRequest &request) { return advanceClock(request, context); });
    router.add("GET", u"/sandbox/settings"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, context.settings.toJson()); });
    router.add("PUT", u"/sandbox/settings"_s,
        [&context](const SandboxRequest &request) { return putSettings(request, context); });
    router.add("POST", u"/sandbox/faults"_s,
        [&context](const SandboxRequest &request) { return addFault(request, context); });
    router.add("GET", u"/sandbox/faults"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, context.faults.toJson()); });
    router.add("DELETE", u"/sandbox/faults"_s, [&context](const SandboxRequest &) {
        context.faults.clear();
        return SandboxResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    router.add("GET", u"/sandbox/organisations"_s,
        [&context](const SandboxRequest &request) { return listOrganisations(request, context); });
}
