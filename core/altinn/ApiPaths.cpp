#include "altinn/ApiPaths.h"

#include <QStringList>

namespace Altinn::ApiPaths {

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const auto &item : items)
        parts.append(segment(item.first) + u'=' + segment(item.second));
    url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

} // namespace Altinn::ApiPaths
