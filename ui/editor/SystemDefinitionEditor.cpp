#include "editor/SystemDefinitionEditor.h"

#include "editor/AccessPackagePicker.h"
#include "editor/LocalizedTextsEditor.h"
#include "editor/ResourceListModel.h"
#include "editor/RightsPicker.h"
#include "editor/StringListEditor.h"
#include "editor/ValidationPanel.h"
#include "i18n/Translator.h"
#include "model/SystemDefinitionJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Findings are collected for this long after the last keystroke before the panel and preview follow.
constexpr int RefreshDelayMs = 150;
/// A system definition is a few kilobytes; anything this large is the wrong file.
constexpr qint64 MaxImportBytes = 10 * 1024 * 1024;

/// The part of @p id after the vendor prefix: after "<orgNumber>_", else after the first '_'.
QString suffixOf(const QString &id, const QString &orgNumber)
{
    const QString prefix = orgNumber + u'_';
    if (!orgNumber.isEmpty() && id.startsWith(prefix))
        return id.mid(prefix.size());
    const qsizetype underscore = id.indexOf(u'_');
    return underscore >= 0 ? id.mid(underscore + 1) : id;
}

/// What identifies a right in the rights picker: its resource id, else the first pair's value (so a
/// right with a wrong attribute id is listed and can be removed).
QString rightKey(const Altinn::Right &right)
{
    const QString resourceId = right.resourceId();
    if (!resourceId.isEmpty() || right.resource.isEmpty())
        return resourceId;
    return right.resource.constFirst().value;
}

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setSeverity(QWidget *widget, const QString &severity)
{
    widget->setProperty("severity", severity);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

/// "/clientId/2/…" → {2: message}; several findings for one entry are joined.
QHash<int, QString> indexedMessages(const QList<Validation::Finding> &findings, QStringView list)
{
    QHash<int, QString> messages;
    const QString prefix = list + u'/';
    for (const Validation::Finding &finding : findings) {
        if (!finding.path.startsWith(prefix))
            continue;
        bool ok = false;
        const int index = finding.path.mid(prefix.size()).section(u'/', 0, 0).toInt(&ok);
        if (!ok)
            continue;
        QString &message = messages[index];
        message = message.isEmpty() ? finding.message : message + u'\n' + finding.message;
    }
    return messages;
}

QString joinedMessages(const QList<Validation::Finding> &findings)
{
    QStringList messages;
    for (const Validation::Finding &finding : findings)
        messages.append(finding.message);
    return messages.join(u'\n');
}

QLabel *makeHeading(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"sectionHeading"_s);
    return label;
}

QLabel *makeHint(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"hint"_s);
    label->setWordWrap(true);
    return label;
}

} // namespace

