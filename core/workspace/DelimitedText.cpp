#include "workspace/DelimitedText.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; its five unassigned bytes stay as Latin-1 has them.
constexpr std::array<char16_t, 32> Windows1252From0x80 = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026,
    0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019,
    0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = value >= 0x80 && value <= 0x9F ? QChar(Windows1252From0x80[std::size_t(value - 0x80)])
                                                : QChar(char16_t(value));
    }
    return text;
}

} // namespace

DelimitedText::Decoded DelimitedText::decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(view.sliced(3)), Encoding::Utf8WithBom};
    if (view.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return {decoder(view.sliced(2)), Encoding::Utf16LittleEndian};
    }
    if (view.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return {decoder(view.sliced(2)), Encoding::Utf16BigEndian};
    }
    // Stateless: a sequence cut off at the end is an error too, not something to wait for.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(view);
    if (!utf8.hasError())
        return {text, Encoding::Utf8};
    return {fromWindows1252(view), Encoding::Windows1252};
}

bool DelimitedText::Record::isEmpty() const
{
    if (unclosedQuote)
        return false;
    return std::none_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
        return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    });
}

qsizetype DelimitedText::Record::usedCells() const
{
    qsizetype used = cells.size();
    while (used > 0 && cells.at(used - 1).isEmpty())
        --used;
    return used;
}

DelimitedText::Reader::Reader(QStringView text, QChar separator, int firstLine)
    : m_text(text)
    , m_separator(separator)
    , m_line(firstLine)
{ }

DelimitedText::Record DelimitedText::Reader::next()
{
    Record record;
    record.line = m_line;
    for (;;) {
        record.cells.append(readCell(record.unclosedQuote));
        if (atEnd())
            break;
        if (isSeparator(m_text[m_position])) {
            ++m_position;
            continue;
        }
        skipLineBreak();
        break;
    }
    return record;
}

void DelimitedText::Reader::skipLineBreak()
{
    const bool crlf =
        m_text[m_position] == u'\r' && m_position + 1 < m_text.size() && m_text[m_position + 1] == u'\n';
    m_position += crlf ? 2 : 1;
    ++m_line;
}

QString DelimitedText::Reader::readCell(bool &unclosedQuote)
{
    const qsizetype size = m_text.size();
    while (m_position < size && m_text[m_position].isSpace() && !isSeparator(m_text[m_position])
        && !isLineBreak(m_text[m_position]))
        ++m_position;
    const auto readUnquoted = [this, size] {
        const qsizetype start = m_position;
        while (m_position < size && !isSeparator(m_text[m_position]) && !isLineBreak(m_text[m_position]))
            ++m_position;
        return m_text.sliced(start, m_position - start);
    };
    if (m_position >= size || m_text[m_position] != u'"')
        return readUnquoted().trimmed().toString(); // the common case: one allocation
    QString cell;
    ++m_position;
    qsizetype start = m_position;
    bool closed = false;
    while (m_position < size) {
        const QChar c = m_text[m_position];
        if (c == u'"') {
            cell.append(m_text.sliced(start, m_position - start));
            const bool doubled = m_position + 1 < size && m_text[m_position + 1] == u'"';
            m_position += doubled ? 2 : 1;
            start = m_position;
            if (doubled) {
                cell.append(u'"');
                continue;
            }
            closed = true;
            break;
        }
        if (isLineBreak(c)) {
            cell.append(m_text.sliced(start, m_position - start));
            cell.append(u'\n');
            skipLineBreak();
            start = m_position;
            continue;
        }
        ++m_position;
    }
    if (!closed) {
        cell.append(m_text.sliced(start, m_position - start));
        unclosedQuote = true;
    }
    // What follows the closing quote before the separator is kept as written.
    cell.append(readUnquoted());
    return cell.trimmed();
}

QChar DelimitedText::detectSeparator(QStringView text, int firstLine)
{
    constexpr std::array<QChar, 3> candidates = {Tab, u';', u','};
    QChar best;
    int bestScore = 0;
    for (const QChar candidate : candidates) {
        Reader tokenizer(text, candidate, firstLine);
        int sampled = 0;
        int split = 0;
        bool splitsFirst = false;
        while (!tokenizer.atEnd() && sampled < SeparatorSampleLines) {
            const Record record = tokenizer.next();
            if (record.isEmpty())
                continue;
            const bool splits = record.cells.size() > 1;
            if (sampled == 0)
                splitsFirst = splits;
            ++sampled;
            split += splits ? 1 : 0;
        }
        if (splitsFirst && split > bestScore) {
            best = candidate;
            bestScore = split;
        }
    }
    return best;
}
