#include "handoff/HandOffFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcHandOff, "systemuser.handoff")

QString nothingToExport()
{
    return HandOffFiles::tr("No customer has an approval link to hand over, so there is nothing to export.");
}

/// Makes the folder of @p filePath; the translated failure, or empty.
QString makeFolderOf(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    if (QDir().mkpath(folder))
        return {};
    return HandOffFiles::tr("The folder %1 could not be created. Choose a folder you may write to.")
        .arg(QDir::toNativeSeparators(folder));
}

/// Below this much free space, a failed write is taken for a full disk.
constexpr qint64 LowSpaceBytes = 1024 * 1024;

QString fileFailure(const QSaveFile &file)
{
    QFileDevice::FileError error = file.error();
    // Qt 6.4 reports a full disk as ResourceError only sometimes (a failed buffered write says "Unknown
    // error"), so ask the volume: a failed write with next to no space left is a full disk.
    const QStorageInfo volume(QFileInfo(file.fileName()).absolutePath());
    if (error != QFileDevice::PermissionsError && volume.isValid() && volume.bytesAvailable() < LowSpaceBytes)
        error = QFileDevice::ResourceError;
    qCWarning(lcHandOff) << "not saved:" << file.fileName() << file.error() << file.errorString();
    return HandOffFiles::failureText(file.fileName(), error, file.errorString());
}

/// QSaveFile would replace a device or fail on a folder: only regular files (or new names) are written.
QString notAFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists() || info.isFile())
        return {};
    return HandOffFiles::tr("%1 is not a file that can be replaced. Choose another file name.")
        .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
}

/**
 * Opens @p file for an atomic write; the translated failure, or empty. The caller writes, then calls
 * finish().
 */
QString start(QSaveFile &file)
{
    if (const QString failure = makeFolderOf(file.fileName()); !failure.isEmpty())
        return failure;
    if (const QString failure = notAFile(file.fileName()); !failure.isEmpty())
        return failure;
    if (!file.open(QIODevice::WriteOnly))
        return fileFailure(file);
    return {};
}

/// Flushes and commits @p file, or throws the temporary file away; the translated failure, or empty.
QString finish(QSaveFile &file)
{
    // Qt 6.4's commit() does not notice when flushing the last buffered bytes fails (a full disk) and
    // renames the short file into place: flush first and check.
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString failure = fileFailure(file);
        file.cancelWriting();
        return failure;
    }
    if (!file.commit())
        return fileFailure(file);
    return {};
}

/**
 * Passes writes on to a file and remembers one that did not go through whole: on a full disk Qt 6.4
 * returns a short count without an error, and QPdfWriter does not look at the count at all.
 */
class CheckedWriter final : public QIODevice
{
public:
    explicit CheckedWriter(QIODevice *target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed || m_target->write(data, length) != length) {
            m_failed = true;
            return -1;
        }
        return length;
    }

private:
    QIODevice *m_target;
    bool m_failed = false;
};

/// Writes @p bytes to @p filePath atomically; the translated failure, or empty.
QString saveAtomically(const QString &filePath, const QByteArray &bytes)
{
    QSaveFile file(filePath);
    if (const QString failure = start(file); !failure.isEmpty())
        return failure;
    if (file.write(bytes) != bytes.size()) {
        const QString failure = fileFailure(file);
        file.cancelWriting();
        return failure;
    }
    return finish(file);
}

} // namespace

QString HandOffFiles::failureText(
    const QString &filePath, QFileDevice::FileError error, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(QFileInfo(filePath).absolutePath());
    switch (error) {
    case QFileDevice::ResourceError: // what Qt reports for ENOSPC
        return tr("%1 could not be saved: the disk is full. Free some space or choose another place, then "
                  "export again.")
            .arg(file);
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return tr("%1 could not be saved: you may not write in the folder %2 (%3). Choose another folder, "
                  "for example one in your home folder.")
            .arg(file, folder, detail);
    default:
        return tr("%1 could not be saved (%2). Check that the disk is not full and that you may write in "
                  "%3, then export again.")
            .arg(file, detail, folder);
    }
}

