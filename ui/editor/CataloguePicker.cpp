#include "editor/CataloguePicker.h"

#include "editor/CatalogueFilterProxyModel.h"
#include "editor/MetadataStatusBanner.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CataloguePicker::CataloguePicker(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_banner(new MetadataStatusBanner(this))
    , m_searchLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_selectedOnlyCheckBox(new QCheckBox(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_noMatchLabel(new QLabel(this))
    , m_proxy(new CatalogueFilterProxyModel(this))
{
    m_searchEdit->setObjectName(objectNamePrefix + u"SearchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    m_selectedOnlyCheckBox->setObjectName(objectNamePrefix + u"SelectedOnlyCheckBox"_s);
    m_countLabel->setObjectName(objectNamePrefix + u"CountLabel"_s);
    m_countLabel->setProperty("role", u"count"_s);
    m_view->setObjectName(objectNamePrefix + u"View"_s);
    // Thousands of rows stay fast with uniform heights; a row is chosen by its check box.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    m_noMatchLabel->setObjectName(objectNamePrefix + u"NoMatchLabel"_s);
    m_noMatchLabel->setProperty("role", u"hint"_s);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_selectedOnlyCheckBox);
    searchRow->addSpacing(8);
    searchRow->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noMatchLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        // While searching, every branch with a hit is opened so the hits are visible.
        if (m_proxy->isFiltering())
            m_view->expandAll();
        updateNoMatchLabel();
    });
    connect(m_selectedOnlyCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setSelectedOnly(checked);
        if (m_proxy->isFiltering())
            m_view->expandAll();
        updateNoMatchLabel();
    });
    connect(m_banner, &MetadataStatusBanner::retryRequested, this, &CataloguePicker::retryRequested);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateNoMatchLabel(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { updateNoMatchLabel(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { updateNoMatchLabel(); });

    setTabOrder(m_searchEdit, m_selectedOnlyCheckBox);
    setTabOrder(m_selectedOnlyCheckBox, m_view);
    retranslateUi();
}

void CataloguePicker::focusSearch()
{
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    m_searchEdit->selectAll();
}

void CataloguePicker::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    updateNoMatchLabel();
}

void CataloguePicker::showBanner(MetadataState::Kind kind, const QString &text)
{
    m_banner->showState(kind, text);
}

void CataloguePicker::setCountText(const QString &text)
{
    m_countLabel->setText(text);
}

void CataloguePicker::setTexts(const QString &searchLabel, const QString &placeholder,
    const QString &viewName, const QString &noMatchText)
{
    m_searchLabel->setText(searchLabel);
    m_searchEdit->setPlaceholderText(placeholder);
    m_searchEdit->setAccessibleName(placeholder);
    m_view->setAccessibleName(viewName);
    m_noMatchText = noMatchText;
    updateNoMatchLabel();
}

void CataloguePicker::focusSourceIndex(const QModelIndex &sourceIndex)
{
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid() && sourceIndex.isValid()) {
        // Hidden by the search or by "selected only": show everything rather than a wrong row.
        m_searchEdit->clear();
        m_selectedOnlyCheckBox->setChecked(false);
        index = m_proxy->mapFromSource(sourceIndex);
    }
    if (index.isValid()) {
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            m_view->expand(parent);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void CataloguePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CataloguePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (keyEvent->key() == Qt::Key_Return || keyEvent->key() == Qt::Key_Enter) {
            // Space toggles the check box through the delegate; Enter does the same here.
            const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
            if (current.isValid() && (current.flags() & Qt::ItemIsUserCheckable)
                && (current.flags() & Qt::ItemIsEnabled)) {
                const bool checked = current.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                m_proxy->setData(current, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePicker::retranslateUi()
{
    m_selectedOnlyCheckBox->setText(tr("Show selected &only"));
    m_selectedOnlyCheckBox->setAccessibleName(tr("Show selected only"));
}

void CataloguePicker::updateNoMatchLabel()
{
    const bool sourceEmpty = !m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0;
    const bool nothingShown = m_proxy->rowCount() == 0;
    m_noMatchLabel->setText(m_noMatchText);
    m_noMatchLabel->setVisible(nothingShown && !sourceEmpty && !m_noMatchText.isEmpty());
}
