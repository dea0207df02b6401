#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * The fields of an application/x-www-form-urlencoded text (a POST body, or an OAuth request's query):
 * `+` is a space and every name and value is percent-decoded as UTF-8 (HTML's and RFC 6749 Appendix B's
 * reading, which QUrlQuery does not do for `+`). Names are compared exactly, as OAuth parameters are.
 */
class FormFields
{
public:
    FormFields() = default;
    static FormFields parse(QByteArrayView encoded);

    /// The first value of @p name; empty when absent.
    QString value(const QString &name) const;
    bool has(const QString &name) const { return count(name) > 0; }
    qsizetype count(const QString &name) const;
    /// The names given more than once, in the order they first appear.
    QStringList repeatedNames() const;

private:
    QList<QPair<QString, QString>> m_fields;
};
