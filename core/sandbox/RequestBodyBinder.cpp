#include "sandbox/RequestBodyBinder.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Errors = RequestBodyBinder::Errors;

/// Namespace of the service's models, as System.Text.Json names types in its messages.
QString modelNamespace()
{
    return u"Altinn.Platform.Authentication.Core.Models"_s;
}

QString parameterName(Altinn::RequestKind kind)
{
    return kind == Altinn::RequestKind::Agent ? u"createAgentRequest"_s : u"createRequest"_s;
}

QString modelTypeName(Altinn::RequestKind kind)
{
    return QString(modelNamespace() + u".SystemUsers."_s
        + (kind == Altinn::RequestKind::Agent ? u"CreateAgentRequestSystemUser"_s
                                              : u"CreateRequestSystemUser"_s));
}

/// A System.Text.Json failure: the exception's message under its JSON path, and the body parameter itself
/// reported missing (it stays null).
Errors jsonFailure(Altinn::RequestKind kind, const QString &path, const QString &message)
{
    const QString parameter = parameterName(kind);
    return {{path, {message}}, {parameter, {u"The %1 field is required."_s.arg(parameter)}}};
}

QString conversionMessage(const QString &typeName, const QString &path)
{
    return u"The JSON value could not be converted to %1. Path: %2."_s.arg(typeName, path);
}

/// The member of @p object named @p name in any casing, with the key as sent.
std::pair<QString, QJsonValue> member(const QJsonObject &object, QStringView name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (name.compare(it.key(), Qt::CaseInsensitive) == 0)
            return {it.key(), it.value()};
    }
    return {name.toString(), QJsonValue(QJsonValue::Undefined)};
}

bool isStringOrAbsent(const QJsonValue &value)
{
    return value.isString() || value.isNull() || value.isUndefined();
}

/// (JSON path, message) of the first value that could not be converted; nullopt when all convert.
using Conversion = std::optional<std::pair<QString, QString>>;

/// A List<Right> member at @p rightsPath: the first value System.Text.Json could not convert.
Conversion rightsConversionError(const QJsonValue &rights, const QString &rightsPath)
{
    const QString stringType = u"System.String"_s;
    if (!rights.isArray() && !rights.isNull() && !rights.isUndefined())
        return std::pair{rightsPath,
            conversionMessage(
                u"System.Collections.Generic.List`1[%1.Right]"_s.arg(modelNamespace()), rightsPath)};
    const QJsonArray rightsArray = rights.toArray();
    for (qsizetype i = 0; i < rightsArray.size(); ++i) {
        const QString rightPath = u"%1[%2]"_s.arg(rightsPath).arg(i);
        if (!rightsArray.at(i).isObject())
            return std::pair{
                rightPath, conversionMessage(QString(modelNamespace() + u".Right"_s), rightPath)};
        const QJsonObject right = rightsArray.at(i).toObject();
        const auto [actionKey, action] = member(right, u"action");
        if (!isStringOrAbsent(action))
            return std::pair{
                rightPath + u'.' + actionKey, conversionMessage(stringType, rightPath + u'.' + actionKey)};
        const auto [resourceKey, resource] = member(right, u"resource");
        const QString resourcePath = rightPath + u'.' + resourceKey;
        if (!resource.isArray() && !resource.isNull() && !resource.isUndefined())
            return std::pair{resourcePath,
                conversionMessage(
                    u"System.Collections.Generic.List`1[%1.AttributePair]"_s.arg(modelNamespace()),
                    resourcePath)};
        const QJsonArray pairs = resource.toArray();
        for (qsizetype j = 0; j < pairs.size(); ++j) {
            const QString pairPath = u"%1[%2]"_s.arg(resourcePath).arg(j);
            if (!pairs.at(j).isObject())
                return std::pair{
                    pairPath, conversionMessage(QString(modelNamespace() + u".AttributePair"_s), pairPath)};
            for (const auto pairMember : {u"id", u"value"}) {
                const auto [key, value] = member(pairs.at(j).toObject(), pairMember);
                if (!isStringOrAbsent(value))
                    return std::pair{
                        pairPath + u'.' + key, conversionMessage(stringType, pairPath + u'.' + key)};
            }
        }
    }
    return std::nullopt;
}

