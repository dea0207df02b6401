#include "shell/CustomersScreen.h"

#include "bulk/BulkSendDialog.h"
#include "bulk/ChangeCampaignDialog.h"
#include "bulk/ExportLinksDialog.h"
#include "bulk/ImportCustomersDialog.h"
#include "common/Labels.h"
#include "customers/CustomersHeading.h"
#include "customers/CustomersModel.h"
#include "customers/CustomersView.h"
#include "i18n/Translator.h"
#include "model/SystemDefinition.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"
#include "workspace/CustomerLedger.h"
#include "workspace/DraftStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomersScreen::CustomersScreen(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_headingLabel(new QLabel(this))
    , m_systemLabel(new QLabel(this))
    , m_setUpButton(new QPushButton(this))
    , m_bulkRow(new QWidget(this))
    , m_importButton(new QPushButton(m_bulkRow))
    , m_sendButton(new QPushButton(m_bulkRow))
    , m_exportButton(new QPushButton(m_bulkRow))
    , m_campaignButton(new QPushButton(m_bulkRow))
    , m_bulkNotice(Labels::notice(u"bulkNotice"_s, this))
    , m_view(new CustomersView(this))
{
    setObjectName(u"customersScreen"_s);
    m_headingLabel->setObjectName(u"customersHeading"_s);
    m_headingLabel->setProperty("role", u"heading"_s);
    m_systemLabel->setObjectName(u"customersSystemLabel"_s);
    m_systemLabel->setWordWrap(true);
    m_setUpButton->setObjectName(u"customersSetUpSystemButton"_s);
    connect(m_setUpButton, &QPushButton::clicked, this, &CustomersScreen::setUpSystemRequested);

    m_bulkRow->setObjectName(u"bulkActionsRow"_s);
    m_importButton->setObjectName(u"importCustomersButton"_s);
    m_sendButton->setObjectName(u"sendRequestsButton"_s);
    m_exportButton->setObjectName(u"exportLinksButton"_s);
    m_campaignButton->setObjectName(u"changeCampaignButton"_s);
    auto *bulkLayout = new QHBoxLayout(m_bulkRow);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_importButton, m_sendButton, m_exportButton, m_campaignButton}) {
        button->setAutoDefault(false);
        bulkLayout->addWidget(button);
    }
    bulkLayout->addStretch(1);
    connect(m_importButton, &QPushButton::clicked, this, &CustomersScreen::openImport);
    connect(m_sendButton, &QPushButton::clicked, this, &CustomersScreen::openSend);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersScreen::openExport);
    connect(m_campaignButton, &QPushButton::clicked, this, &CustomersScreen::openCampaign);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_systemLabel);
    layout->addWidget(m_setUpButton, 0, Qt::AlignLeft);
    layout->addWidget(m_bulkRow);
    layout->addWidget(m_bulkNotice);
    layout->addWidget(m_view, 1);
    // Takes the room the view leaves while there is no system yet, so the rest stays together at the top (an
    // item of stretch 0 gets room only when no visible one has more).
    layout->addStretch(0);
    // The bulk actions come before the view's own filter and table.
    setTabOrder(m_setUpButton, m_importButton);
    setTabOrder(m_importButton, m_sendButton);
    setTabOrder(m_sendButton, m_exportButton);
    setTabOrder(m_exportButton, m_campaignButton);
    setTabOrder(m_campaignButton, m_view);

    // Another profile has other customers.
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        if (isVisible())
            refresh();
        updateBulkActions();
    });
    connect(m_context->customers(), &CustomerDesk::ledgerChanged, this, &CustomersScreen::updateBulkActions);
    // The view shows the desk's ledger and follows it when the session or the system changes.
    m_view->setContext(m_context);
    connect(m_view->heading(), &CustomersHeading::systemNameChanged, this, &CustomersScreen::retranslateUi);
    retranslateUi();
}

ImportCustomersDialog *CustomersScreen::importDialog() const
{
    return m_importDialog;
}

BulkSendDialog *CustomersScreen::sendDialog() const
{
    return m_sendDialog;
}

ExportLinksDialog *CustomersScreen::exportDialog() const
{
    return m_exportDialog;
}

ChangeCampaignDialog *CustomersScreen::campaignDialog() const
{
    return m_campaignDialog;
}

QString CustomersScreen::currentSystemId() const
{
    if (const auto published = m_context->onboarding()->publishedSystem())
        return published->id;
    if (!m_context->hasProfile())
        return {};
    if (const auto draft = m_context->drafts()->systemDefinition(m_context->profile().id))
        return Altinn::SystemDefinition::fromJson(*draft).id;
    return {};
}

void CustomersScreen::refresh()
{
    m_systemId = currentSystemId();
    const bool ready = !m_systemId.isEmpty() && m_context->session();
    m_view->setVisible(ready);
    m_setUpButton->setVisible(!ready);
    if (!m_systemId.isEmpty())
        m_context->setSystemId(m_systemId);
    m_view->setLocale(Translator::localeFor(m_context->language()));
    retranslateUi();
}

QString CustomersScreen::bulkUnavailableReason() const
{
    if (m_systemId.isEmpty() && m_context->systemId().isEmpty())
        return tr("Set up your system first: customers are asked for a system user of a system.");
    if (!m_context->session())
        return tr("Finish the Maskinporten client and key of this profile first: there is no connection "
                  "to Altinn yet.");
    if (!m_context->customers()->ledger())
        return tr("The customer list of this system could not be opened.");
    return {};
}

