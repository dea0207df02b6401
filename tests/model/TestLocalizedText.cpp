#include "JsonTestHelpers.h"
#include "model/LocalizedText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::LocalizedText;
namespace LocalizedTexts = Altinn::LocalizedTexts;

class TestLocalizedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredLanguages_areNbNnEn();
    void fromJson_lowerCasesKeys();
    void fromJson_lowerCaseKeyWinsOverTwin();
    void fromJson_skipsNonStrings();
    void toJson_writesKeysAsStored();
    void roundTrip_keepsExtraLanguages();
};

void TestLocalizedText::requiredLanguages_areNbNnEn()
{
    QCOMPARE(LocalizedTexts::requiredLanguages(), (QStringList{u"nb"_s, u"nn"_s, u"en"_s}));
}

void TestLocalizedText::fromJson_lowerCasesKeys()
{
    const LocalizedText text = LocalizedTexts::fromJson(TestJson::parseObject(
        R"json({"NB": "SmartRegnskap", "Nn": "SmartRekneskap", "en": "SmartAccounting"})json"));
    const LocalizedText expected{
        {u"nb"_s, u"SmartRegnskap"_s}, {u"nn"_s, u"SmartRekneskap"_s}, {u"en"_s, u"SmartAccounting"_s}};
    QCOMPARE(text, expected);
}

void TestLocalizedText::fromJson_lowerCaseKeyWinsOverTwin()
{
    const LocalizedText text =
        LocalizedTexts::fromJson(TestJson::parseObject(R"json({"nb": "lower", "NB": "upper"})json"));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.value(u"nb"_s), u"lower"_s);
}

void TestLocalizedText::fromJson_skipsNonStrings()
{
    const LocalizedText text = LocalizedTexts::fromJson(
        TestJson::parseObject(R"json({"nb": "Navn", "nn": null, "en": 5, "se": {"x": "y"}})json"));
    QCOMPARE(text, (LocalizedText{{u"nb"_s, u"Navn"_s}}));
}

void TestLocalizedText::toJson_writesKeysAsStored()
{
    const LocalizedText text{{u"nb"_s, u"Navn"_s}, {u"en-GB"_s, u"Name"_s}};
    const QJsonObject expected{{u"nb"_s, u"Navn"_s}, {u"en-GB"_s, u"Name"_s}};
    QCOMPARE(LocalizedTexts::toJson(text), expected);
}

void TestLocalizedText::roundTrip_keepsExtraLanguages()
{
    const QJsonObject json =
        TestJson::parseObject(R"json({"nb": "Navn", "nn": "Namn", "en": "Name", "se": "Namma"})json");
    QCOMPARE(LocalizedTexts::toJson(LocalizedTexts::fromJson(json)), json);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "TestLocalizedText.moc"
