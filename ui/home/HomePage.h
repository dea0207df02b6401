#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class TaskCard;

/// The first screen: the four things a vendor admin comes to do, as cards (product.md §5).
class HomePage : public QWidget
{
    Q_OBJECT

public:
    enum class Task { SetUpSystem, OnboardCustomer, CheckCustomer, GuidedDemo };
    Q_ENUM(Task)

    explicit HomePage(QWidget *parent = nullptr);

    TaskCard *card(Task task) const { return m_cards.value(task); }

Q_SIGNALS:
    void taskActivated(HomePage::Task task);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_headingLabel;
    QLabel *m_introLabel;
    QHash<Task, TaskCard *> m_cards;
};
