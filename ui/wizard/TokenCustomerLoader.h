#pragma once

#include "onboarding/LedgerSync.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class OnboardingState;
class TokenCustomerPicker;
class WizardContext;

/**
 * Fills a TokenCustomerPicker with the customers of the ledger (CustomerDesk) whose system user is
 * live — approved, or approved with a change pending — and says what to do when there are none.
 * Refresh brings the ledger's system users up to date (LedgerSync of the system user list); the
 * picker's status shows it. In the sandbox, names come from its register where the ledger has none.
 */
class TokenCustomerLoader : public QObject
{
    Q_OBJECT

public:
    TokenCustomerLoader(WizardContext *context, OnboardingState *state, TokenCustomerPicker *picker);

    /// Lists the system users of @p systemId again (an empty id lists nobody).
    void reload(const QString &systemId);
    /// Forgets what belonged to the session before (another vendor, client or environment).
    void forget();
    /// Whether the list is of @p systemId and has someone in it.
    bool hasCustomersOf(const QString &systemId) const;
    /// The hint under the list; @p systemId is the system the page tests.
    void updateHint(const QString &systemId);

private:
    void show();
    void lookUpSandboxNames();

    WizardContext *m_context;
    OnboardingState *m_state;
    TokenCustomerPicker *m_picker;
    /// The customers of the ledger with a live system user.
    QList<CustomerRecord> liveCustomers() const;

    QHash<QString, QString> m_names; ///< org number → name, from the sandbox's register
    QString m_listedSystemId; ///< the system whose system users were read last
    QString m_systemId; ///< the system the page tests (last reload() or updateHint())
    QPointer<Onboarding::LedgerSync> m_sync;
};
