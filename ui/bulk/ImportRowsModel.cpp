#include "bulk/ImportRowsModel.h"

#include "bulk/BulkText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString languageName(const QString &code)
{
    if (code == u"nb")
        return ImportRowsModel::tr("Bokmål");
    if (code == u"nn")
        return ImportRowsModel::tr("Nynorsk");
    if (code == u"en")
        return ImportRowsModel::tr("English");
    return ImportRowsModel::tr("Bokmål (not given)");
}

} // namespace

ImportRowsModel::ImportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportRowsModel::setRows(const QList<CustomerListImport::Row> &rows, const QSet<QString> &listed)
{
    beginResetModel();
    m_rows = rows;
    m_listed = listed;
    endResetModel();
}

void ImportRowsModel::clear()
{
    setRows({}, {});
}

void ImportRowsModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListImport::Row &row = m_rows.at(index.row());
    if (role == OrgNoRole)
        return row.orgNo;
    if (role == KeyRole)
        return row.key();
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case OrgNoColumn:
        return BulkText::orgNumber(row.orgNo);
    case NameColumn:
        return row.name;
    case ExternalRefColumn:
        return row.externalRef.isEmpty() && role != Qt::DisplayRole ? tr("The organisation number")
                                                                    : row.externalRef;
    case EmailColumn:
        return row.contactEmail;
    case KindColumn:
        return row.kind == Altinn::RequestKind::Agent ? tr("Agent (client relationship)") : tr("Standard");
    case LanguageColumn:
        return languageName(row.language);
    case WantedColumn: {
        if (row.wantedRights.isEmpty() && row.wantedPackages.isEmpty())
            return role == Qt::DisplayRole ? tr("All the system offers") : tr("Everything the system offers");
        QStringList wanted = row.wantedRights;
        wanted += row.wantedPackages;
        return wanted.join(u", "_s);
    }
    case ListedColumn:
        return m_listed.contains(row.key()) ? tr("Already in the list") : tr("New");
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case OrgNoColumn:
        return tr("Organisation number");
    case NameColumn:
        return tr("Name");
    case ExternalRefColumn:
        return tr("External reference");
    case EmailColumn:
        return tr("E-mail");
    case KindColumn:
        return tr("Kind");
    case LanguageColumn:
        return tr("Language");
    case WantedColumn:
        return tr("Rights and packages");
    case ListedColumn:
        return tr("In the list");
    }
    return {};
}
