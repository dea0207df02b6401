#include "cli/ProfileCommands.h"

#include "altinn/Environment.h"
#include "cli/CliContext.h"
#include "onboarding/IdPortenClientSetup.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

QString ProfileCommands::summary() const
{
    return tr("Vendor profiles: organisation, environment, Maskinporten client");
}

QList<CommandSpec> ProfileCommands::commands()
{
    const OptionSpec org{u"org"_s, u"ORGNO"_s, tr("The vendor's organisation number (9 digits).")};
    const OptionSpec clientId{u"client-id"_s, u"ID"_s,
        tr("The Maskinporten client id. In the sandbox, \"sandbox register-client\" makes one.")};
    const OptionSpec idportenClientId{u"idporten-client-id"_s, u"ID"_s,
        tr("TT02 and production: the client id of your ID-porten integration at Digdir "
           "(docs/id-porten.md#tt02). "
           "In the sandbox the ID-porten client is registered by itself.")};
    const OptionSpec scopes{u"scopes"_s, u"SCOPES"_s,
        tr("Extra scopes for system user tokens (e.g. skatteetaten:demo), separated by commas."), true};
    const ArgumentSpec name{u"NAME"_s, tr("The profile's name.")};
    const ArgumentSpec optionalName{
        u"NAME"_s, tr("The profile's name (default: the current profile)."), true};
    const auto bind = [this](void (ProfileCommands::*handler)(const Invocation &, Cli::Done)) {
        return [this, handler](const Invocation &invocation, Cli::Done done) {
            (this->*handler)(invocation, done);
        };
    };
    return {
        {{word(), u"create"_s},
            tr("Create a profile and make it the current one (the environment comes from --env; default "
               "sandbox)."),
            {name}, {org, clientId, scopes}, bind(&ProfileCommands::create)},
        {{word(), u"list"_s}, tr("List the profiles."), {}, {}, bind(&ProfileCommands::list)},
        {{word(), u"show"_s}, tr("Show a profile."), {optionalName}, {}, bind(&ProfileCommands::show)},
        {{word(), u"use"_s}, tr("Make a profile the current one."), {name}, {}, bind(&ProfileCommands::use)},
        {{word(), u"update"_s}, tr("Change a profile's organisation, client id or scopes."), {optionalName},
            {org, clientId, idportenClientId, scopes}, bind(&ProfileCommands::update)},
        {{word(), u"delete"_s}, tr("Delete a profile and its key in the keychain."), {name}, {},
            bind(&ProfileCommands::remove)},
    };
}

QJsonObject ProfileCommands::describe(const Profile &profile)
{
    QJsonObject object = profile.toJson();
    object.insert(u"current"_s, m_context.profiles() && m_context.profiles()->currentId() == profile.id);
    if (profile.hasKey())
        object.insert(u"keychainEntry"_s, profile.keychainKey());
    return object;
}

std::optional<Profile> ProfileCommands::named(const Invocation &invocation)
{
    const QString name = invocation.argument(0);
    if (name.isEmpty())
        return m_context.profile();
    ProfileStore *store = m_context.profiles();
    if (!store)
        return std::nullopt;
    if (auto found = store->findByName(name))
        return found;
    if (auto found = store->find(name))
        return found;
    m_context.failed(tr("There is no profile \"%1\".").arg(name),
        tr("See the profiles with: %1").arg(m_context.commandText(u"profile list"_s)));
    return std::nullopt;
}

void ProfileCommands::create(const Invocation &invocation, Cli::Done done)
{
    ProfileStore *store = m_context.profiles();
    if (!store) {
        done(Cli::Failed);
        return;
    }
    const QString name = invocation.argument(0).trimmed();
    if (name.isEmpty()) {
        done(m_context.usageError(tr("The profile needs a name.")));
        return;
    }
    if (store->findByName(name)) {
        done(m_context.failed(tr("A profile named \"%1\" already exists.").arg(name),
            tr("See it with \"%1\", or choose another name.")
                .arg(m_context.commandText(u"profile show "_s + name))));
        return;
    }
    if (!invocation.isSet(u"org"_s)) {
        done(m_context.usageError(tr("Say which organisation the profile is for: --org ORGNO.")));
        return;
    }
    const auto org = m_context.orgNumber(invocation.value(u"org"_s), tr("The vendor's organisation number"));
    if (!org) {
        done(Cli::Failed);
        return;
    }

    Profile profile;
    profile.name = name;
    profile.id = Profile::makeId(name, store->ids());
    profile.vendorOrgNumber = *org;
    const QString environmentText = invocation.value(u"env"_s, u"sandbox"_s).trimmed();
    if (environmentText.compare(u"sandbox"_s, Qt::CaseInsensitive) != 0) {
        const Altinn::Environment environment = Altinn::Environment::fromId(environmentText);
        if (!environment.isValid()) {
            done(m_context.usageError(tr("Unknown environment \"%1\": use sandbox, tt02, prod or the URL of "
                                         "a running systemuser-sandbox.")
                                          .arg(environmentText)));
            return;
        }
        profile.environment = environment.id();
        if (environment.kind() == Altinn::Environment::Kind::Custom)
            profile.customBaseUrl = environment.platformBaseUrl();
    }
    profile.clientId = invocation.value(u"client-id"_s).trimmed();
    profile.scopes = invocation.listValues(u"scopes"_s);

    QString error;
    if (!store->save(profile, &error) || !store->setCurrentId(profile.id, &error)) {
        done(m_context.failed(error));
        return;
    }
    m_context.out().json(describe(*store->find(profile.id)));
    m_context.out().success(
        tr("Created profile \"%1\" for %2 in %3; it is now the current profile.")
            .arg(profile.name, profile.vendorOrgNumber,
                profile.environment == u"custom" ? profile.customBaseUrl.toString() : profile.environment));
    m_context.out().info(tr("Next: make its key with \"%1\".").arg(m_context.commandText(u"key generate"_s)));
    done(Cli::Ok);
}

