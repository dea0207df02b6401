#pragma once

#include "altinn/ApiFailure.h"
#include "model/RequestStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Altinn {

/// What the user is told about a failure: one sentence what happened, one what to do, plus details.
struct Explanation
{
    enum class Remedy {
        None,
        Retry, ///< try again (network, 5xx, timeout)
        CheckConnection, ///< go to the Maskinporten page / check key and client
        FixInput, ///< correct the fields listed in `fieldMessages`
        DeleteAndAskAgain, ///< delete the earlier request and send a new one
        UseChangeRequest, ///< the customer already has a system user: ask for more rights instead
        RegisterSystemFirst, ///< publish the system definition first
        UpdateSystem, ///< the system definition lacks something (redirect URL, client id, package, right)
        CheckOrgNumber, ///< unknown or wrong organisation
        ContactSupport, ///< nothing the user can fix; the remedy names the trace id when there is one
    };

    QString code; ///< "AUTH-00004", "AUTH.VLD-00002", "MP-303", "HTTP 503", …
    QString summary; ///< what happened, in plain words
    QString remedy; ///< what to do next
    Remedy action = Remedy::None;
    /// One line per field error: "System id: must start with the vendor's org number (AUTH.VLD-00002)".
    QStringList fieldMessages;
    QString traceId;
    /// The server's own message (English), for developers.
    QString serverMessage;

    /// What the user reads first: summary, remedy (with the trace id when it asks to give it) and the
    /// field messages. Never the server's raw answer.
    QString message() const;
    /// For a collapsed "Details" part: code, trace id and the server's own message (JSON indented).
    QString details() const;
    /// message() and details(), for stderr or a log.
    QString fullText() const;
};

/**
 * Turns any ApiFailure into plain language in the UI language (nb/nn/en): every AUTH-* and AUTH.VLD-*
 * code (docs/altinn-behaviour.md#error-codes), the plain-text messages, Maskinporten errors (via
 * MaskinportenError), 401/403 without a body, network, TLS, time-out and token failures.
 */
class ErrorExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ErrorExplainer)

public:
    /// @p operation says what was being done, e.g. tr("creating the request"); may be empty.
    static Explanation explain(const ApiFailure &failure, const QString &operation = {});
    /// Plain-language message and remedy for one code alone (AUTH-…, AUTH.VLD-…); empty when unknown.
    static Explanation explainCode(const QString &code);
    /// Every code explainCode() knows, in table order.
    static QStringList knownCodes();
    /**
     * Not an error: Altinn answered a repeated (system, customer, external reference) request with 200 and
     * the request it already had, in @p status. Tells the user that the new rights were not asked for.
     */
    static Explanation existingRequestReturned(RequestStatus status);
};

} // namespace Altinn