SystemDefinitionEditor::SystemDefinitionEditor(QWidget *parent)
    : QWidget(parent)
    , m_displayLanguage(Translator::languageForLocale(QLocale()))
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    // Widgets are created in reading order: the keyboard focus chain follows creation order.
    setObjectName(u"systemDefinitionEditor"_s);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SystemDefinitionEditor::refresh);

    m_tabs->setObjectName(u"editorTabs"_s);
    m_generalScrollArea = new QScrollArea(m_tabs);
    m_generalScrollArea->setObjectName(u"generalPage"_s);
    m_generalScrollArea->setWidgetResizable(true);
    m_generalScrollArea->setFrameShape(QFrame::NoFrame);
    // Its fields take the focus (and scroll into view), not the area itself.
    m_generalScrollArea->setFocusPolicy(Qt::NoFocus);
    m_generalScrollArea->setWidget(buildGeneralPage());
    m_tabs->addTab(m_generalScrollArea, QString());

    m_rightsPage = new QWidget(m_tabs);
    m_rightsPage->setObjectName(u"rightsPage"_s);
    m_rightsIntroLabel = makeHint(m_rightsPage, u"rightsIntroLabel"_s);
    m_rightsPicker = new RightsPicker(m_rightsPage);
    auto *rightsLayout = new QVBoxLayout(m_rightsPage);
    rightsLayout->addWidget(m_rightsIntroLabel);
    rightsLayout->addWidget(m_rightsPicker, 1);
    m_rightsPicker->setLanguage(m_displayLanguage);
    m_tabs->addTab(m_rightsPage, QString());

    m_packagesPage = new QWidget(m_tabs);
    m_packagesPage->setObjectName(u"accessPackagesPage"_s);
    m_packagesIntroLabel = makeHint(m_packagesPage, u"packagesIntroLabel"_s);
    m_visibilityForcedLabel = new QLabel(m_packagesPage);
    m_visibilityForcedLabel->setObjectName(u"visibilityForcedLabel"_s);
    m_visibilityForcedLabel->setProperty("role", u"inlineMessage"_s);
    m_visibilityForcedLabel->setWordWrap(true);
    m_visibilityForcedLabel->hide();
    m_packagePicker = new AccessPackagePicker(m_packagesPage);
    auto *packagesLayout = new QVBoxLayout(m_packagesPage);
    packagesLayout->addWidget(m_packagesIntroLabel);
    packagesLayout->addWidget(m_visibilityForcedLabel);
    packagesLayout->addWidget(m_packagePicker, 1);
    m_tabs->addTab(m_packagesPage, QString());

    auto *sidePane = new QSplitter(Qt::Vertical, this);
    sidePane->setObjectName(u"sidePane"_s);
    sidePane->setChildrenCollapsible(false);
    m_validationPanel = new ValidationPanel(sidePane);
    sidePane->addWidget(m_validationPanel);
    sidePane->addWidget(buildPreviewPane());
    sidePane->setStretchFactor(0, 1);
    sidePane->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"editorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(sidePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({690, 410});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_validationPanel->setFieldNamer([this](const QString &path) { return fieldName(path); });
    connect(
        m_validationPanel, &ValidationPanel::findingActivated, this, &SystemDefinitionEditor::focusFinding);
    connect(m_rightsPicker, &RightsPicker::selectionChanged, this, &SystemDefinitionEditor::onRightsChanged);
    connect(m_rightsPicker, &CataloguePicker::retryRequested, this,
        [this] { Q_EMIT retryRequested(Catalogue::Resources); });
    connect(m_packagePicker, &AccessPackagePicker::packageToggled, this,
        &SystemDefinitionEditor::onPackageToggled);
    connect(m_packagePicker, &AccessPackagePicker::selectionChanged, this,
        &SystemDefinitionEditor::onPackagesChanged);
    connect(m_packagePicker, &CataloguePicker::retryRequested, this,
        [this] { Q_EMIT retryRequested(Catalogue::AccessPackages); });

    retranslateUi();
    setDefinition(Altinn::SystemDefinition{});
}

