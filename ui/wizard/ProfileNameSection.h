#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class WizardContext;

/**
 * The profile page's profile name: suggested from the organisation and the environment until the
 * user names the profile (clearing the field brings the suggestion back), and unique among profiles.
 */
class ProfileNameSection : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileNameSection(WizardContext *context, QWidget *parent = nullptr);

    /// The name as typed (trimmed).
    QString name() const;
    /// Shows @p name without edited(); @p chosenByUser: it is not to be replaced by suggestions.
    void setName(const QString &name, bool chosenByUser);
    bool isChosenByUser() const { return m_chosenByUser; }
    /// "Acme AS (TT02)": the suggestion for @p orgNumber, its @p vendorName (when known) and @p environment.
    static QString suggestedName(
        const QString &orgNumber, const QString &vendorName, const QString &environment);
    /// Makes @p suggestion the name unless the user chose one.
    void suggest(const QString &suggestion);
    /// Why the name will not do for the profile @p profileId (empty for a new one), or empty.
    QString problem(const QString &profileId) const;
    /// Shows problem() under the field once something is typed; @p clear hides it.
    void showProblem(const QString &profileId, bool clear = false);
    QLineEdit *edit() const { return m_edit; }
    QGridLayout *grid() const { return m_grid; }

Q_SIGNALS:
    /// The user changed the name.
    void edited();
    /// A suggestion replaced the name.
    void suggested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardContext *m_context;
    QGridLayout *m_grid;
    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_message;
    QString m_suggestion;
    bool m_chosenByUser = false;
    bool m_filling = false;
};
