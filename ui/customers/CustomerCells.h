#pragma once

#include "workspace/CustomerRecord.h"

#include <QCoreApplication>
#include <QString>

class QLocale;

/**
 * How one customer reads in each column of the customers table (CustomersModel::Column): the text a cell
 * shows, with organisation numbers and references masked in presenter mode, and its tooltip.
 */
class CustomerCells
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCells)

public:
    /// Dates in @p locale, short, in local time.
    static QString text(const CustomerRecord &record, int column, const QLocale &locale);
    static QString toolTip(const CustomerRecord &record, int column);
};
