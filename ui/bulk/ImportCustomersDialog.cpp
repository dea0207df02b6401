#include "bulk/ImportCustomersDialog.h"

#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SystemRegisterClient.h"
#include "bulk/ImportPreviewSection.h"
#include "bulk/ImportSourceSection.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "i18n/Translator.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ImportCustomersDialog::ImportCustomersDialog(WizardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ledger(context->customers()->ledger())
    , m_systemId(m_ledger ? m_ledger->scope().systemId : QString())
    , m_introLabel(Labels::hint(u"importIntroLabel"_s, this))
    , m_source(new ImportSourceSection(this))
    , m_status(new OperationStatus(this))
    , m_preview(new ImportPreviewSection(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_addButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"importCustomersDialog"_s);
    setLocale(Translator::localeFor(context->language()));
    m_status->setObjectName(u"importStatus"_s);
    m_addButton->setObjectName(u"addCustomersButton"_s);
    m_addButton->setEnabled(false);
    m_addButton->setAutoDefault(false);
    m_buttons->setObjectName(u"importButtons"_s);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelImportButton"_s);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_source);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setTabOrder(m_source->chooseFileButton(), m_source->pasteEdit());
    setTabOrder(m_source->pasteEdit(), m_preview->rowsTable());
    setTabOrder(m_preview->rowsTable(), m_preview->findingsList());
    setTabOrder(m_preview->findingsList(), m_addButton);
    setTabOrder(m_addButton, cancel);

    connect(m_source, &ImportSourceSection::pastedTextSettled, this, [this](const QString &text) {
        m_status->clear();
        if (text.trimmed().isEmpty()) {
            m_parsed.reset();
            recompute();
            return;
        }
        read(CustomerListImport::parse(text));
    });
    connect(m_source, &ImportSourceSection::fileRead, this, [this](const QString &, const QByteArray &bytes) {
        m_status->clear();
        read(CustomerListImport::parse(bytes));
    });
    connect(m_source, &ImportSourceSection::fileFailed, this,
        [this](const QString &message) { m_status->showError(message); });
    connect(m_addButton, &QPushButton::clicked, this, &ImportCustomersDialog::addCustomers);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The ledger can go (another profile); nothing is written to the one that replaced it.
    connect(context->customers(), &CustomerDesk::ledgerChanged, this, [this] {
        if (m_context->customers()->ledger() != m_ledger)
            reject();
    });
    // A check under way belongs to the old session: ask again through the new one.
    connect(context, &WizardContext::sessionChanged, this, [this] {
        if (!m_systemFetch)
            return;
        cancelSystemFetch();
        fetchSystem();
    });

    resize(960, 720);
    retranslateUi();
    updateAddButton();
}

ImportCustomersDialog::~ImportCustomersDialog()
{
    cancelSystemFetch();
}

bool ImportCustomersDialog::isCheckingSystem() const
{
    return m_systemFetch != nullptr;
}

QString ImportCustomersDialog::pastedText() const
{
    return m_source->pastedText();
}

void ImportCustomersDialog::setPastedText(const QString &text)
{
    m_source->setPastedText(text);
}

void ImportCustomersDialog::read(const CustomerListImport::Result &result)
{
    m_parsed = result;
    if (needsSystemCheck() && !m_system && !m_systemFetch)
        fetchSystem();
    recompute();
}

bool ImportCustomersDialog::needsSystemCheck() const
{
    if (!m_parsed)
        return false;
    return std::any_of(
        m_parsed->rows.cbegin(), m_parsed->rows.cend(), [](const CustomerListImport::Row &row) {
            return !row.wantedRights.isEmpty() || !row.wantedPackages.isEmpty();
        });
}

CustomerListImport::Result ImportCustomersDialog::checkedResult() const
{
    CustomerListImport::Result result = *m_parsed;
    if (m_system)
        CustomerListImport::checkAgainst(result, *m_system);
    return result;
}

CustomerListImport::Merge ImportCustomersDialog::mergeNow(const CustomerListImport::Result &result) const
{
    const CustomerLedger *ledger = m_ledger;
    return CustomerListImport::merge(result, [ledger](const QString &key) -> std::optional<CustomerRecord> {
        return ledger ? ledger->find(key) : std::nullopt;
    });
}

