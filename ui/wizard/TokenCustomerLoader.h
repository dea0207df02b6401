#pragma once

#include "model/SystemUser.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class OnboardingState;
class TokenCustomerPicker;
class WizardContext;

namespace Altinn {
class ApiOperation;
} // namespace Altinn

/**
 * Fills a TokenCustomerPicker with the customers that have a system user for a system (and, in the
 * sandbox, their names), and says what to do when there are none. The picker's status shows the
 * lookup; Refresh in the picker looks again.
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
    QList<Altinn::SystemUser> m_systemUsers;
    QHash<QString, QString> m_names; ///< org number → name, from the sandbox's register
    QString m_listedSystemId; ///< the system m_systemUsers belong to
    QString m_systemId; ///< the system the page tests (last reload() or updateHint())
    QPointer<Altinn::ApiOperation> m_listing;
};
