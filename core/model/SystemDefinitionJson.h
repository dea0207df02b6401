#pragma once

#include "model/SystemDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Altinn {

/**
 * A system definition as a file or text: the exact RegisterSystemRequest body (what POST/PUT
 * systemregister/vendor sends), and reading such a file back with errors a user can act on.
 */
class SystemDefinitionJson
{
    Q_DECLARE_TR_FUNCTIONS(SystemDefinitionJson)

public:
    SystemDefinitionJson() = delete;

    /// The request body, indented for reading; also the content of an exported .json file.
    static QByteArray toRequestBody(const SystemDefinition &system);

    /**
     * Reads a RegisterSystemRequest or RegisteredSystemResponse from @p bytes. Unlike
     * SystemDefinition::fromJson, which skips members of the wrong type, a file with such members is
     * refused, because importing it would silently drop part of it. On failure returns std::nullopt
     * and puts a translated message saying what is wrong into @p error (when given).
     */
    static std::optional<SystemDefinition> fromFile(const QByteArray &bytes, QString *error);
};

} // namespace Altinn
