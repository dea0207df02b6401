#include "cli/TokenCommands.h"

#include "altinn/AltinnScopes.h"
#include "altinn/TokenClaimsExplainer.h"
#include "auth/Jws.h"
#include "cli/CliContext.h"
#include "onboarding/SystemUserTokenTestFlow.h"
#include "session/VendorSession.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

QString TokenCommands::summary() const
{
    return tr("Get a token from Maskinporten");
}

QList<CommandSpec> TokenCommands::commands()
{
    return {
        {{word()},
            tr("Get a vendor token (default: the Altinn system register and request scopes), or with "
               "--systemuser-org a system user token for that customer."),
            {},
            {{u"scope"_s, u"SCOPE"_s,
                 tr("A scope to ask for (system user tokens: default the profile's scopes)."), true},
                {u"systemuser-org"_s, u"ORGNO"_s, tr("The customer: get a system user token for it.")},
                {u"external-ref"_s, u"REF"_s,
                    tr("The external reference of the system user (default: the customer's org number).")},
                {u"system"_s, u"ID"_s,
                    tr("The system the token is for: if Maskinporten finds no system user (MP-303), check "
                       "why.")},
                {u"decode"_s, {}, tr("Print the token's header and claims instead of the token.")}},
            [this](const Invocation &invocation, Cli::Done done) {
                token(invocation, done);
            }},
    };
}

void TokenCommands::token(const Invocation &invocation, Cli::Done done)
{
    const bool systemUser = invocation.isSet(u"systemuser-org"_s);
    if (!systemUser && invocation.isSet(u"external-ref"_s)) {
        done(m_context.usageError(
            tr("--external-ref belongs to a system user token: add --systemuser-org ORGNO.")));
        return;
    }
    m_context.session(
        [this, invocation, systemUser, done](VendorSession *session) {
            if (systemUser)
                systemUserToken(session, invocation, done);
            else
                vendorToken(session, invocation, done);
        },
        done);
}

void TokenCommands::vendorToken(VendorSession *session, const Invocation &invocation, Cli::Done done)
{
    QStringList scopes = invocation.listValues(u"scope"_s);
    if (scopes.isEmpty())
        scopes = Altinn::AltinnScopes::all();
    session->vendorToken(scopes,
        m_context.onResult<MaskinportenToken>(
            done, tr("getting a vendor token"), [this, invocation](const MaskinportenToken &token) {
                print(token, invocation);
                m_context.out().success(tr("Vendor token for %1, valid for %2 seconds.")
                                            .arg(token.scope, QString::number(token.expiresIn)));
                return int(Cli::Ok);
            }));
}

void TokenCommands::systemUserToken(VendorSession *session, const Invocation &invocation, Cli::Done done)
{
    const auto customer =
        m_context.orgNumber(invocation.value(u"systemuser-org"_s), tr("The customer's organisation number"));
    if (!customer) {
        done(Cli::Failed);
        return;
    }
    QStringList scopes = invocation.listValues(u"scope"_s);
    if (scopes.isEmpty())
        scopes = session->profile().scopes;
    if (scopes.isEmpty()) {
        done(m_context.usageError(
            tr("Say which scope the system user token is for: --scope SCOPE (or give the "
               "profile default scopes: %1).")
                .arg(m_context.commandText(u"profile update --scopes SCOPE"_s))));
        return;
    }
    auto *flow = new Onboarding::SystemUserTokenTestFlow(session, session);
    // With --system, an MP-303 is cross-checked against the register and the requests.
    flow->setRequest({*customer, invocation.value(u"external-ref"_s), scopes, invocation.value(u"system"_s),
        invocation.isSet(u"system"_s)});
    QObject::connect(flow, &Onboarding::SystemUserTokenTestFlow::finished, session,
        [this, flow, invocation, done](const Onboarding::SystemUserTokenTestFlow::Outcome &outcome) {
            flow->deleteLater();
            if (!outcome.isIssued()) {
                m_context.fail(outcome.failure, tr("getting a system user token"));
                if (outcome.cause == MaskinportenError::Cause::SystemUserNotFound) {
                    if (outcome.diagnosed)
                        printDiagnosis(outcome.diagnosis);
                    else
                        m_context.out().info(
                            tr("To find out which of these it is, add the system: --system ID"));
                }
                done(Cli::Failed);
                return;
            }
            print(outcome.token, invocation);
            m_context.out().success(
                tr("System user token for customer %1, valid for %2 seconds.")
                    .arg(outcome.request.customerOrgNo, QString::number(outcome.token.expiresIn)));
            done(Cli::Ok);
        });
    flow->start();
}

void TokenCommands::print(const MaskinportenToken &token, const Invocation &invocation)
{
    if (!invocation.isSet(u"decode"_s)) {
        m_context.out().json(QJsonObject{{u"access_token"_s, QString::fromLatin1(token.accessToken)},
            {u"token_type"_s, token.tokenType}, {u"expires_in"_s, token.expiresIn},
            {u"scope"_s, token.scope}});
        return;
    }
    const auto decoded = Jws::decode(token.accessToken);
    if (!decoded) {
        m_context.out().warning(tr("The token is not a JWT; nothing to decode."));
        m_context.out().json(QJsonObject{{u"header"_s, QJsonObject()}, {u"payload"_s, QJsonObject()}});
        return;
    }
    m_context.out().json(QJsonObject{{u"header"_s, decoded->header}, {u"payload"_s, decoded->payload}});
    QStringList lines;
    for (const Altinn::ClaimRow &row : Altinn::TokenClaimsExplainer::rows(decoded->payload))
        lines.append(u"%1: %2 — %3"_s.arg(row.claim, row.value, row.explanation));
    m_context.out().bullets(lines);
}

void TokenCommands::printDiagnosis(const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings)
{
    m_context.out().info(tr("Checking the register to find out why …"));
    for (const auto &finding : findings) {
        const QString text = finding.summary + u' ' + finding.remedy;
        if (finding.isLikelyCause)
            m_context.out().warning(text);
        else
            m_context.out().info(u"  "_s + text);
    }
}
