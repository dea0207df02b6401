#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QIODevice;

/**
 * Where systemuser-cli writes: the result as JSON on standard output (nothing else goes there, so
 * `… | python3 -m json.tool` always works), and short translated messages for the person on standard
 * error. Every write is flushed at once, so interleaving with child processes stays readable.
 */
class CliOutput
{
public:
    /// Writes to the process's stdout and stderr.
    CliOutput();
    /// Writes to @p out and @p err (tests pass buffers); neither is owned.
    CliOutput(QIODevice *out, QIODevice *err);
    ~CliOutput();
    Q_DISABLE_COPY_MOVE(CliOutput)

    /// The result: an object or array, indented, on stdout.
    void json(const QJsonValue &value);
    /// One compact JSON object and a newline on stdout: a stream of results, one per line (JSON Lines).
    void jsonLine(const QJsonObject &object);
    /// Raw text on stdout (a PEM export); a final newline is added when missing.
    void text(const QByteArray &text);

    /// A plain line on stderr.
    void info(const QString &message);
    /// "✓ message" on stderr.
    void success(const QString &message);
    /// "! message" on stderr.
    void warning(const QString &message);
    /// "✗ message" on stderr, further lines indented.
    void error(const QString &message);
    /// "  • line" for each of @p lines on stderr.
    void bullets(const QStringList &lines);

private:
    void writeError(const QString &text);

    QIODevice *m_out;
    QIODevice *m_err;
    bool m_ownsDevices = false;
};
