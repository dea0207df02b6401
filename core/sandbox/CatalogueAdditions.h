#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

/**
 * What a vendor added to the sandbox's catalogue (docs/sandbox.md#your-own-catalogue): resources, access
 * packages with their areas and area groups, and organisations. Part of the state (saved with it, cleared
 * by POST /sandbox/reset); SeedCatalogue answers the seed and these together, an addition replacing a seed
 * entry with the same key.
 *
 * Entries are kept normalised, in the shapes of the seed files in resources/sandbox/: ServiceResource
 * objects; area groups {"id", "name": {nb, nn, en}, "entityType"}, areas {"id", "urn", "name", "iconUrl",
 * "group": group id} and packages {"id", "urn", "code", "name", "description", "area": area URN, flags},
 * flat; organisation number → name. CatalogueControlApi checks and normalises what it stores.
 *
 * Every change gives a new revision(), unique in the process (0 only for additions that were never
 * changed, which are empty), so what is derived from them — the merged catalogue, serialised answers —
 * knows when to build again. Copies share the revision of the same content.
 */
class CatalogueAdditions
{
public:
    bool isEmpty() const;
    quint64 revision() const { return m_revision; }

    /// ServiceResource objects, in the order first added.
    const QList<QJsonObject> &resources() const { return m_resources.items; }
    const QList<QJsonObject> &areaGroups() const { return m_areaGroups.items; }
    const QList<QJsonObject> &areas() const { return m_areas.items; }
    const QList<QJsonObject> &packages() const { return m_packages.items; }
    /// Organisation number → name.
    const QMap<QString, QString> &organisations() const { return m_organisations; }

    // Each put… adds the entry, or replaces the addition with the same key (resource identifier, area and
    // package URN in any case; area group id; organisation number); true when it replaced one.
    bool putResource(const QJsonObject &resource);
    bool putAreaGroup(const QJsonObject &group);
    bool putArea(const QJsonObject &area);
    bool putPackage(const QJsonObject &package);
    bool putOrganisation(const QString &orgNo, const QString &name);
    /// Removes every addition.
    void clear();

    /// {"resources": […], "areaGroups": […], "areas": […], "packages": […], "organisations": [{"orgNo",
    /// "name"}]}: what GET /sandbox/catalogue shows and the state file keeps (read back in
    /// SandboxState::fromJson, which checks it).
    QJsonObject toJson() const;

private:
    /// Entries in the order first added, found by a key member (lower-cased when @p foldCase).
    struct KeyedList
    {
        explicit KeyedList(QString key, bool fold = true)
            : keyMember(std::move(key))
            , foldCase(fold)
        { }

        QString keyMember;
        bool foldCase = true;
        QList<QJsonObject> items;
        QHash<QString, qsizetype> index;

        bool put(const QJsonObject &item);
    };

    void changed();

    KeyedList m_resources{QStringLiteral("identifier")};
    KeyedList m_areaGroups{QStringLiteral("id"), false};
    KeyedList m_areas{QStringLiteral("urn")};
    KeyedList m_packages{QStringLiteral("urn")};
    QMap<QString, QString> m_organisations;
    quint64 m_revision = 0;
};
