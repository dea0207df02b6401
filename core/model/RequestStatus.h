#pragma once

#include <QString>

namespace Altinn {

/// Status of a system user request or change request, as the strings Altinn writes.
enum class RequestStatus {
    New,
    Accepted,
    Rejected,
    Denied, ///< legacy; treat like Rejected
    Timedout, ///< legacy; since Nov 2025 the `timedOut` flag is used instead
    NoChangeNeeded, ///< change requests only
    Unknown, ///< anything else the server may send
};

namespace RequestStatuses {
/// Parses case-insensitively; unknown strings give RequestStatus::Unknown.
RequestStatus fromString(QStringView text);
/// The exact wire string ("New", "NoChangeNeeded", …); Unknown gives "Unknown".
QString toString(RequestStatus status);
/// What to write for a status read from the wire: toString(status), or @p receivedText for Unknown
/// (so an unknown server value survives a round trip; "Unknown" when nothing was received).
QString toWireString(RequestStatus status, const QString &receivedText);
/// Accepted, Rejected, Denied and Timedout are final: the customer has decided (or it expired).
bool isFinal(RequestStatus status);
} // namespace RequestStatuses

} // namespace Altinn
