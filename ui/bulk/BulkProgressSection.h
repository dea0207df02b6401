#pragma once

#include "onboarding/BulkRequestFlow.h"

#include <QLocale>
#include <QWidget>

class BulkOutcomeFilter;
class BulkOutcomeModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

/**
 * Step 2 of a bulk send: the progress ("312 of 1,000 — about 2 min left"), "Altinn asked us to wait 5 s"
 * while every sender is held, Pause/Resume and Cancel, and the outcome of each customer as it comes in
 * (BulkOutcomeModel, batched), with "Only problems". The section shows what the flow says; the dialog
 * owns the flow.
 */
class BulkProgressSection : public QWidget
{
    Q_OBJECT

public:
    explicit BulkProgressSection(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    /// The heading; empty = "2. Sending". The owner sets it again on a language change.
    void setTitle(const QString &title);
    /// A new run of @p total customers.
    void start(int total);
    void showProgress(const Onboarding::BulkProgress &progress);
    void addOutcome(const Onboarding::BulkRequestFlow::CustomerOutcome &outcome);
    /// For runs of other kinds (change requests): one row as it should be shown.
    void addRow(const QString &key, const QString &customer, const QString &label, const QString &detail,
        bool problem, bool failed);
    /// The run ended (or was cancelled): every outcome shown, the controls gone.
    void finish();

    BulkOutcomeModel *model() const { return m_model; }
    BulkOutcomeFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *holdLabel() const { return m_holdLabel; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QCheckBox *onlyProblemsCheckBox() const { return m_onlyProblems; }

Q_SIGNALS:
    void pauseRequested();
    void resumeRequested();
    /// The person pressed Cancel (the dialog asks before it cancels).
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();

    QLabel *m_heading;
    QProgressBar *m_bar;
    QLabel *m_progressLabel;
    QLabel *m_holdLabel;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QLabel *m_outcomesHeading;
    QCheckBox *m_onlyProblems;
    QTableView *m_table;
    BulkOutcomeModel *m_model;
    BulkOutcomeFilter *m_filter;
    Onboarding::BulkProgress m_progress;
    QLocale m_locale;
    QString m_title;
    bool m_running = false;
};
