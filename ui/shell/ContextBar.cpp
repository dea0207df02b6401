#include "shell/ContextBar.h"

#include "i18n/Translator.h"
#include "shell/EnvironmentBadge.h"
#include "shell/PresenterMode.h"
#include "wizard/WizardContext.h"
#include "workspace/AppSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ContextBar::ContextBar(Translator &translator, AppSettings &settings, WizardContext *context,
    SandboxHost *sandbox, PresenterMode *presenter, QWidget *parent)
    : QWidget(parent)
    , m_translator(translator)
    , m_settings(settings)
    , m_context(context)
    , m_homeButton(new QPushButton(this))
    , m_environmentLabel(new EnvironmentBadge(context, sandbox, this))
    , m_profileLabel(new QLabel(this))
    , m_activityButton(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
    , m_languageComboBox(new QComboBox(this))
{
    setObjectName(u"contextBar"_s);
    // The style sheet's #contextBar background: Qt draws it by itself only for a plain QWidget.
    setAttribute(Qt::WA_StyledBackground);
    m_homeButton->setObjectName(u"homeButton"_s);
    m_homeButton->hide();
    connect(m_homeButton, &QPushButton::clicked, this, &ContextBar::homeRequested);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_activityButton->setObjectName(u"activityLogButton"_s);
    m_activityButton->setCheckable(true);
    m_activityButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageLabel->setBuddy(m_languageComboBox);
    fillLanguageChoices();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(m_homeButton);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_profileLabel);
    layout->addStretch(1);
    layout->addWidget(m_activityButton);
    layout->addWidget(presenter->createToggle(this));
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_languageComboBox);

    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { switchLanguage(m_languageComboBox->itemData(index).toString()); });
    connect(m_context, &WizardContext::profileChanged, this, &ContextBar::updateProfileLabel);
    retranslateUi();
}

void ContextBar::setHomeButtonVisible(bool visible)
{
    m_homeButton->setVisible(visible);
}

void ContextBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContextBar::fillLanguageChoices()
{
    const QSignalBlocker blocker(m_languageComboBox);
    m_languageComboBox->clear();
    const QStringList languages = Translator::supportedLanguages();
    for (const QString &language : languages)
        m_languageComboBox->addItem(Translator::nativeName(language), language);
    const int current = m_languageComboBox->findData(m_translator.language());
    m_languageComboBox->setCurrentIndex(current >= 0 ? current : m_languageComboBox->findData(u"en"_s));
}

void ContextBar::switchLanguage(const QString &language)
{
    if (language == m_translator.language())
        return;
    if (!m_translator.install(language)) {
        Q_EMIT message(tr("That language could not be loaded; the texts stay as they are."), 8000);
        fillLanguageChoices();
        return;
    }
    m_settings.setLanguage(language);
    m_settings.sync();
    m_context->setLanguage(language);
}

void ContextBar::updateProfileLabel()
{
    if (!m_context->hasProfile()) {
        m_profileLabel->setText(tr("Profile: none yet"));
        m_profileLabel->setToolTip({});
        return;
    }
    const Profile profile = m_context->profile();
    m_profileLabel->setText(tr("Profile: %1").arg(profile.name));
    m_profileLabel->setToolTip(profile.vendorName.isEmpty()
            ? tr("Organisation number %1").arg(profile.vendorOrgNumber)
            : tr("%1, organisation number %2").arg(profile.vendorName, profile.vendorOrgNumber));
}

void ContextBar::retranslateUi()
{
    m_homeButton->setText(tr("← &Start screen"));
    m_homeButton->setAccessibleName(tr("Back to the start screen"));
    m_homeButton->setToolTip(tr("Leave the wizard. What you entered is kept, and you can continue later."));
    m_languageComboBox->setAccessibleName(tr("Language"));
    m_languageComboBox->setToolTip(tr("The language of the wizard. Your choice is remembered."));
    m_languageLabel->setText(tr("&Language:"));
    m_activityButton->setText(tr("Activity log"));
    m_activityButton->setAccessibleName(tr("Show the activity log"));
    m_activityButton->setToolTip(tr("Every call to Altinn and Maskinporten, with tokens and keys removed "
                                    "(Ctrl+Shift+L)."));
    updateProfileLabel();
}
