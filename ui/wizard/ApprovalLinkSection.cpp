#include "wizard/ApprovalLinkSection.h"

#include "altinn/RequestStatusText.h"
#include "common/Labels.h"
#include "common/LinkField.h"
#include "common/OperationStatus.h"
#include "common/QrCodeWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Pixels per side of a copied or saved QR image: sharp when printed or pasted into a document.
constexpr int QrImageSize = 480;

} // namespace

ApprovalLinkSection::ApprovalLinkSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"linkHeading"_s, this))
    , m_linkContent(new QWidget(this))
    , m_linkLabel(Labels::text(u"linkLabel"_s, m_linkContent))
    , m_goneLabel(Labels::fieldMessage(u"linkGoneLabel"_s, this))
    , m_link(new LinkField(u"link"_s, m_linkContent))
    , m_qrCode(new QrCodeWidget(m_linkContent))
    , m_copyQrButton(new QPushButton(m_linkContent))
    , m_saveQrButton(new QPushButton(m_linkContent))
    , m_status(new OperationStatus(m_linkContent))
    , m_changeFrame(new QFrame(this))
    , m_changeHeading(Labels::heading(u"changeRequestHeading"_s, m_changeFrame))
    , m_changeLabel(Labels::text(u"changeRequestLabel"_s, m_changeFrame))
    , m_changeLink(new LinkField(u"changeLink"_s, m_changeFrame))
{
    setObjectName(u"linkSection"_s);
    m_linkContent->setObjectName(u"linkContent"_s);
    m_link->setMnemonics(true);
    m_linkLabel->setBuddy(m_link->lineEdit());
    m_qrCode->setObjectName(u"qrCode"_s);
    m_qrCode->setFixedSize(180, 180);
    m_copyQrButton->setObjectName(u"copyQrButton"_s);
    m_saveQrButton->setObjectName(u"saveQrButton"_s);
    m_status->setObjectName(u"qrStatus"_s);
    m_changeFrame->setObjectName(u"changeRequestFrame"_s);
    m_changeLabel->setBuddy(m_changeLink->lineEdit());

    auto *linkColumn = new QVBoxLayout;
    linkColumn->addWidget(m_linkLabel);
    linkColumn->addWidget(m_link);
    linkColumn->addWidget(m_status);
    linkColumn->addStretch(1);
    auto *qrColumn = new QVBoxLayout;
    qrColumn->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    qrColumn->addWidget(m_copyQrButton);
    qrColumn->addWidget(m_saveQrButton);
    qrColumn->addStretch(1);
    // Spacing between the columns only: nested layouts would inherit a layout's own spacing.
    auto *columns = new QHBoxLayout(m_linkContent);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(linkColumn, 1);
    columns->addSpacing(20);
    columns->addLayout(qrColumn, 0);
    columns->setAlignment(qrColumn, Qt::AlignTop);

    auto *changeLayout = new QVBoxLayout(m_changeFrame);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    changeLayout->addWidget(m_changeHeading);
    changeLayout->addWidget(m_changeLabel);
    changeLayout->addWidget(m_changeLink);
    m_changeFrame->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_goneLabel);
    layout->addWidget(m_linkContent);
    layout->addWidget(m_changeFrame);

    // Reading order: the link, its QR code, then the change request's link.
    const QList<QWidget *> tabOrder{m_link->lineEdit(), m_link->openButton(), m_link->copyButton(),
        m_copyQrButton, m_saveQrButton, m_changeLink->lineEdit(), m_changeLink->openButton(),
        m_changeLink->copyButton()};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_copyQrButton, &QPushButton::clicked, this, &ApprovalLinkSection::copyQrImage);
    connect(m_saveQrButton, &QPushButton::clicked, this, &ApprovalLinkSection::saveQrImage);
    retranslateUi();
}

QWidget *ApprovalLinkSection::firstInTabOrder() const
{
    return m_link->lineEdit();
}

QWidget *ApprovalLinkSection::lastInTabOrder() const
{
    return m_changeLink->copyButton();
}

void ApprovalLinkSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showChangeRequest();
        showLinkState();
    }
    QWidget::changeEvent(event);
}

