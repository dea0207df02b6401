#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Altinn {

/// A language map such as a system's `name`: {"nb": "…", "nn": "…", "en": "…"}; extra languages are kept.
using LocalizedText = QMap<QString, QString>;

namespace LocalizedTexts {
/// The languages Altinn's database requires in every name and description.
QStringList requiredLanguages(); // {"nb", "nn", "en"}
/// String members of @p object; keys are lower-cased (input binding is case-insensitive), non-strings
/// skipped.
LocalizedText fromJson(const QJsonObject &object);
QJsonObject toJson(const LocalizedText &text);
} // namespace LocalizedTexts

} // namespace Altinn
