#include "altinn/ServerFieldMapping.h"

#include "altinn/ErrorExplainer.h"
#include "validation/SystemDefinitionValidator.h"
#include "validation/ValidationCodes.h"

#include <QRegularExpression>
#include <QSet>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Validation {
namespace {

/// A member or item name as the server or ASP.NET writes it (lower-cased) → the draft's casing.
struct MemberName
{
    QStringView serverName;
    QStringView pointerName;
};

const MemberName TopLevelMembers[] = {
    {u"systemid", u"id"},
    {u"id", u"id"},
    {u"vendor", u"vendor"},
    {u"name", u"name"},
    {u"description", u"description"},
    {u"rights", u"rights"},
    {u"accesspackages", u"accessPackages"},
    {u"clientid", u"clientId"},
    {u"clientids", u"clientId"},
    {u"allowedredirecturls", u"allowedRedirectUrls"},
    {u"isvisible", u"isVisible"},
};

const MemberName InnerMembers[] = {
    {u"resource", u"resource"},
    {u"action", u"action"},
    {u"value", u"value"},
    {u"urn", u"urn"},
};

/// The path each code is reported with (docs/altinn-behaviour.md#validation-codes), for a field error that
/// came without one.
struct CodePath
{
    QStringView code;
    QStringView serverPath;
};

const CodePath CodePaths[] = {
    {Codes::VendorIdInvalid, ServerPaths::VendorId},
    {Codes::SystemIdFormat, ServerPaths::SystemId},
    {Codes::SystemIdExists, ServerPaths::SystemId},
    {Codes::SystemIdMismatch, ServerPaths::SystemId},
    {Codes::SystemIdWhitespace, ServerPaths::SystemId},
    {Codes::ResourceNotFound, ServerPaths::RightsResource},
    {Codes::DuplicateRights, ServerPaths::RightsResource},
    {Codes::ResourceAttributeInvalid, ServerPaths::RightsResource},
    {Codes::ResourceNotDelegable, ServerPaths::RightsResource},
    {Codes::ClientIdInUse, ServerPaths::ClientId},
    {Codes::DuplicateClientIds, ServerPaths::ClientId},
    {Codes::RedirectUrlInvalid, ServerPaths::AllowedRedirectUrls},
    {Codes::DuplicateAccessPackages, ServerPaths::AccessPackages},
    {Codes::AccessPackageInvalid, ServerPaths::AccessPackages},
    {Codes::VisibleWithClientPackage, ServerPaths::AccessPackages},
};

bool sameCode(const QString &code, QStringView known)
{
    return code.compare(known, Qt::CaseInsensitive) == 0;
}

QString defaultServerPath(const QString &code)
{
    for (const CodePath &entry : CodePaths) {
        if (sameCode(code, entry.code))
            return entry.serverPath.toString();
    }
    return {};
}

QString lookUp(const QString &segment, const MemberName *begin, const MemberName *end)
{
    const QString lower = segment.toLower();
    for (const MemberName *entry = begin; entry != end; ++entry) {
        if (entry->serverName == lower)
            return entry->pointerName.toString();
    }
    return {};
}

/// The segments of a server path or model-state key, without the body's name and with indices as segments.
QStringList segmentsOf(const QString &serverPath)
{
    QString path = serverPath.trimmed();
    if (path.startsWith(u'$')) {
        // ASP.NET model state: "$.rights[0].resource" → "rights/0/resource".
        static const QRegularExpression index(u"\\[(\\d+)\\]"_s);
        path.replace(index, u".\\1"_s);
        path.replace(u'.', u'/');
    }
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty() && segments.first() == u"$")
        segments.removeFirst();
    static const QStringList bodyNames{u"registersystemrequest"_s, u"request"_s, u"model"_s};
    if (!segments.isEmpty() && bodyNames.contains(segments.first().toLower()))
        segments.removeFirst();
    return segments;
}

