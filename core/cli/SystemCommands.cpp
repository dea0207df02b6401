#include "cli/SystemCommands.h"

#include "altinn/SystemRegisterClient.h"
#include "cli/CliContext.h"
#include "model/ChangeLogEntry.h"
#include "model/JsonObjectReader.h"
#include "model/SystemDefinitionDiff.h"
#include "model/SystemDefinitionJson.h"
#include "model/SystemListItem.h"
#include "model/UpdateResult.h"
#include "onboarding/PublishSystemFlow.h"
#include "session/VendorSession.h"
#include "validation/SystemDefinitionValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

using Fields = Altinn::SystemRegisterClient::Fields;
using Field = Altinn::SystemRegisterClient::Field;

/// The members a definition file sets: only those replace the registered ones in an update.
Fields fieldsIn(const QByteArray &contents)
{
    const Altinn::JsonObjectReader reader(QJsonDocument::fromJson(contents).object());
    const QList<QPair<QString, Field>> members{{u"name"_s, Field::Name},
        {u"description"_s, Field::Description}, {u"rights"_s, Field::Rights},
        {u"accessPackages"_s, Field::AccessPackages}, {u"clientId"_s, Field::ClientIds},
        {u"allowedRedirectUrls"_s, Field::RedirectUrls}, {u"isVisible"_s, Field::IsVisible}};
    Fields fields;
    for (const auto &[member, field] : members) {
        if (reader.has(member))
            fields |= field;
    }
    return fields;
}

QStringList fieldNames(Fields fields)
{
    const QList<QPair<QString, Field>> names{{u"name"_s, Field::Name}, {u"description"_s, Field::Description},
        {u"rights"_s, Field::Rights}, {u"accessPackages"_s, Field::AccessPackages},
        {u"clientId"_s, Field::ClientIds}, {u"allowedRedirectUrls"_s, Field::RedirectUrls},
        {u"isVisible"_s, Field::IsVisible}};
    QStringList result;
    for (const auto &[name, field] : names) {
        if (fields.testFlag(field))
            result.append(name);
    }
    return result;
}

} // namespace

QString SystemCommands::summary() const
{
    return tr("Your systems in Altinn's system register");
}

QList<CommandSpec> SystemCommands::commands()
{
    const ArgumentSpec id{u"ID"_s, tr("The system id (<vendor org number>_<name>).")};
    const ArgumentSpec file{
        u"FILE"_s, tr("A system definition: the JSON body Altinn's system register takes.")};
    const auto bind = [this](void (SystemCommands::*handler)(const Invocation &, Cli::Done)) {
        return [this, handler](const Invocation &invocation, Cli::Done done) {
            (this->*handler)(invocation, done);
        };
    };
    return {
        {{word(), u"list"_s}, tr("List the vendor's systems."), {}, {}, bind(&SystemCommands::list)},
        {{word(), u"get"_s}, tr("Show a registered system."), {id}, {}, bind(&SystemCommands::get)},
        {{word(), u"register"_s}, tr("Register a new system from FILE (checked before it is sent)."), {file},
            {}, bind(&SystemCommands::registerSystem)},
        {{word(), u"update"_s},
            tr("Update a system from FILE: only the members FILE has replace the registered ones (get, "
               "merge, "
               "put)."),
            {file}, {}, bind(&SystemCommands::update)},
        {{word(), u"diff"_s}, tr("Compare FILE with the registered system, field by field."), {file}, {},
            bind(&SystemCommands::diff)},
        {{word(), u"delete"_s}, tr("Delete a system from the register."), {id}, {},
            bind(&SystemCommands::remove)},
        {{word(), u"changelog"_s}, tr("Show a system's change log."), {id}, {},
            bind(&SystemCommands::changelog)},
    };
}

void SystemCommands::list(const Invocation &, Cli::Done done)
{
    m_context.session(
        [this, done](VendorSession *session) {
            session->systemRegister()->list(m_context.onResult<QList<Altinn::SystemListItem>>(
                done, tr("listing the systems"), [this](const QList<Altinn::SystemListItem> &systems) {
                    QJsonArray array;
                    for (const Altinn::SystemListItem &system : systems)
                        array.append(system.toJson());
                    m_context.out().json(array);
                    return int(Cli::Ok);
                }));
        },
        done);
}

void SystemCommands::get(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, done](VendorSession *session) {
            session->systemRegister()->get(id,
                m_context.onResult<Altinn::SystemDefinition>(
                    done, tr("fetching the system"), [this](const Altinn::SystemDefinition &system) {
                        m_context.out().json(system.toResponseJson());
                        return int(Cli::Ok);
                    }));
        },
        done);
}

