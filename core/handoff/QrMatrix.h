#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

/**
 * The modules of a QR code for a text (libqrencode: error correction M, 8-bit mode, the smallest
 * version that fits), without the quiet zone. One copy of the encoding for the wizard's QR widget
 * and the printed hand-off sheets.
 */
class QrMatrix
{
public:
    enum class Error {
        None,
        EmptyText, ///< nothing to encode
        TooLong, ///< more than a version 40 code holds at level M
        EncodingFailed, ///< libqrencode failed otherwise (out of memory, …)
    };

    QrMatrix() = default;

    static QrMatrix encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    Error error() const { return m_error; }
    /// Modules per side (21 for version 1, 17 + 4 per version); 0 without a code.
    int size() const { return m_size; }
    /// True for a dark module; false outside the code.
    bool isDark(int x, int y) const;

    /**
     * One pixel per module with @p quietZone light modules on every side, Format_Mono (index 0
     * white, 1 black). Null without a code.
     */
    QImage toImage(int quietZone) const;

    friend bool operator==(const QrMatrix &, const QrMatrix &) = default;

private:
    int m_size = 0;
    QByteArray m_dark; ///< m_size × m_size bytes, row by row: 1 dark, 0 light
    Error m_error = Error::EmptyText;
};
