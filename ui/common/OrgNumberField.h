#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

/**
 * An organisation number input: digits and the spaces people type or paste ("991 825 827"), checked
 * (MOD11, Validation::OrgNumber) as it is typed — "too short" only once the user is done — and, with a
 * name lookup, the register's name under it ("✓ Digitaliseringsdirektoratet"). The lookup is the
 * caller's (a callback: the sandbox register through WizardContext, or none): this widget builds no
 * requests. The label is the caller's too; lineEdit() is its buddy.
 *
 * Object names for tests and style sheets: <prefix>"Edit", <prefix>"Message" and the name label's
 * (by default "orgNumberEdit", "orgNumberMessage", "orgNameLabel").
 */
class OrgNumberField : public QWidget
{
    Q_OBJECT

public:
    /// What a lookup found for a number.
    struct NameAnswer
    {
        enum class Kind {
            Found, ///< `name` is the register's name
            NotFound, ///< a valid number the register does not know; `message` says what that means
            Unavailable, ///< no lookup possible now (environment, not started); `message` says why
            Failed, ///< the lookup went wrong; `message` says what and what to do
        };
        Kind kind = Kind::Unavailable;
        QString name;
        QString message;
    };
    /// Looks up @p orgNumber (nine valid digits); calls @p answer once, now or later — not after
    /// @p receiver is gone.
    using NameLookup = std::function<void(
        const QString &orgNumber, QObject *receiver, std::function<void(const NameAnswer &)> answer)>;

    explicit OrgNumberField(QWidget *parent = nullptr);
    /// Children named @p objectNamePrefix + "Edit" / "Message", the name label @p nameLabelObjectName.
    OrgNumberField(
        const QString &objectNamePrefix, const QString &nameLabelObjectName, QWidget *parent = nullptr);
    ~OrgNumberField() override;

    /// Without a lookup (the default) no name is shown.
    void setNameLookup(NameLookup lookup);
    /// Shows @p orgNumber (no edited() signal) and @p knownName as its name without looking it up;
    /// without a known name, a valid number is looked up.
    void setOrgNumber(const QString &orgNumber, const QString &knownName = {});
    QString text() const;
    /// What was typed without spaces (what is saved and sent).
    QString orgNumber() const;
    bool isValid() const;
    /// The register's name for orgNumber(), once known; empty otherwise.
    QString name() const;
    /// Shows the name again, looking it up when it is not known (e.g. the lookup can answer now).
    void refreshName();
    /// Forgets the name (what the lookup answers has changed, e.g. another environment) and looks again.
    void forgetName();
    QLineEdit *lineEdit() const { return m_edit; }
    /// Enter in the number emits submitted() (the problem, if any, shown first) and goes no further:
    /// a dialog's or wizard's default button does not see it, so nothing happens twice.
    void setSubmitsOnEnter(bool submits) { m_submitsOnEnter = submits; }

Q_SIGNALS:
    /// The user changed the number.
    void edited();
    /// The lookup found the name of the number shown.
    void nameFound(const QString &name);
    /// Enter was pressed in the number (only with setSubmitsOnEnter(true)).
    void submitted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void textEdited();
    void showProblem(bool finishedEditing);
    void answered(const QString &orgNumber, const NameAnswer &answer);
    /// Shows @p text under the number as @p kind ("hint", "ok", "warning", "error"); empty hides it.
    void showName(const QString &text, const QString &kind);

    QLineEdit *m_edit;
    QLabel *m_message;
    QLabel *m_nameLabel;
    NameLookup m_lookup;
    QString m_name; ///< the name of m_nameFor
    QString m_nameFor;
    QString m_pendingFor; ///< the number a lookup is running for
    QString m_defaultAccessibleName;
    bool m_filling = false;
    bool m_submitsOnEnter = false;
};