void ImportCustomersDialog::recompute()
{
    if (!m_parsed) {
        m_merge = {};
        m_preview->clear();
        updateAddButton();
        return;
    }
    const CustomerListImport::Result result = checkedResult();
    m_merge = mergeNow(result);
    QSet<QString> listed;
    if (m_ledger) {
        for (const CustomerListImport::Row &row : result.rows) {
            if (m_ledger->find(row.key()))
                listed.insert(row.key());
        }
    }
    m_preview->showResult(result, m_merge, listed, locale());
    updateAddButton();
}

void ImportCustomersDialog::fetchSystem()
{
    VendorSession *session = m_context->session();
    if (!session || m_systemId.isEmpty()) {
        m_status->showError(tr("Some rows choose rights or access packages, and they can only be checked "
                               "against the system with a working connection. Finish the Maskinporten "
                               "page first, or remove those columns."));
        return;
    }
    QPointer<ImportCustomersDialog> self(this);
    m_status->showBusy(
        tr("Checking the chosen rights and access packages against %1…").arg(m_systemId), [this] {
            cancelSystemFetch();
            m_status->showError(tr("The check was cancelled. Rows that choose rights or access packages "
                                   "cannot be added without it."),
                [this] { fetchSystem(); });
            updateAddButton();
        });
    m_systemFetch = session->systemRegister()->get(
        m_systemId, [self](const Altinn::ApiResult<Altinn::SystemDefinition> &result) {
            if (!self || result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                return;
            self->m_systemFetch = nullptr;
            if (!result.ok()) {
                const Altinn::Explanation explanation =
                    Altinn::ErrorExplainer::explain(result.failure, tr("reading the system from Altinn"));
                self->m_status->showError(tr("The chosen rights could not be checked: %1 %2")
                                              .arg(explanation.summary, explanation.remedy),
                    [self] {
                        if (self)
                            self->fetchSystem();
                    });
                self->updateAddButton();
                return;
            }
            self->m_system = *result.value;
            self->m_status->showSuccess(
                tr("The chosen rights and access packages were checked against %1.").arg(self->m_systemId));
            self->recompute();
        });
    updateAddButton();
}

void ImportCustomersDialog::cancelSystemFetch()
{
    if (Altinn::ApiOperation *operation = m_systemFetch) {
        m_systemFetch = nullptr;
        operation->cancel();
    }
}

void ImportCustomersDialog::updateAddButton()
{
    const int added = m_merge.added;
    const int updated = m_merge.updated;
    if (updated == 0)
        m_addButton->setText(tr("&Add %1 customer(s)", nullptr, added).arg(locale().toString(added)));
    else if (added == 0)
        m_addButton->setText(tr("&Update %1 customer(s)", nullptr, updated).arg(locale().toString(updated)));
    else
        m_addButton->setText(
            tr("&Add %1, update %2").arg(locale().toString(added), locale().toString(updated)));
    m_addButton->setAccessibleName(QString(m_addButton->text()).remove(u'&'));
    const bool checked = !needsSystemCheck() || m_system.has_value();
    const bool ready = m_ledger && !m_merge.records.isEmpty() && checked && !m_systemFetch;
    m_addButton->setEnabled(ready);
    if (!m_ledger)
        m_addButton->setToolTip(tr("There is no customer list for this system: set up the system first."));
    else if (!checked)
        m_addButton->setToolTip(tr("Waiting for the check of the chosen rights against the system."));
    else if (m_merge.records.isEmpty() && m_parsed)
        m_addButton->setToolTip(tr("The list adds nothing new."));
    else
        m_addButton->setToolTip(tr("Adds the customers to the list. Nothing is sent to Altinn yet."));
}

void ImportCustomersDialog::addCustomers()
{
    if (!m_addButton->isEnabled() || !m_ledger || !m_parsed)
        return;
    // Merged again against the ledger as it is now: the follower may have changed records since.
    const CustomerListImport::Merge merge = mergeNow(checkedResult());
    if (merge.records.isEmpty())
        return;
    m_ledger->upsertAll(merge.records);
    m_merge = merge;
    Q_EMIT customersAdded(merge.added, merge.updated);
    accept();
}

void ImportCustomersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportCustomersDialog::retranslateUi()
{
    setWindowTitle(tr("Import customers"));
    m_introLabel->setText(
        tr("Choose a CSV file saved from a spreadsheet, or copy the rows in the spreadsheet "
           "and paste them below. Only the organisation number is needed; name, external "
           "reference, e-mail, kind (standard or agent), rights, access packages and "
           "language are read when the list has them. Nothing is added until you press "
           "the Add button, and nothing is sent to Altinn."));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("Cancel"));
        cancel->setAccessibleName(tr("Close without adding"));
    }
    updateAddButton();
}
