#include "wizard/ConnectionCheckPanel.h"

#include "common/OperationStatus.h"
#include "session/VendorSession.h"
#include "wizard/WizardContext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConnectionCheckPanel::ConnectionCheckPanel(WizardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_introLabel(new QLabel(this))
    , m_checkButton(new QPushButton(this))
    , m_results(new QWidget(this))
    , m_resultsLayout(new QVBoxLayout(m_results))
    , m_clockSkewLabel(new QLabel(this))
    , m_status(new OperationStatus(this))
{
    setObjectName(u"connectionCheckPanel"_s);
    m_introLabel->setWordWrap(true);
    m_introLabel->setProperty("role", u"hint"_s);
    m_checkButton->setObjectName(u"checkConnectionButton"_s);
    m_results->setObjectName(u"connectionResults"_s);
    m_resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsLayout->setSpacing(6);
    m_clockSkewLabel->setObjectName(u"clockSkewLabel"_s);
    m_clockSkewLabel->setWordWrap(true);
    m_clockSkewLabel->setProperty("role", u"fieldMessage"_s);
    m_clockSkewLabel->setProperty("kind", u"warning"_s);
    m_clockSkewLabel->hide();
    m_status->setObjectName(u"connectionStatus"_s);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_checkButton);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_introLabel);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    layout->addWidget(m_clockSkewLabel);

    connect(m_checkButton, &QPushButton::clicked, this, &ConnectionCheckPanel::start);
    connect(m_context, &WizardContext::sessionChanged, this, [this] {
        // The check belonged to the old session: its answers say nothing about the new one.
        cancel();
        reset();
    });
    retranslateUi();
}

bool ConnectionCheckPanel::isRunning() const
{
    return m_check && m_check->isRunning();
}

void ConnectionCheckPanel::reset()
{
    if (isRunning())
        return;
    while (QLayoutItem *item = m_resultsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lastResult.reset();
    m_clockSkewLabel->hide();
    m_status->clear();
}

void ConnectionCheckPanel::cancel()
{
    if (m_check)
        m_check->cancel();
}

void ConnectionCheckPanel::start()
{
    if (isRunning())
        return;
    reset();
    VendorSession *session = m_context->session();
    const Profile profile = m_context->profile();
    QString problem;
    if (!session)
        problem = m_context->hasProfile()
            ? tr("The sandbox has not started yet. Wait a moment and try again.")
            : tr("Create the profile on the previous page first.");
    else if (!profile.hasKey())
        problem = tr("There is no key yet. Generate or import one above first.");
    else if (profile.clientId.isEmpty())
        problem = session->environment().isLocal()
            ? tr("There is no client yet. Register the client in the sandbox above first.")
            : tr("Enter the client id from the self-service portal above first.");
    if (!problem.isEmpty()) {
        m_status->showError(problem);
        return;
    }

    auto *check = new ConnectionCheck(session, this);
    check->setTimeout(m_timeoutMs);
    m_check = check;
    connect(check, &ConnectionCheck::scopeChecked, this, &ConnectionCheckPanel::showScope);
    connect(check, &ConnectionCheck::finished, this, [this, check](const ConnectionCheck::Result &result) {
        finished(result);
        check->deleteLater();
    });
    m_checkButton->setEnabled(false);
    m_status->showBusy(tr("Asking Maskinporten for a token for each scope…"), [this] { cancel(); });
    Q_EMIT runningChanged(true);
    check->start();
}

void ConnectionCheckPanel::showScope(const ConnectionCheck::ScopeResult &result)
{
    auto *label = new QLabel(m_results);
    label->setObjectName(u"scopeResult%1"_s.arg(m_resultsLayout->count()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setProperty("role", u"scopeResult"_s);
    label->setProperty("ok", result.ok);
    if (result.ok) {
        label->setText(tr("✓ %1 — works").arg(result.scope));
    } else {
        QString text = tr("✗ %1 — %2").arg(result.scope, result.explanation.summary);
        if (!result.explanation.remedy.isEmpty())
            text += u'\n' + result.explanation.remedy;
        if (!result.explanation.code.isEmpty())
            text += u'\n' + tr("Code: %1").arg(result.explanation.code);
        label->setText(text);
    }
    label->setAccessibleName(label->text());
    m_resultsLayout->addWidget(label);
}

void ConnectionCheckPanel::finished(const ConnectionCheck::Result &result)
{
    m_lastResult = result;
    m_checkButton->setEnabled(true);
    if (result.cancelled) {
        m_status->showInformation(tr("Check cancelled."));
    } else if (result.allOk()) {
        m_status->showSuccess(tr("Connected. Maskinporten gives this client a token for every scope the "
                                 "wizard needs."));
    } else {
        m_status->showError(
            tr("Some scopes do not work yet. What to do is written under each one."), [this] { start(); });
    }
    const QString skew =
        result.clockSkewSeconds ? ConnectionCheck::clockSkewWarning(*result.clockSkewSeconds) : QString();
    m_clockSkewLabel->setText(skew);
    m_clockSkewLabel->setVisible(!skew.isEmpty());
    Q_EMIT runningChanged(false);
    Q_EMIT checked(!result.cancelled && result.allOk());
}

void ConnectionCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionCheckPanel::retranslateUi()
{
    m_introLabel->setText(tr("Gets a token from Maskinporten for each scope the wizard uses, to prove that "
                             "the client, the key and this computer's clock are right."));
    m_checkButton->setText(tr("Check &connection"));
    m_checkButton->setAccessibleName(tr("Check connection"));
}
