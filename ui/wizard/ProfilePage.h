#pragma once

#include "workspace/Profile.h"

#include <QJsonObject>
#include <QWizardPage>

class OperationStatus;
class QComboBox;
class QLabel;
class QLineEdit;
class WizardContext;

/**
 * Page 1, the vendor profile: which profile, the environment, the vendor's organisation number
 * (checked as it is typed; in the sandbox the register's name is shown) and the profile's name
 * (suggested from the organisation and environment). Several profiles; choosing another one switches
 * the whole wizard to it. Next saves the profile. A new profile's form is kept as a draft.
 */
class ProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProfilePage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The guided demo: the demo profile when it exists, else a new sandbox profile for the demo vendor.
    void presetDemo();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfileChoices();
    void fillEnvironmentChoices();
    void showCurrentProfile();
    void showForm(const Profile &profile, bool isNew);
    void chooseProfile(int index);
    void environmentChosen();
    void orgNumberEdited();
    void showOrgNumberProblem(bool finishedEditing);
    void lookUpOrganisationName();
    void suggestProfileName();
    void formEdited();
    QString chosenEnvironment() const;
    QString suggestedName() const;
    QString nameProblem() const;
    QString customUrlProblem() const;
    Profile formProfile() const;
    QJsonObject formJson() const;
    void retranslateUi();
    void updateEnvironmentHint();
    void updateKeyResetNote();

    WizardContext *m_context;
    QLabel *m_profileLabel;
    QComboBox *m_profileComboBox;
    QLabel *m_environmentLabel;
    QComboBox *m_environmentComboBox;
    QLabel *m_environmentHint;
    QLabel *m_customUrlLabel;
    QLineEdit *m_customUrlEdit;
    QLabel *m_customUrlMessage;
    QLabel *m_orgNumberLabel;
    QLineEdit *m_orgNumberEdit;
    QLabel *m_orgNumberMessage;
    QLabel *m_orgNameLabel;
    QLabel *m_profileNameLabel;
    QLineEdit *m_profileNameEdit;
    QLabel *m_profileNameMessage;
    QLabel *m_keyResetNote;
    OperationStatus *m_saveStatus;

    Profile m_editing; ///< the profile shown (id empty for a new one)
    bool m_isNew = true;
    bool m_nameChosenByUser = false;
    bool m_filling = false; ///< the form is being filled by code: no drafts, no lookups
    QString m_vendorName; ///< from the register, for the org number shown
    QString m_lookupOrgNumber; ///< the number the pending/last lookup was for
};
