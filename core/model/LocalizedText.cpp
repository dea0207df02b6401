#include "model/LocalizedText.h"

using namespace Qt::Literals::StringLiterals;

namespace Altinn::LocalizedTexts {

QStringList requiredLanguages()
{
    return {u"nb"_s, u"nn"_s, u"en"_s};
}

LocalizedText fromJson(const QJsonObject &object)
{
    LocalizedText text;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            continue;
        const QString key = it.key();
        const QString language = key.toLower();
        // "NB" and "nb" in one object: the key already in lower case wins, whatever the member order.
        if (!text.contains(language) || key == language)
            text.insert(language, it.value().toString());
    }
    return text;
}

QJsonObject toJson(const LocalizedText &text)
{
    QJsonObject object;
    for (auto it = text.constBegin(); it != text.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace Altinn::LocalizedTexts
