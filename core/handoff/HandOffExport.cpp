#include "handoff/HandOffExport.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;

namespace {

/// What a reminder adds, per customer language.
struct ReminderPhrases
{
    const char16_t *subjectPrefix;
    const char16_t *line;
};

// The customer's language is chosen per customer, independent of the UI language, so these texts cannot
// go through tr() (which follows the installed translator) — the same reason as in CustomerMessage.
constexpr ReminderPhrases BokmalReminder{
    u"Påminnelse: ",
    u"Dette er en påminnelse: forespørselen nedenfor venter fortsatt på svar fra dere.",
};
constexpr ReminderPhrases NynorskReminder{
    u"Påminning: ",
    u"Dette er ei påminning: førespurnaden nedanfor ventar framleis på svar frå dykk.",
};
constexpr ReminderPhrases EnglishReminder{
    u"Reminder: ",
    u"This is a reminder: the request below is still waiting for your answer.",
};

const ReminderPhrases &reminderPhrases(CustomerMessage::Language language)
{
    switch (language) {
    case CustomerMessage::Language::Bokmal:
        return BokmalReminder;
    case CustomerMessage::Language::Nynorsk:
        return NynorskReminder;
    case CustomerMessage::Language::English:
        return EnglishReminder;
    }
    return BokmalReminder;
}

/// @p texts in @p language, then Bokmål, then English, then any; empty when there is none.
QString pick(const Altinn::LocalizedText &texts, const QString &language)
{
    for (const QString &code : {language, u"nb"_s, u"en"_s}) {
        const QString value = texts.value(code).trimmed();
        if (!value.isEmpty())
            return value;
    }
    for (const QString &value : texts) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

/// The reminder line as the body's second paragraph, after the greeting.
QString withReminder(const QString &body, const QString &line)
{
    const qsizetype greetingEnd = body.indexOf(u"\n\n"_s);
    if (greetingEnd < 0)
        return line + u"\n\n"_s + body;
    return body.left(greetingEnd) + u"\n\n"_s + line + body.mid(greetingEnd);
}

HandOffExport::SkipReason skipReason(CustomerState state)
{
    switch (state) {
    case CustomerState::NotAsked:
    case CustomerState::Failed:
        return HandOffExport::SkipReason::NoRequestYet;
    case CustomerState::Waiting:
    case CustomerState::ChangePending:
        return HandOffExport::SkipReason::NoLinkYet;
    case CustomerState::WaitingTimedOut:
    case CustomerState::Approved:
    case CustomerState::Rejected:
    case CustomerState::SystemUserDeleted:
        return HandOffExport::SkipReason::NotWaiting;
    }
    return HandOffExport::SkipReason::NotWaiting;
}

QString skipReasonText(const CustomerRecord &customer, HandOffExport::SkipReason reason)
{
    switch (reason) {
    case HandOffExport::SkipReason::NoRequestYet:
        return HandOffExport::tr("No request has been sent to this customer yet. Send one first; its "
                                 "approval link comes with it.");
    case HandOffExport::SkipReason::NoLinkYet:
        return customer.state == CustomerState::ChangePending
            ? HandOffExport::tr(
                "A change request waits, but its approval link is not known here yet. Refresh "
                "the customer list, then export again.")
            : HandOffExport::tr("A request waits, but its approval link is not known here yet. Refresh the "
                                "customer list, then export again.");
    case HandOffExport::SkipReason::NotWaiting:
        return HandOffExport::tr("Nothing waits for this customer's approval (%1). Next step: %2.")
            .arg(CustomerStates::text(customer.state),
                CustomerStates::actionText(CustomerStates::nextAction(customer.state)));
    }
    return {};
}

/// A name part of a file name: letters and digits kept (æøå too), every other run one '-'.
QString fileNamePart(const QString &text, qsizetype maximumLength)
{
    QString part;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber())
            part.append(c);
        else if (!part.isEmpty() && !part.endsWith(u'-'))
            part.append(u'-');
    }
    if (part.size() > maximumLength) {
        part.truncate(maximumLength);
        if (part.back().isHighSurrogate())
            part.chop(1);
    }
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}

/// RFC 5322 date-time ("Tue, 05 Mar 2024 14:03:00 +0100"); English names whatever the locale.
QByteArray rfc5322Date(const QDateTime &date)
{
    static constexpr const char *Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *Months[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate day = date.date();
    const QTime time = date.time();
    const int offsetMinutes = date.offsetFromUtc() / 60;
    const int absoluteOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", Days[day.dayOfWeek() - 1],
        day.day(), Months[day.month() - 1], day.year(), time.hour(), time.minute(), time.second(),
        offsetMinutes < 0 ? '-' : '+', absoluteOffset / 60, absoluteOffset % 60)
        .toLatin1();
}

} // namespace

