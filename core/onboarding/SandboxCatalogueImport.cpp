#include "onboarding/SandboxCatalogueImport.h"

#include "model/AltinnUrns.h"
#include "model/JsonObjectReader.h"
#include "validation/OrgNumber.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using Altinn::JsonObjectReader;

namespace Onboarding {

namespace {

// The sandbox's rules (core/sandbox/CatalogueControlApi.cpp; docs/sandbox.md#your-own-catalogue).
const QRegularExpression IdentifierPattern(u"^[A-Za-z0-9_-]{4,200}$"_s);
const QRegularExpression AppIdentifierPattern(u"^app_[A-Za-z0-9-]+_.+$"_s);
const QRegularExpression PackageCodePattern(u"^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)*$"_s);
const QRegularExpression AreaUrnPattern(u"^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$"_s);
const QRegularExpression NineDigits(u"^[0-9]{9}$"_s);
/// The names an area group's `type` may have: the entity types' keys and names in nb/nn/en.
const QStringList EntityTypeNames{u"Organisation"_s, u"Organisasjon"_s, u"Organization"_s, u"Person"_s};
/// Types the system register refuses in a right (docs/altinn-behaviour.md#create-a-system: AUTH.VLD-00017).
const QStringList RefusedByRegister{u"MaskinportenSchema"_s, u"Altinn2Service"_s, u"Consent"_s};
/// The synthetic organisations' numbers (docs/sandbox.md#synthetic-organisations): 350000003 up to the
/// millionth, 360999971. The sandbox keeps added organisations out of this block.
const QString FirstSynthetic = u"350000000"_s;
const QString LastSynthetic = u"360999971"_s;

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

qsizetype jsonSize(const QJsonValue &value)
{
    return compact(value).toUtf8().size();
}

bool isTexts(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return std::all_of(object.constBegin(), object.constEnd(),
        [](const QJsonValue &text) { return text.isString() || text.isNull(); });
}

bool isBoolOrAbsent(const QJsonValue &value)
{
    return value.isBool() || value.isUndefined() || value.isNull();
}

} // namespace

QStringList SandboxCatalogueImport::resourceTypes()
{
    return {u"Default"_s, u"Systemresource"_s, u"MaskinportenSchema"_s, u"Altinn2Service"_s, u"AltinnApp"_s,
        u"GenericAccessResource"_s, u"BrokerService"_s, u"CorrespondenceService"_s, u"Consent"_s,
        u"MigratedApp"_s};
}

SandboxCatalogueImport SandboxCatalogueImport::fromFile(const QString &path)
{
    SandboxCatalogueImport import;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        import.error({}, tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return import;
    }
    if (file.size() > MaxFileBytes) {
        import.error({},
            tr("%1 is larger than %2 MiB, so it is not a catalogue export.")
                .arg(QFileInfo(path).fileName())
                .arg(MaxFileBytes / (1024 * 1024)));
        return import;
    }
    return fromJson(file.readAll());
}

SandboxCatalogueImport SandboxCatalogueImport::fromJson(const QByteArray &json)
{
    SandboxCatalogueImport import;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        import.error({},
            tr("The file is not JSON (%1 at byte %2). Save the API's answer as it came, e.g. "
               "with curl -o.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return import;
    }
    import.read(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    return import;
}

SandboxCatalogueImport SandboxCatalogueImport::resource(
    const QString &identifier, const QString &title, const QString &type, const QString &ownerCode)
{
    QJsonObject resource{{u"identifier"_s, identifier.trimmed()}};
    const QString text = title.trimmed();
    if (!text.isEmpty())
        resource.insert(u"title"_s, QJsonObject{{u"nb"_s, text}, {u"nn"_s, text}, {u"en"_s, text}});
    if (!type.trimmed().isEmpty())
        resource.insert(u"resourceType"_s, type.trimmed());
    if (!ownerCode.trimmed().isEmpty())
        resource.insert(
            u"hasCompetentAuthority"_s, QJsonObject{{u"orgcode"_s, ownerCode.trimmed().toLower()}});
    SandboxCatalogueImport import;
    import.read(resource);
    return import;
}

SandboxCatalogueImport SandboxCatalogueImport::organisation(const QString &orgNo, const QString &name)
{
    SandboxCatalogueImport import;
    import.read(QJsonObject{{u"orgNo"_s, Validation::OrgNumber::normalized(orgNo)},
        { u"name"_s,
            name.trimmed() }});
    return import;
}

void SandboxCatalogueImport::read(const QJsonValue &document)
{
    QJsonValue value = document;
    // MetadataClient's cache file keeps the server's answer under "data".
    if (value.isObject()) {
        const JsonObjectReader reader(value.toObject());
        if (reader.has(u"data") && reader.has(u"fetchedAt"))
            value = reader.value(u"data");
    }
    m_wasArray = value.isArray();
    const QJsonArray entries = m_wasArray ? value.toArray() : QJsonArray{value};
    if (entries.isEmpty()) {
        error({}, tr("The file holds an empty list: there is nothing to add."));
        return;
    }
    const JsonObjectReader first(entries.first().toObject());
    if (first.has(u"identifier"))
        m_kind = m_wasArray ? Kind::ResourceList : Kind::Resource;
    else if (first.has(u"areas"))
        m_kind = Kind::AccessPackageExport;
    else if (first.has(u"orgNo"))
        m_kind = Kind::Organisations;
    if (m_kind == Kind::Unknown) {
        if (first.has(u"object") && first.has(u"score"))
            error({},
                tr("This is an access package search answer. Add the whole export instead "
                   "(accessmanagement/api/v1/meta/info/accesspackages/export)."));
        else
            error({},
                tr("This is not a format the sandbox can add: expected a resource list or resource (with "
                   "\"identifier\"), an access package export (area groups with \"areas\"), or organisations "
                   "(\"orgNo\" and \"name\")."));
        return;
    }
    m_items = entries;
    switch (m_kind) {
    case Kind::ResourceList:
    case Kind::Resource:
        checkResources();
        break;
    case Kind::AccessPackageExport:
        checkAccessPackages();
        break;
    case Kind::Organisations:
        checkOrganisations();
        break;
    case Kind::Unknown:
        break;
    }
}

QString SandboxCatalogueImport::at(qsizetype index) const
{
    return m_wasArray ? u"[%1]"_s.arg(index) : QString();
}

void SandboxCatalogueImport::checkResources()
{
    const QStringList types = resourceTypes();
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString path = at(i);
        const QString dot = path.isEmpty() ? QString() : path + u'.';
        if (!m_items.at(i).isObject()) {
            error(path, tr("Expected a resource (an object); found something else."));
            continue;
        }
        const JsonObjectReader resource(m_items.at(i).toObject());
        const QJsonValue idValue = resource.value(u"identifier");
        const QString identifier = idValue.toString();
        if (!idValue.isString() || !IdentifierPattern.match(identifier).hasMatch()) {
            error(dot + u"identifier"_s,
                tr("The identifier must be 4 to 200 letters, digits, \"_\" or \"-\" (found \"%1\").")
                    .arg(idValue.isString() ? identifier : compact(idValue)));
            continue;
        }
        if (identifier.compare(u"resourcelist"_s, Qt::CaseInsensitive) == 0
            || identifier.compare(u"search"_s, Qt::CaseInsensitive) == 0) {
            error(dot + u"identifier"_s,
                tr("\"%1\" is a path of the registry, not a resource id.").arg(identifier));
            continue;
        }
        if (const auto first = seen.constFind(identifier.toLower()); first != seen.cend()) {
            error(dot + u"identifier"_s,
                tr("\"%1\" is in the file twice (also at %2).").arg(identifier, first.value()));
            continue;
        }
        seen.insert(identifier.toLower(), path);
        ++m_resources;

        const bool isApp = AppIdentifierPattern.match(identifier).hasMatch();
        QString type = isApp ? u"AltinnApp"_s : u"Default"_s;
        if (resource.has(u"resourceType")) {
            const QString given = resource.value(u"resourceType").toString();
            const auto known = std::find_if(types.cbegin(), types.cend(),
                [&given](const QString &name) { return name.compare(given, Qt::CaseInsensitive) == 0; });
            if (known == types.cend()) {
                error(dot + u"resourceType"_s,
                    tr("Unknown resource type \"%1\"; the registry's types are %2.")
                        .arg(given, types.join(u", "_s)));
                continue;
            }
            type = *known;
        }
        const bool isAppType = type == u"AltinnApp"_s || type == u"MigratedApp"_s;
        if (isApp != isAppType) {
            error(dot + u"resourceType"_s,
                isApp ? tr(
                    "Ids starting with \"app_\" belong to apps: the type must be AltinnApp (or MigratedApp), "
                    "not %1.")
                            .arg(type)
                      : tr("An app (%1) has an id of the form app_<owner code>_<app name>.").arg(type));
            continue;
        }
        for (const QString &member : {u"title"_s, u"description"_s, u"rightDescription"_s}) {
            if (!isTexts(resource.value(member)))
                error(dot + member,
                    tr("Expected texts per language, e.g. {\"nb\": \"…\", \"nn\": \"…\", \"en\": \"…\"}."));
        }
        for (const QString &member : {u"delegable"_s, u"visible"_s, u"selfIdentifiedUserEnabled"_s,
                 u"enterpriseUserEnabled"_s, u"isOneTimeConsent"_s}) {
            if (!isBoolOrAbsent(resource.value(member)))
                error(dot + member, tr("Expected true or false."));
        }
        const QJsonValue authority = resource.value(u"hasCompetentAuthority");
        if (!authority.isUndefined() && !authority.isNull()) {
            const QString organization = JsonObjectReader(authority.toObject()).string(u"organization");
            if (!authority.isObject())
                error(dot + u"hasCompetentAuthority"_s,
                    tr("Expected the owner: {\"orgcode\", \"organization\", \"name\"}."));
            else if (!organization.isEmpty() && !NineDigits.match(organization).hasMatch())
                error(dot + u"hasCompetentAuthority.organization"_s,
                    tr("Expected the owner's organisation number, nine digits (found \"%1\").")
                        .arg(organization));
        }
        if (RefusedByRegister.contains(type)) {
            warning(dot + u"resourceType"_s,
                tr("%1 is a %2: the system register does not take it as a right (AUTH.VLD-00017).")
                    .arg(identifier, type));
        } else if (resource.value(u"delegable") == QJsonValue(false)) {
            warning(dot + u"delegable"_s,
                tr("%1 is not delegable: a system may list it, but customers cannot approve it.")
                    .arg(identifier));
        }
        if (jsonSize(m_items.at(i)) > DefaultBatchBytes)
            error(path, tr("This resource alone is larger than the sandbox takes in one request."));
    }
}

void SandboxCatalogueImport::checkAccessPackages()
{
    QHash<QString, QString> areasSeen;
    QHash<QString, QString> packagesSeen;
    for (qsizetype g = 0; g < m_items.size(); ++g) {
        const QString groupPath = at(g);
        const QString groupDot = groupPath.isEmpty() ? QString() : groupPath + u'.';
        const JsonObjectReader group(m_items.at(g).toObject());
        const auto areas = group.optionalArray(u"areas");
        if (!m_items.at(g).isObject() || !areas) {
            error(groupPath, tr("Expected an area group with its \"areas\", as the export lists them."));
            continue;
        }
        const QString type = group.string(u"type");
        if (!type.isEmpty()
            && std::none_of(EntityTypeNames.cbegin(), EntityTypeNames.cend(),
                [&type](const QString &name) { return name.compare(type, Qt::CaseInsensitive) == 0; })) {
            error(groupDot + u"type"_s,
                tr("Expected \"Organisasjon\" or \"Person\" (found \"%1\").").arg(type));
        }
        if (type.compare(u"Organization"_s, Qt::CaseInsensitive) == 0)
            m_suggestedLanguage = u"en"_s;
        for (qsizetype a = 0; a < areas->size(); ++a) {
            const QString areaPath = groupDot + u"areas[%1]"_s.arg(a);
            const JsonObjectReader area(areas->at(a).toObject());
            const QString urn = area.string(u"urn");
            if (!areas->at(a).isObject() || !AreaUrnPattern.match(urn).hasMatch()) {
                error(areaPath + u".urn"_s,
                    tr("Every area needs its URN, e.g. "
                       "\"accesspackage:area:skatt_avgift_regnskap_og_toll\"."));
                continue;
            }
            if (const auto first = areasSeen.constFind(urn.toLower()); first != areasSeen.cend()) {
                error(areaPath + u".urn"_s,
                    tr("\"%1\" is in the file twice (also at %2).").arg(urn, first.value()));
                continue;
            }
            areasSeen.insert(urn.toLower(), areaPath);
            ++m_areas;
            const QJsonArray packages = area.array(u"packages");
            for (qsizetype p = 0; p < packages.size(); ++p) {
                const QString packagePath = areaPath + u".packages[%1]"_s.arg(p);
                const JsonObjectReader package(packages.at(p).toObject());
                const QString packageUrn = package.string(u"urn");
                const QString code = packageUrn.startsWith(Altinn::Urns::AccessPackagePrefix)
                    ? packageUrn.mid(Altinn::Urns::AccessPackagePrefix.size())
                    : QString();
                if (!PackageCodePattern.match(code).hasMatch()) {
                    error(packagePath + u".urn"_s,
                        tr("Expected urn:altinn:accesspackage:<code> (found \"%1\").").arg(packageUrn));
                    continue;
                }
                const auto delegable = package.optionalBool(u"isDelegable");
                const auto assignable = package.optionalBool(u"isAssignable");
                if (!delegable || !assignable) {
                    error(packagePath + (delegable ? u".isAssignable"_s : u".isDelegable"_s),
                        tr("Expected true or false, as the export has it."));
                    continue;
                }
                if (const auto first = packagesSeen.constFind(packageUrn.toLower());
                    first != packagesSeen.cend()) {
                    error(packagePath + u".urn"_s,
                        tr("\"%1\" is in the file twice (also at %2).").arg(packageUrn, first.value()));
                    continue;
                }
                packagesSeen.insert(packageUrn.toLower(), packagePath);
                ++m_packages;
                if (JsonObjectReader(package.object(u"type"))
                        .string(u"name")
                        .compare(u"Organization"_s, Qt::CaseInsensitive)
                    == 0)
                    m_suggestedLanguage = u"en"_s;
                if (!*delegable && !*assignable) {
                    warning(packagePath,
                        tr("%1 is neither delegable nor assignable: the system register refuses it "
                           "(AUTH.VLD-00008).")
                            .arg(packageUrn));
                }
            }
            if (jsonSize(areas->at(a)) > DefaultBatchBytes)
                error(areaPath, tr("This area alone is larger than the sandbox takes in one request."));
        }
    }
    if (m_areas == 0 && !hasErrors())
        error({}, tr("The export holds no areas and no packages."));
}

void SandboxCatalogueImport::checkOrganisations()
{
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString path = at(i);
        const QString dot = path.isEmpty() ? QString() : path + u'.';
        const JsonObjectReader organisation(m_items.at(i).toObject());
        const QString orgNo = Validation::OrgNumber::normalized(organisation.string(u"orgNo"));
        const auto problem = Validation::OrgNumber::check(orgNo);
        if (!m_items.at(i).isObject() || problem != Validation::OrgNumber::Problem::None) {
            error(dot + u"orgNo"_s, Validation::OrgNumber::message(problem));
            continue;
        }
        if (orgNo >= FirstSynthetic && orgNo <= LastSynthetic) {
            error(dot + u"orgNo"_s,
                tr("%1 is in the block of the sandbox's synthetic organisations (350000000 to 360999971); "
                   "choose "
                   "another number.")
                    .arg(orgNo));
            continue;
        }
        if (organisation.string(u"name").trimmed().isEmpty()) {
            error(dot + u"name"_s, tr("Every organisation needs a name."));
            continue;
        }
        if (const auto first = seen.constFind(orgNo); first != seen.cend()) {
            error(dot + u"orgNo"_s, tr("%1 is in the file twice (also at %2).").arg(orgNo, first.value()));
            continue;
        }
        seen.insert(orgNo, path);
        // What is sent: the number without spaces, as the sandbox stores it.
        QJsonObject normalised = m_items.at(i).toObject();
        normalised.insert(u"orgNo"_s, orgNo);
        m_items.replace(i, normalised);
        ++m_organisations;
    }
}

bool SandboxCatalogueImport::hasErrors() const
{
    return std::any_of(
        m_findings.cbegin(), m_findings.cend(), [](const Finding &finding) { return finding.isError; });
}

QString SandboxCatalogueImport::description() const
{
    switch (m_kind) {
    case Kind::ResourceList:
        return tr("a resource list with %n resource(s)", nullptr, m_resources);
    case Kind::Resource:
        return tr("one resource");
    case Kind::AccessPackageExport:
        return tr("an access package export with %n package(s)", nullptr, m_packages) + u' '
            + tr("in %n area(s)", nullptr, m_areas);
    case Kind::Organisations:
        return tr("%n organisation(s)", nullptr, m_organisations);
    case Kind::Unknown:
        break;
    }
    return tr("nothing the sandbox can add");
}

QList<QJsonArray> SandboxCatalogueImport::batches(qsizetype maxBytes) const
{
    // Each entry's size plus a comma; an area group too large alone goes in parts of its areas (the
    // sandbox merges a group sent twice).
    QJsonArray entries;
    for (const QJsonValue &item : m_items) {
        if (m_kind != Kind::AccessPackageExport || jsonSize(item) < maxBytes) {
            entries.append(item);
            continue;
        }
        QJsonObject group = item.toObject();
        const QJsonArray areas = JsonObjectReader(group).array(u"areas");
        group.remove(u"areas"_s);
        for (auto it = group.begin(); it != group.end();) { // any spelling of "areas"
            if (it.key().compare(u"areas"_s, Qt::CaseInsensitive) == 0)
                it = group.erase(it);
            else
                ++it;
        }
        QJsonArray part;
        qsizetype partBytes = jsonSize(group);
        for (const QJsonValue &area : areas) {
            const qsizetype areaBytes = jsonSize(area) + 1;
            if (!part.isEmpty() && partBytes + areaBytes >= maxBytes) {
                QJsonObject piece = group;
                piece.insert(u"areas"_s, part);
                entries.append(piece);
                part = QJsonArray();
                partBytes = jsonSize(group);
            }
            part.append(area);
            partBytes += areaBytes;
        }
        QJsonObject piece = group;
        piece.insert(u"areas"_s, part);
        entries.append(piece);
    }

    QList<QJsonArray> result;
    QJsonArray batch;
    qsizetype bytes = 2;
    for (const QJsonValue &entry : std::as_const(entries)) {
        const qsizetype size = jsonSize(entry) + 1;
        if (!batch.isEmpty() && bytes + size >= maxBytes) {
            result.append(batch);
            batch = QJsonArray();
            bytes = 2;
        }
        batch.append(entry);
        bytes += size;
    }
    if (!batch.isEmpty())
        result.append(batch);
    return result;
}

} // namespace Onboarding
