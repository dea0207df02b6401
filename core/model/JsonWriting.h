#pragma once

#include <QJsonObject>
#include <QString>

namespace Altinn::JsonWriting {

/// Adds a string member only when it has a value: Altinn's DTOs leave nulls out, and empty strings are
/// left out the same way, so what is written back mirrors the server.
inline void insertNonEmpty(QJsonObject &object, const QString &member, const QString &value)
{
    if (!value.isEmpty())
        object.insert(member, value);
}

} // namespace Altinn::JsonWriting