QWidget *SystemDefinitionEditor::buildGeneralPage()
{
    auto *page = new QWidget(m_generalScrollArea);
    page->setObjectName(u"generalPageContent"_s);

    m_identityHeading = makeHeading(page, u"identityHeading"_s);
    m_idLabel = new QLabel(page);
    m_idLabel->setObjectName(u"systemIdLabel"_s);
    m_prefixLabel = new QLabel(page);
    m_prefixLabel->setObjectName(u"systemIdPrefixLabel"_s);
    m_prefixLabel->setProperty("role", u"idPrefix"_s);
    m_prefixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suffixEdit = new QLineEdit(page);
    m_suffixEdit->setObjectName(u"systemIdSuffixEdit"_s);
    m_idLabel->setBuddy(m_suffixEdit);
    m_idHintLabel = makeHint(page, u"systemIdHintLabel"_s);
    m_idMessageLabel = new QLabel(page);
    m_idMessageLabel->setObjectName(u"systemIdMessageLabel"_s);
    m_idMessageLabel->setProperty("role", u"fieldError"_s);
    m_idMessageLabel->setWordWrap(true);
    m_idMessageLabel->hide();
    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(0);
    idRow->addWidget(m_prefixLabel);
    idRow->addWidget(m_suffixEdit, 1);

    m_textsHeading = makeHeading(page, u"textsHeading"_s);
    m_textsEditor = new LocalizedTextsEditor(page);

    m_clientIdsHeading = makeHeading(page, u"clientIdsHeading"_s);
    m_clientIdsHintLabel = makeHint(page, u"clientIdsHintLabel"_s);
    m_clientIdsEditor = new StringListEditor(u"clientId"_s, page);
    m_clientIdsHeading->setBuddy(m_clientIdsEditor);

    m_redirectHeading = makeHeading(page, u"redirectUrlsHeading"_s);
    m_redirectHintLabel = makeHint(page, u"redirectUrlsHintLabel"_s);
    m_redirectEditor = new StringListEditor(u"redirectUrl"_s, page);
    m_redirectHeading->setBuddy(m_redirectEditor);

    m_visibilityHeading = makeHeading(page, u"visibilityHeading"_s);
    m_visibilityCheckBox = new QCheckBox(page);
    m_visibilityCheckBox->setObjectName(u"visibilityCheckBox"_s);
    m_visibilityExplanationLabel = makeHint(page, u"visibilityExplanationLabel"_s);
    m_visibilityExplanationLabel->setProperty("role", u"explanation"_s);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_identityHeading);
    auto *idGrid = new QGridLayout;
    idGrid->setHorizontalSpacing(8);
    idGrid->addWidget(m_idLabel, 0, 0);
    idGrid->addLayout(idRow, 0, 1);
    idGrid->addWidget(m_idMessageLabel, 1, 1);
    idGrid->addWidget(m_idHintLabel, 2, 1);
    idGrid->setColumnStretch(1, 1);
    layout->addLayout(idGrid);
    layout->addSpacing(10);
    layout->addWidget(m_textsHeading);
    layout->addWidget(m_textsEditor);
    layout->addSpacing(10);
    layout->addWidget(m_clientIdsHeading);
    layout->addWidget(m_clientIdsHintLabel);
    layout->addWidget(m_clientIdsEditor);
    layout->addSpacing(10);
    layout->addWidget(m_redirectHeading);
    layout->addWidget(m_redirectHintLabel);
    layout->addWidget(m_redirectEditor);
    layout->addSpacing(10);
    layout->addWidget(m_visibilityHeading);
    layout->addWidget(m_visibilityCheckBox);
    layout->addWidget(m_visibilityExplanationLabel);
    layout->addStretch(1);

    connect(m_suffixEdit, &QLineEdit::textEdited, this, &SystemDefinitionEditor::onSuffixEdited);
    connect(m_textsEditor, &LocalizedTextsEditor::changed, this, &SystemDefinitionEditor::onTextsEdited);
    connect(m_clientIdsEditor, &StringListEditor::changed, this, [this] {
        m_definition.clientIds = m_clientIdsEditor->items();
        userEdited();
    });
    connect(m_redirectEditor, &StringListEditor::changed, this, [this] {
        m_definition.allowedRedirectUrls = m_redirectEditor->items();
        userEdited();
    });
    connect(m_visibilityCheckBox, &QCheckBox::toggled, this, &SystemDefinitionEditor::onVisibilityToggled);
    return page;
}

QWidget *SystemDefinitionEditor::buildPreviewPane()
{
    auto *pane = new QWidget(m_validationPanel->parentWidget());
    pane->setObjectName(u"previewPane"_s);
    m_previewLabel = new QLabel(pane);
    m_previewLabel->setObjectName(u"jsonPreviewLabel"_s);
    m_previewLabel->setProperty("role", u"sectionHeading"_s);
    m_previewEdit = new QPlainTextEdit(pane);
    m_previewEdit->setObjectName(u"jsonPreviewEdit"_s);
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setTabChangesFocus(true);
    m_previewEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Some platforms (and the offscreen one) report a proportional "fixed" font; insist on monospace.
    monospace.setStyleHint(QFont::Monospace);
    monospace.setFixedPitch(true);
    m_previewEdit->setFont(monospace);
    m_previewLabel->setBuddy(m_previewEdit);
    m_importButton = new QPushButton(pane);
    m_importButton->setObjectName(u"importButton"_s);
    m_exportButton = new QPushButton(pane);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_fileMessageLabel = new QLabel(pane);
    m_fileMessageLabel->setObjectName(u"fileMessageLabel"_s);
    m_fileMessageLabel->setProperty("role", u"inlineMessage"_s);
    m_fileMessageLabel->setWordWrap(true);
    m_fileMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileMessageLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewEdit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_fileMessageLabel);

    connect(m_importButton, &QPushButton::clicked, this, &SystemDefinitionEditor::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &SystemDefinitionEditor::chooseExportFile);
    return pane;
}

void SystemDefinitionEditor::setDefinition(const Altinn::SystemDefinition &definition)
{
    m_definition = definition;
    if (m_vendorOrgNumber.isEmpty())
        m_vendorOrgNumber = definition.vendorOrgNumber();
    if (!m_vendorOrgNumber.isEmpty())
        m_definition.setVendorOrgNumber(m_vendorOrgNumber);
    setIdFromSuffix(suffixOf(definition.id, definition.vendorOrgNumber()));
    if (definition.id.isEmpty() && definition.clientIds.isEmpty() && !m_profileClientId.isEmpty())
        m_definition.clientIds = {m_profileClientId};
    loadWidgets();
    m_refreshTimer->stop();
    refresh();
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
    updatePrefixLabel();
    m_refreshTimer->start();
}

