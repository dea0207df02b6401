#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretServiceProbe.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The first chunk starts with a header naming the number of chunks: "v1:<count>:<data>".
const auto HeaderPrefix = u"v1:"_s;

SecretStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return SecretStore::Status::Failed;
    }
    return SecretStore::Status::Failed;
}

/// Whether qtkeychain's @p error may stand for something only the Secret Service can tell apart.
bool mayHideTheCause(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound: // a locked collection on a read
    case QKeychain::AccessDenied: // a locked collection on a write
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // no session bus, or no Secret Service on it
        return true;
    case QKeychain::NoError:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return false;
}

/// @p status (from qtkeychain's error) in the light of what the Secret Service said.
SecretStore::Status refined(SecretStore::Status status, SecretServiceProbe::Finding finding)
{
    using Finding = SecretServiceProbe::Finding;
    using Status = SecretStore::Status;
    if (finding == Finding::Locked)
        return Status::Locked;
    if (status == Status::NotFound || status == Status::Denied)
        return status;
    switch (finding) {
    case Finding::NoSessionBus:
        return Status::NoSession;
    case Finding::NoService:
        return Status::Unavailable;
    case Finding::Unknown:
    case Finding::Locked:
    case Finding::NotLocked:
        break;
    }
    return status;
}

/**
 * The status of a job on entry @p key of @p service that ended with @p error, for @p done; asks the
 * Secret Service first when qtkeychain's answer may hide the cause (see SecretServiceProbe).
 */
void classify(QObject *context, const QString &service, const QString &key, QKeychain::Error error,
    const QString &detail, std::function<void(SecretStore::Status, QString)> done)
{
    const SecretStore::Status status = statusFor(error);
    if (!mayHideTheCause(error)) {
        done(status, detail);
        return;
    }
    SecretServiceProbe::check(
        service, key, context, [status, detail, done](SecretServiceProbe::Finding finding) {
            done(refined(status, finding), detail);
        });
}

} // namespace

/// One write/read/remove in progress: answers exactly once, whichever comes first — the result or the
/// timeout.
struct KeychainSecretStore::Operation
{
    Callback done;
    QTimer timer;
    bool finished = false;

    void finish(const Result &result)
    {
        if (finished)
            return;
        finished = true;
        timer.stop();
        done(result);
    }
};

QString KeychainSecretStore::configuredService()
{
    const QString named = qEnvironmentVariable(ServiceVariable).trimmed();
    return named.isEmpty() ? DefaultService : named;
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::chunkKey(const QString &key, int index)
{
    return index == 0 ? key : key + u'#' + QString::number(index);
}

std::shared_ptr<KeychainSecretStore::Operation> KeychainSecretStore::begin(Callback done)
{
    auto operation = std::make_shared<Operation>();
    operation->done = std::move(done);
    operation->timer.setSingleShot(true);
    std::weak_ptr<Operation> weak = operation;
    connect(&operation->timer, &QTimer::timeout, this, [weak] {
        if (auto alive = weak.lock())
            alive->finish(Result{Status::TimedOut, {}, u"no answer from the keychain in time"_s});
    });
    operation->timer.start(m_timeoutMs);
    return operation;
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    const QString encoded = QString::fromLatin1(value.toBase64());
    QStringList chunks;
    for (qsizetype offset = 0; offset < encoded.size(); offset += ChunkSize)
        chunks.append(encoded.mid(offset, ChunkSize));
    if (chunks.isEmpty())
        chunks.append(QString());
    chunks[0] = HeaderPrefix + QString::number(chunks.size()) + u':' + chunks[0];
    // Remove the old entry first: a shorter new value would otherwise leave pieces of the old secret behind.
    auto operation = begin(std::move(done));
    removeExisting(operation, key, [this, operation, key, chunks] { writeChunk(operation, key, chunks, 0); });
}

void KeychainSecretStore::writeChunk(
    std::shared_ptr<Operation> operation, QString key, QStringList chunks, int index)
{
    if (operation->finished)
        return;
    if (index == chunks.size()) {
        operation->finish(Result{Status::Ok, {}, {}});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(chunkKey(key, index));
    job->setTextData(chunks.at(index));
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, chunks, index](QKeychain::Job *finishedJob) {
            if (finishedJob->error() != QKeychain::NoError) {
                classify(this, m_service, chunkKey(key, index), finishedJob->error(),
                    finishedJob->errorString(), [operation](Status status, const QString &detail) {
                        operation->finish(Result{status, {}, detail});
                    });
                return;
            }
            writeChunk(operation, key, chunks, index + 1);
        });
    job->start();
}

