#include "workspace/RequestFormDraft.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

QJsonObject RequestFormDraft::toJson() const
{
    return {
        {u"mode"_s, mode == Mode::ChangeRequest ? u"change"_s : u"new"_s},
        {u"kind"_s, kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s},
        {u"orgNo"_s, orgNo},
        {u"externalRef"_s, externalRef},
        {u"rights"_s, toArray(rights)},
        {u"accessPackages"_s, toArray(accessPackages)},
        {u"unwantedRights"_s, toArray(unwantedRights)},
        {u"unwantedAccessPackages"_s, toArray(unwantedAccessPackages)},
        {u"redirectUrl"_s, redirectUrl},
    };
}

RequestFormDraft RequestFormDraft::fromJson(const QJsonObject &object)
{
    RequestFormDraft draft;
    draft.mode = object.value(u"mode"_s).toString() == u"change" ? Mode::ChangeRequest : Mode::NewRequest;
    draft.kind = object.value(u"kind"_s).toString() == u"agent" ? Altinn::RequestKind::Agent
                                                                : Altinn::RequestKind::Standard;
    draft.orgNo = object.value(u"orgNo"_s).toString();
    draft.externalRef = object.value(u"externalRef"_s).toString();
    draft.rights = toList(object.value(u"rights"_s));
    draft.accessPackages = toList(object.value(u"accessPackages"_s));
    draft.unwantedRights = toList(object.value(u"unwantedRights"_s));
    draft.unwantedAccessPackages = toList(object.value(u"unwantedAccessPackages"_s));
    draft.redirectUrl = object.value(u"redirectUrl"_s).toString();
    return draft;
}
