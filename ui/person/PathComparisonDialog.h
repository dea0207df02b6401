#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

/**
 * "Which way fits your system?": the two ways an end-user system talks to an Altinn app, side by side —
 * a person present who logs in at ID-porten, or a system user that runs unattended with Maskinporten.
 * One row per question (who is there, who logs in, who approves, what the token says, scopes and rights,
 * lifetime, when to choose it), in short sentences that read at the window's minimum size. The meaning is
 * in the words, never in colour.
 */
class PathComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PersonColumn, SystemUserColumn };

    explicit PathComparisonDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_closeButton;
    bool m_rowsResizeQueued = false;
};
