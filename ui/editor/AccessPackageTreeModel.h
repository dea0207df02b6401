#pragma once

#include "model/AccessPackageTree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

/**
 * The access package catalogue as a tree: area group → area → package, with a check box on each
 * package and a badge column ("Standard", "Client relationship"). Packages the system register
 * rejects are shown but cannot be checked. Chosen URNs the catalogue does not know are listed under
 * an extra group so they can be seen and removed.
 */
class AccessPackageTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BadgeColumn, ColumnCount };
    enum class Badge { None, Standard, ClientRelationship, NotAllowed };
    Q_ENUM(Badge)

    explicit AccessPackageTreeModel(QObject *parent = nullptr);

    void setTree(const Altinn::AccessPackageTree &tree);
    const Altinn::AccessPackageTree &tree() const { return m_tree; }

    /// Chosen package URNs in the order they were chosen.
    QStringList selectedUrns() const { return m_selected; }
    void setSelectedUrns(const QStringList &urns);

    /// The (first) row showing @p urn, or an invalid index.
    QModelIndex indexOf(const QString &urn) const;
    /// Number of packages in the catalogue.
    int packageCount() const { return m_packageCount; }

    static Badge badgeFor(const Altinn::AccessPackageInfo &package);
    static QString badgeText(Badge badge);
    static QString badgeExplanation(Badge badge);

    /// Rebuilds the translated texts (badges, the extra group) after a language change.
    void retranslate() { rebuild(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user (un)checked @p urn in the view.
    void urnToggled(const QString &urn, bool selected);
    /// The selection changed, by the user or through setSelectedUrns().
    void selectionChanged();

private:
    struct Node
    {
        enum class Kind { Group, Area, Package };
        Kind kind = Kind::Group;
        int parent = -1; ///< node index, -1 for top level
        int row = 0; ///< row under the parent
        QList<int> children;
        QString name;
        QString description;
        QString urn; ///< packages only
        Badge badge = Badge::None;
        bool inCatalogue = true;
        QString searchText; ///< case-folded
    };

    void rebuild();
    int addNode(Node node);
    const Node *nodeAt(const QModelIndex &index) const;
    bool isCheckable(const Node &node) const;

    Altinn::AccessPackageTree m_tree;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_packageNodes; ///< urn → first node showing it
    int m_packageCount = 0;
    QStringList m_selected;
    QSet<QString> m_selectedSet;
};
