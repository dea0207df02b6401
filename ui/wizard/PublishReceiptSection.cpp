#include "wizard/PublishReceiptSection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemDefinition;

PublishReceiptSection::PublishReceiptSection(QWidget *parent)
    : QGroupBox(parent)
    , m_layout(new QFormLayout(this))
{
    setObjectName(u"receiptBox"_s);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    retranslateUi();
    hide();
}

void PublishReceiptSection::retranslateUi()
{
    setTitle(tr("Registered in Altinn"));
    showSystem(m_system, m_names, m_publishedAt);
}

void PublishReceiptSection::addRow(const QString &label, const QString &value, const QString &name)
{
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setWordWrap(true);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setObjectName(name);
    // A screen reader announces the value with its caption ("System id: 991825827_x"), not the caption alone.
    valueLabel->setAccessibleName(tr("%1: %2").arg(label, QString(value).replace(u'\n', u"; "_s)));
    auto *nameLabel = new QLabel(label, this);
    nameLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    nameLabel->setBuddy(valueLabel);
    m_layout->addRow(nameLabel, valueLabel);
}

void PublishReceiptSection::showSystem(
    const std::optional<SystemDefinition> &shown, const CatalogueNames &names, const QDateTime &publishedAt)
{
    m_system = shown;
    m_names = names;
    m_publishedAt = publishedAt;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    setVisible(shown.has_value());
    if (!shown)
        return;
    const SystemDefinition &system = *shown;
    addRow(tr("System id"), system.id, u"receiptSystemId"_s);
    QStringList systemNames;
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        if (system.name.contains(language))
            systemNames.append(tr("%1: %2").arg(language, system.name.value(language)));
    }
    addRow(tr("Name"), systemNames.join(u'\n'), u"receiptNames"_s);

    const QList<Altinn::Right> rights = system.rights.value_or(QList<Altinn::Right>{});
    QStringList rightNames;
    for (const Altinn::Right &right : rights)
        rightNames.append(
            names.right(right.resourceId().isEmpty() ? right.identityKey() : right.resourceId()));
    addRow(tr("Rights"),
        tr("%n right(s)", nullptr, int(rights.size()))
            + (rightNames.isEmpty() ? QString() : QString(u":\n"_s + rightNames.join(u'\n'))),
        u"receiptRights"_s);

    const QList<Altinn::AccessPackageRef> packages =
        system.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    QStringList packageNames;
    for (const Altinn::AccessPackageRef &package : packages)
        packageNames.append(names.package(package.urn));
    addRow(tr("Access packages"),
        tr("%n access package(s)", nullptr, int(packages.size()))
            + (packageNames.isEmpty() ? QString() : QString(u":\n"_s + packageNames.join(u'\n'))),
        u"receiptPackages"_s);
    addRow(tr("Maskinporten client ids"),
        system.clientIds.isEmpty() ? tr("None — no system user token can be issued until one is added.")
                                   : system.clientIds.join(u'\n'),
        u"receiptClientIds"_s);
    addRow(tr("Redirect URLs"),
        system.allowedRedirectUrls.isEmpty() ? tr("None") : system.allowedRedirectUrls.join(u'\n'),
        u"receiptRedirectUrls"_s);
    addRow(tr("Visible in Altinn"), system.isVisible ? tr("Yes") : tr("No"), u"receiptVisible"_s);
    if (publishedAt.isValid())
        addRow(tr("Published"), QLocale().toString(publishedAt.toLocalTime(), QLocale::ShortFormat),
            u"receiptTime"_s);
}
