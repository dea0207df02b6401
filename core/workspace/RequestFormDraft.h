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
    Altinn::RequestKind kind = Altinn::RequestKind::Standard;
    QString orgNo; ///< as typed (may be incomplete)
    QString externalRef;
    QStringList rights; ///< resource ids chosen
    QStringList accessPackages; ///< package URNs chosen
    bool allRights = true; ///< nothing chosen yet: everything the system has
    bool allAccessPackages = true;
    QString redirectUrl;
    QString title;

    bool isEmpty() const { return orgNo.isEmpty() && externalRef.isEmpty(); }
    QJsonObject toJson() const;
    static RequestFormDraft fromJson(const QJsonObject &object);
    friend bool operator==(const RequestFormDraft &, const RequestFormDraft &) = default;
};
