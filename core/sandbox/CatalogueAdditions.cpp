#include "sandbox/CatalogueAdditions.h"

#include <QJsonArray>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Revisions are unique in the process: additions loaded from a state file, or made again after a reset,
/// never repeat the revision of other additions a cache may still hold.
quint64 nextRevision()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

QJsonArray toArray(const QList<QJsonObject> &items)
{
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return array;
}

} // namespace

bool CatalogueAdditions::KeyedList::put(const QJsonObject &item)
{
    const QString raw = item.value(keyMember).toString();
    const QString key = foldCase ? raw.toLower() : raw;
    const auto it = index.constFind(key);
    if (it != index.cend()) {
        items[it.value()] = item;
        return true;
    }
    index.insert(key, items.size());
    items.append(item);
    return false;
}

bool CatalogueAdditions::isEmpty() const
{
    return m_resources.items.isEmpty() && m_areaGroups.items.isEmpty() && m_areas.items.isEmpty()
        && m_packages.items.isEmpty() && m_organisations.isEmpty();
}

void CatalogueAdditions::changed()
{
    m_revision = nextRevision();
}

bool CatalogueAdditions::putResource(const QJsonObject &resource)
{
    changed();
    return m_resources.put(resource);
}

bool CatalogueAdditions::putAreaGroup(const QJsonObject &group)
{
    changed();
    return m_areaGroups.put(group);
}

bool CatalogueAdditions::putArea(const QJsonObject &area)
{
    changed();
    return m_areas.put(area);
}

bool CatalogueAdditions::putPackage(const QJsonObject &package)
{
    changed();
    return m_packages.put(package);
}

bool CatalogueAdditions::putOrganisation(const QString &orgNo, const QString &name)
{
    changed();
    const bool replaced = m_organisations.contains(orgNo);
    m_organisations.insert(orgNo, name);
    return replaced;
}

void CatalogueAdditions::clear()
{
    for (KeyedList *list : {&m_resources, &m_areaGroups, &m_areas, &m_packages}) {
        list->items.clear();
        list->index.clear();
    }
    m_organisations.clear();
    changed();
}

QJsonObject CatalogueAdditions::toJson() const
{
    QJsonArray organisations;
    for (auto it = m_organisations.cbegin(); it != m_organisations.cend(); ++it)
        organisations.append(QJsonObject{{u"orgNo"_s, it.key()}, {u"name"_s, it.value()}});
    return {{u"resources"_s, toArray(m_resources.items)}, {u"areaGroups"_s, toArray(m_areaGroups.items)},
        {u"areas"_s, toArray(m_areas.items)}, {u"packages"_s, toArray(m_packages.items)},
        {u"organisations"_s, organisations}};
}
