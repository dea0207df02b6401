#include "bulk/ExportLinksDialog.h"

#include "bulk/ExportResultSection.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "onboarding/SystemNamesLoader.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Format = ExportChoiceSection::Format;
using Selection = ExportChoiceSection::Selection;

/// One export on the worker thread: what it writes, how far it got, and whether to stop.
struct ExportLinksDialog::Job
{
    Format format = Format::Csv;
    QString path;
    HandOffExport::Batch batch;
    std::atomic<qsizetype> done{0};
    std::atomic<qsizetype> total{0};
    std::atomic<bool> cancelled{false};
    HandOffFiles::Outcome outcome; ///< written by the worker, read after it finished
};

namespace {

bool hasLink(const CustomerRecord &customer)
{
    return customer.state == CustomerState::Waiting || customer.state == CustomerState::ChangePending;
}

} // namespace

ExportLinksDialog::ExportLinksDialog(
    WizardContext *context, const QList<CustomerRecord> &shown, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ledger(context->customers()->ledger())
    , m_shown(shown)
    , m_introLabel(Labels::hint(u"exportIntro"_s, this))
    , m_choices(new ExportChoiceSection(this))
    , m_status(new OperationStatus(this))
    , m_saveButton(new QPushButton(this))
    , m_result(new ExportResultSection(this))
    , m_openFolderButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_loader(new Onboarding::SystemNamesLoader(this))
    , m_progressTimer(new QTimer(this))
    , m_lastDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(u"exportLinksDialog"_s);
    const QLocale locale(context->language());
    setLocale(locale);
    m_choices->setLocale(locale);
    m_status->setObjectName(u"exportStatus"_s);
    m_saveButton->setObjectName(u"exportSaveButton"_s);
    m_saveButton->setDefault(true);
    m_openFolderButton->setObjectName(u"openExportFolderButton"_s);
    m_closeButton->setObjectName(u"closeExportButton"_s);
    m_closeButton->setAutoDefault(false);
    m_openFolderButton->setAutoDefault(false);
    m_progressTimer->setInterval(100);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_openFolderButton);
    bottomRow->addStretch(1);
    bottomRow->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_choices);
    layout->addLayout(saveRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addLayout(bottomRow);
    setTabOrder(m_saveButton, m_result->skippedList());
    setTabOrder(m_result->skippedList(), m_openFolderButton);
    setTabOrder(m_openFolderButton, m_closeButton);

    connect(m_choices, &ExportChoiceSection::choiceChanged, this, &ExportLinksDialog::updateSaveButton);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportLinksDialog::chooseDestination);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportLinksDialog::openFolder);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_loader, &Onboarding::SystemNamesLoader::finished, this,
        [this](bool ok, const Altinn::Explanation &explanation) {
            if (ok)
                m_status->clear();
            else
                m_status->showError(
                    tr("The system could not be read from Altinn, and the messages name it: %1 %2")
                        .arg(explanation.summary, explanation.remedy),
                    [this] { load(); });
            updateSaveButton();
        });
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job || m_job->total == 0)
            return;
        const QLocale numbers = this->locale();
        m_status->showBusy(
            tr("Writing page %1 of %2…")
                .arg(numbers.toString(qsizetype(m_job->done)), numbers.toString(qsizetype(m_job->total))),
            [this] {
                if (m_job)
                    m_job->cancelled = true;
            });
    });
    if (m_ledger)
        connect(m_ledger, &CustomerLedger::changed, this, &ExportLinksDialog::updateCounts);

    resize(760, 640);
    retranslateUi();
    updateCounts();
    m_openFolderButton->setEnabled(false);
    load();
}

