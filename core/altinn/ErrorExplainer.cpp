#include "altinn/ErrorExplainer.h"

#include "altinn/AltinnScopes.h"
#include "model/DelegationReason.h"
#include "validation/ValidationCodes.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {

namespace {

using Remedy = Explanation::Remedy;
namespace Codes = Validation::Codes;

// The tables below hold source texts only (QT_TRANSLATE_NOOP); they are translated when looked up. Their
// context is the one tr() uses in this class: Q_DECLARE_TR_FUNCTIONS(ErrorExplainer) makes both lupdate and
// the runtime use "ErrorExplainer" (not the namespaced name), so every text lands in one catalogue context.
constexpr char Context[] = "ErrorExplainer";

QString translated(const char *sourceText)
{
    return QCoreApplication::translate(Context, sourceText);
}

struct CodeText
{
    QStringView code;
    const char *summary;
    const char *remedy;
    Remedy action;
};

// Texts shared by several of the end-user and internal codes (docs/altinn-behaviour.md#problem-codes).
// The approver's side (docs/altinn-behaviour.md#approval-url-and-flow): approval is all-or-nothing, by a
// person with the access-manager role who can also delegate every right and package asked for.
constexpr const char *ApproverLacksRightsSummary = QT_TRANSLATE_NOOP("ErrorExplainer",
    "The person at the customer who tried to approve cannot give one or more of the rights asked for, so "
    "nothing was approved: approval is all-or-nothing. The request is still waiting.");
constexpr const char *ApproverLacksRightsRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "The request must be approved by a person with the Access manager role (Tilgangsstyrer) for the "
    "organisation who can also give every right asked for. Tell the customer which rights blocked (listed "
    "below); someone without the role can escalate the request to the organisation's access managers.");
constexpr const char *ApproverLacksPackagesSummary = QT_TRANSLATE_NOOP("ErrorExplainer",
    "The person at the customer who tried to approve cannot give one or more of the access packages asked "
    "for, so nothing was approved: approval is all-or-nothing. The request is still waiting.");
constexpr const char *NotDelegableSummary = QT_TRANSLATE_NOOP("ErrorExplainer",
    "A right asked for cannot be given to a system user by anyone, so nobody at the customer can approve "
    "the request: approval is all-or-nothing.");
constexpr const char *NotDelegableRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Remove that right (listed below) from the system, delete the request and ask again without it.");
constexpr const char *DelegationFailedSummary =
    QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not finish giving the rights to the system user.");
// A text that sends the user to support with a trace id is used only when the answer has one, and shows
// it (explainHttp() swaps it in); without one the user is told what to say instead.
constexpr const char *DelegationFailedRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Try again later. If it keeps happening, contact Altinn support and tell them what you did and when.");
constexpr const char *DelegationFailedRemedyWithTrace = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Try again later. If it keeps happening, contact Altinn support and give them this trace id: %1");
constexpr const char *RetrySoonRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Try again in a moment. If it keeps happening, contact Altinn support and tell them what you did and "
    "when.");
constexpr const char *RetrySoonRemedyWithTrace = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Try again in a moment. If it keeps happening, contact Altinn support and give them this trace id: %1");
constexpr const char *InternalErrorSummary =
    QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn had an internal error.");
constexpr const char *PartyMismatchSummary = QT_TRANSLATE_NOOP("ErrorExplainer",
    "The request was approved on behalf of another organisation than the one it was sent to.");
constexpr const char *PartyMismatchRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "The customer must approve while acting on behalf of the organisation the request was sent to.");
constexpr const char *RejectedRequestRemedy = QT_TRANSLATE_NOOP("ErrorExplainer",
    "Delete the earlier request, then send a new one. Talk to the customer first if you do not know why.");

