#include "customers/HoldingsDialog.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "customers/CustomerActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SystemUserHoldingsCheck;
using Outcome = Onboarding::SystemUserHoldingsCheck::Outcome;

namespace {

QSet<QString> keysOf(const QStringList &values)
{
    QSet<QString> keys;
    for (const QString &value : values)
        keys.insert(value.trimmed().toLower());
    return keys;
}

/// @p first, then what @p second adds, each once (ignoring case).
QStringList together(const QStringList &first, const QStringList &second)
{
    QStringList all;
    QSet<QString> seen;
    for (const QStringList *list : {&first, &second}) {
        for (const QString &value : *list) {
            if (!seen.contains(value.trimmed().toLower())) {
                seen.insert(value.trimmed().toLower());
                all.append(value);
            }
        }
    }
    return all;
}

} // namespace

HoldingsDialog::HoldingsDialog(
    VendorSession *session, const QString &systemId, const CustomerRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_systemId(systemId)
    , m_check(new SystemUserHoldingsCheck(session, this))
    , m_heading(Labels::heading(u"holdingsHeading"_s, this))
    , m_introLabel(Labels::hint(u"holdingsIntro"_s, this))
    , m_status(new OperationStatus(this))
    , m_summaryLabel(Labels::notice(u"holdingsSummary"_s, this))
    , m_tree(new QTreeWidget(this))
    , m_callsLabel(Labels::hint(u"holdingsCalls"_s, this))
    , m_checkAgainButton(new QPushButton(this))
    , m_changeButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"holdingsDialog"_s);
    m_status->setObjectName(u"holdingsStatus"_s);
    m_tree->setObjectName(u"holdingsTree"_s);
    m_checkAgainButton->setObjectName(u"checkHoldingsAgainButton"_s);
    m_changeButton->setObjectName(u"holdingsChangeRequestButton"_s);
    m_closeButton->setObjectName(u"closeHoldingsButton"_s);
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_callsLabel->hide();
    for (QPushButton *button : {m_checkAgainButton, m_changeButton})
        button->setAutoDefault(false);
    m_closeButton->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkAgainButton);
    buttons->addWidget(m_changeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_callsLabel);
    layout->addLayout(buttons);
    resize(640, 480);

    connect(m_check, &SystemUserHoldingsCheck::finished, this, &HoldingsDialog::showOutcome);
    connect(m_checkAgainButton, &QPushButton::clicked, this, &HoldingsDialog::check);
    connect(m_changeButton, &QPushButton::clicked, this, [this] { Q_EMIT changeRequestWanted(m_record); });
    connect(m_closeButton, &QPushButton::clicked, this, &HoldingsDialog::reject);
    retranslateUi();
    updateButtons();
}

HoldingsDialog::~HoldingsDialog() = default;

bool HoldingsDialog::isChecking() const
{
    return m_check->isBusy();
}

void HoldingsDialog::check()
{
    if (m_check->isBusy())
        return;
    SystemUserHoldingsCheck::Request request;
    request.systemId = m_systemId;
    request.customerOrgNo = m_record.orgNo;
    request.externalRef = m_record.externalRef;
    request.kind = m_record.kind;
    request.wantedRights = m_record.wantedRights;
    request.wantedPackages = m_record.wantedPackages;
    m_check->setRequest(request);
    Labels::showNotice(m_summaryLabel, {}, u"info"_s);
    m_status->showBusy(
        tr("Asking Altinn what the system user of %1 holds…").arg(CustomerActions::customerText(m_record)),
        [this] { cancelCheck(); });
    m_check->start();
    updateButtons();
}

void HoldingsDialog::cancelCheck()
{
    m_check->cancel();
}

void HoldingsDialog::reject()
{
    // Closing stops waiting; answers still under way are ignored.
    m_check->cancel();
    QDialog::reject();
}

void HoldingsDialog::showOutcome(const Outcome &outcome)
{
    m_outcome = outcome;
    render(outcome);
    Q_EMIT checkFinished(outcome);
}

