#include "wizard/TokenDiagnosisPanel.h"

#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUserTokenDiagnosis;
using Cause = Altinn::SystemUserTokenDiagnosis::Cause;

TokenDiagnosisPanel::TokenDiagnosisPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_status(new OperationStatus(this))
    , m_findingsBox(new QWidget(this))
    , m_findingsLayout(new QVBoxLayout(m_findingsBox))
{
    setObjectName(u"diagnosisSection"_s);
    m_heading->setObjectName(u"diagnosisHeading"_s);
    m_heading->setProperty("role", u"sectionHeading"_s);
    m_status->setObjectName(u"diagnosisStatus"_s);
    m_findingsBox->setObjectName(u"findingsBox"_s);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsLayout->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_findingsBox);

    connect(m_context, &WizardContext::sessionChanged, this, &TokenDiagnosisPanel::forgetSession);
    retranslateUi();
    hide();
}

void TokenDiagnosisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TokenDiagnosisPanel::retranslateUi()
{
    m_heading->setText(tr("Why Maskinporten found no system user"));
}

void TokenDiagnosisPanel::start(const Altinn::SystemUserTokenDiagnosisRun::Query &query)
{
    VendorSession *session = m_context->session();
    if (!session)
        return;
    if (!m_run) {
        m_run = new Altinn::SystemUserTokenDiagnosisRun(
            session->systemRegister(), session->systemUsers(), session->requests(), this);
        connect(m_run, &Altinn::SystemUserTokenDiagnosisRun::finished, this, [this](const auto &findings) {
            m_facts = m_run->facts();
            showFindings(findings);
        });
    }
    m_query = query;
    clearFindings();
    show();
    m_status->showBusy(
        tr("Checking the system register and the customer requests to find the cause…"), [this] {
            if (m_run)
                m_run->cancel();
            m_status->showInformation(tr("Check stopped."));
        });
    m_run->start(query);
}

void TokenDiagnosisPanel::showDiagnosis(const Altinn::SystemUserTokenDiagnosisRun::Query &query,
    const QList<SystemUserTokenDiagnosis::Finding> &findings, const SystemUserTokenDiagnosis::Facts &facts)
{
    if (m_run)
        m_run->cancel();
    m_query = query;
    m_facts = facts;
    show();
    showFindings(findings);
}

void TokenDiagnosisPanel::reset()
{
    if (m_run)
        m_run->cancel();
    clearFindings();
    m_status->clear();
    hide();
}

void TokenDiagnosisPanel::forgetSession()
{
    // The run uses the old session's clients.
    reset();
    delete m_run;
    m_run = nullptr;
}

void TokenDiagnosisPanel::clearFindings()
{
    m_findings.clear();
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TokenDiagnosisPanel::showFindings(const QList<SystemUserTokenDiagnosis::Finding> &findings)
{
    clearFindings();
    m_status->clear();
    m_findings = findings;
    int number = 0;
    for (const SystemUserTokenDiagnosis::Finding &finding : findings) {
        auto *frame = new QFrame(m_findingsBox);
        frame->setObjectName(u"finding%1"_s.arg(number++));
        frame->setProperty("role", u"banner"_s);
        frame->setProperty("severity", finding.isLikelyCause ? u"error"_s : u"info"_s);
        frame->setProperty("cause", int(finding.cause));
        auto *label = new QLabel(frame);
        label->setObjectName(u"findingText"_s);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString summary =
            finding.isLikelyCause ? tr("Most likely: %1").arg(finding.summary) : finding.summary;
        label->setText(finding.remedy.isEmpty() ? summary : summary + u'\n' + finding.remedy);
        label->setAccessibleName(label->text());
        auto *row = new QHBoxLayout(frame);
        row->setContentsMargins(8, 6, 8, 6);
        row->addWidget(label, 1);
        if (QPushButton *button = remedyButtonFor(finding, frame))
            row->addWidget(button, 0, Qt::AlignTop);
        m_findingsLayout->addWidget(frame);
    }
    Q_EMIT finished();
}

QPushButton *TokenDiagnosisPanel::remedyButtonFor(
    const SystemUserTokenDiagnosis::Finding &finding, QWidget *parent)
{
    QString text;
    std::function<void()> action;
    switch (finding.cause) {
    case Cause::ClientIdMissing:
        text = tr("Add the client id to the system…");
        action = [this] {
            Q_EMIT editSystemRequested();
        };
        break;
    case Cause::SystemNotFound:
    case Cause::SystemDeleted:
        text = tr("Go to the system definition");
        action = [this] {
            Q_EMIT editSystemRequested();
        };
        break;
    case Cause::NoRequestSent:
    case Cause::RequestRejected:
    case Cause::SystemUserDeleted:
        text = tr("Ask the customer…");
        action = [this] {
            Q_EMIT customerRequestRequested();
        };
        break;
    case Cause::RequestPending:
        text = tr("Go to the customer request");
        action = [this] {
            Q_EMIT customerRequestRequested();
        };
        break;
    case Cause::ExternalRefMismatch: {
        // The customer's system user was made with another reference: offer to use that one.
        QString reference;
        if (const auto &systemUsers = m_facts.systemUsers) {
            for (const Altinn::SystemUser &systemUser : *systemUsers) {
                if (systemUser.reporteeOrgNo == m_query.customerOrgNo) {
                    reference = systemUser.externalRef;
                    break;
                }
            }
        }
        if (reference.isEmpty())
            return nullptr;
        text = tr("Use “%1”").arg(reference);
        action = [this, reference] {
            Q_EMIT externalRefSuggested(reference);
        };
        break;
    }
    case Cause::CouldNotCheck:
        text = tr("Check again");
        // Later: starting again deletes this button, which is still inside its click.
        action = [this] {
            QMetaObject::invokeMethod(
                this, [this] { start(m_query); }, Qt::QueuedConnection);
        };
        break;
    default:
        return nullptr;
    }
    auto *button = new QPushButton(text, parent);
    button->setObjectName(u"findingRemedyButton"_s);
    button->setAccessibleName(text);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}
