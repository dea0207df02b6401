#include "editor/CatalogueFilterProxyModel.h"

#include "editor/CatalogueRoles.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

CatalogueFilterProxyModel::CatalogueFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CatalogueFilterProxyModel::setSearchText(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList words = text.toCaseFolded().split(whitespace, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // A search for a group's name shows the whole group; without a search nothing needs it.
    setAutoAcceptChildRows(!m_words.isEmpty() && !m_selectedOnly);
    invalidateFilter();
}

void CatalogueFilterProxyModel::setSelectedOnly(bool selectedOnly)
{
    if (selectedOnly == m_selectedOnly)
        return;
    m_selectedOnly = selectedOnly;
    setAutoAcceptChildRows(!m_words.isEmpty() && !m_selectedOnly);
    invalidateFilter();
}

bool CatalogueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_selectedOnly && index.data(Qt::CheckStateRole).toInt() != Qt::Checked)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(CatalogueRoles::SearchText).toString();
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&text](const QString &word) { return text.contains(word); });
}
