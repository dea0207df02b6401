#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/Environment.h"
#include "altinn/ErrorExplainer.h"
#include "cli/CliOutput.h"
#include "cli/CommandSpec.h"
#include "cli/Invocation.h"
#include "secrets/KeychainSecretStore.h"
#include "workspace/CustomerLedger.h"
#include "workspace/ProfileStore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class LocalSandbox;
class SecretStore;
class VendorSession;

/**
 * What every command shares: the output, the global options (--profile, --env, --lang, --yes,
 * --verbose), the profile store, the secret store and the one VendorSession of the command. Its helpers
 * print what went wrong and what to do, so a command only says what it does.
 */
class CliContext : public QObject
{
    Q_OBJECT

public:
    CliContext(
        CliOutput &output, SecretStore *secrets, const QString &profilesPath, QObject *parent = nullptr);
    ~CliContext() override;

    CliOutput &out() { return m_output; }
    SecretStore *secrets() const { return m_secrets; }
    QString program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    /// The command line being run, and the hint that tells how to get its help.
    void setInvocation(const Invocation &invocation, const QString &helpHint);
    const Invocation &invocation() const { return m_invocation; }

    /// The profile store, loaded on first use; null (and a message printed) when the file is unreadable.
    ProfileStore *profiles();
    /// The profile --profile names (by name or id), else the current one; nullopt and a message saying
    /// what to do when there is none.
    std::optional<Profile> profile();
    /// Where the customer ledger of @p systemId lives for @p profile and this run's --env: a URL given
    /// with --env is a sandbox or service elsewhere, kept apart as "custom".
    CustomerLedger::Scope ledgerScope(const Profile &profile, const QString &systemId) const;
    /// Records in the ledger of @p systemId what a command just learnt; a warning when it cannot.
    void recordInLedger(const QString &systemId, const std::function<void(CustomerLedger *)> &record);
    /// Saves @p profile; false and a message when it cannot be written.
    bool saveProfile(const Profile &profile);

    /**
     * The environment of this command: --env, else the profile's, else the sandbox. "sandbox" finds a
     * running systemuser-sandbox or starts one in this process (and says so). Refuses a --env that does
     * not fit @p profile's environment (its key and client belong to one environment).
     */
    void environment(const std::optional<Profile> &profile,
        std::function<void(const Altinn::Environment &)> ready, Cli::Done done);
    /// What a command needs before it can start.
    enum class Needs {
        Environment, ///< anonymous calls (metadata, sandbox control): a profile only lends its environment
        Profile,
        Key, ///< a profile with a key
        Token, ///< a profile with a key and a Maskinporten client id (vendor tokens)
    };
    /// A VendorSession for the profile in the environment of the command, once what @p needs is there;
    /// otherwise says what is missing and how to add it.
    void session(std::function<void(VendorSession *)> ready, Cli::Done done, Needs needs = Needs::Token);
    /// A session that only reads the profile's key (no environment, no network).
    VendorSession *keySession(const Profile &profile);

    /// @p text without spaces, checked (MOD11); nullopt and a message naming @p what when it is wrong.
    std::optional<QString> orgNumber(const QString &text, const QString &what);
    /// False (and a message) for a write to production without --yes.
    bool confirmWrite(const Altinn::Environment &environment);

    /// Prints the explanation of @p failure; returns Cli::Failed.
    int fail(const Altinn::ApiFailure &failure, const QString &operation = {});
    /// Prints @p message and the help hint; returns Cli::Usage.
    int usageError(const QString &message);
    /// Prints @p message (and optional next step); returns Cli::Failed.
    int failed(const QString &message, const QString &nextStep = {});

    /// The handler of a client call: on success @p onValue (which returns the exit code), else the
    /// explanation of the failure ("Could not finish @p operation. …") and Cli::Failed.
    template <typename T>
    std::function<void(const Altinn::ApiResult<T> &)> onResult(
        Cli::Done done, const QString &operation, std::function<int(const T &)> onValue)
    {
        return [this, done, operation, onValue](const Altinn::ApiResult<T> &result) {
            done(result.ok() ? onValue(*result.value) : fail(result.failure, operation));
        };
    }

    /// The contents of @p path; nullopt and a message when it cannot be read.
    std::optional<QByteArray> readFile(const QString &path);

    /// "systemuser-cli key generate" — for the "next step" hints.
    QString commandText(const QString &arguments) const;

private:
    /// The CLI command that carries out @p remedy, when there is one.
    QString nextStep(Altinn::Explanation::Remedy remedy) const;
    /// False (and the next step printed) when @p profile lacks what @p needs.
    bool isReady(const Profile &profile, Needs needs);
    void resolveSandbox(std::function<void(const Altinn::Environment &)> ready, Cli::Done done);

    CliOutput &m_output;
    SecretStore *m_secrets;
    QString m_profilesPath;
    std::optional<ProfileStore> m_profiles;
    Invocation m_invocation;
    QString m_helpHint;
    QString m_program = QStringLiteral("systemuser-cli");
    QString m_language = QStringLiteral("en");
    LocalSandbox *m_sandbox = nullptr;
    QPointer<VendorSession> m_session;
};