std::optional<Altinn::SystemDefinition> SystemCommands::readDefinition(
    const QString &path, const VendorSession *session, QByteArray *contents)
{
    const auto bytes = m_context.readFile(path);
    if (!bytes)
        return std::nullopt;
    if (contents)
        *contents = *bytes;
    QString error;
    auto system = Altinn::SystemDefinitionJson::fromFile(*bytes, &error);
    if (!system) {
        m_context.failed(tr("%1 is not a system definition: %2").arg(path, error));
        return std::nullopt;
    }
    if (system->vendorId.isEmpty())
        system->setVendorOrgNumber(session->profile().vendorOrgNumber);
    return system;
}

bool SystemCommands::isValid(
    const Altinn::SystemDefinition &system, const QString &path, const VendorSession *session)
{
    const QList<Validation::Finding> findings = Validation::SystemDefinitionValidator().validate(system);
    QStringList errors;
    QStringList warnings;
    for (const Validation::Finding &finding : findings) {
        const QString line = u"%1: %2 (%3)"_s.arg(
            finding.path.isEmpty() ? u"/"_s : finding.path, finding.message, finding.code);
        (finding.isError() ? errors : warnings).append(line);
    }
    for (const QString &warning : std::as_const(warnings))
        m_context.out().warning(warning);
    if (!errors.isEmpty()) {
        m_context.failed(
            tr("%1 has %n problem(s); nothing was sent:", nullptr, int(errors.size())).arg(path));
        m_context.out().bullets(errors);
        return false;
    }
    const QString clientId = session->profile().clientId;
    if (!clientId.isEmpty() && !system.clientIds.contains(clientId)) {
        m_context.out().warning(
            tr("The profile's client id %1 is not in \"clientId\": system user tokens for this "
               "system will fail (MP-303) until it is.")
                .arg(clientId));
    }
    return true;
}

void SystemCommands::registerSystem(const Invocation &invocation, Cli::Done done)
{
    const QString path = invocation.argument(0);
    m_context.session(
        [this, path, done](VendorSession *session) {
            const auto system = readDefinition(path, session);
            if (!system || !isValid(*system, path, session)) {
                done(Cli::Failed);
                return;
            }
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Usage);
                return;
            }
            auto *flow = new Onboarding::PublishSystemFlow(session->systemRegister(), session);
            flow->setDefinition(*system);
            flow->setAction(Onboarding::PublishSystemFlow::Action::Create);
            flow->setReadBack(false);
            QObject::connect(flow, &Onboarding::PublishSystemFlow::finished, session,
                [this, flow, id = system->id, done](const Onboarding::PublishSystemFlow::Outcome &outcome) {
                    flow->deleteLater();
                    using Result = Onboarding::PublishSystemFlow::Outcome::Result;
                    if (outcome.isFailed()) {
                        // After a lost answer or "already registered" the system was read: say what that
                        // found.
                        done(outcome.lookedUp
                                ? m_context.failed(outcome.explanation.fullText())
                                : m_context.fail(outcome.failure, tr("registering the system")));
                        return;
                    }
                    if (outcome.result == Result::Deleted) {
                        done(m_context.failed(tr(
                            "The system id %1 belongs to a deleted system; a deleted system keeps its id for "
                            "ever. Give the definition another id.")
                                                  .arg(id)));
                        return;
                    }
                    // The register answers with its internal GUID, which no other vendor API uses (unknown
                    // when the answer was lost or the system was there already).
                    QJsonObject registered{{u"id"_s, id}, {u"internalId"_s, outcome.internalId}};
                    if (outcome.answerLost)
                        registered.insert(u"answerLost"_s, true);
                    if (outcome.alreadyRegistered)
                        registered.insert(u"alreadyRegistered"_s, true);
                    if (outcome.updatedAfterwards)
                        registered.insert(u"updated"_s, true);
                    m_context.out().json(registered);
                    if (outcome.answerLost)
                        m_context.out().warning(
                            tr("The answer from Altinn was lost; the system was read back "
                               "afterwards: it was registered."));
                    if (outcome.alreadyRegistered)
                        m_context.out().info(
                            tr("%1 was registered already, as yours (by an earlier run, or one "
                               "whose answer was lost); nothing was registered twice.")
                                .arg(id));
                    if (outcome.updatedAfterwards)
                        m_context.out().info(tr("It differed from the file, so it was updated: %n change(s).",
                            nullptr, int(outcome.changes.size())));
                    m_context.out().success(tr("Registered system %1.").arg(id));
                    m_context.out().info(
                        tr("Next: ask a customer for a system user: %1")
                            .arg(m_context.commandText(u"request create --system %1 --org ORGNO"_s.arg(id))));
                    done(Cli::Ok);
                });
            flow->start();
        },
        done);
}

