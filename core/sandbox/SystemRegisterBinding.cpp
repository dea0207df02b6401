#include "sandbox/SystemRegisterBinding.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::JsonObjectReader;

namespace {

// .NET type names, as System.Text.Json writes them in "could not be converted to …" messages.
const QString SystemTypeName =
    u"Altinn.Platform.Authentication.Core.SystemRegister.Models.RegisterSystemRequest"_s;
const QString VendorTypeName = u"Altinn.Platform.Authentication.Core.Models.VendorInfo"_s;
const QString RightTypeName = u"Altinn.Platform.Authentication.Core.Models.Right"_s;
const QString PairTypeName = u"Altinn.Platform.Authentication.Core.Models.AttributePair"_s;
const QString PackageTypeName = u"Altinn.Platform.Authentication.Core.Models.AccessPackages.AccessPackage"_s;
const QString StringTypeName = u"System.String"_s;
const QString BoolTypeName = u"System.Boolean"_s;
const QString UriTypeName = u"System.Uri"_s;
const QString DictionaryTypeName = u"System.Collections.Generic.IDictionary`2[System.String,System.String]"_s;

QString listOf(const QString &typeName)
{
    return u"System.Collections.Generic.List`1["_s + typeName + u']';
}

struct TypeError
{
    QString path;
    QString typeName;
};
using TypeCheck = std::optional<TypeError>;
using ElementCheck = std::function<TypeCheck(const QJsonValue &, const QString &)>;

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

QJsonValue member(const QJsonObject &object, QStringView name)
{
    return JsonObjectReader(object).value(name);
}

/// The JSON path of member @p name, spelled as the body spells it (System.Text.Json reports it so).
QString memberPath(const QString &path, const QJsonObject &object, QStringView name)
{
    if (object.contains(name))
        return path + u'.' + name.toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
            return path + u'.' + it.key();
    }
    return path + u'.' + name.toString();
}

QString conversionMessage(const TypeError &error)
{
    return u"The JSON value could not be converted to %1. Path: %2."_s.arg(error.typeName, error.path);
}

QString requiredMessage(const QString &name)
{
    return u"The %1 field is required."_s.arg(name);
}

TypeCheck checkScalar(const QJsonValue &value, const QString &path, const QString &typeName)
{
    if (isAbsent(value) || value.isString())
        return std::nullopt;
    return TypeError{path, typeName};
}

TypeCheck checkString(const QJsonValue &value, const QString &path)
{
    return checkScalar(value, path, StringTypeName);
}

TypeCheck checkUri(const QJsonValue &value, const QString &path)
{
    return checkScalar(value, path, UriTypeName);
}

TypeCheck checkList(
    const QJsonValue &value, const QString &path, const QString &typeName, const ElementCheck &element)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isArray())
        return TypeError{path, typeName};
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto error = element(array.at(i), u"%1[%2]"_s.arg(path).arg(i)))
            return error;
    }
    return std::nullopt;
}

/// Checks @p names of @p object with @p check, in order; the first failure wins (System.Text.Json stops
/// there).
TypeCheck checkMembers(const QJsonObject &object, const QString &path,
    const QList<std::pair<QStringView, ElementCheck>> &members)
{
    for (const auto &[name, check] : members) {
        if (auto error = check(member(object, name), memberPath(path, object, name)))
            return error;
    }
    return std::nullopt;
}

TypeCheck checkObject(const QJsonValue &value, const QString &path, const QString &typeName,
    const QList<std::pair<QStringView, ElementCheck>> &members)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject())
        return TypeError{path, typeName};
    return checkMembers(value.toObject(), path, members);
}

TypeCheck checkStringMap(const QJsonValue &value, const QString &path)
{
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isObject())
        return TypeError{path, DictionaryTypeName};
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (auto error = checkString(it.value(), path + u'.' + it.key()))
            return error;
    }
    return std::nullopt;
}

TypeCheck checkPair(const QJsonValue &value, const QString &path)
{
    return checkObject(value, path, PairTypeName, {{u"id", checkString}, {u"value", checkString}});
}

TypeCheck checkRight(const QJsonValue &value, const QString &path)
{
    const ElementCheck resource = [](const QJsonValue &list, const QString &listPath) {
        return checkList(list, listPath, listOf(PairTypeName), checkPair);
    };
    return checkObject(value, path, RightTypeName, {{u"action", checkString}, {u"resource", resource}});
}

TypeCheck checkPackage(const QJsonValue &value, const QString &path)
{
    return checkObject(value, path, PackageTypeName, {{u"urn", checkString}});
}

