#include "CatalogueTestData.h"
#include "editor/AccessPackagePicker.h"
#include "editor/AccessPackageTreeModel.h"
#include "editor/CatalogueRoles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

/// Choosing access packages: the tree, badges, search keeping parents, rejected packages.
class TestAccessPackagePicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelIsConsistent();
    void showsAreaGroupsAreasAndPackages();
    void badgesTellStandardFromClientRelationship();
    void packageTheRegisterRejectsIsDisabledWithReason();
    void searchKeepsTheGroupAndAreaOfEveryHit();
    void searchForAnAreaShowsItsPackages();
    void checkingSelectsAndCounts();
    void unknownChosenPackageIsListedAndRemovable();
    void focusPackageOpensItsArea();

private:
    /// Every index below @p parent in the view's (filtered) model, depth first.
    static QList<QModelIndex> allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {});
    static QModelIndex viewIndex(const AccessPackagePicker &picker, const QString &urn);

    Altinn::AccessPackageTree m_tree;
};

namespace {
const QString StandardUrn = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString ClientUrn = u"urn:altinn:accesspackage:regnskapsforer-lonn"_s;
const QString RejectedUrn = u"urn:altinn:accesspackage:eksplisitt"_s;
} // namespace

void TestAccessPackagePicker::initTestCase()
{
    m_tree = CatalogueTestData::accessPackages(u"en"_s);
    QVERIFY(m_tree.packages().size() > 100);
}

QList<QModelIndex> TestAccessPackagePicker::allIndexes(
    const QAbstractItemModel *model, const QModelIndex &parent)
{
    QList<QModelIndex> result;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        result.append(index);
        result += allIndexes(model, index);
    }
    return result;
}

QModelIndex TestAccessPackagePicker::viewIndex(const AccessPackagePicker &picker, const QString &urn)
{
    const QList<QModelIndex> indexes = allIndexes(picker.view()->model());
    for (const QModelIndex &index : indexes) {
        if (index.data(CatalogueRoles::Key).toString() == urn)
            return index;
    }
    return {};
}

void TestAccessPackagePicker::modelIsConsistent()
{
    AccessPackageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(m_tree);
    model.setSelectedUrns({StandardUrn, u"urn:altinn:accesspackage:unknown"_s});
    QVERIFY(model.setData(model.indexOf(ClientUrn), Qt::Checked, Qt::CheckStateRole));
    model.retranslate();
}

void TestAccessPackagePicker::showsAreaGroupsAreasAndPackages()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    const QAbstractItemModel *model = picker.view()->model();
    QCOMPARE(model->rowCount(), m_tree.groups.size());
    QCOMPARE(model->index(0, 0).data().toString(), m_tree.groups.at(0).name);
    const QModelIndex firstArea = model->index(0, 0, model->index(0, 0));
    QCOMPARE(firstArea.data().toString(), m_tree.groups.at(0).areas.at(0).name);
    const QModelIndex firstPackage = model->index(0, 0, firstArea);
    QCOMPARE(firstPackage.data().toString(), m_tree.groups.at(0).areas.at(0).packages.at(0).name);
    QVERIFY(firstPackage.flags() & Qt::ItemIsUserCheckable);
    QVERIFY(!(firstArea.flags() & Qt::ItemIsUserCheckable));

    qsizetype packages = 0;
    for (const QModelIndex &index : allIndexes(model))
        packages += index.data(CatalogueRoles::Key).toString().isEmpty() ? 0 : 1;
    QCOMPARE(packages, m_tree.packages().size());
}

void TestAccessPackagePicker::badgesTellStandardFromClientRelationship()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    const QModelIndex standard = viewIndex(picker, StandardUrn);
    const QModelIndex client = viewIndex(picker, ClientUrn);
    QCOMPARE(standard.siblingAtColumn(AccessPackageTreeModel::BadgeColumn).data().toString(), u"Standard"_s);
    QCOMPARE(client.siblingAtColumn(AccessPackageTreeModel::BadgeColumn).data().toString(),
        u"Client relationship"_s);
    QVERIFY(client.data(Qt::ToolTipRole).toString().contains(u"cannot be visible"_s));
    QVERIFY(client.flags() & Qt::ItemIsEnabled);
}

