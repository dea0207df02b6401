#pragma once

#include "model/AccessPackageTree.h"
#include "model/SystemDefinition.h"
#include "validation/SystemDefinitionValidator.h"

#include <QHash>
#include <QList>
#include <QWidget>

class AccessPackagePicker;
class QLabel;

/**
 * The editor's Access packages tab: what packages are, why the system is hidden while it has
 * client-relationship packages, and the picker over Altinn's package catalogue.
 */
class PackagesSection : public QWidget
{
    Q_OBJECT

public:
    explicit PackagesSection(QWidget *parent = nullptr);

    AccessPackagePicker *picker() const { return m_picker; }

    /// The package catalogue (names in the UI language), for the picker and the rules below.
    void setCatalogue(const Altinn::AccessPackageTree &tree);
    /// A validator that knows the catalogue's package flags (a plain one before the catalogue came).
    Validation::SystemDefinitionValidator validator() const;
    /// Names of the packages in @p packages that cannot go to a standard system user: such a
    /// system must be hidden.
    QStringList clientRelationshipNames(const QList<Altinn::AccessPackageRef> &packages) const;
    /// Whether @p urn is such a client-relationship package.
    bool isClientRelationship(const QString &urn) const;
    /// Shows and focuses the package at @p index of @p packages (the tree when there is none).
    void focusPackage(int index, const QList<Altinn::AccessPackageRef> &packages);
    /// "Access package 2 (Name)" for the package at @p index of @p packages; empty if none.
    QString fieldName(int index, const QList<Altinn::AccessPackageRef> &packages) const;

    /// Checks the packages in @p packages.
    void showPackages(const QList<Altinn::AccessPackageRef> &packages);
    /// @p current with the picker's choice applied, in the order chosen.
    QList<Altinn::AccessPackageRef> chosenPackages(const QList<Altinn::AccessPackageRef> &current) const;
    /// Explains that the system must stay hidden while it has the client-relationship packages
    /// @p clientPackages (names); an error while @p visible. None when the list is empty.
    void setForcedVisibility(const QStringList &clientPackages, bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_introLabel;
    QLabel *m_forcedLabel;
    AccessPackagePicker *m_picker;
    Altinn::AccessPackageTree m_tree;
    QHash<QString, Validation::PackageFlags> m_flags;
    QStringList m_clientPackages;
    bool m_visible = true;
};
