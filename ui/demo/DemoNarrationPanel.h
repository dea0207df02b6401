#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

/**
 * The guided demo's band above the wizard: "Step n of 8" with the step's title, four short paragraphs
 * (what happens now, why, what Altinn or Maskinporten does, what the customer sees), how the step went,
 * and the presenter's controls: Back, Next step, Play/Pause, Stop demo and Reset demo.
 */
class DemoNarrationPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Status { Ready, Working, Done, Failed, Finished };
    Q_ENUM(Status)

    explicit DemoNarrationPanel(QWidget *parent = nullptr);

    /// Shows the narration of step @p step (1 to 8).
    void showStep(int step);
    int step() const { return m_step; }
    /// How the step went; @p detail: the result or the failure, translated.
    void setStatus(Status status, const QString &detail = {});
    Status status() const { return m_status; }
    void setPlaying(bool playing);
    /// @p busy: a step is being done (Back and Next wait).
    void setNavigation(bool canGoBack, bool canGoOn, bool busy);
    /// Keyboard focus on Next step: Space or Enter goes on.
    void focusNextStep();

Q_SIGNALS:
    void backRequested();
    void nextRequested();
    void playRequested(bool play);
    void stopRequested();
    void resetRequested();
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void showStatus();
    /// Four columns side by side, or two rows of two in a narrow window.
    void arrangeParagraphs(int columns);

    QLabel *m_heading;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_paragraphs;
    QGridLayout *m_grid;
    int m_columns = 0;
    QLabel *m_statusLabel;
    QPushButton *m_retryButton;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_playButton;
    QPushButton *m_stopButton;
    QPushButton *m_resetButton;
    int m_step = 1;
    Status m_status = Status::Ready;
    QString m_detail;
    bool m_playing = false;
};
