#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

class QObject;
class VendorSession;

/**
 * Readable names for what a system holds: resource titles and access package names in the UI
 * language, from the metadata catalogues (cached on disk by MetadataClient, so usually instant).
 * What the catalogues do not know is shown by its id.
 */
struct CatalogueNames
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueNames)

public:
    QHash<QString, QString> resourceTitles; ///< resource id → title
    QHash<QString, QString> packageNames; ///< URN → name

    /// "Title (id)", or the id alone when the title is unknown.
    QString right(const QString &resourceId) const;
    QString package(const QString &urn) const;

    /**
     * Loads both catalogues through @p session; @p done runs once with whatever arrived (a catalogue
     * that failed leaves its names empty). Nothing runs when @p receiver is gone by then.
     */
    static void load(VendorSession *session, const QString &language, QObject *receiver,
        std::function<void(const CatalogueNames &)> done);

private:
    static QString labelled(const QString &name, const QString &id);
};
