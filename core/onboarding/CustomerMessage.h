#pragma once

#include "model/LocalizedText.h"
#include "model/SystemUserRequestResponse.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace Altinn {

/**
 * The ready-to-send message for the customer who must approve a system user request (wizard
 * page 6): what the system is, what is asked for, who at the customer must approve (an access manager
 * who, for a standard request, can also pass on every right named — all-or-nothing — while someone
 * without the role can escalate), the approval link and what happens next. Plain text, for e-mail or a
 * chat.
 *
 * The language is the customer's, chosen per message, not the UI language: a vendor working in
 * Bokmål may write to an English-speaking customer. That is why the texts are tables in the code and
 * not tr() (tr() follows the installed translator).
 */
class CustomerMessage
{
public:
    enum class Language { Bokmal, Nynorsk, English };

    struct Input
    {
        /// Kind, customer org, rights, packages and confirmUrl come from here.
        SystemUserRequestResponse request;
        QString customerName; ///< optional; the org number alone is used without it
        QString vendorName; ///< the vendor organisation's name (falls back to its org number)
        QString vendorOrgNo;
        LocalizedText systemName; ///< the system's name per language (falls back to its id)
        /// Readable names of what is asked for, per language: resource id or package URN → title.
        QHash<QString, LocalizedText> titles;
        QString vendorContact; ///< optional: where the customer can ask questions (e-mail, phone)
    };

    struct Text
    {
        QString subject;
        QString body;
    };

    CustomerMessage() = delete;

    static Text compose(const Input &input, Language language);
    /// "nb", "nn" or "en" (the keys of LocalizedText).
    static QString languageCode(Language language);
    /// From "nb", "nn", "en" (also "no", "nob", "nno", "eng", and locale names like "nb_NO"); Bokmål
    /// otherwise.
    static Language languageFromCode(QStringView code);

    /// A mailto: link (RFC 6068) with @p subject and @p body percent-encoded and CRLF line breaks,
    /// for "Open in e-mail". @p to may be empty (the mail program then asks).
    static QUrl mailtoUrl(const QString &to, const QString &subject, const QString &body);
};

} // namespace Altinn
