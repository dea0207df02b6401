#include "wizard/ProfilePage.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "common/OperationStatus.h"
#include "validation/OrgNumber.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Validation::OrgNumber;

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("role", u"fieldMessage"_s);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setProperty("kind", kind);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

ProfilePage::ProfilePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_profileLabel(new QLabel(this))
    , m_profileComboBox(new QComboBox(this))
    , m_environmentLabel(new QLabel(this))
    , m_environmentComboBox(new QComboBox(this))
    , m_environmentHint(messageLabel(u"environmentHint"_s, this))
    , m_customUrlLabel(new QLabel(this))
    , m_customUrlEdit(new QLineEdit(this))
    , m_customUrlMessage(messageLabel(u"customUrlMessage"_s, this))
    , m_orgNumberLabel(new QLabel(this))
    , m_orgNumberEdit(new QLineEdit(this))
    , m_orgNumberMessage(messageLabel(u"orgNumberMessage"_s, this))
    , m_orgNameLabel(messageLabel(u"orgNameLabel"_s, this))
    , m_profileNameLabel(new QLabel(this))
    , m_profileNameEdit(new QLineEdit(this))
    , m_profileNameMessage(messageLabel(u"profileNameMessage"_s, this))
    , m_keyResetNote(messageLabel(u"keyResetNote"_s, this))
    , m_saveStatus(new OperationStatus(this))
{
    setObjectName(u"profilePage"_s);
    m_profileComboBox->setObjectName(u"profileComboBox"_s);
    m_environmentComboBox->setObjectName(u"environmentComboBox"_s);
    m_customUrlEdit->setObjectName(u"customUrlEdit"_s);
    m_orgNumberEdit->setObjectName(u"orgNumberEdit"_s);
    m_profileNameEdit->setObjectName(u"profileNameEdit"_s);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_profileLabel->setBuddy(m_profileComboBox);
    m_environmentLabel->setBuddy(m_environmentComboBox);
    m_customUrlLabel->setBuddy(m_customUrlEdit);
    m_orgNumberLabel->setBuddy(m_orgNumberEdit);
    m_profileNameLabel->setBuddy(m_profileNameEdit);
    m_environmentHint->setProperty("role", u"hint"_s);
    m_environmentHint->show();
    m_orgNameLabel->setTextFormat(Qt::PlainText);
    m_orgNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Digits and the spaces people type or paste ("991 825 827"); anything else is refused as typed.
    m_orgNumberEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9\\s\\x{00A0}]{0,20}"_s), m_orgNumberEdit));
    m_profileNameEdit->setMaxLength(80);
    m_customUrlEdit->setPlaceholderText(u"http://127.0.0.1:5210/"_s);

    // The form keeps a readable width; stretched over a wide window, fields lose their shape. A grid
    // (not QFormLayout) so the word-wrapped messages under the fields get the height they need.
    auto *formArea = new QWidget(this);
    formArea->setMaximumWidth(760);
    auto *grid = new QGridLayout(formArea);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addField = [&](QLabel *label, QWidget *field, std::initializer_list<QLabel *> messages) {
        if (row > 0)
            grid->setRowMinimumHeight(row++, 6); // a little air between fields
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(field, row++, 1);
        for (QLabel *message : messages)
            grid->addWidget(message, row++, 1);
    };
    auto *orgNumberRow = new QWidget(formArea);
    auto *orgNumberLayout = new QHBoxLayout(orgNumberRow);
    orgNumberLayout->setContentsMargins(0, 0, 0, 0);
    orgNumberLayout->addWidget(m_orgNumberEdit);
    orgNumberLayout->addStretch(1);
    addField(m_profileLabel, m_profileComboBox, {});
    addField(m_environmentLabel, m_environmentComboBox, {m_environmentHint});
    addField(m_customUrlLabel, m_customUrlEdit, {m_customUrlMessage});
    addField(m_orgNumberLabel, orgNumberRow, {m_orgNumberMessage, m_orgNameLabel});
    addField(m_profileNameLabel, m_profileNameEdit, {m_profileNameMessage});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formArea);
    layout->addWidget(m_keyResetNote);
    layout->addWidget(m_saveStatus);
    layout->addStretch(1);

    setTabOrder(m_profileComboBox, m_environmentComboBox);
    setTabOrder(m_environmentComboBox, m_customUrlEdit);
    setTabOrder(m_customUrlEdit, m_orgNumberEdit);
    setTabOrder(m_orgNumberEdit, m_profileNameEdit);

    connect(m_profileComboBox, &QComboBox::currentIndexChanged, this, &ProfilePage::chooseProfile);
    connect(m_environmentComboBox, &QComboBox::currentIndexChanged, this, &ProfilePage::environmentChosen);
    connect(m_customUrlEdit, &QLineEdit::textChanged, this, &ProfilePage::formEdited);
    connect(m_orgNumberEdit, &QLineEdit::textChanged, this, &ProfilePage::orgNumberEdited);
    connect(m_orgNumberEdit, &QLineEdit::editingFinished, this, [this] { showOrgNumberProblem(true); });
    connect(m_profileNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Once the user names the profile, stop suggesting; clearing the field brings the suggestion back.
        m_nameChosenByUser = !text.trimmed().isEmpty();
    });
    connect(m_profileNameEdit, &QLineEdit::textChanged, this, &ProfilePage::formEdited);
    connect(m_profileNameEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_nameChosenByUser)
            suggestProfileName();
    });
    connect(m_context, &WizardContext::profileChanged, this, [this] {
        if (m_filling)
            return;
        fillProfileChoices();
        showCurrentProfile();
    });
    connect(m_context, &WizardContext::sandboxStateChanged, this, [this] {
        m_lookupOrgNumber.clear();
        lookUpOrganisationName();
    });

    fillEnvironmentChoices();
    retranslateUi();
    fillProfileChoices();
    showCurrentProfile();
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
    m_environmentLabel->setText(tr("&Environment:"));
    m_customUrlLabel->setText(tr("Server &address:"));
    m_orgNumberLabel->setText(tr("&Organisation number:"));
    m_profileNameLabel->setText(tr("Profile &name:"));
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setToolTip(tr("Keep one profile per organisation and environment. Choosing another "
                                     "profile switches the whole wizard to it."));
    m_environmentComboBox->setAccessibleName(tr("Environment"));
    m_customUrlEdit->setAccessibleName(tr("Server address"));
    m_orgNumberEdit->setAccessibleName(tr("Organisation number"));
    m_orgNumberEdit->setPlaceholderText(tr("9 digits, e.g. 991 825 827"));
    // Wide enough for the hint, narrow enough to say "a short number goes here".
    m_orgNumberEdit->setMinimumWidth(
        m_orgNumberEdit->fontMetrics().horizontalAdvance(m_orgNumberEdit->placeholderText()) + 24);
    m_orgNumberEdit->setToolTip(tr("Your organisation's number in the Central Coordinating Register "
                                   "(Enhetsregisteret): the vendor of the system."));
    m_profileNameEdit->setAccessibleName(tr("Profile name"));
    m_profileNameEdit->setToolTip(tr("Only for you, to tell profiles apart."));

    const QSignalBlocker blocker(m_profileComboBox);
    const int newIndex = m_profileComboBox->findData(QString());
    if (newIndex >= 0)
        m_profileComboBox->setItemText(newIndex, tr("New profile…"));
    fillEnvironmentChoices();
    updateEnvironmentHint();
    showOrgNumberProblem(false);
    lookUpOrganisationName();
    updateKeyResetNote();
    if (!m_nameChosenByUser)
        suggestProfileName();
}