/// A List<AccessPackage> member at @p packagesPath: the first value System.Text.Json could not convert.
Conversion packagesConversionError(const QJsonValue &packages, const QString &packagesPath)
{
    const QString packageType = QString(modelNamespace() + u".AccessPackages.AccessPackage"_s);
    if (!packages.isArray() && !packages.isNull() && !packages.isUndefined())
        return std::pair{packagesPath,
            conversionMessage(u"System.Collections.Generic.List`1[%1]"_s.arg(packageType), packagesPath)};
    const QJsonArray packageArray = packages.toArray();
    for (qsizetype i = 0; i < packageArray.size(); ++i) {
        const QString packagePath = u"%1[%2]"_s.arg(packagesPath).arg(i);
        if (!packageArray.at(i).isObject())
            return std::pair{packagePath, conversionMessage(packageType, packagePath)};
        const auto [urnKey, urn] = member(packageArray.at(i).toObject(), u"urn");
        if (!isStringOrAbsent(urn))
            return std::pair{packagePath + u'.' + urnKey,
                conversionMessage(u"System.String"_s, packagePath + u'.' + urnKey)};
    }
    return std::nullopt;
}

/// The first value System.Text.Json could not convert, as (path, message); nullopt when all convert.
Conversion firstConversionError(const QJsonObject &body, Altinn::RequestKind kind)
{
    for (const auto name :
        {u"systemId", u"partyOrgNo", u"externalRef", u"integrationTitle", u"redirectUrl"}) {
        const auto [key, value] = member(body, name);
        if (!isStringOrAbsent(value))
            return std::pair{u"$."_s + key, conversionMessage(u"System.String"_s, u"$."_s + key)};
    }
    if (kind == Altinn::RequestKind::Standard) { // the agent model has no `rights`: the member is ignored
        const auto [rightsKey, rights] = member(body, u"rights");
        if (auto error = rightsConversionError(rights, u"$."_s + rightsKey))
            return error;
    }
    const auto [packagesKey, packages] = member(body, u"accessPackages");
    return packagesConversionError(packages, u"$."_s + packagesKey);
}

bool isBlank(const QJsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

/// Model validation inside a List<Right> (C# property path @p prefix, e.g. "Rights"): Right.Resource is a
/// non-nullable list (implicitly [Required]), AttributePair.Id and .Value are [Required].
void rightsViolations(const QJsonValue &rights, const QString &prefix, Errors &errors)
{
    const QJsonArray array = rights.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString resourcePrefix = u"%1[%2].Resource"_s.arg(prefix).arg(i);
        const QJsonValue resource = member(array.at(i).toObject(), u"resource").second;
        if (resource.isNull()) {
            errors.insert(resourcePrefix, {u"The Resource field is required."_s});
            continue;
        }
        const QJsonArray pairs = resource.toArray();
        for (qsizetype j = 0; j < pairs.size(); ++j) {
            const QJsonObject pair = pairs.at(j).toObject();
            const QString pairPrefix = u"%1[%2]."_s.arg(resourcePrefix).arg(j);
            if (isBlank(member(pair, u"id").second))
                errors.insert(pairPrefix + u"Id"_s, {u"The Id field is required."_s});
            if (isBlank(member(pair, u"value").second))
                errors.insert(pairPrefix + u"Value"_s, {u"The Value field is required."_s});
        }
    }
}

/// [Required] violations found by ASP.NET's model validation, keyed by C# property path.
Errors requiredViolations(const QJsonObject &body, Altinn::RequestKind kind)
{
    Errors errors;
    const auto required = [&errors](const QString &key, const QString &property) {
        errors.insert(key, {u"The %1 field is required."_s.arg(property)});
    };
    if (isBlank(member(body, u"systemId").second))
        required(u"SystemId"_s, u"SystemId"_s);
    if (isBlank(member(body, u"partyOrgNo").second))
        required(u"PartyOrgNo"_s, u"PartyOrgNo"_s);
    // [Required] on a list only rejects null: [] passes and meets AUTH-00058 later
    // (docs/altinn-behaviour.md#agent-requests).
    if (kind == Altinn::RequestKind::Agent) {
        const QJsonValue packages = member(body, u"accessPackages").second;
        if (packages.isNull() || packages.isUndefined())
            required(u"AccessPackages"_s, u"AccessPackages"_s);
    } else {
        // Validation walks into the (nullable) rights list.
        rightsViolations(member(body, u"rights").second, u"Rights"_s, errors);
    }
    return errors;
}

/// The lists of ChangeRequestSystemUser, in the model's order: name, kind, C# property.
struct ChangeList
{
    QStringView name;
    bool isRights;
    QString property;
};
const ChangeList ChangeLists[] = {
    {u"requiredRights", true, u"RequiredRights"_s},
    {u"unwantedRights", true, u"UnwantedRights"_s},
    {u"requiredAccessPackages", false, u"RequiredAccessPackages"_s},
    {u"unwantedAccessPackages", false, u"UnwantedAccessPackages"_s},
};

void trim(std::optional<QString> &value)
{
    if (value)
        *value = value->trimmed();
}

} // namespace

