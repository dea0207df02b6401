#include "home/HomePage.h"
#include "home/TaskCard.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestHomePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheFourTasks();
    void everyTaskCanStart();
    void unavailableTaskSaysSoAndCannotStart();
    void availableCardStartsItsTaskByClickOrKeyboard();
};

void TestHomePage::offersTheFourTasks()
{
    HomePage page;
    const QList<HomePage::Task> tasks = {HomePage::Task::SetUpSystem, HomePage::Task::OnboardCustomer,
        HomePage::Task::CheckCustomer, HomePage::Task::GuidedDemo};
    const QStringList titles = {u"Set up or edit my system"_s, u"Onboard a customer"_s,
        u"Check a customer's system user"_s, u"Guided demo (sandbox)"_s};
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        TaskCard *card = page.card(tasks.at(i));
        QVERIFY(card);
        QCOMPARE(card->findChild<QLabel *>(u"titleLabel"_s)->text(), titles.at(i));
        QVERIFY(!card->findChild<QLabel *>(u"explanationLabel"_s)->text().isEmpty());
    }
}

void TestHomePage::everyTaskCanStart()
{
    HomePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy activated(&page, &HomePage::taskActivated);
    for (const auto task : {HomePage::Task::SetUpSystem, HomePage::Task::OnboardCustomer,
             HomePage::Task::CheckCustomer, HomePage::Task::GuidedDemo}) {
        TaskCard *card = page.card(task);
        QVERIFY(card->isAvailable());
        QTest::mouseClick(card->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
        QCOMPARE(activated.last().first().value<HomePage::Task>(), task);
    }
    QCOMPARE(activated.count(), 4);
}

void TestHomePage::unavailableTaskSaysSoAndCannotStart()
{
    HomePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy activated(&page, &HomePage::taskActivated);
    TaskCard *card = page.card(HomePage::Task::OnboardCustomer);
    // A card can be switched off with a reason (e.g. while the sandbox cannot start).
    card->setAvailable(false, u"Not possible right now."_s);
    QVERIFY(!card->isAvailable());
    QVERIFY(card->findChild<QLabel *>(u"unavailableLabel"_s)->isVisible());
    QVERIFY(!card->findChild<QPushButton *>(u"startButton"_s)->isEnabled());
    QTest::mouseClick(card, Qt::LeftButton);
    QTest::keyClick(card, Qt::Key_Return);
    QCOMPARE(activated.count(), 0);
}

void TestHomePage::availableCardStartsItsTaskByClickOrKeyboard()
{
    HomePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy activated(&page, &HomePage::taskActivated);
    TaskCard *card = page.card(HomePage::Task::GuidedDemo);
    card->setAvailable(true);
    const auto *reason = card->findChild<QLabel *>(u"unavailableLabel"_s);
    QVERIFY(!reason || !reason->isVisible());

    QTest::mouseClick(card, Qt::LeftButton);
    QTest::keyClick(card, Qt::Key_Space);
    QTest::mouseClick(card->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(0).at(0).value<HomePage::Task>(), HomePage::Task::GuidedDemo);
}

QTEST_MAIN(TestHomePage)
#include "TestHomePage.moc"
