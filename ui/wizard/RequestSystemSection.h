#pragma once

#include "model/AccessPackageTree.h"
#include "model/ServiceResource.h"
#include "model/SystemDefinition.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class OnboardingState;
class OperationStatus;
class WizardContext;
class QComboBox;
class QLabel;

namespace Altinn {
class ApiOperation;
} // namespace Altinn

/**
 * Page 5's first section: which of the vendor's registered systems the request is for, and what the
 * checklists need to name its rights and packages (the resource registry and the package catalogue in
 * the UI language). Loads them when asked and tells the page when they change.
 */
class RequestSystemSection : public QWidget
{
    Q_OBJECT

public:
    RequestSystemSection(WizardContext *context, OnboardingState *state, QWidget *parent = nullptr);

    /// The system list and catalogues; the system to select is the wanted one, else the first.
    void loadEverything();
    void loadSystem(const QString &systemId);
    void loadCatalogues();
    /// Forgets the system, the list and the catalogues (another profile or environment).
    void reset(const QString &wantedSystemId);
    /// Uses @p system at once (the one page 4 published) and lists it alone until the list arrives.
    void usePublished(const Altinn::SystemDefinition &system);

    const std::optional<Altinn::SystemDefinition> &system() const { return m_system; }
    QString wantedSystemId() const { return m_wantedSystemId; }
    const QList<Altinn::ServiceResource> &resources() const { return m_resources; }
    const std::optional<Altinn::AccessPackageTree> &packageTree() const { return m_packageTree; }
    bool packagesFailed() const { return m_packagesFailed; }
    /// Whether the package titles are in another language than the UI's now.
    bool cataloguesOutdated() const;
    QComboBox *comboBox() const { return m_comboBox; }
    /// The UI language the titles are wanted in.
    QString language() const;

Q_SIGNALS:
    void systemChanged();
    void cataloguesChanged();
    /// The vendor has no system in this environment: the page offers to register one.
    void noSystems();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSystems();
    void setSystem(const Altinn::SystemDefinition &system);
    void fillComboBox(const QList<std::pair<QString, QString>> &systems, const QString &select);
    void retranslateUi();

    WizardContext *m_context;
    OnboardingState *m_state;
    QLabel *m_heading;
    QLabel *m_label;
    QComboBox *m_comboBox;
    OperationStatus *m_status;

    std::optional<Altinn::SystemDefinition> m_system;
    QString m_wantedSystemId; ///< the system to select once the list arrives
    QList<Altinn::ServiceResource> m_resources;
    std::optional<Altinn::AccessPackageTree> m_packageTree;
    bool m_packagesFailed = false;
    QString m_packagesLanguage;
    QPointer<Altinn::ApiOperation> m_listOperation;
    QPointer<Altinn::ApiOperation> m_systemOperation;
    QPointer<Altinn::ApiOperation> m_resourcesOperation;
    QPointer<Altinn::ApiOperation> m_packagesOperation;
};