TypeCheck checkSystemMembers(const QJsonObject &object)
{
    // `vendor.authority` is a C# field: System.Text.Json never binds it, so any value passes.
    const ElementCheck vendor = [](const QJsonValue &value, const QString &path) {
        return checkObject(value, path, VendorTypeName, {{u"ID", checkString}});
    };
    const ElementCheck rights = [](const QJsonValue &value, const QString &path) {
        return checkList(value, path, listOf(RightTypeName), checkRight);
    };
    const ElementCheck packages = [](const QJsonValue &value, const QString &path) {
        return checkList(value, path, listOf(PackageTypeName), checkPackage);
    };
    const ElementCheck clientIds = [](const QJsonValue &value, const QString &path) {
        return checkList(value, path, listOf(StringTypeName), checkString);
    };
    const ElementCheck isVisible = [](const QJsonValue &value, const QString &path) -> TypeCheck {
        // A bool cannot hold null: an explicit null fails too.
        if (value.isUndefined() || value.isBool())
            return std::nullopt;
        return TypeError{path, BoolTypeName};
    };
    const ElementCheck redirectUrls = [](const QJsonValue &value, const QString &path) {
        return checkList(value, path, listOf(UriTypeName), checkUri);
    };
    return checkMembers(object, u"$"_s,
        {{u"id", checkString}, {u"vendor", vendor}, {u"name", checkStringMap},
            {u"description", checkStringMap}, {u"rights", rights}, {u"accessPackages", packages},
            {u"clientId", clientIds}, {u"isVisible", isVisible}, {u"allowedRedirectUrls", redirectUrls}});
}

/// The body as one JSON value of any kind, or the model-state errors of a body that is not JSON.
std::variant<QJsonValue, SystemRegisterBinding::ModelStateErrors> parseBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return SystemRegisterBinding::ModelStateErrors{
            {QString(), {u"A non-empty request body is required."_s}}};
    // Wrapped in [] so a bare string, number or null parses too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray('[' + body + ']'), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);

    const qsizetype offset = error.error == QJsonParseError::NoError
        ? body.size()
        : std::clamp<qsizetype>(error.offset - 1, 0, body.size());
    const QByteArray before = body.left(offset);
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const QString reason = error.error == QJsonParseError::NoError
        ? u"The body holds more than a single JSON value"_s
        : error.errorString();
    return SystemRegisterBinding::ModelStateErrors{{u"$"_s,
        {u"The JSON is invalid: %1. Path: $ | LineNumber: %2 | BytePositionInLine: %3."_s.arg(reason)
                .arg(before.count('\n'))
                .arg(offset - lastNewline - 1)}}};
}

/// [Required] on AttributePair.Id/Value (empty and blank strings fail too) and the implicit [Required] of the
/// non-nullable Right.Resource list. @p prefix is the C# property path of the list ("Rights" or "").
void validateRightsModel(
    const QJsonArray &rights, const QString &prefix, SystemRegisterBinding::ModelStateErrors &errors)
{
    for (qsizetype i = 0; i < rights.size(); ++i) {
        if (!rights.at(i).isObject())
            continue;
        const QString rightPath = u"%1[%2].Resource"_s.arg(prefix).arg(i);
        const QJsonValue resource = member(rights.at(i).toObject(), u"resource");
        if (resource.isNull()) {
            errors.insert(rightPath, {requiredMessage(u"Resource"_s)});
            continue;
        }
        const QJsonArray pairs = resource.toArray();
        for (qsizetype j = 0; j < pairs.size(); ++j) {
            if (!pairs.at(j).isObject())
                continue;
            const QJsonObject pair = pairs.at(j).toObject();
            for (const QString &name : {u"Id"_s, u"Value"_s}) {
                const QJsonValue text = member(pair, name);
                if (!text.isString() || text.toString().trimmed().isEmpty())
                    errors.insert(u"%1[%2].%3"_s.arg(rightPath).arg(j).arg(name), {requiredMessage(name)});
            }
        }
    }
}

/// Absent → [] (the C# initialiser), explicit null → nullopt, else the list.
template <typename T>
std::optional<QList<T>> listMember(
    const QJsonObject &object, QStringView name, QList<T> (*fromJson)(const QJsonArray &))
{
    const QJsonValue value = member(object, name);
    if (value.isUndefined())
        return QList<T>{};
    if (value.isNull())
        return std::nullopt;
    return fromJson(value.toArray());
}

/// Parses a JSON array body of @p elementTypeName elements; errors carry @p parameterName when it did not
/// bind.
std::variant<QJsonArray, SystemRegisterBinding::ModelStateErrors> bindArray(const QByteArray &body,
    const QString &parameterName, const QString &elementTypeName, const ElementCheck &element)
{
    using ModelStateErrors = SystemRegisterBinding::ModelStateErrors;
    const auto parsed = parseBody(body);
    if (const auto *errors = std::get_if<ModelStateErrors>(&parsed)) {
        ModelStateErrors result = *errors;
        result.insert(parameterName, {requiredMessage(parameterName)});
        return result;
    }
    const QJsonValue value = std::get<QJsonValue>(parsed);
    if (value.isNull())
        return ModelStateErrors{{parameterName, {requiredMessage(parameterName)}}};
    if (auto error = checkList(value, u"$"_s, listOf(elementTypeName), element))
        return ModelStateErrors{
            {error->path, {conversionMessage(*error)}}, {parameterName, {requiredMessage(parameterName)}}};
    return value.toArray();
}

} // namespace