// Every AUTH.VLD-* and AUTH-* code (docs/altinn-behaviour.md#error-codes), written for a vendor
// administrator, not a programmer.
const CodeText CodeTable[] = {
    // ---- Validation errors (docs/altinn-behaviour.md#validation-codes): the system definition ----
    {Codes::VendorIdInvalid,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The vendor ID is not written the way Altinn expects."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Write the vendor ID as \"0192:\" followed by your 9-digit organisation number."),
        Remedy::FixInput},
    {Codes::SystemIdFormat,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The system id does not start with your organisation number and an underscore."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Change the system id to your organisation number, an underscore and a name, e.g. "
            "991825827_myproduct."),
        Remedy::FixInput},
    {Codes::SystemIdExists,
        QT_TRANSLATE_NOOP("ErrorExplainer", "A system with this id is already registered."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Choose another system id, or open the registered system and update it instead."),
        Remedy::FixInput},
    {Codes::ResourceNotFound,
        QT_TRANSLATE_NOOP("ErrorExplainer", "One or more rights name a service Altinn does not know."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Remove those rights, or choose the services again from the service list of this environment."),
        Remedy::FixInput},
    {Codes::ClientIdInUse,
        QT_TRANSLATE_NOOP("ErrorExplainer", "A Maskinporten client id is already used by another system."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "A Maskinporten client can belong to one system only. Create a new client for this system, or "
            "remove the client id from the other system first."),
        Remedy::FixInput},
    {Codes::RedirectUrlInvalid, QT_TRANSLATE_NOOP("ErrorExplainer", "A redirect URL is not a valid address."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Write each redirect URL as a full address starting with https://."),
        Remedy::FixInput},
    {Codes::DuplicateRights, QT_TRANSLATE_NOOP("ErrorExplainer", "The same right is listed more than once."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Remove the duplicate rights."), Remedy::FixInput},
    {Codes::DuplicateAccessPackages,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The same access package is listed more than once."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Remove the duplicate access packages."), Remedy::FixInput},
    {Codes::AccessPackageInvalid,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "One or more access packages do not exist or cannot be given to any system user."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Remove those packages, or choose them again from the package list."),
        Remedy::FixInput},
    {Codes::ResourceAttributeInvalid,
        QT_TRANSLATE_NOOP("ErrorExplainer", "A right is written in the wrong form."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Choose the service again from the service list (the attribute must be urn:altinn:resource)."),
        Remedy::FixInput},
    {Codes::DuplicateClientIds,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The same Maskinporten client id is listed more than once."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Remove the duplicate client id."), Remedy::FixInput},
    {Codes::SystemIdMismatch,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The system id cannot be changed once the system is registered."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Keep the original system id, or register a new system with the new id."),
        Remedy::FixInput},
    {Codes::SystemIdWhitespace, QT_TRANSLATE_NOOP("ErrorExplainer", "The system id contains spaces."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Remove the spaces, or use '-' or '_' between words."),
        Remedy::FixInput},
    {Codes::AgentParamInvalid,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The agent system user was not given or was not found."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Choose an existing agent system user, then try again."),
        Remedy::FixInput},
    {Codes::AgentNotAgentType,
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "This system user is a standard system user, so it cannot have clients."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Use an agent system user for client relationships."),
        Remedy::FixInput},
    {Codes::ClientParamInvalid,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The client was not given or is not valid."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Choose the client again, then try again."), Remedy::FixInput},
    {Codes::ResourceNotDelegable,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "One or more rights name a kind of service that cannot be given to a system user."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Remove those rights. Maskinporten schemes, Altinn 2 services and consent resources cannot be "
            "used."),
        Remedy::FixInput},
    {Codes::VisibleWithClientPackage,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "A system shown to customers in Altinn cannot include client-relationship packages (such as the "
            "accountant or auditor packages)."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Remove those packages, or make the system hidden in Altinn's list of systems."),
        Remedy::FixInput},

    // ---- Problems (docs/altinn-behaviour.md#problem-codes) on the vendor's paths ----
    {Codes::PartyNotFound,
        QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn does not know the customer's organisation number."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Check the organisation number with the customer. It must be registered in the Central "
            "Coordinating Register for Legal Entities (Enhetsregisteret)."),
        Remedy::CheckOrgNumber},
    {Codes::RightsNotFound,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "One or more of the rights asked for are not part of the system, or cannot be given."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Ask only for rights the system definition includes, or add them to the system first."),
        Remedy::UpdateSystem},
    {Codes::SystemUserExists,
        QT_TRANSLATE_NOOP("ErrorExplainer", "This customer already has a system user for this system."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Use a change request to add rights to the existing system user."),
        Remedy::UseChangeRequest},
    {Codes::RequestAlreadyAccepted,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The customer has already accepted a request for this system with this external reference."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "The system user exists. Use a change request to add rights to it."),
        Remedy::UseChangeRequest},
    {Codes::RequestPending,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "A request for this system, customer and external reference is still waiting for the customer."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Send the customer the link of the waiting request again, or delete it to ask again with other "
            "rights."),
        Remedy::DeleteAndAskAgain},
    {Codes::RequestDenied,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The customer turned down an earlier request for this system with this external reference."),
        RejectedRequestRemedy, Remedy::DeleteAndAskAgain},
    {Codes::RequestRejected,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The customer rejected an earlier request for this system with this external reference."),
        RejectedRequestRemedy, Remedy::DeleteAndAskAgain},
    {Codes::RequestNotFound, QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn has no request with this id."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "It may have been deleted, or it belongs to another environment. Check the id, or create a new "
            "request."),
        Remedy::None},
    {Codes::SystemNotFound,
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Altinn has no system with this id that belongs to your organisation."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Check the system id. If it is right, register the system in this environment first."),
        Remedy::RegisterSystemFirst},
    {Codes::RequestNotStored, QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not store the request."),
        RetrySoonRemedy, Remedy::Retry},
    {Codes::RequestStatusNotNew,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The request has already been answered."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Open the request again to see its status."), Remedy::None},
    {Codes::SystemUserNotFound,
        QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn has no system user with this id."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The customer may have deleted it. Check the id, or send a new request to the customer."),
        Remedy::None},
    {Codes::RedirectUrlNotAllowed,
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "The redirect URL is not one of the addresses the system allows."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Add the address to the system's redirect URLs, or use one of the addresses already there."),
        Remedy::UpdateSystem},
    {Codes::VendorOrgMissing,
        QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not read your organisation number from the token."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Check the connection on the Maskinporten page: the client must belong to your organisation."),
        Remedy::CheckConnection},
    {Codes::NoRedirectUrlsOnSystem,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The request has a redirect URL, but the system allows none."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Add the address to the system's redirect URLs, or send the request without a redirect URL."),
        Remedy::UpdateSystem},
    {Codes::AgentRequestWithoutPackages,
        QT_TRANSLATE_NOOP("ErrorExplainer", "A request for an agent system user needs access packages."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Choose at least one client-relationship package, such as an accountant package."),
        Remedy::FixInput},
    {Codes::MissingRightsOrPackages,
        QT_TRANSLATE_NOOP("ErrorExplainer", "The request asks for no rights and no access packages."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Choose at least one right or access package."),
        Remedy::FixInput},
    {Codes::CorrelationIdUsed,
        QT_TRANSLATE_NOOP("ErrorExplainer", "This change request has already been sent and handled."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Send it again as a new change request; a new correlation id is made for it."),
        Remedy::Retry},
    {Codes::PackageNotInSystem,
        QT_TRANSLATE_NOOP("ErrorExplainer", "One or more access packages are not part of the system."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Add the packages to the system definition first, or ask only for the system's own packages."),
        Remedy::UpdateSystem},
    {Codes::PackageNotAssignable,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "One or more access packages cannot be given to a standard system user: they are meant for "
            "client relationships."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Remove those packages from the system and the request, or ask for them with an agent request."),
        Remedy::UpdateSystem},
    {Codes::PackageNotDelegable,
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "One or more access packages cannot be given to an agent system user: they are not meant for "
            "client relationships."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Ask only for client-relationship packages in an agent request, and ask for the others with a "
            "standard request."),
        Remedy::UpdateSystem},

    // ---- Problems (docs/altinn-behaviour.md#problem-codes) from the customer's approval and internal flows
    // ----
    {u"AUTH-00002", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00003", QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not create the system user."),
        DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00005", QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not handle the request."),
        DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00014", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00016", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00017", QT_TRANSLATE_NOOP("ErrorExplainer", "The system has no name in Norwegian Bokmål."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Add a Bokmål (nb) name to the system and update it."),
        Remedy::UpdateSystem},
    {u"AUTH-00018", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00019", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00020", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00022", QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not take the rights back."),
        DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00024",
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "The system user belongs to another system or another organisation."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Check that you picked the right system user and the right organisation."),
        Remedy::CheckOrgNumber},
    {u"AUTH-00025", QT_TRANSLATE_NOOP("ErrorExplainer", "This is not a request for an agent system user."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Open it as a standard request instead."), Remedy::None},
    {u"AUTH-00027",
        QT_TRANSLATE_NOOP("ErrorExplainer", "An access package could not be matched to a role in Altinn."),
        DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00028", QT_TRANSLATE_NOOP("ErrorExplainer", "The customer was not given."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Choose the customer, then try again."), Remedy::FixInput},
    {u"AUTH-00030", QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn has no agent request with this id."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "It may have been deleted, or it is a standard request. Check the id, or create a new request."),
        Remedy::None},
    {u"AUTH-00031", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00032", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00033", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00034", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00035", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00036", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00037", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00038", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00039", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00040", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00041", PartyMismatchSummary, PartyMismatchRemedy, Remedy::CheckOrgNumber},
    {u"AUTH-00042", PartyMismatchSummary, PartyMismatchRemedy, Remedy::CheckOrgNumber},
    {u"AUTH-00045", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00046", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00047", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00048", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00049", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00050", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00051", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00052", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00053", ApproverLacksPackagesSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00054", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00055", InternalErrorSummary, DelegationFailedRemedy, Remedy::Retry},
    {u"AUTH-00056", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00057", DelegationFailedSummary, DelegationFailedRemedy, Remedy::ContactSupport},
    {u"AUTH-00062", InternalErrorSummary, DelegationFailedRemedy, Remedy::Retry},
    {u"AUTH-00066",
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "The person at the customer who tried to approve does not have the Access manager role "
            "(Tilgangsstyrer) for the organisation, so nothing was approved."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Only a person with the Access manager role who can also give every right asked for can approve. "
            "Someone without the role can escalate a request for a new system user to the organisation's "
            "access managers; a change request cannot be escalated."),
        Remedy::None},
    {u"AUTH-00068", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00069", ApproverLacksRightsSummary, ApproverLacksRightsRemedy, Remedy::None},
    {u"AUTH-00070", NotDelegableSummary, NotDelegableRemedy, Remedy::UpdateSystem},
    {u"AUTH-00071", NotDelegableSummary, NotDelegableRemedy, Remedy::UpdateSystem},
};

const CodeText *findCode(QStringView code)
{
    const auto it = std::find_if(std::begin(CodeTable), std::end(CodeTable), [code](const CodeText &entry) {
        return entry.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return it == std::end(CodeTable) ? nullptr : &*it;
}

/// The plain-text messages of the system register (docs/altinn-behaviour.md#plain-text-messages), which come
/// without a code.
struct PlainText
{
    const char16_t *pattern; ///< matched case-insensitively against the whole body
    const char *summary;
    const char *remedy;
    Remedy action;
};

const PlainText PlainTexts[] = {
    {u"^System with ID '?.*'? not found\\.?$",
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "Altinn has no system with this id, or it belongs to another vendor."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Check the system id and the vendor ID. If they are right, register the system in this "
            "environment first."),
        Remedy::RegisterSystemFirst},
    {u"^Cannot update a system marked as deleted",
        QT_TRANSLATE_NOOP("ErrorExplainer", "The system has been deleted, so it cannot be changed."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Register the system again under a new system id."),
        Remedy::RegisterSystemFirst},
    {u"^Unable to update system", QT_TRANSLATE_NOOP("ErrorExplainer", "Altinn could not update the system."),
        RetrySoonRemedy, Remedy::Retry},
    {u"^The System already exist",
        QT_TRANSLATE_NOOP("ErrorExplainer", "A system with this id is already registered."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "Choose another system id, or open the registered system and update it instead."),
        Remedy::FixInput},
    {u"^Missing or invalid QueryParameter: correlation-id",
        QT_TRANSLATE_NOOP("ErrorExplainer", "The change request was sent without a valid correlation id."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "This is a fault in the program, not in your input. Send the activity log to support."),
        Remedy::ContactSupport},
    {u"^The correlation-id should not be the same as the system-user-id",
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "The change request's correlation id was the same as the system user id."),
        QT_TRANSLATE_NOOP("ErrorExplainer",
            "This is a fault in the program, not in your input. Send the activity log to support."),
        Remedy::ContactSupport},
    // A system without a name or description in one language: the database refuses it with a 500.
    {u"translated_text_contains_(nb|nn|en)",
        QT_TRANSLATE_NOOP(
            "ErrorExplainer", "The system's name or description is missing in Bokmål, Nynorsk or English."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Enter the name and description in all three languages."),
        Remedy::FixInput},
};

const PlainText *findPlainText(const QString &message)
{
    for (const PlainText &entry : PlainTexts) {
        const QRegularExpression pattern(
            QString::fromUtf16(entry.pattern), QRegularExpression::CaseInsensitiveOption);
        if (pattern.match(message).hasMatch())
            return &entry;
    }
    return nullptr;
}

/// Names of the fields a server path or ASP.NET model-state key points at (`paths` in
/// docs/altinn-behaviour.md#validation-codes).
struct FieldName
{
    QStringView key; ///< the path lower-cased, without "/registersystemrequest/", indices or "$."
    const char *name;
};

const FieldName FieldNames[] = {
    {u"vendor/id", QT_TRANSLATE_NOOP("ErrorExplainer", "Vendor ID")},
    {u"vendor", QT_TRANSLATE_NOOP("ErrorExplainer", "Vendor ID")},
    {u"systemid", QT_TRANSLATE_NOOP("ErrorExplainer", "System id")},
    {u"id", QT_TRANSLATE_NOOP("ErrorExplainer", "System id")},
    {u"name", QT_TRANSLATE_NOOP("ErrorExplainer", "Name")},
    {u"description", QT_TRANSLATE_NOOP("ErrorExplainer", "Description")},
    {u"rights", QT_TRANSLATE_NOOP("ErrorExplainer", "Rights")},
    {u"accesspackages", QT_TRANSLATE_NOOP("ErrorExplainer", "Access packages")},
    {u"clientid", QT_TRANSLATE_NOOP("ErrorExplainer", "Maskinporten client id")},
    {u"allowedredirecturls", QT_TRANSLATE_NOOP("ErrorExplainer", "Redirect URLs")},
    {u"isvisible", QT_TRANSLATE_NOOP("ErrorExplainer", "Visible in Altinn")},
    {u"partyorgno", QT_TRANSLATE_NOOP("ErrorExplainer", "Customer's organisation number")},
    {u"externalref", QT_TRANSLATE_NOOP("ErrorExplainer", "External reference")},
    {u"redirecturl", QT_TRANSLATE_NOOP("ErrorExplainer", "Redirect URL")},
    {u"integrationtitle", QT_TRANSLATE_NOOP("ErrorExplainer", "System user name")},
    {u"agent", QT_TRANSLATE_NOOP("ErrorExplainer", "Agent system user")},
    {u"client", QT_TRANSLATE_NOOP("ErrorExplainer", "Client")},
};

/// "/registersystemrequest/rights/resource" → "Rights"; "$.accessPackages[0].urn" → "Access packages";
/// unknown paths are shown as sent.
QString fieldName(const QString &path)
{
    QString key = path.trimmed().toLower();
    static const QRegularExpression indices(u"\\[\\d*\\]"_s);
    key.remove(indices);
    key.replace(u'.', u'/');
    while (key.startsWith(u'$') || key.startsWith(u'/') || key.startsWith(u'?'))
        key.remove(0, 1);
    static const QRegularExpression bodyPrefix(u"^(registersystemrequest|request|model)/"_s);
    key.remove(bodyPrefix);
    const QString firstSegment = key.section(u'/', 0, 0);
    for (const QString &candidate : {key, firstSegment}) {
        for (const FieldName &entry : FieldNames) {
            if (entry.key == candidate)
                return translated(entry.name);
        }
    }
    return path.isEmpty() ? ErrorExplainer::tr("Request") : path;
}

} // namespace

QString Explanation::message() const
{
    QStringList parts;
    if (!summary.isEmpty())
        parts.append(summary);
    if (!remedy.isEmpty())
        parts.append(remedy);
    for (const QString &line : fieldMessages)
        parts.append(u"• "_s + line);
    return parts.join(u'\n');
}

QString Explanation::details() const
{
    QStringList parts;
    QStringList ids;
    if (!code.isEmpty())
        ids.append(ErrorExplainer::tr("Code: %1").arg(code));
    if (!traceId.isEmpty())
        ids.append(ErrorExplainer::tr("Trace id: %1").arg(traceId));
    if (!ids.isEmpty())
        parts.append(ids.join(u"  "_s));
    if (!serverMessage.isEmpty() && serverMessage != summary) {
        // A body we could not interpret is shown as sent, but indented so it can be read.
        const QJsonDocument json = QJsonDocument::fromJson(serverMessage.toUtf8());
        const QString shown =
            json.isNull() ? serverMessage : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
        parts.append(ErrorExplainer::tr("Message from the server: %1").arg(shown));
    }
    return parts.join(u'\n');
}

QString Explanation::fullText() const
{
    const QString main = message();
    const QString more = details();
    if (more.isEmpty() || main.isEmpty())
        return main + more;
    return main + u'\n' + more;
}

Explanation ErrorExplainer::explainCode(const QString &code)
{
    Explanation explanation;
    const CodeText *entry = findCode(code);
    if (!entry)
        return explanation;
    explanation.code = entry->code.toString();
    explanation.summary = translated(entry->summary);
    explanation.remedy = translated(entry->remedy);
    explanation.action = entry->action;
    return explanation;
}

QStringList ErrorExplainer::knownCodes()
{
    QStringList codes;
    for (const CodeText &entry : CodeTable)
        codes.append(entry.code.toString());
    return codes;
}

Explanation ErrorExplainer::existingRequestReturned(RequestStatus status)
{
    QString statusText;
    switch (status) {
    case RequestStatus::New:
        statusText = tr("waiting for the customer");
        break;
    case RequestStatus::Accepted:
        statusText = tr("accepted");
        break;
    case RequestStatus::Rejected:
    case RequestStatus::Denied:
        statusText = tr("rejected");
        break;
    case RequestStatus::Timedout:
        statusText = tr("expired");
        break;
    case RequestStatus::NoChangeNeeded:
        statusText = tr("no change needed");
        break;
    case RequestStatus::Unknown:
        statusText = tr("unknown");
        break;
    }
    Explanation explanation;
    explanation.summary = tr("An earlier request for this system, customer and external reference was "
                             "returned (status: %1); no new request was made.")
                              .arg(statusText);
    explanation.remedy = tr("To ask again with other rights, delete the earlier request and send a new one.");
    explanation.action = Remedy::DeleteAndAskAgain;
    return explanation;
}

namespace {

/// One line per field error: "System id: A system with this id is already registered. (AUTH.VLD-00002)".
QStringList fieldLines(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        const QString field = fieldName(error.paths.value(0));
        const CodeText *entry = findCode(error.code);
        const QString text = entry ? translated(entry->summary) : error.message;
        QString line = error.code.isEmpty() ? ErrorExplainer::tr("%1: %2").arg(field, text)
                                            : ErrorExplainer::tr("%1: %2 (%3)").arg(field, text, error.code);
        // The odd extra members ("ResourceIds Not Found : ") name the resources or packages concerned.
        QStringList concerned;
        for (const QString &value : error.extras) {
            if (!value.trimmed().isEmpty())
                concerned.append(value.trimmed());
        }
        if (!concerned.isEmpty())
            line += u' ' + ErrorExplainer::tr("Concerns: %1").arg(concerned.join(u"; "_s));
        lines.append(line);
    }
    return lines;
}

/// Why one resource or package could not be given, for the vendor (Access management's reason codes).
QString delegationReasonText(const QString &code)
{
    if (code == u"MissingRoleAccess")
        return ErrorExplainer::tr("no role of the approver gives this right");
    if (code == u"MissingDelegationAccess")
        return ErrorExplainer::tr("the right was never delegated to the approver");
    if (code == u"MissingSrrRightAccess")
        return ErrorExplainer::tr("the service requires an explicit right the organisation lacks");
    if (code == u"InsufficientAuthenticationLevel")
        return ErrorExplainer::tr("the approver logged in with too low a security level");
    if (code == u"AccessListValidationFail")
        return ErrorExplainer::tr("the organisation is not on the service's access list");
    if (code == u"MissingPackageAccess")
        return ErrorExplainer::tr("the approver does not hold this access package");
    if (code == u"ResourceNotDelegable")
        return ErrorExplainer::tr("it cannot be given by anyone");
    if (code == u"ResourceIsMaskinPortenSchema")
        return ErrorExplainer::tr("it is a Maskinporten schema, which cannot be given to a system user");
    return ErrorExplainer::tr("the check failed for an unknown reason");
}

/// The failed approval's `delegationReasons`: one line per blocked right or package.
QStringList delegationLines(const QList<DelegationReason> &reasons)
{
    QStringList lines;
    for (const DelegationReason &reason : reasons) {
        QStringList why;
        for (const QString &code : reason.codes)
            why.append(delegationReasonText(code));
        lines.append(reason.type == DelegationReason::Type::Package
                ? ErrorExplainer::tr("Blocked access package %1: %2").arg(reason.id, why.join(u"; "_s))
                : ErrorExplainer::tr("Blocked right %1: %2").arg(reason.id, why.join(u"; "_s)));
    }
    return lines;
}

/// The extension members of AUTH-00063/64/65 list the packages concerned; a failed approval's
/// `delegationReasons` what blocked it.
QStringList extensionLines(const ApiError &error)
{
    QStringList lines;
    const QString reasons = error.extensions.value(DelegationReason::extensionName());
    if (!reasons.isEmpty())
        lines.append(delegationLines(DelegationReason::fromExtension(reasons)));
    for (auto it = error.extensions.constBegin(); it != error.extensions.constEnd(); ++it) {
        if (it.key().compare(u"NotFoundPackages"_s, Qt::CaseInsensitive) == 0)
            lines.append(ErrorExplainer::tr("Packages not in the system: %1").arg(it.value()));
        else if (it.key().compare(u"NotDelegablePackages"_s, Qt::CaseInsensitive) == 0)
            lines.append(ErrorExplainer::tr("Packages that cannot be given: %1").arg(it.value()));
    }
    return lines;
}

Explanation explainValidation(const ApiError &error)
{
    Explanation explanation;
    explanation.code = error.code;
    explanation.fieldMessages = fieldLines(error.fieldErrors);

    QStringList codes = error.fieldErrorCodes();
    codes.removeAll(QString());
    codes.removeDuplicates();
    const bool allCoded = std::all_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
        [](const FieldError &fieldError) { return !fieldError.code.isEmpty(); });
    if (codes.size() == 1 && allCoded && findCode(codes.first())) {
        // One problem: say it in its own words rather than "one problem was found".
        const Explanation single = ErrorExplainer::explainCode(codes.first());
        explanation.summary = single.summary;
        explanation.remedy = single.remedy;
        explanation.action = single.action;
        explanation.code = single.code;
        return explanation;
    }
    const int count = int(error.fieldErrors.size());
    explanation.summary = count > 0
        ? ErrorExplainer::tr("Altinn found %n problem(s) in what was sent.", nullptr, count)
        : ErrorExplainer::tr("Altinn found problems in what was sent.");
    explanation.remedy = ErrorExplainer::tr("Correct the fields listed below, then try again.");
    explanation.action = Remedy::FixInput;
    return explanation;
}

Explanation explainStatus(const ApiError &error)
{
    Explanation explanation;
    const int status = error.httpStatus;
    explanation.code = u"HTTP %1"_s.arg(status);
    if (status == 401) {
        explanation.summary = ErrorExplainer::tr(
            "Altinn refused the access token: it has expired or comes from another environment.");
        explanation.remedy = ErrorExplainer::tr(
            "Check the connection on the Maskinporten page. The Maskinporten client must be registered in "
            "the same environment (test or production) as the one you are working in.");
        explanation.action = Remedy::CheckConnection;
    } else if (status == 403) {
        explanation.summary = ErrorExplainer::tr(
            "The access token lacks the permission (scope) for this call, or the item belongs to another "
            "organisation.");
        explanation.remedy = ErrorExplainer::tr(
            "Check on the Maskinporten page that your client has the scopes %1. If one is missing, ask "
            "Digdir to grant it to your organisation, then add it to the client.")
                                 .arg(AltinnScopes::all().join(u", "_s));
        explanation.action = Remedy::CheckConnection;
    } else if (status == 404) {
        explanation.summary = ErrorExplainer::tr("Altinn did not find what was asked for.");
        explanation.remedy = ErrorExplainer::tr(
            "Check the id, and that you are working in the right environment (test or production). It may "
            "have been deleted.");
    } else if (status == 429) {
        explanation.summary = ErrorExplainer::tr("Altinn is receiving too many requests right now.");
        explanation.remedy = ErrorExplainer::tr("Wait a minute, then try again.");
        explanation.action = Remedy::Retry;
    } else if (status >= 500) {
        explanation.summary = ErrorExplainer::tr("Altinn had a problem on its side (HTTP %1).").arg(status);
        explanation.remedy = error.traceId.isEmpty()
            ? ErrorExplainer::tr("Wait a moment and try again. If it keeps happening, contact Altinn support "
                                 "and tell them what you did and when.")
            : ErrorExplainer::tr("Wait a moment and try again. If it keeps happening, contact Altinn support "
                                 "and give them this trace id: %1")
                  .arg(error.traceId);
        explanation.action = Remedy::Retry;
    } else if (!error.message.isEmpty() && !error.code.isEmpty()) {
        // A code this version does not know yet: the server's own message is the best there is.
        explanation.code = error.code;
        explanation.summary = ErrorExplainer::tr("Altinn refused the request: %1").arg(error.message);
        explanation.remedy = error.traceId.isEmpty()
            ? ErrorExplainer::tr("If the message does not tell you what to change, contact support and give "
                                 "them the code %1.")
                  .arg(error.code)
            : ErrorExplainer::tr("If the message does not tell you what to change, contact support and give "
                                 "them the code %1 and this trace id: %2")
                  .arg(error.code, error.traceId);
        explanation.action = Remedy::ContactSupport;
    } else {
        explanation.summary = ErrorExplainer::tr("Altinn refused the request (HTTP %1).").arg(status);
        explanation.remedy = error.traceId.isEmpty()
            ? ErrorExplainer::tr("Check what you entered. If the problem persists, contact support and tell "
                                 "them what you did and when.")
            : ErrorExplainer::tr("Check what you entered. If the problem persists, contact support and give "
                                 "them this trace id: %1")
                  .arg(error.traceId);
        explanation.action = status == 400 ? Remedy::FixInput : Remedy::ContactSupport;
    }
    return explanation;
}

Explanation explainHttp(const ApiError &error)
{
    Explanation explanation;
    if (error.kind == ApiError::BodyKind::ValidationProblem
        || error.kind == ApiError::BodyKind::ModelStateProblem) {
        explanation = explainValidation(error);
    } else if (const CodeText *entry = findCode(error.code)) {
        explanation = ErrorExplainer::explainCode(error.code);
        if (!error.traceId.isEmpty() && entry->remedy == DelegationFailedRemedy)
            explanation.remedy = translated(DelegationFailedRemedyWithTrace).arg(error.traceId);
        else if (!error.traceId.isEmpty() && entry->remedy == RetrySoonRemedy)
            explanation.remedy = translated(RetrySoonRemedyWithTrace).arg(error.traceId);
        explanation.fieldMessages = extensionLines(error);
        const QList<DelegationReason> reasons =
            DelegationReason::fromExtension(error.extensions.value(DelegationReason::extensionName()));
        if (!reasons.isEmpty()) {
            // AUTH-00001 from a change request's approval: the approver, not the request, was the problem.
            const bool nobodyCan = std::all_of(reasons.cbegin(), reasons.cend(),
                [](const DelegationReason &reason) { return reason.blocksEveryone(); });
            if (error.code.compare(u"AUTH-00001"_s, Qt::CaseInsensitive) == 0) {
                explanation.summary =
                    translated(nobodyCan ? NotDelegableSummary : ApproverLacksRightsSummary);
                explanation.remedy = translated(nobodyCan ? NotDelegableRemedy : ApproverLacksRightsRemedy);
                explanation.action = nobodyCan ? Remedy::UpdateSystem : Remedy::None;
            }
        }
    } else if (const PlainText *text =
                   error.kind == ApiError::BodyKind::PlainText ? findPlainText(error.message) : nullptr) {
        explanation.code = u"HTTP %1"_s.arg(error.httpStatus);
        explanation.summary = translated(text->summary);
        explanation.remedy = translated(text->remedy);
        explanation.action = text->action;
    } else {
        explanation = explainStatus(error);
    }
    explanation.traceId = error.traceId;
    explanation.serverMessage = error.message;
    return explanation;
}

Explanation explainToken(const ApiFailure &failure)
{
    Explanation explanation;
    explanation.action = Remedy::CheckConnection;
    if (const auto &error = failure.tokenError) {
        explanation.code = error->code.isEmpty() ? error->error : error->code;
        explanation.summary = error->summary();
        explanation.remedy = error->remedy();
        explanation.traceId = error->traceId;
        explanation.serverMessage = error->description;
        // An outage at Maskinporten: nothing to check or register again, only to wait.
        if (error->isTransient())
            explanation.action = Remedy::Retry;
        return explanation;
    }
    if (!failure.detail.isEmpty()) {
        // Maskinporten said nothing: the token was stopped here (no key, no client id, a locked or missing
        // keychain). The detail is our own sentence with its remedy in it, not a message from a server, and
        // there is no Maskinporten code to show.
        explanation.summary = failure.detail;
        return explanation;
    }
    explanation.code = u"Maskinporten"_s;
    explanation.summary = ErrorExplainer::tr("Could not get an access token from Maskinporten.");
    explanation.remedy =
        ErrorExplainer::tr("Check the key and the client on the Maskinporten page, then try again.");
    return explanation;
}

} // namespace