void ProfilePage::fillEnvironmentChoices()
{
    const bool wasFilling = std::exchange(m_filling, true);
    const QString current = chosenEnvironment();
    const QSignalBlocker blocker(m_environmentComboBox);
    m_environmentComboBox->clear();
    m_environmentComboBox->addItem(tr("Sandbox — built in, offline"), u"sandbox"_s);
    m_environmentComboBox->addItem(tr("TT02 — Altinn's test environment"), u"tt02"_s);
    m_environmentComboBox->addItem(tr("Production — real customers"), u"prod"_s);
    m_environmentComboBox->addItem(tr("Custom server…"), u"custom"_s);
    const int index = m_environmentComboBox->findData(current.isEmpty() ? u"sandbox"_s : current);
    m_environmentComboBox->setCurrentIndex(qMax(0, index));
    m_filling = wasFilling;
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
        showForm(m_context->profile(), false);
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
    showForm(fresh, true);
    m_nameChosenByUser = nameChosen && !fresh.name.isEmpty();
    if (!m_nameChosenByUser)
        suggestProfileName();
}

void ProfilePage::showForm(const Profile &profile, bool isNew)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_editing = profile;
    m_isNew = isNew;
    m_vendorName = profile.vendorName;
    m_lookupOrgNumber = profile.vendorName.isEmpty() ? QString() : profile.vendorOrgNumber;
    const int environmentIndex = m_environmentComboBox->findData(profile.environment);
    m_environmentComboBox->setCurrentIndex(qMax(0, environmentIndex));
    m_customUrlEdit->setText(profile.customBaseUrl.toString());
    m_orgNumberEdit->setText(profile.vendorOrgNumber);
    m_profileNameEdit->setText(profile.name);
    m_nameChosenByUser = !isNew && !profile.name.isEmpty();
    m_saveStatus->clear();
    m_filling = wasFilling;

    const bool custom = chosenEnvironment() == u"custom";
    m_customUrlLabel->setVisible(custom);
    m_customUrlEdit->setVisible(custom);
    updateEnvironmentHint();
    showOrgNumberProblem(false);
    lookUpOrganisationName();
    updateKeyResetNote();
    setMessage(m_customUrlMessage, {}, {});
    setMessage(m_profileNameMessage, {}, {});
    Q_EMIT completeChanged();
}

