#include "editor/MetadataStatusBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

MetadataStatusBanner::MetadataStatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_textLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
{
    setObjectName(u"metadataStatusBanner"_s);
    setProperty("role", u"banner"_s);
    m_textLabel->setObjectName(u"metadataStatusLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(u"retryButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, &MetadataStatusBanner::retryRequested);
    retranslateUi();
    hide();
}

void MetadataStatusBanner::showState(MetadataState::Kind kind, const QString &text)
{
    m_textLabel->setText(text);
    setAccessibleName(text);
    m_retryButton->setVisible(kind == MetadataState::Kind::Offline || kind == MetadataState::Kind::Failed);
    switch (kind) {
    case MetadataState::Kind::Ready:
        setProperty("severity", u"info"_s);
        break;
    case MetadataState::Kind::Loading:
        setProperty("severity", u"info"_s);
        break;
    case MetadataState::Kind::Offline:
        setProperty("severity", u"warning"_s);
        break;
    case MetadataState::Kind::Failed:
        setProperty("severity", u"error"_s);
        break;
    }
    setVisible(kind != MetadataState::Kind::Ready);
    // Re-polish so the style sheet's [severity=…] rule follows.
    style()->unpolish(this);
    style()->polish(this);
}

void MetadataStatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MetadataStatusBanner::retranslateUi()
{
    m_retryButton->setText(tr("Re&try"));
    m_retryButton->setAccessibleName(tr("Retry loading"));
}
