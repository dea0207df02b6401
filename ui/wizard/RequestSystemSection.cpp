#include "wizard/RequestSystemSection.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/MetadataClient.h"
#include "altinn/SystemRegisterClient.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

RequestSystemSection::RequestSystemSection(WizardContext *context, OnboardingState *state, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_state(state)
    , m_heading(Labels::heading(u"systemHeading"_s, this))
    , m_label(new QLabel(this))
    , m_comboBox(new QComboBox(this))
    , m_status(new OperationStatus(this))
{
    m_comboBox->setObjectName(u"systemComboBox"_s);
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboBox->setMinimumContentsLength(30);
    m_label->setBuddy(m_comboBox);
    m_status->setObjectName(u"systemStatus"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_comboBox);
    row->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_label, row);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_status);

    connect(m_comboBox, &QComboBox::activated, this,
        [this](int index) { loadSystem(m_comboBox->itemData(index).toString()); });
    retranslateUi();
}

void RequestSystemSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestSystemSection::retranslateUi()
{
    m_heading->setText(tr("System and kind of request"));
    m_label->setText(tr("S&ystem:"));
    m_comboBox->setAccessibleName(tr("System"));
}

void RequestSystemSection::reset(const QString &wantedSystemId)
{
    m_system.reset();
    m_packageTree.reset();
    m_resources.clear();
    m_wantedSystemId = wantedSystemId;
    m_comboBox->clear();
}

void RequestSystemSection::usePublished(const Altinn::SystemDefinition &system)
{
    if (m_system && m_system->id == system.id)
        return;
    m_wantedSystemId = system.id;
    setSystem(system);
    fillComboBox({{system.id, system.name.value(m_context->language())}}, system.id);
}

QString RequestSystemSection::language() const
{
    return m_context->language();
}

bool RequestSystemSection::cataloguesOutdated() const
{
    return m_packagesLanguage != m_context->language();
}

void RequestSystemSection::loadEverything()
{
    loadSystems();
    loadCatalogues();
}

void RequestSystemSection::loadSystems()
{
    if (m_listOperation)
        m_listOperation->cancel();
    VendorSession *session = m_context->session();
    if (!session) {
        m_status->showError(tr("There is no connection to Altinn yet (the sandbox may still be starting)."),
            [this] { loadEverything(); });
        return;
    }
    m_status->showBusy(tr("Fetching your registered systems…"));
    QPointer<RequestSystemSection> self(this);
    m_listOperation = session->systemRegister()->list([self](const auto &result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("fetching your systems"));
            self->m_status->showError(
                explanation.summary + u' ' + explanation.remedy, [self] { self->loadSystems(); });
            return;
        }
        QList<std::pair<QString, QString>> systems;
        const QString language = self->m_context->language();
        for (const Altinn::SystemListItem &item : *result.value) {
            QString name = item.name.value(language);
            if (name.isEmpty())
                name = item.name.value(u"nb"_s);
            systems.append({item.systemId, name});
        }
        if (systems.isEmpty()) {
            self->m_status->showInformation(
                tr("Your organisation has no system in this environment yet. Register one first."));
            Q_EMIT self->noSystems();
            return;
        }
        self->m_status->clear();
        QString select = self->m_system ? self->m_system->id : self->m_wantedSystemId;
        const bool known = std::any_of(
            systems.cbegin(), systems.cend(), [&](const auto &system) { return system.first == select; });
        if (!known)
            select = systems.constFirst().first;
        self->fillComboBox(systems, select);
        if (!self->m_system || self->m_system->id != select)
            self->loadSystem(select);
    });
}

void RequestSystemSection::fillComboBox(
    const QList<std::pair<QString, QString>> &systems, const QString &select)
{
    const QSignalBlocker blocker(m_comboBox);
    m_comboBox->clear();
    for (const auto &[id, name] : systems)
        m_comboBox->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id), id);
    m_comboBox->setCurrentIndex(std::max(0, m_comboBox->findData(select)));
}

void RequestSystemSection::loadSystem(const QString &systemId)
{
    if (systemId.isEmpty())
        return;
    if (m_systemOperation)
        m_systemOperation->cancel();
    m_wantedSystemId = systemId;
    if (const auto published = m_state->publishedSystem(); published && published->id == systemId) {
        setSystem(*published);
        return;
    }
    VendorSession *session = m_context->session();
    if (!session)
        return;
    m_status->showBusy(tr("Fetching the system “%1”…").arg(systemId));
    QPointer<RequestSystemSection> self(this);
    m_systemOperation = session->systemRegister()->get(systemId, [self, systemId](const auto &result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("fetching the system"));
            self->m_status->showError(explanation.summary + u' ' + explanation.remedy,
                [self, systemId] { self->loadSystem(systemId); });
            return;
        }
        self->m_status->clear();
        // The context's system as Altinn has it is the run's registered system: page 6's message and page 7
        // read it from there instead of asking Altinn again. Not another system picked for one request.
        if (!self->m_state->publishedSystem() && systemId == self->m_context->systemId())
            self->m_state->setPublishedSystem(*result.value, QDateTime::currentDateTimeUtc());
        self->setSystem(*result.value);
    });
}

void RequestSystemSection::setSystem(const Altinn::SystemDefinition &system)
{
    m_system = system;
    Q_EMIT systemChanged();
}

void RequestSystemSection::loadCatalogues()
{
    VendorSession *session = m_context->session();
    if (!session)
        return;
    QPointer<RequestSystemSection> self(this);
    if (m_resources.isEmpty()) {
        if (m_resourcesOperation)
            m_resourcesOperation->cancel();
        m_resourcesOperation = session->metadata()->resources([self](const auto &result) {
            if (!self || !result.ok())
                return; // the ids are shown instead of titles
            self->m_resources = result.value->value;
            Q_EMIT self->cataloguesChanged();
        });
    }
    if (m_packagesOperation)
        m_packagesOperation->cancel();
    const QString language = m_context->language();
    m_packagesLanguage = language;
    m_packagesFailed = false;
    m_packagesOperation = session->metadata()->accessPackages(language, [self](const auto &result) {
        if (!self)
            return;
        if (result.ok()) {
            self->m_packageTree = result.value->value;
        } else {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_packagesFailed = true;
        }
        Q_EMIT self->cataloguesChanged();
    });
}
