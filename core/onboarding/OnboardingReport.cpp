#include "onboarding/OnboardingReport.h"

#include "altinn/RequestStatusText.h"
#include "net/ActivityLog.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

// QTextDocument reads the table attributes; browsers the CSS. Nothing external, nothing scripted.
constexpr char16_t Style[] = u"body{font-family:sans-serif;font-size:10pt;color:#222222}"
                             u"h1{font-size:18pt}h2{font-size:14pt;margin-top:14pt}h3{font-size:11pt}"
                             u"table{border-collapse:collapse;margin-top:4pt;margin-bottom:4pt}"
                             u"th,td{border:1px solid #999999;padding:3pt 6pt;text-align:left;"
                             u"vertical-align:top}th{background-color:#eeeeee}"
                             u".meta{color:#555555}.ok{color:#1a7f37}.failed{color:#b42318}";

/// Text for HTML: secrets redacted first (belt and braces — the summary should hold none), then escaped.
QString safe(const QString &text)
{
    return QString::fromUtf8(Redaction::body(text.toUtf8(), "text/plain")).toHtmlEscaped();
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString tableStart()
{
    return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
}

/// A table with a header row; cells are HTML already.
QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = tableStart() + u"<tr>"_s;
    for (const QString &header : headers)
        html += u"<th>"_s + safe(header) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + cell + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

/// A two-column table of label → value (both plain text).
QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString html = tableStart();
    for (const auto &[label, value] : rows)
        html += u"<tr><th>"_s + safe(label) + u"</th><td>"_s + safe(value) + u"</td></tr>"_s;
    return html + u"</table>"_s;
}

QString list(const QStringList &items, const QString &whenEmpty)
{
    if (items.isEmpty())
        return u"<p>"_s + safe(whenEmpty) + u"</p>"_s;
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + safe(item) + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString heading(int level, const QString &text)
{
    const QString tag = u"h"_s + QString::number(level);
    return u'<' + tag + u'>' + safe(text) + u"</"_s + tag + u'>';
}

QString paragraph(const QString &text, const QString &cssClass = {})
{
    const QString open = cssClass.isEmpty() ? u"<p>"_s : u"<p class=\""_s + cssClass + u"\">"_s;
    return open + safe(text) + u"</p>"_s;
}

} // namespace

QString OnboardingReport::html(const OnboardingSummary &summary)
{
    const QDateTime generated =
        summary.generatedAt.isValid() ? summary.generatedAt : QDateTime::currentDateTimeUtc();
    const auto organisation = [&summary](const QString &orgNo) {
        const QString name = summary.organisationNames.value(orgNo);
        return name.isEmpty() ? orgNo : tr("%1 (%2)").arg(name, orgNo);
    };
    const QString title = tr("Onboarding report");
    QString html = u"<!DOCTYPE html><html lang=\""_s + QLocale().name().left(2).toHtmlEscaped()
        + u"\"><head><meta charset=\"utf-8\"><title>"_s + safe(title) + u"</title><style>"_s
        + QString::fromUtf16(Style) + u"</style></head><body>"_s;
    html += heading(1, title);
    html += paragraph(tr("Created %1 in %2.").arg(localTime(generated), summary.environmentName), u"meta"_s);

    html += heading(2, tr("Vendor"));
    html += facts({{tr("Organisation number"), summary.vendorOrgNo}, {tr("Name"), summary.vendorName},
        {tr("Environment"), summary.environmentName}});

    html += heading(2, tr("System"));
    html += facts({{tr("System id"), summary.systemId}, {tr("Name"), summary.systemName}});
    html += heading(3, tr("Rights (%1)").arg(summary.registeredRights.size()));
    html += list(summary.registeredRights, tr("None."));
    html += heading(3, tr("Access packages (%1)").arg(summary.registeredPackages.size()));
    html += list(summary.registeredPackages, tr("None."));

    html += heading(2, tr("Customer requests"));
    if (summary.requests.isEmpty()) {
        html += paragraph(tr("No requests were sent."));
    } else {
        QList<QStringList> rows;
        for (const SystemUserRequestResponse &request : summary.requests) {
            const QString link = request.confirmUrl.isEmpty() ? QString()
                                                              : u"<a href=\""_s + safe(request.confirmUrl)
                    + u"\">"_s + safe(request.confirmUrl) + u"</a>"_s;
            rows.append({safe(organisation(request.partyOrgNo)), safe(RequestStatusText::kind(request.kind)),
                safe(RequestStatusText::display(request)), safe(localTime(request.created)),
                safe(request.externalRef), link});
        }
        html += table({tr("Customer"), tr("Kind"), tr("Status"), tr("Sent"), tr("External reference"),
                          tr("Approval link")},
            rows);
    }

    html += heading(2, tr("System users"));
    if (summary.systemUsers.isEmpty()) {
        html += paragraph(tr("No system users yet."));
    } else {
        QList<QStringList> rows;
        for (const SystemUser &user : summary.systemUsers) {
            const bool agent = user.userType.compare(u"agent"_s, Qt::CaseInsensitive) == 0;
            rows.append({safe(organisation(user.reporteeOrgNo)),
                safe(RequestStatusText::kind(agent ? RequestKind::Agent : RequestKind::Standard)),
                safe(user.integrationTitle), safe(user.externalRef), safe(localTime(user.created)),
                safe(user.id)});
        }
        html +=
            table({tr("Customer"), tr("Kind"), tr("Name"), tr("External reference"), tr("Created"), tr("Id")},
                rows);
    }

    html += heading(2, tr("Authentication test"));
    if (const auto &test = summary.tokenTest) {
        const QString customer = organisation(test->customerOrgNo);
        if (test->ok) {
            html += paragraph(tr("Succeeded: a system user token was issued for %1 at %2.")
                                  .arg(customer, localTime(test->testedAt)),
                u"ok"_s);
        } else {
            html += paragraph(
                tr("Failed for %1 at %2: %3").arg(customer, localTime(test->testedAt), test->failure),
                u"failed"_s);
        }
        if (!test->claims.isEmpty()) {
            QList<QStringList> rows;
            for (const ClaimRow &claim : test->claims)
                rows.append({safe(claim.claim), safe(claim.value), safe(claim.explanation)});
            html += table({tr("Claim"), tr("Value"), tr("Meaning")}, rows);
        }
    } else {
        html += paragraph(tr("Not tested."));
    }

    html += heading(2, tr("Pending"));
    html += list(summary.pendingItems, tr("Nothing is pending."));
    html += heading(2, tr("Next steps"));
    html += list(summary.nextSteps, tr("Nothing more to do."));
    return html + u"</body></html>"_s;
}

QString OnboardingReport::suggestedFileName(const OnboardingSummary &summary, const QString &extension)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString system = summary.systemId;
    system.replace(unsafe, u"-"_s);
    const QDateTime generated =
        summary.generatedAt.isValid() ? summary.generatedAt : QDateTime::currentDateTimeUtc();
    QString name = u"onboarding"_s;
    if (!system.isEmpty())
        name += u'-' + system;
    return name + u'-' + generated.toLocalTime().toString(u"yyyy-MM-dd"_s) + u'.' + extension;
}

} // namespace Altinn
