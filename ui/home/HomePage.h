#pragma once

#include <QHash>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class TaskCard;

/// The first screen: the things a vendor admin comes to do, as cards.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    enum class Task { SetUpSystem, OnboardCustomer, CheckCustomer, GuidedDemo, PersonPath };
    Q_ENUM(Task)

    explicit HomePage(QWidget *parent = nullptr);

    TaskCard *card(Task task) const { return m_cards.value(task); }

    /// Offers "Continue where you left off" with @p description (what and for which profile); empty hides it.
    void setResumeOffer(const QString &description);
    bool hasResumeOffer() const;

    void setVisible(bool visible) override;

Q_SIGNALS:
    void taskActivated(HomePage::Task task);
    void resumeRequested();
    /// "About System User Wizard": version, licence, documentation.
    void aboutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_headingLabel;
    QPushButton *m_aboutButton = nullptr;
    QLabel *m_introLabel;
    QFrame *m_resumeBanner;
    QLabel *m_resumeTitleLabel;
    QLabel *m_resumeLabel;
    QPushButton *m_resumeButton;
    QHash<Task, TaskCard *> m_cards;
};
