#include "sandbox/CatalogueImportSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace CatalogueImport {

SandboxResponse error(const QString &message)
{
    return SandboxResponse::json(400, QJsonObject{{u"error"_s, message}});
}

QJsonObject counts(int added, int replaced)
{
    return {{u"added"_s, added}, {u"replaced"_s, replaced}};
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String: {
        const QString text = value.toString();
        return u"\"%1\""_s.arg(text.size() > 60 ? QString(text.left(60) + u'…') : text);
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString Items::at(qsizetype index) const
{
    return wasArray ? u"[%1]."_s.arg(index) : QString();
}

std::optional<Items> itemsOf(const QByteArray &body, const QString &example, QString *problem)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"the body is not JSON (%1 at byte %2); send %3"_s.arg(
            parseError.errorString(), QString::number(parseError.offset), example);
        return std::nullopt;
    }
    Items items;
    if (document.isObject()) {
        items.objects.append(document.object());
        return items;
    }
    items.wasArray = true;
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        *problem = u"the body holds nothing to add; send %1"_s.arg(example);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *problem = u"[%1]: expected an object (got %2); send %3"_s.arg(
                QString::number(i), describe(array.at(i)), example);
            return std::nullopt;
        }
        items.objects.append(array.at(i).toObject());
    }
    return items;
}

void Reader::fail(QStringView member, const QString &message)
{
    if (m_problem.isEmpty())
        m_problem = path(member) + u": "_s + message;
}

void Reader::expected(QStringView member, const QString &what)
{
    fail(member, u"expected %1 (got %2)"_s.arg(what, describe(value(member))));
}

std::optional<QString> Reader::string(QStringView member, qsizetype maxLength)
{
    if (!has(member))
        return std::nullopt;
    const QJsonValue found = value(member);
    if (!found.isString()) {
        expected(member, u"a string"_s);
        return std::nullopt;
    }
    if (found.toString().size() > maxLength) {
        fail(member, u"at most %1 characters, please"_s.arg(maxLength));
        return std::nullopt;
    }
    return found.toString();
}

std::optional<bool> Reader::boolean(QStringView member)
{
    if (!has(member))
        return std::nullopt;
    if (!value(member).isBool()) {
        expected(member, u"true or false"_s);
        return std::nullopt;
    }
    return value(member).toBool();
}

std::optional<QJsonObject> Reader::texts(QStringView member)
{
    if (!has(member))
        return std::nullopt;
    if (!value(member).isObject()) {
        expected(member, u"texts per language, e.g. {\"nb\": \"…\", \"nn\": \"…\", \"en\": \"…\"}"_s);
        return std::nullopt;
    }
    QJsonObject result;
    const QJsonObject object = value(member).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString() || it.value().toString().size() > MaxTextLength) {
            fail(member,
                u"%1: expected a string of at most %2 characters (got %3)"_s.arg(
                    it.key(), QString::number(MaxTextLength), describe(it.value())));
            return std::nullopt;
        }
        result.insert(it.key(), it.value());
    }
    return result;
}

std::optional<QJsonArray> Reader::objects(QStringView member, const QString &what)
{
    if (!has(member))
        return std::nullopt;
    const QJsonValue found = value(member);
    const QJsonArray array = found.toArray();
    if (!found.isArray() || std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &item) {
            return !item.isObject();
        })) {
        expected(member, u"an array of %1"_s.arg(what));
        return std::nullopt;
    }
    return array;
}

std::optional<QJsonArray> Reader::strings(QStringView member)
{
    if (!has(member))
        return std::nullopt;
    const QJsonValue found = value(member);
    const QJsonArray array = found.toArray();
    if (!found.isArray() || std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &item) {
            return !item.isString();
        })) {
        expected(member, u"an array of strings"_s);
        return std::nullopt;
    }
    return array;
}

} // namespace CatalogueImport
