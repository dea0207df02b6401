#include "net/ScreenMask.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Altinn;

/// Presenter mode's masking: a hint of each value, identifiers found in running text, the rest kept.
class TestScreenMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hintKeepsTheFirstCharacters();
    void masksIdentifiersInText();
    void keepsOrdinaryText();
    void organisationNumbersOnlyWhenAsked();
    void knownValuesAreMaskedWhole();
};

void TestScreenMask::hintKeepsTheFirstCharacters()
{
    QCOMPARE(ScreenMask::hint(u"1b2c3d4e-0000-4a5b-8c9d-0123456789ab"_s), u"1b2c…"_s);
    QCOMPARE(ScreenMask::hint(u"310904473"_s), u"310…"_s);
    QCOMPARE(ScreenMask::hint(u"abc"_s), u"a…"_s);
    QCOMPARE(ScreenMask::hint(u"ab"_s), u"…"_s);
    QCOMPARE(ScreenMask::hint(QString()), QString());
}

void TestScreenMask::masksIdentifiersInText()
{
    const QString clientId = u"1b2c3d4e-0000-4a5b-8c9d-0123456789ab"_s;
    QCOMPARE(ScreenMask::text(u"client_id=%1&x=1"_s.arg(clientId)), u"client_id=1b2c…&x=1"_s);
    QCOMPARE(ScreenMask::text(u"Trace id: 0af7651916cd43dd8448eb211c80319c"_s), u"Trace id: 0af7…"_s);
    QCOMPARE(ScreenMask::text(u"traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"_s),
        u"traceparent: 00-0…"_s);
    const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s;
    QCOMPARE(ScreenMask::text(u"Bearer "_s + jwt), u"Bearer eyJh…"_s);
    const QString thumbprint = u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s;
    QCOMPARE(thumbprint.size(), 43);
    QCOMPARE(ScreenMask::text(thumbprint), u"NzbL…"_s);
    // Every value gone, whatever the surrounding text.
    const QString all = ScreenMask::text(u"[\"%1\", \"%2\"]"_s.arg(clientId, thumbprint));
    QVERIFY(!all.contains(clientId));
    QVERIFY(!all.contains(thumbprint));
}

void TestScreenMask::keepsOrdinaryText()
{
    const QString url = u"https://platform.tt02.altinn.no/authentication/api/v1/systemregister/vendor/"
                        u"991825827_regnskap-system-for-tests-with-a-long-name/rights"_s;
    QCOMPARE(ScreenMask::text(url), url);
    QCOMPARE(ScreenMask::text(u"ske-krav-og-betalinger-and-a-long-tail-abcde"_s),
        u"ske-krav-og-betalinger-and-a-long-tail-abcde"_s);
    QCOMPARE(ScreenMask::text(u"Status 200 in 120 ms"_s), u"Status 200 in 120 ms"_s);
}

void TestScreenMask::organisationNumbersOnlyWhenAsked()
{
    const QString text = u"Customer 310904473 (0192:310904473), phone 12345678"_s;
    QCOMPARE(ScreenMask::text(text), text);
    ScreenMask::Options options;
    options.organisationNumbers = true;
    QCOMPARE(ScreenMask::text(text, options), u"Customer 310… (0192:310…), phone 12345678"_s);
}

void TestScreenMask::knownValuesAreMaskedWhole()
{
    ScreenMask::Options options;
    options.knownValues = {u"vendor-key-2026"_s, u"vendor-key"_s, u"ab"_s};
    QCOMPARE(ScreenMask::text(u"kid vendor-key-2026 and vendor-key, about"_s, options),
        u"kid vend… and ven…, about"_s);
}

QTEST_GUILESS_MAIN(TestScreenMask)
#include "TestScreenMask.moc"
