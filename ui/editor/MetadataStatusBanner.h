#pragma once

#include "editor/MetadataState.h"

#include <QFrame>

class QLabel;
class QPushButton;

/**
 * A one-line banner above a picker: "Loading…", "Offline (saved copy from …)" or "Could not load …"
 * with a Retry button. Hidden while the catalogue is ready.
 */
class MetadataStatusBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MetadataStatusBanner(QWidget *parent = nullptr);

    /// Shows @p state; @p text is the picker's own sentence for it (empty for Ready).
    void showState(MetadataState::Kind kind, const QString &text);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_textLabel;
    QPushButton *m_retryButton;
};
