#pragma once

#include <QWidget>

class AppSettings;
class EnvironmentBadge;
class PresenterMode;
class QComboBox;
class QLabel;
class QPushButton;
class SandboxHost;
class Translator;
class WizardContext;

/**
 * The main window's top bar: the way back to the start screen, the environment badge, the current profile,
 * the activity log's button, presenter mode's toggle and the language. A language chosen here takes effect at
 * once and is remembered.
 */
class ContextBar : public QWidget
{
    Q_OBJECT

public:
    ContextBar(Translator &translator, AppSettings &settings, WizardContext *context, SandboxHost *sandbox,
        PresenterMode *presenter, QWidget *parent = nullptr);

    /// "← Start screen", shown while the start screen is not.
    void setHomeButtonVisible(bool visible);
    /// Checkable: shows and hides the activity log.
    QPushButton *activityButton() const { return m_activityButton; }

Q_SIGNALS:
    void homeRequested();
    /// For the status bar: something the user should know (a language that could not be loaded).
    void message(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguageChoices();
    void switchLanguage(const QString &language);
    void updateProfileLabel();
    void retranslateUi();

    Translator &m_translator;
    AppSettings &m_settings;
    WizardContext *m_context;
    QPushButton *m_homeButton;
    EnvironmentBadge *m_environmentLabel;
    QLabel *m_profileLabel;
    QPushButton *m_activityButton;
    QLabel *m_languageLabel;
    QComboBox *m_languageComboBox;
};
