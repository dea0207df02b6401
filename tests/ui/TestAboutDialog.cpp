#include "home/HomePage.h"
#include "i18n/Translator.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// Receives what QDesktopServices would open.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVersionLicenceAndDocumentation();
    void followsTheLanguage();
    void homeScreenOpensIt();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestAboutDialog::showsVersionLicenceAndDocumentation()
{
    AboutDialog dialog;
    QVERIFY(dialog.findChild<QLabel *>(u"aboutVersionLabel"_s)->text().contains(u"9.8.7"_s));
    const QString licence = dialog.findChild<QPlainTextEdit *>(u"aboutLicenceText"_s)->toPlainText();
    QVERIFY2(licence.startsWith(u"MIT License"_s), qPrintable(licence.left(80)));
    QVERIFY(dialog.findChild<QLabel *>(u"aboutLicenceLabel"_s)->text().contains(u"MIT"_s));

    // A developer build finds the source tree's documentation; the button opens that folder.
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
    auto *documentation = dialog.findChild<QPushButton *>(u"aboutDocumentationButton"_s);
    QVERIFY(documentation->isEnabled());
    documentation->click();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(opened.urls.size(), 1);
    QVERIFY(QFileInfo::exists(opened.urls.first().toLocalFile() + u"/README.md"_s));
    QVERIFY(QFileInfo(opened.urls.first().toLocalFile() + u"/docs"_s).isDir());
}

void TestAboutDialog::followsTheLanguage()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"en"_s));
    AboutDialog dialog;
    const QString english = dialog.windowTitle();
    QVERIFY(translator.install(u"nb"_s));
    QTRY_VERIFY(dialog.windowTitle() != english); // LanguageChange is posted
    QVERIFY(dialog.findChild<QLabel *>(u"aboutVersionLabel"_s)->text().contains(u"9.8.7"_s));
    QVERIFY(translator.install(u"en"_s));
    QTRY_COMPARE(dialog.windowTitle(), english);
}

void TestAboutDialog::homeScreenOpensIt()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"en"_s));
    AppSettings settings;
    MainWindow window(translator, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.homePage()->findChild<QPushButton *>(u"aboutButton"_s);
    QVERIFY(about && about->isVisible());
    about->click();
    QTRY_VERIFY(window.findChild<AboutDialog *>());
    QVERIFY(window.findChild<AboutDialog *>()->isVisible());
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
