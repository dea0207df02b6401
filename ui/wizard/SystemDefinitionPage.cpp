#include "wizard/SystemDefinitionPage.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/MetadataClient.h"
#include "session/VendorSession.h"
#include "wizard/SandboxCatalogueAction.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
MetadataState stateOf(const Altinn::ApiResult<Altinn::MetadataClient::Cached<T>> &result)
{
    if (!result.ok()) {
        const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(result.failure);
        return MetadataState::failed(explanation.summary + u' ' + explanation.remedy);
    }
    return result.value->stale ? MetadataState::offline(result.value->fetchedAt) : MetadataState::ready();
}

} // namespace

SystemDefinitionPage::SystemDefinitionPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_editor(new SystemDefinitionEditor(this))
{
    setObjectName(u"systemDefinitionPage"_s);
    m_editor->setObjectName(u"systemDefinitionEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Sandbox only: add what the rights pickers lack (docs/sandbox.md#your-own-catalogue), then reload them.
    auto *catalogueAction = new SandboxCatalogueAction(m_context, this);
    // The row keeps its own height; the editor takes the rest (else the two share the spare height).
    catalogueAction->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(catalogueAction);
    layout->addWidget(m_editor, 1);
    connect(catalogueAction, &SandboxCatalogueAction::catalogueChanged, this, [this](bool cacheRefreshed) {
        loadResources(!cacheRefreshed);
        loadAccessPackages(!cacheRefreshed);
    });

    connect(m_editor, &SystemDefinitionEditor::changed, this, [this] {
        if (!m_profileId.isEmpty())
            m_context->drafts()->scheduleSystemDefinition(
                m_profileId, m_editor->definition().toRequestJson());
    });
    connect(m_editor, &SystemDefinitionEditor::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_editor, &SystemDefinitionEditor::retryRequested, this,
        [this](SystemDefinitionEditor::Catalogue catalogue) {
            if (catalogue == SystemDefinitionEditor::Catalogue::Resources)
                loadResources(true);
            else
                loadAccessPackages(true);
        });
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // A new session may be a new environment: its catalogues, and its profile's client id.
        if (!isVisible())
            return;
        m_editor->setProfileClientId(m_context->profile().clientId);
        loadResources(false);
        loadAccessPackages(false);
    });
    retranslateUi();
}

void SystemDefinitionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_editor->setDisplayLanguage(m_context->language());
        // Package names come from the server in the language asked for.
        if (!m_profileId.isEmpty() && m_packagesLanguage != m_context->language())
            loadAccessPackages(false);
    }
    QWizardPage::changeEvent(event);
}

void SystemDefinitionPage::retranslateUi()
{
    setTitle(tr("Your system"));
    setSubTitle(tr("What customers see when they approve, and what your system may do for them. Problems are "
                   "listed as you go; nothing is sent yet."));
}

void SystemDefinitionPage::initializePage()
{
    loadDefinition();
    loadResources(false);
    loadAccessPackages(false);
}

void SystemDefinitionPage::loadDefinition()
{
    const Profile profile = m_context->profile();
    m_profileId = profile.id;
    m_editor->setDisplayLanguage(m_context->language());
    m_editor->setVendorOrgNumber(profile.vendorOrgNumber);
    m_editor->setProfileClientId(profile.clientId);
    const auto draft = m_context->drafts()->systemDefinition(profile.id);
    m_editor->setDefinition(draft ? Altinn::SystemDefinition::fromJson(*draft) : Altinn::SystemDefinition());
    Q_EMIT completeChanged();
}

void SystemDefinitionPage::loadResources(bool refresh)
{
    if (m_resourcesOperation)
        m_resourcesOperation->cancel();
    VendorSession *session = m_context->session();
    if (!session) {
        m_editor->setMetadataState(SystemDefinitionEditor::Catalogue::Resources,
            MetadataState::failed(tr("The sandbox has not started yet. Try again in a moment.")));
        return;
    }
    m_editor->setMetadataState(SystemDefinitionEditor::Catalogue::Resources, MetadataState::loading());
    QPointer<SystemDefinitionPage> self(this);
    m_resourcesOperation = session->metadata()->resources(
        [self](const auto &result) {
            if (!self)
                return;
            if (result.ok())
                self->m_editor->setResources(result.value->value);
            else if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_editor->setMetadataState(SystemDefinitionEditor::Catalogue::Resources, stateOf(result));
        },
        refresh ? Altinn::MetadataClient::CachePolicy::Refresh
                : Altinn::MetadataClient::CachePolicy::PreferCache);
}

void SystemDefinitionPage::loadAccessPackages(bool refresh)
{
    if (m_packagesOperation)
        m_packagesOperation->cancel();
    VendorSession *session = m_context->session();
    if (!session) {
        m_editor->setMetadataState(SystemDefinitionEditor::Catalogue::AccessPackages,
            MetadataState::failed(tr("The sandbox has not started yet. Try again in a moment.")));
        return;
    }
    const QString language = m_context->language();
    m_packagesLanguage = language;
    m_editor->setMetadataState(SystemDefinitionEditor::Catalogue::AccessPackages, MetadataState::loading());
    QPointer<SystemDefinitionPage> self(this);
    m_packagesOperation = session->metadata()->accessPackages(
        language,
        [self](const auto &result) {
            if (!self)
                return;
            if (result.ok())
                self->m_editor->setAccessPackages(result.value->value);
            else if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_editor->setMetadataState(
                SystemDefinitionEditor::Catalogue::AccessPackages, stateOf(result));
        },
        refresh ? Altinn::MetadataClient::CachePolicy::Refresh
                : Altinn::MetadataClient::CachePolicy::PreferCache);
}

bool SystemDefinitionPage::isComplete() const
{
    return m_editor->isValid();
}

bool SystemDefinitionPage::validatePage()
{
    if (!m_editor->isValid()) {
        // Next shows every problem, also of fields not touched yet, and goes to the first error.
        m_editor->revealAllProblems();
        const QList<Validation::Finding> found = m_editor->findings();
        const auto error = std::find_if(found.cbegin(), found.cend(),
            [](const Validation::Finding &finding) { return finding.isError(); });
        if (error != found.cend())
            m_editor->focusFinding(*error);
        return false;
    }
    if (!m_profileId.isEmpty()) {
        // A failed write is reported through DraftStore::saveFailed; it must not hold the user up.
        m_context->drafts()->scheduleSystemDefinition(m_profileId, m_editor->definition().toRequestJson());
        m_context->drafts()->flush();
    }
    return true;
}
