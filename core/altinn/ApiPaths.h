#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Altinn {

/// Building blocks for the URLs the clients call: values land in paths and queries encoded.
namespace ApiPaths {

/// @p value percent-encoded for one path segment (a system id or external ref may hold '/', '?', '#').
QString segment(const QString &value);
/// @p url with the query @p items, every name and value percent-encoded ('+' and '&' included).
QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items);

} // namespace ApiPaths

} // namespace Altinn
