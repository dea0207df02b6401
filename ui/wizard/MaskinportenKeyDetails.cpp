#include "wizard/MaskinportenKeyDetails.h"

#include "common/Labels.h"
#include "common/ScreenMasking.h"
#include "onboarding/KeyEnrolmentFlow.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MaskinportenKeyDetails::MaskinportenKeyDetails(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_noKeyLabel(new QLabel(this))
    , m_details(new QWidget(this))
    , m_kidLabel(new QLabel(this))
    , m_kidEdit(new QLineEdit(this))
    , m_kidMessage(Labels::fieldMessage(u"kidMessage"_s, this))
    , m_algorithmCaption(new QLabel(this))
    , m_algorithmValue(WizardSection::valueLabel(u"algorithmValue"_s, this))
    , m_sizeCaption(new QLabel(this))
    , m_sizeValue(WizardSection::valueLabel(u"keySizeValue"_s, this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprintValue(WizardSection::valueLabel(u"fingerprintValue"_s, this))
    , m_storedCaption(new QLabel(this))
    , m_storedValue(WizardSection::valueLabel(u"storedValue"_s, this))
{
    m_noKeyLabel->setObjectName(u"noKeyLabel"_s);
    m_noKeyLabel->setWordWrap(true);
    m_details->setObjectName(u"keyDetails"_s);
    m_kidEdit->setObjectName(u"kidEdit"_s);
    m_kidEdit->setMaxLength(100);
    m_kidEdit->setMaximumWidth(420);
    m_kidLabel->setBuddy(m_kidEdit);
    // Presenter mode: the key id and fingerprint are masked on screen (the stored-in text names the kid).
    ScreenMasking::guard(m_kidEdit);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &MaskinportenKeyDetails::refresh);

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_kidLabel, m_kidEdit);
    form->addRow(m_algorithmCaption, m_algorithmValue);
    form->addRow(m_sizeCaption, m_sizeValue);
    form->addRow(m_fingerprintCaption, m_fingerprintValue);
    form->addRow(m_storedCaption, m_storedValue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noKeyLabel);
    layout->addWidget(m_details);
    layout->addWidget(m_kidMessage);

    connect(m_kidEdit, &QLineEdit::editingFinished, this, &MaskinportenKeyDetails::kidEdited);
    retranslateUi();
}

void MaskinportenKeyDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MaskinportenKeyDetails::retranslateUi()
{
    m_kidLabel->setText(tr("&Key id (kid):"));
    m_kidEdit->setAccessibleName(tr("Key id"));
    m_kidEdit->setToolTip(tr("The name Maskinporten knows the key by. Change it before you register the key; "
                             "press Enter to apply."));
    m_algorithmCaption->setText(tr("Algorithm:"));
    m_sizeCaption->setText(tr("Size:"));
    m_fingerprintCaption->setText(tr("Fingerprint:"));
    m_storedCaption->setText(tr("Stored in:"));
    m_fingerprintValue->setToolTip(
        tr("The key's RFC 7638 thumbprint. It is the same wherever the public key is "
           "registered, so you can compare it with the portal."));
    refresh();
}

void MaskinportenKeyDetails::refresh()
{
    const Profile profile = m_context->profile();
    const bool hasKey = profile.hasKey();
    m_details->setVisible(hasKey);
    if (!hasKey) {
        Labels::showMessage(m_noKeyLabel,
            tr("No key yet. Generate one here (recommended), or import the key you already registered."),
            u"hint"_s);
    } else if (!WizardSection::hasUsableKey(m_context)) {
        Labels::showMessage(m_noKeyLabel,
            tr("This profile's key was kept for one run only and is gone now. Generate or import a key "
               "again."),
            u"warning"_s);
    } else {
        Labels::showMessage(m_noKeyLabel, {}, {});
    }
    if (!hasKey)
        return;
    if (!m_kidEdit->hasFocus())
        m_kidEdit->setText(profile.kid);
    m_algorithmValue->setText(profile.keyAlgorithm);
    m_sizeValue->setText(tr("%1 bits").arg(profile.keyBits));
    ScreenMasking::show(m_fingerprintValue, profile.keyThumbprint);
    QString stored = profile.keyPersistent ? tr("Keychain entry: %1").arg(profile.keychainKey())
                                           : tr("This run only (in memory; gone when you quit)");
    if (!profile.certificateChain.isEmpty())
        stored += u'\n' + tr("With the business certificate's chain (x5c).");
    m_storedValue->setText(ScreenMasking::instance()->maskText(stored));
}

void MaskinportenKeyDetails::setKidEditable(bool editable)
{
    m_kidEdit->setEnabled(editable);
}

void MaskinportenKeyDetails::kidEdited()
{
    const QString kid = m_kidEdit->text().trimmed();
    const Profile profile = m_context->profile();
    if (!profile.hasKey() || kid == profile.kid)
        return;
    const QString problem = Onboarding::KeyEnrolmentFlow::kidProblem(kid);
    Labels::showMessage(m_kidMessage, problem, problem.isEmpty() ? QString() : u"error"_s);
    if (problem.isEmpty())
        Q_EMIT kidChangeRequested(kid);
}
