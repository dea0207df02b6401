#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageForLocale_data();
    void languageForLocale();
    void resolvePrefersCommandLineThenSettingThenSystem_data();
    void resolvePrefersCommandLineThenSettingThenSystem();
    void installsEmbeddedCatalogues_data();
    void installsEmbeddedCatalogues();
    void unsupportedLanguageKeepsCurrentCatalogue();
    void switchingLanguageReplacesCatalogue();
};

void TestTranslator::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bokmål") << u"nb_NO"_s << u"nb"_s;
    QTest::newRow("nynorsk") << u"nn_NO"_s << u"nn"_s;
    QTest::newRow("norwegian without standard") << u"no_NO"_s << u"nb"_s;
    QTest::newRow("english") << u"en_GB"_s << u"en"_s;
    QTest::newRow("swedish falls back to english") << u"sv_SE"_s << u"en"_s;
    QTest::newRow("C locale") << u"C"_s << u"en"_s;
}

void TestTranslator::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Translator::languageForLocale(QLocale(locale)), expected);
}

void TestTranslator::resolvePrefersCommandLineThenSettingThenSystem_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("command line wins") << u"en"_s << u"nn"_s << u"nb_NO"_s << u"en"_s;
    QTest::newRow("command line is case-insensitive") << u" NN "_s << u""_s << u"en_GB"_s << u"nn"_s;
    QTest::newRow("setting over system") << u""_s << u"nn"_s << u"nb_NO"_s << u"nn"_s;
    QTest::newRow("unknown setting skipped") << u""_s << u"de"_s << u"nb_NO"_s << u"nb"_s;
    QTest::newRow("system when nothing chosen") << u""_s << u""_s << u"nn_NO"_s << u"nn"_s;
}

void TestTranslator::resolvePrefersCommandLineThenSettingThenSystem()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translator::resolve(commandLine, setting, QLocale(system)), expected);
}

void TestTranslator::installsEmbeddedCatalogues_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("windowTitle");
    QTest::newRow("nb") << u"nb"_s << u"Systembruker-veiviser"_s;
    QTest::newRow("nn") << u"nn"_s << u"Systembrukar-vegvisar"_s;
    QTest::newRow("en") << u"en"_s << u"System User Wizard"_s;
}

void TestTranslator::installsEmbeddedCatalogues()
{
    QFETCH(QString, language);
    QFETCH(QString, windowTitle);
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(language));
    QCOMPARE(translator.language(), language);
    QCOMPARE(QCoreApplication::translate("MainWindow", "System User Wizard"), windowTitle);
}

void TestTranslator::unsupportedLanguageKeepsCurrentCatalogue()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"nb"_s));
    QVERIFY(!translator.install(u"de"_s));
    QCOMPARE(translator.language(), u"nb"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "System User Wizard"), u"Systembruker-veiviser"_s);
}

void TestTranslator::switchingLanguageReplacesCatalogue()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"nn"_s));
    QVERIFY(translator.install(u"en"_s));
    QCOMPARE(QCoreApplication::translate("MainWindow", "System User Wizard"), u"System User Wizard"_s);
    QVERIFY(translator.install(u"nb"_s));
    QCOMPARE(QCoreApplication::translate("MainWindow", "System User Wizard"), u"Systembruker-veiviser"_s);
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "TestTranslator.moc"
