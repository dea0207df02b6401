#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

/**
 * Where private keys live: asynchronous write/read/remove with a result that tells apart what the user
 * must handle differently. Implementations: KeychainSecretStore (the OS keychain) and MemorySecretStore
 * (this run only, and tests). There is deliberately no plain-text file implementation.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, ///< no secret under this key (and the keychain is unlocked, so it would be seen)
        Unavailable, ///< no keychain service (Secret Service) is running, or there is no store at all
        NoSession, ///< no D-Bus session bus, so no keychain can be reached (a login without a desktop)
        Locked, ///< the keychain is locked: the secret may well be there, but cannot be read or written
        Denied, ///< access refused (the person said no, or the system does not allow this program)
        TimedOut, ///< no answer in time (e.g. an unlock prompt nobody answered)
        Damaged, ///< an entry is there but incomplete or not in this app's format
        Failed, ///< anything else
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QByteArray value; ///< the secret, for a successful read only
        QString detail; ///< technical detail from the backend (never contains the secret)

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QByteArray &value, Callback done) = 0;
    virtual void read(const QString &key, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    /// False for stores that forget everything when the app quits.
    virtual bool isPersistent() const = 0;

    /// A stable key per profile, environment and key id, e.g. "profile/acme/tt02/key/acme-2026-01".
    static QString keyFor(const QString &profileId, const QString &environment, const QString &kid);
    /// Sentences for the user saying what happened and what to do about it, translated; empty for Ok.
    static QString explain(Status status);
};
