#include "editor/PackagesSection.h"

#include "editor/AccessPackagePicker.h"
#include "editor/EditorSupport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PackagesSection::PackagesSection(QWidget *parent)
    : QWidget(parent)
    , m_introLabel(EditorSupport::makeHint(this, u"packagesIntroLabel"_s))
    , m_forcedLabel(new QLabel(this))
    , m_picker(new AccessPackagePicker(this))
{
    setObjectName(u"accessPackagesPage"_s);
    m_forcedLabel->setObjectName(u"visibilityForcedLabel"_s);
    m_forcedLabel->setProperty("role", u"inlineMessage"_s);
    m_forcedLabel->setWordWrap(true);
    m_forcedLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_forcedLabel);
    layout->addWidget(m_picker, 1);
    retranslateUi();
}

void PackagesSection::setCatalogue(const Altinn::AccessPackageTree &tree)
{
    m_tree = tree;
    m_flags.clear();
    const QList<Altinn::AccessPackageInfo> packages = tree.packages();
    for (const Altinn::AccessPackageInfo &package : packages)
        m_flags.insert(package.urn, Validation::PackageFlags{package.isDelegable, package.isAssignable});
    m_picker->setAccessPackages(tree);
}

Validation::SystemDefinitionValidator PackagesSection::validator() const
{
    if (m_flags.isEmpty())
        return Validation::SystemDefinitionValidator();
    const QHash<QString, Validation::PackageFlags> flags = m_flags;
    return Validation::SystemDefinitionValidator(
        [flags](const QString &urn) -> std::optional<Validation::PackageFlags> {
            const auto it = flags.constFind(urn);
            if (it == flags.constEnd())
                return std::nullopt;
            return *it;
        });
}

QStringList PackagesSection::clientRelationshipNames(const QList<Altinn::AccessPackageRef> &packages) const
{
    QStringList names;
    for (const Altinn::AccessPackageRef &ref : packages) {
        // The validator's rule: a package that cannot go to a standard system user keeps the system hidden.
        const Altinn::AccessPackageInfo *package = m_tree.find(ref.urn);
        if (package && !package->isAssignable && !names.contains(package->name))
            names.append(package->name);
    }
    return names;
}

bool PackagesSection::isClientRelationship(const QString &urn) const
{
    const Altinn::AccessPackageInfo *package = m_tree.find(urn);
    return package && !package->isAssignable;
}

void PackagesSection::focusPackage(int index, const QList<Altinn::AccessPackageRef> &packages)
{
    m_picker->focusPackage(index >= 0 && index < packages.size() ? packages.at(index).urn : QString());
}

QString PackagesSection::fieldName(int index, const QList<Altinn::AccessPackageRef> &packages) const
{
    if (index < 0 || index >= packages.size())
        return {};
    const Altinn::AccessPackageInfo *package = m_tree.find(packages.at(index).urn);
    return QCoreApplication::translate("SystemDefinitionEditor", "Access package %1 (%2)")
        .arg(index + 1)
        .arg(package ? package->name : packages.at(index).urn);
}

void PackagesSection::showPackages(const QList<Altinn::AccessPackageRef> &packages)
{
    QStringList urns;
    for (const Altinn::AccessPackageRef &package : packages)
        urns.append(package.urn);
    m_picker->setSelectedUrns(urns);
}

QList<Altinn::AccessPackageRef> PackagesSection::chosenPackages(
    const QList<Altinn::AccessPackageRef> &current) const
{
    const QStringList selected = m_picker->selectedUrns();
    QList<Altinn::AccessPackageRef> packages;
    QSet<QString> present;
    for (const Altinn::AccessPackageRef &package : current) {
        if (selected.contains(package.urn)) {
            packages.append(package);
            present.insert(package.urn);
        }
    }
    for (const QString &urn : selected) {
        if (!present.contains(urn))
            packages.append(Altinn::AccessPackageRef{urn});
    }
    return packages;
}

void PackagesSection::setForcedVisibility(const QStringList &clientPackages, bool visible)
{
    m_clientPackages = clientPackages;
    m_visible = visible;
    retranslateUi();
}

void PackagesSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackagesSection::retranslateUi()
{
    // The editor's translation context (see IdentitySection.cpp).
    m_introLabel->setText(QCoreApplication::translate("SystemDefinitionEditor",
        "Access packages bundle many services by area. \"Standard\" packages can "
        "be given to a standard system user; \"Client relationship\" packages "
        "are for accounting firms and others acting for their clients."));
    m_forcedLabel->setVisible(!m_clientPackages.isEmpty());
    if (m_clientPackages.isEmpty())
        return;
    const QString names = QLocale().createSeparatedList(m_clientPackages);
    m_forcedLabel->setText(m_visible
            ? QCoreApplication::translate("SystemDefinitionEditor",
                "%1 is for client relationships, so the system cannot be visible in Altinn. Turn "
                "visibility off on the General tab, or remove the package.")
                  .arg(names)
            : QCoreApplication::translate("SystemDefinitionEditor",
                "Visibility is off: %1 is for client relationships, and Altinn only accepts such a "
                "system "
                "when customers cannot pick it themselves. They get it through a request from you.")
                  .arg(names));
    EditorSupport::setSeverity(m_forcedLabel, m_visible ? u"error"_s : u"info"_s);
}
