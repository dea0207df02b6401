#include "model/AppInstance.h"

#include "model/JsonObjectReader.h"

namespace Altinn {

namespace {

/// partyId is a string in the instance model; a number is taken as well.
QString partyIdText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

QString AppInstance::instanceGuid() const
{
    const qsizetype slash = id.indexOf(u'/');
    return slash < 0 ? QString() : id.mid(slash + 1);
}

AppInstance AppInstance::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    AppInstance instance;
    instance.json = object;
    instance.id = reader.string(u"id");
    const JsonObjectReader owner(reader.object(u"instanceOwner"));
    instance.instanceOwnerPartyId = partyIdText(owner.value(u"partyId"));
    instance.organisationNumber = owner.string(u"organizationNumber");
    if (instance.organisationNumber.isEmpty())
        instance.organisationNumber = owner.string(u"organisationNumber");
    instance.appId = reader.string(u"appId");
    instance.org = reader.string(u"org");
    instance.appsSelfLink = JsonObjectReader(reader.object(u"selfLinks")).string(u"apps");
    const JsonObjectReader process(reader.object(u"process"));
    instance.currentTask = JsonObjectReader(process.object(u"currentTask")).string(u"elementId");
    instance.created = reader.dateTime(u"created");
    instance.createdBy = reader.string(u"createdBy");
    instance.lastChanged = reader.dateTime(u"lastChanged");
    return instance;
}

} // namespace Altinn
