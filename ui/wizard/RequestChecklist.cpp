#include "wizard/RequestChecklist.h"

#include "common/Labels.h"
#include "wizard/RequestSystemSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Whose checklist item a key belongs to: rights by their identity, packages by their URN.
constexpr int KeyRole = Qt::UserRole;

void setHint(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

RequestChecklist::RequestChecklist(const RequestSystemSection *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_heading(Labels::heading(u"checklistHeading"_s, this))
    , m_hint(Labels::hint(u"checklistHint"_s, this))
    , m_rightsLabel(new QLabel(this))
    , m_rightsList(new QListWidget(this))
    , m_rightsNote(Labels::hint(u"rightsNote"_s, this))
    , m_packagesLabel(new QLabel(this))
    , m_packagesList(new QListWidget(this))
    , m_packagesNote(Labels::hint(u"packagesNote"_s, this))
    , m_catalogueHint(Labels::fieldMessage(u"catalogueHint"_s, this))
{
    m_rightsList->setObjectName(u"rightsList"_s);
    m_packagesList->setObjectName(u"packagesList"_s);
    m_rightsLabel->setBuddy(m_rightsList);
    m_packagesLabel->setBuddy(m_packagesList);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    for (auto [label, list, note] : {std::tuple{m_rightsLabel, m_rightsList, m_rightsNote},
             std::tuple{m_packagesLabel, m_packagesList, m_packagesNote}}) {
        list->setUniformItemSizes(true);
        auto *column = new QVBoxLayout;
        column->addWidget(label);
        column->addWidget(list);
        column->addWidget(note);
        column->addStretch(1);
        columns->addLayout(column, 1);
        connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            if (m_filling)
                return;
            const QString key = item->data(KeyRole).toString();
            if (item->checkState() == Qt::Checked)
                m_unchecked.remove(key);
            else
                m_unchecked.insert(key);
            Q_EMIT changed();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(columns);
    layout->addWidget(m_catalogueHint);
    retranslateUi();
}

void RequestChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void RequestChecklist::retranslateUi()
{
    m_heading->setText(tr("What to ask for"));
    m_rightsLabel->setText(tr("&Rights (services):"));
    m_rightsList->setAccessibleName(tr("Rights to ask for"));
    m_packagesLabel->setText(tr("Access &packages:"));
    m_packagesList->setAccessibleName(tr("Access packages to ask for"));
    m_hint->setText(tr("Everything the system includes is ticked. Untick what this customer should not "
                       "be asked for; only the system's own rights and packages can be asked for."));
}

void RequestChecklist::setKind(Altinn::RequestKind kind)
{
    m_kind = kind;
    fill();
}

void RequestChecklist::systemChanged()
{
    const auto &system = m_source->system();
    const QString id = system ? system->id : QString();
    if (id != m_systemId)
        m_unchecked.clear();
    m_systemId = id;
    applySelection();
    fill();
}

void RequestChecklist::select(const std::optional<QList<Altinn::Right>> &rights,
    const std::optional<QList<Altinn::AccessPackageRef>> &packages)
{
    m_wantedRights = rights;
    m_wantedPackages = packages;
    m_selectionPending = true;
    m_unchecked.clear();
    const auto &system = m_source->system();
    if (system)
        m_systemId = system->id;
    applySelection();
    fill();
}

void RequestChecklist::applySelection()
{
    const auto &system = m_source->system();
    if (!m_selectionPending || !system)
        return;
    m_selectionPending = false;
    m_unchecked.clear();
    if (m_wantedRights) {
        for (const Altinn::Right &right : system->rights.value_or(QList<Altinn::Right>{})) {
            if (!m_wantedRights->contains(right))
                m_unchecked.insert(right.identityKey());
        }
    }
    if (m_wantedPackages) {
        for (const Altinn::AccessPackageRef &package :
            system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
            if (!m_wantedPackages->contains(package))
                m_unchecked.insert(package.urn);
        }
    }
}

const Altinn::AccessPackageInfo *RequestChecklist::packageInfo(const QString &urn) const
{
    return m_source->packageTree() ? m_source->packageTree()->find(urn) : nullptr;
}

bool RequestChecklist::isPackageOffered(const QString &urn) const
{
    const Altinn::AccessPackageInfo *info = packageInfo(urn);
    if (m_kind == Altinn::RequestKind::Agent) {
        // Without the catalogue nobody can tell; offer them all and let Altinn decide.
        if (m_source->packagesFailed())
            return true;
        return info && info->isClientRelationship();
    }
    // A client-relationship package can never go to a standard system user (AUTH-00064).
    return !info || !info->isClientRelationship();
}

QString RequestChecklist::resourceTitle(const QString &resourceId) const
{
    const auto &resources = m_source->resources();
    const auto it = std::find_if(resources.cbegin(), resources.cend(),
        [&](const Altinn::ServiceResource &resource) { return resource.identifier == resourceId; });
    return it == resources.cend() ? resourceId : it->titleIn(m_source->language());
}

QString RequestChecklist::displayName(const QString &id) const
{
    if (const Altinn::AccessPackageInfo *info = packageInfo(id); info && !info->name.isEmpty())
        return info->name;
    return resourceTitle(id);
}

void RequestChecklist::fill()
{
    m_filling = true;
    const bool agent = m_kind == Altinn::RequestKind::Agent;
    m_rightsList->clear();
    m_packagesList->clear();
    const auto &system = m_source->system();
    const auto addItem = [this](QListWidget *list, const QString &title, const QString &tip,
                             const QString &key) {
        auto *item = new QListWidgetItem(title, list);
        item->setToolTip(tip);
        item->setData(KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_unchecked.contains(key) ? Qt::Unchecked : Qt::Checked);
    };
    if (system && !agent) {
        for (const Altinn::Right &right : system->rights.value_or(QList<Altinn::Right>{})) {
            const QString id = right.resourceId().isEmpty() ? right.identityKey() : right.resourceId();
            addItem(m_rightsList, resourceTitle(id), id, right.identityKey());
        }
    }
    int hiddenPackages = 0;
    if (system) {
        for (const Altinn::AccessPackageRef &package :
            system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
            if (!isPackageOffered(package.urn)) {
                ++hiddenPackages;
                continue;
            }
            const Altinn::AccessPackageInfo *info = packageInfo(package.urn);
            addItem(m_packagesList, info && !info->name.isEmpty() ? info->name : package.urn, package.urn,
                package.urn);
        }
    }
    m_filling = false;
    m_rightsList->setEnabled(!agent);
    fitListHeights();
    updateNotes(hiddenPackages);
}

void RequestChecklist::updateNotes(int hiddenPackages)
{
    const auto &system = m_source->system();
    const bool agent = m_kind == Altinn::RequestKind::Agent;
    if (!system)
        setHint(m_rightsNote, tr("The system's rights appear here once it is loaded."));
    else if (agent)
        setHint(m_rightsNote, tr("Agent requests cannot carry single rights, only access packages."));
    else if (system->rights.value_or(QList<Altinn::Right>{}).isEmpty())
        setHint(m_rightsNote, tr("The system has no single rights."));
    else
        setHint(m_rightsNote, {});

    const bool catalogueMissing = !m_source->packageTree() && !m_source->packagesFailed();
    if (!system)
        setHint(m_packagesNote, tr("The system's access packages appear here once it is loaded."));
    else if (agent && catalogueMissing)
        setHint(
            m_packagesNote, tr("Loading the package catalogue to find the client-relationship packages…"));
    else if (agent && m_packagesList->count() == 0)
        setHint(m_packagesNote,
            tr("The system has no client-relationship packages (such as the accountant or "
               "auditor packages), so it cannot be used for agent requests. Add them to "
               "the system first."));
    else if (agent)
        setHint(m_packagesNote, tr("Only client-relationship packages are shown."));
    else if (hiddenPackages > 0)
        setHint(m_packagesNote,
            tr("%n client-relationship package(s) are left out: they can only be asked for in an agent "
               "request.",
                nullptr, hiddenPackages));
    else if (system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{}).isEmpty())
        setHint(m_packagesNote, tr("The system has no access packages."));
    else
        setHint(m_packagesNote, {});

    Labels::showMessage(m_catalogueHint,
        m_source->packagesFailed()
            ? tr("The access package catalogue could not be loaded, so package names are shown by their ids "
                 "and Altinn decides which packages fit this kind of request.")
            : QString(),
        u"warning"_s);
}

void RequestChecklist::fitListHeights()
{
    // As tall as the longer list (a few rows at least, scrolling beyond eight), side by side.
    constexpr int MinimumRows = 2;
    constexpr int MaximumRows = 8;
    const int rows =
        std::clamp(std::max(m_rightsList->count(), m_packagesList->count()), MinimumRows, MaximumRows);
    const int rowHeight = std::max(m_rightsList->sizeHintForRow(0), m_rightsList->fontMetrics().height() + 4);
    const int height = rows * rowHeight + 2 * m_rightsList->frameWidth() + 6;
    m_rightsList->setFixedHeight(height);
    m_packagesList->setFixedHeight(height);
}

bool RequestChecklist::isTicked(const QListWidget *list, const QString &key) const
{
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->data(KeyRole).toString() == key)
            return item->checkState() == Qt::Checked;
    }
    return false;
}

QList<Altinn::Right> RequestChecklist::selectedRights() const
{
    QList<Altinn::Right> rights;
    if (const auto &system = m_source->system()) {
        for (const Altinn::Right &right : system->rights.value_or(QList<Altinn::Right>{})) {
            if (isTicked(m_rightsList, right.identityKey()))
                rights.append(right);
        }
    }
    return rights;
}

QList<Altinn::AccessPackageRef> RequestChecklist::selectedPackages() const
{
    QList<Altinn::AccessPackageRef> packages;
    if (const auto &system = m_source->system()) {
        for (const Altinn::AccessPackageRef &package :
            system->accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
            if (isTicked(m_packagesList, package.urn))
                packages.append(package);
        }
    }
    return packages;
}
