#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Validation {

/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit
 * over the first eight with weights 3,2,7,6,5,4,3,2. Remainder 0 gives check digit 0; remainder 1
 * means no valid number has those first eight digits; otherwise the check digit is 11 − remainder.
 *
 * check() is strict (ASCII digits only, no spaces): it judges the string that will be sent.
 * Input fields pass what the user typed through normalized() first, so "991 825 827" is accepted there.
 */
class OrgNumber
{
    Q_DECLARE_TR_FUNCTIONS(OrgNumber)

public:
    enum class Problem { None, Empty, NotDigits, WrongLength, BadCheckDigit };

    OrgNumber() = delete;

    /// The first problem found, in the order Empty, NotDigits, WrongLength, BadCheckDigit.
    static Problem check(QStringView number);
    static bool isValid(QStringView number);
    /// @p number without any whitespace (spaces, tabs, no-break spaces from copied web pages).
    static QString normalized(QStringView number);
    /// Translated text saying what to do about @p problem; empty for Problem::None.
    static QString message(Problem problem);
};

} // namespace Validation
