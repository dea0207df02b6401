#pragma once

#include "onboarding/SandboxCatalogueFlow.h"

#include <QDialog>
#include <QPointer>

class OperationStatus;
class QDialogButtonBox;
class QLabel;
class SandboxCatalogueFileSection;
class SandboxCatalogueOrganisationSection;
class SandboxCatalogueResourceSection;
class VendorSession;

/**
 * "Add to the sandbox's catalogue" (docs/sandbox.md#your-own-catalogue): import a file saved from TT02's
 * metadata APIs, add one resource by id and title, or add a test organisation — each a section of its own.
 * Everything goes through Onboarding::SandboxCatalogueFlow (the same as `systemuser-cli sandbox catalogue`),
 * which also downloads the metadata again, so the rights pickers show the new entries once
 * catalogueChanged() has come. One thing at a time; it can be cancelled; the dialog never blocks.
 */
class SandboxCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p session must be a sandbox session (the dialog says so otherwise); it may go away meanwhile.
    explicit SandboxCatalogueDialog(VendorSession *session, QWidget *parent = nullptr);
    ~SandboxCatalogueDialog() override;

    SandboxCatalogueFileSection *fileSection() const { return m_file; }
    SandboxCatalogueResourceSection *resourceSection() const { return m_resource; }
    SandboxCatalogueOrganisationSection *organisationSection() const { return m_organisation; }
    OperationStatus *status() const { return m_status; }
    bool isSending() const { return m_flow->isRunning(); }

Q_SIGNALS:
    /// Resources or access packages were added: the pickers should load their catalogues again (from the
    /// cache when @p cacheRefreshed, else from the server).
    void catalogueChanged(bool cacheRefreshed);
    /// An organisation joined the sandbox's register.
    void organisationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void send(const Onboarding::SandboxCatalogueImport &import, const QString &language = {});
    void finished(const Onboarding::SandboxCatalogueFlow::Outcome &outcome);
    void setSending(bool sending);
    void retranslateUi();

    QPointer<VendorSession> m_session;
    Onboarding::SandboxCatalogueFlow *m_flow;
    QLabel *m_introLabel;
    SandboxCatalogueFileSection *m_file;
    SandboxCatalogueResourceSection *m_resource;
    SandboxCatalogueOrganisationSection *m_organisation;
    OperationStatus *m_status;
    QDialogButtonBox *m_buttons;
    Onboarding::SandboxCatalogueImport::Kind m_sentKind = Onboarding::SandboxCatalogueImport::Kind::Unknown;
};
