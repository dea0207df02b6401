#pragma once

#include "model/ChangeRequestResponse.h"
#include "model/SystemUserRequestResponse.h"

#include <QWidget>

#include <optional>

class LinkField;
class OperationStatus;
class QFrame;
class QLabel;
class QPushButton;
class QrCodeWidget;

/**
 * Page 6's link section: the approval link (open, copy), its QR code (copy or save as an image) and,
 * when one is pending for the same customer, the change request's own approval link.
 */
class ApprovalLinkSection : public QWidget
{
    Q_OBJECT

public:
    /// Whether the request's link still leads the customer to an approval, and if not, why.
    enum class LinkState { Usable, Rejected, Expired, Deleted };

    explicit ApprovalLinkSection(QWidget *parent = nullptr);

    void setRequest(const Altinn::SystemUserRequestResponse &request);
    /// A dead link is not offered: the section says why and what to do instead. @p sandbox: also
    /// name the sandbox setting that lets a new request replace a rejected one.
    void setLinkState(LinkState state, bool sandbox);
    LinkState linkState() const { return m_linkState; }
    /// The change request to show beside it; none hides that part.
    void setChangeRequest(const std::optional<Altinn::ChangeRequestResponse> &changeRequest);
    void clearStatus();

    /// The first and last widgets in the section's tab order, for the page's reading order.
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChangeRequest();
    void showLinkState();
    void copyQrImage();
    void saveQrImage();

    QLabel *m_heading;
    QWidget *m_linkContent; ///< the link and its QR code, hidden when the link leads nowhere
    QLabel *m_linkLabel;
    QLabel *m_goneLabel;
    LinkField *m_link;
    QrCodeWidget *m_qrCode;
    QPushButton *m_copyQrButton;
    QPushButton *m_saveQrButton;
    OperationStatus *m_status;
    QFrame *m_changeFrame;
    QLabel *m_changeHeading;
    QLabel *m_changeLabel;
    LinkField *m_changeLink;

    QString m_customerOrgNo;
    LinkState m_linkState = LinkState::Usable;
    bool m_sandbox = false;
    std::optional<Altinn::ChangeRequestResponse> m_changeRequest;
};
