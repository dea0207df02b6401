#include "wizard/SandboxCatalogueFileSection.h"

#include "common/Labels.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxCatalogueImport;

SandboxCatalogueFileSection::SandboxCatalogueFileSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"catalogueFileHeading"_s, this))
    , m_hint(Labels::hint(u"catalogueFileHint"_s, this))
    , m_chooseButton(new QPushButton(this))
    , m_fileLabel(Labels::hint(u"catalogueFileLabel"_s, this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_summaryLabel(Labels::text(u"catalogueFileSummary"_s, this))
    , m_findingsList(new QListWidget(this))
    , m_sendButton(new QPushButton(this))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
{
    setObjectName(u"catalogueFileSection"_s);
    m_chooseButton->setObjectName(u"chooseCatalogueFileButton"_s);
    m_languageLabel->setObjectName(u"catalogueLanguageLabel"_s);
    m_languageCombo->setObjectName(u"catalogueLanguageCombo"_s);
    m_languageLabel->setBuddy(m_languageCombo);
    m_findingsList->setObjectName(u"catalogueFindingsList"_s);
    m_findingsList->setMaximumHeight(120);
    m_findingsList->setWordWrap(true);
    m_sendButton->setObjectName(u"sendCatalogueFileButton"_s);
    m_sendButton->setAutoDefault(false);
    for (int i = 0; i < 4; ++i)
        m_languageCombo->addItem(QString());
    m_languageCombo->setItemData(1, u"nb"_s);
    m_languageCombo->setItemData(2, u"nn"_s);
    m_languageCombo->setItemData(3, u"en"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_chooseButton);
    fileRow->addWidget(m_fileLabel, 1);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);
    languageRow->addWidget(m_sendButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(fileRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_findingsList);
    layout->addLayout(languageRow);

    connect(m_chooseButton, &QPushButton::clicked, this, &SandboxCatalogueFileSection::chooseFile);
    connect(m_sendButton, &QPushButton::clicked, this, &SandboxCatalogueFileSection::sendRequested);
    retranslateUi();
    updateState();
}

QString SandboxCatalogueFileSection::language() const
{
    return m_languageCombo->currentData().toString();
}

void SandboxCatalogueFileSection::setSending(bool sending)
{
    m_sending = sending;
    updateState();
}

void SandboxCatalogueFileSection::chooseFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Choose a catalogue file"), m_lastFolder, tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"catalogueFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, &SandboxCatalogueFileSection::readFile);
    dialog->open();
}

void SandboxCatalogueFileSection::readFile(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    m_reading = true;
    const int generation = ++m_generation;
    m_summaryLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    m_findingsList->clear();
    updateState();
    // Only the promise is shared with the worker: when this section goes first, its watcher goes with it.
    auto promise = std::make_shared<QPromise<SandboxCatalogueImport>>();
    auto *watcher = new QFutureWatcher<SandboxCatalogueImport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        const SandboxCatalogueImport import =
            watcher->future().resultCount() > 0 ? watcher->future().result() : SandboxCatalogueImport();
        watcher->deleteLater();
        if (generation == m_generation)
            present(import, path);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        promise->addResult(SandboxCatalogueImport::fromFile(path));
        promise->finish();
    });
}

void SandboxCatalogueFileSection::present(const SandboxCatalogueImport &import, const QString &path)
{
    m_reading = false;
    m_import = import;
    m_path = path;
    m_findingsList->clear();
    for (const SandboxCatalogueImport::Finding &finding : import.findings()) {
        const QString text =
            finding.path.isEmpty() ? finding.message : finding.path + u": "_s + finding.message;
        auto *item = new QListWidgetItem(
            finding.isError ? tr("Error: %1").arg(text) : tr("Warning: %1").arg(text), m_findingsList);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    if (!import.suggestedLanguage().isEmpty() && m_languageCombo->currentIndex() == 0)
        m_languageCombo->setItemText(0, tr("Automatic (%1)").arg(import.suggestedLanguage()));
    if (import.isSendable())
        m_summaryLabel->setText(tr("%1 holds %2.").arg(QFileInfo(path).fileName(), import.description()));
    else if (import.kind() == SandboxCatalogueImport::Kind::Unknown)
        m_summaryLabel->setText(tr("%1 cannot be added.").arg(QFileInfo(path).fileName()));
    else
        m_summaryLabel->setText(
            tr("%1 holds %2, but has errors the sandbox would refuse; fix them and choose "
               "it again.")
                .arg(QFileInfo(path).fileName(), import.description()));
    updateState();
    Q_EMIT fileRead();
}

void SandboxCatalogueFileSection::updateState()
{
    m_fileLabel->setText(m_path.isEmpty() ? tr("No file chosen.") : QDir::toNativeSeparators(m_path));
    m_fileLabel->setAccessibleName(m_fileLabel->text());
    m_findingsList->setVisible(m_findingsList->count() > 0);
    m_summaryLabel->setVisible(m_reading || !m_path.isEmpty());
    const bool isExport = m_import.kind() == SandboxCatalogueImport::Kind::AccessPackageExport;
    m_languageLabel->setVisible(isExport);
    m_languageCombo->setVisible(isExport);
    m_chooseButton->setEnabled(!m_sending);
    m_sendButton->setEnabled(!m_sending && !m_reading && m_import.isSendable());
}

void SandboxCatalogueFileSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxCatalogueFileSection::retranslateUi()
{
    m_heading->setText(tr("Import a file"));
    m_hint->setText(tr("Save what TT02's public metadata APIs answer for your service and add it here: the "
                       "resource list (resourceregistry/api/v1/resource/resourcelist) or one resource, the "
                       "access package export (accessmanagement/api/v1/meta/info/accesspackages/export), or "
                       "organisations ({\"orgNo\", \"name\"}). Entries the sandbox has are replaced."));
    m_chooseButton->setText(tr("Choose &file…"));
    m_chooseButton->setAccessibleName(tr("Choose a catalogue file"));
    m_languageLabel->setText(tr("The export's &language:"));
    m_languageCombo->setItemText(0, tr("Automatic"));
    m_languageCombo->setItemText(1, tr("Bokmål"));
    m_languageCombo->setItemText(2, tr("Nynorsk"));
    m_languageCombo->setItemText(3, tr("English"));
    m_sendButton->setText(tr("&Add the file"));
    m_sendButton->setAccessibleName(tr("Add the file to the sandbox's catalogue"));
    m_findingsList->setAccessibleName(tr("Problems found in the file"));
    updateState();
}