void SystemCommands::update(const Invocation &invocation, Cli::Done done)
{
    const QString path = invocation.argument(0);
    m_context.session(
        [this, path, done](VendorSession *session) {
            QByteArray contents;
            const auto local = readDefinition(path, session, &contents);
            if (!local) {
                done(Cli::Failed);
                return;
            }
            const Fields fields = fieldsIn(contents);
            if (!fields) {
                done(m_context.failed(
                    tr("%1 has nothing to update (name, description, rights, accessPackages, "
                       "clientId, allowedRedirectUrls or isVisible).")
                        .arg(path)));
                return;
            }
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Usage);
                return;
            }
            auto *flow = new Onboarding::PublishSystemFlow(session->systemRegister(), session);
            flow->setDefinition(*local, fields);
            flow->setAction(Onboarding::PublishSystemFlow::Action::Update);
            flow->setReadBack(false);
            QObject::connect(flow, &Onboarding::PublishSystemFlow::finished, session,
                [this, flow, session, path, fields, done](
                    const Onboarding::PublishSystemFlow::Outcome &outcome) {
                    if (outcome.isFailed()) {
                        flow->deleteLater();
                        done(m_context.fail(outcome.failure,
                            outcome.step == Onboarding::PublishSystemFlow::Outcome::Step::Fetch
                                ? tr("fetching the system")
                                : tr("updating the system")));
                        return;
                    }
                    if (outcome.preview) {
                        // The file may hold only the members to change: check what the register will hold
                        // afterwards.
                        if (!isValid(outcome.sent, path, session)) {
                            flow->deleteLater();
                            done(Cli::Failed);
                            return;
                        }
                        flow->start();
                        return;
                    }
                    flow->deleteLater();
                    m_context.out().json(outcome.sent.toRequestJson());
                    m_context.out().success(
                        tr("Updated system %1 (%2); everything else was kept as registered.")
                            .arg(outcome.sent.id, fieldNames(fields).join(u", "_s)));
                    done(Cli::Ok);
                });
            flow->preview();
        },
        done);
}

void SystemCommands::diff(const Invocation &invocation, Cli::Done done)
{
    const QString path = invocation.argument(0);
    m_context.session(
        [this, path, done](VendorSession *session) {
            const auto local = readDefinition(path, session);
            if (!local) {
                done(Cli::Failed);
                return;
            }
            session->systemRegister()->get(local->id, [this, local, done](const auto &result) {
                Altinn::SystemDefinition registered;
                if (!result.ok()) {
                    if (result.failure.httpStatus() != 404) {
                        done(m_context.fail(result.failure, tr("fetching the system")));
                        return;
                    }
                    m_context.out().info(
                        tr("%1 is not registered yet; everything in the file is new.").arg(local->id));
                    registered.rights.reset();
                    registered.accessPackages.reset();
                } else {
                    registered = *result.value;
                }
                const auto changes = Altinn::SystemDefinitionDiff::compare(registered, *local);
                m_context.out().json(Altinn::SystemDefinitionDiff::toJson(changes));
                if (changes.isEmpty())
                    m_context.out().success(tr("%1 is registered exactly as in the file.").arg(local->id));
                else
                    m_context.out().bullets(Altinn::SystemDefinitionDiff::describe(changes));
                done(Cli::Ok);
            });
        },
        done);
}

void SystemCommands::remove(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, done](VendorSession *session) {
            if (!m_context.confirmWrite(session->environment())) {
                done(Cli::Usage);
                return;
            }
            session->systemRegister()->remove(id,
                m_context.onResult<Altinn::UpdateResult>(
                    done, tr("deleting the system"), [this, id](const Altinn::UpdateResult &) {
                        m_context.out().json(QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}});
                        m_context.out().success(tr("Deleted system %1.").arg(id));
                        return int(Cli::Ok);
                    }));
        },
        done);
}

void SystemCommands::changelog(const Invocation &invocation, Cli::Done done)
{
    const QString id = invocation.argument(0).trimmed();
    m_context.session(
        [this, id, done](VendorSession *session) {
            session->systemRegister()->changelog(id,
                m_context.onResult<QList<Altinn::ChangeLogEntry>>(done, tr("fetching the change log"),
                    [this](const QList<Altinn::ChangeLogEntry> &entries) {
                        QJsonArray array;
                        for (const Altinn::ChangeLogEntry &entry : entries)
                            array.append(entry.toJson());
                        m_context.out().json(array);
                        return int(Cli::Ok);
                    }));
        },
        done);
}
