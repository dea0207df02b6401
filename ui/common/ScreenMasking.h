#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;

/**
 * Presenter mode's masking on screen (see Altinn::ScreenMask): one switch for the whole application
 * that the widgets showing client ids, key ids and fingerprints, tokens, trace ids and customers'
 * organisation numbers listen to. A label or line edit given to show()/guard() follows the switch by
 * itself and says in its tooltip that it is masked; models call maskText() and listen to changed().
 * Copy buttons keep copying the real value.
 */
class ScreenMasking : public QObject
{
    Q_OBJECT

public:
    /// The application's one instance.
    static ScreenMasking *instance();

    bool isOn() const { return m_on; }
    void setOn(bool on);
    /// Customers' organisation numbers too (outside the sandbox, where they are real).
    bool masksOrganisationNumbers() const { return m_organisationNumbers; }
    void setMaskOrganisationNumbers(bool mask);

    /// @p value as shown: its hint while masking is on, else itself.
    QString maskValue(const QString &value) const;
    /// @p text with identifiers and secrets (and the values shown masked elsewhere) masked while on.
    QString maskText(const QString &text) const;
    /// A customer's organisation number as shown: masked while on and outside the sandbox.
    QString maskOrganisationNumber(const QString &orgNo) const;

    /**
     * Shows @p value in @p label, masked while masking is on, and keeps doing so when it is switched.
     * The value is also masked wherever maskText() runs (the activity log).
     */
    static void show(QLabel *label, const QString &value);
    /// While masking is on, covers @p edit's text with its hint (the edit still holds the real value).
    static void guard(QLineEdit *edit);
    /// @p value is shown masked somewhere: maskText() masks it too (a key id has no recognisable shape).
    void remember(const QString &value);
    /// The note the tooltip of a masked value ends with.
    static QString maskedNote();

Q_SIGNALS:
    /// Masking was switched on or off, or its scope changed: re-render what is shown.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ScreenMasking();
    static void render(QLabel *label);

    QStringList m_known;
    bool m_on = false;
    bool m_organisationNumbers = false;
};
