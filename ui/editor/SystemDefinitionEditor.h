#pragma once

#include "editor/MetadataState.h"
#include "model/AccessPackageTree.h"
#include "model/ServiceResource.h"
#include "model/SystemDefinition.h"
#include "validation/Finding.h"
#include "validation/SystemDefinitionValidator.h"

#include <QHash>
#include <QList>
#include <QWidget>

class AccessPackagePicker;
class AccessSection;
class DefinitionTabs;
class GeneralSection;
class IdentitySection;
class PackagesSection;
class PreviewSection;
class QTimer;
class RightsPicker;
class RightsSection;
class TextsSection;
class TouchedFields;
class ValidationPanel;

/**
 * Edits a system definition (the system register's RegisterSystemRequest) visually: the id after
 * the vendor's fixed "<orgno>_" prefix, names and descriptions in nb/nn/en, rights and access
 * packages from the catalogues, client ids, redirect URLs and visibility. Every change is validated
 * at once (core's SystemDefinitionValidator, no network) and shown in a panel whose entries lead to
 * their field; a JSON preview shows the exact request body, which can be exported and imported.
 *
 * Reusable: the wizard's page 3 embeds it, and so can any other window. It takes catalogue data,
 * not a client, so it works offline and in tests.
 */
class SystemDefinitionEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Catalogue { Resources, AccessPackages };
    Q_ENUM(Catalogue)

    explicit SystemDefinitionEditor(QWidget *parent = nullptr);

    /// Shows @p definition. Its id and vendor are moved to the fixed vendor (setVendorOrgNumber), if
    /// one is set; a new definition (no id, no client ids) gets the profile's client id.
    void setDefinition(const Altinn::SystemDefinition &definition);
    /// The definition as edited, in the form the register takes it.
    Altinn::SystemDefinition definition() const { return m_definition; }

    /// Fixes the id prefix "<orgNumber>_" and the vendor "0192:<orgNumber>".
    void setVendorOrgNumber(const QString &orgNumber);
    QString vendorOrgNumber() const { return m_vendorOrgNumber; }
    /// The profile's Maskinporten client id, put into new definitions (and into one without any).
    void setProfileClientId(const QString &clientId);

    void setResources(const QList<Altinn::ServiceResource> &resources);
    /// The access package catalogue, names in the UI language. Also lets validation check package flags.
    void setAccessPackages(const Altinn::AccessPackageTree &tree);
    void setMetadataState(Catalogue catalogue, const MetadataState &state);
    /// "nb", "nn" or "en": the language of resource titles (defaults to the system locale's).
    void setDisplayLanguage(const QString &language);

    /// Every finding for the current definition (up to date even while the panel waits to refresh).
    QList<Validation::Finding> findings() const;
    /// No errors (warnings allowed): the definition may be sent.
    bool isValid() const;
    /// The findings on screen: those of fields the person touched, or all after revealAllProblems()
    /// or once a definition with content was loaded.
    QList<Validation::Finding> shownFindings() const { return m_shownFindings; }
    /// Shows every finding (the person pressed Next, or asked for them).
    void revealAllProblems();
    /// Shows the tab and focuses the input that @p finding's path points at.
    void focusFinding(const Validation::Finding &finding);

    /// Reads @p path and shows it; on failure keeps the current content and shows why. Emits changed().
    bool importFromFile(const QString &path);
    /// Writes the request body to @p path atomically; on failure shows why.
    bool exportToFile(const QString &path);

    RightsPicker *rightsPicker() const;
    AccessPackagePicker *accessPackagePicker() const;
    ValidationPanel *validationPanel() const { return m_validationPanel; }

Q_SIGNALS:
    /// The user changed the definition (edit, pick, import): time to autosave.
    void changed();
    /// The panel and inline messages were refreshed with new findings (also when more are shown).
    void findingsChanged();
    void validityChanged(bool valid);
    /// The user asked to load @p catalogue again.
    void retryRequested(SystemDefinitionEditor::Catalogue catalogue);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSidePane();
    void connectSections();

    void loadWidgets();
    void userEdited();
    void refresh();
    void updateVisibilityUi();
    void updateTabTitles(const QList<Validation::Finding> &findings);
    QString idSuffix() const;
    void setIdFromSuffix(const QString &suffix);
    QString fieldName(const QString &path) const;

    void onPackageToggled(const QString &urn, bool selected);

    Altinn::SystemDefinition m_definition;
    QString m_vendorOrgNumber;
    QString m_profileClientId;
    QString m_displayLanguage;
    QList<Validation::Finding> m_shownFindings;
    bool m_shownValid = false;
    bool m_loading = false;

    DefinitionTabs *m_tabs;
    GeneralSection *m_general = nullptr;
    IdentitySection *m_identity = nullptr;
    TextsSection *m_texts = nullptr;
    AccessSection *m_access = nullptr;
    RightsSection *m_rights = nullptr;
    PackagesSection *m_packages = nullptr;
    ValidationPanel *m_validationPanel = nullptr;
    PreviewSection *m_preview = nullptr;
    TouchedFields *m_touched;
    QTimer *m_refreshTimer;
};