void HoldingsDialog::render(const Outcome &outcome)
{
    if (outcome.isCancelled()) {
        m_status->showInformation(tr("The check was cancelled."));
    } else if (outcome.result == Outcome::Result::Failed) {
        m_status->showExplanation(outcome.explanation, [this] { check(); });
    } else {
        m_status->clear();
    }
    if (outcome.result == Outcome::Result::Failed) {
        Labels::showNotice(m_summaryLabel, {}, u"info"_s);
        m_tree->clear();
        m_callsLabel->hide();
    } else {
        const bool missing = outcome.drift.hasMissing() && outcome.result == Outcome::Result::Drifted;
        const QString severity = outcome.result == Outcome::Result::Matches ? u"success"_s
            : missing                                                       ? u"error"_s
                                                                            : u"info"_s;
        Labels::showNotice(m_summaryLabel, outcome.summary, severity);
        fillTree(outcome);
        m_callsLabel->setText(
            tr("This check made %n call(s) to Maskinporten and Altinn.", nullptr, outcome.calls.total()));
        m_callsLabel->show();
    }
    updateButtons();
}

void HoldingsDialog::fillTree(const Outcome &outcome)
{
    m_tree->clear();
    const QSet<QString> missing = keysOf(outcome.drift.missingResources + outcome.drift.missingPackages);
    const QSet<QString> extra = keysOf(outcome.drift.extraResources + outcome.drift.extraPackages);
    const auto addGroup = [this, &missing, &extra](const QString &title, const QStringList &items) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setFirstColumnSpanned(true);
        for (const QString &item : items) {
            const QString key = item.trimmed().toLower();
            QString status = tr("Held");
            if (missing.contains(key))
                status = tr("Missing: the system asks for it");
            else if (extra.contains(key))
                status = tr("Extra: the system no longer asks for it");
            auto *row = new QTreeWidgetItem(group, {item, status});
            if (missing.contains(key) || extra.contains(key)) {
                QFont font = row->font(StatusColumn);
                font.setBold(true);
                row->setFont(StatusColumn, font);
            }
        }
        if (items.isEmpty())
            new QTreeWidgetItem(group, {tr("None"), QString()});
        group->setExpanded(true);
    };
    addGroup(tr("Rights (resources)"), together(outcome.expectedResources, outcome.heldResources));
    addGroup(tr("Access packages"), together(outcome.expectedPackages, outcome.heldPackages));

    auto *parties = new QTreeWidgetItem(
        m_tree, {tr("Parties Altinn lists for the system user (%n)", nullptr, int(outcome.parties.size()))});
    parties->setFirstColumnSpanned(true);
    for (const Altinn::AuthorizedParty &party : outcome.parties) {
        const QString who = party.organizationNumber.isEmpty()
            ? party.name
            : tr("%1 (%2)").arg(
                party.name.isEmpty() ? party.organizationNumber : party.name, party.organizationNumber);
        QString status = party.organizationNumber == outcome.request.customerOrgNo ? tr("The customer")
                                                                                   : tr("Another party");
        if (party.isDeleted)
            status = tr("Deleted in the register");
        new QTreeWidgetItem(parties, {who, status});
    }
    if (outcome.parties.isEmpty())
        new QTreeWidgetItem(parties, {tr("None: the system user holds nothing"), QString()});
    parties->setExpanded(true);
}

void HoldingsDialog::updateButtons()
{
    const bool busy = m_check->isBusy();
    m_checkAgainButton->setEnabled(!busy);
    // Change requests exist for standard system users only (docs/altinn-behaviour.md#change-requests).
    m_changeButton->setEnabled(!busy && m_outcome && m_outcome->needsChangeRequest()
        && m_record.kind == Altinn::RequestKind::Standard);
}

void HoldingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HoldingsDialog::retranslateUi()
{
    const QString customer = CustomerActions::customerText(m_record);
    setWindowTitle(tr("What the system user holds"));
    m_heading->setText(tr("What the system user of %1 holds").arg(customer));
    m_introLabel->setText(tr("Altinn's own list of what the system user may do (its authorized parties), "
                             "compared with what the system asks for. Each check gets a system user token, "
                             "exchanges it for an Altinn token and asks Altinn once."));
    m_tree->setHeaderLabels({tr("Right, package or party"), tr("Status")});
    m_tree->setAccessibleName(tr("Rights, access packages and parties of the system user"));
    m_summaryLabel->setAccessibleName(tr("Result of the check"));
    m_checkAgainButton->setText(tr("Check &again"));
    m_checkAgainButton->setAccessibleName(tr("Check again"));
    m_changeButton->setText(tr("Send a &change request…"));
    m_changeButton->setAccessibleName(tr("Send a change request for what is missing"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    if (m_outcome && !m_check->isBusy())
        render(*m_outcome);
}
