#include "model/DelegationReason.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

/// Reason code → AUTH code, as the service maps the first failing detail of a delegation check.
struct CodeMapping
{
    QStringView reason;
    QStringView problem;
};

constexpr CodeMapping Mappings[] = {
    {u"MissingRoleAccess", u"AUTH-00016"},
    {u"MissingDelegationAccess", u"AUTH-00018"},
    {u"MissingSrrRightAccess", u"AUTH-00019"},
    {u"InsufficientAuthenticationLevel", u"AUTH-00020"},
    {u"MissingPackageAccess", u"AUTH-00068"},
    {u"AccessListValidationFail", u"AUTH-00069"},
    {u"ResourceNotDelegable", u"AUTH-00070"},
    {u"ResourceIsMaskinPortenSchema", u"AUTH-00071"},
};

} // namespace

QString DelegationReason::extensionName()
{
    return u"delegationReasons"_s;
}

QString DelegationReason::toExtension(const QList<DelegationReason> &reasons)
{
    QJsonArray array;
    for (const DelegationReason &reason : reasons) {
        array.append(QJsonObject{{u"type"_s, reason.type == Type::Package ? u"package"_s : u"resource"_s},
            {u"id"_s, reason.id}, {u"codes"_s, QJsonArray::fromStringList(reason.codes)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<DelegationReason> DelegationReason::fromExtension(const QString &text)
{
    // Forwarded as text by the service: read leniently, like the portal, which shows only its own message
    // when the text is not a list.
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QList<DelegationReason> reasons;
    if (!document.isArray())
        return reasons;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        DelegationReason reason;
        reason.type = object.value(u"type"_s).toString().compare(u"package"_s, Qt::CaseInsensitive) == 0
            ? Type::Package
            : Type::Resource;
        reason.id = id;
        const QJsonArray codes = object.value(u"codes"_s).toArray();
        for (const QJsonValue &code : codes) {
            if (code.isString() && !code.toString().isEmpty())
                reason.codes.append(code.toString());
        }
        reasons.append(reason);
    }
    return reasons;
}

QString DelegationReason::problemCodeFor(const QString &reasonCode)
{
    const auto *it = std::find_if(std::begin(Mappings), std::end(Mappings),
        [&reasonCode](const CodeMapping &mapping) { return mapping.reason == reasonCode; });
    return it == std::end(Mappings) ? u"AUTH-00014"_s : it->problem.toString();
}

bool DelegationReason::blocksEveryone() const
{
    return codes.contains(u"ResourceNotDelegable"_s) || codes.contains(u"ResourceIsMaskinPortenSchema"_s);
}

} // namespace Altinn
