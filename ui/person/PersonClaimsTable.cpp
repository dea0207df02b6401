#include "person/PersonClaimsTable.h"

#include "common/ScreenMasking.h"

#include <QEvent>
#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Claims whose whole value identifies someone or something: masked as a hint, not searched in.
bool isIdentifier(const QString &claim)
{
    static const QStringList identifiers{u"pid"_s, u"sub"_s, u"jti"_s, u"sid"_s, u"client_id"_s};
    return identifiers.contains(claim);
}

} // namespace

PersonClaimsTable::PersonClaimsTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(u"personClaimsTable"_s);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    horizontalHeader()->resizeSection(1, 220);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &PersonClaimsTable::maskValues);
    retranslateUi();
}

void PersonClaimsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void PersonClaimsTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("What it means")});
    setAccessibleName(tr("Claims of the person's token"));
}

void PersonClaimsTable::showRows(const QList<Altinn::ClaimRow> &rows)
{
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Altinn::ClaimRow &claim = rows.at(row);
        const QStringList cells{claim.claim, claim.value, claim.explanation};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            item->setData(Qt::UserRole, cells.at(column));
            setItem(row, column, item);
        }
        // Known to the masking: the activity log and other texts hide the person's number too.
        if (isIdentifier(claim.claim))
            ScreenMasking::instance()->remember(claim.value);
    }
    maskValues();
    resizeRowsToContents();
}

void PersonClaimsTable::clearRows()
{
    setRowCount(0);
}

QString PersonClaimsTable::shownValue(const QString &claim) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) && item(row, 0)->text() == claim && item(row, 1))
            return item(row, 1)->text();
    }
    return {};
}

void PersonClaimsTable::maskValues()
{
    const ScreenMasking *masking = ScreenMasking::instance();
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *claimItem = item(row, 0);
        if (!claimItem)
            continue;
        // The value, and the explanation (which may repeat it).
        for (int column = 1; column < columnCount(); ++column) {
            QTableWidgetItem *cell = item(row, column);
            if (!cell)
                continue;
            const QString value = cell->data(Qt::UserRole).toString();
            const QString shown = column == 1 && isIdentifier(claimItem->text()) ? masking->maskValue(value)
                                                                                 : masking->maskText(value);
            cell->setText(shown);
            cell->setToolTip(shown == value ? value : shown + u'\n' + ScreenMasking::maskedNote());
        }
    }
}
