#pragma once

#include "model/ChangeRequest.h"
#include "model/SystemUserRequest.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <variant>

/**
 * Binds the body of POST systemuser/request/vendor[/agent] and systemuser/changerequest/vendor like ASP.NET
 * does before the endpoint runs (docs/altinn-behaviour.md#http-and-json-conventions): JSON errors, values
 * of the wrong type and missing `required` members stop deserialisation with one error; otherwise every
 * [Required] violation is collected (`systemId`, `partyOrgNo`, agent `accessPackages`, a null list of a
 * change request, a null `resource` and the `id`/`value` of each attribute pair). The result's top-level
 * strings are then trimmed (TrimStringsActionFilter; strings inside lists are not).
 */
class RequestBodyBinder
{
public:
    using Errors = QMap<QString, QStringList>; ///< model-state errors: key → messages

    static std::variant<Altinn::SystemUserRequest, Errors> bind(
        const QByteArray &body, Altinn::RequestKind kind);
    /// The ChangeRequestSystemUser body (the action parameter `createRequest`).
    static std::variant<Altinn::ChangeRequest, Errors> bindChangeRequest(const QByteArray &body);
};
