#include "demo/DemoNarrationPanel.h"

#include "onboarding/DemoScenario.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;

DemoNarrationPanel::DemoNarrationPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_playButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
{
    setObjectName(u"demoPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    // Colours from the palette, so the band reads in light and dark themes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_heading->setObjectName(u"demoStepHeading"_s);
    // Its size and weight are in the style sheet (QLabel#demoStepHeading), which presenter mode scales.
    m_heading->setWordWrap(true);
    m_statusLabel->setObjectName(u"demoStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setObjectName(u"demoRetryButton"_s);
    m_retryButton->hide();
    m_backButton->setObjectName(u"demoBackButton"_s);
    m_nextButton->setObjectName(u"demoNextButton"_s);
    m_nextButton->setDefault(false);
    m_playButton->setObjectName(u"demoPlayButton"_s);
    m_stopButton->setObjectName(u"demoStopButton"_s);
    m_resetButton->setObjectName(u"demoResetButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    for (QPushButton *button : {m_backButton, m_nextButton, m_playButton, m_stopButton, m_resetButton})
        top->addWidget(button);

    // Four short paragraphs side by side: the band stays low enough for the page below it.
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    const QStringList names{u"Now"_s, u"Why"_s, u"Service"_s, u"Customer"_s};
    for (const QString &name : names) {
        auto *caption = new QLabel(this);
        caption->setObjectName(u"demoCaption"_s + name);
        QFont captionFont = caption->font();
        captionFont.setBold(true);
        caption->setFont(captionFont);
        auto *paragraph = new QLabel(this);
        paragraph->setObjectName(u"demo"_s + name);
        paragraph->setWordWrap(true);
        paragraph->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_captions.append(caption);
        m_paragraphs.append(paragraph);
    }
    arrangeParagraphs(4);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_retryButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(m_grid);
    layout->addLayout(statusRow);

    connect(m_backButton, &QPushButton::clicked, this, &DemoNarrationPanel::backRequested);
    connect(m_nextButton, &QPushButton::clicked, this, &DemoNarrationPanel::nextRequested);
    connect(m_playButton, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(!m_playing); });
    connect(m_stopButton, &QPushButton::clicked, this, &DemoNarrationPanel::stopRequested);
    connect(m_resetButton, &QPushButton::clicked, this, &DemoNarrationPanel::resetRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &DemoNarrationPanel::retryRequested);
    retranslateUi();
}

void DemoNarrationPanel::showStep(int step)
{
    m_step = step;
    const DemoScenario::Step texts = DemoScenario::step(step);
    m_heading->setText(tr("Step %1 of %2: %3").arg(step).arg(DemoScenario::StepCount).arg(texts.title));
    m_heading->setAccessibleName(m_heading->text());
    const QStringList paragraphs{texts.now, texts.why, texts.service, texts.customer};
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i)
        m_paragraphs.at(i)->setText(paragraphs.at(i));
}

void DemoNarrationPanel::setStatus(Status status, const QString &detail)
{
    m_status = status;
    m_detail = detail;
    showStatus();
}

void DemoNarrationPanel::showStatus()
{
    QString text;
    switch (m_status) {
    case Status::Ready:
        text = tr("Press Next step to do this step, or Play to let the demo run.");
        break;
    case Status::Working:
        text = tr("Working on it: watch the page below.");
        break;
    case Status::Done:
        text = tr("Done. %1").arg(m_detail);
        break;
    case Status::Failed:
        text = tr("This step failed: %1").arg(m_detail);
        break;
    case Status::Finished:
        text = m_detail;
        break;
    }
    m_statusLabel->setText(text.trimmed());
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    m_retryButton->setVisible(m_status == Status::Failed);
}

void DemoNarrationPanel::setPlaying(bool playing)
{
    m_playing = playing;
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    m_playButton->setAccessibleName(playing ? tr("Pause the demo") : tr("Play the demo"));
}

void DemoNarrationPanel::setNavigation(bool canGoBack, bool canGoOn, bool busy)
{
    m_backButton->setEnabled(canGoBack && !busy);
    m_nextButton->setEnabled(canGoOn && !busy);
    m_playButton->setEnabled(canGoOn || m_playing);
}

void DemoNarrationPanel::arrangeParagraphs(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
        m_grid->removeWidget(m_captions.at(i));
        m_grid->removeWidget(m_paragraphs.at(i));
    }
    for (int column = 0; column < 4; ++column)
        m_grid->setColumnStretch(column, 0);
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const int row = (i / columns) * 2;
        const int column = i % columns;
        m_grid->addWidget(m_captions.at(i), row, column);
        m_grid->addWidget(m_paragraphs.at(i), row + 1, column);
        m_grid->setColumnStretch(column, 1);
    }
}

void DemoNarrationPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // Below this width four columns would be a few words each, and the band taller than two rows.
    arrangeParagraphs(width() < 900 ? 2 : 4);
}

void DemoNarrationPanel::focusNextStep()
{
    m_nextButton->setFocus(Qt::OtherFocusReason);
}

void DemoNarrationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DemoNarrationPanel::retranslateUi()
{
    setAccessibleName(tr("Guided demo"));
    const QStringList captions{tr("What happens now"), tr("Why"), tr("What Altinn or Maskinporten does"),
        tr("What the customer sees")};
    for (qsizetype i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Show the previous step again"));
    m_nextButton->setText(tr("Next step"));
    m_nextButton->setToolTip(tr("Do the next step on its page, then show the result"));
    m_stopButton->setText(tr("Stop demo"));
    m_stopButton->setToolTip(tr("Hide the demo controls; the wizard stays where it is"));
    m_resetButton->setText(tr("Reset demo"));
    m_resetButton->setToolTip(tr("Clear the demo's profile and the built-in sandbox, and start again"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAccessibleName(tr("Try this step again"));
    setPlaying(m_playing);
    showStep(m_step);
    showStatus();
}
