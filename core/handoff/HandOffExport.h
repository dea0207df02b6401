#pragma once

#include "model/LocalizedText.h"
#include "model/SystemDefinition.h"
#include "onboarding/CustomerMessage.h"
#include "workspace/CustomerRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * "Hand-off at scale": the approval link and the ready-to-send message of many customers at once, for a
 * mail merge (CSV), one e-mail draft per customer (.eml) and a printed sheet per customer (HandOffPdf).
 * The messages are CustomerMessage's texts in each customer's own language, not the UI language.
 *
 * Only customers with a request waiting for them get a message: Waiting (the request's link) and
 * ChangePending (the change request's link). Everyone else is skipped, with the reason, so the caller can
 * say how many have no link yet and why.
 */
class HandOffExport
{
    Q_DECLARE_TR_FUNCTIONS(HandOffExport)

public:
    struct Input
    {
        QList<CustomerRecord> customers;
        /// Id, names per language, rights and packages; a customer's wanted rights/packages pick from these.
        Altinn::SystemDefinition system;
        QString vendorName;
        QString vendorOrgNo;
        QString vendorContact; ///< optional: e-mail or phone for questions
        /// Readable names per language: resource id or package URN → title (as CustomerMessage::Input).
        QHash<QString, Altinn::LocalizedText> titles;
        /// A reminder: "Reminder:" before the subject and a line saying the request still waits.
        bool reminder = false;
    };

    /// One customer's ready-to-send message.
    struct Message
    {
        QString orgNo;
        QString customerName;
        QString contactEmail; ///< as imported, trimmed; may be empty
        Altinn::CustomerMessage::Language language = Altinn::CustomerMessage::Language::Bokmal;
        CustomerState state = CustomerState::Waiting;
        QString link; ///< the approval link (a change request's for ChangePending)
        QString systemName; ///< in the customer's language, the id without one
        QString subject;
        QString body; ///< lines separated by '\n'

        QString languageCode() const { return Altinn::CustomerMessage::languageCode(language); }
    };

    enum class SkipReason {
        NoRequestYet, ///< NotAsked, Failed: nothing was sent
        NoLinkYet, ///< a request waits, but Altinn's link is not in the ledger (yet)
        NotWaiting, ///< Approved, Rejected, timed out, deleted: a link would lead nowhere useful
    };

    struct Skipped
    {
        QString orgNo;
        QString customerName;
        CustomerState state = CustomerState::NotAsked;
        SkipReason reason = SkipReason::NoLinkYet;
        QString reasonText; ///< translated, says what to do
    };

    struct Batch
    {
        QList<Message> messages; ///< in the order of Input::customers
        QList<Skipped> skipped;
        QString vendorName;
        QString vendorOrgNo;
        QString vendorContact;
        QString systemId;
        bool reminder = false;
    };

    HandOffExport() = delete;

    static Batch prepare(const Input &input);
    /// The link to hand over for @p customer's state (empty when there is none to hand over).
    static QString linkFor(const CustomerRecord &customer);
    /// The CustomerMessage input for @p customer and @p link: rights and packages narrowed to the wanted
    /// ones.
    static Altinn::CustomerMessage::Input messageInput(
        const Input &input, const CustomerRecord &customer, const QString &link);
    /// "3 customers have no approval link yet and are left out." (translated); empty when none is.
    static QString skippedSummary(const Batch &batch);

    /// Column titles of the CSV, translated (they become the mail merge's field names).
    static QStringList csvHeader();
    /// UTF-8 with BOM, ';'-separated, CRLF, RFC 4180 quoting, cells that look like formulas made text.
    static QByteArray csv(const QList<Message> &messages);
    /// One cell: a leading = + - @ tab or CR gets a ' (spreadsheet formula injection); quoted when needed.
    static QString csvCell(QString text);

    /**
     * One RFC 5322 message as a draft (X-Unsent: 1): To when the record has a usable address, the
     * subject RFC 2047-encoded, the body quoted-printable UTF-8. No From: the mail program fills it.
     */
    static QByteArray eml(const Message &message, const QDateTime &date);
    /// "<orgno>-<name>.eml" for each message, in order, unique (a second one of the same name gets "-2").
    static QStringList emlFileNames(const QList<Message> &messages);
    /// The syntactically usable addresses in @p contact (split at ',', ';' and spaces); IDN domains in ACE.
    static QStringList emailAddresses(const QString &contact);
    /// @p text as RFC 2047 encoded words (UTF-8, base64), folded, for a header after "Name: ".
    static QByteArray encodeHeaderText(const QString &text);
    /// @p text as quoted-printable with CRLF line ends and lines of at most 76 characters.
    static QByteArray quotedPrintable(const QString &text);
};
