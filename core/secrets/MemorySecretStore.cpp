#include "secrets/MemorySecretStore.h"

#include <QTimer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before freeing, so the key bytes do not linger in released memory.
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

void MemorySecretStore::answer(Callback done, Result result)
{
    if (m_forcedStatus != Status::Ok)
        result = Result{m_forcedStatus, {}, QStringLiteral("forced")};
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    if (m_forcedStatus == Status::Ok)
        m_secrets.insert(key, value);
    answer(std::move(done), Result{Status::Ok, {}, {}});
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    const auto found = m_secrets.constFind(key);
    answer(std::move(done),
        found == m_secrets.constEnd() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, *found, {}});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    if (m_forcedStatus == Status::Ok) {
        auto found = m_secrets.find(key);
        if (found != m_secrets.end()) {
            found->fill('\0');
            m_secrets.erase(found);
        }
    }
    answer(std::move(done), Result{Status::Ok, {}, {}});
}