/// The values an error names in its odd extra members ("ResourceIds Not Found : " → "a | b";
/// "Invalid Urn Details : " → "Not found: a, b | Invalid format: c").
QStringList concernedValues(const QMap<QString, QString> &extras)
{
    static const QRegularExpression separators(u"\\s*(\\||,)\\s*"_s);
    static const QRegularExpression label(u"^(Invalid format|Not found|Not possible to delegate)\\s*:\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList values;
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        // "title"/"detail" hold the other message text, not item names.
        if (it.key() == u"title" || it.key() == u"detail")
            continue;
        for (const QString &part : it.value().split(u'|')) {
            QString text = part.trimmed();
            text.remove(label);
            for (const QString &value : text.split(separators, Qt::SkipEmptyParts)) {
                if (!values.contains(value.trimmed()))
                    values.append(value.trimmed());
            }
        }
    }
    return values;
}

/// Indices of the items whose key was seen before (the duplicates, not their first occurrence).
template <typename T, typename KeyOf> QList<qsizetype> laterDuplicates(const QList<T> &items, KeyOf keyOf)
{
    QList<qsizetype> indices;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = keyOf(items.at(i));
        if (seen.contains(key))
            indices.append(i);
        seen.insert(key);
    }
    return indices;
}

QString indexed(const QString &member, qsizetype index)
{
    return member + u'/' + QString::number(index);
}

/// A finding's place: the pointer and, when it concerns one item, how that item reads.
struct Place
{
    QString path;
    QString item;
};

QList<Place> rightPlaces(
    const QString &code, const QStringList &concerned, const Altinn::SystemDefinition &sent)
{
    const QList<Altinn::Right> rights = sent.rights.value_or(QList<Altinn::Right>{});
    QList<Place> places;
    if (sameCode(code, Codes::DuplicateRights)) {
        for (qsizetype i :
            laterDuplicates(rights, [](const Altinn::Right &right) { return right.identityKey(); }))
            places.append({indexed(u"/rights"_s, i), rights.at(i).resourceId()});
        return places;
    }
    // The extras name attribute values; an invalid attribute id is the pair's "id", anything else its
    // "value".
    const QString member = sameCode(code, Codes::ResourceAttributeInvalid) ? u"id"_s : u"value"_s;
    for (qsizetype i = 0; i < rights.size(); ++i) {
        const QList<Altinn::AttributePair> &pairs = rights.at(i).resource;
        for (qsizetype j = 0; j < pairs.size(); ++j) {
            if (concerned.contains(pairs.at(j).value)) {
                places.append(
                    {indexed(u"/rights"_s, i) + u"/resource/"_s + QString::number(j) + u'/' + member,
                        pairs.at(j).value});
            }
        }
    }
    return places;
}

QList<Place> packagePlaces(
    const QString &code, const QStringList &concerned, const Altinn::SystemDefinition &sent)
{
    const QList<Altinn::AccessPackageRef> packages =
        sent.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    QList<Place> places;
    if (sameCode(code, Codes::VisibleWithClientPackage)) {
        // As the local rule does: the user fixes it by turning visibility off (or removing the packages).
        places.append({u"/isVisible"_s, {}});
        return places;
    }
    if (sameCode(code, Codes::DuplicateAccessPackages)) {
        for (qsizetype i :
            laterDuplicates(packages, [](const Altinn::AccessPackageRef &package) { return package.urn; }))
            places.append({indexed(u"/accessPackages"_s, i), packages.at(i).urn});
        return places;
    }
    for (qsizetype i = 0; i < packages.size(); ++i) {
        if (concerned.contains(packages.at(i).urn))
            places.append({indexed(u"/accessPackages"_s, i) + u"/urn"_s, packages.at(i).urn});
    }
    return places;
}

QList<Place> clientIdPlaces(const QString &code, const Altinn::SystemDefinition &sent)
{
    QList<Place> places;
    if (sameCode(code, Codes::DuplicateClientIds)) {
        // The server compares client ids case-insensitively.
        for (qsizetype i : laterDuplicates(sent.clientIds, [](const QString &id) { return id.toLower(); }))
            places.append({indexed(u"/clientId"_s, i), sent.clientIds.at(i)});
    } else if (sameCode(code, Codes::ClientIdInUse) && sent.clientIds.size() == 1) {
        // The server does not say which id is taken; with one id there is no doubt.
        places.append({u"/clientId/0"_s, sent.clientIds.first()});
    }
    return places;
}

