#include "common/OperationStatus.h"

#include "common/DetailsPart.h"
#include "common/StaleMessageGuard.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OperationStatus::OperationStatus(QWidget *parent)
    : QFrame(parent)
    , m_busyIndicator(new QProgressBar(this))
    , m_textLabel(new QLabel(this))
    , m_details(new DetailsPart(this))
    , m_retryButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setProperty("role", u"operationStatus"_s);
    m_busyIndicator->setObjectName(u"busyIndicator"_s);
    m_busyIndicator->setRange(0, 0); // indeterminate: we never know how long a keychain or server takes
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(72);
    m_busyIndicator->setMaximumHeight(10);
    m_textLabel->setObjectName(u"statusText"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(8);
    layout->addWidget(m_busyIndicator, 0, Qt::AlignVCenter);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    texts->addWidget(m_textLabel);
    texts->addWidget(m_details);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addWidget(m_cancelButton, 0, Qt::AlignTop);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (const auto retry = m_retry)
            retry();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (const auto cancel = m_cancel)
            cancel();
    });
    retranslateUi();
    setState(State::Idle, {});
}

void OperationStatus::showBusy(const QString &text, std::function<void()> cancel)
{
    m_cancel = std::move(cancel);
    m_retry = nullptr;
    setState(State::Busy, text);
}

void OperationStatus::showError(const QString &text, std::function<void()> retry, const QString &details)
{
    m_retry = std::move(retry);
    m_cancel = nullptr;
    setState(State::Failed, text);
    m_details->setDetails(details);
}

void OperationStatus::showExplanation(const Altinn::Explanation &explanation, std::function<void()> retry)
{
    showError(explanation.message(), std::move(retry), explanation.details());
}

void OperationStatus::showSuccess(const QString &text)
{
    m_retry = nullptr;
    m_cancel = nullptr;
    setState(State::Succeeded, text);
}

void OperationStatus::showInformation(const QString &text)
{
    m_retry = nullptr;
    m_cancel = nullptr;
    setState(State::Information, text);
}

void OperationStatus::showSuccess(std::function<QString()> text)
{
    showSuccess(text());
    m_render = std::move(text);
}

void OperationStatus::showInformation(std::function<QString()> text)
{
    showInformation(text());
    m_render = std::move(text);
}

void OperationStatus::clear()
{
    m_retry = nullptr;
    m_cancel = nullptr;
    setState(State::Idle, {});
}

QString OperationStatus::text() const
{
    return m_textLabel->text();
}

QString OperationStatus::details() const
{
    return m_details->details();
}

void OperationStatus::setState(State state, const QString &text)
{
    m_state = state;
    m_render = nullptr;
    m_shownIn = StaleMessageGuard::currentLanguageTag();
    m_textLabel->setText(text);
    m_details->setDetails({}); // only showError() gives details, after this

    m_textLabel->setAccessibleName(text);
    m_busyIndicator->setVisible(state == State::Busy);
    m_cancelButton->setVisible(state == State::Busy && m_cancel);
    m_retryButton->setVisible(state == State::Failed && m_retry);
    static const char *const names[] = {"idle", "busy", "succeeded", "failed", "information"};
    setProperty("state", QString::fromLatin1(names[static_cast<int>(state)]));
    style()->unpolish(this);
    style()->polish(this);
    m_textLabel->style()->unpolish(m_textLabel);
    m_textLabel->style()->polish(m_textLabel);
    setVisible(state != State::Idle);
    if (state == State::Failed || state == State::Succeeded) {
        // Screen readers announce the outcome; sighted users see it next to the button they pressed.
        QAccessibleEvent event(m_textLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void OperationStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A text nobody set again in the new language (see StaleMessageGuard) cannot be re-rendered
        // here: an outcome goes; a running operation keeps its indicator under a neutral text.
        if (m_state != State::Idle && m_shownIn != StaleMessageGuard::currentLanguageTag()) {
            if (const auto render = m_render) {
                m_shownIn = StaleMessageGuard::currentLanguageTag();
                m_textLabel->setText(render());
                m_textLabel->setAccessibleName(m_textLabel->text());
            } else if (m_state == State::Busy) {
                m_shownIn = StaleMessageGuard::currentLanguageTag();
                m_textLabel->setText(tr("Working"));
                m_textLabel->setAccessibleName(m_textLabel->text());
            } else {
                clear();
            }
        }
    }
    QFrame::changeEvent(event);
}

void OperationStatus::retranslateUi()
{
    m_retryButton->setText(tr("Try again"));
    m_retryButton->setAccessibleName(m_retryButton->text());
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    m_busyIndicator->setAccessibleName(tr("Working"));
}
