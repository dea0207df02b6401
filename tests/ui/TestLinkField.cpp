#include "common/LinkField.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// Catches what the field would open in the browser (QDesktopServices::setUrlHandler).
class OpenedLinks final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/// The link field of the approval page: read-only link, open in the browser, copy.
class TestLinkField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void namesItsPartsAfterTheStem();
    void showsTheLinkReadOnlyFromItsStart();
    void opensAndCopiesTheLink();
    void withoutALinkTheButtonsAreDisabled();
    void mnemonicsOnlyWhenAsked();
    void accessibleNamesComeFromTheOwner();

private:
    OpenedLinks m_opened;
};

namespace {

const QString Link =
    u"https://platform.tt02.altinn.no/authfront/ui/auth/vendorrequest?id=0b6d1f4e-3a56-4c4e-9d6e-2f1f0c3b8a11"_s;

} // namespace

void TestLinkField::initTestCase()
{
    QDesktopServices::setUrlHandler(u"https"_s, &m_opened, "open");
}

void TestLinkField::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestLinkField::namesItsPartsAfterTheStem()
{
    LinkField field(u"changeLink"_s);
    QCOMPARE(field.objectName(), u"changeLinkField"_s);
    QCOMPARE(field.lineEdit()->objectName(), u"changeLinkEdit"_s);
    QCOMPARE(field.openButton()->objectName(), u"openChangeLinkButton"_s);
    QCOMPARE(field.copyButton()->objectName(), u"copyChangeLinkButton"_s);
    QCOMPARE(field.findChild<QLineEdit *>(u"changeLinkEdit"_s), field.lineEdit());
}

void TestLinkField::showsTheLinkReadOnlyFromItsStart()
{
    LinkField field(u"link"_s);
    field.resize(200, 30);
    field.show();
    field.setLink(Link);
    QCOMPARE(field.link(), Link);
    QVERIFY(field.lineEdit()->isReadOnly());
    // A long link shows where it leads, not its tail.
    QCOMPARE(field.lineEdit()->cursorPosition(), 0);
}

void TestLinkField::opensAndCopiesTheLink()
{
    m_opened.urls.clear();
    LinkField field(u"link"_s);
    field.setLink(Link);
    QSignalSpy opened(&field, &LinkField::linkOpened);
    QSignalSpy copied(&field, &LinkField::linkCopied);

    field.openButton()->click();
    QCOMPARE(m_opened.urls, QList{QUrl(Link)});
    QCOMPARE(opened.size(), 1);

    QApplication::clipboard()->clear();
    field.copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), Link);
    QCOMPARE(copied.size(), 1);
}

void TestLinkField::withoutALinkTheButtonsAreDisabled()
{
    m_opened.urls.clear();
    LinkField field(u"link"_s);
    QVERIFY(!field.openButton()->isEnabled());
    QVERIFY(!field.copyButton()->isEnabled());
    field.setLink(Link);
    QVERIFY(field.openButton()->isEnabled());
    QVERIFY(field.copyButton()->isEnabled());
    field.setLink({});
    QVERIFY(!field.openButton()->isEnabled());
    field.openLink();
    QVERIFY(m_opened.urls.isEmpty());
}

void TestLinkField::mnemonicsOnlyWhenAsked()
{
    LinkField field(u"link"_s);
    QVERIFY(!field.openButton()->text().contains(u'&'));
    QVERIFY(!field.copyButton()->text().contains(u'&'));
    field.setMnemonics(true);
    QVERIFY(field.openButton()->text().contains(u'&'));
    QVERIFY(field.copyButton()->text().contains(u'&'));
}

void TestLinkField::accessibleNamesComeFromTheOwner()
{
    LinkField field(u"link"_s);
    field.setAccessibleNames(u"Approval link"_s, u"Open the approval link"_s, u"Copy the approval link"_s);
    QCOMPARE(field.lineEdit()->accessibleName(), u"Approval link"_s);
    QCOMPARE(field.openButton()->accessibleName(), u"Open the approval link"_s);
    QCOMPARE(field.copyButton()->accessibleName(), u"Copy the approval link"_s);
}

QTEST_MAIN(TestLinkField)
#include "TestLinkField.moc"
