#include "cli/SystemUserCommands.h"

#include "altinn/SystemUserClient.h"
#include "cli/CliContext.h"
#include "model/SystemUser.h"
#include "session/VendorSession.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QString SystemUserCommands::summary() const
{
    return tr("System users your customers have approved");
}

QList<CommandSpec> SystemUserCommands::commands()
{
    const OptionSpec system{u"system"_s, u"ID"_s, tr("The system id.")};
    return {
        {{word(), u"list"_s}, tr("List the system users of a system (all pages)."), {}, {system},
            [this](const Invocation &invocation, Cli::Done done) {
                list(invocation, done);
            }},
        {{word(), u"find"_s}, tr("Find the system user of one customer."), {},
            {system, {u"org"_s, u"ORGNO"_s, tr("The customer's organisation number.")},
                {u"external-ref"_s, u"REF"_s,
                    tr("The external reference (default: the customer's org number).")}},
            [this](const Invocation &invocation, Cli::Done done) {
                find(invocation, done);
            }},
    };
}

void SystemUserCommands::list(const Invocation &invocation, Cli::Done done)
{
    const QString systemId = invocation.value(u"system"_s).trimmed();
    if (systemId.isEmpty()) {
        done(m_context.usageError(tr("Say which system: --system ID.")));
        return;
    }
    m_context.session(
        [this, systemId, done](VendorSession *session) {
            session->systemUsers()->listBySystem(systemId,
                m_context.onResult<QList<Altinn::SystemUser>>(
                    done, tr("listing the system users"), [this](const QList<Altinn::SystemUser> &users) {
                        QJsonArray array;
                        for (const Altinn::SystemUser &user : users)
                            array.append(user.toJson());
                        m_context.out().json(array);
                        return int(Cli::Ok);
                    }));
        },
        done);
}

void SystemUserCommands::find(const Invocation &invocation, Cli::Done done)
{
    const QString systemId = invocation.value(u"system"_s).trimmed();
    if (systemId.isEmpty() || !invocation.isSet(u"org"_s)) {
        done(m_context.usageError(tr("Say which system and which customer: --system ID --org ORGNO.")));
        return;
    }
    const auto customer =
        m_context.orgNumber(invocation.value(u"org"_s), tr("The customer's organisation number"));
    if (!customer) {
        done(Cli::Failed);
        return;
    }
    // Left empty, Altinn matches the customer's org number (the default external reference).
    const QString externalRef = invocation.value(u"external-ref"_s);
    m_context.session(
        [this, systemId, customer = *customer, externalRef, done](VendorSession *session) {
            session->systemUsers()->find(systemId, customer, externalRef,
                m_context.onResult<Altinn::SystemUser>(
                    done, tr("finding the system user"), [this](const Altinn::SystemUser &user) {
                        m_context.out().json(user.toJson());
                        m_context.out().success(
                            tr("System user %1 exists for customer %2.").arg(user.id, user.reporteeOrgNo));
                        return int(Cli::Ok);
                    }));
        },
        done);
}
