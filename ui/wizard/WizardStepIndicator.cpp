#include "wizard/WizardStepIndicator.h"

#include "wizard/OnboardingWizard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <QWizardPage>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int StepCount = 8;
// Presenter mode: on top of the application's scaled font, so the band reads from the back of a room.
constexpr double EmphasisFactor = 1.3;
} // namespace

WizardStepIndicator::WizardStepIndicator(OnboardingWizard *wizard)
    : QWidget(wizard)
    , m_wizard(wizard)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(u"wizardStepIndicator"_s);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->setSpacing(4);
    for (int index = 0; index < StepCount; ++index) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"step%1Button"_s.arg(index + 1));
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The button's own toggling would fight the wizard's state: clicks only ask to go there.
        connect(button, &QToolButton::clicked, this, [this, index] {
            const bool done = stateOf(index) == State::Done;
            refresh();
            if (done)
                m_wizard->jumpTo(static_cast<OnboardingWizard::PageId>(index));
        });
        m_layout->addWidget(button);
        m_buttons.append(button);
        m_states.append(State::ToDo);
    }
    m_layout->addStretch(1);

    connect(wizard, &QWizard::currentIdChanged, this, &WizardStepIndicator::refresh);
    for (const int id : wizard->pageIds())
        connect(wizard->page(id), &QWizardPage::completeChanged, this, &WizardStepIndicator::refresh);
    refresh();
    place();
}

WizardStepIndicator::State WizardStepIndicator::stateOf(int index) const
{
    return m_states.value(index, State::ToDo);
}

void WizardStepIndicator::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const int current = m_wizard->currentId();
    const QList<int> visited = m_wizard->visitedIds();
    for (int index = 0; index < StepCount; ++index) {
        // Done: on the path to the current page (QWizard's history) and complete, so going back is safe.
        const QWizardPage *page = m_wizard->page(index);
        State state = State::ToDo;
        if (index == current)
            state = State::Current;
        else if (visited.contains(index) && page && page->isComplete())
            state = State::Done;
        m_states[index] = state;
        QToolButton *button = m_buttons.at(index);
        button->setChecked(state == State::Current);
        button->setEnabled(state != State::ToDo);
        button->setFocusPolicy(state == State::Done ? Qt::StrongFocus : Qt::NoFocus);
        // Only the weight is the button's own; the size follows the band (and presenter mode).
        QFont font;
        font.setBold(state == State::Current);
        button->setFont(font);
    }
    updateTexts();
    m_updating = false;
}

QString WizardStepIndicator::buttonText(int index, bool withName) const
{
    const QString name = OnboardingWizard::pageName(static_cast<OnboardingWizard::PageId>(index));
    QString mark;
    switch (m_states.at(index)) {
    case State::Done:
        mark = u"✓ "_s;
        break;
    case State::Current:
        mark = u"● "_s;
        break;
    case State::ToDo:
        break;
    }
    const QString number = QString::number(index + 1);
    return withName ? QString(mark + number + u". "_s + name) : QString(mark + number);
}

void WizardStepIndicator::updateTexts()
{
    for (int index = 0; index < StepCount; ++index) {
        QToolButton *button = m_buttons.at(index);
        const QString name = OnboardingWizard::pageName(static_cast<OnboardingWizard::PageId>(index));
        QString state;
        switch (m_states.at(index)) {
        case State::Done:
            state = tr("done");
            button->setToolTip(tr("Step %1: %2 (done). Click to go back to it.").arg(index + 1).arg(name));
            break;
        case State::Current:
            state = tr("current");
            button->setToolTip(tr("Step %1: %2 (you are here).").arg(index + 1).arg(name));
            break;
        case State::ToDo:
            state = tr("to do");
            button->setToolTip(tr("Step %1: %2 (not reached yet).").arg(index + 1).arg(name));
            break;
        }
        button->setAccessibleName(tr("Step %1 of %2, %3, %4").arg(index + 1).arg(StepCount).arg(name, state));
    }
    chooseNameMode();
}

void WizardStepIndicator::chooseNameMode()
{
    // Every name when they fit; otherwise the current step's name only (the others keep mark and number),
    // shortened with "…" when even that does not fit (large text in presenter mode, a narrow window).
    const int margins = m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    int allNames = margins;
    int othersCompact = margins;
    int current = -1;
    int currentPadding = 0;
    for (int index = 0; index < StepCount; ++index) {
        QToolButton *button = m_buttons.at(index);
        const QFontMetrics metrics(button->font());
        const int padding = button->sizeHint().width() - metrics.horizontalAdvance(button->text());
        allNames += metrics.horizontalAdvance(buttonText(index, true)) + padding + m_layout->spacing();
        if (m_states.at(index) == State::Current) {
            current = index;
            currentPadding = padding + m_layout->spacing();
        } else {
            othersCompact +=
                metrics.horizontalAdvance(buttonText(index, false)) + padding + m_layout->spacing();
        }
    }
    m_allNames = allNames <= width();
    for (int index = 0; index < StepCount; ++index)
        m_buttons.at(index)->setText(buttonText(index, m_allNames || index == current));
    if (m_allNames || current < 0)
        return;
    QToolButton *button = m_buttons.at(current);
    const QFontMetrics metrics(button->font());
    const int room = width() - othersCompact - currentPadding;
    if (metrics.horizontalAdvance(button->text()) > room)
        button->setText(metrics.elidedText(button->text(), Qt::ElideRight, std::max(room, 0)));
}

void WizardStepIndicator::setEmphasised(bool emphasised)
{
    // Also when unchanged: the size is relative to the wizard's font, which presenter mode may have scaled.
    if (!emphasised && !m_emphasised)
        return;
    m_emphasised = emphasised;
    const QFont base = parentWidget() ? parentWidget()->font() : QFont();
    QFont font;
    if (emphasised)
        font.setPointSizeF(base.pointSizeF() * EmphasisFactor);
    setFont(font);
    refresh();
    place();
}

void WizardStepIndicator::place()
{
    // QWizard lays out its contents in one private child that it sizes to the whole wizard; that child
    // goes below the band instead (this runs after QWizard's own resizeEvent).
    const int height = sizeHint().height();
    const QRect below(0, height, m_wizard->width(), std::max(0, m_wizard->height() - height));
    for (QWidget *child : m_wizard->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != this && !child->isWindow() && child->geometry() != below)
            child->setGeometry(below);
    }
    setGeometry(0, 0, m_wizard->width(), height);
    raise();
}

void WizardStepIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    else if (event->type() == QEvent::FontChange) {
        // Each button's bold font was resolved against the old size.
        refresh();
        place();
    }
    QWidget::changeEvent(event);
}

void WizardStepIndicator::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    chooseNameMode();
}
