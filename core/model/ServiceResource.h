#pragma once

#include "model/LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Altinn {

/// A resource registry entry (docs/altinn-behaviour.md#resource-registry), the fields a rights picker needs.
struct ServiceResource
{
    QString identifier;
    LocalizedText title;
    LocalizedText description;
    LocalizedText rightDescription;
    QString resourceType; ///< "GenericAccessResource", "MaskinportenSchema", …
    bool delegable = true; ///< absent counts as true
    bool visible = true;
    LocalizedText authorityName; ///< hasCompetentAuthority.name
    QString authorityOrgCode; ///< hasCompetentAuthority.orgcode ("skd")
    QString authorityOrganization; ///< hasCompetentAuthority.organization (org number)
    QStringList keywords; ///< keywords[].word

    /// The system register accepts this type in a right (docs/altinn-behaviour.md#create-a-system: not
    /// MaskinportenSchema, Altinn2Service, Consent).
    bool isTypeAcceptedByRegister() const;
    /// Can be chosen in the rights picker: an accepted type and delegable.
    bool isSelectable() const { return isTypeAcceptedByRegister() && delegable; }
    /// @p language ("nb", "nn", "en") with fallback nb → en → nn → any → identifier.
    QString titleIn(const QString &language) const;
    QString authorityIn(const QString &language) const;

    static ServiceResource fromJson(const QJsonObject &object);
    /// Only the members read by fromJson, in Altinn's casing; fromJson(toJson()) gives the same resource.
    /// (The metadata cache keeps the server's own JSON instead, so no member is lost.)
    QJsonObject toJson() const;
};

} // namespace Altinn
