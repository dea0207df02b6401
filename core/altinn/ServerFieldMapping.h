#pragma once

#include "model/ApiError.h"
#include "model/SystemDefinition.h"
#include "validation/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Validation {

/**
 * Places the system register's validation errors on the fields they concern: each FieldError of a
 * 400 answer to POST/PUT systemregister/vendor becomes a Finding whose path is a JSON Pointer into the
 * definition that was sent, in the same form SystemDefinitionValidator uses ("/id", "/vendor/ID",
 * "/rights/0/resource/0/value", "/accessPackages/1/urn", "/clientId/0", "/allowedRedirectUrls/2",
 * "/isVisible"), so the editor can focus them like its own findings.
 *
 * The server names only a member ("/registersystemrequest/rights/resource"); where the error says which
 * items it concerns (the "ResourceIds Not Found : " style extras) or the rule identifies them (a
 * duplicate, an invalid URL), the finding points at the item itself, one finding per item. ASP.NET
 * model-state keys ("$.rights[0].resource") are mapped too.
 */
class ServerFieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(ServerFieldMapping)

public:
    ServerFieldMapping() = delete;

    /// One finding (or one per item concerned) for every field error of @p error; @p sent is the body.
    static QList<Finding> findings(const Altinn::ApiError &error, const Altinn::SystemDefinition &sent);

    /// The member pointer for a server path or model-state key ("/registersystemrequest/systemid" → "/id",
    /// "$.rights[0].resource" → "/rights/0/resource"); empty when the path names no known member.
    static QString pointerFor(const QString &serverPath);
};

} // namespace Validation
