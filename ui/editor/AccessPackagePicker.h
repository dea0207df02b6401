#pragma once

#include "editor/CataloguePicker.h"
#include "editor/MetadataState.h"
#include "model/AccessPackageTree.h"

#include <QStringList>

class AccessPackageTreeModel;

/**
 * Chooses access packages from Altinn's catalogue, as a tree of area groups and areas with a
 * search that keeps the groups and areas of every hit. Each package carries a badge: "Standard"
 * (for standard system users) or "Client relationship" (agent system users only). Packages the
 * system register rejects are shown but cannot be chosen. Works on data handed to it.
 */
class AccessPackagePicker : public CataloguePicker
{
    Q_OBJECT

public:
    explicit AccessPackagePicker(QWidget *parent = nullptr);

    /// The catalogue, with names in the UI language.
    void setAccessPackages(const Altinn::AccessPackageTree &tree);
    void setMetadataState(const MetadataState &state);

    /// Package URNs in the order they were chosen.
    QStringList selectedUrns() const;
    void setSelectedUrns(const QStringList &urns);

    /// Opens the package's area, selects its row and focuses the tree.
    void focusPackage(const QString &urn);

    AccessPackageTreeModel *model() const { return m_model; }

Q_SIGNALS:
    /// The user (un)checked a package.
    void packageToggled(const QString &urn, bool selected);
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void updateBanner();
    void expandSelected();

    AccessPackageTreeModel *m_model;
    MetadataState m_state;
};
