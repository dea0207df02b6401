#include "editor/AccessPackagePicker.h"

#include "editor/AccessPackageTreeModel.h"
#include "editor/BadgeDelegate.h"
#include "editor/CatalogueFilterProxyModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

AccessPackagePicker::AccessPackagePicker(QWidget *parent)
    : CataloguePicker(u"packages"_s, parent)
    , m_model(new AccessPackageTreeModel(this))
{
    setObjectName(u"accessPackagePicker"_s);
    setSourceModel(m_model);
    QTreeView *tree = view();
    tree->setItemDelegateForColumn(AccessPackageTreeModel::BadgeColumn, new BadgeDelegate(tree));
    QHeaderView *header = tree->header();
    header->setSectionResizeMode(AccessPackageTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AccessPackageTreeModel::BadgeColumn, QHeaderView::Fixed);
    header->resizeSection(AccessPackageTreeModel::BadgeColumn, 150);

    connect(m_model, &AccessPackageTreeModel::urnToggled, this, &AccessPackagePicker::packageToggled);
    connect(m_model, &AccessPackageTreeModel::selectionChanged, this, [this] {
        updateCount();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        expandSelected();
    });
    retranslateUi();
}

void AccessPackagePicker::setAccessPackages(const Altinn::AccessPackageTree &tree)
{
    m_model->setTree(tree);
}

void AccessPackagePicker::setMetadataState(const MetadataState &state)
{
    m_state = state;
    updateBanner();
}

QStringList AccessPackagePicker::selectedUrns() const
{
    return m_model->selectedUrns();
}

void AccessPackagePicker::setSelectedUrns(const QStringList &urns)
{
    m_model->setSelectedUrns(urns);
}

void AccessPackagePicker::focusPackage(const QString &urn)
{
    focusSourceIndex(m_model->indexOf(urn));
}

void AccessPackagePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    CataloguePicker::changeEvent(event);
}

void AccessPackagePicker::retranslateUi()
{
    setTexts(tr("Searc&h:"), tr("Search access packages by name or code"), tr("Access packages by area"),
        tr("No access package matches the search. Try another word."));
    setAccessibleName(tr("Access package picker"));
    m_model->retranslate();
    updateCount();
    updateBanner();
}

void AccessPackagePicker::updateCount()
{
    const int count = static_cast<int>(m_model->selectedUrns().size());
    setCountText(tr("%n selected", nullptr, count));
}

void AccessPackagePicker::updateBanner()
{
    QString text;
    switch (m_state.kind) {
    case MetadataState::Kind::Ready:
        break;
    case MetadataState::Kind::Loading:
        text = tr("Loading the access packages…");
        break;
    case MetadataState::Kind::Offline:
        text = tr("Offline: showing the access packages as saved on %1.")
                   .arg(QLocale().toString(m_state.cachedAt.toLocalTime(), QLocale::ShortFormat));
        break;
    case MetadataState::Kind::Failed:
        text = tr("The access packages could not be loaded: %1 Your chosen packages are kept.")
                   .arg(m_state.message);
        break;
    }
    showBanner(m_state.kind, text);
}

void AccessPackagePicker::expandSelected()
{
    // Open the areas of chosen packages so the choice is visible at a glance; the rest stays closed.
    const QStringList urns = m_model->selectedUrns();
    for (const QString &urn : urns) {
        const QModelIndex index = proxy()->mapFromSource(m_model->indexOf(urn));
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            view()->expand(parent);
    }
}