void SystemDefinitionEditor::setProfileClientId(const QString &clientId)
{
    m_profileClientId = clientId;
    // Only a definition still being started gets it; one with an id is the user's to edit.
    if (clientId.isEmpty() || !m_definition.clientIds.isEmpty() || !idSuffix().isEmpty())
        return;
    m_definition.clientIds = {clientId};
    m_clientIdsEditor->setItems(m_definition.clientIds);
    m_refreshTimer->start();
}

void SystemDefinitionEditor::setResources(const QList<Altinn::ServiceResource> &resources)
{
    m_rightsPicker->setResources(resources);
    m_validationPanel->setFindings(m_shownFindings); // titles in the field names
}

void SystemDefinitionEditor::setAccessPackages(const Altinn::AccessPackageTree &tree)
{
    m_packageTree = tree;
    m_packageFlags.clear();
    const QList<Altinn::AccessPackageInfo> packages = tree.packages();
    for (const Altinn::AccessPackageInfo &package : packages)
        m_packageFlags.insert(
            package.urn, Validation::PackageFlags{package.isDelegable, package.isAssignable});
    m_packagePicker->setAccessPackages(tree);
    // The package rules (unknown, not allowed, visibility) can only be checked now.
    m_refreshTimer->stop();
    refresh();
}

void SystemDefinitionEditor::setMetadataState(Catalogue catalogue, const MetadataState &state)
{
    if (catalogue == Catalogue::Resources)
        m_rightsPicker->setMetadataState(state);
    else
        m_packagePicker->setMetadataState(state);
}

void SystemDefinitionEditor::setDisplayLanguage(const QString &language)
{
    m_displayLanguage = language;
    m_rightsPicker->setLanguage(language);
    m_validationPanel->setFindings(m_shownFindings);
}

QList<Validation::Finding> SystemDefinitionEditor::findings() const
{
    return validator().validate(m_definition);
}

bool SystemDefinitionEditor::isValid() const
{
    return !Validation::Findings::hasErrors(findings());
}

void SystemDefinitionEditor::focusFinding(const Validation::Finding &finding)
{
    static const QRegularExpression pathPattern(u"^/([^/]+)(?:/([^/]+))?"_s);
    const QRegularExpressionMatch match = pathPattern.match(finding.path);
    const QString member = match.captured(1);
    const QString second = match.captured(2);
    bool isNumber = false;
    const int index = second.toInt(&isNumber);

    const auto focusGeneral = [this](QWidget *widget) {
        m_tabs->setCurrentWidget(m_generalScrollArea);
        widget->setFocus(Qt::OtherFocusReason);
        // The focus proxy (a list's first row) is what has to be scrolled into view.
        QWidget *focused = widget->focusProxy() ? widget->focusProxy() : widget;
        m_generalScrollArea->ensureWidgetVisible(focused);
    };

    if (member == u"id" || member == u"vendor") {
        focusGeneral(m_suffixEdit);
        m_suffixEdit->selectAll();
    } else if (member == u"name" || member == u"description") {
        QWidget *input = m_textsEditor->input(
            member == u"name" ? LocalizedTextsEditor::Field::Name : LocalizedTextsEditor::Field::Description,
            second);
        focusGeneral(input ? input : m_textsEditor->input(LocalizedTextsEditor::Field::Name, u"nb"_s));
    } else if (member == u"clientId" || member == u"allowedRedirectUrls") {
        StringListEditor *list = member == u"clientId" ? m_clientIdsEditor : m_redirectEditor;
        m_tabs->setCurrentWidget(m_generalScrollArea);
        if (!isNumber || !list->focusItem(index))
            list->setFocus(Qt::OtherFocusReason);
        if (QWidget *focused = QApplication::focusWidget())
            m_generalScrollArea->ensureWidgetVisible(focused);
    } else if (member == u"isVisible") {
        focusGeneral(m_visibilityCheckBox);
    } else if (member == u"rights") {
        m_tabs->setCurrentWidget(m_rightsPage);
        const QList<Altinn::Right> rights = m_definition.rights.value_or(QList<Altinn::Right>{});
        m_rightsPicker->focusResource(
            isNumber && index >= 0 && index < rights.size() ? rightKey(rights.at(index)) : QString());
    } else if (member == u"accessPackages") {
        m_tabs->setCurrentWidget(m_packagesPage);
        const QList<Altinn::AccessPackageRef> packages =
            m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
        m_packagePicker->focusPackage(
            isNumber && index >= 0 && index < packages.size() ? packages.at(index).urn : QString());
    } else {
        // No field (e.g. "add at least one right or package"): start where rights are chosen.
        m_tabs->setCurrentWidget(m_rightsPage);
        m_rightsPicker->focusSearch();
    }
}

