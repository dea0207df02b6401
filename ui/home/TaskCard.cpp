#include "home/TaskCard.h"

#include "home/WrappingLabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TaskCard::TaskCard(QWidget *parent)
    : QFrame(parent)
    , m_titleLabel(new WrappingLabel(this))
    , m_explanationLabel(new WrappingLabel(this))
    , m_startButton(new QPushButton(this))
{
    setProperty("role", u"taskCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);

    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_titleLabel->setProperty("role", u"cardTitle"_s);
    m_explanationLabel->setObjectName(u"explanationLabel"_s);
    m_explanationLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_startButton->setObjectName(u"startButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_explanationLabel, 1);
    // The reason a card is unavailable (below the explanation) is made when there is one: rarely, and a
    // hidden label is still polished before the first frame.
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);

    connect(m_startButton, &QPushButton::clicked, this, &TaskCard::activated);
}

void TaskCard::setTexts(const QString &title, const QString &explanation, const QString &buttonText)
{
    m_titleLabel->setText(title);
    m_explanationLabel->setText(explanation);
    m_startButton->setText(buttonText);
    m_startButton->setAccessibleName(buttonText);
    m_startButton->setAccessibleDescription(title);
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

void TaskCard::setAvailable(bool available, const QString &unavailableReason)
{
    m_available = available;
    m_startButton->setEnabled(available);
    if (!m_unavailableLabel && !unavailableReason.isEmpty()) {
        m_unavailableLabel = new WrappingLabel(this);
        m_unavailableLabel->setObjectName(u"unavailableLabel"_s);
        m_unavailableLabel->setProperty("role", u"hint"_s);
        static_cast<QVBoxLayout *>(layout())->insertWidget(
            layout()->indexOf(m_explanationLabel) + 1, m_unavailableLabel);
    }
    if (m_unavailableLabel) {
        m_unavailableLabel->setText(unavailableReason);
        m_unavailableLabel->setVisible(!available && !unavailableReason.isEmpty());
    }
    setCursor(available ? Qt::PointingHandCursor : Qt::ArrowCursor);
    // An unavailable card takes no focus: a focus frame would suggest it can be started.
    setFocusPolicy(available ? Qt::StrongFocus : Qt::NoFocus);
    if (property("available") == available)
        return;
    setProperty("available", available);
    // Re-polish so the style sheet's [available="false"] rule applies at once; a card not polished yet (the
    // home page being built) picks the property up when it is.
    if (testAttribute(Qt::WA_WState_Polished)) {
        style()->unpolish(this);
        style()->polish(this);
    }
}

void TaskCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_available && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void TaskCard::keyPressEvent(QKeyEvent *event)
{
    if (m_available
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}
