#include "sandbox/FormFields.h"

#include <QByteArray>

#include <algorithm>

namespace {

QString decoded(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

FormFields FormFields::parse(QByteArrayView encoded)
{
    FormFields fields;
    const QList<QByteArray> pairs = encoded.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            fields.m_fields.append({decoded(pair), QString()});
        else
            fields.m_fields.append({decoded(pair.first(equals)), decoded(pair.sliced(equals + 1))});
    }
    return fields;
}

QString FormFields::value(const QString &name) const
{
    for (const auto &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

qsizetype FormFields::count(const QString &name) const
{
    return std::count_if(
        m_fields.cbegin(), m_fields.cend(), [&name](const auto &field) { return field.first == name; });
}

QStringList FormFields::repeatedNames() const
{
    QStringList repeated;
    for (const auto &field : m_fields) {
        if (!repeated.contains(field.first) && count(field.first) > 1)
            repeated.append(field.first);
    }
    return repeated;
}
