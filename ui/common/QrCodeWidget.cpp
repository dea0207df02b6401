#include "common/QrCodeWidget.h"

#include "handoff/QrMatrix.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PreferredModulePixels = 4;
constexpr int MinimumModulePixels = 2;

} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"qrCode"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibility();
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    encode();
    updateAccessibility();
    updateGeometry();
    update();
}

void QrCodeWidget::setPurpose(const QString &purpose)
{
    m_purpose = purpose;
    updateAccessibility();
}

void QrCodeWidget::encode()
{
    m_error.clear();
    const QrMatrix matrix = QrMatrix::encode(m_text);
    m_modules = matrix.toImage(QuietZoneModules);
    switch (matrix.error()) {
    case QrMatrix::Error::None:
    case QrMatrix::Error::EmptyText:
        break;
    case QrMatrix::Error::TooLong:
        m_error = tr("This text is too long for a QR code. Copy the link instead.");
        break;
    case QrMatrix::Error::EncodingFailed:
        m_error = tr("Could not make a QR code for this text. Copy the link instead.");
        break;
    }
}

QImage QrCodeWidget::image(int size) const
{
    if (m_modules.isNull())
        return {};
    const int side = m_modules.width();
    const int modulePixels = std::max(1, size / side);
    const int codePixels = modulePixels * side;
    const int imageSize = std::max(size, codePixels);
    QImage result(imageSize, imageSize, QImage::Format_RGB32);
    result.fill(Qt::white);
    QPainter painter(&result);
    const int offset = (imageSize - codePixels) / 2;
    painter.drawImage(QRect(offset, offset, codePixels, codePixels), m_modules);
    return result;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = m_modules.isNull() ? 29 + 2 * QuietZoneModules : m_modules.width();
    return {side * PreferredModulePixels, side * PreferredModulePixels};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = m_modules.isNull() ? 21 + 2 * QuietZoneModules : m_modules.width();
    return {side * MinimumModulePixels, side * MinimumModulePixels};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_modules.isNull()) {
        if (!m_error.isEmpty()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, m_error);
        }
        return;
    }
    // Whole pixels per module: a scanner needs sharp edges, so no smooth scaling.
    const int available = std::min(width(), height());
    const int side = m_modules.width();
    const int modulePixels = std::max(1, available / side);
    const int codePixels = modulePixels * side;
    const QRect target((width() - codePixels) / 2, (height() - codePixels) / 2, codePixels, codePixels);
    painter.fillRect(target, Qt::white);
    painter.drawImage(target, m_modules);
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        encode(); // the failure sentence is translated
        updateAccessibility();
    }
    QWidget::changeEvent(event);
}

void QrCodeWidget::updateAccessibility()
{
    setAccessibleName(m_purpose.isEmpty() ? tr("QR code") : m_purpose);
    if (!m_error.isEmpty())
        setAccessibleDescription(m_error);
    else if (hasCode())
        setAccessibleDescription(tr("Scan with a phone camera to open: %1").arg(m_text));
    else
        setAccessibleDescription({});
}
