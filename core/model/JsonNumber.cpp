#include "model/JsonNumber.h"

#include <algorithm>
#include <cmath>

namespace Altinn::JsonNumber {

namespace {
// Bounds are clamped to ±2^53 first, so every comparison below is between exactly representable doubles.
qint64 exactBound(qint64 bound)
{
    return std::clamp(bound, -MaxExactInteger, MaxExactInteger);
}
} // namespace

std::optional<qint64> wholeNumber(double number, qint64 min, qint64 max)
{
    if (!std::isfinite(number) || std::trunc(number) != number)
        return std::nullopt;
    const auto low = static_cast<double>(exactBound(min));
    const auto high = static_cast<double>(exactBound(max));
    if (number < low || number > high)
        return std::nullopt;
    return static_cast<qint64>(number); // in range: defined
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    return wholeNumber(value.toDouble(), min, max);
}

std::optional<qint64> saturated(double number, qint64 min, qint64 max)
{
    if (std::isnan(number))
        return std::nullopt;
    const qint64 low = exactBound(min);
    const qint64 high = exactBound(max);
    if (number <= static_cast<double>(low))
        return low;
    if (number >= static_cast<double>(high))
        return high;
    return static_cast<qint64>(std::trunc(number)); // strictly inside ±2^53: defined
}

std::optional<qint64> saturated(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    return saturated(value.toDouble(), min, max);
}

} // namespace Altinn::JsonNumber
