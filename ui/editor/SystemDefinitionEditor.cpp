#include "editor/SystemDefinitionEditor.h"

#include "editor/AccessPackagePicker.h"
#include "editor/AccessSection.h"
#include "editor/DefinitionFile.h"
#include "editor/DefinitionTabs.h"
#include "editor/EditorSupport.h"
#include "editor/GeneralSection.h"
#include "editor/IdentitySection.h"
#include "editor/LocalizedTextsEditor.h"
#include "editor/PackagesSection.h"
#include "editor/PreviewSection.h"
#include "editor/RightsPicker.h"
#include "editor/RightsSection.h"
#include "editor/StringListEditor.h"
#include "editor/TextsSection.h"
#include "editor/TouchedFields.h"
#include "editor/ValidationPanel.h"
#include "i18n/Translator.h"
#include "model/SystemDefinitionJson.h"

#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Findings are collected for this long after the last keystroke before the panel and preview follow.
constexpr int RefreshDelayMs = 150;

} // namespace

SystemDefinitionEditor::SystemDefinitionEditor(QWidget *parent)
    : QWidget(parent)
    , m_displayLanguage(Translator::languageForLocale(QLocale()))
    , m_tabs(new DefinitionTabs(this))
    , m_touched(new TouchedFields(this))
    , m_refreshTimer(new QTimer(this))
{
    // Sections are created in reading order: the keyboard focus chain follows creation order.
    setObjectName(u"systemDefinitionEditor"_s);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SystemDefinitionEditor::refresh);

    m_general = m_tabs->general();
    m_identity = m_general->identity();
    m_texts = m_general->texts();
    m_access = m_general->access();
    m_rights = m_tabs->rights();
    m_rights->picker()->setLanguage(m_displayLanguage);
    m_packages = m_tabs->packages();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"editorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildSidePane());
    // The form gets most of the width so names and descriptions can be read (issue 14).
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({700, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connectSections();
    m_general->trackTouches(m_touched);
    connect(m_touched, &TouchedFields::revealed, this, &SystemDefinitionEditor::refresh);
    setDefinition(Altinn::SystemDefinition{});
}

QWidget *SystemDefinitionEditor::buildSidePane()
{
    auto *sidePane = new QSplitter(Qt::Vertical, this);
    sidePane->setObjectName(u"sidePane"_s);
    sidePane->setChildrenCollapsible(false);
    m_validationPanel = new ValidationPanel(sidePane);
    m_preview = new PreviewSection(sidePane);
    sidePane->addWidget(m_validationPanel);
    sidePane->addWidget(m_preview);
    sidePane->setStretchFactor(0, 1);
    sidePane->setStretchFactor(1, 1);
    return sidePane;
}

void SystemDefinitionEditor::connectSections()
{
    connect(m_identity, &IdentitySection::suffixEdited, this, [this](const QString &suffix) {
        setIdFromSuffix(suffix);
        userEdited();
    });
    connect(m_texts->textsEditor(), &LocalizedTextsEditor::changed, this, [this] {
        m_texts->applyTo(m_definition.name, m_definition.description);
        userEdited();
    });
    connect(m_access, &AccessSection::clientIdsChanged, this, [this](const QStringList &clientIds) {
        m_definition.clientIds = clientIds;
        userEdited();
    });
    connect(m_access, &AccessSection::redirectUrlsChanged, this, [this](const QStringList &urls) {
        m_definition.allowedRedirectUrls = urls;
        userEdited();
    });
    connect(m_access, &AccessSection::visibilityToggled, this, [this](bool visible) {
        if (m_loading)
            return;
        m_definition.isVisible = visible;
        updateVisibilityUi();
        userEdited();
    });
    RightsPicker *rights = m_rights->picker();
    connect(rights, &RightsPicker::selectionChanged, this, [this] {
        if (m_loading)
            return;
        m_definition.rights = m_rights->chosenRights(m_definition.rights.value_or(QList<Altinn::Right>{}));
        m_touched->touch({u"/rights"_s, QString()});
        updateTabTitles(m_shownFindings);
        userEdited();
    });
    connect(rights, &CataloguePicker::retryRequested, this,
        [this] { Q_EMIT retryRequested(Catalogue::Resources); });
    AccessPackagePicker *packages = m_packages->picker();
    connect(packages, &AccessPackagePicker::packageToggled, this, &SystemDefinitionEditor::onPackageToggled);
    connect(packages, &AccessPackagePicker::selectionChanged, this, [this] {
        if (m_loading)
            return;
        m_definition.accessPackages = m_packages->chosenPackages(
            m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}));
        m_touched->touch({u"/accessPackages"_s, QString(), u"/isVisible"_s});
        updateTabTitles(m_shownFindings);
        updateVisibilityUi();
        userEdited();
    });
    connect(packages, &CataloguePicker::retryRequested, this,
        [this] { Q_EMIT retryRequested(Catalogue::AccessPackages); });
    m_validationPanel->setFieldNamer([this](const QString &path) { return fieldName(path); });
    connect(m_validationPanel, &ValidationPanel::showAllRequested, this,
        &SystemDefinitionEditor::revealAllProblems);
    connect(
        m_validationPanel, &ValidationPanel::findingActivated, this, &SystemDefinitionEditor::focusFinding);
    connect(m_preview, &PreviewSection::importChosen, this, &SystemDefinitionEditor::importFromFile);
    connect(m_preview, &PreviewSection::exportChosen, this, &SystemDefinitionEditor::exportToFile);
}

