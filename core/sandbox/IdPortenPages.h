#pragma once

#include "sandbox/ApprovalPageText.h"
#include "sandbox/FormTokens.h"
#include "sandbox/IdPortenPersons.h"
#include "sandbox/IdPortenSessions.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxState.h"

#include <QString>

/**
 * The HTML of the sandbox's ID-porten (docs/sandbox.md#id-porten): the login page (choose one of
 * IdPortenPersons, or cancel), the consent page (the scopes asked for, Allow / Deny) and error pages, in nb,
 * nn or en. Plain, script-free HTML (HtmlPage); texts are English sources marked
 * QT_TRANSLATE_NOOP("ApprovalPageText", …) and translated per page by ApprovalPageText, like the approval
 * pages. Each form carries an anti-forgery token (FormTokens) bound to its step and pending authorization.
 */
class IdPortenPages
{
public:
    IdPortenPages() = default;
    Q_DISABLE_COPY_MOVE(IdPortenPages)

    // Names of the forms' fields.
    static inline const QString PendingField = QStringLiteral("pending");
    static inline const QString TokenField = QStringLiteral("token");
    static inline const QString PersonField = QStringLiteral("pid");
    static inline const QString CancelField = QStringLiteral("cancel");
    static inline const QString DecisionField = QStringLiteral("decision");

    /// The locale of @p uiLocales (ID-porten's ui_locales: space-separated, the first supported one wins):
    /// "nb", "nn", "en" or "se"; "nb" when none is supported.
    static QString localeFor(const QString &uiLocales);
    /// The pages' language for @p locale: "nb", "nn" or "en" (the sandbox has no Northern Sami texts).
    static QString languageFor(const QString &locale);

    SandboxResponse login(
        const IdPortenSessions::Pending &pending, const SandboxIdPortenClient &client) const;
    SandboxResponse consent(const IdPortenSessions::Pending &pending, const SandboxIdPortenClient &client,
        const IdPortenPersons::Person &person) const;
    /// An error page: nothing is sent back to the app. @p heading and @p text are marked sources; @p detail
    /// is shown as code when not empty.
    SandboxResponse error(int status, const QString &language, const char *heading, const char *text,
        const QString &detail = {}) const;

    /// True when @p token came from the form of @p stage's page for @p pendingId.
    bool verifyForm(
        const QString &token, IdPortenSessions::Pending::Stage stage, const QString &pendingId) const;

private:
    ApprovalPageText m_catalogue;
    FormTokens m_tokens;
};
