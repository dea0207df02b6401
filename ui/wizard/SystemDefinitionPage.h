#pragma once

#include "editor/SystemDefinitionEditor.h"

#include <QPointer>
#include <QWizardPage>

class WizardContext;

namespace Altinn {
class ApiOperation;
}

/**
 * Page 3, the system definition: the reusable SystemDefinitionEditor for the current profile (vendor
 * prefix fixed, the profile's client id filled in), with the resource registry and access packages
 * loaded through the profile's session in the UI language. Every change is kept as a draft; Next is
 * possible once the definition has no errors.
 */
class SystemDefinitionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SystemDefinitionPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    SystemDefinitionEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadDefinition();
    void loadResources(bool refresh);
    void loadAccessPackages(bool refresh);
    void retranslateUi();

    WizardContext *m_context;
    SystemDefinitionEditor *m_editor;
    QString m_profileId; ///< whose draft the editor shows
    QPointer<Altinn::ApiOperation> m_resourcesOperation;
    QPointer<Altinn::ApiOperation> m_packagesOperation;
    QString m_packagesLanguage;
};
