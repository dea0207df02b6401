#include "model/SystemDefinitionJson.h"

#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

enum class Shape { Text, Object, List, Boolean };

bool hasShape(const QJsonValue &value, Shape shape)
{
    switch (shape) {
    case Shape::Text:
        return value.isString();
    case Shape::Object:
        return value.isObject();
    case Shape::List:
        return value.isArray();
    case Shape::Boolean:
        return value.isBool();
    }
    return false;
}

struct Member
{
    QStringView name;
    Shape shape;
    /// For lists: what every element must be.
    std::optional<Shape> elementShape;
};

} // namespace

QByteArray SystemDefinitionJson::toRequestBody(const SystemDefinition &system)
{
    return QJsonDocument(system.toRequestJson()).toJson(QJsonDocument::Indented);
}

std::optional<SystemDefinition> SystemDefinitionJson::fromFile(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SystemDefinition> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto shapeName = [](Shape shape) {
        switch (shape) {
        case Shape::Text:
            return tr("text");
        case Shape::Object:
            return tr("an object ({ … })");
        case Shape::List:
            return tr("a list ([ … ])");
        case Shape::Boolean:
            return tr("true or false");
        }
        return QString();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("The file is not valid JSON (%1 at character %2). Choose a .json file exported "
                       "from this wizard or in Altinn's system register format.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return fail(tr("The file holds JSON, but not a system definition: it must be one object "
                       "({ \"id\": …, \"name\": … }), not a list or a single value."));
    }

    const JsonObjectReader reader(document.object());
    // The members a system definition is recognised by; a file with none of them is something else.
    const QList<QStringView> identifying = {u"id", u"vendor", u"name", u"description", u"rights",
        u"accessPackages", u"clientId", u"allowedRedirectUrls"};
    const bool looksLikeSystem = std::any_of(
        identifying.cbegin(), identifying.cend(), [&reader](QStringView name) { return reader.has(name); });
    if (!looksLikeSystem) {
        return fail(tr("The file holds a JSON object, but not a system definition: it has none of the "
                       "members \"id\", \"name\", \"description\", \"rights\" or \"accessPackages\"."));
    }

    const QList<Member> members = {
        {u"id", Shape::Text, std::nullopt},
        {u"vendor", Shape::Object, std::nullopt},
        {u"name", Shape::Object, Shape::Text},
        {u"description", Shape::Object, Shape::Text},
        {u"rights", Shape::List, Shape::Object},
        {u"accessPackages", Shape::List, Shape::Object},
        {u"clientId", Shape::List, Shape::Text},
        {u"isVisible", Shape::Boolean, std::nullopt},
        {u"allowedRedirectUrls", Shape::List, Shape::Text},
    };
    for (const Member &member : members) {
        if (!reader.has(member.name))
            continue;
        const QJsonValue value = reader.value(member.name);
        if (!hasShape(value, member.shape)) {
            return fail(tr("The member \"%1\" must be %2. Correct the file and import it again.")
                            .arg(member.name.toString(), shapeName(member.shape)));
        }
        if (!member.elementShape)
            continue;
        // Elements of the wrong type would be skipped on import: refuse rather than lose them.
        const QJsonArray elements = value.isArray() ? value.toArray() : QJsonArray();
        const QJsonObject entries = value.isObject() ? value.toObject() : QJsonObject();
        const bool allFit = member.shape == Shape::List
            ? std::all_of(elements.cbegin(), elements.cend(),
                [&member](const QJsonValue &element) { return hasShape(element, *member.elementShape); })
            : std::all_of(entries.constBegin(), entries.constEnd(),
                [&member](const QJsonValue &element) { return hasShape(element, *member.elementShape); });
        if (!allFit) {
            return fail(tr("Every entry in \"%1\" must be %2. Correct the file and import it again.")
                            .arg(member.name.toString(), shapeName(*member.elementShape)));
        }
    }
    return SystemDefinition::fromJson(document.object());
}

} // namespace Altinn
