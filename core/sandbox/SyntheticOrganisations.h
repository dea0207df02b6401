#pragma once

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

/**
 * Made-up test organisations for rehearsing bulk onboarding with thousands of customers
 * (docs/sandbox.md#synthetic-organisations), switched on by the setting `syntheticOrganisations`.
 *
 * Organisation i (from 0) has the i-th MOD11-valid number from 350000000 upwards, a block the seed
 * catalogue does not use; so the list for N is the first N entries of the list for any larger N, and it is
 * the same on every machine and run. Its name is built from fixed word lists (adjective, noun, trade and
 * company form, e.g. "MODIG ØRN TRANSPORT AS"), spread by a fixed stride so neighbours do not look alike;
 * after every combination has been used once, a block number keeps the names unique ("… 2 AS").
 */
class SyntheticOrganisations
{
public:
    /// The largest count the setting accepts (numbers 350000000 to about 361000000).
    static constexpr int MaxCount = 1000000;

    SyntheticOrganisations() = default;
    /// The first @p count organisations (clamped to 0…MaxCount); generated at once, in a few milliseconds.
    explicit SyntheticOrganisations(int count);

    int count() const;
    /// The organisation number of organisation @p index (0 ≤ index < count()).
    QString orgNo(int index) const;
    /// The name of organisation @p index; depends on the index only.
    static QString name(int index);
    /// The index of @p orgNo, by binary search (O(log n)); nullopt when it is not one of these.
    std::optional<int> indexOf(QStringView orgNo) const;
    /// The name of @p orgNo, or nullopt when it is not one of these.
    std::optional<QString> nameOf(QStringView orgNo) const;

    /// The MOD11 check digit for the first eight digits (weights 3,2,7,6,5,4,3,2); nullopt when no valid
    /// number starts with them (the check digit would be 10).
    static std::optional<int> checkDigit(quint32 firstEightDigits);

private:
    std::shared_ptr<const std::vector<quint32>> m_numbers; ///< ascending nine-digit numbers
};