void TestAccessPackagePicker::packageTheRegisterRejectsIsDisabledWithReason()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    const QModelIndex rejected = viewIndex(picker, RejectedUrn);
    QVERIFY(rejected.isValid());
    QVERIFY(!(rejected.flags() & Qt::ItemIsEnabled));
    QCOMPARE(
        rejected.siblingAtColumn(AccessPackageTreeModel::BadgeColumn).data().toString(), u"Not allowed"_s);
    QVERIFY(rejected.data(Qt::ToolTipRole).toString().contains(u"does not allow"_s));
    QVERIFY(!picker.view()->model()->setData(rejected, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(picker.selectedUrns().isEmpty());
}

void TestAccessPackagePicker::searchKeepsTheGroupAndAreaOfEveryHit()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    QTest::keyClicks(picker.findChild<QLineEdit *>(u"packagesSearchEdit"_s), u"accountant salary"_s);

    const QAbstractItemModel *model = picker.view()->model();
    const QModelIndex hit = viewIndex(picker, ClientUrn);
    QVERIFY(hit.isValid());
    QVERIFY(hit.parent().isValid()); // its area
    QVERIFY(hit.parent().parent().isValid()); // its area group
    QVERIFY(picker.view()->isExpanded(hit.parent()));
    qsizetype packages = 0;
    for (const QModelIndex &index : allIndexes(model))
        packages += index.data(CatalogueRoles::Key).toString().isEmpty() ? 0 : 1;
    QCOMPARE(packages, 1);

    // The package code finds it too.
    auto *search = picker.findChild<QLineEdit *>(u"packagesSearchEdit"_s);
    search->clear();
    QTest::keyClicks(search, u"regnskapsforer-lonn"_s);
    QVERIFY(viewIndex(picker, ClientUrn).isValid());
}

void TestAccessPackagePicker::searchForAnAreaShowsItsPackages()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    const Altinn::AccessPackageArea *area = m_tree.areaOf(ClientUrn);
    QVERIFY(area);
    QTest::keyClicks(picker.findChild<QLineEdit *>(u"packagesSearchEdit"_s), area->name);
    for (const Altinn::AccessPackageInfo &package : area->packages)
        QVERIFY2(viewIndex(picker, package.urn).isValid(), qPrintable(package.urn));
}

void TestAccessPackagePicker::checkingSelectsAndCounts()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    QSignalSpy toggled(&picker, &AccessPackagePicker::packageToggled);
    QAbstractItemModel *model = picker.view()->model();
    QVERIFY(model->setData(viewIndex(picker, ClientUrn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(viewIndex(picker, StandardUrn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(picker.selectedUrns(), (QStringList{ClientUrn, StandardUrn}));
    QCOMPARE(picker.findChild<QLabel *>(u"packagesCountLabel"_s)->text(), u"2 selected"_s);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(0).at(0).toString(), ClientUrn);
}

void TestAccessPackagePicker::unknownChosenPackageIsListedAndRemovable()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    const QString unknown = u"urn:altinn:accesspackage:does-not-exist"_s;
    picker.setSelectedUrns({unknown, RejectedUrn});
    const QModelIndex index = viewIndex(picker, unknown);
    QVERIFY(index.isValid());
    QCOMPARE(index.parent().data().toString(), u"Chosen, but not in the catalogue"_s);
    QVERIFY(index.flags() & Qt::ItemIsEnabled);
    // A rejected package that is chosen can be removed, not chosen again.
    QVERIFY(viewIndex(picker, RejectedUrn).flags() & Qt::ItemIsEnabled);
    QVERIFY(
        picker.view()->model()->setData(viewIndex(picker, RejectedUrn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!(viewIndex(picker, RejectedUrn).flags() & Qt::ItemIsEnabled));
    QCOMPARE(picker.selectedUrns(), QStringList{unknown});
}

void TestAccessPackagePicker::focusPackageOpensItsArea()
{
    AccessPackagePicker picker;
    picker.setAccessPackages(m_tree);
    picker.resize(600, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QApplication::setActiveWindow(&picker);
    auto *search = picker.findChild<QLineEdit *>(u"packagesSearchEdit"_s);
    QTest::keyClicks(search, u"payroll-nothing-matches"_s);

    picker.focusPackage(ClientUrn);
    QVERIFY(search->text().isEmpty()); // the filter would have hidden it
    const QModelIndex index = viewIndex(picker, ClientUrn);
    QCOMPARE(picker.view()->currentIndex().siblingAtColumn(0), index);
    QVERIFY(picker.view()->isExpanded(index.parent()));
    QTRY_VERIFY(picker.view()->hasFocus());
}

QTEST_MAIN(TestAccessPackagePicker)
#include "TestAccessPackagePicker.moc"
