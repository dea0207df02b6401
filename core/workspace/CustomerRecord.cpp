#include "workspace/CustomerRecord.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {

struct StateName
{
    CustomerState state;
    QStringView id;
};

constexpr StateName StateNames[] = {
    {CustomerState::NotAsked, u"not-asked"},
    {CustomerState::Waiting, u"waiting"},
    {CustomerState::WaitingTimedOut, u"waiting-timed-out"},
    {CustomerState::Approved, u"approved"},
    {CustomerState::Rejected, u"rejected"},
    {CustomerState::SystemUserDeleted, u"system-user-deleted"},
    {CustomerState::ChangePending, u"change-pending"},
    {CustomerState::Failed, u"failed"},
};

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace

QString CustomerStates::id(CustomerState state)
{
    for (const StateName &name : StateNames) {
        if (name.state == state)
            return name.id.toString();
    }
    return u"not-asked"_s;
}

std::optional<CustomerState> CustomerStates::fromId(QStringView id)
{
    for (const StateName &name : StateNames) {
        if (name.id.compare(id, Qt::CaseInsensitive) == 0)
            return name.state;
    }
    return std::nullopt;
}

QList<CustomerState> CustomerStates::all()
{
    QList<CustomerState> states;
    for (const StateName &name : StateNames)
        states.append(name.state);
    return states;
}

QString CustomerStates::text(CustomerState state)
{
    switch (state) {
    case CustomerState::NotAsked:
        return tr("Not asked yet");
    case CustomerState::Waiting:
        return tr("Waiting for the customer");
    case CustomerState::WaitingTimedOut:
        return tr("Waiting too long (over 180 days)");
    case CustomerState::Approved:
        return tr("Approved: system user is live");
    case CustomerState::Rejected:
        return tr("Rejected by the customer");
    case CustomerState::SystemUserDeleted:
        return tr("System user deleted by the customer");
    case CustomerState::ChangePending:
        return tr("Change waiting for the customer");
    case CustomerState::Failed:
        return tr("Sending failed");
    }
    return {};
}

CustomerAction CustomerStates::nextAction(CustomerState state)
{
    switch (state) {
    case CustomerState::NotAsked:
    case CustomerState::Failed:
        return CustomerAction::SendRequest;
    case CustomerState::Waiting:
        return CustomerAction::HandOverLink;
    case CustomerState::WaitingTimedOut:
    case CustomerState::Rejected:
    case CustomerState::SystemUserDeleted:
        return CustomerAction::AskAgain;
    case CustomerState::Approved:
        return CustomerAction::TestToken;
    case CustomerState::ChangePending:
        return CustomerAction::HandOverChangeLink;
    }
    return CustomerAction::SendRequest;
}

QString CustomerStates::actionId(CustomerAction action)
{
    switch (action) {
    case CustomerAction::SendRequest:
        return u"send-request"_s;
    case CustomerAction::HandOverLink:
        return u"hand-over-link"_s;
    case CustomerAction::AskAgain:
        return u"ask-again"_s;
    case CustomerAction::TestToken:
        return u"test-token"_s;
    case CustomerAction::HandOverChangeLink:
        return u"hand-over-change-link"_s;
    }
    return {};
}

QString CustomerStates::actionText(CustomerAction action)
{
    switch (action) {
    case CustomerAction::SendRequest:
        return tr("Send a request");
    case CustomerAction::HandOverLink:
        return tr("Send the approval link to the customer");
    case CustomerAction::AskAgain:
        return tr("Ask again with a new request");
    case CustomerAction::TestToken:
        return tr("Test a system user token");
    case CustomerAction::HandOverChangeLink:
        return tr("Send the change link to the customer");
    }
    return {};
}

QString CustomerRecord::keyOf(const QString &orgNo, const QString &externalRef)
{
    return orgNo + u'/' + (externalRef.isEmpty() ? orgNo : externalRef);
}

QJsonObject CustomerRecord::toJson() const
{
    QJsonObject object{
        {u"orgNo"_s, orgNo},
        {u"kind"_s, kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s},
        {u"state"_s, CustomerStates::id(state)},
    };
    const auto put = [&object](const QString &member, const QString &value) {
        if (!value.isEmpty())
            object.insert(member, value);
    };
    put(u"name"_s, name);
    put(u"externalRef"_s, externalRef);
    put(u"requestId"_s, requestId);
    put(u"requestStatus"_s, requestStatus);
    put(u"confirmUrl"_s, confirmUrl);
    put(u"changeRequestId"_s, changeRequestId);
    put(u"changeRequestStatus"_s, changeRequestStatus);
    put(u"changeConfirmUrl"_s, changeConfirmUrl);
    put(u"systemUserId"_s, systemUserId);
    put(u"requestCreated"_s, dateText(requestCreated));
    put(u"stateSince"_s, dateText(stateSince));
    put(u"updatedAt"_s, dateText(updatedAt));
    put(u"lastError"_s, lastError);
    put(u"note"_s, note);
    put(u"contactEmail"_s, contactEmail);
    put(u"language"_s, language);
    if (!wantedRights.isEmpty())
        object.insert(u"wantedRights"_s, QJsonArray::fromStringList(wantedRights));
    if (!wantedPackages.isEmpty())
        object.insert(u"wantedPackages"_s, QJsonArray::fromStringList(wantedPackages));
    return object;
}

CustomerRecord CustomerRecord::fromJson(const QJsonObject &object)
{
    CustomerRecord record;
    record.orgNo = object.value(u"orgNo"_s).toString();
    record.name = object.value(u"name"_s).toString();
    record.externalRef = object.value(u"externalRef"_s).toString();
    record.kind = object.value(u"kind"_s).toString() == u"agent" ? Altinn::RequestKind::Agent
                                                                 : Altinn::RequestKind::Standard;
    record.requestId = object.value(u"requestId"_s).toString();
    record.requestStatus = object.value(u"requestStatus"_s).toString();
    record.confirmUrl = object.value(u"confirmUrl"_s).toString();
    record.changeRequestId = object.value(u"changeRequestId"_s).toString();
    record.changeRequestStatus = object.value(u"changeRequestStatus"_s).toString();
    record.changeConfirmUrl = object.value(u"changeConfirmUrl"_s).toString();
    record.systemUserId = object.value(u"systemUserId"_s).toString();
    record.state =
        CustomerStates::fromId(object.value(u"state"_s).toString()).value_or(CustomerState::NotAsked);
    record.requestCreated = dateFrom(object.value(u"requestCreated"_s));
    record.stateSince = dateFrom(object.value(u"stateSince"_s));
    record.updatedAt = dateFrom(object.value(u"updatedAt"_s));
    record.lastError = object.value(u"lastError"_s).toString();
    record.note = object.value(u"note"_s).toString();
    record.contactEmail = object.value(u"contactEmail"_s).toString();
    record.language = object.value(u"language"_s).toString();
    for (const QJsonValue &value : object.value(u"wantedRights"_s).toArray())
        record.wantedRights.append(value.toString());
    for (const QJsonValue &value : object.value(u"wantedPackages"_s).toArray())
        record.wantedPackages.append(value.toString());
    return record;
}
