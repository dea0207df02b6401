#include "wizard/TokenRequestSection.h"

#include "altinn/AltinnScopes.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Remedy = Altinn::Explanation::Remedy;

TokenRequestSection::TokenRequestSection(QWidget *parent)
    : QWidget(parent)
    , m_scopesLabel(new QLabel(this))
    , m_scopesEdit(new QLineEdit(this))
    , m_scopesHint(Labels::fieldMessage(u"scopesHint"_s, this))
    , m_getTokenButton(new QPushButton(this))
    , m_status(new OperationStatus(this))
    , m_remedyButton(new QPushButton(this))
    , m_clockSkewLabel(Labels::fieldMessage(u"clockSkewLabel"_s, this))
{
    setObjectName(u"tokenRequestSection"_s);
    m_scopesEdit->setObjectName(u"scopesEdit"_s);
    m_scopesLabel->setBuddy(m_scopesEdit);
    m_scopesHint->setTextFormat(Qt::PlainText);
    Labels::setStyleProperty(m_scopesHint, "kind", u"hint"_s);
    m_scopesHint->show();
    m_getTokenButton->setObjectName(u"getTokenButton"_s);
    m_getTokenButton->setDefault(false);
    m_status->setObjectName(u"tokenStatus"_s);
    m_remedyButton->setObjectName(u"tokenRemedyButton"_s);
    m_remedyButton->hide();
    m_clockSkewLabel->setTextFormat(Qt::PlainText);

    auto *fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->setHorizontalSpacing(10);
    fields->addWidget(m_scopesLabel, 0, 0);
    fields->addWidget(m_scopesEdit, 0, 1);
    fields->addWidget(m_scopesHint, 1, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_getTokenButton);
    actions->addStretch(1);
    auto *failureRow = new QHBoxLayout;
    failureRow->addWidget(m_status, 1);
    failureRow->addWidget(m_remedyButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addLayout(actions);
    layout->addLayout(failureRow);
    layout->addWidget(m_clockSkewLabel);

    setTabOrder(m_scopesEdit, m_getTokenButton);
    QWidget *previous = m_getTokenButton;
    for (QPushButton *button : m_status->findChildren<QPushButton *>()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_remedyButton);

    connect(m_getTokenButton, &QPushButton::clicked, this, &TokenRequestSection::getTokenRequested);
    connect(m_remedyButton, &QPushButton::clicked, this, [this] { Q_EMIT remedyRequested(m_remedy); });
    retranslateUi();
}

void TokenRequestSection::retranslateUi()
{
    m_scopesLabel->setText(tr("Sco&pes:"));
    m_scopesEdit->setAccessibleName(tr("Scopes"));
    m_scopesHint->setText(
        tr("The scopes of the API you will call with the token, separated by spaces (for example one from "
           "Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already "
           "has: enough to prove that the system user works.")
            .arg(Altinn::AltinnScopes::RequestRead));
    m_getTokenButton->setText(tr("&Get system user token"));
    m_getTokenButton->setAccessibleName(tr("Get system user token"));
    if (m_remedyButton->isVisible())
        showRemedy(m_remedy);
}

QStringList TokenRequestSection::scopes() const
{
    return m_scopesEdit->text().split(u' ', Qt::SkipEmptyParts);
}

void TokenRequestSection::setScopes(const QString &scopes)
{
    m_scopesEdit->setText(scopes);
}

bool TokenRequestSection::isEditingScopes() const
{
    return m_scopesEdit->hasFocus();
}

void TokenRequestSection::focusScopes()
{
    m_scopesEdit->setFocus();
}

void TokenRequestSection::setGetEnabled(bool enabled)
{
    m_getTokenButton->setEnabled(enabled);
}

void TokenRequestSection::showRemedy(Remedy remedy)
{
    m_remedy = remedy;
    QString text;
    if (remedy == Remedy::CheckConnection)
        text = tr("Check the Maskinporten client…");
    else if (remedy == Remedy::UpdateSystem || remedy == Remedy::RegisterSystemFirst)
        text = tr("Go to the system definition");
    m_remedyButton->setText(text);
    m_remedyButton->setAccessibleName(text);
    m_remedyButton->setVisible(!text.isEmpty());
}

void TokenRequestSection::showClockNote(const QString &note)
{
    Labels::showMessage(m_clockSkewLabel, note, u"warning"_s);
}

void TokenRequestSection::clearFailure()
{
    m_remedyButton->hide();
    m_clockSkewLabel->hide();
}

QWidget *TokenRequestSection::firstInTabOrder() const
{
    return m_scopesEdit;
}

QWidget *TokenRequestSection::lastInTabOrder() const
{
    return m_remedyButton;
}