ExportLinksDialog::~ExportLinksDialog()
{
    m_loader->cancel();
    if (m_thread) {
        m_job->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportLinksDialog::load()
{
    VendorSession *session = m_context->session();
    if (!session || !m_ledger) {
        m_status->showError(tr("There is no connection to Altinn: finish the Maskinporten page first."));
        return;
    }
    m_status->showBusy(tr("Reading the system and the names of its rights…"), [this] {
        m_loader->cancel();
        m_status->showError(tr("Cancelled. The messages need the system's names."), [this] { load(); });
        updateSaveButton();
    });
    m_loader->start(session, m_ledger->scope().systemId);
    updateSaveButton();
}

bool ExportLinksDialog::isReady() const
{
    return !m_loader->isBusy() && m_loader->system().has_value();
}

QList<CustomerRecord> ExportLinksDialog::chosenCustomers() const
{
    if (!m_ledger)
        return {};
    switch (m_choices->selection()) {
    case Selection::AllWaiting: {
        QList<CustomerRecord> waiting;
        for (const CustomerRecord &customer : m_ledger->customers()) {
            if (hasLink(customer))
                waiting.append(customer);
        }
        return waiting;
    }
    case Selection::Reminders:
        return m_ledger->waitingLongerThan(m_choices->reminderDays(), QDateTime::currentDateTimeUtc());
    case Selection::CurrentFilter:
        break;
    }
    // As the ledger has them now: a customer may have approved since the view was read.
    QList<CustomerRecord> shown;
    for (const CustomerRecord &customer : m_shown) {
        if (const auto current = m_ledger->find(customer.key()))
            shown.append(*current);
    }
    return shown;
}

void ExportLinksDialog::updateCounts()
{
    int waiting = 0;
    if (m_ledger) {
        for (const CustomerRecord &customer : m_ledger->customers())
            waiting += hasLink(customer) ? 1 : 0;
    }
    const int reminders = m_ledger
        ? int(m_ledger->waitingLongerThan(m_choices->reminderDays(), QDateTime::currentDateTimeUtc()).size())
        : 0;
    {
        const QSignalBlocker blocker(m_choices);
        m_choices->setCounts(waiting, reminders, int(m_shown.size()));
    }
    updateSaveButton();
}

void ExportLinksDialog::updateSaveButton()
{
    const int count = int(chosenCustomers().size());
    m_saveButton->setText(
        tr("Choose where to sa&ve %1 customer(s)…", nullptr, count).arg(locale().toString(count)));
    m_saveButton->setAccessibleName(QString(m_saveButton->text()).remove(u'&'));
    m_saveButton->setEnabled(isReady() && !isWriting() && count > 0);
    m_saveButton->setToolTip(!isReady() ? tr("Waiting for the system to be read from Altinn.")
            : count == 0                ? tr("No customer is chosen.")
                         : tr("Choose the file (or the folder for e-mail drafts) to save to."));
    m_choices->setEnabled(!isWriting());
}

void ExportLinksDialog::chooseDestination()
{
    const Format format = m_choices->format();
    QString title;
    QString filter;
    QString name;
    switch (format) {
    case Format::Csv:
        title = tr("Save the mail-merge file");
        filter = tr("CSV files (*.csv)");
        name = tr("approval-links") + u".csv"_s;
        break;
    case Format::Emails:
        title = tr("Choose a folder for the e-mail drafts");
        break;
    case Format::Pdf:
        title = tr("Save the PDF");
        filter = tr("PDF files (*.pdf)");
        name = tr("approval-links") + u".pdf"_s;
        break;
    }
    auto *dialog = new QFileDialog(this, title, QDir(m_lastDirectory).filePath(name), filter);
    dialog->setObjectName(u"exportDestinationDialog"_s);
    if (format == Format::Emails) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(format == Format::Csv ? u"csv"_s : u"pdf"_s);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportLinksDialog::exportTo);
    dialog->open();
}

void ExportLinksDialog::exportTo(const QString &path)
{
    if (isWriting() || !isReady() || path.isEmpty())
        return;
    HandOffExport::Input input;
    input.customers = chosenCustomers();
    input.system = *m_loader->system();
    const Profile profile = m_context->profile();
    input.vendorName = profile.vendorName;
    input.vendorOrgNo = profile.vendorOrgNumber;
    input.vendorContact = m_choices->contact();
    input.titles = m_loader->titles();
    input.reminder = m_choices->selection() == Selection::Reminders;

    auto job = std::make_shared<Job>();
    job->format = m_choices->format();
    job->path = path;
    job->batch = HandOffExport::prepare(input);
    m_skipped = job->batch.skipped;
    m_outcome = {};
    m_result->start(m_skipped);
    if (job->batch.messages.isEmpty()) {
        m_status->showError(tr("None of the chosen customers has an approval link to hand over, so nothing "
                               "was saved. See why below."));
        Q_EMIT exportFinished(false);
        return;
    }
    m_folder = job->format == Format::Emails ? path : QFileInfo(path).absolutePath();
    m_lastDirectory = m_folder;
    m_job = job;
    m_status->showBusy(tr("Saving…"));
    // Encoding, QR codes and a thousand PDF pages take a while: off the UI thread, which only polls.
    m_thread = QThread::create([job] {
        switch (job->format) {
        case Format::Csv:
            job->outcome = HandOffFiles::saveCsv(job->path, job->batch.messages);
            break;
        case Format::Emails:
            job->outcome = HandOffFiles::saveEmails(job->path, job->batch.messages);
            break;
        case Format::Pdf:
            job->outcome =
                HandOffFiles::savePdf(job->path, job->batch, [job](qsizetype done, qsizetype total) {
                    job->done = done;
                    job->total = total;
                    return !job->cancelled;
                });
            break;
        }
    });
    m_thread->setObjectName(u"handOffWriter"_s);
    connect(m_thread, &QThread::finished, this, &ExportLinksDialog::writingDone);
    m_progressTimer->start();
    updateSaveButton();
    m_thread->start();
}

void ExportLinksDialog::writingDone()
{
    m_progressTimer->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    m_outcome = job->outcome;
    if (m_outcome.cancelled) {
        m_status->showInformation(tr("Cancelled: the PDF was not saved."));
    } else if (!m_outcome.ok) {
        m_status->showError(m_outcome.error, [this, path = job->path] { exportTo(path); });
    } else {
        m_status->clear();
        m_result->showSaved(job->format, job->batch, job->path);
        m_openFolderButton->setEnabled(true);
    }
    updateSaveButton();
    Q_EMIT exportFinished(m_outcome.ok);
}

void ExportLinksDialog::openFolder()
{
    if (!m_folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

void ExportLinksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportLinksDialog::retranslateUi()
{
    setWindowTitle(tr("Export approval links"));
    m_introLabel->setText(tr("Each customer gets a ready-to-send message in their own language with the "
                             "approval link: who at the customer must approve, and how. Customers without a "
                             "request waiting have no link and are left out."));
    m_openFolderButton->setText(tr("Open &folder"));
    m_openFolderButton->setAccessibleName(tr("Open the folder the files were saved in"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    updateSaveButton();
}

QListWidget *ExportLinksDialog::skippedList() const
{
    return m_result->skippedList();
}

QLabel *ExportLinksDialog::resultLabel() const
{
    return m_result->resultLabel();
}
