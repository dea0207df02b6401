#pragma once

#include "secrets/SecretStore.h"

#include <QString>

/**
 * Secrets in the operating system's keychain through qtkeychain (Secret Service/GNOME Keyring or KWallet
 * on Linux, Keychain on macOS, Credential Manager on Windows). Values are stored base64-encoded in chunks
 * of at most ChunkSize characters — key, key#1, key#2 … — so large keys fit Windows' 2560-byte credential
 * limit. Every operation has its own timeout. Insecure plain-text fallback is never enabled.
 *
 * Failures name their cause: where qtkeychain's answer hides it (a locked collection reads as "not
 * found", a missing Secret Service or session bus as "other error"), SecretServiceProbe asks the Secret
 * Service. A first chunk in another format, a missing later chunk or bad base64 is Status::Damaged.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    /// The keychain service our keys are stored under: the same for the wizard and systemuser-cli.
    static inline const QString DefaultService = QStringLiteral("systemuser-wizard");
    /// The environment variable that names another service: its keys are then apart from the usual ones, so
    /// a second set of profiles (a demo machine's, or each test run side by side) never meets them.
    static inline const char ServiceVariable[] = "SYSTEMUSER_KEYCHAIN_SERVICE";
    /// DefaultService, or the service SYSTEMUSER_KEYCHAIN_SERVICE names.
    static QString configuredService();

    static constexpr qsizetype ChunkSize = 2000;
    static constexpr int DefaultTimeoutMs = 15000;

    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void write(const QString &key, const QByteArray &value, Callback done) override;
    void read(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;
    bool isPersistent() const override { return true; }

    static QString chunkKey(const QString &key, int index);

private:
    struct Operation;
    std::shared_ptr<Operation> begin(Callback done);
    void writeChunk(std::shared_ptr<Operation> operation, QString key, QStringList chunks, int index);
    void readChunk(
        std::shared_ptr<Operation> operation, QString key, int index, int count, QByteArray collected);
    /// Removes the chunks of @p key from @p index up to @p count, then runs @p then.
    void removeChunks(
        std::shared_ptr<Operation> operation, QString key, int index, int count, std::function<void()> then);
    /// Removes every chunk of whatever is stored under @p key (nothing stored is fine), then runs @p then.
    void removeExisting(std::shared_ptr<Operation> operation, QString key, std::function<void()> then);
    void readRaw(const QString &key, std::function<void(Status, QString text, QString detail)> done);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};
