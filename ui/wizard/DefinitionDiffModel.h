#pragma once

#include "model/SystemDefinitionDiff.h"
#include "wizard/CatalogueNames.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The Publish page's diff as a table: which field, which item or language, what kind of change (an
 * icon with a shape and a word, never colour alone), the registered value and the draft's. Rights and
 * access packages are shown by their titles when the catalogues are at hand.
 */
class DefinitionDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ItemColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    /// Qt::UserRole: the row's DefinitionChange::Kind as an int (for tests and delegates).
    static constexpr int KindRole = Qt::UserRole;
    /// Qt::UserRole + 1: the row's DefinitionChange::field ("name", "rights", …).
    static constexpr int FieldRole = Qt::UserRole + 1;

    explicit DefinitionDiffModel(QObject *parent = nullptr);

    void setChanges(const QList<Altinn::DefinitionChange> &changes);
    QList<Altinn::DefinitionChange> changes() const { return m_changes; }
    /// Titles of rights and names of packages, in the UI language; unknown ones show as ids.
    void setNames(const CatalogueNames &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated name of a DefinitionChange::field ("rights" → "Rights").
    static QString fieldName(const QString &field);
    /// "Added", "Removed" or "Changed", translated.
    static QString kindName(Altinn::DefinitionChange::Kind kind);
    /// "Norwegian Bokmål (nb)" and the like; other codes as they are.
    static QString languageName(const QString &code);

    /// Call on QEvent::LanguageChange: headers and words are translated again.
    void retranslate();

private:
    QString itemText(const Altinn::DefinitionChange &change) const;
    QString valueText(const Altinn::DefinitionChange &change, const QString &value) const;

    QList<Altinn::DefinitionChange> m_changes;
    CatalogueNames m_names;
};
