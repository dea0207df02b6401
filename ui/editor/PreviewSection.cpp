#include "editor/PreviewSection.h"

#include "editor/EditorSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

using EditorSupport::trEditor;

PreviewSection::PreviewSection(QWidget *parent)
    : QWidget(parent)
    , m_previewLabel(EditorSupport::makeHeading(this, u"jsonPreviewLabel"_s))
    , m_previewEdit(new QPlainTextEdit(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_fileMessageLabel(new QLabel(this))
{
    setObjectName(u"previewPane"_s);
    m_previewEdit->setObjectName(u"jsonPreviewEdit"_s);
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setTabChangesFocus(true);
    m_previewEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Some platforms (and the offscreen one) report a proportional "fixed" font; insist on monospace.
    monospace.setStyleHint(QFont::Monospace);
    monospace.setFixedPitch(true);
    m_previewEdit->setFont(monospace);
    m_previewLabel->setBuddy(m_previewEdit);
    // The heading is long in Norwegian; unwrapped it set the side pane's minimum width near half the page.
    m_previewLabel->setWordWrap(true);
    m_importButton->setObjectName(u"importButton"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_fileMessageLabel->setObjectName(u"fileMessageLabel"_s);
    m_fileMessageLabel->setProperty("role", u"inlineMessage"_s);
    m_fileMessageLabel->setWordWrap(true);
    m_fileMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileMessageLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewEdit, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_fileMessageLabel);

    connect(m_importButton, &QPushButton::clicked, this, &PreviewSection::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &PreviewSection::chooseExportFile);
    retranslateUi();
}

void PreviewSection::setJson(const QString &json)
{
    if (json == m_previewEdit->toPlainText())
        return;
    // Keep the reader's place while the text changes under it.
    const int scroll = m_previewEdit->verticalScrollBar()->value();
    m_previewEdit->setPlainText(json);
    m_previewEdit->verticalScrollBar()->setValue(scroll);
}

void PreviewSection::showFileMessage(const QString &message, bool isError)
{
    m_fileMessageLabel->setText(message);
    m_fileMessageLabel->setAccessibleName(message);
    EditorSupport::setSeverity(m_fileMessageLabel, isError ? u"error"_s : u"success"_s);
    m_fileMessageLabel->show();
}

void PreviewSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewSection::retranslateUi()
{
    m_previewLabel->setText(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "&JSON preview (the exact request body)")));
    m_previewEdit->setAccessibleName(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "JSON preview")));
    m_importButton->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Imp&ort…")));
    m_importButton->setAccessibleName(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Import from a JSON file")));
    m_exportButton->setText(trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "E&xport…")));
    m_exportButton->setAccessibleName(
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Export to a JSON file")));
}

QString PreviewSection::startDirectory() const
{
    return m_lastDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                     : m_lastDirectory;
}

void PreviewSection::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Import system definition")), startDirectory(),
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "JSON files (*.json);;All files (*)")));
    if (!path.isEmpty())
        Q_EMIT importChosen(path);
}

void PreviewSection::chooseExportFile()
{
    const QString suggested =
        QDir(startDirectory())
            .filePath((m_exportBaseName.isEmpty() ? u"system"_s : m_exportBaseName) + u".json"_s);
    QString path = QFileDialog::getSaveFileName(this,
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "Export system definition")), suggested,
        trEditor(QT_TRANSLATE_NOOP("SystemDefinitionEditor", "JSON files (*.json);;All files (*)")));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    Q_EMIT exportChosen(path);
}
