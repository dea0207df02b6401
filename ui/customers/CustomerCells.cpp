#include "customers/CustomerCells.h"

#include "altinn/RequestStatusText.h"
#include "common/ScreenMasking.h"
#include "customers/CustomersModel.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

QString dateText(const QDateTime &utc, const QLocale &locale)
{
    return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString CustomerCells::text(const CustomerRecord &record, int column, const QLocale &locale)
{
    switch (column) {
    case CustomersModel::CustomerColumn: {
        const QString orgNo = ScreenMasking::instance()->maskOrganisationNumber(record.orgNo);
        return record.name.isEmpty() ? orgNo : tr("%1 (%2)").arg(record.name, orgNo);
    }
    case CustomersModel::ExternalRefColumn:
        return ScreenMasking::instance()->masksOrganisationNumbers()
            ? ScreenMasking::instance()->maskText(record.externalRef)
            : record.externalRef;
    case CustomersModel::KindColumn:
        return Altinn::RequestStatusText::kind(record.kind);
    case CustomersModel::StateColumn:
        return CustomerStates::text(record.state);
    case CustomersModel::NextStepColumn:
        return CustomerStates::actionText(CustomerStates::nextAction(record.state));
    case CustomersModel::SinceColumn:
        return dateText(record.stateSince, locale);
    case CustomersModel::CreatedColumn:
        return dateText(record.requestCreated, locale);
    case CustomersModel::NoteColumn:
        // One line in the table; the whole note is in the tooltip.
        return record.note.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QString CustomerCells::toolTip(const CustomerRecord &record, int column)
{
    if (column == CustomersModel::NoteColumn && !record.note.isEmpty())
        return record.note;
    QStringList lines;
    if (record.state == CustomerState::Failed && !record.lastError.isEmpty())
        lines.append(record.lastError);
    if (!record.requestId.isEmpty())
        lines.append(tr("Request id: %1").arg(record.requestId));
    if (!record.systemUserId.isEmpty())
        lines.append(tr("System user id: %1").arg(record.systemUserId));
    if (!record.changeRequestId.isEmpty())
        lines.append(tr("Change request id: %1").arg(record.changeRequestId));
    if (!record.confirmUrl.isEmpty())
        lines.append(tr("Approval link: %1").arg(record.confirmUrl));
    return lines.join(u'\n');
}
