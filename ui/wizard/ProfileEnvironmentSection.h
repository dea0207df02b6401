#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

/**
 * The profile page's environment: the built-in sandbox, TT02, production or a custom server (whose
 * address is asked for and checked), with a line saying what the choice means.
 */
class ProfileEnvironmentSection : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEnvironmentSection(QWidget *parent = nullptr);

    /// Environment::id(): "sandbox", "tt02", "prod" or "custom".
    QString environment() const;
    /// The custom server's address as typed (trimmed).
    QString customUrlText() const;
    /// Shows @p environment (and @p customBaseUrl for "custom") without emitting signals.
    void setEnvironment(const QString &environment, const QUrl &customBaseUrl);
    /// Why the custom server's address will not do (translated), or empty.
    QString customUrlProblem() const;
    /// Shows customUrlProblem() under the address once something is typed; @p clear hides it.
    void showCustomUrlProblem(bool clear = false);
    QGridLayout *grid() const { return m_grid; }
    QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void environmentChosen();
    void customUrlEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void updateHint();
    void updateCustomUrlVisibility();

    QGridLayout *m_grid;
    QLabel *m_environmentLabel;
    QComboBox *m_environmentComboBox;
    QLabel *m_environmentHint;
    QLabel *m_customUrlLabel;
    QLineEdit *m_customUrlEdit;
    QLabel *m_customUrlMessage;
};
