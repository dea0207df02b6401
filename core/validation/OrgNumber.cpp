#include "validation/OrgNumber.h"

#include <array>

namespace Validation {

namespace {

constexpr qsizetype OrgNumberLength = 9;
constexpr std::array<int, 8> Mod11Weights = {3, 2, 7, 6, 5, 4, 3, 2};

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts other scripts' digits, which the registers never use.
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

OrgNumber::Problem OrgNumber::check(QStringView number)
{
    if (number.isEmpty())
        return Problem::Empty;
    for (const QChar c : number) {
        if (!isAsciiDigit(c))
            return Problem::NotDigits;
    }
    if (number.size() != OrgNumberLength)
        return Problem::WrongLength;

    int sum = 0;
    for (std::size_t i = 0; i < Mod11Weights.size(); ++i)
        sum += digitValue(number[static_cast<qsizetype>(i)]) * Mod11Weights[i];
    const int remainder = sum % 11;
    if (remainder == 1) // the check digit would be 10: no valid number starts with these eight digits
        return Problem::BadCheckDigit;
    const int expected = remainder == 0 ? 0 : 11 - remainder;
    return digitValue(number[OrgNumberLength - 1]) == expected ? Problem::None : Problem::BadCheckDigit;
}

bool OrgNumber::isValid(QStringView number)
{
    return check(number) == Problem::None;
}

QString OrgNumber::normalized(QStringView number)
{
    QString result;
    result.reserve(number.size());
    for (const QChar c : number) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString OrgNumber::message(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the organisation number (9 digits).");
    case Problem::NotDigits:
        return tr("An organisation number has digits only. Remove letters, spaces and other characters.");
    case Problem::WrongLength:
        return tr("An organisation number has exactly 9 digits. Check that no digit is missing or extra.");
    case Problem::BadCheckDigit:
        return tr(
            "This is not a valid organisation number (the check digit does not match). "
            "Check for a mistyped digit; you can look the number up in the Central Coordinating Register "
            "(Enhetsregisteret).");
    }
    return {};
}

} // namespace Validation
