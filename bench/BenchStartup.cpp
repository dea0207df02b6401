#include "i18n/Translator.h"
#include "shell/ApplicationStyle.h"
#include "shell/MainWindow.h"
#include "workspace/AppSettings.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// What the user waits for between `systemuser-wizard` and a painted home screen.
class BenchStartup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installCatalogue();
    void buildAndShowMainWindow();
};

void BenchStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SystemUserWizardBench"_s);
    installApplicationStyle(*qApp);
}

void BenchStartup::installCatalogue()
{
    Translator translator(QCoreApplication::instance());
    QBENCHMARK
    {
        QVERIFY(translator.install(u"nb"_s));
    }
}

void BenchStartup::buildAndShowMainWindow()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"nb"_s));
    AppSettings settings;
    QBENCHMARK
    {
        MainWindow window(translator, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Render once, as the first paint is part of start-up.
        window.grab();
    }
}

QTEST_MAIN(BenchStartup)
#include "BenchStartup.moc"
