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
    explicit ApprovalLinkSection(QWidget *parent = nullptr);

    void setRequest(const Altinn::SystemUserRequestResponse &request);
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
    void copyQrImage();
    void saveQrImage();

    QLabel *m_heading;
    QLabel *m_linkLabel;
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
    std::optional<Altinn::ChangeRequestResponse> m_changeRequest;
};
