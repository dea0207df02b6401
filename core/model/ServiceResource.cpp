#include "model/ServiceResource.h"

#include "model/JsonObjectReader.h"
#include "model/JsonWriting.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

/// @p language first, then Bokmål (Altinn's primary language), English, Nynorsk and whatever else is there.
QString pick(const LocalizedText &text, const QString &language)
{
    for (const QString &candidate : {language.toLower(), u"nb"_s, u"en"_s, u"nn"_s}) {
        const QString value = text.value(candidate);
        if (!value.isEmpty())
            return value;
    }
    for (const QString &value : text) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void insertText(QJsonObject &object, const QString &member, const LocalizedText &text)
{
    if (!text.isEmpty())
        object.insert(member, LocalizedTexts::toJson(text));
}

} // namespace

bool ServiceResource::isTypeAcceptedByRegister() const
{
    static const QStringList rejected{u"MaskinportenSchema"_s, u"Altinn2Service"_s, u"Consent"_s};
    return !rejected.contains(resourceType, Qt::CaseInsensitive);
}

QString ServiceResource::titleIn(const QString &language) const
{
    const QString text = pick(title, language);
    return text.isEmpty() ? identifier : text;
}

QString ServiceResource::authorityIn(const QString &language) const
{
    const QString text = pick(authorityName, language);
    return text.isEmpty() ? authorityOrgCode : text;
}

ServiceResource ServiceResource::fromJson(const QJsonObject &object)
{
    const JsonObjectReader reader(object);
    ServiceResource resource;
    resource.identifier = reader.string(u"identifier");
    resource.title = LocalizedTexts::fromJson(reader.object(u"title"));
    resource.description = LocalizedTexts::fromJson(reader.object(u"description"));
    resource.rightDescription = LocalizedTexts::fromJson(reader.object(u"rightDescription"));
    resource.resourceType = reader.string(u"resourceType");
    resource.delegable = reader.boolean(u"delegable", true);
    resource.visible = reader.boolean(u"visible", true);

    const JsonObjectReader authority(reader.object(u"hasCompetentAuthority"));
    resource.authorityName = LocalizedTexts::fromJson(authority.object(u"name"));
    resource.authorityOrgCode = authority.string(u"orgcode");
    resource.authorityOrganization = authority.string(u"organization");

    const QJsonArray keywords = reader.array(u"keywords");
    for (const QJsonValue &keyword : keywords) {
        const QString word = JsonObjectReader(keyword.toObject()).string(u"word");
        if (!word.isEmpty())
            resource.keywords.append(word);
    }
    return resource;
}

QJsonObject ServiceResource::toJson() const
{
    // Nulls are left out, as the registry writes them; empty texts count as absent.
    QJsonObject object{
        {u"identifier"_s, identifier},
        {u"delegable"_s, delegable},
        {u"visible"_s, visible},
    };
    insertText(object, u"title"_s, title);
    insertText(object, u"description"_s, description);
    insertText(object, u"rightDescription"_s, rightDescription);
    JsonWriting::insertNonEmpty(object, u"resourceType"_s, resourceType);

    QJsonObject authority;
    insertText(authority, u"name"_s, authorityName);
    JsonWriting::insertNonEmpty(authority, u"orgcode"_s, authorityOrgCode);
    JsonWriting::insertNonEmpty(authority, u"organization"_s, authorityOrganization);
    if (!authority.isEmpty())
        object.insert(u"hasCompetentAuthority"_s, authority);

    if (!keywords.isEmpty()) {
        QJsonArray words;
        for (const QString &word : keywords)
            words.append(QJsonObject{{u"word"_s, word}});
        object.insert(u"keywords"_s, words);
    }
    return object;
}

} // namespace Altinn
