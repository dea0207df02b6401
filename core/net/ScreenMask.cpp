#include "net/ScreenMask.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Altinn::ScreenMask {

namespace {

/// Every match of @p pattern in @p text replaced by its hint.
QString maskMatches(const QString &text, const QRegularExpression &pattern)
{
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += hint(match.captured());
        from = match.capturedEnd();
    }
    if (from == 0)
        return text;
    result += QStringView(text).mid(from);
    return result;
}

const QList<QRegularExpression> &patterns()
{
    // Longest shapes first: a traceparent contains a 32-hex trace id, a JWT may contain anything.
    static const QList<QRegularExpression> list{
        QRegularExpression(u"eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*)?"_s),
        QRegularExpression(u"\\b[0-9a-fA-F]{2}-[0-9a-fA-F]{32}-[0-9a-fA-F]{16}-[0-9a-fA-F]{2}\\b"_s),
        QRegularExpression(
            u"\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"_s),
        QRegularExpression(u"\\b[0-9a-fA-F]{32}\\b"_s),
        // A thumbprint is random base64url: upper and lower case and a digit (a resource id is not).
        QRegularExpression(u"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])"
                           u"(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"_s),
    };
    return list;
}

} // namespace

QString hint(const QString &value)
{
    if (value.isEmpty())
        return {};
    const qsizetype kept = std::min<qsizetype>(4, value.size() / 3);
    return value.left(kept) + Ellipsis;
}

QString text(const QString &text, const Options &options)
{
    QString result = text;
    QStringList known = options.knownValues;
    // The longest first, so a value that contains another is masked whole; short ones would mask words.
    known.removeIf([](const QString &value) { return value.trimmed().size() < 4; });
    std::sort(
        known.begin(), known.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(known))
        result.replace(value, hint(value));
    for (const QRegularExpression &pattern : patterns())
        result = maskMatches(result, pattern);
    if (options.organisationNumbers) {
        static const QRegularExpression organisationNumber(u"(?<![0-9])[0-9]{9}(?![0-9])"_s);
        result = maskMatches(result, organisationNumber);
    }
    return result;
}

} // namespace Altinn::ScreenMask
