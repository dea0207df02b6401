#pragma once

#include <QString>
#include <QWidget>

class QPushButton;
class QTextBrowser;

/**
 * Page 8's report: the onboarding report (OnboardingReport) as shown, and saving it as HTML or PDF —
 * the file dialog and the atomic write. What goes into the report is the page's business.
 */
class SummaryReportSection : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Html, Pdf };
    Q_ENUM(Format)

    explicit SummaryReportSection(QWidget *parent = nullptr);

    /// Shows @p html, keeping the reader's place; "Save report…" suggests @p fileName (.html).
    void setReport(const QString &html, const QString &fileName);
    QString html() const { return m_html; }
    /// "Save report…", for the page to place among its buttons.
    QPushButton *saveButton() const { return m_saveButton; }

    /// Writes @p html to @p path atomically; on failure false with a translated reason in @p error.
    static bool writeReport(
        const QString &html, const QString &path, Format format, QString *error = nullptr);
    /// Asks where to save the report as shown and saves it there; saved() tells how it went.
    void chooseFile();

Q_SIGNALS:
    /// @p message says where it was saved, or why it was not (@p ok false).
    void saved(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_view;
    QPushButton *m_saveButton;
    QString m_html;
    QString m_fileName;
    QString m_lastDirectory;
};
