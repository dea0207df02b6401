#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

/**
 * Keeps secrets in memory for this run only: the fallback the user may choose when no keychain exists,
 * and the store the tests use. Answers asynchronously, like a real keychain; a status can be forced
 * to rehearse failures.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void write(const QString &key, const QByteArray &value, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return false; }

    /// Every following operation answers @p status (Ok restores normal behaviour).
    void setForcedStatus(Status status) { m_forcedStatus = status; }

private:
    void answer(Callback done, Result result);

    QHash<QString, QByteArray> m_secrets;
    Status m_forcedStatus = Status::Ok;
};
