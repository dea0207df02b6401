#include "cli/KeyCommands.h"

#include "altinn/Environment.h"
#include "auth/KeyImporter.h"
#include "auth/RsaKey.h"
#include "cli/CliContext.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "session/VendorSession.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using Onboarding::KeyEnrolmentFlow;

QString KeyCommands::summary() const
{
    return tr("The profile's RSA key: generate, import, export the public part");
}

QList<CommandSpec> KeyCommands::commands()
{
    const OptionSpec kid{u"kid"_s, u"KID"_s, tr("The key id (default: <org>-<environment>-<date>).")};
    const OptionSpec replace{
        u"replace"_s, {}, tr("Replace the profile's key (register the new public key afterwards).")};
    const auto bind = [this](void (KeyCommands::*handler)(const Invocation &, Cli::Done)) {
        return [this, handler](const Invocation &invocation, Cli::Done done) {
            (this->*handler)(invocation, done);
        };
    };
    return {
        {{word(), u"generate"_s}, tr("Generate a key pair; the private key goes straight into the keychain."),
            {}, {{u"bits"_s, u"N"_s, tr("Key size: 2048 (default), 3072 or 4096.")}, kid, replace},
            bind(&KeyCommands::generate)},
        {{word(), u"import"_s},
            tr("Import a private key (PEM, encrypted PEM, private JWK or PKCS#12) into the keychain."),
            {{u"FILE"_s, tr("The key file.")}},
            {kid,
                {u"passphrase-env"_s, u"VAR"_s,
                    tr("Read the passphrase from the environment variable VAR (never from the command "
                       "line).")},
                replace},
            bind(&KeyCommands::import)},
        {{word(), u"export-public"_s}, tr("Print the public key, to register it with Maskinporten."), {},
            {{u"format"_s, u"FORMAT"_s, tr("jwk (default), jwks or pem.")}},
            bind(&KeyCommands::exportPublic)},
    };
}

std::optional<Profile> KeyCommands::profileForNewKey(const Invocation &invocation, Cli::Done done)
{
    auto profile = m_context.profile();
    if (!profile) {
        done(Cli::Failed);
        return std::nullopt;
    }
    if (profile->hasKey() && !invocation.isSet(u"replace"_s)) {
        done(m_context.usageError(tr("Profile \"%1\" already has the key \"%2\". Add --replace to make a new "
                                     "one; then register the new "
                                     "public key again.")
                                      .arg(profile->name, profile->kid)));
        return std::nullopt;
    }
    if (!m_context.secrets()) {
        done(m_context.failed(SecretStore::explain(SecretStore::Status::Unavailable)));
        return std::nullopt;
    }
    return profile;
}

void KeyCommands::generate(const Invocation &invocation, Cli::Done done)
{
    bool isNumber = false;
    const int bits = invocation.value(u"bits"_s, u"2048"_s).toInt(&isNumber);
    if (!isNumber || (bits != 2048 && bits != 3072 && bits != 4096)) {
        done(m_context.usageError(tr("--bits must be 2048, 3072 or 4096.")));
        return;
    }
    const auto profile = profileForNewKey(invocation, done);
    if (!profile)
        return;
    enrolment(done)->generate(*profile, bits, invocation.value(u"kid"_s));
}

void KeyCommands::import(const Invocation &invocation, Cli::Done done)
{
    QByteArray passphrase;
    if (invocation.isSet(u"passphrase-env"_s)) {
        const QString variable = invocation.value(u"passphrase-env"_s);
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            done(m_context.usageError(tr("The environment variable %1 is not set.").arg(variable)));
            return;
        }
        passphrase = qgetenv(variable.toLocal8Bit().constData());
    }
    const auto profile = profileForNewKey(invocation, done);
    if (!profile)
        return;
    const QString path = invocation.argument(0);
    const auto contents = m_context.readFile(path);
    if (!contents) {
        done(Cli::Failed);
        return;
    }
    const KeyImporter::Result imported = KeyImporter::fromFileContents(*contents, passphrase);
    if (!imported.ok()) {
        const QString hint = imported.problem == KeyImporter::Problem::NeedsPassphrase
            ? tr("Put the passphrase in an environment variable and name it: --passphrase-env VAR")
            : QString();
        done(m_context.failed(
            tr("Cannot use the key in %1: %2").arg(path, KeyImporter::message(imported.problem)), hint));
        return;
    }
    enrolment(done)->install(*profile, imported, invocation.value(u"kid"_s));
}

