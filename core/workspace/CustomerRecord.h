#pragma once

#include "model/SystemUserRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Where one customer stands with one system, in one of eight states (docs/customer-ledger.md).
 * Each state names exactly one next action, so every view can offer the same button.
 */
enum class CustomerState {
    NotAsked, ///< in the ledger, no request at Altinn
    Waiting, ///< a request (or change request) is waiting for the customer
    WaitingTimedOut, ///< waiting for more than 180 days: Altinn flags it timed out
    Approved, ///< the system user is live
    Rejected, ///< the customer said no
    SystemUserDeleted, ///< there was a system user; the customer deleted it
    ChangePending, ///< live system user, a change request waits for the customer
    Failed, ///< the last attempt to ask failed; nothing is known to exist at Altinn
};

enum class CustomerAction {
    SendRequest, ///< NotAsked, Failed (retry)
    HandOverLink, ///< Waiting: send or remind with the approval link
    AskAgain, ///< WaitingTimedOut, Rejected, SystemUserDeleted: delete what is left and send anew
    TestToken, ///< Approved
    HandOverChangeLink, ///< ChangePending
};

class CustomerStates
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStates)

public:
    /// The stable machine name ("not-asked", "waiting", …), used in files, JSON and CSV output.
    static QString id(CustomerState state);
    static std::optional<CustomerState> fromId(QStringView id);
    /// Every state, in the order views list them.
    static QList<CustomerState> all();
    /// Plain words for the person ("Waiting for the customer"), translated.
    static QString text(CustomerState state);
    static CustomerAction nextAction(CustomerState state);
    static QString actionId(CustomerAction action);
    /// The next action in plain words ("Send the approval link"), translated.
    static QString actionText(CustomerAction action);
};

/**
 * One customer asked for a system user of one system: what was sent, what Altinn last said, and
 * the person's own note. Holds no secrets. The key is (organisation number, external reference);
 * an empty external reference means the organisation number, as Altinn defaults it.
 */
struct CustomerRecord
{
    QString orgNo;
    QString name;
    QString externalRef; ///< as sent; empty = Altinn's default (the org number)
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString requestId;
    QString requestStatus; ///< wire string of the request's last known status
    QString confirmUrl; ///< the approval link (not a secret: the customer must log in)
    QString changeRequestId;
    QString changeRequestStatus;
    QString changeConfirmUrl;
    QString systemUserId;
    CustomerState state = CustomerState::NotAsked;
    QDateTime requestCreated; ///< UTC, from Altinn
    QDateTime stateSince; ///< UTC: when the state last changed
    QDateTime updatedAt; ///< UTC: when anything last changed
    QString lastError; ///< translated summary of the last failure (state Failed)
    QString note; ///< the person's own note
    // From an imported customer list (CustomerListImport); kept like the note when Altinn's facts arrive.
    QString contactEmail; ///< where the hand-off message goes
    QString language; ///< "nb", "nn" or "en" for the hand-off message; empty = nb
    QStringList wantedRights; ///< resource ids: ask for only these of the system's rights (empty = all)
    QStringList wantedPackages; ///< package URNs: ask for only these of the system's packages (empty = all)

    /// The external reference Altinn uses: the org number when none was given.
    QString effectiveExternalRef() const { return externalRef.isEmpty() ? orgNo : externalRef; }
    /// "orgno/ref": the record's identity in a ledger.
    QString key() const { return keyOf(orgNo, externalRef); }
    static QString keyOf(const QString &orgNo, const QString &externalRef);

    QJsonObject toJson() const;
    static CustomerRecord fromJson(const QJsonObject &object);
    friend bool operator==(const CustomerRecord &, const CustomerRecord &) = default;
};
