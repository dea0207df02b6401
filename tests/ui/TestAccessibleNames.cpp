#include "model/SystemDefinition.h"
#include "wizard/CatalogueNames.h"
#include "wizard/PublishReceiptSection.h"
#include "wizard/TokenCustomerPicker.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * What a screen reader announces (issue 14): page 7's customer field has a name, and each value of the
 * publish receipt is announced with its value, not just its caption.
 */
class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void customerFieldHasAName();
    void receiptValuesAreAnnouncedWithTheirValues();

private:
    static QString name(QWidget *widget);
};

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestAccessibleNames::name(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

void TestAccessibleNames::customerFieldHasAName()
{
    TokenCustomerPicker picker;
    picker.show();
    auto *comboBox = picker.findChild<QComboBox *>(u"customerComboBox"_s);
    QVERIFY(comboBox && comboBox->lineEdit());
    // The editable field is what takes the focus and what a screen reader reads out.
    QCOMPARE(name(comboBox->lineEdit()), u"Customer"_s);
    // What was typed is the field's value, not its name.
    comboBox->setEditText(u"310904473"_s);
    QCOMPARE(name(comboBox->lineEdit()), u"Customer"_s);
    QCOMPARE(QAccessible::queryAccessibleInterface(comboBox->lineEdit())->text(QAccessible::Value),
        u"310904473"_s);
}

void TestAccessibleNames::receiptValuesAreAnnouncedWithTheirValues()
{
    Altinn::SystemDefinition system;
    system.id = u"991825827_x"_s;
    system.setVendorOrgNumber(u"991825827"_s);
    system.name = {{u"nb"_s, u"Flyttest"_s}, {u"nn"_s, u"Flyttest"_s}, {u"en"_s, u"Flow test"_s}};
    system.clientIds = {u"client-1"_s};
    system.isVisible = true;
    PublishReceiptSection receipt;
    receipt.showSystem(system, CatalogueNames{});
    receipt.show();

    const auto value = [&receipt](const QString &objectName) {
        auto *label = receipt.findChild<QLabel *>(objectName);
        return label ? name(label) : QString();
    };
    QCOMPARE(value(u"receiptSystemId"_s), u"System id: 991825827_x"_s);
    QVERIFY2(value(u"receiptNames"_s).contains(u"Flow test"_s), qPrintable(value(u"receiptNames"_s)));
    QVERIFY(value(u"receiptNames"_s).startsWith(u"Name: "_s));
    QCOMPARE(value(u"receiptClientIds"_s), u"Maskinporten client ids: client-1"_s);
    QCOMPARE(value(u"receiptVisible"_s), u"Visible in Altinn: Yes"_s);
}

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
