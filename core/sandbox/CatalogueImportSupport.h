#pragma once

#include "model/JsonObjectReader.h"
#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

/// What the catalogue's import routes (CatalogueControlApi) share: the body as a list of objects, a reader
/// that names the first problem with its path, and the 400 answer.
namespace CatalogueImport {

// Limits of what a write may hold, beyond the body's own 1 MiB (docs/sandbox.md#limits).
constexpr qsizetype MaxTextLength = 1000;
constexpr qsizetype MaxNameLength = 200;

/// 400 {"error": @p message}.
SandboxResponse error(const QString &message);
/// {"added": …, "replaced": …}.
QJsonObject counts(int added, int replaced);
/// What @p value is, for "(got …)".
QString describe(const QJsonValue &value);

/// The body as a list of objects: an object is a list of one, an array must hold objects only.
struct Items
{
    QList<QJsonObject> objects;
    bool wasArray = false;

    /// "[2]." for arrays, "" for a single object: the start of a member's path in messages.
    QString at(qsizetype index) const;
};

std::optional<Items> itemsOf(const QByteArray &body, const QString &example, QString *problem);

/**
 * Reads one object member by member, keeping the first problem with its path ("[2].title.nb: …").
 * Member names are matched ignoring case, as the services bind JSON; absent and null are the same.
 */
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString &problem)
        : m_reader(object)
        , m_path(std::move(path))
        , m_problem(problem)
    { }

    bool ok() const { return m_problem.isEmpty(); }
    QString path(QStringView member) const { return m_path + member.toString(); }
    QJsonValue value(QStringView member) const { return m_reader.value(member); }
    bool has(QStringView member) const { return m_reader.has(member); }

    void fail(QStringView member, const QString &message);
    void expected(QStringView member, const QString &what);

    /// A string member; nullopt when absent (or after a problem).
    std::optional<QString> string(QStringView member, qsizetype maxLength = MaxTextLength);
    std::optional<bool> boolean(QStringView member);
    /// An object of texts per language ({"nb": "…", "en": "…"}), each a string; nullopt when absent.
    std::optional<QJsonObject> texts(QStringView member);
    /// An array member whose elements are all objects (@p what); nullopt when absent.
    std::optional<QJsonArray> objects(QStringView member, const QString &what);
    std::optional<QJsonArray> strings(QStringView member);

private:
    Altinn::JsonObjectReader m_reader;
    QString m_path;
    QString &m_problem;
};

} // namespace CatalogueImport
