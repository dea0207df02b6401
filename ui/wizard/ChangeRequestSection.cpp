#include "wizard/ChangeRequestSection.h"

#include "altinn/RequestClient.h"
#include "common/Labels.h"
#include "session/VendorSession.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int IsPackageRole = Qt::UserRole + 1;
constexpr int HeldRole = Qt::UserRole + 2;

} // namespace

ChangeRequestSection::ChangeRequestSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"changeHeading"_s, this))
    , m_hint(Labels::hint(u"changeHint"_s, this))
    , m_list(new QListWidget(this))
    , m_preview(Labels::text(u"changePreview"_s, this))
{
    m_list->setObjectName(u"changeChoices"_s);
    m_list->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updatePreview();
        Q_EMIT changed();
    });
    retranslateUi();
}

void ChangeRequestSection::setChoices(const Altinn::SystemDefinition &system,
    const QList<Altinn::Right> &currentRights, const QList<Altinn::AccessPackageRef> &currentPackages)
{
    m_system = system;
    m_currentRights = currentRights;
    m_currentPackages = currentPackages;
    fill();
}

void ChangeRequestSection::load(
    VendorSession *session, const Altinn::SystemDefinition &system, const CustomerRecord &customer)
{
    delete m_loading;
    if (!session || customer.systemUserId.isEmpty()) {
        m_list->setEnabled(true);
        setChoices(system, {}, {});
        return;
    }
    m_loading = new QObject(this);
    // Nothing to tick until it is known what the system user has: ticks now would be guesses.
    m_list->clear();
    m_list->setEnabled(false);
    m_preview->setText(tr("Reading what the system user has now…"));
    QPointer<QObject> context = m_loading;
    session->requests()->get(
        customer.systemUserId, customer.kind, [this, context, system](const auto &result) {
            if (!context)
                return; // the section is gone, or another customer was loaded since
            delete context;
            m_list->setEnabled(true);
            // Without the request (deleted with its history), the system user's rights are unknown:
            // everything is offered as "not yet", and asking again for what it has is harmless.
            const Altinn::SystemUserRequestResponse held =
                result.ok() ? *result.value : Altinn::SystemUserRequestResponse();
            setChoices(system, held.rights, held.accessPackages);
            Q_EMIT changed();
        });
}

Onboarding::SubmitChangeRequestFlow::Input ChangeRequestSection::changeInput(
    const CustomerRecord &customer) const
{
    Onboarding::SubmitChangeRequestFlow::Input input;
    input.systemUserId = customer.systemUserId;
    input.systemUserKind = customer.kind;
    input.change = plan().toChangeRequest();
    return input;
}

void ChangeRequestSection::setCustomer(const QString &orgNo, const QString &externalRef)
{
    m_customerOrgNo = orgNo;
    m_customerRef = externalRef;
    retranslateUi();
}

void ChangeRequestSection::setNameLookup(std::function<QString(const QString &id)> nameOf)
{
    m_nameOf = std::move(nameOf);
    updateTexts();
}

void ChangeRequestSection::updateTexts()
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString id = item->data(IdRole).toString();
        const QString held = item->data(HeldRole).toBool() ? tr("has it now") : tr("not yet");
        item->setText(tr("%1 — %2").arg(nameOf(id), held));
        item->setToolTip(id);
    }
    updatePreview();
}

void ChangeRequestSection::fill()
{
    QSet<QString> heldRights;
    for (const Altinn::Right &right : std::as_const(m_currentRights))
        heldRights.insert(right.resourceId());
    QSet<QString> heldPackages;
    for (const Altinn::AccessPackageRef &package : std::as_const(m_currentPackages))
        heldPackages.insert(package.urn);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const auto add = [this](const QString &id, bool isPackage, bool held) {
            auto *item = new QListWidgetItem(m_list);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(IdRole, id);
            item->setData(IsPackageRole, isPackage);
            item->setData(HeldRole, held);
            item->setCheckState(held ? Qt::Checked : Qt::Unchecked);
        };
        for (const Altinn::Right &right : m_system.rights.value_or(QList<Altinn::Right>()))
            add(right.resourceId(), false, heldRights.contains(right.resourceId()));
        for (const Altinn::AccessPackageRef &package :
            m_system.accessPackages.value_or(QList<Altinn::AccessPackageRef>()))
            add(package.urn, true, heldPackages.contains(package.urn));
    }
    updateTexts();
}

void ChangeRequestSection::setWanted(const QStringList &rights, const QStringList &packages)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            const QString id = item->data(IdRole).toString();
            const bool wanted =
                item->data(IsPackageRole).toBool() ? packages.contains(id) : rights.contains(id);
            item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        }
    }
    updatePreview();
}

QStringList ChangeRequestSection::wantedRights() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item->data(IsPackageRole).toBool() && item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).toString());
    }
    return ids;
}

QStringList ChangeRequestSection::wantedPackages() const
{
    QStringList urns;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(IsPackageRole).toBool() && item->checkState() == Qt::Checked)
            urns.append(item->data(IdRole).toString());
    }
    return urns;
}

Onboarding::ChangePlan ChangeRequestSection::plan() const
{
    Onboarding::ChangePlan plan;
    plan.currentRights = m_currentRights;
    plan.currentPackages = m_currentPackages;
    for (const QString &id : wantedRights())
        plan.wantedRights.append(Altinn::Right::forResource(id));
    for (const QString &urn : wantedPackages())
        plan.wantedPackages.append(Altinn::AccessPackageRef{urn});
    return plan;
}

QString ChangeRequestSection::nameOf(const QString &id) const
{
    const QString name = m_nameOf ? m_nameOf(id) : QString();
    return name.isEmpty() ? id : name;
}

void ChangeRequestSection::updatePreview()
{
    const QStringList lines = plan().preview([this](const QString &id) { return nameOf(id); });
    m_preview->setText(lines.isEmpty()
            ? tr("No change yet: check what the system user should have, uncheck what it should lose.")
            : tr("The change request will ask the customer to approve:") + u"\n• "_s + lines.join(u"\n• "_s));
}

void ChangeRequestSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChangeRequestSection::retranslateUi()
{
    m_heading->setText(m_customerOrgNo.isEmpty()
            ? tr("What the system user should have")
            : tr("What the system user of %1 (external reference %2) should have")
                  .arg(m_customerOrgNo, m_customerRef));
    m_hint->setText(tr("The customer's system user keeps what it has until the customer approves the change "
                       "request. Only rights and access packages your system offers can be asked for."));
    m_list->setAccessibleName(tr("Rights and access packages"));
    updateTexts();
}
