#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * Text as spreadsheet programs save and copy it (for CustomerListImport): the bytes decoded (UTF-8 with or
 * without BOM, UTF-16 with BOM, otherwise Windows-1252), the separator told from the first lines, and the
 * lines read as cells the lenient RFC 4180 way. Knows nothing of what the columns mean.
 */
class DelimitedText
{
public:
    static constexpr QChar Tab = u'\t';
    /// Lines looked at to tell the separator; a header line alone can be ambiguous.
    static constexpr int SeparatorSampleLines = 20;

    enum class Encoding {
        Utf8,
        Utf8WithBom,
        Utf16LittleEndian, ///< with BOM (Excel's "Unicode text")
        Utf16BigEndian, ///< with BOM
        Windows1252, ///< bytes that are not UTF-8: Excel's "CSV (semikolondelt)" on Norwegian Windows
        Text, ///< pasted text, already characters
    };

    struct Decoded
    {
        QString text;
        Encoding encoding;
    };

    /// One line of the list as cells; a quoted cell may span several physical lines.
    struct Record
    {
        int line = 0;
        QStringList cells;
        bool unclosedQuote = false;

        /// Nothing but spaces and punctuation: an empty spreadsheet row (";;;"), whatever the separator.
        bool isEmpty() const;
        /// Cells up to the last non-empty one: spreadsheets write separators for empty trailing cells.
        qsizetype usedCells() const;
    };

    /**
     * RFC 4180, leniently: a cell in double quotes may hold separators, line breaks and "" for a
     * quote; a quote inside an unquoted cell is just a character; CRLF, LF and CR all end a line.
     * Cells are trimmed.
     */
    class Reader
    {
    public:
        Reader(QStringView text, QChar separator, int firstLine);
        bool atEnd() const { return m_position >= m_text.size(); }
        Record next();

    private:
        bool isSeparator(QChar c) const { return !m_separator.isNull() && c == m_separator; }
        void skipLineBreak();
        QString readCell(bool &unclosedQuote);

        QStringView m_text;
        QChar m_separator;
        qsizetype m_position = 0;
        int m_line = 1;
    };

    DelimitedText() = delete;

    static Decoded decode(const QByteArray &bytes);
    static bool isLineBreak(QChar c) { return c == u'\n' || c == u'\r'; }
    /**
     * The separator that splits the first non-empty line and the most of the lines after it, outside
     * quotes. TAB wins a tie (pasted cells), then ';' (Norwegian Excel, where ',' is the decimal comma),
     * then ','. Null when no candidate splits the first line: a list of one column.
     */
    static QChar detectSeparator(QStringView text, int firstLine);
};
