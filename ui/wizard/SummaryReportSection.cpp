#include "wizard/SummaryReportSection.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SummaryReportSection::SummaryReportSection(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
    , m_saveButton(new QPushButton(this))
{
    setObjectName(u"reportSection"_s);
    m_view->setObjectName(u"reportView"_s);
    m_view->setOpenExternalLinks(true);
    m_view->setMinimumHeight(160); // it scrolls; more would cut the page at the minimum window size
    m_saveButton->setObjectName(u"saveReportButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_saveButton, &QPushButton::clicked, this, &SummaryReportSection::chooseFile);
    retranslateUi();
}

void SummaryReportSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SummaryReportSection::retranslateUi()
{
    m_view->setAccessibleName(tr("Onboarding summary"));
    m_saveButton->setText(tr("Sa&ve report…"));
    m_saveButton->setAccessibleName(tr("Save the report as HTML or PDF"));
}

void SummaryReportSection::setReport(const QString &html, const QString &fileName)
{
    // Keep the reader's place when a status arrives.
    m_html = html;
    m_fileName = fileName;
    const int position = m_view->verticalScrollBar()->value();
    m_view->setHtml(html);
    m_view->verticalScrollBar()->setValue(position);
}

bool SummaryReportSection::writeReport(
    const QString &html, const QString &path, Format format, QString *error)
{
    const auto fail = [error, &path](const QString &reason) {
        if (error)
            *error =
                tr("The report could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (format == Format::Html) {
        file.write(html.toUtf8());
    } else {
        QTextDocument document;
        document.setHtml(html);
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setTitle(tr("Onboarding report"));
        writer.setCreator(QCoreApplication::applicationName());
        document.print(&writer);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void SummaryReportSection::chooseFile()
{
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString htmlFilter = tr("Web page (*.html)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    auto *dialog = new QFileDialog(this, tr("Save report"), QDir(m_lastDirectory).filePath(m_fileName));
    dialog->setObjectName(u"saveReportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({htmlFilter, pdfFilter});
    dialog->setDefaultSuffix(u"html"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, pdfFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == pdfFilter ? u"pdf"_s : u"html"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, pdfFilter](const QString &path) {
        const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive)
            || (!path.endsWith(u".html"_s, Qt::CaseInsensitive) && dialog->selectedNameFilter() == pdfFilter);
        m_lastDirectory = QFileInfo(path).absolutePath();
        QString error;
        if (writeReport(m_html, path, pdf ? Format::Pdf : Format::Html, &error))
            Q_EMIT saved(true, tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT saved(false, error);
    });
    dialog->open();
}
