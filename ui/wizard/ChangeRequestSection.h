#pragma once

#include "onboarding/ChangePlan.h"
#include "onboarding/SubmitChangeRequestFlow.h"
#include "workspace/CustomerRecord.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class VendorSession;
class QListWidget;

/**
 * Page 5 in change-request mode: what the customer's system user has now and what the system
 * offers, each a check box (checked = the system user should have it), and a preview of what the
 * change request will add and remove. Holds no workflow: the page sends through
 * SubmitChangeRequestFlow.
 */
class ChangeRequestSection : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeRequestSection(QWidget *parent = nullptr);

    /// What the system offers and what the system user has now; checks what it has.
    void setChoices(const Altinn::SystemDefinition &system, const QList<Altinn::Right> &currentRights,
        const QList<Altinn::AccessPackageRef> &currentPackages);
    /// Loads what @p customer's system user has (the request it was made from, same id) and shows the
    /// choices @p system offers.
    void load(VendorSession *session, const Altinn::SystemDefinition &system, const CustomerRecord &customer);
    /// Names the customer in the section's heading.
    void setCustomer(const QString &orgNo, const QString &externalRef);
    /// What SubmitChangeRequestFlow sends for @p customer with the choices made.
    Onboarding::SubmitChangeRequestFlow::Input changeInput(const CustomerRecord &customer) const;
    /// Display names for resource ids and package URNs (ids are shown without it).
    void setNameLookup(std::function<QString(const QString &id)> nameOf);
    /// Checks exactly @p rights and @p packages (a saved draft); ids not offered are ignored.
    void setWanted(const QStringList &rights, const QStringList &packages);

    Onboarding::ChangePlan plan() const;
    QStringList wantedRights() const;
    QStringList wantedPackages() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateTexts();
    void updatePreview();
    void retranslateUi();
    QString nameOf(const QString &id) const;

    QLabel *m_heading;
    QLabel *m_hint;
    QListWidget *m_list;
    QLabel *m_preview;
    Altinn::SystemDefinition m_system;
    QList<Altinn::Right> m_currentRights;
    QList<Altinn::AccessPackageRef> m_currentPackages;
    std::function<QString(const QString &id)> m_nameOf;
    QString m_customerOrgNo;
    QString m_customerRef;
    QPointer<QObject> m_loading; ///< context of the look-up in flight; replaced by the next load()
};