void ApprovalLinkSection::retranslateUi()
{
    m_heading->setText(tr("Approval link"));
    m_linkLabel->setText(
        tr("Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main "
           "administrator role in Altinn. They log in with ID-porten and approve the request."));
    m_link->setAccessibleNames(
        tr("Approval link"), tr("Open the approval link in the browser"), tr("Copy the approval link"));
    m_qrCode->setPurpose(tr("QR code of the approval link"));
    m_copyQrButton->setText(tr("Copy QR image"));
    m_copyQrButton->setAccessibleName(tr("Copy the QR code as an image"));
    m_saveQrButton->setText(tr("Save QR image…"));
    m_saveQrButton->setAccessibleName(tr("Save the QR code as an image file"));
    m_changeHeading->setText(tr("Change request"));
    m_changeLink->setAccessibleNames(tr("Approval link of the change request"),
        tr("Open the change request in the browser"), tr("Copy the change request link"));
}

void ApprovalLinkSection::setRequest(const Altinn::SystemUserRequestResponse &request)
{
    m_customerOrgNo = request.partyOrgNo;
    m_link->setLink(request.confirmUrl);
    m_qrCode->setText(request.confirmUrl);
    m_copyQrButton->setEnabled(m_qrCode->hasCode());
    m_saveQrButton->setEnabled(m_qrCode->hasCode());
}

void ApprovalLinkSection::setLinkState(LinkState state, bool sandbox)
{
    m_linkState = state;
    m_sandbox = sandbox;
    showLinkState();
}

void ApprovalLinkSection::showLinkState()
{
    const bool usable = m_linkState == LinkState::Usable;
    m_linkContent->setVisible(usable);
    QString text;
    switch (m_linkState) {
    case LinkState::Usable:
        break;
    case LinkState::Rejected:
        text =
            tr("The customer rejected this request, so its approval link no longer leads to an approval: do "
               "not send it again. Use “Delete and ask again” above to send a new request; the customer "
               "gets a new link.");
        if (m_sandbox)
            text += u' '
                + tr("In the sandbox, the setting “requestAfterRejectionCreatesNew” (Altinn's announced "
                     "change) "
                     "lets a new request replace the rejected one without deleting it first.");
        break;
    case LinkState::Expired:
        text = tr("This request has expired, so its approval link no longer works. Use “Delete and ask "
                  "again” above to send a new request; the customer gets a new link.");
        break;
    case LinkState::Deleted:
        text = tr("This request no longer exists, so its approval link no longer works. Send a new request "
                  "with “Ask again” above; the customer gets a new link.");
        break;
    }
    Labels::showMessage(m_goneLabel, text, u"warning"_s);
}

void ApprovalLinkSection::setChangeRequest(const std::optional<Altinn::ChangeRequestResponse> &changeRequest)
{
    m_changeRequest = changeRequest;
    showChangeRequest();
}

void ApprovalLinkSection::showChangeRequest()
{
    const bool show = m_changeRequest && !m_changeRequest->confirmUrl.isEmpty();
    m_changeFrame->setVisible(show);
    if (!show)
        return;
    m_changeLabel->setText(tr("A change request asks this customer's system user for more rights (status: "
                              "%1). The customer approves it with this link:")
                               .arg(Altinn::RequestStatusText::display(m_changeRequest->status)));
    m_changeLink->setLink(m_changeRequest->confirmUrl);
}

void ApprovalLinkSection::clearStatus()
{
    m_status->clear();
}

void ApprovalLinkSection::copyQrImage()
{
    const QImage image = m_qrCode->image(QrImageSize);
    if (!image.isNull())
        QApplication::clipboard()->setImage(image);
}

void ApprovalLinkSection::saveQrImage()
{
    const QImage image = m_qrCode->image(QrImageSize);
    if (image.isNull())
        return;
    const QString suggested = tr("approval-link-%1.png").arg(m_customerOrgNo);
    auto *dialog = new QFileDialog(this, tr("Save the QR code"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/' + suggested,
        tr("PNG images (*.png)"));
    dialog->setObjectName(u"saveQrDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"png"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            m_status->showError(tr("The QR code could not be saved to %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        m_status->showSuccess(tr("Saved the QR code to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}
