#pragma once

#include "model/SystemUserRequest.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * What the person has typed on the customer request page (page 5) and not sent yet, kept across
 * restarts by DraftStore. Typed, so the page never reads JSON by member name. Holds no secrets.
 */
struct RequestFormDraft
{
    enum class Mode {
        NewRequest, ///< ask a customer for a new system user
        ChangeRequest, ///< ask a customer with a system user for other rights
    };

    Mode mode = Mode::NewRequest;
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString orgNo; ///< as typed (may be incomplete)
    QString externalRef;
    QStringList rights; ///< resource ids chosen
    QStringList accessPackages; ///< package URNs chosen
    QStringList unwantedRights; ///< change requests: resource ids to take away
    QStringList unwantedAccessPackages;
    QString redirectUrl;

    bool isEmpty() const { return orgNo.isEmpty() && externalRef.isEmpty(); }
    QJsonObject toJson() const;
    static RequestFormDraft fromJson(const QJsonObject &object);
    friend bool operator==(const RequestFormDraft &, const RequestFormDraft &) = default;
};
