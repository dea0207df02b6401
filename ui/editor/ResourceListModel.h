#pragma once

#include "model/ServiceResource.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

/**
 * The resources a system can list as rights, one row each: the registry's resources of a type the
 * system register accepts, plus any chosen identifier the catalogue does not offer (so it can be
 * seen and removed). Column 0 carries the check box; non-delegable resources cannot be checked.
 */
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OwnerColumn, TypeColumn, IdentifierColumn, ColumnCount };

    explicit ResourceListModel(QObject *parent = nullptr);

    void setResources(const QList<Altinn::ServiceResource> &resources);
    /// "nb", "nn" or "en": the language of titles and owners.
    void setLanguage(const QString &language);

    /// Chosen identifiers in the order they were chosen.
    QStringList selectedIdentifiers() const { return m_selected; }
    void setSelectedIdentifiers(const QStringList &identifiers);

    /// Rebuilds the translated texts (type names, headers) after a language change.
    void retranslate() { rebuild(); }

    /// Row of @p identifier, or -1.
    int rowOf(const QString &identifier) const;
    /// The resource in @p row, or nullptr for a chosen identifier the catalogue does not offer.
    const Altinn::ServiceResource *resourceAt(int row) const;
    /// Number of offered resources (without the extra rows for unknown chosen identifiers).
    int offeredCount() const { return m_offeredCount; }

    /// Translated, friendly name of a resource type ("AltinnApp" → "App").
    static QString typeName(const QString &resourceType);
    /// Why @p resource cannot be chosen, translated; empty when it can.
    static QString unavailableReason(const Altinn::ServiceResource &resource);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user (un)checked @p identifier in the view.
    void identifierToggled(const QString &identifier, bool selected);
    /// The selection changed, by the user or through setSelectedIdentifiers().
    void selectionChanged();

private:
    struct Row
    {
        Altinn::ServiceResource resource; ///< only the identifier is set when not in the catalogue
        bool inCatalogue = true;
        QString searchText; ///< case-folded
    };

    void rebuild();
    Row makeRow(const Altinn::ServiceResource &resource, bool inCatalogue) const;

    QList<Altinn::ServiceResource> m_catalogue;
    QList<Row> m_rows; ///< offered resources first, then chosen identifiers not offered
    int m_offeredCount = 0;
    QStringList m_selected;
    QSet<QString> m_selectedSet;
    QString m_language = QStringLiteral("en");
};
