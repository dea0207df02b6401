#include "model/SystemDefinitionDiff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

/// One side of a list-like member: item key → how the item reads.
using Items = QMap<QString, QString>;

void addChange(QList<DefinitionChange> &changes, const QString &field, const QString &key,
    DefinitionChange::Kind kind, const QString &before, const QString &after)
{
    changes.append(DefinitionChange{field, key, kind, before, after});
}

void compareScalar(
    QList<DefinitionChange> &changes, const QString &field, const QString &registered, const QString &local)
{
    if (registered != local)
        addChange(changes, field, {}, DefinitionChange::Kind::Changed, registered, local);
}

/// Items present on one side only are added or removed; with @p compareValues, an item whose text
/// differs under the same key is changed.
void compareItems(QList<DefinitionChange> &changes, const QString &field, const Items &registered,
    const Items &local, bool compareValues)
{
    QStringList keys = registered.keys() + local.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const auto before = registered.constFind(key);
        const auto after = local.constFind(key);
        if (before == registered.constEnd())
            addChange(changes, field, key, DefinitionChange::Kind::Added, {}, *after);
        else if (after == local.constEnd())
            addChange(changes, field, key, DefinitionChange::Kind::Removed, *before, {});
        else if (compareValues && *before != *after)
            addChange(changes, field, key, DefinitionChange::Kind::Changed, *before, *after);
    }
}

/// The usual right (one `urn:altinn:resource` pair, no action) reads as its resource id; others as JSON.
QString rightText(const Right &right)
{
    if (!right.action && right.resource.size() == 1 && right.resource.first().id == ResourceAttributeId)
        return right.resource.first().value;
    return QString::fromUtf8(QJsonDocument(right.toJson()).toJson(QJsonDocument::Compact));
}

Items rightItems(const std::optional<QList<Right>> &rights)
{
    // Absent and [] differ on the wire only: for the user both mean "no rights".
    Items items;
    for (const Right &right : rights.value_or(QList<Right>())) {
        QString key = right.resourceId().isEmpty() ? right.identityKey() : right.resourceId();
        if (right.action)
            key += u" ["_s + *right.action + u']';
        items.insert(key, rightText(right));
    }
    return items;
}

Items packageItems(const std::optional<QList<AccessPackageRef>> &packages)
{
    Items items;
    for (const AccessPackageRef &package : packages.value_or(QList<AccessPackageRef>()))
        items.insert(package.urn, package.urn);
    return items;
}

Items stringItems(const QStringList &values)
{
    Items items;
    for (const QString &value : values)
        items.insert(value, value);
    return items;
}

/// Altinn stores redirect URLs through .NET's Uri, which adds '/' to a host-only URL and lower-cases the
/// host: "https://Vg.no" comes back as "https://vg.no/". Compare in that form so it is not a change.
Items redirectItems(const QStringList &urls)
{
    Items items;
    for (const QString &text : urls) {
        QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() && url.path().isEmpty())
            url.setPath(u"/"_s);
        items.insert(url.isValid() ? url.toString(QUrl::FullyEncoded) : text, text);
    }
    return items;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString kindName(DefinitionChange::Kind kind)
{
    switch (kind) {
    case DefinitionChange::Kind::Added:
        return u"added"_s;
    case DefinitionChange::Kind::Removed:
        return u"removed"_s;
    case DefinitionChange::Kind::Changed:
        break;
    }
    return u"changed"_s;
}

} // namespace

QList<DefinitionChange> SystemDefinitionDiff::compare(
    const SystemDefinition &registered, const SystemDefinition &local)
{
    QList<DefinitionChange> changes;
    compareScalar(changes, u"id"_s, registered.id, local.id);
    compareScalar(changes, u"vendor"_s, registered.vendorId, local.vendorId);
    compareItems(changes, u"name"_s, registered.name, local.name, true);
    compareItems(changes, u"description"_s, registered.description, local.description, true);
    compareItems(changes, u"rights"_s, rightItems(registered.rights), rightItems(local.rights), true);
    compareItems(changes, u"accessPackages"_s, packageItems(registered.accessPackages),
        packageItems(local.accessPackages), false);
    compareItems(
        changes, u"clientId"_s, stringItems(registered.clientIds), stringItems(local.clientIds), false);
    compareItems(changes, u"allowedRedirectUrls"_s, redirectItems(registered.allowedRedirectUrls),
        redirectItems(local.allowedRedirectUrls), false);
    compareScalar(changes, u"isVisible"_s, boolText(registered.isVisible), boolText(local.isVisible));
    return changes;
}

QStringList SystemDefinitionDiff::describe(const QList<DefinitionChange> &changes)
{
    const QMap<QString, QString> labels{
        {u"id"_s, tr("system id")},
        {u"vendor"_s, tr("vendor")},
        {u"name"_s, tr("name")},
        {u"description"_s, tr("description")},
        {u"rights"_s, tr("rights")},
        {u"accessPackages"_s, tr("access packages")},
        {u"clientId"_s, tr("client ids")},
        {u"allowedRedirectUrls"_s, tr("redirect URLs")},
        {u"isVisible"_s, tr("visible in the Altinn portal")},
    };
    QStringList lines;
    lines.reserve(changes.size());
    for (const DefinitionChange &change : changes) {
        const QString label = labels.value(change.field, change.field);
        const bool isText = change.field == u"name" || change.field == u"description";
        if (change.key.isEmpty()) {
            // A single value: id, vendor or visibility.
            QString before = change.before;
            QString after = change.after;
            if (change.field == u"isVisible") {
                before = change.before == u"true" ? tr("yes") : tr("no");
                after = change.after == u"true" ? tr("yes") : tr("no");
            }
            lines.append(tr("~ %1: %2 → %3").arg(label, before, after));
            continue;
        }
        switch (change.kind) {
        case DefinitionChange::Kind::Added:
            lines.append(isText ? tr("+ %1 (%2): \"%3\" (added)").arg(label, change.key, change.after)
                                : tr("+ %1: %2 (added)").arg(label, change.key));
            break;
        case DefinitionChange::Kind::Removed:
            lines.append(isText ? tr("- %1 (%2): \"%3\" (removed)").arg(label, change.key, change.before)
                                : tr("- %1: %2 (removed)").arg(label, change.key));
            break;
        case DefinitionChange::Kind::Changed:
            lines.append(isText
                    ? tr("~ %1 (%2): \"%3\" → \"%4\"").arg(label, change.key, change.before, change.after)
                    : tr("~ %1: %2 changed from %3 to %4")
                          .arg(label, change.key, change.before, change.after));
            break;
        }
    }
    return lines;
}

QJsonArray SystemDefinitionDiff::toJson(const QList<DefinitionChange> &changes)
{
    QJsonArray array;
    for (const DefinitionChange &change : changes) {
        array.append(QJsonObject{{u"field"_s, change.field}, {u"key"_s, change.key},
            {u"kind"_s, kindName(change.kind)}, {u"before"_s, change.before}, {u"after"_s, change.after}});
    }
    return array;
}

} // namespace Altinn
