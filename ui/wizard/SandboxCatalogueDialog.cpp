#include "wizard/SandboxCatalogueDialog.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/SandboxCatalogueFileSection.h"
#include "wizard/SandboxCatalogueOrganisationSection.h"
#include "wizard/SandboxCatalogueResourceSection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueFlow;
using Onboarding::SandboxCatalogueImport;

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

SandboxCatalogueDialog::SandboxCatalogueDialog(VendorSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_flow(new SandboxCatalogueFlow(this))
    , m_introLabel(Labels::hint(u"catalogueIntroLabel"_s, this))
    , m_file(new SandboxCatalogueFileSection(this))
    , m_resource(new SandboxCatalogueResourceSection(this))
    , m_organisation(new SandboxCatalogueOrganisationSection(this))
    , m_status(new OperationStatus(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"sandboxCatalogueDialog"_s);
    m_status->setObjectName(u"catalogueStatus"_s);
    m_buttons->setObjectName(u"catalogueButtons"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_file);
    layout->addWidget(separator(this));
    layout->addWidget(m_resource);
    layout->addWidget(separator(this));
    layout->addWidget(m_organisation);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough that the word-wrapped hints keep their lines (a narrow dialog clipped the file hint).
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &SandboxCatalogueFileSection::sendRequested, this,
        [this] { send(m_file->import(), m_file->language()); });
    connect(m_resource, &SandboxCatalogueResourceSection::sendRequested, this,
        [this](const SandboxCatalogueImport &import) { send(import); });
    connect(m_organisation, &SandboxCatalogueOrganisationSection::sendRequested, this,
        [this](const SandboxCatalogueImport &import) { send(import); });
    connect(m_flow, &SandboxCatalogueFlow::progress, this, [this](int sent, int total) {
        if (total > 1)
            m_status->showBusy(
                tr("Adding to the sandbox's catalogue: part %1 of %2…").arg(sent + 1).arg(total), [this] {
                    m_flow->cancel();
                    setSending(false);
                    m_status->showInformation(tr("Cancelled."));
                });
    });
    connect(m_flow, &SandboxCatalogueFlow::refreshingMetadata, this,
        [this] { m_status->showBusy(tr("Loading the catalogue again for the rights lists…")); });
    connect(m_flow, &SandboxCatalogueFlow::finished, this, &SandboxCatalogueDialog::finished);
    retranslateUi();
}

SandboxCatalogueDialog::~SandboxCatalogueDialog() = default;

void SandboxCatalogueDialog::send(const SandboxCatalogueImport &import, const QString &language)
{
    if (m_flow->isRunning())
        return;
    m_sentKind = import.kind();
    setSending(true);
    m_status->showBusy(tr("Adding to the sandbox's catalogue…"), [this] {
        m_flow->cancel();
        setSending(false);
        m_status->showInformation(
            tr("Cancelled. What the sandbox took already stays; adding it again is safe."));
    });
    m_flow->send(m_session, import, language);
}

void SandboxCatalogueDialog::finished(const SandboxCatalogueFlow::Outcome &outcome)
{
    setSending(false);
    if (!outcome.ok()) {
        m_status->showError(outcome.message);
        return;
    }
    const QString counts =
        tr("%n new", nullptr, outcome.added) + u", "_s + tr("%n replaced", nullptr, outcome.replaced);
    switch (outcome.kind) {
    case SandboxCatalogueImport::Kind::Organisations:
        m_organisation->clear();
        m_status->showSuccess(
            tr("Added to the sandbox's register (%1). Requests can be sent to it now.").arg(counts));
        Q_EMIT organisationsChanged();
        return;
    case SandboxCatalogueImport::Kind::Resource:
        m_resource->clear();
        break;
    default:
        break;
    }
    const QString added =
        tr("Added to the sandbox's catalogue (%1). The rights lists show it now.").arg(counts);
    m_status->showSuccess(outcome.cacheProblem.isEmpty() ? added : added + u' ' + outcome.cacheProblem);
    Q_EMIT catalogueChanged(outcome.cacheRefreshed);
}

void SandboxCatalogueDialog::setSending(bool sending)
{
    m_file->setSending(sending);
    m_resource->setSending(sending);
    m_organisation->setSending(sending);
}

void SandboxCatalogueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SandboxCatalogueDialog::retranslateUi()
{
    setWindowTitle(tr("Add to the sandbox's catalogue"));
    m_introLabel->setText(
        tr("The sandbox knows a selection of Altinn's resources, access packages and test "
           "organisations. Add the ones your service uses, as TT02 has them; they stay until "
           "the sandbox is reset. This changes the sandbox only, never TT02 or production."));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setText(tr("&Close"));
        close->setAccessibleName(tr("Close the dialog"));
    }
}
