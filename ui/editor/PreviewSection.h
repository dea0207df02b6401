#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * The exact request body as JSON (read-only, monospace), with Import and Export of it as a file and
 * the outcome of the last of those.
 */
class PreviewSection : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewSection(QWidget *parent = nullptr);

    /// Shows @p json, keeping the reader's scroll position.
    void setJson(const QString &json);
    /// The file name Export suggests, without ".json" ("system" when empty).
    void setExportBaseName(const QString &baseName) { m_exportBaseName = baseName; }
    /// The folder the file dialogs open next.
    void rememberDirectory(const QString &directory) { m_lastDirectory = directory; }
    void showFileMessage(const QString &message, bool isError);
    QPlainTextEdit *previewEdit() const { return m_previewEdit; }

Q_SIGNALS:
    void importChosen(const QString &path);
    void exportChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString startDirectory() const;
    void chooseImportFile();
    void chooseExportFile();

    QLabel *m_previewLabel;
    QPlainTextEdit *m_previewEdit;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QLabel *m_fileMessageLabel;
    QString m_exportBaseName;
    QString m_lastDirectory;
};
