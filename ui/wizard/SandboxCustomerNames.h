#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class CustomerLedger;
class CustomerRecord;
class WizardContext;

/**
 * Names the customers the ledger knows only by organisation number — requests sent with systemuser-cli, or
 * found at Altinn by a sync — from the built-in sandbox's organisation register, so that the customers
 * screen, page 6, the message and the hand-off show who they are. WizardContext fetches the register once
 * for every page. Only for a profile in the built-in sandbox, and only while it runs (a name is never the
 * reason to start it); elsewhere the wizard has no register to ask. A name the ledger has is never replaced.
 * Looks at the whole ledger when it is opened or the sandbox starts, after that only at the customers that
 * changed (a bulk send changes thousands one by one).
 */
class SandboxCustomerNames : public QObject
{
public:
    explicit SandboxCustomerNames(WizardContext *context);

private:
    void watchLedger();
    /// A ledger, a sandbox profile and the sandbox running.
    bool canAsk() const;
    void lookAtAll();
    void lookAt(const QStringList &keys);
    void consider(const CustomerRecord &record);
    /// Asks the register about the numbers found since the last answer.
    void ask();

    WizardContext *m_context;
    QPointer<CustomerLedger> m_ledger;
    QSet<QString> m_asked; ///< organisation numbers looked up for this ledger (found or not)
    QSet<QString> m_toAsk; ///< nameless numbers not asked about yet
    bool m_asking = false;
};
