#include "editor/ResourceListModel.h"

#include "editor/CatalogueRoles.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResourceListModel::setResources(const QList<Altinn::ServiceResource> &resources)
{
    m_catalogue = resources;
    rebuild();
}

void ResourceListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void ResourceListModel::setSelectedIdentifiers(const QStringList &identifiers)
{
    m_selected.clear();
    for (const QString &identifier : identifiers) {
        if (!m_selected.contains(identifier))
            m_selected.append(identifier);
    }
    m_selectedSet = QSet<QString>(m_selected.cbegin(), m_selected.cend());
    rebuild();
    Q_EMIT selectionChanged();
}

int ResourceListModel::rowOf(const QString &identifier) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).resource.identifier == identifier)
            return row;
    }
    return -1;
}

const Altinn::ServiceResource *ResourceListModel::resourceAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).inCatalogue)
        return nullptr;
    return &m_rows.at(row).resource;
}

QString ResourceListModel::typeName(const QString &resourceType)
{
    static const QHash<QString, const char *> names = {
        {u"Default"_s, QT_TR_NOOP("Default")},
        {u"Systemresource"_s, QT_TR_NOOP("System resource")},
        {u"MaskinportenSchema"_s, QT_TR_NOOP("Maskinporten scope")},
        {u"Altinn2Service"_s, QT_TR_NOOP("Altinn 2 service")},
        {u"AltinnApp"_s, QT_TR_NOOP("App")},
        {u"GenericAccessResource"_s, QT_TR_NOOP("Access resource")},
        {u"BrokerService"_s, QT_TR_NOOP("Broker service")},
        {u"CorrespondenceService"_s, QT_TR_NOOP("Correspondence service")},
        {u"Consent"_s, QT_TR_NOOP("Consent")},
        {u"MigratedApp"_s, QT_TR_NOOP("Migrated app")},
    };
    const char *name = names.value(resourceType, nullptr);
    return name ? tr(name) : resourceType;
}

QString ResourceListModel::unavailableReason(const Altinn::ServiceResource &resource)
{
    if (!resource.isTypeAcceptedByRegister()) {
        return tr("The system register does not accept resources of type \"%1\" as rights. Remove it.")
            .arg(typeName(resource.resourceType));
    }
    if (!resource.delegable) {
        return tr("Not delegable: its owner does not let this resource be given to others, so no system "
                  "user can get it.");
    }
    return {};
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Altinn::ServiceResource &resource = row.resource;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.inCatalogue ? resource.titleIn(m_language) : resource.identifier;
        case OwnerColumn:
            return row.inCatalogue ? resource.authorityIn(m_language) : QString();
        case TypeColumn:
            if (!row.inCatalogue)
                return tr("Not in the registry");
            // Why it cannot be chosen matters more than its type (which is in the tooltip).
            if (!resource.isTypeAcceptedByRegister())
                return tr("Not accepted");
            if (!resource.delegable)
                return tr("Not delegable");
            return typeName(resource.resourceType);
        case IdentifierColumn:
            return resource.identifier;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString reason = row.inCatalogue
            ? unavailableReason(resource)
            : tr("This identifier is not in the resource registry, so Altinn will reject the system. "
                 "Remove it, or check the spelling.");
        QString tip = row.inCatalogue ? resource.titleIn(m_language) % u"\n"_s % resource.identifier
                % u" · "_s % typeName(resource.resourceType)
                                      : resource.identifier;
        const QString description = resource.description.value(m_language);
        if (!description.isEmpty() && description != resource.titleIn(m_language))
            tip += u"\n\n"_s % description;
        if (!reason.isEmpty())
            tip += u"\n\n"_s % reason;
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return row.inCatalogue ? unavailableReason(resource) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() != TitleColumn)
            return {};
        return m_selectedSet.contains(resource.identifier) ? Qt::Checked : Qt::Unchecked;
    case CatalogueRoles::SearchText:
        return row.searchText;
    case CatalogueRoles::Key:
        return resource.identifier;
    default:
        return {};
    }
}

bool ResourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TitleColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEnabled)) {
        return false;
    }
    const QString identifier = m_rows.at(index.row()).resource.identifier;
    const bool select = value.toInt() == Qt::Checked;
    if (select == m_selectedSet.contains(identifier))
        return true;
    if (select) {
        m_selected.append(identifier);
        m_selectedSet.insert(identifier);
    } else {
        m_selected.removeAll(identifier);
        m_selectedSet.remove(identifier);
    }
    Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT identifierToggled(identifier, select);
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags ResourceListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    const bool selectable = row.inCatalogue && row.resource.isSelectable();
    // A resource that cannot be chosen stays enabled while chosen (e.g. from an imported file), so it
    // can be removed; once removed it cannot be chosen again.
    const bool enabled = selectable || m_selectedSet.contains(row.resource.identifier);
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (enabled)
        result |= Qt::ItemIsEnabled;
    if (index.column() == TitleColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Resource");
    case OwnerColumn:
        return tr("Owner");
    case TypeColumn:
        return tr("Type");
    case IdentifierColumn:
        return tr("Identifier");
    default:
        return {};
    }
}

void ResourceListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    QSet<QString> offered;
    for (const Altinn::ServiceResource &resource : std::as_const(m_catalogue)) {
        // Types the register refuses are not offered at all (docs/altinn-behaviour.md#resource-registry).
        if (!resource.isTypeAcceptedByRegister() || offered.contains(resource.identifier))
            continue;
        offered.insert(resource.identifier);
        m_rows.append(makeRow(resource, true));
    }
    m_offeredCount = static_cast<int>(m_rows.size());
    for (const QString &identifier : std::as_const(m_selected)) {
        if (offered.contains(identifier))
            continue;
        const auto known = std::find_if(
            m_catalogue.cbegin(), m_catalogue.cend(), [&identifier](const Altinn::ServiceResource &resource) {
                return resource.identifier == identifier;
            });
        if (known != m_catalogue.cend()) {
            m_rows.append(makeRow(*known, true));
        } else {
            Altinn::ServiceResource unknown;
            unknown.identifier = identifier;
            m_rows.append(makeRow(unknown, false));
        }
    }
    endResetModel();
}

ResourceListModel::Row ResourceListModel::makeRow(
    const Altinn::ServiceResource &resource, bool inCatalogue) const
{
    QStringList parts{resource.identifier, typeName(resource.resourceType), resource.authorityOrgCode};
    parts += resource.title.values();
    parts += resource.authorityName.values();
    parts += resource.keywords;
    return Row{resource, inCatalogue, parts.join(u' ').toCaseFolded()};
}