bool SystemDefinitionEditor::importFromFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFileMessage(
            tr("Could not open %1: %2. Nothing was changed.").arg(fileName, file.errorString()), true);
        return false;
    }
    if (file.size() > MaxImportBytes) {
        showFileMessage(
            tr("%1 is too large to be a system definition. Nothing was changed.").arg(fileName), true);
        return false;
    }
    QString error;
    const std::optional<Altinn::SystemDefinition> imported =
        Altinn::SystemDefinitionJson::fromFile(file.readAll(), &error);
    if (!imported) {
        showFileMessage(tr("%1 was not imported: %2 Nothing was changed.").arg(fileName, error), true);
        return false;
    }

    const QString fileVendor = imported->vendorOrgNumber();
    const bool otherVendor =
        !m_vendorOrgNumber.isEmpty() && !fileVendor.isEmpty() && fileVendor != m_vendorOrgNumber;
    setDefinition(*imported);
    m_lastDirectory = QFileInfo(path).absolutePath();
    if (otherVendor) {
        showFileMessage(tr("Imported %1. It was made for organisation %2; the id and vendor now use your "
                           "organisation %3.")
                            .arg(fileName, fileVendor, m_vendorOrgNumber),
            false);
    } else {
        showFileMessage(tr("Imported %1.").arg(fileName), false);
    }
    Q_EMIT changed();
    return true;
}

bool SystemDefinitionEditor::exportToFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Altinn::SystemDefinitionJson::toRequestBody(m_definition)) < 0 || !file.commit()) {
        showFileMessage(tr("Could not save %1: %2. Choose another folder or file name.")
                            .arg(fileName, file.errorString()),
            true);
        return false;
    }
    m_lastDirectory = QFileInfo(path).absolutePath();
    const auto errors = std::count_if(m_shownFindings.cbegin(), m_shownFindings.cend(),
        [](const Validation::Finding &finding) { return finding.isError(); });
    QString message = tr("Saved as %1.").arg(QDir::toNativeSeparators(path));
    if (errors > 0) {
        message += u' '
            + tr("It still has %n error(s); fix them before the system is registered.", nullptr, int(errors));
    }
    showFileMessage(message, false);
    return true;
}

void SystemDefinitionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Finding messages are translated when they are made.
        refresh();
    }
    QWidget::changeEvent(event);
}