std::variant<SystemRegisterBinding::SystemBody, SystemRegisterBinding::ModelStateErrors>
SystemRegisterBinding::bindSystem(const QByteArray &body, const QString &parameterName)
{
    // Whenever deserialisation fails, the action parameter stays null and its implicit [Required] fires too.
    const QStringList parameterRequired{requiredMessage(parameterName)};
    const auto parsed = parseBody(body);
    if (const auto *errors = std::get_if<ModelStateErrors>(&parsed)) {
        ModelStateErrors result = *errors;
        result.insert(parameterName, parameterRequired);
        return result;
    }
    const QJsonValue value = std::get<QJsonValue>(parsed);
    if (value.isNull())
        return ModelStateErrors{{parameterName, parameterRequired}};
    if (!value.isObject())
        return ModelStateErrors{{u"$"_s, {conversionMessage(TypeError{u"$"_s, SystemTypeName})}},
            {parameterName, parameterRequired}};
    const QJsonObject object = value.toObject();
    if (auto error = checkSystemMembers(object))
        return ModelStateErrors{
            {error->path, {conversionMessage(*error)}}, {parameterName, parameterRequired}};

    // C# `required` members: present is enough (null satisfies `required`, see below).
    QStringList missing;
    for (const QStringView name : {u"id", u"vendor", u"name", u"description"}) {
        if (member(object, name).isUndefined())
            missing.append(u'\'' + name.toString() + u'\'');
    }
    if (!missing.isEmpty())
        return ModelStateErrors{{u"$"_s,
                                    {u"JSON deserialization for type '%1' was missing required properties "
                                     u"including: %2."_s.arg(SystemTypeName, missing.join(u", "_s))}},
            {parameterName, parameterRequired}};

    // Model validation: non-nullable members bound as null. vendor.ID is left to the action
    // (docs/altinn-behaviour.md#create-a-system): a null vendor.ID gives 500 on create (and 404 on PUT).
    ModelStateErrors invalid;
    const QList<std::pair<QStringView, QString>> nonNullable{{u"id", u"Id"_s}, {u"vendor", u"Vendor"_s},
        {u"name", u"Name"_s}, {u"description", u"Description"_s}, {u"clientId", u"ClientId"_s},
        {u"allowedRedirectUrls", u"AllowedRedirectUrls"_s}};
    for (const auto &[name, property] : nonNullable) {
        if (member(object, name).isNull())
            invalid.insert(property, {requiredMessage(property)});
    }
    validateRightsModel(member(object, u"rights").toArray(), u"Rights"_s, invalid);
    if (!invalid.isEmpty())
        return invalid;

    SystemBody bound;
    bound.sent = value;
    bound.system = Altinn::SystemDefinition::fromJson(object);
    bound.system.rights = listMember<Altinn::Right>(object, u"rights", &Altinn::Rights::fromJson);
    bound.system.accessPackages =
        listMember<Altinn::AccessPackageRef>(object, u"accessPackages", &Altinn::AccessPackageRefs::fromJson);
    bound.system.isDeleted.reset();
    bound.vendorIdMissing = !member(member(object, u"vendor").toObject(), u"ID").isString();
    // docs/altinn-behaviour.md#http-and-json-conventions, TrimStringsActionFilter: string properties of the
    // object graph only, i.e. `id` and `vendor.ID` (names, descriptions and lists are dictionaries and lists,
    // which it does not enter).
    bound.system.id = bound.system.id.trimmed();
    bound.system.vendorId = bound.system.vendorId.trimmed();
    return bound;
}

std::optional<QString> SystemRegisterBinding::conversionError(const QJsonObject &system)
{
    if (auto error = checkSystemMembers(system))
        return conversionMessage(*error);
    return std::nullopt;
}

std::variant<QList<Altinn::Right>, SystemRegisterBinding::ModelStateErrors> SystemRegisterBinding::bindRights(
    const QByteArray &body, QJsonValue *sent)
{
    const auto array = bindArray(body, u"rights"_s, RightTypeName, checkRight);
    if (const auto *errors = std::get_if<ModelStateErrors>(&array))
        return *errors;
    const QJsonArray rights = std::get<QJsonArray>(array);
    ModelStateErrors invalid;
    validateRightsModel(rights, QString(), invalid);
    if (!invalid.isEmpty())
        return invalid;
    if (sent)
        *sent = rights;
    return Altinn::Rights::fromJson(rights);
}

std::variant<QList<Altinn::AccessPackageRef>, SystemRegisterBinding::ModelStateErrors>
SystemRegisterBinding::bindAccessPackages(const QByteArray &body, QJsonValue *sent)
{
    const auto array = bindArray(body, u"accessPackages"_s, PackageTypeName, checkPackage);
    if (const auto *errors = std::get_if<ModelStateErrors>(&array))
        return *errors;
    const QJsonArray packages = std::get<QJsonArray>(array);
    if (sent)
        *sent = packages;
    return Altinn::AccessPackageRefs::fromJson(packages);
}
