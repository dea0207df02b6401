#include "home/HomePage.h"

#include "home/TaskCard.h"
#include "home/WrappingLabel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
    , m_headingLabel(new QLabel(this))
    , m_introLabel(new WrappingLabel(this))
    , m_resumeBanner(new QFrame(this))
    , m_resumeTitleLabel(new QLabel(m_resumeBanner))
    , m_resumeLabel(new WrappingLabel(m_resumeBanner))
    , m_resumeButton(new QPushButton(m_resumeBanner))
{
    m_headingLabel->setObjectName(u"headingLabel"_s);
    m_headingLabel->setProperty("role", u"heading"_s);
    m_introLabel->setObjectName(u"introLabel"_s);

    m_resumeBanner->setObjectName(u"resumeBanner"_s);
    m_resumeBanner->setProperty("role", u"resumeBanner"_s);
    m_resumeTitleLabel->setObjectName(u"resumeTitleLabel"_s);
    m_resumeTitleLabel->setProperty("role", u"cardTitle"_s);
    m_resumeLabel->setObjectName(u"resumeLabel"_s);
    m_resumeLabel->setTextFormat(Qt::PlainText);
    m_resumeButton->setObjectName(u"continueButton"_s);
    auto *resumeText = new QVBoxLayout;
    resumeText->setSpacing(4);
    resumeText->addWidget(m_resumeTitleLabel);
    resumeText->addWidget(m_resumeLabel);
    auto *resumeLayout = new QHBoxLayout(m_resumeBanner);
    resumeLayout->setContentsMargins(18, 12, 18, 12);
    resumeLayout->addLayout(resumeText, 1);
    resumeLayout->addWidget(m_resumeButton, 0, Qt::AlignVCenter);
    m_resumeBanner->hide();
    connect(m_resumeButton, &QPushButton::clicked, this, &HomePage::resumeRequested);

    const struct
    {
        Task task;
        const char16_t *objectName;
        int row;
        int column;
        int columnSpan;
    } placements[] = {
        {Task::SetUpSystem, u"setUpSystemCard", 0, 0, 1},
        {Task::OnboardCustomer, u"onboardCustomerCard", 0, 1, 1},
        {Task::CheckCustomer, u"checkCustomerCard", 1, 0, 1},
        {Task::GuidedDemo, u"guidedDemoCard", 1, 1, 1},
        // The other way beside system users: one wide card, so the screen grows by a short row only.
        {Task::PersonPath, u"personPathCard", 2, 0, 2},
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_introLabel);
    layout->addSpacing(8);
    layout->addWidget(m_resumeBanner);
    // Five cards do not fit at the window's minimum size: they scroll, the heading and About stay put. The
    // scroll area gets its content while that is empty, and the cards are made in it: setWidget() measures
    // what it is given, and moving polished cards would polish them again (both paid before the first frame).
    auto *cards = new QWidget(this);
    cards->setObjectName(u"taskCards"_s);
    auto *cardsArea = new QScrollArea(this);
    cardsArea->setObjectName(u"taskCardsScrollArea"_s);
    cardsArea->setWidgetResizable(true);
    cardsArea->setFrameShape(QFrame::NoFrame);
    cardsArea->setFocusPolicy(Qt::NoFocus);
    cardsArea->setWidget(cards);
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    for (const auto &placement : placements) {
        auto *card = new TaskCard(cards);
        card->setObjectName(QString::fromUtf16(placement.objectName));
        grid->addWidget(card, placement.row, placement.column, 1, placement.columnSpan);
        m_cards.insert(placement.task, card);
        const Task task = placement.task;
        connect(card, &TaskCard::activated, this, [this, task] { Q_EMIT taskActivated(task); });
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addLayout(grid);
    cardsLayout->addStretch(1);
    layout->addWidget(cardsArea, 1);
    // Made after the cards: the focus chain follows creation, and the first card should have the first focus.
    m_aboutButton = new QPushButton(this);
    m_aboutButton->setObjectName(u"aboutButton"_s);
    m_aboutButton->setFlat(true);
    connect(m_aboutButton, &QPushButton::clicked, this, &HomePage::aboutRequested);
    layout->addWidget(m_aboutButton, 0, Qt::AlignRight);

    retranslateUi();
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_headingLabel->setText(tr("What do you want to do?"));
    m_introLabel->setText(
        tr("Register your system in Altinn, ask customers for a system user, follow their "
           "approval and prove that it works. Start on the built-in sandbox: nothing you do "
           "there reaches Altinn."));

    m_cards[Task::SetUpSystem]->setTexts(tr("Set up or edit my system"),
        tr("Your organisation, your Maskinporten client and key, and the system definition Altinn shows to "
           "customers."),
        tr("Set up system"));
    m_cards[Task::OnboardCustomer]->setTexts(tr("Onboard a customer"),
        tr("Send a system user request to a customer organisation and hand over the approval link."),
        tr("Onboard customer"));
    m_cards[Task::CheckCustomer]->setTexts(tr("Check a customer's system user"),
        tr("See whether a customer has approved, and get a system user token to prove it works."),
        tr("Check customer"));
    m_cards[Task::GuidedDemo]->setTexts(tr("Guided demo (sandbox)"),
        tr("A narrated walk through the whole flow on the built-in sandbox, from your organisation to a "
           "customer's system user token. Step by step, or press Play. Nothing leaves this computer."),
        tr("Start demo"));
    m_cards[Task::PersonPath]->setTexts(tr("Log in as a person (ID-porten)"),
        tr("The other way to an Altinn app: a person logs in and your system acts for them. Try it beside a "
           "system user, and see which way fits your system."),
        tr("Try the person path"));

    for (TaskCard *card : std::as_const(m_cards))
        card->setAvailable(true);

    m_aboutButton->setText(tr("About System User Wizard"));
    m_resumeTitleLabel->setText(tr("Continue where you left off"));
    m_resumeButton->setText(tr("&Continue"));
    m_resumeButton->setAccessibleName(tr("Continue where you left off"));
}

void HomePage::setResumeOffer(const QString &description)
{
    m_resumeLabel->setText(description);
    m_resumeButton->setAccessibleDescription(description);
    m_resumeBanner->setVisible(!description.isEmpty());
}

void HomePage::setVisible(bool visible)
{
    // Shown inside a window that is not shown yet (QStackedWidget::addWidget does that), the layout would
    // place and measure every card at a size the page never has; the window's show lays it out for real.
    const bool beforeTheWindow = visible && !isWindow() && !window()->isVisible() && layout()->isEnabled();
    if (beforeTheWindow)
        layout()->setEnabled(false);
    QWidget::setVisible(visible);
    if (beforeTheWindow)
        layout()->setEnabled(true);
}

bool HomePage::hasResumeOffer() const
{
    return !m_resumeBanner->isHidden();
}
