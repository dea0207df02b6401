#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class AppSettings;
class OnboardingWizard;
class QActionGroup;
class QToolButton;
class QWidget;

/**
 * Presenter mode, for demonstrating the flow to an audience: the application font and the style
 * sheet's point sizes at 150, 175 or 200 %, identifiers and secrets masked on screen (ScreenMasking),
 * the wizard's step indicator larger, and a presenter's remote at work in the wizard — PageDown or Space
 * for Next, PageUp for Back (Space only where it does not already mean something: not in a text field,
 * check box, button or list). Switched with the context bar's toggle, Ctrl+Shift+P or `--presenter`;
 * remembered with its scale in AppSettings.
 */
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    explicit PresenterMode(AppSettings &settings, QObject *parent = nullptr);
    ~PresenterMode() override;

    /// The scales offered, in percent.
    static QList<int> scales() { return {150, 175, 200}; }

    bool isOn() const { return m_on; }
    void setOn(bool on);
    int scale() const { return m_scale; }
    /// One of scales(); applied at once while on.
    void setScale(int percent);

    /// The wizard now shown: its step indicator follows presenter mode and it takes the remote's keys.
    void attach(OnboardingWizard *wizard);

    /// The context bar's toggle, with the scale in its menu and the shortcut Ctrl+Shift+P.
    QToolButton *createToggle(QWidget *parent);

Q_SIGNALS:
    void changed(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void retranslate();
    bool handleKey(QWidget *receiver, int key, Qt::KeyboardModifiers modifiers);

    AppSettings &m_settings;
    QFont m_baseFont;
    bool m_on = false;
    bool m_applied = false;
    int m_scale = 150;
    QPointer<OnboardingWizard> m_wizard;
    QPointer<QToolButton> m_toggle;
    // The toggle's menu and actions belong to the window, which may go before this object.
    QPointer<QActionGroup> m_scaleActions;
};
