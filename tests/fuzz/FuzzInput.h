#pragma once

// What the libFuzzer targets of tests/fuzz share: the entry points libFuzzer calls, reading one input
// written like an HTTP message (so the seed corpus stays readable and hand-written), quiet Qt logging,
// and checks of the parsers' documented promises (docs/sanitizers-and-fuzzing.md).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// A broken promise of the code under test: report it and abort, which libFuzzer records as a crash.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition);          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Qt's own warnings about bad input would only slow the run down and hide the reports.
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

/**
 * An input shaped like an HTTP message: a first line (a status like "404", or "GET /path?query"), header
 * lines "Name: value" up to an empty line, then the body. Line breaks may be LF or CRLF; a line without
 * a colon in the header part ends the headers and starts the body.
 */
struct HttpLike
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased, values trimmed
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first == name)
                return pair.second;
        }
        return {};
    }

    static HttpLike read(const QByteArray &data)
    {
        HttpLike message;
        qsizetype position = 0;
        const auto nextLine = [&data, &position](QByteArray &line) {
            if (position >= data.size())
                return false;
            qsizetype end = data.indexOf('\n', position);
            if (end < 0)
                end = data.size();
            line = data.mid(position, end - position);
            if (line.endsWith('\r'))
                line.chop(1);
            position = end + 1;
            return true;
        };
        if (!nextLine(message.firstLine))
            return message;
        QByteArray line;
        qsizetype bodyStart = position;
        while (nextLine(line)) {
            const qsizetype colon = line.indexOf(':');
            if (line.isEmpty()) {
                bodyStart = position;
                break;
            }
            if (colon <= 0)
                break; // no header: this line already belongs to the body
            message.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            bodyStart = position;
        }
        message.body = bodyStart < data.size() ? data.mid(bodyStart) : QByteArray();
        return message;
    }
};

/// The number a line starts with ("404 Not Found" → 404), or 0; never more than @p max.
inline int leadingNumber(QByteArrayView line, int max)
{
    int value = 0;
    for (const char c : line) {
        if (c < '0' || c > '9')
            break;
        value = value * 10 + (c - '0');
        if (value > max)
            return max;
    }
    return value;
}

} // namespace FuzzInput
