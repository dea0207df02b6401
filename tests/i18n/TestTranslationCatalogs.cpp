#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CatalogueEntry
{
    QString source;
    QString translation;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty when finished
    QString singular; ///< a plural message's first form; empty for other messages
};

struct Catalogue
{
    QString language;
    QHash<QString, CatalogueEntry> entries; ///< keyed by "context|source"
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueEntry entry;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = {};
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(u"type"_s).toString();
            if (numerus) {
                // Each numerus form on its own; the translation is their text run together.
                entry.translation.clear();
                bool first = true;
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    if (std::exchange(first, false))
                        entry.singular = form;
                    entry.translation += form;
                }
            } else {
                entry.translation = xml.readElementText();
            }
            // The build-time scan runs lupdate without include paths, so it cannot tell that a class sits in
            // a namespace ("Altinn::ApiTransport" becomes "ApiTransport"): compare by the class name.
            const QString className = context.section(u"::"_s, -1);
            catalogue.entries.insert(className + u'|' + entry.source, entry);
        }
    }
    return catalogue;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?\\d"_s);
    QSet<QString> found;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext())
        found.insert(matches.next().captured().remove(u'L'));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(u"&[^&\\s]"_s);
    return accelerator.match(text).hasMatch();
}

QString cataloguePath(const QString &language)
{
    return QStringLiteral(TRANSLATIONS_SOURCE_DIR) + u"/systemuser-wizard_"_s + language + u".ts"_s;
}

} // namespace

/// Guards the rule that every user-visible string is translated into nb, nn and en before it ships.
class TestTranslationCatalogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesCoverTheSameStrings();
    void cataloguesMatchTheSources();
    void englishSingularsTakeSingularVerbs();
};

void TestTranslationCatalogs::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("localeName");
    QTest::newRow("nb") << u"nb"_s << u"nb_NO"_s;
    QTest::newRow("nn") << u"nn"_s << u"nn_NO"_s;
    QTest::newRow("en") << u"en"_s << u"en_GB"_s;
}

void TestTranslationCatalogs::catalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(QString, localeName);
    const Catalogue catalogue = readCatalogue(cataloguePath(language));
    QCOMPARE(catalogue.language, localeName);
    QVERIFY2(!catalogue.entries.isEmpty(), qPrintable(cataloguePath(language)));

    QStringList problems;
    for (auto it = catalogue.entries.cbegin(); it != catalogue.entries.cend(); ++it) {
        const CatalogueEntry &entry = it.value();
        if (!entry.type.isEmpty())
            problems << u"%1: marked %2"_s.arg(it.key(), entry.type);
        else if (entry.translation.trimmed().isEmpty())
            problems << u"%1: empty translation"_s.arg(it.key());
        else if (placeholders(entry.source) != placeholders(entry.translation))
            problems << u"%1: placeholders differ in \"%2\""_s.arg(it.key(), entry.translation);
        else if (hasAccelerator(entry.source) != hasAccelerator(entry.translation))
            problems << u"%1: keyboard accelerator (&) missing or extra in \"%2\""_s.arg(
                it.key(), entry.translation);
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"Run `make translations`, then translate:\n"_s + problems.join(u'\n')));
}

void TestTranslationCatalogs::cataloguesCoverTheSameStrings()
{
    const Catalogue english = readCatalogue(cataloguePath(u"en"_s));
    for (const QString &language : {u"nb"_s, u"nn"_s}) {
        const Catalogue other = readCatalogue(cataloguePath(language));
        const auto englishKeys = QSet<QString>(english.entries.keyBegin(), english.entries.keyEnd());
        const auto otherKeys = QSet<QString>(other.entries.keyBegin(), other.entries.keyEnd());
        QStringList difference = (englishKeys - otherKeys).values() + (otherKeys - englishKeys).values();
        difference.sort();
        QVERIFY2(difference.isEmpty(),
            qPrintable(language + u" differs from en in: "_s + difference.join(u", "_s)));
    }
}

void TestTranslationCatalogs::cataloguesMatchTheSources()
{
    // The build scans app/, ui/ and core/ with lupdate into a scratch catalogue (core/CMakeLists.txt).
    const Catalogue scanned = readCatalogue(QStringLiteral(TRANSLATION_SCAN_TS));
    QVERIFY2(!scanned.entries.isEmpty(), TRANSLATION_SCAN_TS);
    const Catalogue english = readCatalogue(cataloguePath(u"en"_s));
    const auto scannedKeys = QSet<QString>(scanned.entries.keyBegin(), scanned.entries.keyEnd());
    const auto englishKeys = QSet<QString>(english.entries.keyBegin(), english.entries.keyEnd());
    QStringList missing = (scannedKeys - englishKeys).values();
    QStringList stale = (englishKeys - scannedKeys).values();
    missing.sort();
    stale.sort();
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
        qPrintable(u"The catalogues lag behind the sources: run `make translations` and translate.\nNew: "_s
            + missing.join(u"\n     "_s) + u"\nGone: "_s + stale.join(u"\n      "_s)));
}

void TestTranslationCatalogs::englishSingularsTakeSingularVerbs()
{
    // "1 customer without a live system user are not part of the campaign": the plural sentence copied into
    // the singular form. A count followed, in the same clause, by a plural verb ("are", "have", "need",
    // "were") that no modal verb governs ("may have been" is right) reads wrong when the count is one.
    static const QRegularExpression pluralVerb(
        u"%[n1](?:[^.:;,!?]*?)(?<!may |can |will |must |might |could |should |would |to )\\b(are|have|need|were)\\b"_s);
    const Catalogue english = readCatalogue(cataloguePath(u"en"_s));
    QStringList problems;
    for (auto it = english.entries.cbegin(); it != english.entries.cend(); ++it) {
        if (pluralVerb.match(it->singular).hasMatch())
            problems << u"%1: \"%2\""_s.arg(it.key(), it->singular);
    }
    problems.sort();
    QVERIFY2(
        problems.isEmpty(), qPrintable(u"Singular forms with a plural verb:\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogs)
#include "TestTranslationCatalogs.moc"