void SystemDefinitionEditor::retranslateUi()
{
    m_identityHeading->setText(tr("System"));
    m_idLabel->setText(tr("System &id:"));
    m_suffixEdit->setPlaceholderText(tr("e.g. smartregnskap"));
    m_idHintLabel->setText(tr("Letters A–Z and a–z, digits, '-', '_', '.' and '~'. The id is part of web "
                              "addresses and cannot be changed once the system is registered."));
    m_textsHeading->setText(tr("Name and description"));
    m_clientIdsHeading->setText(tr("Maskinporten &client ids"));
    m_clientIdsHintLabel->setText(tr("The Maskinporten clients that may get system user tokens for this "
                                     "system. Your profile's client is filled in for a new system."));
    m_clientIdsEditor->setTexts(tr("Add client id"), tr("e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"),
        tr("Client id %1"), tr("Remove client id %1"),
        tr("No client id yet: nobody can get a token for this system until you add one."));
    m_redirectHeading->setText(tr("Redirect &URLs"));
    m_redirectHintLabel->setText(tr("Optional. Where Altinn may send the customer after they approve a "
                                    "request. Only https:// addresses are accepted."));
    m_redirectEditor->setTexts(tr("Add redirect URL"), tr("https://example.com/altinn/callback"),
        tr("Redirect URL %1"), tr("Remove redirect URL %1"), QString());
    m_visibilityHeading->setText(tr("Visibility"));
    m_visibilityCheckBox->setText(tr("&Visible in Altinn"));
    m_visibilityCheckBox->setAccessibleName(tr("Visible in Altinn"));
    m_rightsIntroLabel->setText(tr("Rights are services in Altinn's resource registry that your system "
                                   "needs to act on for a customer. Only resource types the system register "
                                   "accepts are listed; tick the ones you need."));
    m_packagesIntroLabel->setText(
        tr("Access packages bundle many services by area. \"Standard\" packages can "
           "be given to a standard system user; \"Client relationship\" packages "
           "are for accounting firms and others acting for their clients."));
    m_previewLabel->setText(tr("&JSON preview (the exact request body)"));
    m_previewEdit->setAccessibleName(tr("JSON preview"));
    m_importButton->setText(tr("I&mport…"));
    m_importButton->setAccessibleName(tr("Import from a JSON file"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setAccessibleName(tr("Export to a JSON file"));
    m_suffixEdit->setAccessibleName(tr("System id"));
    m_tabs->setAccessibleName(tr("System definition sections"));
    updatePrefixLabel();
    updateVisibilityUi();
    updateTabTitles(m_shownFindings);
}

void SystemDefinitionEditor::loadWidgets()
{
    m_loading = true;
    m_suffixEdit->setText(idSuffix());
    m_textsEditor->setTexts(m_definition.name, m_definition.description);
    QStringList rightKeys;
    for (const Altinn::Right &right : m_definition.rights.value_or(QList<Altinn::Right>{}))
        rightKeys.append(rightKey(right));
    rightKeys.removeAll(QString());
    m_rightsPicker->setSelectedIdentifiers(rightKeys);
    QStringList urns;
    for (const Altinn::AccessPackageRef &package :
        m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}))
        urns.append(package.urn);
    m_packagePicker->setSelectedUrns(urns);
    m_clientIdsEditor->setItems(m_definition.clientIds);
    m_redirectEditor->setItems(m_definition.allowedRedirectUrls);
    m_visibilityCheckBox->setChecked(m_definition.isVisible);
    m_loading = false;
    updatePrefixLabel();
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
    m_shownFindings = found;
    m_validationPanel->setFindings(found);
    showFindingsInline(found);
    updateTabTitles(found);
    updateVisibilityUi();
    refreshPreview();
    Q_EMIT findingsChanged();
    const bool valid = !Validation::Findings::hasErrors(found);
    if (valid != m_shownValid) {
        m_shownValid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void SystemDefinitionEditor::refreshPreview()
{
    const QString text = QString::fromUtf8(Altinn::SystemDefinitionJson::toRequestBody(m_definition));
    if (text == m_previewEdit->toPlainText())
        return;
    // Keep the reader's place while the text changes under it.
    const int scroll = m_previewEdit->verticalScrollBar()->value();
    m_previewEdit->setPlainText(text);
    m_previewEdit->verticalScrollBar()->setValue(scroll);
}

void SystemDefinitionEditor::showFindingsInline(const QList<Validation::Finding> &findings)
{
    QList<Validation::Finding> idFindings = Validation::Findings::at(findings, u"/id"_s);
    idFindings += Validation::Findings::at(findings, u"/vendor"_s);
    const QString idMessage = joinedMessages(idFindings);
    m_idMessageLabel->setText(idMessage);
    m_idMessageLabel->setVisible(!idMessage.isEmpty());
    m_suffixEdit->setAccessibleDescription(idMessage);
    setInvalid(m_suffixEdit, !idMessage.isEmpty());

    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        m_textsEditor->setMessage(LocalizedTextsEditor::Field::Name, language,
            joinedMessages(Validation::Findings::at(findings, u"/name/"_s + language)));
        m_textsEditor->setMessage(LocalizedTextsEditor::Field::Description, language,
            joinedMessages(Validation::Findings::at(findings, u"/description/"_s + language)));
    }
    m_clientIdsEditor->setMessages(indexedMessages(findings, u"/clientId"));
    m_redirectEditor->setMessages(indexedMessages(findings, u"/allowedRedirectUrls"));

    const QString visibilityMessage = joinedMessages(Validation::Findings::at(findings, u"/isVisible"_s));
    m_visibilityCheckBox->setToolTip(visibilityMessage);
    setInvalid(m_visibilityCheckBox, !visibilityMessage.isEmpty());
}

void SystemDefinitionEditor::updateVisibilityUi()
{
    const QStringList clientPackages = clientRelationshipPackages();
    const bool forcedOff = !clientPackages.isEmpty();
    {
        const QSignalBlocker blocker(m_visibilityCheckBox);
        m_visibilityCheckBox->setChecked(m_definition.isVisible);
    }
    // It can always be turned off, but not on while such packages are chosen.
    m_visibilityCheckBox->setEnabled(!forcedOff || m_definition.isVisible);

    const QString names = QLocale().createSeparatedList(clientPackages);
    QString explanation;
    if (!forcedOff) {
        explanation = tr("When on, customers can find the system in Altinn and create a system user for it "
                         "themselves. When off, a system user is only created from a request you send.");
    } else if (!m_definition.isVisible) {
        explanation =
            tr("Off, because the system has client-relationship packages (%1). Customers cannot pick "
               "those themselves, so Altinn only accepts such a system when it is hidden; customers "
               "get it through a request from you.")
                .arg(names);
    } else {
        explanation = tr("Turn this off: the system has client-relationship packages (%1), and Altinn only "
                         "accepts such a system when it is hidden.")
                          .arg(names);
    }
    m_visibilityExplanationLabel->setText(explanation);
    m_visibilityCheckBox->setAccessibleDescription(explanation);

    m_visibilityForcedLabel->setVisible(forcedOff);
    if (forcedOff) {
        m_visibilityForcedLabel->setText(m_definition.isVisible
                ? tr("%1 is for client relationships, so the system cannot be visible in Altinn. Turn "
                     "visibility off on the General tab, or remove the package.")
                      .arg(names)
                : tr("Visibility is off: %1 is for client relationships, and Altinn only accepts such a "
                     "system "
                     "when customers cannot pick it themselves. They get it through a request from you.")
                      .arg(names));
        setSeverity(m_visibilityForcedLabel, m_definition.isVisible ? u"error"_s : u"info"_s);
    }
}

void SystemDefinitionEditor::updateTabTitles(const QList<Validation::Finding> &findings)
{
    const auto hasErrorAt = [&findings](const QStringList &paths) {
        return std::any_of(findings.cbegin(), findings.cend(), [&paths](const Validation::Finding &finding) {
            return finding.isError()
                && std::any_of(paths.cbegin(), paths.cend(), [&finding](const QString &path) {
                       return path.isEmpty() ? finding.path.isEmpty()
                                             : finding.path == path || finding.path.startsWith(path + u'/');
                   });
        });
    };
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const auto setTab = [this, &errorIcon](QWidget *page, const QString &title, bool hasError) {
        const int tab = m_tabs->indexOf(page);
        m_tabs->setTabText(tab, title);
        m_tabs->setTabIcon(tab, hasError ? errorIcon : QIcon());
        m_tabs->setTabToolTip(tab, hasError ? tr("Something here needs fixing; see Problems.") : QString());
    };
    const int rights = static_cast<int>(m_definition.rights.value_or(QList<Altinn::Right>{}).size());
    const int packages =
        static_cast<int>(m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}).size());
    setTab(m_generalScrollArea, tr("&General"),
        hasErrorAt({u"/id"_s, u"/vendor"_s, u"/name"_s, u"/description"_s, u"/clientId"_s,
            u"/allowedRedirectUrls"_s, u"/isVisible"_s}));
    setTab(m_rightsPage, tr("&Rights (%1)").arg(rights), hasErrorAt({u"/rights"_s, QString()}));
    setTab(m_packagesPage, tr("Access p&ackages (%1)").arg(packages), hasErrorAt({u"/accessPackages"_s}));
}

