#include "cli/CliOutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void writeTo(QIODevice *device, const QByteArray &bytes)
{
    device->write(bytes);
    if (auto *file = qobject_cast<QFile *>(device))
        file->flush();
}

/// Continuation lines of a message line up under its text, after the two-character mark.
QString indentFollowingLines(const QString &text)
{
    QString result = text;
    result.replace(u'\n', u"\n  "_s);
    return result;
}

} // namespace

CliOutput::CliOutput()
    : m_out(new QFile)
    , m_err(new QFile)
    , m_ownsDevices(true)
{
    static_cast<QFile *>(m_out)->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    static_cast<QFile *>(m_err)->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

CliOutput::CliOutput(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{ }

CliOutput::~CliOutput()
{
    if (m_ownsDevices) {
        delete m_out;
        delete m_err;
    }
}

void CliOutput::json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeTo(m_out, document.toJson(QJsonDocument::Indented));
}

void CliOutput::jsonLine(const QJsonObject &object)
{
    writeTo(m_out, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CliOutput::text(const QByteArray &text)
{
    writeTo(m_out, text.endsWith('\n') ? text : text + '\n');
}

void CliOutput::info(const QString &message)
{
    writeTo(m_err, (message + u'\n').toUtf8());
}

void CliOutput::success(const QString &message)
{
    info(u"✓ "_s + indentFollowingLines(message));
}

void CliOutput::warning(const QString &message)
{
    info(u"! "_s + indentFollowingLines(message));
}

void CliOutput::error(const QString &message)
{
    writeError(message);
}

void CliOutput::bullets(const QStringList &lines)
{
    for (const QString &line : lines)
        info(u"  • "_s + line);
}

void CliOutput::writeError(const QString &text)
{
    info(u"✗ "_s + indentFollowingLines(text));
}
