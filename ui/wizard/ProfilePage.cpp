#include "wizard/ProfilePage.h"

#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/OrgNumberField.h"
#include "wizard/ProfileEnvironmentSection.h"
#include "wizard/ProfileNameSection.h"
#include "wizard/ProfileVendorSection.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"
#include "workspace/DraftStore.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

ProfilePage::ProfilePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_profileGrid(new QGridLayout)
    , m_profileLabel(new QLabel(this))
    , m_profileComboBox(new QComboBox(this))
    , m_environment(new ProfileEnvironmentSection(this))
    , m_vendor(new ProfileVendorSection(context, this))
    , m_name(new ProfileNameSection(context, this))
    , m_keyResetNote(Labels::fieldMessage(u"keyResetNote"_s, this))
    , m_saveStatus(new OperationStatus(this))
{
    setObjectName(u"profilePage"_s);
    m_profileComboBox->setObjectName(u"profileComboBox"_s);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_profileLabel->setBuddy(m_profileComboBox);
    m_profileGrid->setContentsMargins(0, 0, 0, 0);
    m_profileGrid->setHorizontalSpacing(12);
    m_profileGrid->setColumnStretch(1, 1);
    m_profileGrid->addWidget(m_profileLabel, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_profileGrid->addWidget(m_profileComboBox, 0, 1);

    // The form keeps a readable width; stretched over a wide window, fields lose their shape.
    auto *formArea = new QWidget(this);
    formArea->setMaximumWidth(760);
    auto *form = new QVBoxLayout(formArea);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(12);
    form->addLayout(m_profileGrid);
    form->addWidget(m_environment);
    form->addWidget(m_vendor);
    form->addWidget(m_name);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formArea);
    layout->addWidget(m_keyResetNote);
    layout->addWidget(m_saveStatus);
    layout->addStretch(1);

    QList<QWidget *> order{m_profileComboBox};
    order << m_environment->focusOrder() << m_vendor->field()->lineEdit() << m_name->edit();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_profileComboBox, &QComboBox::currentIndexChanged, this, &ProfilePage::chooseProfile);
    connect(
        m_environment, &ProfileEnvironmentSection::environmentChosen, this, &ProfilePage::environmentChosen);
    connect(m_environment, &ProfileEnvironmentSection::customUrlEdited, this, &ProfilePage::formEdited);
    connect(m_vendor, &ProfileVendorSection::edited, this, &ProfilePage::orgNumberEdited);
    connect(m_vendor, &ProfileVendorSection::nameFound, this, &ProfilePage::suggestProfileName);
    connect(m_name, &ProfileNameSection::edited, this, &ProfilePage::formEdited);
    connect(m_name, &ProfileNameSection::suggested, this, &QWizardPage::completeChanged);
    connect(m_context, &WizardContext::profileChanged, this, [this] {
        if (m_filling)
            return;
        fillProfileChoices();
        showCurrentProfile();
    });
    connect(m_context, &WizardContext::sandboxStateChanged, m_vendor, &ProfileVendorSection::refreshName);

    retranslateUi();
    fillProfileChoices();
    showCurrentProfile();
}

ProfilePage::~ProfilePage()
{
    // A name or number still being edited would otherwise finish editing on a half-destroyed page.
    WizardSection::stopEditingSignals(this);
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ProfilePage::retranslateUi()
{
    setTitle(tr("Your organisation and environment"));
    setSubTitle(tr("Who you are and where you work. Start in the built-in sandbox: nothing you do there "
                   "reaches Altinn."));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setToolTip(tr("Keep one profile per organisation and environment. Choosing another "
                                     "profile switches the whole wizard to it."));
    const QSignalBlocker blocker(m_profileComboBox);
    const int newIndex = m_profileComboBox->findData(QString());
    if (newIndex >= 0)
        m_profileComboBox->setItemText(newIndex, tr("New profile…"));
    updateKeyResetNote();
    suggestProfileName();
    // The sections retranslate on their own LanguageChange: line the labels up once they have.
    QMetaObject::invokeMethod(this, &ProfilePage::alignLabels, Qt::QueuedConnection);
}

void ProfilePage::alignLabels()
{
    WizardSection::alignLabelColumns(
        {m_profileGrid, m_environment->grid(), m_vendor->grid(), m_name->grid()});
}

void ProfilePage::fillProfileChoices()
{
    const bool wasFilling = std::exchange(m_filling, true);
    const QSignalBlocker blocker(m_profileComboBox);
    m_profileComboBox->clear();
    const QList<Profile> profiles = m_context->profileStore().profiles();
    for (const Profile &profile : profiles)
        m_profileComboBox->addItem(profile.name, profile.id);
    m_profileComboBox->addItem(tr("New profile…"), QString());
    const int current = m_context->hasProfile() ? m_profileComboBox->findData(m_context->profile().id) : -1;
    m_profileComboBox->setCurrentIndex(current >= 0 ? current : m_profileComboBox->count() - 1);
    m_filling = wasFilling;
}

void ProfilePage::showCurrentProfile()
{
    if (m_context->hasProfile()) {
        const Profile profile = m_context->profile();
        showForm(profile, false, !profile.name.isEmpty());
        return;
    }
    Profile fresh;
    bool nameChosen = false;
    if (const auto draft = m_context->drafts()->newProfileForm()) {
        fresh.environment = draft->value(u"environment"_s).toString(u"sandbox"_s);
        fresh.customBaseUrl = QUrl(draft->value(u"customBaseUrl"_s).toString());
        fresh.vendorOrgNumber = draft->value(u"vendorOrgNumber"_s).toString();
        fresh.name = draft->value(u"name"_s).toString();
        nameChosen = draft->value(u"nameChosenByUser"_s).toBool();
    }
    showForm(fresh, true, nameChosen);
}

void ProfilePage::showForm(const Profile &profile, bool isNew, bool nameChosenByUser)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_editing = profile;
    m_isNew = isNew;
    m_environment->setEnvironment(profile.environment, profile.customBaseUrl);
    m_vendor->setEnvironment(profile.environment);
    m_vendor->setVendor(profile.vendorOrgNumber, profile.vendorName);
    m_name->setName(profile.name, nameChosenByUser);
    m_saveStatus->clear();
    m_filling = wasFilling;
    updateKeyResetNote();
    suggestProfileName();
    Q_EMIT completeChanged();
}

