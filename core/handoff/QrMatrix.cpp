#include "handoff/QrMatrix.h"

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrMatrix QrMatrix::encode(const QString &text)
{
    QrMatrix matrix;
    if (text.isEmpty())
        return matrix;

    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Version 0: the smallest that fits; 8-bit mode keeps a URL byte for byte (case sensitive).
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        matrix.m_error = errno == ERANGE ? Error::TooLong : Error::EncodingFailed;
        return matrix;
    }

    const int width = code->width;
    matrix.m_dark = QByteArray(qsizetype(width) * width, '\0');
    for (qsizetype i = 0; i < matrix.m_dark.size(); ++i) {
        // libqrencode: bit 0 of each byte is "dark module"; the other bits describe its role.
        if (code->data[i] & 1)
            matrix.m_dark[i] = 1;
    }
    matrix.m_size = width;
    matrix.m_error = Error::None;
    return matrix;
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(qsizetype(y) * m_size + x) != 0;
}

QImage QrMatrix::toImage(int quietZone) const
{
    if (isNull())
        return {};
    quietZone = std::max(0, quietZone);
    const int side = m_size + 2 * quietZone;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                image.setPixel(x + quietZone, y + quietZone, 1);
        }
    }
    return image;
}
