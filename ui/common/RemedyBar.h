#pragma once

#include "altinn/ErrorExplainer.h"

#include <QFrame>

class DetailsPart;
class QLabel;
class QPushButton;

/**
 * What went wrong and what to do about it, from an Altinn::Explanation: the summary, the remedy and,
 * when the owner offers one, a button for the remedy ("Try again", "Delete and ask again", …) that
 * emits actionTriggered(). The code, trace id and the server's own answer go in a collapsed "Details"
 * part, never in the message. Hidden while there is nothing to explain.
 */
class RemedyBar : public QFrame
{
    Q_OBJECT

public:
    explicit RemedyBar(QWidget *parent = nullptr);

    /**
     * Shows @p explanation. @p lead, when given, comes before the summary ("The status could not be
     * checked:"); @p actionText, when given, is the text of the action button (hidden without one).
     */
    void showExplanation(
        const Altinn::Explanation &explanation, const QString &lead = {}, const QString &actionText = {});
    void clear();

    bool hasExplanation() const { return m_shown; }
    Altinn::Explanation explanation() const { return m_explanation; }
    /// The text as shown: lead, summary and remedy.
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    /// An explanation nobody showed again in the new language is cleared (StaleMessageGuard).
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_summaryLabel;
    QLabel *m_remedyLabel;
    DetailsPart *m_details;
    QPushButton *m_actionButton;
    Altinn::Explanation m_explanation;
    bool m_shown = false;
    QString m_shownIn; ///< StaleMessageGuard::currentLanguageTag() when it was shown
};
