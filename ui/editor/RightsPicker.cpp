#include "editor/RightsPicker.h"

#include "editor/CatalogueFilterProxyModel.h"
#include "editor/ElideMiddleDelegate.h"
#include "editor/ResourceListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The most of the view's width each column beside the title may take; the title keeps at least
/// the remaining 42 %.
constexpr double OwnerShare = 0.2;
constexpr double TypeShare = 0.16;
constexpr double IdentifierShare = 0.22;

} // namespace

RightsPicker::RightsPicker(QWidget *parent)
    : CataloguePicker(u"rights"_s, parent)
    , m_model(new ResourceListModel(this))
{
    setObjectName(u"rightsPicker"_s);
    setSourceModel(m_model);
    QTreeView *list = view();
    list->setRootIsDecorated(false);
    list->setSortingEnabled(true);
    list->sortByColumn(ResourceListModel::TitleColumn, Qt::AscendingOrder);
    QHeaderView *header = list->header();
    header->setSectionResizeMode(ResourceListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResourceListModel::OwnerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ResourceListModel::TypeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ResourceListModel::IdentifierColumn, QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    list->setItemDelegateForColumn(ResourceListModel::IdentifierColumn, new ElideMiddleDelegate(list));
    // The widths follow the view's width and the texts shown (catalogue, language).
    list->viewport()->installEventFilter(this);

    connect(m_model, &ResourceListModel::identifierToggled, this, &RightsPicker::resourceToggled);
    connect(m_model, &ResourceListModel::selectionChanged, this, [this] {
        updateCount();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RightsPicker::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RightsPicker::fitColumns);
    retranslateUi();
}

void RightsPicker::setResources(const QList<Altinn::ServiceResource> &resources)
{
    m_model->setResources(resources);
}

void RightsPicker::setMetadataState(const MetadataState &state)
{
    m_state = state;
    updateBanner();
}

void RightsPicker::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
}

QStringList RightsPicker::selectedIdentifiers() const
{
    return m_model->selectedIdentifiers();
}

void RightsPicker::setSelectedIdentifiers(const QStringList &identifiers)
{
    m_model->setSelectedIdentifiers(identifiers);
}

void RightsPicker::focusResource(const QString &identifier)
{
    const int row = m_model->rowOf(identifier);
    focusSourceIndex(row >= 0 ? m_model->index(row, ResourceListModel::TitleColumn) : QModelIndex());
}

void RightsPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    CataloguePicker::changeEvent(event);
}

bool RightsPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitColumns();
    return CataloguePicker::eventFilter(watched, event);
}

void RightsPicker::fitColumns()
{
    QTreeView *list = view();
    QHeaderView *header = list->header();
    const int available = list->viewport()->width();
    if (available <= 0)
        return;
    const std::pair<int, double> columns[] = {{ResourceListModel::OwnerColumn, OwnerShare},
        {ResourceListModel::TypeColumn, TypeShare}, {ResourceListModel::IdentifierColumn, IdentifierShare}};
    for (const auto &[column, share] : columns) {
        // The rows in view (what QTreeView measures) and the header text.
        const int rows = static_cast<const QAbstractItemView *>(list)->sizeHintForColumn(column);
        const int content = std::max(header->sectionSizeHint(column), rows);
        header->resizeSection(column, std::min(content, int(available * share)));
    }
}

void RightsPicker::retranslateUi()
{
    setTexts(tr("Searc&h:"), tr("Search resources by title, owner or identifier"),
        tr("Resources from the resource registry"),
        tr("No resource matches the search. Try another word, or part of the identifier."));
    setAccessibleName(tr("Rights picker"));
    updateCount();
    updateBanner();
    m_model->retranslate();
    fitColumns();
}

void RightsPicker::updateCount()
{
    const int count = static_cast<int>(m_model->selectedIdentifiers().size());
    setCountText(tr("%n selected", nullptr, count));
}

void RightsPicker::updateBanner()
{
    QString text;
    switch (m_state.kind) {
    case MetadataState::Kind::Ready:
        break;
    case MetadataState::Kind::Loading:
        text = tr("Loading the resource registry…");
        break;
    case MetadataState::Kind::Offline:
        text = tr("Offline: showing the resource registry as saved on %1. Resources added since then are "
                  "missing.")
                   .arg(QLocale().toString(m_state.cachedAt.toLocalTime(), QLocale::ShortFormat));
        break;
    case MetadataState::Kind::Failed:
        text = tr("The resource registry could not be loaded: %1 Your chosen rights are kept.")
                   .arg(m_state.message);
        break;
    }
    showBanner(m_state.kind, text);
}
