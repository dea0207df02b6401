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
        {u"kind"_s, kind == Altinn::RequestKind::Agent ? u"agent"_s : u"standard"_s},
        {u"orgNo"_s, orgNo},
        {u"externalRef"_s, externalRef},
        {u"rights"_s, toArray(rights)},
        {u"accessPackages"_s, toArray(accessPackages)},
        {u"allRights"_s, allRights},
        {u"allAccessPackages"_s, allAccessPackages},
        {u"redirectUrl"_s, redirectUrl},
        {u"title"_s, title},
    };
}

RequestFormDraft RequestFormDraft::fromJson(const QJsonObject &object)
{
    RequestFormDraft draft;
    draft.kind = object.value(u"kind"_s).toString() == u"agent" ? Altinn::RequestKind::Agent
                                                                : Altinn::RequestKind::Standard;
    draft.orgNo = object.value(u"orgNo"_s).toString();
    draft.externalRef = object.value(u"externalRef"_s).toString();
    draft.rights = toList(object.value(u"rights"_s));
    draft.accessPackages = toList(object.value(u"accessPackages"_s));
    draft.allRights = object.value(u"allRights"_s).toBool(true);
    draft.allAccessPackages = object.value(u"allAccessPackages"_s).toBool(true);
    draft.redirectUrl = object.value(u"redirectUrl"_s).toString();
    draft.title = object.value(u"title"_s).toString();
    return draft;
}
