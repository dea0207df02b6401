#pragma once

#include "model/ChangeRequestResponse.h"
#include "model/SystemUserRequestResponse.h"
#include "workspace/CustomerRecord.h"

#include <optional>

/**
 * What page 6 shows for the selected customer, built from its ledger record: its request, or — while a
 * change waits for the customer — its change request, shown like a request (its link is the one to
 * hand over, its required rights what the message lists).
 */
namespace FollowedRequest {
/// Nullopt when the customer has nothing to follow. @p known (the full request fetched before, when
/// its id matches) keeps the details the ledger does not store, such as the rights asked for.
std::optional<Altinn::SystemUserRequestResponse> of(const CustomerRecord &customer, const QString &systemId,
    const std::optional<Altinn::SystemUserRequestResponse> &known);
/// A change request as a request of @p kind: required rights and packages are what it asks for.
Altinn::SystemUserRequestResponse ofChange(
    const Altinn::ChangeRequestResponse &change, Altinn::RequestKind kind);
} // namespace FollowedRequest