KeyEnrolmentFlow *KeyCommands::enrolment(Cli::Done done)
{
    SecretStore *secrets = m_context.secrets();
    // The command line keeps keys in the keychain only: a key kept in memory would be gone at exit.
    auto *flow = new KeyEnrolmentFlow([secrets](bool persistent) { return persistent ? secrets : nullptr; },
        [this](const Profile &profile, QString *) { return m_context.saveProfile(profile); }, &m_context);
    QObject::connect(flow, &KeyEnrolmentFlow::finished, flow,
        [this, flow, done](const KeyEnrolmentFlow::Outcome &outcome) {
            flow->deleteLater();
            report(outcome, done);
        });
    return flow;
}

void KeyCommands::report(const KeyEnrolmentFlow::Outcome &outcome, Cli::Done done)
{
    if (outcome.isKeychainFailure()) {
        done(m_context.failed(tr("The key could not be saved in the keychain."), outcome.message));
        return;
    }
    switch (outcome.failure) {
    case KeyEnrolmentFlow::Failure::None:
        break;
    case KeyEnrolmentFlow::Failure::InvalidKid:
        done(m_context.usageError(outcome.message));
        return;
    case KeyEnrolmentFlow::Failure::GenerationFailed:
        done(m_context.failed(tr("The key could not be generated.")));
        return;
    case KeyEnrolmentFlow::Failure::ProfileSaveFailed: // CliContext::saveProfile said why
    case KeyEnrolmentFlow::Failure::KeychainUnavailable:
    case KeyEnrolmentFlow::Failure::KeychainLocked:
    case KeyEnrolmentFlow::Failure::KeychainDenied:
    case KeyEnrolmentFlow::Failure::KeychainTimedOut:
    case KeyEnrolmentFlow::Failure::KeychainFailed:
        done(Cli::Failed);
        return;
    }
    const Profile &updated = outcome.profile;
    const QString &entry = outcome.keychainEntry;
    m_context.out().json(QJsonObject{{u"kid"_s, updated.kid}, {u"bits"_s, updated.keyBits},
        {u"algorithm"_s, updated.keyAlgorithm}, {u"thumbprint"_s, updated.keyThumbprint},
        {u"stored"_s, u"keychain"_s}, {u"keychainService"_s, KeychainSecretStore::configuredService()},
        {u"keychainEntry"_s, entry}, {u"certificates"_s, updated.certificateChain.size()}});
    m_context.out().success(
        tr("Key \"%1\" is in the keychain (entry %2); the private key is never shown.\nRSA "
           "%3 bits, thumbprint %4.")
            .arg(updated.kid, entry, QString::number(updated.keyBits), updated.keyThumbprint));
    const bool local =
        updated.environment == u"sandbox" || Altinn::Environment::custom(updated.customBaseUrl).isLocal();
    if (local) {
        m_context.out().info(tr("Next: register the client and public key in the sandbox: %1")
                                 .arg(m_context.commandText(u"sandbox register-client"_s)));
    } else {
        const Altinn::Environment environment = Altinn::Environment::fromId(updated.environment);
        m_context.out().info(tr("Next: add the public key to your Maskinporten client at %1\n  %2")
                                 .arg(environment.selfServicePortalUrl().toString(),
                                     m_context.commandText(u"key export-public --format jwk"_s)));
    }
    done(Cli::Ok);
}

void KeyCommands::exportPublic(const Invocation &invocation, Cli::Done done)
{
    const QString format = invocation.value(u"format"_s, u"jwk"_s).toLower();
    if (format != u"jwk" && format != u"jwks" && format != u"pem") {
        done(m_context.usageError(tr("--format must be jwk, jwks or pem.")));
        return;
    }
    const auto profile = m_context.profile();
    if (!profile) {
        done(Cli::Failed);
        return;
    }
    if (!profile->hasKey()) {
        done(m_context.failed(tr("Profile \"%1\" has no key yet.").arg(profile->name),
            tr("Make one: %1").arg(m_context.commandText(u"key generate"_s))));
        return;
    }
    VendorSession *session = m_context.keySession(*profile);
    session->withSigningIdentity([this, format, kid = profile->kid, done](
                                     const SigningIdentity *identity, const Altinn::ApiFailure &failure) {
        if (!identity) {
            // The key's own words: locked, no keychain service, damaged entry … each with its remedy.
            done(m_context.failed(tr("The key could not be read from the keychain."), failure.detail));
            return;
        }
        if (format == u"pem")
            m_context.out().text(identity->key.publicPem());
        else if (format == u"jwks")
            m_context.out().json(identity->key.publicJwks(kid));
        else
            m_context.out().json(identity->key.publicJwk(kid));
        done(Cli::Ok);
    });
}