RightsPicker *SystemDefinitionEditor::rightsPicker() const
{
    return m_rights->picker();
}

AccessPackagePicker *SystemDefinitionEditor::accessPackagePicker() const
{
    return m_packages->picker();
}

void SystemDefinitionEditor::setDefinition(const Altinn::SystemDefinition &definition)
{
    m_definition = definition;
    if (m_vendorOrgNumber.isEmpty())
        m_vendorOrgNumber = definition.vendorOrgNumber();
    if (!m_vendorOrgNumber.isEmpty())
        m_definition.setVendorOrgNumber(m_vendorOrgNumber);
    setIdFromSuffix(EditorSupport::suffixOf(definition.id, definition.vendorOrgNumber()));
    if (definition.id.isEmpty() && definition.clientIds.isEmpty() && !m_profileClientId.isEmpty())
        m_definition.clientIds = {m_profileClientId};
    loadWidgets();
    // A definition with content (a draft, a file) is shown with all its problems; a new one without.
    m_touched->reset(EditorSupport::hasContent(m_definition));
    m_refreshTimer->stop();
    refresh();
}

void SystemDefinitionEditor::revealAllProblems()
{
    m_touched->revealAll(); // refreshes through revealed()
}

void SystemDefinitionEditor::setVendorOrgNumber(const QString &orgNumber)
{
    if (orgNumber == m_vendorOrgNumber)
        return;
    const QString suffix = idSuffix();
    m_vendorOrgNumber = orgNumber;
    if (!orgNumber.isEmpty())
        m_definition.setVendorOrgNumber(orgNumber);
    setIdFromSuffix(suffix);
    m_identity->setVendorOrgNumber(orgNumber);
    m_refreshTimer->start();
}

void SystemDefinitionEditor::setProfileClientId(const QString &clientId)
{
    m_profileClientId = clientId;
    // Only a definition still being started gets it; one with an id is the user's to edit.
    if (clientId.isEmpty() || !m_definition.clientIds.isEmpty() || !idSuffix().isEmpty())
        return;
    m_definition.clientIds = {clientId};
    m_access->clientIdsEditor()->setItems(m_definition.clientIds);
    m_refreshTimer->start();
}

void SystemDefinitionEditor::setResources(const QList<Altinn::ServiceResource> &resources)
{
    m_rights->picker()->setResources(resources);
    m_validationPanel->setFindings(m_shownFindings); // titles in the field names
}

void SystemDefinitionEditor::setAccessPackages(const Altinn::AccessPackageTree &tree)
{
    m_packages->setCatalogue(tree);
    // The package rules (unknown, not allowed, visibility) can only be checked now.
    m_refreshTimer->stop();
    refresh();
}

void SystemDefinitionEditor::setMetadataState(Catalogue catalogue, const MetadataState &state)
{
    if (catalogue == Catalogue::Resources)
        m_rights->picker()->setMetadataState(state);
    else
        m_packages->picker()->setMetadataState(state);
}

void SystemDefinitionEditor::setDisplayLanguage(const QString &language)
{
    m_displayLanguage = language;
    m_rights->picker()->setLanguage(language);
    m_validationPanel->setFindings(m_shownFindings);
}

QList<Validation::Finding> SystemDefinitionEditor::findings() const
{
    return m_packages->validator().validate(m_definition);
}

bool SystemDefinitionEditor::isValid() const
{
    return !Validation::Findings::hasErrors(findings());
}

void SystemDefinitionEditor::focusFinding(const Validation::Finding &finding)
{
    static const QRegularExpression pathPattern(u"^/([^/]+)(?:/(\\d+))?"_s);
    const QRegularExpressionMatch match = pathPattern.match(finding.path);
    const QString member = match.captured(1);
    const int index = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();

    m_tabs->setCurrentWidget(m_general);
    if (m_general->focusPath(finding.path))
        return;
    if (member == u"rights") {
        m_tabs->setCurrentWidget(m_rights);
        m_rights->focusRight(index, m_definition.rights.value_or(QList<Altinn::Right>{}));
    } else if (member == u"accessPackages") {
        m_tabs->setCurrentWidget(m_packages);
        m_packages->focusPackage(
            index, m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}));
    } else {
        // No field (e.g. "add at least one right or package"): start where rights are chosen.
        m_tabs->setCurrentWidget(m_rights);
        m_rights->picker()->focusSearch();
    }
}

