#include "i18n/Translator.h"
#include "net/ActivityFormatting.h"

#include <QCoreApplication>
#include <QDateTime>
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
    void datesAndNumbersFollowTheLanguage_data();
    void datesAndNumbersFollowTheLanguage();
    void destructorRestoresTheDefaultLocale();
    void qtStringsInNorwegian_data();
    void qtStringsInNorwegian();
    void qtSubsetCataloguesAreEmbedded();
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

void TestTranslator::datesAndNumbersFollowTheLanguage_data()
{
    // The OS locale is stood in for by the default locale before install: QLocale() is what it answers.
    QTest::addColumn<QString>("osLocale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("duration");
    QTest::newRow("en_US desktop, nb") << u"en_US"_s << u"nb"_s << u"06.12.2026 19:44"_s << u"1,5 s"_s;
    QTest::newRow("C locale, nb") << u"C"_s << u"nb"_s << u"06.12.2026 19:44"_s << u"1,5 s"_s;
    QTest::newRow("en_US desktop, nn") << u"en_US"_s << u"nn"_s << u"06.12.2026 19:44"_s << u"1,5 s"_s;
    QTest::newRow("en_US desktop, en") << u"en_US"_s << u"en"_s << u"06/12/2026 19:44"_s << u"1.5 s"_s;
    QTest::newRow("nb desktop, en") << u"nb_NO"_s << u"en"_s << u"06/12/2026 19:44"_s << u"1.5 s"_s;
    QTest::newRow("C locale, en") << u"C"_s << u"en"_s << u"06/12/2026 19:44"_s << u"1.5 s"_s;
}

void TestTranslator::datesAndNumbersFollowTheLanguage()
{
    QFETCH(QString, osLocale);
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, duration);
    QLocale::setDefault(QLocale(osLocale));
    {
        Translator translator(QCoreApplication::instance());
        QVERIFY(translator.install(language));
        const QDateTime moment(QDate(2026, 12, 6), QTime(19, 44));
        QCOMPARE(QLocale().toString(moment, QLocale::ShortFormat), date);
        QCOMPARE(Altinn::ActivityFormatting::duration(1500), duration);
        if (language != u"en")
            QVERIFY(QLocale().toString(moment, QLocale::LongFormat).contains(u"desember"_s));
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslator::destructorRestoresTheDefaultLocale()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    {
        Translator translator(QCoreApplication::instance());
        QVERIFY(translator.install(u"nb"_s));
        QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
        QVERIFY(translator.install(u"en"_s));
        QCOMPARE(QLocale().territory(), QLocale::UnitedKingdom);
    }
    QCOMPARE(QLocale().territory(), QLocale::UnitedStates);
    QLocale::setDefault(QLocale::c());
}

void TestTranslator::qtStringsInNorwegian_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nb dock float") << u"nb"_s << "QDockWidget"_ba
                                   << "Float"_ba << u"Flyt"_s;
    QTest::newRow("nb dock close") << u"nb"_s << "QDockWidget"_ba
                                   << "Close"_ba << u"Lukk"_s;
    QTest::newRow("nb cancel") << u"nb"_s << "QPlatformTheme"_ba
                               << "Cancel"_ba << u"Avbryt"_s;
    QTest::newRow("nb save") << u"nb"_s << "QPlatformTheme"_ba
                             << "Save"_ba << u"Lagre"_s;
    QTest::newRow("nb yes") << u"nb"_s << "QPlatformTheme"_ba
                            << "&Yes"_ba << u"&Ja"_s;
    QTest::newRow("nb details") << u"nb"_s << "QMessageBox"_ba
                                << "Show Details..."_ba << u"Vis detaljer …"_s;
    QTest::newRow("nb line edit copy") << u"nb"_s << "QLineEdit"_ba
                                       << "&Copy"_ba << u"&Kopier"_s;
    QTest::newRow("nb text edit select all") << u"nb"_s << "QWidgetTextControl"_ba
                                             << "Select All"_ba << u"Merk alt"_s;
    QTest::newRow("nb file name") << u"nb"_s << "QFileDialog"_ba
                                  << "File &name:"_ba << u"Fil&navn:"_s;
    QTest::newRow("nn dock float") << u"nn"_s << "QDockWidget"_ba
                                   << "Float"_ba << u"Flyt"_s;
    QTest::newRow("nn save") << u"nn"_s << "QPlatformTheme"_ba
                             << "Save"_ba << u"Lagra"_s;
    QTest::newRow("nn undo") << u"nn"_s << "QLineEdit"_ba
                             << "&Undo"_ba << u"&Angra"_s;
    QTest::newRow("en cancel") << u"en"_s << "QPlatformTheme"_ba
                               << "Cancel"_ba << u"Cancel"_s;
}

void TestTranslator::qtStringsInNorwegian()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(language));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
}

void TestTranslator::qtSubsetCataloguesAreEmbedded()
{
    // Without the system's qtbase_nn the subset still answers (checked directly, not through install()).
    for (const QString &language : {u"nb"_s, u"nn"_s}) {
        QTranslator subset;
        QVERIFY2(subset.load(u"qtbase_subset_"_s + language, u":/i18n"_s), qPrintable(language));
        QVERIFY(!subset.translate("QPlatformTheme", "Cancel").isEmpty());
        QVERIFY(!subset.translate("QDockWidget", "Float").isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "TestTranslator.moc"