void ProfilePage::presetDemo()
{
    const Profile demo = m_context->demoProfile();
    if (!demo.id.isEmpty()) {
        QString error;
        if (m_context->selectProfile(demo.id, &error))
            return; // profileChanged refills the form
    }
    m_context->clearProfile();
    fillProfileChoices();
    showForm(demo, true);
    suggestProfileName();
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

QString ProfilePage::chosenEnvironment() const
{
    return m_environmentComboBox->currentData().toString();
}

void ProfilePage::environmentChosen()
{
    if (m_filling)
        return;
    const bool custom = chosenEnvironment() == u"custom";
    m_customUrlLabel->setVisible(custom);
    m_customUrlEdit->setVisible(custom);
    updateEnvironmentHint();
    m_lookupOrgNumber.clear();
    m_vendorName.clear();
    lookUpOrganisationName();
    updateKeyResetNote();
    if (!m_nameChosenByUser)
        suggestProfileName();
    formEdited();
}

void ProfilePage::updateEnvironmentHint()
{
    const QString environment = chosenEnvironment();
    QString hint;
    QString kind = u"hint"_s;
    if (environment == u"sandbox") {
        hint = tr(
            "Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.");
    } else if (environment == u"tt02") {
        hint = tr("Altinn's test environment with synthetic organisations. You need a Maskinporten client "
                  "from the test self-service portal.");
    } else if (environment == u"prod") {
        hint = tr("The real Altinn: changes affect real customers. Every change is confirmed before it is "
                  "sent.");
        kind = u"warning"_s;
    } else {
        hint = tr("A systemuser-sandbox or another server that answers Altinn's and Maskinporten's paths.");
    }
    setMessage(m_environmentHint, hint, kind);
}

void ProfilePage::updateKeyResetNote()
{
    if (m_isNew || (!m_editing.hasKey() && m_editing.clientId.isEmpty())) {
        setMessage(m_keyResetNote, {}, {});
        return;
    }
    const bool environmentChanged = chosenEnvironment() != m_editing.environment;
    const bool orgChanged = !m_orgNumberEdit->text().isEmpty()
        && OrgNumber::normalized(m_orgNumberEdit->text()) != m_editing.vendorOrgNumber;
    if (!environmentChanged && !orgChanged) {
        setMessage(m_keyResetNote, {}, {});
        return;
    }
    setMessage(m_keyResetNote,
        tr("A key and a Maskinporten client belong to one organisation in one environment. When you go on, "
           "this profile forgets its key id and client id, and you set up new ones on the next page."),
        u"warning"_s);
}

void ProfilePage::orgNumberEdited()
{
    if (m_filling)
        return;
    const QString normalized = OrgNumber::normalized(m_orgNumberEdit->text());
    if (normalized != m_lookupOrgNumber)
        m_vendorName.clear();
    showOrgNumberProblem(false);
    lookUpOrganisationName();
    updateKeyResetNote();
    if (!m_nameChosenByUser)
        suggestProfileName();
    formEdited();
}

void ProfilePage::showOrgNumberProblem(bool finishedEditing)
{
    const QString normalized = OrgNumber::normalized(m_orgNumberEdit->text());
    const OrgNumber::Problem problem = OrgNumber::check(normalized);
    // While the number is still being typed, "too short" is not an error yet.
    const bool stillTyping =
        problem == OrgNumber::Problem::WrongLength && normalized.size() < 9 && !finishedEditing;
    if (problem == OrgNumber::Problem::None || problem == OrgNumber::Problem::Empty || stillTyping) {
        setMessage(m_orgNumberMessage, {}, {});
        return;
    }
    setMessage(m_orgNumberMessage, OrgNumber::message(problem), u"error"_s);
}

void ProfilePage::lookUpOrganisationName()
{
    const QString orgNumber = OrgNumber::normalized(m_orgNumberEdit->text());
    if (!OrgNumber::isValid(orgNumber)) {
        setMessage(m_orgNameLabel, {}, {});
        return;
    }
    if (chosenEnvironment() != u"sandbox") {
        m_vendorName = m_lookupOrgNumber == orgNumber ? m_vendorName : QString();
        setMessage(m_orgNameLabel,
            m_vendorName.isEmpty()
                ? tr("The name cannot be looked up from here in this environment. Check the number at "
                     "brreg.no if you are unsure.")
                : m_vendorName,
            m_vendorName.isEmpty() ? u"hint"_s : u"ok"_s);
        return;
    }
    if (!m_vendorName.isEmpty() && m_lookupOrgNumber == orgNumber) {
        setMessage(m_orgNameLabel, tr("✓ %1").arg(m_vendorName), u"ok"_s);
        return;
    }
    if (!m_context->sandboxBaseUrl().isValid()) {
        setMessage(m_orgNameLabel,
            m_context->sandboxFailure().isEmpty()
                ? tr("The name appears when the sandbox has started…")
                : tr("The sandbox did not start, so the name cannot be looked up. Restart the wizard."),
            u"hint"_s);
        return;
    }
    m_lookupOrgNumber = orgNumber;
    setMessage(m_orgNameLabel, tr("Looking up the name…"), u"hint"_s);
    m_context->sandboxOrganisations(
        this, [this, orgNumber](const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
            if (OrgNumber::normalized(m_orgNumberEdit->text()) != orgNumber)
                return; // the number changed meanwhile; its own lookup answers
            if (!result.ok()) {
                m_lookupOrgNumber.clear();
                const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(result.failure);
                setMessage(m_orgNameLabel,
                    tr("The name could not be looked up: %1 %2").arg(explanation.summary, explanation.remedy),
                    u"warning"_s);
                return;
            }
            for (const Altinn::Organisation &organisation : *result.value) {
                if (organisation.orgNo == orgNumber) {
                    m_vendorName = organisation.name;
                    setMessage(m_orgNameLabel, tr("✓ %1").arg(organisation.name), u"ok"_s);
                    if (!m_nameChosenByUser)
                        suggestProfileName();
                    return;
                }
            }
            m_vendorName.clear();
            setMessage(m_orgNameLabel,
                tr("This number is not in the sandbox's register. You can still use it, but customers and "
                   "approvals work only with organisations the sandbox knows — for example %1 "
                   "(Digitaliseringsdirektoratet) as the vendor.")
                    .arg(WizardContext::DemoVendorOrgNumber),
                u"warning"_s);
        });
}

QString ProfilePage::suggestedName() const
{
    const QString orgNumber = OrgNumber::normalized(m_orgNumberEdit->text());
    if (orgNumber.isEmpty())
        return {};
    const QString who = m_vendorName.isEmpty() ? orgNumber : m_vendorName;
    const QString environment = chosenEnvironment();
    QString where;
    if (environment == u"sandbox")
        where = tr("Sandbox");
    else if (environment == u"tt02")
        where = tr("TT02");
    else if (environment == u"prod")
        where = tr("Production");
    else
        where = tr("Custom");
    return tr("%1 (%2)", "profile name: organisation (environment)").arg(who, where);
}

void ProfilePage::suggestProfileName()
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_profileNameEdit->setText(suggestedName());
    m_filling = wasFilling;
    setMessage(m_profileNameMessage, {}, {});
    Q_EMIT completeChanged();
}