void ProfileCommands::list(const Invocation &, Cli::Done done)
{
    ProfileStore *store = m_context.profiles();
    if (!store) {
        done(Cli::Failed);
        return;
    }
    QJsonArray profiles;
    for (const Profile &profile : store->profiles())
        profiles.append(describe(profile));
    m_context.out().json(profiles);
    if (profiles.isEmpty()) {
        m_context.out().info(
            tr("No profiles yet. Create one: %1")
                .arg(m_context.commandText(u"profile create NAME --env sandbox --org ORGNO"_s)));
    }
    done(Cli::Ok);
}

void ProfileCommands::show(const Invocation &invocation, Cli::Done done)
{
    const auto profile = named(invocation);
    if (!profile) {
        done(Cli::Failed);
        return;
    }
    m_context.out().json(describe(*profile));
    done(Cli::Ok);
}

void ProfileCommands::use(const Invocation &invocation, Cli::Done done)
{
    const auto profile = named(invocation);
    QString error;
    if (!profile) {
        done(Cli::Failed);
        return;
    }
    if (!m_context.profiles()->setCurrentId(profile->id, &error)) {
        done(m_context.failed(error));
        return;
    }
    m_context.out().json(describe(*profile));
    m_context.out().success(tr("Now using profile \"%1\".").arg(profile->name));
    done(Cli::Ok);
}

void ProfileCommands::update(const Invocation &invocation, Cli::Done done)
{
    auto profile = named(invocation);
    if (!profile) {
        done(Cli::Failed);
        return;
    }
    if (!invocation.isSet(u"org"_s) && !invocation.isSet(u"client-id"_s) && !invocation.isSet(u"scopes"_s)
        && !invocation.isSet(u"idporten-client-id"_s)) {
        done(m_context.usageError(
            tr("Say what to change: --org, --client-id, --idporten-client-id or --scopes.")));
        return;
    }
    if (invocation.isSet(u"org"_s)) {
        const auto org =
            m_context.orgNumber(invocation.value(u"org"_s), tr("The vendor's organisation number"));
        if (!org) {
            done(Cli::Failed);
            return;
        }
        profile->vendorOrgNumber = *org;
    }
    if (invocation.isSet(u"client-id"_s))
        profile->clientId = invocation.value(u"client-id"_s).trimmed();
    if (invocation.isSet(u"idporten-client-id"_s))
        profile->idportenClientId = invocation.value(u"idporten-client-id"_s).trimmed();
    if (invocation.isSet(u"scopes"_s))
        profile->scopes = invocation.listValues(u"scopes"_s);
    if (!m_context.saveProfile(*profile)) {
        done(Cli::Failed);
        return;
    }
    m_context.out().json(describe(*m_context.profiles()->find(profile->id)));
    m_context.out().success(tr("Updated profile \"%1\".").arg(profile->name));
    done(Cli::Ok);
}

void ProfileCommands::remove(const Invocation &invocation, Cli::Done done)
{
    const auto profile = named(invocation);
    if (!profile) {
        done(Cli::Failed);
        return;
    }
    auto forget = [this, profile, done] {
        QString error;
        if (!m_context.profiles()->remove(profile->id, &error)) {
            done(m_context.failed(error));
            return;
        }
        m_context.out().json(QJsonObject{{u"deleted"_s, profile->id}});
        m_context.out().success(tr("Deleted profile \"%1\".").arg(profile->name));
        done(Cli::Ok);
    };
    const auto removeKey = [this, profile, forget] {
        if (!profile->hasKey() || !profile->keyPersistent || !m_context.secrets()) {
            forget();
            return;
        }
        m_context.secrets()->remove(
            profile->keychainKey(), [this, forget](const SecretStore::Result &result) {
                if (!result.ok() && result.status != SecretStore::Status::NotFound)
                    m_context.out().warning(tr("The key could not be removed from the keychain: %1")
                                                .arg(SecretStore::explain(result.status)));
                forget();
            });
    };
    if (!profile->keyPersistent || !m_context.secrets()) {
        removeKey();
        return;
    }
    // The key of the profile's ID-porten client (docs/id-porten.md) goes too; most profiles have none.
    m_context.secrets()->remove(Onboarding::IdPortenClientSetup::keychainKeyFor(*profile),
        [removeKey](const SecretStore::Result &) { removeKey(); });
}