HandOffFiles::Outcome HandOffFiles::saveCsv(
    const QString &filePath, const QList<HandOffExport::Message> &messages)
{
    Outcome outcome;
    if (messages.isEmpty()) {
        outcome.error = nothingToExport();
        return outcome;
    }
    outcome.error = saveAtomically(filePath, HandOffExport::csv(messages));
    outcome.ok = outcome.error.isEmpty();
    if (outcome.ok)
        outcome.files.append(QFileInfo(filePath).absoluteFilePath());
    return outcome;
}

HandOffFiles::Outcome HandOffFiles::saveEmails(
    const QString &folderPath, const QList<HandOffExport::Message> &messages, const QDateTime &date)
{
    Outcome outcome;
    if (messages.isEmpty()) {
        outcome.error = nothingToExport();
        return outcome;
    }
    const QDir folder(folderPath);
    if (!QDir().mkpath(folder.absolutePath())) {
        outcome.error = tr("The folder %1 could not be created. Choose a folder you may write to.")
                            .arg(QDir::toNativeSeparators(folder.absolutePath()));
        return outcome;
    }
    const QStringList names = HandOffExport::emlFileNames(messages);
    for (qsizetype index = 0; index < messages.size(); ++index) {
        const QString path = folder.absoluteFilePath(names.at(index));
        const QString failure = saveAtomically(path, HandOffExport::eml(messages.at(index), date));
        if (!failure.isEmpty()) {
            outcome.error = outcome.files.isEmpty() ? failure
                                                    : tr("%1 The e-mails before it (%2 of %3) are saved.")
                                                          .arg(failure)
                                                          .arg(outcome.files.size())
                                                          .arg(messages.size());
            return outcome;
        }
        outcome.files.append(path);
    }
    outcome.ok = true;
    return outcome;
}

HandOffFiles::Outcome HandOffFiles::savePdf(
    const QString &filePath, const HandOffExport::Batch &batch, const HandOffPdf::Progress &progress)
{
    Outcome outcome;
    if (batch.messages.isEmpty()) {
        outcome.error = nothingToExport();
        return outcome;
    }
    QSaveFile file(filePath);
    if (const QString failure = start(file); !failure.isEmpty()) {
        outcome.error = failure;
        return outcome;
    }
    CheckedWriter device(&file);
    // A write error (a full disk) stops the drawing at the next page instead of after the last one.
    const auto pageDone = [&file, &device, &progress](qsizetype done, qsizetype total) {
        return !device.failed() && file.error() == QFileDevice::NoError
            && (!progress || progress(done, total));
    };
    const HandOffPdf::Result result = HandOffPdf::write(&device, batch, pageDone);
    if (device.failed() || file.error() != QFileDevice::NoError) {
        outcome.error = fileFailure(file);
        file.cancelWriting();
        return outcome;
    }
    switch (result) {
    case HandOffPdf::Result::Written:
        break;
    case HandOffPdf::Result::Cancelled:
        file.cancelWriting();
        outcome.cancelled = true;
        return outcome;
    case HandOffPdf::Result::NoGuiApplication:
        outcome.error = tr("A PDF can only be made by the graphical program, not here.");
        return outcome;
    case HandOffPdf::Result::NothingToWrite:
        outcome.error = nothingToExport();
        return outcome;
    case HandOffPdf::Result::CannotPaint:
        outcome.error = tr("The PDF could not be started in %1. Choose another file name or folder.")
                            .arg(QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath()));
        return outcome;
    }
    outcome.error = finish(file);
    if (!outcome.error.isEmpty())
        return outcome;
    outcome.ok = true;
    outcome.files.append(QFileInfo(filePath).absoluteFilePath());
    return outcome;
}
