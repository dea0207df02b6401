#include "cli/CliContext.h"

#include "altinn/ErrorExplainer.h"
#include "cli/LocalSandbox.h"
#include "net/ActivityLog.h"
#include "secrets/SecretStore.h"
#include "session/VendorSession.h"
#include "validation/OrgNumber.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isLocalProfile(const Profile &profile)
{
    if (profile.environment == u"sandbox")
        return true;
    return profile.environment == u"custom" && Altinn::Environment::custom(profile.customBaseUrl).isLocal();
}

/// A profile's key and client belong to its environment; only local sandboxes may stand in for each other.
bool fits(const Profile &profile, const Altinn::Environment &environment)
{
    if (profile.environment == environment.id() && environment.kind() != Altinn::Environment::Kind::Custom)
        return true;
    if (isLocalProfile(profile) && environment.isLocal())
        return true;
    return profile.environment == u"custom" && environment.kind() == Altinn::Environment::Kind::Custom
        && profile.customBaseUrl == environment.platformBaseUrl();
}

QString environmentText(const Profile &profile)
{
    return profile.environment == u"custom" ? profile.customBaseUrl.toString() : profile.environment;
}

} // namespace

CliContext::CliContext(CliOutput &output, SecretStore *secrets, const QString &profilesPath, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_secrets(secrets)
    , m_profilesPath(profilesPath)
{ }

CliContext::~CliContext() = default;

void CliContext::setInvocation(const Invocation &invocation, const QString &helpHint)
{
    m_invocation = invocation;
    m_helpHint = helpHint;
}

QString CliContext::commandText(const QString &arguments) const
{
    return m_program + u' ' + arguments;
}

ProfileStore *CliContext::profiles()
{
    if (!m_profiles) {
        ProfileStore store(m_profilesPath);
        QString error;
        if (!store.load(&error)) {
            failed(error, tr("Fix or move the file away; the profiles are plain JSON."));
            return nullptr;
        }
        m_profiles = std::move(store);
    }
    return &*m_profiles;
}

CustomerLedger::Scope CliContext::ledgerScope(const Profile &profile, const QString &systemId) const
{
    QString environment = m_invocation.value(u"env"_s, profile.environment).trimmed().toLower();
    if (environment.contains(u"://"))
        environment = u"custom"_s;
    return {profile.id, environment, systemId};
}

void CliContext::recordInLedger(const QString &systemId, const std::function<void(CustomerLedger *)> &record)
{
    // The command has run with this profile already, so it is there.
    const std::optional<Profile> current = systemId.isEmpty() ? std::nullopt : profile();
    if (!current)
        return;
    CustomerLedger ledger(ledgerScope(*current, systemId));
    QString error;
    if (!ledger.load(&error)) {
        m_output.warning(error);
        return;
    }
    record(&ledger);
    // The ledger saves after a quiet period: written now, before the command says it is done.
    if (!ledger.flush())
        m_output.warning(ledger.saveError());
}

std::optional<Profile> CliContext::profile()
{
    ProfileStore *store = profiles();
    if (!store)
        return std::nullopt;
    const QString wanted = m_invocation.value(u"profile"_s);
    if (!wanted.isEmpty()) {
        if (auto byName = store->findByName(wanted))
            return byName;
        if (auto byId = store->find(wanted))
            return byId;
        QStringList names;
        for (const Profile &profile : store->profiles())
            names.append(profile.name);
        failed(tr("There is no profile \"%1\".").arg(wanted),
            names.isEmpty() ? tr("Create one: %1").arg(commandText(u"profile create NAME --org ORGNO"_s))
                            : tr("Profiles: %1").arg(names.join(u", "_s)));
        return std::nullopt;
    }
    if (auto current = store->find(store->currentId()))
        return current;
    if (store->profiles().isEmpty()) {
        failed(tr("There is no profile yet."),
            tr("Create one: %1").arg(commandText(u"profile create NAME --env sandbox --org ORGNO"_s)));
    } else {
        failed(tr("No profile is chosen."),
            tr("Pick one with --profile NAME, or make it the default: %1")
                .arg(commandText(u"profile use NAME"_s)));
    }
    return std::nullopt;
}

bool CliContext::saveProfile(const Profile &profile)
{
    ProfileStore *store = profiles();
    if (!store)
        return false;
    QString error;
    if (!store->save(profile, &error)) {
        failed(error);
        return false;
    }
    return true;
}

void CliContext::environment(const std::optional<Profile> &profile,
    std::function<void(const Altinn::Environment &)> ready, Cli::Done done)
{
    const QString requested = m_invocation.value(u"env"_s).trimmed();
    QString text = requested;
    if (text.isEmpty())
        text = profile ? environmentText(*profile) : u"sandbox"_s;

    auto checked = [this, profile, requested, ready, done](const Altinn::Environment &environment) {
        if (profile && !requested.isEmpty() && !fits(*profile, environment)) {
            done(usageError(tr("Profile \"%1\" is for %2; its key and client do not work in %3.")
                                .arg(profile->name, environmentText(*profile), requested)
                + u'\n'
                + tr("Leave out --env, or create a profile for that environment: %1")
                      .arg(commandText(u"profile create NAME --env %1 --org ORGNO"_s.arg(requested)))));
            return;
        }
        ready(environment);
    };
    if (text.compare(u"sandbox"_s, Qt::CaseInsensitive) == 0) {
        resolveSandbox(checked, done);
        return;
    }
    const Altinn::Environment environment = Altinn::Environment::fromId(text);
    if (!environment.isValid()) {
        done(usageError(tr(
            "Unknown environment \"%1\": use sandbox, tt02, prod or the URL of a running systemuser-sandbox.")
                            .arg(text)));
        return;
    }
    checked(environment);
}

void CliContext::resolveSandbox(std::function<void(const Altinn::Environment &)> ready, Cli::Done done)
{
    if (!m_sandbox)
        m_sandbox = new LocalSandbox(this);
    QPointer<CliContext> self(this);
    m_sandbox->resolve([self, ready, done](const QUrl &baseUrl) {
        if (!self)
            return;
        if (baseUrl.isEmpty()) {
            done(self->failed(tr("Could not start the built-in sandbox."),
                tr("Start one yourself with systemuser-sandbox and pass its address with --env URL.")));
            return;
        }
        if (self->m_sandbox->isInProcess()) {
            self->out().warning(tr(
                "No sandbox is running on %1, so one was started inside this command. What it stores ends "
                "with the command.\nFor work in several steps, start systemuser-sandbox in another terminal.")
                                    .arg(LocalSandbox::defaultBaseUrl().toString()));
        }
        ready(Altinn::Environment::sandbox(baseUrl));
    });
}

bool CliContext::isReady(const Profile &profile, Needs needs)
{
    if (needs == Needs::Environment || needs == Needs::Profile)
        return true;
    if (!profile.hasKey()) {
        failed(tr("Profile \"%1\" has no key yet.").arg(profile.name),
            tr("Make one: %1").arg(commandText(u"key generate"_s)));
        return false;
    }
    if (needs == Needs::Token && profile.clientId.isEmpty()) {
        failed(tr("Profile \"%1\" has no Maskinporten client id yet.").arg(profile.name),
            isLocalProfile(profile)
                ? tr("Register the client in the sandbox: %1").arg(commandText(u"sandbox register-client"_s))
                : tr("Add the client id from the self-service portal: %1")
                      .arg(commandText(u"profile update --client-id ID"_s)));
        return false;
    }
    return true;
}

void CliContext::session(std::function<void(VendorSession *)> ready, Cli::Done done, Needs needs)
{
    std::optional<Profile> chosen;
    if (needs != Needs::Environment || !m_invocation.value(u"profile"_s).isEmpty()) {
        chosen = profile();
        if (!chosen || !isReady(*chosen, needs)) {
            done(Cli::Failed);
            return;
        }
    } else if (ProfileStore *store = profiles()) {
        chosen = store->find(store->currentId()); // its environment, when there is a current profile
    }
    QPointer<CliContext> self(this);
    environment(
        chosen,
        [self, chosen, ready](const Altinn::Environment &environment) {
            if (!self)
                return;
            delete self->m_session;
            auto *session =
                new VendorSession(chosen.value_or(Profile()), environment, self->m_secrets, nullptr, self);
            session->setLanguage(self->m_language);
            if (self->m_invocation.isSet(u"verbose"_s)) {
                connect(session->activityLog(), &Altinn::ActivityLog::entryAdded, self,
                    [self](const Altinn::ActivityEntry &entry) {
                        const QString answer =
                            entry.status > 0 ? QString::number(entry.status) : entry.outcome;
                        self->out().info(u"  → %1 %2 → %3 (%4 ms)"_s.arg(QString::fromLatin1(entry.method),
                            entry.url.toString(), answer, QString::number(entry.durationMs)));
                    });
            }
            self->m_session = session;
            ready(session);
        },
        done);
}

VendorSession *CliContext::keySession(const Profile &profile)
{
    delete m_session;
    m_session = new VendorSession(profile, Altinn::Environment(), m_secrets, nullptr, this);
    return m_session;
}

std::optional<QString> CliContext::orgNumber(const QString &text, const QString &what)
{
    const QString normalized = Validation::OrgNumber::normalized(text);
    const auto problem = Validation::OrgNumber::check(normalized);
    if (problem == Validation::OrgNumber::Problem::None)
        return normalized;
    failed(tr("%1 (%2) is not valid.", "the organisation number's role, then the number").arg(what, text),
        Validation::OrgNumber::message(problem));
    return std::nullopt;
}

bool CliContext::confirmWrite(const Altinn::Environment &environment)
{
    if (!environment.isProduction() || m_invocation.isSet(u"yes"_s))
        return true;
    m_output.error(tr("This changes data in PRODUCTION. Add --yes to confirm that you mean it."));
    return false;
}

std::optional<QByteArray> CliContext::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int CliContext::fail(const Altinn::ApiFailure &failure, const QString &operation)
{
    if (failure.kind == Altinn::ApiFailure::Kind::Token && !failure.tokenError && !failure.detail.isEmpty()) {
        // Not Maskinporten's answer but the key (keychain locked, unreadable key): its own words say it best.
        return failed(failure.detail);
    }
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure, operation);
    // MP-303 is about the customer's system user, not the key or client: the token command explains it.
    const bool systemUserMissing =
        failure.tokenError && failure.tokenError->cause == MaskinportenError::Cause::SystemUserNotFound;
    const QString next = systemUserMissing ? QString() : nextStep(explanation.action);
    m_output.error(next.isEmpty() ? explanation.fullText() : explanation.fullText() + u'\n' + next);
    return Cli::Failed;
}