void CustomersScreen::updateBulkActions()
{
    const QString reason = bulkUnavailableReason();
    const bool available = reason.isEmpty();
    struct Action
    {
        QPushButton *button;
        QString whatItDoes;
    };
    const QList<Action> actions{
        {m_importButton,
            tr("Add customers from a CSV file or from rows pasted from a spreadsheet. Nothing is sent yet.")},
        {m_sendButton,
            tr("Compare the list with Altinn, then send a request to every customer who needs one.")},
        {m_exportButton,
            tr("Save the approval links of waiting customers: a mail-merge file, one e-mail per customer or "
               "a printable sheet with QR codes.")},
        {m_campaignButton,
            tr("After the system gained or lost rights: ask every customer with a system user to approve "
               "the change.")},
    };
    for (const Action &action : actions) {
        action.button->setEnabled(available);
        const QString mnemonic =
            QKeySequence::mnemonic(action.button->text()).toString(QKeySequence::NativeText);
        const QString shortcut = mnemonic.isEmpty() ? QString() : u" ("_s + mnemonic + u')';
        action.button->setToolTip(available ? action.whatItDoes + shortcut : reason);
    }
}

void CustomersScreen::openImport()
{
    if (!bulkUnavailableReason().isEmpty())
        return;
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog = new ImportCustomersDialog(m_context, this);
    m_importDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!m_importPaste.isEmpty())
        dialog->setPastedText(m_importPaste);
    connect(dialog, &ImportCustomersDialog::customersAdded, this, [this](int added, int updated) {
        const QLocale locale(m_context->language());
        QString text = tr("%1 customer(s) added to the list", nullptr, added).arg(locale.toString(added));
        if (updated > 0)
            text += tr(", %1 filled in", nullptr, updated).arg(locale.toString(updated));
        Labels::showNotice(m_bulkNotice,
            text + u". "_s + tr("Nothing has been sent yet: Send requests asks them."), u"success"_s);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        // Pasted rows that were not added are offered again; added ones are done with.
        m_importPaste = result == QDialog::Accepted ? QString() : dialog->pastedText();
    });
    dialog->open();
}

void CustomersScreen::openSend()
{
    if (m_sendDialog) {
        // A paused (or finished) run is shown again, not replaced.
        m_sendDialog->show();
        m_sendDialog->raise();
        m_sendDialog->activateWindow();
        return;
    }
    if (!bulkUnavailableReason().isEmpty())
        return;
    auto *dialog = new BulkSendDialog(m_context, this);
    m_sendDialog = dialog;
    dialog->setExportAvailable(true);
    connect(dialog, &BulkSendDialog::exportRequested, this, &CustomersScreen::openExport);
    // "Nothing has been sent yet" from the import is no longer true once a send ran.
    connect(dialog, &BulkSendDialog::runEnded, m_bulkNotice, &QWidget::hide);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Kept while a paused run waits in it; otherwise it is done with.
        if (!dialog->isSending()) {
            if (m_sendDialog == dialog)
                m_sendDialog = nullptr;
            dialog->deleteLater();
        }
    });
    dialog->show();
    dialog->compare();
}

void CustomersScreen::openExport()
{
    if (!bulkUnavailableReason().isEmpty())
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    // "The current filter": the customers the view shows now, in its order.
    QList<CustomerRecord> shown;
    if (const CustomerLedger *ledger = m_context->customers()->ledger()) {
        if (const auto *table = m_view->findChild<QTableView *>(u"customersTable"_s)) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString key = model->index(row, 0).data(CustomersModel::KeyRole).toString();
                if (const auto record = ledger->find(key))
                    shown.append(*record);
            }
        }
    }
    auto *dialog =
        new ExportLinksDialog(m_context, shown, m_sendDialog ? static_cast<QWidget *>(m_sendDialog) : this);
    m_exportDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void CustomersScreen::openCampaign()
{
    if (!bulkUnavailableReason().isEmpty())
        return;
    if (m_campaignDialog) {
        m_campaignDialog->show();
        m_campaignDialog->raise();
        m_campaignDialog->activateWindow();
        return;
    }
    auto *dialog = new ChangeCampaignDialog(m_context, this);
    m_campaignDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->isSending()) {
            if (m_campaignDialog == dialog)
                m_campaignDialog = nullptr;
            dialog->deleteLater();
        }
    });
    dialog->show();
    dialog->plan();
}

void CustomersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Dates and counts follow the chosen language, not the system's.
        m_view->setLocale(Translator::localeFor(m_context->language()));
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CustomersScreen::retranslateUi()
{
    m_headingLabel->setText(tr("Customers"));
    if (m_systemId.isEmpty()) {
        m_systemLabel->setText(tr("There is no system for this profile yet. Set up your system first; then "
                                  "its customers, their requests and system users show here."));
    } else if (!m_context->session()) {
        m_systemLabel->setText(tr("The connection to %1 is not ready: finish the Maskinporten client and key "
                                  "of this profile first.")
                                   .arg(m_context->environment().displayName()));
    } else {
        // The system's name once the view has it (issue 14), its id until then.
        const QString name = m_view->heading()->systemName();
        m_systemLabel->setText(
            tr("Every customer of %1 in %2, and where each one stands.")
                .arg(name.isEmpty() ? m_systemId : name, m_context->environment().displayName()));
    }
    m_setUpButton->setText(tr("&Set up my system"));
    m_setUpButton->setAccessibleName(tr("Set up my system"));
    m_bulkRow->setAccessibleName(tr("Many customers at once"));
    m_importButton->setText(tr("&Import customers…"));
    m_importButton->setAccessibleName(tr("Import customers"));
    m_sendButton->setText(tr("Send re&quests…"));
    m_sendButton->setAccessibleName(tr("Send requests"));
    m_exportButton->setText(tr("E&xport links…"));
    m_exportButton->setAccessibleName(tr("Export approval links"));
    m_campaignButton->setText(tr("C&hange campaign…"));
    m_campaignButton->setAccessibleName(tr("Change campaign"));
    updateBulkActions();
}
