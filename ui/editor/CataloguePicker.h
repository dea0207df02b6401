#pragma once

#include "editor/MetadataState.h"

#include <QWidget>

class CatalogueFilterProxyModel;
class MetadataStatusBanner;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

/**
 * What the rights and access package pickers share: a status banner for the catalogue, a search
 * field, "show selected only", the number chosen and a view with check boxes over a filtered model.
 * Items are (un)checked by clicking the box, with Space, or with Enter on the current row.
 */
class CataloguePicker : public QWidget
{
    Q_OBJECT

public:
    /// Moves keyboard focus to the search field.
    void focusSearch();
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// The user asked to load the catalogue again (banner's Retry button).
    void retryRequested();

protected:
    explicit CataloguePicker(const QString &objectNamePrefix, QWidget *parent = nullptr);

    /// Puts @p model behind the filter and into the view (call once, from the subclass constructor).
    void setSourceModel(QAbstractItemModel *model);
    CatalogueFilterProxyModel *proxy() const { return m_proxy; }

    void showBanner(MetadataState::Kind kind, const QString &text);
    void setCountText(const QString &text);
    /// Texts that depend on the subclass: the search label with mnemonic, placeholder, view name, the
    /// sentence for "nothing matches".
    void setTexts(const QString &searchLabel, const QString &placeholder, const QString &viewName,
        const QString &noMatchText);
    /// Shows the item at @p sourceIndex (clearing a filter that hides it), selects it and focuses the view.
    void focusSourceIndex(const QModelIndex &sourceIndex);

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateNoMatchLabel();

    MetadataStatusBanner *m_banner;
    QLabel *m_searchLabel;
    QLineEdit *m_searchEdit;
    QCheckBox *m_selectedOnlyCheckBox;
    QLabel *m_countLabel;
    QTreeView *m_view;
    QLabel *m_noMatchLabel;
    CatalogueFilterProxyModel *m_proxy;
    QString m_noMatchText;
};