QString CliContext::nextStep(Altinn::Explanation::Remedy remedy) const
{
    // The explanation's remedy in the words of the CLI: the command that does it.
    using Remedy = Altinn::Explanation::Remedy;
    switch (remedy) {
    case Remedy::UseChangeRequest:
        return tr("With the CLI: find the system user (%1), then ask for more: %2")
            .arg(commandText(u"systemuser find --system ID --org ORGNO"_s),
                commandText(u"changerequest create --system-user ID --require-right RESOURCE"_s));
    case Remedy::DeleteAndAskAgain:
        return tr("With the CLI: %1, then create the request again.")
            .arg(commandText(u"request delete ID"_s));
    case Remedy::RegisterSystemFirst:
        return tr("With the CLI: %1").arg(commandText(u"system register FILE"_s));
    case Remedy::UpdateSystem:
        return tr("With the CLI: change the definition file, then %1")
            .arg(commandText(u"system update FILE"_s));
    case Remedy::CheckConnection:
        if (m_session && m_session->environment().isLocal()) {
            return tr("In the sandbox, register the client and key (again): %1")
                .arg(commandText(u"sandbox register-client"_s));
        }
        return tr("Compare the profile (%1) with the client in the self-service portal; its public key: %2")
            .arg(commandText(u"profile show"_s), commandText(u"key export-public"_s));
    case Remedy::None:
    case Remedy::Retry:
    case Remedy::FixInput:
    case Remedy::CheckOrgNumber:
    case Remedy::ContactSupport:
        break;
    }
    return {};
}

int CliContext::usageError(const QString &message)
{
    m_output.error(message + u'\n' + m_helpHint);
    return Cli::Usage;
}

int CliContext::failed(const QString &message, const QString &nextStep)
{
    m_output.error(nextStep.isEmpty() ? message : message + u'\n' + nextStep);
    return Cli::Failed;
}
