#include "model/AccessPackageTree.h"

#include "model/JsonObjectReader.h"
#include "model/JsonWriting.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

/// An AreaDto without its packages.
AccessPackageArea areaFromJson(const JsonObjectReader &reader)
{
    AccessPackageArea area;
    area.id = reader.string(u"id");
    area.urn = reader.string(u"urn");
    area.name = reader.string(u"name");
    area.description = reader.string(u"description");
    area.iconUrl = reader.string(u"iconUrl");
    return area;
}

QJsonObject areaToJson(const AccessPackageArea &area)
{
    QJsonArray packages;
    for (const AccessPackageInfo &package : area.packages)
        packages.append(package.toJson());
    QJsonObject object{{u"packages"_s, packages}};
    JsonWriting::insertNonEmpty(object, u"id"_s, area.id);
    JsonWriting::insertNonEmpty(object, u"name"_s, area.name);
    JsonWriting::insertNonEmpty(object, u"urn"_s, area.urn);
    JsonWriting::insertNonEmpty(object, u"description"_s, area.description);
    JsonWriting::insertNonEmpty(object, u"iconUrl"_s, area.iconUrl);
    return object;
}

QJsonObject groupToJson(const AccessPackageAreaGroup &group)
{
    QJsonArray areas;
    for (const AccessPackageArea &area : group.areas)
        areas.append(areaToJson(area));
    QJsonObject object{{u"areas"_s, areas}};
    JsonWriting::insertNonEmpty(object, u"id"_s, group.id);
    JsonWriting::insertNonEmpty(object, u"name"_s, group.name);
    JsonWriting::insertNonEmpty(object, u"urn"_s, group.urn);
    JsonWriting::insertNonEmpty(object, u"description"_s, group.description);
    JsonWriting::insertNonEmpty(object, u"type"_s, group.type);
    return object;
}

/// The list entry whose id (or, without ids, name) matches; appended when there is none yet.
template <typename T> T &findOrAppend(QList<T> &list, const T &candidate)
{
    for (T &existing : list) {
        if (existing.id == candidate.id && existing.name == candidate.name)
            return existing;
    }
    list.append(candidate);
    return list.last();
}

} // namespace

AccessPackageInfo AccessPackageInfo::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    AccessPackageInfo package;
    package.id = reader.string(u"id");
    package.urn = reader.string(u"urn");
    package.name = reader.string(u"name");
    package.description = reader.string(u"description");
    package.isDelegable = reader.boolean(u"isDelegable", false);
    package.isAssignable = reader.boolean(u"isAssignable", false);
    return package;
}

QJsonObject AccessPackageInfo::toJson() const
{
    QJsonObject object{{u"isDelegable"_s, isDelegable}, {u"isAssignable"_s, isAssignable}};
    JsonWriting::insertNonEmpty(object, u"id"_s, id);
    JsonWriting::insertNonEmpty(object, u"name"_s, name);
    JsonWriting::insertNonEmpty(object, u"urn"_s, urn);
    JsonWriting::insertNonEmpty(object, u"description"_s, description);
    return object;
}

QList<AccessPackageInfo> AccessPackageTree::packages() const
{
    QList<AccessPackageInfo> result;
    for (const AccessPackageAreaGroup &group : groups) {
        for (const AccessPackageArea &area : group.areas)
            result.append(area.packages);
    }
    return result;
}

const AccessPackageInfo *AccessPackageTree::find(const QString &urn) const
{
    for (const AccessPackageAreaGroup &group : groups) {
        for (const AccessPackageArea &area : group.areas) {
            for (const AccessPackageInfo &package : area.packages) {
                if (package.urn.compare(urn, Qt::CaseInsensitive) == 0)
                    return &package;
            }
        }
    }
    return nullptr;
}

const AccessPackageArea *AccessPackageTree::areaOf(const QString &urn) const
{
    for (const AccessPackageAreaGroup &group : groups) {
        for (const AccessPackageArea &area : group.areas) {
            for (const AccessPackageInfo &package : area.packages) {
                if (package.urn.compare(urn, Qt::CaseInsensitive) == 0)
                    return &area;
            }
        }
    }
    return nullptr;
}

AccessPackageTree AccessPackageTree::fromJson(const QJsonArray &array)
{
    AccessPackageTree tree;
    for (const QJsonValue &groupValue : array) {
        const JsonObjectReader groupReader(groupValue.toObject());
        AccessPackageAreaGroup group;
        group.id = groupReader.string(u"id");
        group.urn = groupReader.string(u"urn");
        group.name = groupReader.string(u"name");
        group.description = groupReader.string(u"description");
        group.type = groupReader.string(u"type");
        const QJsonArray areas = groupReader.array(u"areas");
        for (const QJsonValue &areaValue : areas) {
            const JsonObjectReader areaReader(areaValue.toObject());
            AccessPackageArea area = areaFromJson(areaReader);
            const QJsonArray packages = areaReader.array(u"packages");
            for (const QJsonValue &packageValue : packages)
                area.packages.append(AccessPackageInfo::fromJson(packageValue.toObject()));
            group.areas.append(area);
        }
        tree.groups.append(group);
    }
    return tree;
}

AccessPackageTree AccessPackageTree::fromSearchHits(const QJsonArray &hits)
{
    AccessPackageTree tree;
    for (const QJsonValue &hit : hits) {
        const QJsonObject object = JsonObjectReader(hit.toObject()).object(u"object");
        if (object.isEmpty())
            continue;
        const JsonObjectReader reader(object);

        const JsonObjectReader type(reader.object(u"type"));
        AccessPackageAreaGroup groupCandidate;
        groupCandidate.id = type.string(u"id");
        groupCandidate.name = type.string(u"name");
        groupCandidate.type = groupCandidate.name;
        AccessPackageAreaGroup &group = findOrAppend(tree.groups, groupCandidate);

        AccessPackageArea &area =
            findOrAppend(group.areas, areaFromJson(JsonObjectReader(reader.object(u"area"))));
        area.packages.append(AccessPackageInfo::fromJson(object));
    }
    return tree;
}

QJsonArray AccessPackageTree::toJson() const
{
    QJsonArray array;
    for (const AccessPackageAreaGroup &group : groups)
        array.append(groupToJson(group));
    return array;
}

} // namespace Altinn
