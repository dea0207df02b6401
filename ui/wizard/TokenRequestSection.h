#pragma once

#include "altinn/ErrorExplainer.h"

#include <QStringList>
#include <QWidget>

class OperationStatus;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * "How" on the Test authentication page: the scopes to ask for, the Get system user token button and
 * what became of the last attempt — its status, a button for a remedy on another page, and a note on
 * the clock when that may be the cause.
 */
class TokenRequestSection : public QWidget
{
    Q_OBJECT

public:
    explicit TokenRequestSection(QWidget *parent = nullptr);

    QStringList scopes() const;
    void setScopes(const QString &scopes);
    bool isEditingScopes() const;
    void focusScopes();
    void setGetEnabled(bool enabled);
    /// The attempt: busy, issued, failed (Try again), stopped.
    OperationStatus *status() const { return m_status; }
    /// A button for @p remedy when it lies elsewhere (the client, the system definition); else none.
    void showRemedy(Altinn::Explanation::Remedy remedy);
    void showClockNote(const QString &note);
    /// Hides the remedy button and the clock note.
    void clearFailure();
    QWidget *firstInTabOrder() const;
    /// The last widget (the remedy button) in the tab order.
    QWidget *lastInTabOrder() const;
    void retranslateUi();

Q_SIGNALS:
    void getTokenRequested();
    void remedyRequested(Altinn::Explanation::Remedy remedy);

private:
    QLabel *m_scopesLabel;
    QLineEdit *m_scopesEdit;
    QLabel *m_scopesHint;
    QPushButton *m_getTokenButton;
    OperationStatus *m_status;
    QPushButton *m_remedyButton;
    QLabel *m_clockSkewLabel;
    Altinn::Explanation::Remedy m_remedy = Altinn::Explanation::Remedy::None;
};
