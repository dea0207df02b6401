#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtGlobal>

namespace TestJson {

/// Parses the inline spec example @p json; aborts the test binary on a typo in the literal itself.
inline QJsonObject parseObject(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("Invalid JSON in test literal: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace TestJson