Explanation ErrorExplainer::explain(const ApiFailure &failure, const QString &operation)
{
    Explanation explanation;
    switch (failure.kind) {
    case ApiFailure::Kind::None:
        return explanation;
    case ApiFailure::Kind::Http:
        explanation = explainHttp(failure.error);
        break;
    case ApiFailure::Kind::Network:
        // A sandbox on this computer does not go over the internet: network advice would mislead.
        if (failure.server == ApiFailure::Server::BuiltInSandbox) {
            explanation.summary = tr("The built-in sandbox stopped answering.");
            explanation.remedy =
                tr("It runs on this computer, so the network is not the cause. Restart the "
                   "app to start the sandbox again; the activity log shows the last calls it "
                   "answered.");
        } else if (failure.server == ApiFailure::Server::LocalSandbox) {
            explanation.summary = tr("The sandbox server on this computer stopped answering.");
            explanation.remedy = tr("It runs on this computer, so the network is not the cause. Check that "
                                    "systemuser-sandbox is still running and start it again if not; the "
                                    "activity log shows the last calls it answered.");
        } else {
            explanation.summary = tr("Could not reach the server.");
            explanation.remedy = tr("Check your internet connection and any proxy settings, then try again.");
        }
        explanation.action = Remedy::Retry;
        explanation.serverMessage = failure.detail;
        break;
    case ApiFailure::Kind::Tls:
        explanation.summary = tr("The secure connection to the server could not be verified.");
        explanation.remedy =
            tr("Check that your computer's clock is right. A proxy or antivirus program that inspects HTTPS "
               "traffic can also cause this; ask your IT department.");
        explanation.action = Remedy::ContactSupport;
        explanation.serverMessage = failure.detail;
        break;
    case ApiFailure::Kind::TimedOut:
        explanation.summary = tr("The server did not answer in time.");
        explanation.remedy = tr("Try again in a moment.");
        explanation.action = Remedy::Retry;
        explanation.serverMessage = failure.detail;
        break;
    case ApiFailure::Kind::Cancelled:
        explanation.summary = tr("The operation was cancelled.");
        explanation.remedy = tr("Start it again when you are ready.");
        break;
    case ApiFailure::Kind::Token:
        explanation = explainToken(failure);
        break;
    case ApiFailure::Kind::InvalidResponse:
        explanation.summary = tr("The server's answer could not be read.");
        explanation.remedy = tr("Try again. If it keeps happening, send the activity log to support.");
        explanation.action = Remedy::ContactSupport;
        explanation.serverMessage = failure.detail;
        break;
    case ApiFailure::Kind::Rejected:
        // The client refused before sending; its detail is already written for the user.
        explanation.summary =
            failure.detail.isEmpty() ? tr("The request was stopped before it was sent.") : failure.detail;
        explanation.remedy = tr("Check what you entered, then try again.");
        explanation.action = Remedy::FixInput;
        break;
    }
    if (!operation.isEmpty())
        explanation.summary = tr("Could not finish %1. %2", "operation, then what went wrong")
                                  .arg(operation, explanation.summary);
    return explanation;
}

} // namespace Altinn
