#pragma once

#include "model/AccessPackageRef.h"
#include "model/Right.h"
#include "model/SystemDefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

/**
 * ASP.NET's model binding for the system register bodies, as the sandbox emulates it
 * (docs/altinn-behaviour.md#http-and-json-conventions, #other-error-bodies, #binding-error-shape):
 * System.Text.Json reading with case-insensitive names, C# `required` members, implicit [Required] on
 * non-nullable members, then TrimStringsActionFilter. A failure is the model-state error dictionary of the
 * 400 problem ({"errors": {key: [messages]}}).
 *
 * Keys (a choice, the real keys were not observed): "$" or "$.member[i].member" for JSON errors (the
 * System.Text.Json path; messages carry "Path: …" but no line/byte position), "" for an empty body, the
 * action parameter's name ("registerNewSystem", "proposedUpdateToSystem", "rights", "accessPackages") when
 * the body did not bind at all, and the C# property path ("Id", "Rights[0].Resource[0].Value") for
 * members that bound as null but must not be.
 */
class SystemRegisterBinding
{
public:
    using ModelStateErrors = QMap<QString, QStringList>;

    /// A RegisterSystemRequest after binding and trimming.
    struct SystemBody
    {
        /// `id` and `vendor.ID` trimmed. Absent `rights`/`accessPackages` are [] (the C# defaults); nullopt
        /// means the body held an explicit null.
        Altinn::SystemDefinition system;
        bool vendorIdMissing = false; ///< `vendor.ID` absent or null (create answers 500, PUT 404)
        QJsonValue sent; ///< the body as sent, for the changelog
    };

    /// The POST/PUT body; @p parameterName is the action parameter's name used in binding errors.
    static std::variant<SystemBody, ModelStateErrors> bindSystem(
        const QByteArray &body, const QString &parameterName);
    /// The first member of a RegisterSystemRequest-shaped @p system that System.Text.Json could not convert,
    /// as its "could not be converted" message; nullopt when every member converts. Also checks stored
    /// systems (SandboxState).
    static std::optional<QString> conversionError(const QJsonObject &system);
    /// The PUT …/rights body: a JSON array of Right.
    static std::variant<QList<Altinn::Right>, ModelStateErrors> bindRights(
        const QByteArray &body, QJsonValue *sent);
    /// The PUT …/accesspackages body: a JSON array of {"urn": …}; a null urn binds as "".
    static std::variant<QList<Altinn::AccessPackageRef>, ModelStateErrors> bindAccessPackages(
        const QByteArray &body, QJsonValue *sent);
};
