#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

/**
 * Filters a picker's model: every word of the search must occur in the item's
 * CatalogueRoles::SearchText, and with "selected only" the item must be checked. Grouping rows
 * (tree parents) stay when a child matches; a matching group keeps all its children.
 */
class CatalogueFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogueFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setSelectedOnly(bool selectedOnly);
    bool isFiltering() const { return !m_words.isEmpty() || m_selectedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_selectedOnly = false;
};
