#pragma once

#include "editor/CataloguePicker.h"
#include "editor/MetadataState.h"
#include "model/ServiceResource.h"

#include <QList>
#include <QStringList>

class ResourceListModel;

/**
 * Chooses the resources a system lists as rights, from the resource registry: searchable by
 * title (in the UI language), identifier, owner and keywords. Only types the system register
 * accepts are offered; non-delegable ones are shown but cannot be chosen, with the reason.
 * Works on data handed to it (setResources), so it runs without network.
 */
class RightsPicker : public CataloguePicker
{
    Q_OBJECT

public:
    explicit RightsPicker(QWidget *parent = nullptr);

    void setResources(const QList<Altinn::ServiceResource> &resources);
    void setMetadataState(const MetadataState &state);
    /// "nb", "nn" or "en": the language titles and owners are shown in.
    void setLanguage(const QString &language);

    /// Resource identifiers in the order they were chosen.
    QStringList selectedIdentifiers() const;
    void setSelectedIdentifiers(const QStringList &identifiers);

    /// Shows and selects @p identifier's row and focuses the list.
    void focusResource(const QString &identifier);

    ResourceListModel *model() const { return m_model; }

Q_SIGNALS:
    /// The user (un)checked a resource.
    void resourceToggled(const QString &identifier, bool selected);
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    /// Owner, type and identifier as wide as their contents up to a share of the view; the title
    /// takes the rest, so it can be read in every language (issue 14).
    void fitColumns();
    void updateCount();
    void updateBanner();

    ResourceListModel *m_model;
    MetadataState m_state;
};
