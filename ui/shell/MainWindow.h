#pragma once

#include <QMainWindow>

class AppSettings;
class HomePage;
class QComboBox;
class QLabel;
class QStackedWidget;
class SandboxHost;
class Translator;

/**
 * The application window: a context bar (profile, environment, language) above the home screen,
 * and later the wizard. Changing the language takes effect at once and is remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p sandbox is the in-process sandbox (may be null); the context bar follows its state.
    MainWindow(Translator &translator, AppSettings &settings, SandboxHost *sandbox = nullptr,
        QWidget *parent = nullptr);

    HomePage *homePage() const { return m_homePage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildContextBar(QWidget *bar);
    void fillLanguageChoices();
    void switchLanguage(const QString &language);
    void retranslateUi();
    void updateEnvironmentLabel();

    enum class SandboxStatus { Starting, Running, Failed };

    Translator &m_translator;
    AppSettings &m_settings;
    QStackedWidget *m_pages;
    HomePage *m_homePage;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    SandboxHost *m_sandbox;
    SandboxStatus m_sandboxStatus = SandboxStatus::Starting;
    QString m_sandboxFailure;
};