void KeychainSecretStore::readRaw(const QString &key, std::function<void(Status, QString, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, key, done = std::move(done)](QKeychain::Job *finishedJob) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
            if (readJob->error() == QKeychain::NoError) {
                done(Status::Ok, readJob->textData(), {});
                return;
            }
            classify(this, m_service, key, readJob->error(), readJob->errorString(),
                [done](Status status, const QString &detail) { done(status, {}, detail); });
        });
    job->start();
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto operation = begin(std::move(done));
    readRaw(key, [this, operation, key](Status status, const QString &text, const QString &detail) {
        if (operation->finished)
            return;
        if (status != Status::Ok) {
            operation->finish(Result{status, {}, detail});
            return;
        }
        // "v1:<count>:<data>"
        const qsizetype secondColon = text.indexOf(u':', HeaderPrefix.size());
        bool countOk = false;
        const int count = text.mid(HeaderPrefix.size(), secondColon - HeaderPrefix.size()).toInt(&countOk);
        if (!text.startsWith(HeaderPrefix) || secondColon < 0 || !countOk || count < 1 || count > 64) {
            operation->finish(Result{Status::Damaged, {}, u"the stored entry is not in this app's format"_s});
            return;
        }
        readChunk(operation, key, 1, count, text.mid(secondColon + 1).toLatin1());
    });
}

void KeychainSecretStore::readChunk(
    std::shared_ptr<Operation> operation, QString key, int index, int count, QByteArray collected)
{
    if (operation->finished)
        return;
    if (index == count) {
        auto decoded = QByteArray::fromBase64Encoding(collected, QByteArray::AbortOnBase64DecodingErrors);
        collected.fill('\0');
        if (!decoded)
            operation->finish(Result{Status::Damaged, {}, u"the stored entry is not valid base64"_s});
        else
            operation->finish(Result{Status::Ok, *decoded, {}});
        return;
    }
    readRaw(chunkKey(key, index),
        [this, operation, key, index, count, collected](
            Status status, const QString &text, const QString &detail) {
            if (operation->finished)
                return;
            if (status == Status::NotFound) {
                // A missing later chunk means the entry is incomplete, not that there is no key.
                const QString missing =
                    u"chunk %1 of %2 is missing"_s.arg(QString::number(index + 1), QString::number(count));
                operation->finish(Result{Status::Damaged, {}, missing});
                return;
            }
            if (status != Status::Ok) {
                operation->finish(Result{status, {}, detail});
                return;
            }
            readChunk(operation, key, index + 1, count, collected + text.toLatin1());
        });
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto operation = begin(std::move(done));
    removeExisting(operation, key, [operation] { operation->finish(Result{Status::Ok, {}, {}}); });
}

void KeychainSecretStore::removeExisting(
    std::shared_ptr<Operation> operation, QString key, std::function<void()> then)
{
    readRaw(key, [this, operation, key, then](Status status, const QString &text, const QString &detail) {
        if (operation->finished)
            return;
        if (status == Status::NotFound) {
            then(); // nothing stored
            return;
        }
        if (status != Status::Ok) {
            operation->finish(Result{status, {}, detail});
            return;
        }
        const qsizetype secondColon = text.indexOf(u':', HeaderPrefix.size());
        const int count =
            std::clamp(text.mid(HeaderPrefix.size(), secondColon - HeaderPrefix.size()).toInt(), 1, 64);
        removeChunks(operation, key, 0, count, then);
    });
}

void KeychainSecretStore::removeChunks(
    std::shared_ptr<Operation> operation, QString key, int index, int count, std::function<void()> then)
{
    if (operation->finished)
        return;
    if (index == count) {
        then();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(chunkKey(key, index));
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, key, index, count, then](QKeychain::Job *finishedJob) {
            if (finishedJob->error() != QKeychain::NoError
                && finishedJob->error() != QKeychain::EntryNotFound) {
                classify(this, m_service, chunkKey(key, index), finishedJob->error(),
                    finishedJob->errorString(), [operation](Status status, const QString &detail) {
                        operation->finish(Result{status, {}, detail});
                    });
                return;
            }
            removeChunks(operation, key, index + 1, count, then);
        });
    job->start();
}
