#include "demo/DemoReset.h"

#include "altinn/ApiTransport.h"
#include "altinn/Environment.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "net/ActivityLog.h"
#include "onboarding/DemoScenario.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"
#include "workspace/DraftStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;

namespace {
Q_LOGGING_CATEGORY(lcDemoReset, "systemuser.demo.reset")
} // namespace

DemoReset::DemoReset(WizardContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void DemoReset::forgetLocalState(WizardContext *context, bool removeProfile)
{
    const QString id = DemoScenario::profileId();
    const bool exists = context->profileStore().find(id).has_value();
    // Let go of the ledger and session first: nothing may write the files being removed.
    if (context->hasProfile() && context->profile().id == id)
        context->clearProfile();
    context->drafts()->removeProfile(id);
    const QString ledgerFile = CustomerLedger::defaultFilePath({id, u"sandbox"_s, DemoScenario::systemId()});
    QDir ledgers = QFileInfo(ledgerFile).absoluteDir();
    if (ledgers.cdUp() && ledgers.exists())
        ledgers.removeRecursively();
    if (!exists)
        return;
    QString error;
    const bool ok = removeProfile ? context->profileStore().remove(id, &error)
                                  : context->saveProfile(DemoScenario::profile(), &error);
    if (!ok)
        qCWarning(lcDemoReset) << "the demo profile could not be cleaned up:" << error;
}

void DemoReset::resetAll(std::function<void(const QString &error)> done)
{
    if (m_running)
        return;
    if (!m_context->sandboxBaseUrl().isValid()) {
        m_context->wantSandbox();
        done(tr("The built-in sandbox is not running, so it cannot be cleared."));
        return;
    }
    // Its own connection: the demo profile, and with it its session, may be gone or another profile current.
    if (!m_control) {
        m_network = new QNetworkAccessManager(this);
        m_transport = new Altinn::ApiTransport(
            m_network, Altinn::Environment::sandbox(m_context->sandboxBaseUrl()), this);
        m_transport->setActivityLog(m_context->activityLog());
        m_control = new Altinn::SandboxControlClient(m_transport, this);
    }
    m_running = true;
    QPointer<DemoReset> self(this);
    m_control->reset([self, done](const Altinn::ApiResult<Altinn::Done> &result) {
        if (!self)
            return;
        self->m_running = false;
        if (!result.ok()) {
            const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(result.failure);
            done(explanation.summary + u' ' + explanation.remedy);
            return;
        }
        forgetLocalState(self->m_context, true);
        done({});
    });
}
