#include "model/UpdateResult.h"

#include "model/JsonObjectReader.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

UpdateResult UpdateResult::fromJson(const QJsonObject &object)
{
    return UpdateResult{JsonObjectReader(object).boolean(u"succeeded", false)};
}

QJsonObject UpdateResult::toJson() const
{
    return QJsonObject{{u"succeeded"_s, succeeded}};
}

} // namespace Altinn
