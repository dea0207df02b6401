#include "bulk/ImportSourceSection.h"

#include "common/Labels.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
/// A customer list of a few thousand rows is well under this; anything larger is not a customer list.
constexpr qint64 LargestListBytes = 64LL * 1024 * 1024;
} // namespace

ImportSourceSection::ImportSourceSection(QWidget *parent)
    : QWidget(parent)
    , m_fileHeading(Labels::heading(u"importFileHeading"_s, this))
    , m_chooseButton(new QPushButton(this))
    , m_fileLabel(Labels::hint(u"importFileLabel"_s, this))
    , m_pasteLabel(new QLabel(this))
    , m_pasteEdit(new QPlainTextEdit(this))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(u"importSourceSection"_s);
    m_chooseButton->setObjectName(u"chooseImportFileButton"_s);
    m_pasteLabel->setObjectName(u"pasteRowsLabel"_s);
    m_pasteEdit->setObjectName(u"pasteRowsEdit"_s);
    m_pasteLabel->setBuddy(m_pasteEdit);
    // Pasted cells line up by TAB; a fixed-width font keeps the columns readable.
    m_pasteEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pasteEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pasteEdit->setTabChangesFocus(true); // a TAB typed by hand moves on; pasted TABs stay in the text
    m_pasteEdit->setMinimumHeight(110);
    m_pasteTimer.setSingleShot(true);
    m_pasteTimer.setInterval(PasteQuietMs);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_chooseButton);
    fileRow->addWidget(m_fileLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fileHeading);
    layout->addLayout(fileRow);
    layout->addWidget(m_pasteLabel);
    layout->addWidget(m_pasteEdit, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportSourceSection::chooseFile);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, [this] {
        // Typing or pasting makes the text the source again.
        if (!m_filePath.isEmpty()) {
            m_filePath.clear();
            updateFileLabel();
        }
        m_pasteTimer.start();
    });
    connect(&m_pasteTimer, &QTimer::timeout, this, [this] { Q_EMIT pastedTextSettled(pastedText()); });
    retranslateUi();
}

QString ImportSourceSection::pastedText() const
{
    return m_pasteEdit->toPlainText();
}

void ImportSourceSection::setPastedText(const QString &text)
{
    m_pasteEdit->setPlainText(text);
    m_pasteTimer.stop();
    Q_EMIT pastedTextSettled(text);
}

void ImportSourceSection::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a customer list"), m_lastFolder,
        tr("Customer lists (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setObjectName(u"importFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportSourceSection::readFile);
    dialog->open();
}

void ImportSourceSection::readFile(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    QFile file(path);
    if (QFileInfo(path).size() > LargestListBytes) {
        Q_EMIT fileFailed(tr("%1 is too large to be a customer list. Choose the CSV file saved from the "
                             "spreadsheet.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT fileFailed(tr("%1 could not be opened: %2. Check that the file exists and that you may "
                             "read it, then choose it again.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    m_pasteTimer.stop();
    m_filePath = path;
    updateFileLabel();
    Q_EMIT fileRead(path, bytes);
}

void ImportSourceSection::updateFileLabel()
{
    m_fileLabel->setText(m_filePath.isEmpty() ? tr("No file chosen. You can also paste rows below.")
                                              : tr("Read from %1").arg(QDir::toNativeSeparators(m_filePath)));
    m_fileLabel->setAccessibleName(m_fileLabel->text());
}

void ImportSourceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImportSourceSection::retranslateUi()
{
    m_fileHeading->setText(tr("The list"));
    m_chooseButton->setText(tr("Choose &file…"));
    m_chooseButton->setAccessibleName(tr("Choose a CSV file"));
    m_chooseButton->setToolTip(tr("A CSV file as Excel, LibreOffice or Google Sheets save it"));
    m_pasteLabel->setText(
        tr("Or &paste rows copied from a spreadsheet (the first row may name the columns):"));
    m_pasteEdit->setAccessibleName(tr("Pasted rows"));
    m_pasteEdit->setPlaceholderText(tr("Organisation number\tName\tExternal reference\tE-mail"));
    updateFileLabel();
}
