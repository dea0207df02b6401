#pragma once

#include <QJsonValue>
#include <QtGlobal>

#include <optional>

namespace Altinn {

/**
 * The one way a JSON number becomes an integer in this project.
 *
 * JSON numbers arrive as doubles, and converting a double that is NaN, infinite or outside the target
 * type to an integer is undefined behaviour in C++ (an answer saying `"expires_in": 1e308` must not be
 * able to do that). Only whole numbers within ±2^53, where a double is exact, are ever converted.
 */
namespace JsonNumber {

/// The largest magnitude at which every whole number is exactly representable as a double (2^53).
inline constexpr qint64 MaxExactInteger = qint64(1) << 53;

/// @p number as an integer when it is a whole number from @p min to @p max; nullopt otherwise
/// (NaN, infinities, fractions and everything outside the range, ±2^53 at most).
std::optional<qint64> wholeNumber(double number, qint64 min = -MaxExactInteger, qint64 max = MaxExactInteger);

/// The same for a JSON value: nullopt also when it is not a number ("10" and true are not).
std::optional<qint64> wholeNumber(
    const QJsonValue &value, qint64 min = -MaxExactInteger, qint64 max = MaxExactInteger);

/// @p number truncated toward zero and saturated to [@p min, @p max]: for values where "huge" has a
/// meaning (a token lifetime of 1e308 s lasts as long as @p max). NaN and non-numbers give nullopt.
std::optional<qint64> saturated(double number, qint64 min, qint64 max);
std::optional<qint64> saturated(const QJsonValue &value, qint64 min, qint64 max);

} // namespace JsonNumber
} // namespace Altinn