void ProfilePage::presetDemo(const Profile &demo)
{
    if (m_context->profileStore().find(demo.id)) {
        QString error;
        if (m_context->selectProfile(demo.id, &error))
            return; // profileChanged refills the form
    }
    m_context->clearProfile();
    fillProfileChoices();
    showForm(demo, true, !demo.name.isEmpty());
}

void ProfilePage::initializePage()
{
    fillProfileChoices();
    showCurrentProfile();
}

void ProfilePage::chooseProfile(int index)
{
    if (m_filling)
        return;
    const QString id = m_profileComboBox->itemData(index).toString();
    m_filling = true; // the context's profileChanged must not refill the combo box it came from
    QString error;
    bool switched = true;
    if (id.isEmpty())
        m_context->clearProfile();
    else
        switched = m_context->selectProfile(id, &error);
    m_filling = false;
    showCurrentProfile();
    if (!switched)
        m_saveStatus->showError(error);
}

void ProfilePage::environmentChosen()
{
    if (m_filling)
        return;
    m_vendor->setEnvironment(m_environment->environment());
    updateKeyResetNote();
    suggestProfileName();
    formEdited();
}

void ProfilePage::orgNumberEdited()
{
    if (m_filling)
        return;
    updateKeyResetNote();
    suggestProfileName();
    formEdited();
}

void ProfilePage::suggestProfileName()
{
    m_name->suggest(ProfileNameSection::suggestedName(
        m_vendor->orgNumber(), m_vendor->vendorName(), m_environment->environment()));
}

void ProfilePage::updateKeyResetNote()
{
    const bool hasSetup = m_editing.hasKey() || !m_editing.clientId.isEmpty();
    const bool environmentChanged = m_environment->environment() != m_editing.environment;
    const bool orgChanged =
        !m_vendor->orgNumber().isEmpty() && m_vendor->orgNumber() != m_editing.vendorOrgNumber;
    const bool resets = !m_isNew && hasSetup && (environmentChanged || orgChanged);
    Labels::showMessage(m_keyResetNote,
        resets
            ? tr("A key and a Maskinporten client belong to one organisation in one environment. When you "
                 "go on, this profile forgets its key id and client id, and you set up new ones on the next "
                 "page.")
            : QString(),
        u"warning"_s);
}

void ProfilePage::formEdited()
{
    if (m_filling)
        return;
    m_environment->showCustomUrlProblem();
    m_name->showProblem(m_editing.id);
    m_saveStatus->clear();
    if (m_isNew) {
        if (m_vendor->field()->text().trimmed().isEmpty() && !m_name->isChosenByUser())
            m_context->drafts()->clearNewProfileForm();
        else
            m_context->drafts()->scheduleNewProfileForm(formJson());
    }
    Q_EMIT completeChanged();
}

bool ProfilePage::isComplete() const
{
    return m_vendor->isValid() && m_name->problem(m_editing.id).isEmpty()
        && m_environment->customUrlProblem().isEmpty();
}

QJsonObject ProfilePage::formJson() const
{
    return {{u"environment"_s, m_environment->environment()},
        {u"customBaseUrl"_s, m_environment->customUrlText()}, {u"vendorOrgNumber"_s, m_vendor->orgNumber()},
        {u"name"_s, m_name->name()}, {u"nameChosenByUser"_s, m_name->isChosenByUser()}};
}

Profile ProfilePage::formProfile() const
{
    Profile profile = m_editing;
    profile.environment = m_environment->environment();
    profile.customBaseUrl = profile.environment == u"custom" ? QUrl(m_environment->customUrlText()) : QUrl();
    profile.vendorOrgNumber = m_vendor->orgNumber();
    profile.vendorName = m_vendor->vendorName();
    profile.name = m_name->name();
    if (!m_isNew
        && (profile.environment != m_editing.environment || profile.customBaseUrl != m_editing.customBaseUrl
            || profile.vendorOrgNumber != m_editing.vendorOrgNumber)) {
        // Keys and clients never cross environments or organisations.
        profile.clientId.clear();
        profile.kid.clear();
        profile.keyBits = 0;
        profile.keyThumbprint.clear();
        profile.certificateChain.clear();
    }
    if (m_isNew && m_editing.id.isEmpty()) {
        QStringList taken;
        for (const Profile &existing : m_context->profileStore().profiles())
            taken.append(existing.id);
        profile.id = Profile::makeId(profile.name, taken);
    }
    return profile;
}

bool ProfilePage::validatePage()
{
    if (!isComplete())
        return false;
    const Profile profile = formProfile();
    if (!m_isNew && profile == m_editing)
        return true; // nothing changed: no write, the session stays
    QString error;
    const bool wasNew = m_isNew;
    if (!m_context->saveProfile(profile, &error)) {
        m_saveStatus->showError(tr("The profile could not be saved: %1").arg(error));
        return false;
    }
    if (wasNew)
        m_context->drafts()->clearNewProfileForm();
    return true;
}
