#pragma once

#include "handoff/HandOffExport.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

/**
 * The printable hand-off: an A4 PDF with one page per customer — the message's subject as title, the
 * customer and the system, the approval link as a QR code and as (clickable) text, the message as
 * instructions and the vendor's contact, all in the customer's language; the page footer ("Page 3 of
 * 300") is for the person printing, in the UI language.
 *
 * Pages are drawn and written one at a time, so a thousand customers need no more memory than a few.
 * Needs a QGuiApplication (fonts); tests run it on the offscreen platform.
 */
class HandOffPdf
{
    Q_DECLARE_TR_FUNCTIONS(HandOffPdf)

public:
    /// Light modules around the code, as the QR standard asks.
    static constexpr int QuietZoneModules = 4;

    /// Called after each page with the pages done and the total; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    enum class Result {
        Written,
        Cancelled, ///< the progress callback said stop; the device holds an unfinished document
        NoGuiApplication, ///< there is no QGuiApplication to draw text with
        NothingToWrite, ///< no messages
        CannotPaint, ///< QPainter could not start on the device
    };

    HandOffPdf() = delete;

    static Result write(QIODevice *device, const HandOffExport::Batch &batch, const Progress &progress = {});
};
