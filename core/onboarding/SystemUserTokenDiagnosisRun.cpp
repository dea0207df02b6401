#include "onboarding/SystemUserTokenDiagnosisRun.h"

#include "altinn/ApiOperation.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemRegisterClient.h"
#include "altinn/SystemUserClient.h"

#include <utility>

namespace Altinn {

SystemUserTokenDiagnosisRun::SystemUserTokenDiagnosisRun(SystemRegisterClient *systemRegister,
    SystemUserClient *systemUsers, RequestClient *requests, QObject *parent)
    : QObject(parent)
    , m_systemRegister(systemRegister)
    , m_systemUsers(systemUsers)
    , m_requests(requests)
{ }

SystemUserTokenDiagnosisRun::~SystemUserTokenDiagnosisRun()
{
    cancel();
}

void SystemUserTokenDiagnosisRun::start(const Query &query)
{
    cancel();
    const quint64 generation = m_generation;
    m_facts = {};
    m_facts.systemId = query.systemId;
    m_facts.clientId = query.clientId;
    m_facts.vendorOrgNo = query.vendorOrgNo;
    m_facts.customerOrgNo = query.customerOrgNo;
    m_facts.externalRef = query.externalRef;
    m_collectedRequests.clear();
    m_pending = 4; // before any call: a callback may run at once

    const QPointer<SystemUserTokenDiagnosisRun> self(this);
    // Runs @p store on the facts when the answer belongs to this run, then counts it.
    const auto guarded = [self, generation](auto store) {
        return [self, generation, store = std::move(store)](const auto &result) {
            if (!self || generation != self->m_generation)
                return;
            store(*self, result);
            self->answered();
        };
    };

    track(m_systemRegister->get(query.systemId,
        guarded([](SystemUserTokenDiagnosisRun &run, const ApiResult<SystemDefinition> &result) {
            if (result.ok())
                run.m_facts.registeredSystem = *result.value;
            else
                run.m_facts.systemFailure = result.failure;
        })));
    track(m_systemUsers->listBySystem(query.systemId,
        guarded([](SystemUserTokenDiagnosisRun &run, const ApiResult<QList<SystemUser>> &result) {
            if (result.ok())
                run.m_facts.systemUsers = *result.value;
            else
                run.m_facts.systemUsersFailure = result.failure;
        })));
    for (const RequestKind kind : {RequestKind::Standard, RequestKind::Agent}) {
        track(m_requests->listBySystem(query.systemId, kind,
            guarded([](SystemUserTokenDiagnosisRun &run,
                        const ApiResult<QList<SystemUserRequestResponse>> &result) {
                if (result.ok())
                    run.m_collectedRequests.append(*result.value);
                else if (!run.m_facts.requestsFailure.isFailure())
                    run.m_facts.requestsFailure = result.failure;
            })));
    }
}

void SystemUserTokenDiagnosisRun::cancel()
{
    ++m_generation;
    m_pending = 0;
    const QList<QPointer<ApiOperation>> operations = std::exchange(m_operations, {});
    for (const QPointer<ApiOperation> &operation : operations) {
        if (operation)
            operation->cancel();
    }
}

void SystemUserTokenDiagnosisRun::track(ApiOperation *operation)
{
    if (m_pending > 0)
        m_operations.append(operation);
}

void SystemUserTokenDiagnosisRun::answered()
{
    if (--m_pending > 0)
        return;
    m_operations.clear();
    if (!m_facts.requestsFailure.isFailure())
        m_facts.requests = m_collectedRequests;
    Q_EMIT finished(SystemUserTokenDiagnosis::diagnose(m_facts));
}

} // namespace Altinn
