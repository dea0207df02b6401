#pragma once

#include <QJsonObject>

namespace Altinn {

/// `SystemRegisterUpdateResult`: {"succeeded": true}.
struct UpdateResult
{
    bool succeeded = false;
    static UpdateResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace Altinn
