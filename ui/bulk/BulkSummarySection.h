#pragma once

#include "onboarding/BulkRequestFlow.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;

/**
 * Step 3 of a bulk send: how many customers ended how, what to do next, and "Export approval links…"
 * (when the export exists) and "Close".
 */
class BulkSummarySection : public QWidget
{
    Q_OBJECT

public:
    explicit BulkSummarySection(QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    /// A run that ended: @p summary as the flow gave it.
    void showSummary(const Onboarding::BulkRequestFlow::Summary &summary);
    /// A run that was cancelled (or stopped because the session went) after @p outcomes; @p reason
    /// says why when it was not the person.
    void showCancelled(const QList<Onboarding::BulkRequestFlow::CustomerOutcome> &outcomes, int total,
        const QString &reason);
    /// Offers "Export approval links…" (off when the export is not available).
    void setExportAvailable(bool available);

    QString text() const;
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *closeButton() const { return m_closeButton; }

Q_SIGNALS:
    void exportRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString countsText(const QHash<Onboarding::BulkRequestFlow::CustomerOutcome::Kind, int> &counts) const;

    QLabel *m_heading;
    QLabel *m_resultLabel;
    QLabel *m_countsLabel;
    QLabel *m_noticeLabel;
    QLabel *m_nextLabel;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    Onboarding::BulkRequestFlow::Summary m_summary;
    bool m_cancelled = false;
    int m_total = 0;
    QString m_reason;
    QLocale m_locale;
};