void ProfilePage::formEdited()
{
    if (m_filling)
        return;
    setMessage(
        m_customUrlMessage, m_customUrlEdit->text().isEmpty() ? QString() : customUrlProblem(), u"error"_s);
    setMessage(m_profileNameMessage,
        m_profileNameEdit->text().trimmed().isEmpty() ? QString() : nameProblem(), u"error"_s);
    m_saveStatus->clear();
    if (m_isNew) {
        if (m_orgNumberEdit->text().trimmed().isEmpty() && !m_nameChosenByUser)
            m_context->drafts()->clearNewProfileForm();
        else
            m_context->drafts()->scheduleNewProfileForm(formJson());
    }
    Q_EMIT completeChanged();
}

QString ProfilePage::nameProblem() const
{
    const QString name = m_profileNameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name, for example the organisation and the environment.");
    for (const Profile &other : m_context->profileStore().profiles()) {
        if (other.id != m_editing.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another profile has this name already. Choose a different name.");
    }
    return {};
}

QString ProfilePage::customUrlProblem() const
{
    if (chosenEnvironment() != u"custom")
        return {};
    const Altinn::Environment environment = Altinn::Environment::fromId(m_customUrlEdit->text().trimmed());
    if (!environment.isValid() || environment.kind() != Altinn::Environment::Kind::Custom)
        return tr("Enter the server's address with http:// or https://, for example http://127.0.0.1:5210/.");
    return {};
}

bool ProfilePage::isComplete() const
{
    return OrgNumber::isValid(OrgNumber::normalized(m_orgNumberEdit->text())) && nameProblem().isEmpty()
        && customUrlProblem().isEmpty();
}

QJsonObject ProfilePage::formJson() const
{
    return {{u"environment"_s, chosenEnvironment()}, {u"customBaseUrl"_s, m_customUrlEdit->text().trimmed()},
        {u"vendorOrgNumber"_s, OrgNumber::normalized(m_orgNumberEdit->text())},
        {u"name"_s, m_profileNameEdit->text().trimmed()}, {u"nameChosenByUser"_s, m_nameChosenByUser}};
}

Profile ProfilePage::formProfile() const
{
    Profile profile = m_editing;
    profile.environment = chosenEnvironment();
    profile.customBaseUrl =
        profile.environment == u"custom" ? QUrl(m_customUrlEdit->text().trimmed()) : QUrl();
    profile.vendorOrgNumber = OrgNumber::normalized(m_orgNumberEdit->text());
    profile.vendorName = m_lookupOrgNumber == profile.vendorOrgNumber ? m_vendorName : QString();
    profile.name = m_profileNameEdit->text().trimmed();
    if (!m_isNew
        && (profile.environment != m_editing.environment || profile.customBaseUrl != m_editing.customBaseUrl
            || profile.vendorOrgNumber != m_editing.vendorOrgNumber)) {
        // Keys and clients never cross environments or organisations (product.md §3).
        profile.clientId.clear();
        profile.kid.clear();
        profile.keyBits = 0;
        profile.keyThumbprint.clear();
        profile.certificateChain.clear();
    }
    if (m_isNew) {
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
