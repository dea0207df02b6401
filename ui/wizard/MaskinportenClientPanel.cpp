#include "wizard/MaskinportenClientPanel.h"

#include "common/Labels.h"
#include "common/ScreenMasking.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MaskinportenClientPanel::MaskinportenClientPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(Labels::heading(u"clientHeading"_s, this))
    , m_clientIdLabel(new QLabel(this))
    , m_clientIdEdit(new QLineEdit(this))
    , m_clientIdMessage(Labels::fieldMessage(u"clientIdMessage"_s, this))
{
    setObjectName(u"clientPanel"_s);
    m_clientIdLabel->setBuddy(m_clientIdEdit);
    m_clientIdEdit->setObjectName(u"clientIdEdit"_s);
    m_clientIdEdit->setMaxLength(36);
    m_clientIdEdit->setMaximumWidth(420);
    m_clientIdEdit->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    ScreenMasking::guard(m_clientIdEdit);

    // The message goes under the row at full width: word-wrapped labels inside form rows get clipped.
    auto *row = new QHBoxLayout;
    row->addWidget(m_clientIdLabel);
    row->addWidget(m_clientIdEdit, 1);
    row->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addWidget(m_clientIdMessage);

    connect(m_clientIdEdit, &QLineEdit::textChanged, this, &MaskinportenClientPanel::edited);
    connect(m_clientIdEdit, &QLineEdit::editingFinished, this, [this] { updateMessage(true); });
    retranslateUi();
}

void MaskinportenClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MaskinportenClientPanel::retranslateUi()
{
    m_heading->setText(tr("Client"));
    m_clientIdLabel->setText(tr("Client i&d:"));
    m_clientIdEdit->setAccessibleName(tr("Maskinporten client id"));
    updateMessage();
}

void MaskinportenClientPanel::refresh()
{
    const QString clientId = m_context->profile().clientId;
    const QString shown = m_clientIdEdit->text().trimmed();
    // Replace what is shown unless the user is in the middle of typing a client id.
    if (shown.compare(clientId, Qt::CaseInsensitive) != 0
        && (shown.isEmpty() || WizardSection::isClientIdValid(shown))) {
        const QSignalBlocker blocker(m_clientIdEdit);
        m_clientIdEdit->setText(clientId);
    }
    updateMessage();
}

void MaskinportenClientPanel::setReadOnly(bool readOnly)
{
    m_clientIdEdit->setReadOnly(readOnly);
}

void MaskinportenClientPanel::updateMessage(bool finishedEditing)
{
    const QString text = m_clientIdEdit->text().trimmed();
    static const QRegularExpression partial(u"^[0-9a-fA-F-]{0,35}$"_s);
    // While a client id is still being typed it is not wrong yet; pasted ones are whole at once.
    const bool stillTyping = !finishedEditing && m_clientIdEdit->hasFocus() && partial.match(text).hasMatch();
    if (text.isEmpty()) {
        Labels::showMessage(m_clientIdMessage,
            WizardSection::isLocalEnvironment(m_context)
                ? tr("Leave it empty: registering in the sandbox below creates the client.")
                : tr("Copy the client id from the self-service portal, where you created the "
                     "client for this organisation."),
            u"hint"_s);
    } else if (!WizardSection::isClientIdValid(text)) {
        Labels::showMessage(m_clientIdMessage,
            stillTyping
                ? tr("%1 of 36 characters.").arg(text.size())
                : tr(
                    "A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it "
                    "from the self-service portal."),
            stillTyping ? u"hint"_s : u"error"_s);
    } else {
        Labels::showMessage(m_clientIdMessage, {}, {});
    }
}

void MaskinportenClientPanel::edited(const QString &text)
{
    updateMessage();
    const QString clientId = text.trimmed();
    Profile profile = m_context->profile();
    if (!m_context->hasProfile() || clientId == profile.clientId)
        return;
    if (!clientId.isEmpty() && !WizardSection::isClientIdValid(clientId)) {
        Q_EMIT completeChanged();
        return;
    }
    profile.clientId = clientId.toLower();
    QString error;
    if (!m_context->saveProfile(profile, &error))
        Labels::showMessage(
            m_clientIdMessage, tr("The client id could not be saved: %1").arg(error), u"error"_s);
}
