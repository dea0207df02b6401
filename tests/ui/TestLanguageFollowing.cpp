#include "altinn/ErrorExplainer.h"
#include "common/Labels.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "i18n/Translator.h"
#include "model/SystemUserRequestResponse.h"
#include "wizard/ApprovalStatusSection.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/// Dates follow the chosen language, messages on screen follow a switch, Qt's own strings in nb/nn.
class TestLanguageFollowing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sentTimeFollowsTheLanguage_data();
    void sentTimeFollowsTheLanguage();
    void relativeTimeFollowsASwitch();
    void staleOutcomesAreClearedOnASwitch();
    void reRenderedMessageSurvivesASwitch();
    void dockButtonsInNorwegian();
    void dialogButtonsInNorwegian_data();
    void dialogButtonsInNorwegian();

private:
    std::unique_ptr<Translator> m_translator;
};

namespace {
Altinn::SystemUserRequestResponse sentRequest(const QDateTime &created)
{
    Altinn::SystemUserRequestResponse request;
    request.id = u"4c4d0a2b-9f1c-4a0e-9d76-2d1c0f1a6b11"_s;
    request.partyOrgNo = u"310000001"_s;
    request.status = Altinn::RequestStatus::New;
    request.created = created;
    return request;
}

/// Lets the posted LanguageChange events reach the widgets.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}
} // namespace

void TestLanguageFollowing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguageFollowing::init()
{
    // An English desktop: what QLocale() answers before the language is installed.
    QLocale::setDefault(QLocale(u"en_US"_s));
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
}

void TestLanguageFollowing::cleanup()
{
    m_translator.reset();
    deliverLanguageChange();
    QLocale::setDefault(QLocale::c());
}

void TestLanguageFollowing::sentTimeFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("osLocale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US desktop, nb") << u"en_US"_s << u"nb"_s << u"06.12.2026 19:44"_s;
    QTest::newRow("C desktop, nb") << u"C"_s << u"nb"_s << u"06.12.2026 19:44"_s;
    QTest::newRow("C desktop, en") << u"C"_s << u"en"_s << u"06/12/2026 19:44"_s;
}

void TestLanguageFollowing::sentTimeFollowsTheLanguage()
{
    QFETCH(QString, osLocale);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(osLocale));
    QVERIFY(m_translator->install(language));
    ApprovalStatusSection section;
    const QDateTime created = QDateTime(QDate(2026, 12, 6), QTime(19, 44), Qt::LocalTime).toUTC();
    section.setRequest(sentRequest(created), u"Fjordkraft"_s, false);
    const QString text = section.findChild<QLabel *>(u"createdLabel"_s)->text();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestLanguageFollowing::relativeTimeFollowsASwitch()
{
    QVERIFY(m_translator->install(u"nb"_s));
    ApprovalStatusSection section;
    section.setRequest(sentRequest(QDateTime::currentDateTimeUtc().addSecs(-300)), u"Fjordkraft"_s, false);
    auto *created = section.findChild<QLabel *>(u"createdLabel"_s);
    QVERIFY2(created->text().startsWith(u"Sendt"_s), qPrintable(created->text()));

    QVERIFY(m_translator->install(u"en"_s));
    deliverLanguageChange();
    QVERIFY2(created->text().startsWith(u"Sent 5 minutes ago"_s), qPrintable(created->text()));
    QVERIFY2(created->text().contains(u'/'), qPrintable(created->text()));
}

void TestLanguageFollowing::staleOutcomesAreClearedOnASwitch()
{
    QVERIFY(m_translator->install(u"nb"_s));
    QWidget page;
    auto *status = new OperationStatus(&page);
    auto *bar = new RemedyBar(&page);
    QLabel *message = Labels::fieldMessage(u"message"_s, &page);
    status->showError(QCoreApplication::translate("OperationStatus", "Try again"));
    Altinn::Explanation explanation = Altinn::ErrorExplainer::explainCode(u"AUTH-00004"_s);
    bar->showExplanation(explanation);
    Labels::showMessage(message, explanation.summary, u"error"_s);
    page.show();
    const QString norwegianSummary = explanation.summary;
    QVERIFY(bar->text().contains(norwegianSummary));

    QVERIFY(m_translator->install(u"en"_s));
    deliverLanguageChange();
    QCOMPARE(status->state(), OperationStatus::State::Idle);
    QVERIFY(!bar->hasExplanation());
    QVERIFY(bar->isHidden());
    QVERIFY(message->text().isEmpty());
    QVERIFY(message->isHidden());
}

void TestLanguageFollowing::reRenderedMessageSurvivesASwitch()
{
    // An owner that shows its message again in the new language keeps it (it is not stale).
    QVERIFY(m_translator->install(u"nb"_s));
    QWidget page;
    auto *status = new OperationStatus(&page);
    status->showSuccess(u"Lagret."_s);
    QVERIFY(m_translator->install(u"en"_s));
    status->showSuccess(u"Saved."_s);
    deliverLanguageChange();
    QCOMPARE(status->state(), OperationStatus::State::Succeeded);
    QCOMPARE(status->text(), u"Saved."_s);

    // A text given as a function is written again in the new language.
    auto *rendered = new OperationStatus(&page);
    rendered->showSuccess([] { return QCoreApplication::translate("OperationStatus", "Try again"); });
    const QString english = rendered->text();
    QVERIFY(m_translator->install(u"nb"_s));
    deliverLanguageChange();
    QCOMPARE(rendered->state(), OperationStatus::State::Succeeded);
    QVERIFY(rendered->text() != english);
    QCOMPARE(rendered->text(), QCoreApplication::translate("OperationStatus", "Try again"));
}

void TestLanguageFollowing::dockButtonsInNorwegian()
{
    QVERIFY(m_translator->install(u"nb"_s));
    QMainWindow window;
    auto *dock = new QDockWidget(u"Aktivitetslogg"_s, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *floatButton = dock->findChild<QAbstractButton *>(u"qt_dockwidget_floatbutton"_s);
    auto *closeButton = dock->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s);
    QVERIFY(floatButton && closeButton);
    // Qt 6.4 gives these buttons accessible names, not tool tips.
    QCOMPARE(floatButton->accessibleName(), u"Flyt"_s);
    QCOMPARE(closeButton->accessibleName(), u"Lukk"_s);
}

void TestLanguageFollowing::dialogButtonsInNorwegian_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("save");
    QTest::newRow("nb") << u"nb"_s << u"Avbryt"_s << u"Lagre"_s;
    QTest::newRow("nn") << u"nn"_s << u"Avbryt"_s << u"Lagra"_s;
    QTest::newRow("en") << u"en"_s << u"Cancel"_s << u"Save"_s;
}

void TestLanguageFollowing::dialogButtonsInNorwegian()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QString, save);
    QVERIFY(m_translator->install(language));
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(u'&'), save);
}

QTEST_MAIN(TestLanguageFollowing)
#include "TestLanguageFollowing.moc"
