#pragma once

#include "workspace/CustomerRecord.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

#include <functional>

class OperationStatus;
class QLabel;
class QPushButton;
class QSpinBox;

/**
 * Step 1 of a bulk send: the comparison with Altinn (its progress, or why it failed), then where the
 * customers stand — how many in each state, how many need a request, how many an interrupted run may
 * have asked (looked up first, never sent twice) — how many to send at the same time, and Send.
 */
class BulkCompareSection : public QWidget
{
    Q_OBJECT

public:
    explicit BulkCompareSection(QWidget *parent = nullptr);

    void showComparing(std::function<void()> cancel);
    void showFailed(const QString &message, std::function<void()> retry);
    /// The comparison is done: @p counts per state, @p needing customers to ask, @p inDoubt of them to
    /// look up first.
    void showCompared(const QHash<CustomerState, int> &counts, int needing, int inDoubt);
    /// Production: the Send button says so, and sending asks first.
    void setProduction(bool production);
    void setLocale(const QLocale &locale);

    int concurrency() const;
    int needing() const { return m_needing; }
    int inDoubt() const { return m_inDoubt; }
    QPushButton *sendButton() const { return m_sendButton; }
    QSpinBox *concurrencySpinBox() const { return m_concurrency; }
    OperationStatus *status() const { return m_status; }

Q_SIGNALS:
    void sendRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_intro;
    OperationStatus *m_status;
    QLabel *m_countsLabel;
    QLabel *m_needingLabel;
    QLabel *m_doubtLabel;
    QLabel *m_concurrencyLabel;
    QSpinBox *m_concurrency;
    QLabel *m_concurrencyHint;
    QLabel *m_productionNotice;
    QPushButton *m_sendButton;
    QHash<CustomerState, int> m_counts;
    QLocale m_locale;
    int m_needing = -1; ///< -1 until compared
    int m_inDoubt = 0;
    bool m_production = false;
};
