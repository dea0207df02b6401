#pragma once

#include <QByteArray>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * Where an imported customer list comes from: a CSV file chosen with a file dialog, or rows pasted from
 * a spreadsheet (TAB-separated) into a text box. Pasted text is handed on once the typing has been
 * quiet for PasteQuietMs, so parsing never runs on every key press. The last thing the person did wins:
 * choosing a file replaces the pasted rows as the source, typing makes the text the source again.
 */
class ImportSourceSection : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PasteQuietMs = 300;

    explicit ImportSourceSection(QWidget *parent = nullptr);

    QString pastedText() const;
    /// Puts @p text in the box (what was pasted when the dialog was open before); emits pastedTextSettled.
    void setPastedText(const QString &text);
    /// The file the list was read from; empty while the pasted rows are the source.
    QString filePath() const { return m_filePath; }
    QPushButton *chooseFileButton() const { return m_chooseButton; }
    QPlainTextEdit *pasteEdit() const { return m_pasteEdit; }

public Q_SLOTS:
    /// Opens the file dialog (window-modal, not blocking).
    void chooseFile();
    /// Reads @p path and makes it the source (what the file dialog calls; tests call it directly).
    void readFile(const QString &path);

Q_SIGNALS:
    /// The pasted text stopped changing (PasteQuietMs after the last edit).
    void pastedTextSettled(const QString &text);
    /// A file was read.
    void fileRead(const QString &path, const QByteArray &bytes);
    /// A file could not be read; @p message says why and what to do (translated).
    void fileFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFileLabel();

    QLabel *m_fileHeading;
    QPushButton *m_chooseButton;
    QLabel *m_fileLabel;
    QLabel *m_pasteLabel;
    QPlainTextEdit *m_pasteEdit;
    QTimer m_pasteTimer;
    QString m_filePath;
    QString m_lastFolder;
};