HandOffExport::Batch HandOffExport::prepare(const Input &input)
{
    Batch batch;
    batch.vendorName = input.vendorName.trimmed();
    batch.vendorOrgNo = input.vendorOrgNo.trimmed();
    batch.vendorContact = input.vendorContact.trimmed();
    batch.systemId = input.system.id;
    batch.reminder = input.reminder;
    batch.messages.reserve(input.customers.size());

    for (const CustomerRecord &customer : input.customers) {
        const QString link = linkFor(customer);
        if (link.isEmpty()) {
            const SkipReason reason = skipReason(customer.state);
            batch.skipped.append(
                {customer.orgNo, customer.name, customer.state, reason, skipReasonText(customer, reason)});
            continue;
        }
        Message message;
        message.orgNo = customer.orgNo;
        message.customerName = customer.name.trimmed();
        message.contactEmail = customer.contactEmail.trimmed();
        message.language = CustomerMessage::languageFromCode(customer.language);
        message.state = customer.state;
        message.link = link;
        message.systemName = pick(input.system.name, message.languageCode());
        if (message.systemName.isEmpty())
            message.systemName = input.system.id;
        const CustomerMessage::Text text =
            CustomerMessage::compose(messageInput(input, customer, link), message.language);
        message.subject = text.subject;
        message.body = text.body;
        if (input.reminder) {
            const ReminderPhrases &reminder = reminderPhrases(message.language);
            message.subject.prepend(QString::fromUtf16(reminder.subjectPrefix));
            message.body = withReminder(message.body, QString::fromUtf16(reminder.line));
        }
        batch.messages.append(std::move(message));
    }
    return batch;
}

QString HandOffExport::linkFor(const CustomerRecord &customer)
{
    switch (customer.state) {
    case CustomerState::Waiting:
        return customer.confirmUrl.trimmed();
    case CustomerState::ChangePending:
        return customer.changeConfirmUrl.trimmed();
    case CustomerState::NotAsked:
    case CustomerState::WaitingTimedOut:
    case CustomerState::Approved:
    case CustomerState::Rejected:
    case CustomerState::SystemUserDeleted:
    case CustomerState::Failed:
        break;
    }
    return {};
}

CustomerMessage::Input HandOffExport::messageInput(
    const Input &input, const CustomerRecord &customer, const QString &link)
{
    CustomerMessage::Input message;
    Altinn::SystemUserRequestResponse &request = message.request;
    request.kind = customer.kind;
    request.systemId = input.system.id;
    request.partyOrgNo = customer.orgNo;
    request.externalRef = customer.effectiveExternalRef();
    request.confirmUrl = link;
    // Agent requests carry access packages only (no rights member at Altinn).
    if (customer.kind == Altinn::RequestKind::Standard) {
        for (const Altinn::Right &right : input.system.rights.value_or(QList<Altinn::Right>{})) {
            if (customer.wantedRights.isEmpty() || customer.wantedRights.contains(right.resourceId()))
                request.rights.append(right);
        }
    }
    for (const Altinn::AccessPackageRef &package :
        input.system.accessPackages.value_or(QList<Altinn::AccessPackageRef>{})) {
        if (customer.wantedPackages.isEmpty() || customer.wantedPackages.contains(package.urn))
            request.accessPackages.append(package);
    }
    message.customerName = customer.name.trimmed();
    message.vendorName = input.vendorName.trimmed();
    message.vendorOrgNo = input.vendorOrgNo.trimmed();
    message.systemName = input.system.name;
    message.titles = input.titles;
    message.vendorContact = input.vendorContact.trimmed();
    return message;
}

QString HandOffExport::skippedSummary(const Batch &batch)
{
    if (batch.skipped.isEmpty())
        return {};
    return tr("%n customer(s) have no approval link to hand over and are left out.", nullptr,
        int(batch.skipped.size()));
}

QStringList HandOffExport::csvHeader()
{
    return {tr("Organisation number"), tr("Name"), tr("E-mail"), tr("Language"), tr("State"),
        tr("Approval link"), tr("Subject"), tr("Message")};
}

