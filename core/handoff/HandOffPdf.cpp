#include "handoff/HandOffPdf.h"

#include "handoff/QrMatrix.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;

namespace {

/// The sheet's own labels, per customer language; the instructions themselves are CustomerMessage's.
struct SheetPhrases
{
    const char16_t *customerWithName; ///< %1 name, %2 org number
    const char16_t *customerWithoutName; ///< %1 org number
    const char16_t *system; ///< %1 system name
    const char16_t *scan;
    const char16_t *vendorWithOrgNo; ///< %1 name, %2 org number
    const char16_t *vendor; ///< %1 name or org number
    const char16_t *contact; ///< %1 e-mail or phone
};

// Not tr(): the sheet goes to the customer, in the customer's language, whatever the UI language is.
constexpr SheetPhrases BokmalSheet{
    u"Kunde: %1 (org.nr. %2)",
    u"Kunde: org.nr. %1",
    u"System: %1",
    u"Skann koden med kameraet på mobilen, eller åpne lenken:",
    u"Leverandør: %1 (org.nr. %2)",
    u"Leverandør: %1",
    u"Kontakt: %1",
};
constexpr SheetPhrases NynorskSheet{
    u"Kunde: %1 (org.nr. %2)",
    u"Kunde: org.nr. %1",
    u"System: %1",
    u"Skann koden med kameraet på mobilen, eller opne lenkja:",
    u"Leverandør: %1 (org.nr. %2)",
    u"Leverandør: %1",
    u"Kontakt: %1",
};
constexpr SheetPhrases EnglishSheet{
    u"Customer: %1 (organisation number %2)",
    u"Customer: organisation number %1",
    u"System: %1",
    u"Scan the code with your phone's camera, or open the link:",
    u"Supplier: %1 (organisation number %2)",
    u"Supplier: %1",
    u"Contact: %1",
};

const SheetPhrases &sheetPhrases(CustomerMessage::Language language)
{
    switch (language) {
    case CustomerMessage::Language::Bokmal:
        return BokmalSheet;
    case CustomerMessage::Language::Nynorsk:
        return NynorskSheet;
    case CustomerMessage::Language::English:
        return EnglishSheet;
    }
    return BokmalSheet;
}

QString text(const char16_t *phrase)
{
    return QString::fromUtf16(phrase);
}

constexpr int Resolution = 300; // dots per inch: whole dots per QR module stay sharp when printed
constexpr qreal QrSideMillimetres = 50;
constexpr qreal InstructionPointSizes[] = {10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7};

qreal millimetres(qreal value)
{
    return value * Resolution / 25.4;
}

QFont sheetFont(qreal pointSize, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

/// A paragraph laid out for the PDF's resolution (not the screen's), wrapping long words such as links.
class TextBlock
{
public:
    TextBlock(QPaintDevice *device, qreal width, const QFont &font)
    {
        m_document.documentLayout()->setPaintDevice(device);
        m_document.setDocumentMargin(0);
        m_document.setDefaultFont(font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_document.setDefaultTextOption(option);
        m_document.setTextWidth(width);
    }

    void setPlainText(const QString &text) { m_document.setPlainText(text); }

    /// The link as text that PDF viewers also open when clicked (QPdfEngine writes anchors as links).
    void setLink(const QString &url)
    {
        QTextCursor cursor(&m_document);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setForeground(QColor(0x0b, 0x3d, 0x91));
        cursor.insertText(url, format);
    }

    qreal height() const { return m_document.size().height(); }

    void draw(QPainter &painter, const QPointF &at, qreal maximumHeight = -1) const
    {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.save();
        painter.translate(at);
        if (maximumHeight >= 0) {
            context.clip = QRectF(0, 0, m_document.textWidth(), maximumHeight);
            painter.setClipRect(context.clip);
        }
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();
    }

private:
    QTextDocument m_document;
};

/**
 * Dark modules as one filled path of row runs: sharp at any zoom, no seams between modules. Returns
 * where the code itself (without its quiet zone) is, or @p square without a code.
 */
QRectF drawQrCode(QPainter &painter, const QrMatrix &matrix, const QRectF &square)
{
    if (matrix.isNull())
        return square;
    const int side = matrix.size() + 2 * HandOffPdf::QuietZoneModules;
    const qreal module = std::floor(square.width() / side); // whole device dots per module
    const qreal codeSide = module * side;
    const QPointF origin(
        square.left() + (square.width() - codeSide) / 2 + module * HandOffPdf::QuietZoneModules,
        square.top() + (square.height() - codeSide) / 2 + module * HandOffPdf::QuietZoneModules);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size();) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size() && matrix.isDark(x, y))
                ++x;
            path.addRect(
                QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return QRectF(origin, QSizeF(module * matrix.size(), module * matrix.size()));
}

struct PageContext
{
    QPaintDevice *device = nullptr;
    QRectF area; ///< the printable area inside the margins, in device dots
    const HandOffExport::Batch *batch = nullptr;
    qsizetype pageCount = 0;
};

void drawPage(
    QPainter &painter, const PageContext &page, const HandOffExport::Message &message, qsizetype pageNumber)
{
    const SheetPhrases &phrases = sheetPhrases(message.language);
    const QRectF &area = page.area;
    const qreal width = area.width();
    const qreal smallGap = millimetres(2);
    const qreal gap = millimetres(6);
    qreal y = area.top();

    TextBlock title(page.device, width, sheetFont(16, true));
    title.setPlainText(message.subject);
    title.draw(painter, {area.left(), y});
    y += title.height() + gap / 2;

    TextBlock facts(page.device, width, sheetFont(11));
    facts.setPlainText((message.customerName.isEmpty()
                               ? text(phrases.customerWithoutName).arg(message.orgNo)
                               : text(phrases.customerWithName).arg(message.customerName, message.orgNo))
        + u'\n' + text(phrases.system).arg(message.systemName));
    facts.draw(painter, {area.left(), y});
    y += facts.height() + gap;

    // The code on the left, what to do with it and the link as text on its right.
    const qreal qrSide = millimetres(QrSideMillimetres);
    const QRectF code =
        drawQrCode(painter, QrMatrix::encode(message.link), QRectF(area.left(), y, qrSide, qrSide));
    const qreal columnLeft = area.left() + qrSide + millimetres(6);
    const qreal columnWidth = area.right() - columnLeft;
    TextBlock scan(page.device, columnWidth, sheetFont(11, true));
    scan.setPlainText(text(phrases.scan));
    TextBlock link(page.device, columnWidth, sheetFont(10));
    link.setLink(message.link);
    const qreal columnTop = code.top(); // level with the code, not with its blank quiet zone
    scan.draw(painter, {columnLeft, columnTop});
    link.draw(painter, {columnLeft, columnTop + scan.height() + smallGap});
    y += std::max(qrSide, columnTop - y + scan.height() + smallGap + link.height()) + gap;

    // From the bottom up: the footer for the person printing, then the vendor's contact.
    TextBlock footer(page.device, width, sheetFont(8));
    footer.setPlainText(HandOffPdf::tr("Page %1 of %2").arg(pageNumber).arg(page.pageCount));
    const qreal footerTop = area.bottom() - footer.height();
    footer.draw(painter, {area.left(), footerTop});

    const HandOffExport::Batch &batch = *page.batch;
    QStringList vendorLines;
    const QString vendorName = batch.vendorName.isEmpty() ? batch.vendorOrgNo : batch.vendorName;
    if (!vendorName.isEmpty()) {
        vendorLines.append(batch.vendorName.isEmpty() || batch.vendorOrgNo.isEmpty()
                ? text(phrases.vendor).arg(vendorName)
                : text(phrases.vendorWithOrgNo).arg(batch.vendorName, batch.vendorOrgNo));
    }
    if (!batch.vendorContact.isEmpty())
        vendorLines.append(text(phrases.contact).arg(batch.vendorContact));
    qreal instructionsBottom = footerTop - gap;
    if (!vendorLines.isEmpty()) {
        TextBlock vendor(page.device, width, sheetFont(10));
        vendor.setPlainText(vendorLines.join(u'\n'));
        const qreal vendorTop = footerTop - smallGap - vendor.height();
        vendor.draw(painter, {area.left(), vendorTop});
        const qreal ruleY = vendorTop - smallGap;
        painter.save();
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), millimetres(0.2)));
        painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
        painter.restore();
        instructionsBottom = ruleY - gap / 2;
    }

    // The message as the instructions, in the largest size that fits what is left of the page.
    const qreal available = instructionsBottom - y;
    for (const qreal pointSize : InstructionPointSizes) {
        TextBlock instructions(page.device, width, sheetFont(pointSize));
        instructions.setPlainText(message.body);
        const bool fits = instructions.height() <= available;
        if (fits || pointSize == InstructionPointSizes[std::size(InstructionPointSizes) - 1]) {
            // A very long list of rights is cut at the bottom rather than spill over the contact.
            instructions.draw(painter, {area.left(), y}, fits ? -1 : available);
            break;
        }
    }
}

} // namespace

HandOffPdf::Result HandOffPdf::write(
    QIODevice *device, const HandOffExport::Batch &batch, const Progress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result::NoGuiApplication;
    if (batch.messages.isEmpty())
        return Result::NothingToWrite;

    QPdfWriter writer(device);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    writer.setTitle(tr("Approval links for %1").arg(batch.systemId));
    writer.setCreator(QCoreApplication::applicationName());

    QPainter painter;
    if (!painter.begin(&writer))
        return Result::CannotPaint;
    const PageContext page{
        &writer, QRectF(0, 0, writer.width(), writer.height()), &batch, batch.messages.size()};
    for (qsizetype index = 0; index < batch.messages.size(); ++index) {
        if (index > 0)
            writer.newPage();
        drawPage(painter, page, batch.messages.at(index), index + 1);
        if (progress && !progress(index + 1, batch.messages.size())) {
            painter.end();
            return Result::Cancelled;
        }
    }
    painter.end();
    return Result::Written;
}
