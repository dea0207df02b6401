#pragma once

#include <QList>
#include <QWidget>

class OnboardingWizard;
class QHBoxLayout;
class QToolButton;

/**
 * The wizard's eight steps in a band above the pages: each one done (✓, clickable), current (●) or
 * still to do (its number). The marks say the state without colour; each step's accessible name says it
 * in words ("Step 3 of 8, System definition, current"). When the names do not all fit, only the
 * current step shows its name and the others show their mark and number (the name is in the tooltip).
 */
class WizardStepIndicator : public QWidget
{
    Q_OBJECT

public:
    enum class State { Done, Current, ToDo };

    explicit WizardStepIndicator(OnboardingWizard *wizard);

    /// The state of step @p index (0-based, the wizard's page id).
    State stateOf(int index) const;
    /// The button of step @p index (0-based).
    QToolButton *stepButton(int index) const { return m_buttons.value(index); }
    /// Larger text, for presenter mode: readable from the back of a room.
    void setEmphasised(bool emphasised);
    bool isEmphasised() const { return m_emphasised; }
    /// True while every step shows its name (the window is wide enough).
    bool showsAllNames() const { return m_allNames; }

    /// Reads the wizard again: which pages are done, which is current.
    void refresh();
    /// Puts the band on top of the wizard and the wizard's contents (header, page, buttons) below it;
    /// the wizard calls it after each resize.
    void place();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTexts();
    void chooseNameMode();
    QString buttonText(int index, bool withName) const;

    OnboardingWizard *m_wizard;
    QHBoxLayout *m_layout;
    QList<QToolButton *> m_buttons;
    QList<State> m_states;
    bool m_emphasised = false;
    bool m_allNames = true;
    bool m_updating = false;
};