QString HandOffExport::csvCell(QString text)
{
    // A cell starting like a formula would run in a spreadsheet (OWASP "CSV injection"): make it text.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

QByteArray HandOffExport::csv(const QList<Message> &messages)
{
    // Norwegian Excel splits at ';' (the decimal comma takes ','), and reads UTF-8 only after a BOM.
    const auto row = [](const QStringList &cells) -> QString {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &cell : cells)
            escaped.append(csvCell(cell));
        return escaped.join(u';');
    };
    QStringList lines{row(csvHeader())};
    lines.reserve(messages.size() + 1);
    for (const Message &message : messages) {
        lines.append(row({message.orgNo, message.customerName, message.contactEmail, message.languageCode(),
            CustomerStates::id(message.state), message.link, message.subject, message.body}));
    }
    return "\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QStringList HandOffExport::emailAddresses(const QString &contact)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    static const QRegularExpression localPart(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"_s);
    static const QRegularExpression domainPart(
        u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    QStringList addresses;
    for (QString part : contact.split(separators, Qt::SkipEmptyParts)) {
        // "Name <a@b.no>" splits into "Name" (no '@', dropped) and "<a@b.no>".
        if (part.startsWith(u'<') && part.endsWith(u'>'))
            part = part.mid(1, part.size() - 2);
        const qsizetype at = part.lastIndexOf(u'@');
        if (at <= 0 || at == part.size() - 1)
            continue;
        const QString local = part.left(at);
        // Non-ASCII domains (bøker.no) go as their ACE form; a header must stay ASCII without SMTPUTF8.
        const QString domain = QString::fromLatin1(QUrl::toAce(part.mid(at + 1)));
        if (!localPart.match(local).hasMatch() || !domainPart.match(domain).hasMatch())
            continue;
        const QString address = local + u'@' + domain.toLower();
        if (!addresses.contains(address, Qt::CaseInsensitive))
            addresses.append(address);
    }
    return addresses;
}

QByteArray HandOffExport::encodeHeaderText(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    bool plain = oneLine.size() <= 68 && !oneLine.contains(u"=?"_s);
    for (const QChar c : oneLine)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (plain)
        return oneLine.toLatin1();

    // RFC 2047: an encoded word is at most 75 characters. 42 UTF-8 bytes are 56 in base64, so
    // "Subject: =?utf-8?B?…?=" stays within 78; a character's bytes are never split between words.
    constexpr qsizetype MaximumBytes = 42;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < oneLine.size(); ++i) {
        const qsizetype length = oneLine.at(i).isHighSurrogate() && i + 1 < oneLine.size() ? 2 : 1;
        const QByteArray bytes = QStringView(oneLine).mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > MaximumBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArrayList encoded;
    for (const QByteArray &word : std::as_const(words))
        encoded.append("=?utf-8?B?" + word.toBase64() + "?=");
    // Folding white space between encoded words is not part of the text (RFC 2047 section 6.2).
    return encoded.join("\r\n ");
}

QByteArray HandOffExport::quotedPrintable(const QString &text)
{
    // RFC 2045 section 6.7: at most 76 characters a line, a soft break is '=' at the end.
    constexpr qsizetype MaximumLine = 75;
    static constexpr char Hex[] = "0123456789ABCDEF";
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QByteArray out;
    const QStringList lines = normalised.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).toUtf8();
        qsizetype length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            // Space and tab at the end of a line would be lost in transport: encode them there.
            const bool literal =
                (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
            const qsizetype width = literal ? 1 : 3;
            if (length + width > MaximumLine) {
                out += "=\r\n";
                length = 0;
            }
            if (literal) {
                out += char(byte);
            } else {
                out += '=';
                out += Hex[byte >> 4];
                out += Hex[byte & 0x0f];
            }
            length += width;
        }
        if (index + 1 < lines.size())
            out += "\r\n";
    }
    return out + "\r\n";
}

QByteArray HandOffExport::eml(const Message &message, const QDateTime &date)
{
    QByteArray out;
    const QStringList to = emailAddresses(message.contactEmail);
    if (!to.isEmpty())
        out += "To: " + to.join(u",\r\n "_s).toLatin1() + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    out += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTime()) + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@systemuser-wizard.invalid>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "Content-Language: " + message.languageCode().toLatin1() + "\r\n";
    // Outlook and Thunderbird open a message marked unsent as a draft, ready to send.
    out += "X-Unsent: 1\r\n";
    out += "\r\n";
    out += quotedPrintable(message.body);
    return out;
}

QStringList HandOffExport::emlFileNames(const QList<Message> &messages)
{
    QStringList names;
    names.reserve(messages.size());
    QSet<QString> used;
    for (const Message &message : messages) {
        const QString orgNo = fileNamePart(message.orgNo, 20);
        const QString name = fileNamePart(message.customerName, 60);
        QString base = orgNo.isEmpty() ? name : (name.isEmpty() ? orgNo : orgNo + u'-' + name);
        if (base.isEmpty())
            base = u"customer"_s;
        // Case-insensitive: Windows and macOS file systems treat "AS" and "as" as one name.
        QString candidate = base;
        for (int counter = 2; used.contains(candidate.toLower()); ++counter)
            candidate = base + u'-' + QString::number(counter);
        used.insert(candidate.toLower());
        names.append(candidate + u".eml"_s);
    }
    return names;
}