std::variant<Altinn::SystemUserRequest, RequestBodyBinder::Errors> RequestBodyBinder::bind(
    const QByteArray &body, Altinn::RequestKind kind)
{
    if (body.trimmed().isEmpty())
        return Errors{{QString(), {u"A non-empty request body is required."_s}}};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return jsonFailure(kind, u"$"_s,
            u"The request body is not valid JSON: %1 (at byte %2)."_s.arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject())
        return jsonFailure(kind, u"$"_s, conversionMessage(modelTypeName(kind), u"$"_s));
    const QJsonObject object = document.object();

    if (const auto conversion = firstConversionError(object, kind))
        return jsonFailure(kind, conversion->first, conversion->second);

    // CreateRequestSystemUser marks systemId and partyOrgNo with C#'s `required`: leaving them out fails
    // deserialisation itself. The agent model has only [Required], checked below with the rest.
    if (kind == Altinn::RequestKind::Standard) {
        QStringList missing;
        for (const auto name : {u"systemId", u"partyOrgNo"}) {
            if (member(object, name).second.isUndefined())
                missing.append(u"'%1'"_s.arg(QStringView(name)));
        }
        if (!missing.isEmpty()) {
            return jsonFailure(kind, u"$"_s,
                u"JSON deserialization for type '%1' was missing required properties including: %2."_s.arg(
                    modelTypeName(kind), missing.join(u", "_s)));
        }
    }

    const Errors violations = requiredViolations(object, kind);
    if (!violations.isEmpty())
        return violations;

    Altinn::SystemUserRequest request = Altinn::SystemUserRequest::fromJson(object, kind);
    // docs/altinn-behaviour.md#http-and-json-conventions: TrimStringsActionFilter trims the string properties
    // of the body object, not those in lists.
    request.systemId = request.systemId.trimmed();
    request.partyOrgNo = request.partyOrgNo.trimmed();
    trim(request.externalRef);
    trim(request.integrationTitle);
    trim(request.redirectUrl);
    return request;
}

std::variant<Altinn::ChangeRequest, RequestBodyBinder::Errors> RequestBodyBinder::bindChangeRequest(
    const QByteArray &body)
{
    // The action's parameter is `ChangeRequestSystemUser createRequest`: whenever the body does not
    // deserialise, it stays null and its implicit [Required] fails too.
    const QString parameter = u"createRequest"_s;
    const QStringList parameterRequired{u"The createRequest field is required."_s};
    if (body.trimmed().isEmpty())
        return Errors{
            {QString(), {u"A non-empty request body is required."_s}}, {parameter, parameterRequired}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // System.Text.Json's exact wording is not reproduced (docs/altinn-behaviour.md#binding-error-shape:
        // unverified).
        return Errors{{u"$"_s,
                          {u"The JSON value could not be converted to ChangeRequestSystemUser. Path: $ | "
                           "LineNumber: 0 | BytePositionInLine: %1."_s.arg(
                               parseError.error != QJsonParseError::NoError ? parseError.offset : 0)}},
            {parameter, parameterRequired}};
    }
    const QJsonObject object = document.object();

    // Members of other names (externalRef, systemUserId, …) are not in the model and are skipped, whatever
    // their type (docs/altinn-behaviour.md#http-and-json-conventions).
    for (const ChangeList &list : ChangeLists) {
        const auto [key, value] = member(object, list.name);
        const QString path = u"$."_s + key;
        if (auto error =
                list.isRights ? rightsConversionError(value, path) : packagesConversionError(value, path))
            return Errors{{error->first, {error->second}}, {parameter, parameterRequired}};
    }
    const auto [redirectKey, redirect] = member(object, u"redirectUrl");
    if (!isStringOrAbsent(redirect)) {
        const QString path = u"$."_s + redirectKey;
        return Errors{{path, {conversionMessage(u"System.String"_s, path)}}, {parameter, parameterRequired}};
    }

    // Model validation: the four lists are non-nullable (`= []` only covers an absent member), and the
    // attribute pairs inside the rights are [Required].
    Errors violations;
    for (const ChangeList &list : ChangeLists) {
        const QJsonValue value = member(object, list.name).second;
        if (value.isNull())
            violations.insert(list.property, {u"The %1 field is required."_s.arg(list.property)});
        else if (list.isRights)
            rightsViolations(value, list.property, violations);
    }
    if (!violations.isEmpty())
        return violations;

    Altinn::ChangeRequest change = Altinn::ChangeRequest::fromJson(object);
    // TrimStringsActionFilter (docs/altinn-behaviour.md#http-and-json-conventions): string members of the
    // object graph are trimmed, list items are not.
    if (change.redirectUrl)
        change.redirectUrl = change.redirectUrl->trimmed();
    return change;
}
