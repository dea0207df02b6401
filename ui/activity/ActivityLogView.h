#pragma once

#include <QPointer>
#include <QWidget>

class ActivityLogModel;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Altinn {
class ActivityLog;
struct ActivityEntry;
} // namespace Altinn

/**
 * The activity log, for a dock: every HTTP call (already redacted) in a filterable table that follows
 * new calls live, the selected call's request and response in full, "Copy as curl", "Export support
 * bundle…" and "Clear".
 */
class ActivityLogView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityLogView(QWidget *parent = nullptr);

    void setActivityLog(Altinn::ActivityLog *log);
    Altinn::ActivityLog *activityLog() const;

    /// "systemuser-wizard-support-2025-06-01-1430.json" for now.
    static QString suggestedBundleFileName();

public Q_SLOTS:
    /// Puts a curl command for the selected call on the clipboard.
    void copySelectedAsCurl();
    /// Asks where to save the support bundle, then writes it (exportSupportBundle).
    void chooseSupportBundleFile();
    /// Writes the support bundle to @p filePath off the UI thread; supportBundleExported() tells how it went.
    void exportSupportBundle(const QString &filePath);
    void clearLog();

Q_SIGNALS:
    /// @p message says where it went or why it failed, in words for the user.
    void supportBundleExported(bool ok, const QString &filePath, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const Altinn::ActivityEntry *selectedEntry() const;
    void showSelectedEntry();
    void updateCount();
    void showMessage(const QString &text, bool error = false);
    void retranslateUi();

    ActivityLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QLabel *m_countLabel;
    QTableView *m_table;
    QTabWidget *m_details;
    QPlainTextEdit *m_requestText;
    QPlainTextEdit *m_responseText;
    QPushButton *m_copyCurlButton;
    QPushButton *m_exportButton;
    QPushButton *m_clearButton;
    QLabel *m_messageLabel;
    QAction *m_copyCurlAction;
    QAction *m_focusFilterAction;
    bool m_followNewest = true;
};