QList<Place> redirectPlaces(const QString &code, const Altinn::SystemDefinition &sent)
{
    QList<Place> places;
    if (!sameCode(code, Codes::RedirectUrlInvalid))
        return places;
    for (qsizetype i = 0; i < sent.allowedRedirectUrls.size(); ++i) {
        const QString &url = sent.allowedRedirectUrls.at(i);
        if (!SystemDefinitionValidator::isAbsoluteHttpsUrl(url))
            places.append({indexed(u"/allowedRedirectUrls"_s, i), url});
    }
    return places;
}

QList<Place> textPlaces(const QString &member, const Altinn::SystemDefinition &sent)
{
    const Altinn::LocalizedText &text = member == u"name" ? sent.name : sent.description;
    QList<Place> places;
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        if (text.value(language).trimmed().isEmpty())
            places.append({u'/' + member + u'/' + language, language});
    }
    return places;
}

/// Where one field error belongs: the items it concerns, else the member, else nowhere in particular.
QList<Place> placesOf(const Altinn::FieldError &error, const Altinn::SystemDefinition &sent)
{
    QString base = ServerFieldMapping::pointerFor(error.paths.value(0));
    if (base.isEmpty())
        base = ServerFieldMapping::pointerFor(defaultServerPath(error.code));
    const QString member = base.section(u'/', 1, 1);
    // A path that already names an item ("/rights/0/…") is as precise as it gets.
    bool hasIndex = false;
    base.section(u'/', 2, 2).toUInt(&hasIndex);

    QList<Place> places;
    if (!hasIndex) {
        const QStringList concerned = concernedValues(error.extras);
        if (member == u"rights")
            places = rightPlaces(error.code, concerned, sent);
        else if (member == u"accessPackages")
            places = packagePlaces(error.code, concerned, sent);
        else if (member == u"clientId")
            places = clientIdPlaces(error.code, sent);
        else if (member == u"allowedRedirectUrls")
            places = redirectPlaces(error.code, sent);
        else if (member == u"name" || member == u"description")
            places = textPlaces(member, sent);
    }
    if (places.isEmpty())
        places.append({base, {}});
    return places;
}

QString messageFor(const Altinn::FieldError &error, const QString &item)
{
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explainCode(error.code);
    QString text = explanation.summary.isEmpty() ? error.message
                                                 : QString(explanation.summary + u' ' + explanation.remedy);
    if (text.trimmed().isEmpty())
        text = ServerFieldMapping::tr("Altinn refused this value.");
    return item.isEmpty() ? text : ServerFieldMapping::tr("%1: %2").arg(item, text);
}

} // namespace

QString ServerFieldMapping::pointerFor(const QString &serverPath)
{
    const QStringList segments = segmentsOf(serverPath);
    if (segments.isEmpty())
        return {};
    const QString top = lookUp(segments.first(), std::begin(TopLevelMembers), std::end(TopLevelMembers));
    if (top.isEmpty())
        return {};
    if (top == u"vendor")
        return u"/vendor/ID"_s; // the only member of vendor
    QString pointer = u'/' + top;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        bool isIndex = false;
        segment.toUInt(&isIndex);
        if (isIndex) {
            pointer += u'/' + segment;
            continue;
        }
        // "id" inside a right's resource is the attribute pair's id.
        const QString inner = segment.compare(u"id"_s, Qt::CaseInsensitive) == 0
            ? u"id"_s
            : lookUp(segment, std::begin(InnerMembers), std::end(InnerMembers));
        if (inner.isEmpty())
            break;
        pointer += u'/' + inner;
    }
    return pointer;
}

QList<Finding> ServerFieldMapping::findings(
    const Altinn::ApiError &error, const Altinn::SystemDefinition &sent)
{
    QList<Finding> result;
    for (const Altinn::FieldError &fieldError : error.fieldErrors) {
        const QString serverPath = fieldError.paths.value(0);
        for (const Place &place : placesOf(fieldError, sent)) {
            result.append(Finding{fieldError.code, place.path, serverPath, Severity::Error,
                messageFor(fieldError, place.item)});
        }
    }
    return result;
}

} // namespace Validation
