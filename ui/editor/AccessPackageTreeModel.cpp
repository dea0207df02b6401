#include "editor/AccessPackageTreeModel.h"

#include "editor/CatalogueRoles.h"

using namespace Qt::Literals::StringLiterals;

AccessPackageTreeModel::AccessPackageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void AccessPackageTreeModel::setTree(const Altinn::AccessPackageTree &tree)
{
    m_tree = tree;
    rebuild();
}

void AccessPackageTreeModel::setSelectedUrns(const QStringList &urns)
{
    m_selected.clear();
    for (const QString &urn : urns) {
        if (!m_selected.contains(urn))
            m_selected.append(urn);
    }
    m_selectedSet = QSet<QString>(m_selected.cbegin(), m_selected.cend());
    rebuild();
    Q_EMIT selectionChanged();
}

QModelIndex AccessPackageTreeModel::indexOf(const QString &urn) const
{
    const int node = m_packageNodes.value(urn, -1);
    if (node < 0)
        return {};
    return createIndex(m_nodes.at(node).row, NameColumn, quintptr(node));
}

AccessPackageTreeModel::Badge AccessPackageTreeModel::badgeFor(const Altinn::AccessPackageInfo &package)
{
    if (package.isAssignable)
        return Badge::Standard;
    if (package.isClientRelationship())
        return Badge::ClientRelationship;
    return Badge::NotAllowed;
}

QString AccessPackageTreeModel::badgeText(Badge badge)
{
    switch (badge) {
    case Badge::None:
        return {};
    case Badge::Standard:
        return tr("Standard");
    case Badge::ClientRelationship:
        return tr("Client relationship");
    case Badge::NotAllowed:
        return tr("Not allowed");
    }
    return {};
}

QString AccessPackageTreeModel::badgeExplanation(Badge badge)
{
    switch (badge) {
    case Badge::None:
        return {};
    case Badge::Standard:
        return tr("Standard: a customer can give this package to a standard system user for your system.");
    case Badge::ClientRelationship:
        return tr("Client relationship: only for agent system users that act for a customer's clients "
                  "(e.g. an accounting firm). A system with such a package cannot be visible in Altinn.");
    case Badge::NotAllowed:
        return tr("Altinn does not allow this package in a system: it can be given neither to a standard "
                  "nor to an agent system user.");
    }
    return {};
}

QModelIndex AccessPackageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *parentNode = nodeAt(parent);
    const QList<int> &siblings = parentNode ? parentNode->children : m_roots;
    if (parent.isValid() && parent.column() != NameColumn)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex AccessPackageTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, NameColumn, quintptr(node->parent));
}

int AccessPackageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != NameColumn)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int AccessPackageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AccessPackageTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    const bool isPackage = node->kind == Node::Kind::Package;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        return isPackage ? badgeText(node->badge) : QString();
    case Qt::ToolTipRole: {
        QStringList parts{node->name};
        if (!node->description.isEmpty() && node->description != node->name)
            parts.append(node->description);
        if (isPackage) {
            parts.append(node->urn);
            parts.append(node->inCatalogue
                    ? badgeExplanation(node->badge)
                    : tr("This package is not in Altinn's catalogue, so Altinn will reject the system. "
                         "Remove it."));
        }
        return parts.join(u"\n\n"_s);
    }
    case Qt::AccessibleDescriptionRole:
        return isPackage ? badgeExplanation(node->badge) : QVariant();
    case Qt::CheckStateRole:
        if (!isPackage || index.column() != NameColumn)
            return {};
        return m_selectedSet.contains(node->urn) ? Qt::Checked : Qt::Unchecked;
    case CatalogueRoles::SearchText:
        return node->searchText;
    case CatalogueRoles::Key:
        return node->urn;
    case CatalogueRoles::BadgeKind:
        return isPackage ? QVariant::fromValue(node->badge) : QVariant();
    default:
        return {};
    }
}

bool AccessPackageTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeAt(index);
    if (!node || role != Qt::CheckStateRole || index.column() != NameColumn || !isCheckable(*node))
        return false;
    const QString urn = node->urn;
    const bool select = value.toInt() == Qt::Checked;
    if (select == m_selectedSet.contains(urn))
        return true;
    if (select) {
        m_selected.append(urn);
        m_selectedSet.insert(urn);
    } else {
        m_selected.removeAll(urn);
        m_selectedSet.remove(urn);
    }
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT urnToggled(urn, select);
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags AccessPackageTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    if (node->kind != Node::Kind::Package)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isCheckable(*node))
        result |= Qt::ItemIsEnabled;
    if (index.column() == NameColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant AccessPackageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Access package");
    if (section == BadgeColumn)
        return tr("Kind");
    return {};
}

void AccessPackageTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_packageNodes.clear();
    m_packageCount = 0;

    for (const Altinn::AccessPackageAreaGroup &group : std::as_const(m_tree.groups)) {
        const int groupNode = addNode(Node{Node::Kind::Group, -1, 0, {}, group.name, group.description, {},
            Badge::None, true, group.name.toCaseFolded()});
        for (const Altinn::AccessPackageArea &area : group.areas) {
            const int areaNode = addNode(Node{Node::Kind::Area, groupNode, 0, {}, area.name, area.description,
                {}, Badge::None, true, area.name.toCaseFolded()});
            for (const Altinn::AccessPackageInfo &package : area.packages) {
                const QString code = package.urn.section(u':', -1);
                addNode(Node{Node::Kind::Package, areaNode, 0, {}, package.name, package.description,
                    package.urn, badgeFor(package), true,
                    QString(package.name % u' ' % code % u' ' % package.urn).toCaseFolded()});
                ++m_packageCount;
            }
        }
    }

    QStringList unknown;
    for (const QString &urn : std::as_const(m_selected)) {
        if (!m_packageNodes.contains(urn))
            unknown.append(urn);
    }
    if (!unknown.isEmpty()) {
        const QString groupName = tr("Chosen, but not in the catalogue");
        const int groupNode = addNode(Node{
            Node::Kind::Group, -1, 0, {}, groupName, {}, {}, Badge::None, true, groupName.toCaseFolded()});
        for (const QString &urn : std::as_const(unknown)) {
            addNode(Node{
                Node::Kind::Package, groupNode, 0, {}, urn, {}, urn, Badge::None, false, urn.toCaseFolded()});
        }
    }
    endResetModel();
}

int AccessPackageTreeModel::addNode(Node node)
{
    const int nodeIndex = static_cast<int>(m_nodes.size());
    QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
    node.row = static_cast<int>(siblings.size());
    siblings.append(nodeIndex);
    if (node.kind == Node::Kind::Package && !m_packageNodes.contains(node.urn))
        m_packageNodes.insert(node.urn, nodeIndex);
    m_nodes.append(std::move(node));
    return nodeIndex;
}

const AccessPackageTreeModel::Node *AccessPackageTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto node = static_cast<qsizetype>(index.internalId());
    return node < m_nodes.size() ? &m_nodes.at(node) : nullptr;
}

bool AccessPackageTreeModel::isCheckable(const Node &node) const
{
    if (node.kind != Node::Kind::Package)
        return false;
    // A package that cannot be chosen stays enabled while chosen (e.g. from an imported file), so it
    // can be removed.
    const bool choosable = node.inCatalogue && node.badge != Badge::NotAllowed;
    return choosable || m_selectedSet.contains(node.urn);
}
