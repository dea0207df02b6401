#include "onboarding/RequestJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray lineFor(const QString &key)
{
    const QJsonObject line{
        {u"sending"_s, key},
        {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString RequestJournal::pathFor(const QString &ledgerFilePath)
{
    return ledgerFilePath + u".journal"_s;
}

RequestJournal::RequestJournal(QString path)
    : m_path(std::move(path))
{ }

QSet<QString> RequestJournal::readKeys(QString *error) const
{
    QSet<QString> keys;
    QFile file(m_path);
    if (!file.exists())
        return keys;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return keys;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        // A line cut short by a crash is the one request that may not have gone out; it has no key to
        // look up, and the customer's record still says "not asked", so the next run simply asks.
        const QString key = QJsonDocument::fromJson(line).object().value(u"sending"_s).toString();
        if (!key.isEmpty())
            keys.insert(key);
    }
    return keys;
}

bool RequestJournal::openForAppend(QString *error)
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    m_file.setPermissions(OwnerOnly);
    return true;
}

bool RequestJournal::recordSending(const QString &key, QString *error)
{
    if (!openForAppend(error))
        return false;
    const QByteArray line = lineFor(key);
    // flush() hands the line to the operating system: it survives a killed process. It does not wait
    // for the disk (no fsync), which would cost milliseconds per customer; a power cut can lose the
    // last lines, and those customers are then looked up by the ledger sync, not by this journal.
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    return true;
}

bool RequestJournal::keepOnly(const QSet<QString> &keys, QString *error)
{
    m_file.close();
    if (keys.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            if (error)
                *error = tr("Could not remove %1.").arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        return true;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    for (const QString &key : keys)
        file.write(lineFor(key));
    file.setPermissions(OwnerOnly);
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}
