#pragma once

#include "model/JsonObjectReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace Altinn {

/**
 * The pagination envelope {"links": {"next"?: url}, "data": [...]}.
 * A missing or null `next` means this is the last page.
 */
template <typename T> struct PagedList
{
    std::optional<QUrl> next;
    QList<T> data;

    bool isLastPage() const { return !next.has_value(); }

    /// @p parseItem turns one element object into a T.
    template <typename ParseItem> static PagedList fromJson(const QJsonObject &object, ParseItem parseItem)
    {
        PagedList page;
        const JsonObjectReader reader(object);
        const auto nextText = JsonObjectReader(reader.object(u"links")).optionalString(u"next");
        if (nextText && !nextText->isEmpty())
            page.next = QUrl(*nextText);
        const QJsonArray items = reader.array(u"data");
        for (const QJsonValue &item : items) {
            if (item.isObject())
                page.data.append(parseItem(item.toObject()));
        }
        return page;
    }

    /// @p writeItem turns one T into a JSON object.
    template <typename WriteItem> QJsonObject toJson(WriteItem writeItem) const
    {
        QJsonObject links;
        if (next)
            links.insert(QStringLiteral("next"), next->toString(QUrl::FullyEncoded));
        QJsonArray items;
        for (const T &item : data)
            items.append(writeItem(item));
        return QJsonObject{{QStringLiteral("links"), links}, {QStringLiteral("data"), items}};
    }
};

} // namespace Altinn
