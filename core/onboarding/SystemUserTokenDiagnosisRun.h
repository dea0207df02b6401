#pragma once

#include "onboarding/SystemUserTokenDiagnosis.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Altinn {

class ApiOperation;
class RequestClient;
class SystemRegisterClient;
class SystemUserClient;

/**
 * Fetches what SystemUserTokenDiagnosis needs — the registered system, its system users, and its
 * standard and agent requests, all at once — and emits the findings. A failed fetch does not stop
 * the run: the diagnosis then says what could not be checked.
 */
class SystemUserTokenDiagnosisRun : public QObject
{
    Q_OBJECT

public:
    /// What the failed grant asked for.
    struct Query
    {
        QString systemId;
        QString clientId;
        QString vendorOrgNo;
        QString customerOrgNo;
        QString externalRef; ///< empty when the grant sent none
    };

    SystemUserTokenDiagnosisRun(SystemRegisterClient *systemRegister, SystemUserClient *systemUsers,
        RequestClient *requests, QObject *parent = nullptr);
    ~SystemUserTokenDiagnosisRun() override;

    /// Starts a run (cancelling one in progress); `finished` follows once every answer is in.
    void start(const Query &query);
    /// Cancels the calls in flight; `finished` is not emitted.
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    /// The facts of the last finished run.
    const SystemUserTokenDiagnosis::Facts &facts() const { return m_facts; }

Q_SIGNALS:
    void finished(const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings);

private:
    void track(ApiOperation *operation);
    void answered();

    SystemRegisterClient *m_systemRegister;
    SystemUserClient *m_systemUsers;
    RequestClient *m_requests;
    SystemUserTokenDiagnosis::Facts m_facts;
    QList<SystemUserRequestResponse> m_collectedRequests;
    QList<QPointer<ApiOperation>> m_operations;
    int m_pending = 0;
    quint64 m_generation = 0; ///< answers to a cancelled run are ignored
};

} // namespace Altinn
