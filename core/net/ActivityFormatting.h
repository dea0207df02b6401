#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QUrl;

namespace Altinn {

struct ActivityEntry;

/// How an activity entry is shown: readable bodies and headers, status words, durations.
class ActivityFormatting
{
    Q_DECLARE_TR_FUNCTIONS(ActivityFormatting)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// What came of a call, for colouring — always shown together with statusText().
    enum class Outcome { Success, Redirect, ClientError, ServerError, NoAnswer };

    /// Longer bodies are cut (the support bundle keeps them whole).
    static constexpr qsizetype MaxShownBodyBytes = 512 * 1024;

    /// JSON indented, form bodies one parameter a line, text as is, binary data as a byte count.
    static QString prettyBody(const QByteArray &body, const QByteArray &contentType);
    /// One "Name: value" line per header.
    static QString headersText(const Headers &headers);
    /// The value of header @p name (case-insensitive), empty when absent.
    static QByteArray headerValue(const Headers &headers, const QByteArray &name);
    /// "/authentication/api/v1/systemuser/request/vendor?systemId=…" (no scheme or host).
    static QString pathAndQuery(const QUrl &url);
    /// "200 OK", "404 Not Found"; without an answer the entry's outcome ("timed out", …).
    static QString statusText(const ActivityEntry &entry);
    static Outcome outcome(const ActivityEntry &entry);
    /// "85 ms", "1.4 s".
    static QString duration(qint64 milliseconds);
};

} // namespace Altinn
