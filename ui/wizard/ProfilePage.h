#pragma once

#include "workspace/Profile.h"

#include <QJsonObject>
#include <QWizardPage>

class OperationStatus;
class ProfileEnvironmentSection;
class ProfileNameSection;
class ProfileVendorSection;
class QComboBox;
class QGridLayout;
class QLabel;
class WizardContext;

/**
 * Page 1, the vendor profile: which profile, then its sections — the environment
 * (ProfileEnvironmentSection), the vendor's organisation number, checked as it is typed and in the
 * sandbox named from the register (ProfileVendorSection), and the profile's name, suggested from the
 * organisation and environment (ProfileNameSection). Several profiles; choosing another one switches
 * the whole wizard to it. Next saves the profile. A new profile's form is kept as a draft.
 */
class ProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProfilePage(WizardContext *context, QWidget *parent = nullptr);
    ~ProfilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The guided demo: the profile @p demo when it is saved, else a new profile filled in from it (its id
    /// kept, so the demo never takes over the user's own profiles).
    void presetDemo(const Profile &demo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfileChoices();
    void showCurrentProfile();
    void showForm(const Profile &profile, bool isNew, bool nameChosenByUser);
    void chooseProfile(int index);
    void environmentChosen();
    void orgNumberEdited();
    void suggestProfileName();
    void formEdited();
    Profile formProfile() const;
    QJsonObject formJson() const;
    void retranslateUi();
    void alignLabels();
    void updateKeyResetNote();

    WizardContext *m_context;
    QGridLayout *m_profileGrid;
    QLabel *m_profileLabel;
    QComboBox *m_profileComboBox;
    ProfileEnvironmentSection *m_environment;
    ProfileVendorSection *m_vendor;
    ProfileNameSection *m_name;
    QLabel *m_keyResetNote;
    OperationStatus *m_saveStatus;

    Profile m_editing; ///< the profile shown (id empty for a new one)
    bool m_isNew = true;
    bool m_filling = false; ///< the form is being filled by code: no drafts
};