void SystemDefinitionEditor::updatePrefixLabel()
{
    m_prefixLabel->setText(m_vendorOrgNumber.isEmpty() ? tr("(org. no.)_") : m_vendorOrgNumber + u'_');
    m_prefixLabel->setToolTip(tr("Every system id starts with your organisation number and an underscore."));
    m_suffixEdit->setAccessibleName(tr("System id after %1").arg(m_prefixLabel->text()));
}

void SystemDefinitionEditor::showFileMessage(const QString &message, bool isError)
{
    m_fileMessageLabel->setText(message);
    m_fileMessageLabel->setAccessibleName(message);
    setSeverity(m_fileMessageLabel, isError ? u"error"_s : u"success"_s);
    m_fileMessageLabel->show();
}

QString SystemDefinitionEditor::idSuffix() const
{
    return suffixOf(m_definition.id, m_vendorOrgNumber);
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
    if (match.captured(1) == u"rights") {
        const QList<Altinn::Right> rights = m_definition.rights.value_or(QList<Altinn::Right>{});
        if (index >= rights.size())
            return {};
        const QString key = rightKey(rights.at(index));
        const Altinn::ServiceResource *resource =
            m_rightsPicker->model()->resourceAt(m_rightsPicker->model()->rowOf(key));
        return tr("Right %1 (%2)").arg(index + 1).arg(resource ? resource->titleIn(m_displayLanguage) : key);
    }
    const QList<Altinn::AccessPackageRef> packages =
        m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{});
    if (index >= packages.size())
        return {};
    const Altinn::AccessPackageInfo *package = m_packageTree.find(packages.at(index).urn);
    return tr("Access package %1 (%2)").arg(index + 1).arg(package ? package->name : packages.at(index).urn);
}

