#pragma once

#include "handoff/HandOffExport.h"
#include "handoff/HandOffPdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QString>
#include <QStringList>

/**
 * Saves the hand-off exports. Every file is written atomically (QSaveFile: a temporary file renamed
 * when complete), so a full disk or a crash never leaves half a file behind; the .eml folder gets one
 * atomic file per customer. Failures come back in translated words that say what to do.
 */
class HandOffFiles
{
    Q_DECLARE_TR_FUNCTIONS(HandOffFiles)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false; ///< the PDF's progress callback stopped it; nothing was saved
        QString error; ///< translated: what went wrong and what to do
        QStringList files; ///< the files saved, absolute paths
    };

    HandOffFiles() = delete;

    static Outcome saveCsv(const QString &filePath, const QList<HandOffExport::Message> &messages);
    /// One "<orgno>-<name>.eml" per message in @p folderPath (created when missing); same names are replaced.
    static Outcome saveEmails(const QString &folderPath, const QList<HandOffExport::Message> &messages,
        const QDateTime &date = QDateTime::currentDateTime());
    static Outcome savePdf(const QString &filePath, const HandOffExport::Batch &batch,
        const HandOffPdf::Progress &progress = {});

    /// Why @p filePath could not be saved and what to do, from QFileDevice's @p error and its @p detail.
    static QString failureText(const QString &filePath, QFileDevice::FileError error, const QString &detail);
};