bool SystemDefinitionEditor::importFromFile(const QString &path)
{
    const DefinitionFile::ReadResult read = DefinitionFile::read(path);
    if (!read.definition) {
        m_preview->showFileMessage(read.error, true);
        return false;
    }
    const QString fileVendor = read.definition->vendorOrgNumber();
    setDefinition(*read.definition);
    m_preview->rememberDirectory(QFileInfo(path).absolutePath());
    m_preview->showFileMessage(DefinitionFile::importedMessage(path, fileVendor, m_vendorOrgNumber), false);
    Q_EMIT changed();
    return true;
}

bool SystemDefinitionEditor::exportToFile(const QString &path)
{
    const QString error = DefinitionFile::write(path, m_definition);
    if (!error.isEmpty()) {
        m_preview->showFileMessage(error, true);
        return false;
    }
    m_preview->rememberDirectory(QFileInfo(path).absolutePath());
    const QList<Validation::Finding> found = findings();
    const auto errors = std::count_if(
        found.cbegin(), found.cend(), [](const Validation::Finding &finding) { return finding.isError(); });
    m_preview->showFileMessage(DefinitionFile::savedMessage(path, int(errors)), false);
    return true;
}

void SystemDefinitionEditor::changeEvent(QEvent *event)
{
    // Finding messages are translated when they are made.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SystemDefinitionEditor::loadWidgets()
{
    m_loading = true;
    m_general->showDefinition(m_definition, m_vendorOrgNumber, idSuffix());
    m_rights->showRights(m_definition.rights.value_or(QList<Altinn::Right>{}));
    m_packages->showPackages(m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}));
    m_loading = false;
}

void SystemDefinitionEditor::userEdited()
{
    if (m_loading)
        return;
    m_refreshTimer->start();
    Q_EMIT changed();
}

void SystemDefinitionEditor::refresh()
{
    const QList<Validation::Finding> found = findings();
    m_shownFindings = m_touched->shown(found);
    const auto hiddenErrors =
        std::count_if(found.cbegin(), found.cend(), [this](const Validation::Finding &finding) {
            return finding.isError() && !m_touched->isShown(finding);
        });
    m_validationPanel->setHiddenErrorCount(int(hiddenErrors));
    m_validationPanel->setFindings(m_shownFindings);
    m_general->showFindings(m_shownFindings);
    updateTabTitles(m_shownFindings);
    updateVisibilityUi();
    m_preview->setJson(QString::fromUtf8(Altinn::SystemDefinitionJson::toRequestBody(m_definition)));
    m_preview->setExportBaseName(idSuffix().isEmpty() ? QString() : m_definition.id);
    Q_EMIT findingsChanged();
    const bool valid = !Validation::Findings::hasErrors(found);
    if (valid != m_shownValid) {
        m_shownValid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void SystemDefinitionEditor::updateVisibilityUi()
{
    const QStringList clientPackages = m_packages->clientRelationshipNames(
        m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}));
    m_access->setVisibility(m_definition.isVisible, clientPackages);
    m_packages->setForcedVisibility(clientPackages, m_definition.isVisible);
}

void SystemDefinitionEditor::updateTabTitles(const QList<Validation::Finding> &findings)
{
    m_tabs->updateTitles(findings, int(m_definition.rights.value_or(QList<Altinn::Right>{}).size()),
        int(m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}).size()));
}

QString SystemDefinitionEditor::idSuffix() const
{
    return EditorSupport::suffixOf(m_definition.id, m_vendorOrgNumber);
}

void SystemDefinitionEditor::setIdFromSuffix(const QString &suffix)
{
    m_definition.id = m_vendorOrgNumber + u'_' + suffix;
}

QString SystemDefinitionEditor::fieldName(const QString &path) const
{
    static const QRegularExpression indexed(u"^/(rights|accessPackages)/(\\d+)"_s);
    const QRegularExpressionMatch match = indexed.match(path);
    if (!match.hasMatch())
        return {};
    const int index = match.captured(2).toInt();
    if (match.captured(1) == u"rights")
        return m_rights->fieldName(
            index, m_definition.rights.value_or(QList<Altinn::Right>{}), m_displayLanguage);
    return m_packages->fieldName(
        index, m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}));
}

void SystemDefinitionEditor::onPackageToggled(const QString &urn, bool selected)
{
    if (!selected || !m_definition.isVisible)
        return;
    // Choosing a package customers cannot pick themselves makes the system hidden (VLD-00018 otherwise).
    if (m_packages->isClientRelationship(urn))
        m_definition.isVisible = false;
}