QStringList SystemDefinitionEditor::clientRelationshipPackages() const
{
    QStringList names;
    for (const Altinn::AccessPackageRef &ref :
        m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
        // The validator's rule: a package that cannot go to a standard system user keeps the system hidden.
        const Altinn::AccessPackageInfo *package = m_packageTree.find(ref.urn);
        if (package && !package->isAssignable && !names.contains(package->name))
            names.append(package->name);
    }
    return names;
}

Validation::SystemDefinitionValidator SystemDefinitionEditor::validator() const
{
    if (m_packageFlags.isEmpty())
        return Validation::SystemDefinitionValidator();
    const QHash<QString, Validation::PackageFlags> flags = m_packageFlags;
    return Validation::SystemDefinitionValidator(
        [flags](const QString &urn) -> std::optional<Validation::PackageFlags> {
            const auto it = flags.constFind(urn);
            if (it == flags.constEnd())
                return std::nullopt;
            return *it;
        });
}

void SystemDefinitionEditor::onSuffixEdited()
{
    setIdFromSuffix(m_suffixEdit->text());
    userEdited();
}

void SystemDefinitionEditor::onTextsEdited()
{
    const Altinn::LocalizedText name = m_textsEditor->name();
    const Altinn::LocalizedText description = m_textsEditor->description();
    // Only nb, nn and en are edited here; other languages from an imported file stay as they were.
    for (auto it = name.constBegin(); it != name.constEnd(); ++it)
        m_definition.name.insert(it.key(), it.value());
    for (auto it = description.constBegin(); it != description.constEnd(); ++it)
        m_definition.description.insert(it.key(), it.value());
    userEdited();
}

void SystemDefinitionEditor::onRightsChanged()
{
    if (m_loading)
        return;
    const QStringList selected = m_rightsPicker->selectedIdentifiers();
    // Rights still chosen keep their exact form (an action, extra pairs); new ones get the usual form.
    QList<Altinn::Right> rights;
    QSet<QString> present;
    for (const Altinn::Right &right : m_definition.rights.value_or(QList<Altinn::Right>{})) {
        const QString key = rightKey(right);
        if (key.isEmpty() || selected.contains(key)) {
            rights.append(right);
            present.insert(key);
        }
    }
    for (const QString &identifier : selected) {
        if (!present.contains(identifier))
            rights.append(Altinn::Right::forResource(identifier));
    }
    m_definition.rights = rights;
    updateTabTitles(m_shownFindings);
    userEdited();
}

void SystemDefinitionEditor::onPackagesChanged()
{
    if (m_loading)
        return;
    const QStringList selected = m_packagePicker->selectedUrns();
    QList<Altinn::AccessPackageRef> packages;
    QSet<QString> present;
    for (const Altinn::AccessPackageRef &package :
        m_definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
        if (selected.contains(package.urn)) {
            packages.append(package);
            present.insert(package.urn);
        }
    }
    for (const QString &urn : selected) {
        if (!present.contains(urn))
            packages.append(Altinn::AccessPackageRef{urn});
    }
    m_definition.accessPackages = packages;
    updateTabTitles(m_shownFindings);
    updateVisibilityUi();
    userEdited();
}

void SystemDefinitionEditor::onPackageToggled(const QString &urn, bool selected)
{
    if (!selected || !m_definition.isVisible)
        return;
    const Altinn::AccessPackageInfo *package = m_packageTree.find(urn);
    // Choosing a package customers cannot pick themselves makes the system hidden (VLD-00018 otherwise).
    if (package && !package->isAssignable)
        m_definition.isVisible = false;
}

void SystemDefinitionEditor::onVisibilityToggled(bool visible)
{
    if (m_loading)
        return;
    m_definition.isVisible = visible;
    updateVisibilityUi();
    userEdited();
}

void SystemDefinitionEditor::chooseImportFile()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import system definition"), directory, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFromFile(path);
}

void SystemDefinitionEditor::chooseExportFile()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    const QString suffix = idSuffix();
    const QString suggested =
        QDir(directory).filePath((suffix.isEmpty() ? u"system"_s : m_definition.id) + u".json"_s);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export system definition"), suggested, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    exportToFile(path);
}
