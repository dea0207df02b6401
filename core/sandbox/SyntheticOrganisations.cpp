#include "sandbox/SyntheticOrganisations.h"

#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

/// First eight digits of the first candidate: 350000000 and up is free in the seed catalogue.
constexpr quint32 FirstBase = 35000000;
constexpr std::array<quint32, 8> Weights = {3, 2, 7, 6, 5, 4, 3, 2};

// Small word lists in the register's upper case. The nouns are masculine or feminine, so the adjectives'
// base form agrees with all of them.
constexpr std::array<QStringView, 32> Adjectives = {u"BLÅ", u"GRØNN", u"RASK", u"STILLE", u"LUN", u"MODIG",
    u"KLOK", u"STERK", u"VILL", u"ROLIG", u"LYS", u"MØRK", u"FRISK", u"TRYGG", u"VAKKER", u"NORDLIG",
    u"SOLRIK", u"KVIKK", u"STØDIG", u"GLAD", u"FIN", u"HØY", u"STOR", u"GYLDEN", u"KALD", u"VARM", u"DJERV",
    u"EVIG", u"FRI", u"HVIT", u"RØD", u"SPREK"};
constexpr std::array<QStringView, 32> Nouns = {u"FJORD", u"BØLGE", u"ELV", u"BRE", u"STEIN", u"FOSS", u"ØRN",
    u"ULV", u"GRAN", u"BJØRK", u"FURU", u"HAUG", u"DAL", u"HAVN", u"BRYGGE", u"KILDE", u"STJERNE", u"MÅNE",
    u"SOL", u"VIND", u"ELG", u"REV", u"LAKS", u"MÅKE", u"SKOG", u"ÅS", u"VIK", u"ØY", u"STRAND", u"BRO",
    u"LYNG", u"ROS"};
constexpr std::array<QStringView, 16> Trades = {u"BYGG", u"REGNSKAP", u"TRANSPORT", u"HANDEL", u"EIENDOM",
    u"DATA", u"ELEKTRO", u"MASKIN", u"FISKE", u"GÅRD", u"BAKERI", u"FRISØR", u"KONSULT", u"MEDIA", u"RØR",
    u"SERVICE"};
constexpr std::array<QStringView, 3> Forms = {u"AS", u"SA", u"ANS"};

constexpr std::size_t Combinations =
    Adjectives.size() * Nouns.size() * Trades.size() * Forms.size(); // 49152 = 2^14 · 3
/// Coprime with Combinations, so index → combination is a permutation within each block.
constexpr std::size_t Stride = 10007;

constexpr qsizetype OrgNoLength = 9;

} // namespace

SyntheticOrganisations::SyntheticOrganisations(int count)
{
    const int wanted = std::clamp(count, 0, MaxCount);
    const auto size = static_cast<std::size_t>(wanted);
    auto numbers = std::make_shared<std::vector<quint32>>();
    numbers->reserve(size);
    for (quint32 base = FirstBase; numbers->size() < size; ++base) {
        if (const auto check = checkDigit(base))
            numbers->push_back(base * 10 + static_cast<quint32>(*check));
    }
    m_numbers = std::move(numbers);
}

int SyntheticOrganisations::count() const
{
    return m_numbers ? static_cast<int>(m_numbers->size()) : 0;
}

QString SyntheticOrganisations::orgNo(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return QString::number(m_numbers->at(static_cast<std::size_t>(index)));
}

QString SyntheticOrganisations::name(int index)
{
    const auto position = static_cast<std::size_t>(std::max(index, 0));
    const std::size_t block = position / Combinations;
    // A fixed permutation of the combinations, so that consecutive organisations differ in every word.
    std::size_t combination = (position % Combinations) * Stride % Combinations;
    const auto take = [&combination](const auto &words) {
        const QStringView word = words.at(combination % words.size());
        combination /= words.size();
        return word.toString();
    };
    const QString form = take(Forms);
    const QString trade = take(Trades);
    const QString noun = take(Nouns);
    const QString adjective = take(Adjectives);
    QStringList words{adjective, noun, trade};
    if (block > 0)
        words.append(QString::number(block + 1));
    words.append(form);
    return words.join(u' ');
}

std::optional<int> SyntheticOrganisations::indexOf(QStringView orgNo) const
{
    if (count() == 0 || orgNo.size() != OrgNoLength)
        return std::nullopt;
    quint32 number = 0;
    for (const QChar c : orgNo) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        number = number * 10 + static_cast<quint32>(c.unicode() - u'0');
    }
    const auto found = std::lower_bound(m_numbers->cbegin(), m_numbers->cend(), number);
    if (found == m_numbers->cend() || *found != number)
        return std::nullopt;
    return static_cast<int>(found - m_numbers->cbegin());
}

std::optional<QString> SyntheticOrganisations::nameOf(QStringView orgNo) const
{
    const auto index = indexOf(orgNo);
    if (!index)
        return std::nullopt;
    return name(*index);
}

std::optional<int> SyntheticOrganisations::checkDigit(quint32 firstEightDigits)
{
    quint32 sum = 0;
    quint32 rest = firstEightDigits;
    for (std::size_t i = Weights.size(); i-- > 0;) {
        sum += (rest % 10) * Weights.at(i);
        rest /= 10;
    }
    const quint32 remainder = sum % 11;
    if (remainder == 1) // 11 − 1 = 10 is no digit: no valid number starts with these eight digits
        return std::nullopt;
    return remainder == 0 ? 0 : static_cast<int>(11 - remainder);
}
