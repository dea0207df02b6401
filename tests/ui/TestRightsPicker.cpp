#include "CatalogueTestData.h"
#include "editor/CatalogueRoles.h"
#include "editor/ResourceListModel.h"
#include "editor/RightsPicker.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

/// Choosing rights from the resource registry: what is offered, search, check, counts, states.
class TestRightsPicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelIsConsistent();
    void offersOnlyTypesTheRegisterAccepts();
    void nonDelegableIsShownDisabledWithReason();
    void showsTitleInTheChosenLanguage();
    void searchFindsByTitleOwnerOrIdentifier();
    void checkingSelectsInOrderAndCounts();
    void spaceAndEnterToggleTheCurrentRow();
    void chosenResourceOutsideTheOfferCanBeRemoved();
    void showSelectedOnlyHidesTheRest();
    void metadataStatesShowBannerWithRetry();
    void staysResponsiveWithARealRegistrySize();

private:
    /// Proxy row of @p identifier in the picker's view, or an invalid index.
    static QModelIndex viewIndex(const RightsPicker &picker, const QString &identifier);
    static QStringList visibleIdentifiers(const RightsPicker &picker);

    QList<Altinn::ServiceResource> m_resources;
};

void TestRightsPicker::initTestCase()
{
    m_resources = CatalogueTestData::resources();
    QVERIFY(m_resources.size() > 40);
}

QModelIndex TestRightsPicker::viewIndex(const RightsPicker &picker, const QString &identifier)
{
    QAbstractItemModel *model = picker.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ResourceListModel::TitleColumn);
        if (index.data(CatalogueRoles::Key).toString() == identifier)
            return index;
    }
    return {};
}

QStringList TestRightsPicker::visibleIdentifiers(const RightsPicker &picker)
{
    QStringList identifiers;
    QAbstractItemModel *model = picker.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        identifiers.append(model->index(row, 0).data(CatalogueRoles::Key).toString());
    return identifiers;
}

void TestRightsPicker::modelIsConsistent()
{
    ResourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources(m_resources);
    model.setSelectedIdentifiers({u"ske-krav-og-betalinger"_s, u"not-in-registry"_s});
    model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole);
    model.setLanguage(u"nb"_s);
}

void TestRightsPicker::offersOnlyTypesTheRegisterAccepts()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    const QStringList shown = visibleIdentifiers(picker);
    int accepted = 0;
    for (const Altinn::ServiceResource &resource : std::as_const(m_resources)) {
        if (resource.isTypeAcceptedByRegister()) {
            ++accepted;
            QVERIFY2(shown.contains(resource.identifier), qPrintable(resource.identifier));
        } else {
            QVERIFY2(!shown.contains(resource.identifier), qPrintable(resource.identifier));
        }
    }
    QCOMPARE(shown.size(), accepted);
    QVERIFY(!shown.contains(u"ttd-am-k6"_s)); // MaskinportenSchema
    QVERIFY(!shown.contains(u"ttd_skattegrunnlag3"_s)); // Consent
}

void TestRightsPicker::nonDelegableIsShownDisabledWithReason()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    const QModelIndex index = viewIndex(picker, u"korrespondanse-fra-sivilforsvaret"_s);
    QVERIFY(index.isValid());
    QVERIFY(!(index.flags() & Qt::ItemIsEnabled));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Not delegable"_s));
    QCOMPARE(index.siblingAtColumn(ResourceListModel::TypeColumn).data().toString(), u"Not delegable"_s);
    QVERIFY(!picker.view()->model()->setData(index, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(picker.selectedIdentifiers().isEmpty());

    const QModelIndex delegable = viewIndex(picker, u"ske-krav-og-betalinger"_s);
    QVERIFY(delegable.flags() & Qt::ItemIsEnabled);
    QVERIFY(delegable.flags() & Qt::ItemIsUserCheckable);
}

void TestRightsPicker::showsTitleInTheChosenLanguage()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    picker.setLanguage(u"en"_s);
    QModelIndex index = viewIndex(picker, u"ske-krav-og-betalinger"_s);
    QCOMPARE(index.data().toString(), u"Claims and payments"_s);
    QCOMPARE(index.siblingAtColumn(ResourceListModel::OwnerColumn).data().toString(),
        u"Norwegian Tax Administration"_s);
    QCOMPARE(index.siblingAtColumn(ResourceListModel::TypeColumn).data().toString(), u"Access resource"_s);

    picker.setLanguage(u"nb"_s);
    index = viewIndex(picker, u"ske-krav-og-betalinger"_s);
    QCOMPARE(index.data().toString(), u"Krav og betalinger"_s);
    QCOMPARE(index.siblingAtColumn(ResourceListModel::OwnerColumn).data().toString(), u"Skatteetaten"_s);
}

void TestRightsPicker::searchFindsByTitleOwnerOrIdentifier()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    auto *search = picker.findChild<QLineEdit *>(u"rightsSearchEdit"_s);
    QVERIFY(search);

    QTest::keyClicks(search, u"claims PAY"_s);
    QCOMPARE(visibleIdentifiers(picker), QStringList{u"ske-krav-og-betalinger"_s});

    search->clear();
    QTest::keyClicks(search, u"skatteetaten"_s); // owner, in another language than shown
    const QStringList byOwner = visibleIdentifiers(picker);
    QVERIFY(byOwner.contains(u"ske-krav-og-betalinger"_s));
    QVERIFY(byOwner.size() < picker.model()->rowCount());

    search->clear();
    QTest::keyClicks(search, u"innrapportering-boligselskap"_s);
    QCOMPARE(visibleIdentifiers(picker), QStringList{u"ske-innrapportering-boligselskap"_s});

    search->clear();
    QTest::keyClicks(search, u"no such thing"_s);
    QVERIFY(visibleIdentifiers(picker).isEmpty());
    QVERIFY(!picker.findChild<QLabel *>(u"rightsNoMatchLabel"_s)->isHidden());
}

void TestRightsPicker::checkingSelectsInOrderAndCounts()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    QSignalSpy toggled(&picker, &RightsPicker::resourceToggled);
    QSignalSpy changed(&picker, &RightsPicker::selectionChanged);
    auto *count = picker.findChild<QLabel *>(u"rightsCountLabel"_s);
    QCOMPARE(count->text(), u"0 selected"_s);

    QAbstractItemModel *model = picker.view()->model();
    QVERIFY(model->setData(viewIndex(picker, u"ske-krav-og-betalinger"_s), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(
        viewIndex(picker, u"ske-innrapportering-boligselskap"_s), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(picker.selectedIdentifiers(),
        (QStringList{u"ske-krav-og-betalinger"_s, u"ske-innrapportering-boligselskap"_s}));
    QCOMPARE(count->text(), u"2 selected"_s);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(0).at(0).toString(), u"ske-krav-og-betalinger"_s);
    QCOMPARE(toggled.at(0).at(1).toBool(), true);
    QCOMPARE(changed.count(), 2);

    QVERIFY(
        model->setData(viewIndex(picker, u"ske-krav-og-betalinger"_s), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(picker.selectedIdentifiers(), QStringList{u"ske-innrapportering-boligselskap"_s});
    QCOMPARE(count->text(), u"1 selected"_s);
}

void TestRightsPicker::spaceAndEnterToggleTheCurrentRow()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    picker.resize(700, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTreeView *view = picker.view();
    view->setFocus();
    view->setCurrentIndex(viewIndex(picker, u"ske-krav-og-betalinger"_s));

    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(picker.selectedIdentifiers(), QStringList{u"ske-krav-og-betalinger"_s});
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(picker.selectedIdentifiers().isEmpty());
}

void TestRightsPicker::chosenResourceOutsideTheOfferCanBeRemoved()
{
    // E.g. from an imported file: a Maskinporten scope and a misspelt identifier.
    RightsPicker picker;
    picker.setResources(m_resources);
    picker.setSelectedIdentifiers({u"ttd-am-k6"_s, u"no-such-resource"_s});
    for (const QString &identifier : {u"ttd-am-k6"_s, u"no-such-resource"_s}) {
        const QModelIndex index = viewIndex(picker, identifier);
        QVERIFY2(index.isValid(), qPrintable(identifier));
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(index.flags() & Qt::ItemIsEnabled);
    }
    QVERIFY(
        viewIndex(picker, u"ttd-am-k6"_s).data(Qt::ToolTipRole).toString().contains(u"does not accept"_s));
    QVERIFY(viewIndex(picker, u"no-such-resource"_s)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"not in the resource registry"_s));

    QVERIFY(picker.view()->model()->setData(
        viewIndex(picker, u"ttd-am-k6"_s), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(picker.selectedIdentifiers(), QStringList{u"no-such-resource"_s});
    // Once removed it cannot be chosen again.
    QVERIFY(!(viewIndex(picker, u"ttd-am-k6"_s).flags() & Qt::ItemIsEnabled));
}

void TestRightsPicker::showSelectedOnlyHidesTheRest()
{
    RightsPicker picker;
    picker.setResources(m_resources);
    picker.setSelectedIdentifiers({u"ske-krav-og-betalinger"_s});
    auto *selectedOnly = picker.findChild<QCheckBox *>(u"rightsSelectedOnlyCheckBox"_s);
    QVERIFY(selectedOnly);
    selectedOnly->setChecked(true);
    QCOMPARE(visibleIdentifiers(picker), QStringList{u"ske-krav-og-betalinger"_s});
    selectedOnly->setChecked(false);
    QVERIFY(visibleIdentifiers(picker).size() > 1);
}

void TestRightsPicker::metadataStatesShowBannerWithRetry()
{
    RightsPicker picker;
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *banner = picker.findChild<QWidget *>(u"metadataStatusBanner"_s);
    auto *text = banner->findChild<QLabel *>(u"metadataStatusLabel"_s);
    auto *retry = banner->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(!banner->isVisible());

    picker.setMetadataState(MetadataState::loading());
    QVERIFY(banner->isVisible());
    QVERIFY(text->text().contains(u"Loading"_s));
    QVERIFY(!retry->isVisible());

    picker.setMetadataState(MetadataState::offline(QDateTime(QDate(2026, 3, 2), QTime(9, 14), Qt::UTC)));
    QVERIFY(text->text().contains(u"Offline"_s));
    QVERIFY(retry->isVisible());

    picker.setMetadataState(MetadataState::failed(u"The connection timed out."_s));
    QVERIFY(text->text().contains(u"The connection timed out."_s));
    QSignalSpy retried(&picker, &RightsPicker::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.count(), 1);

    picker.setMetadataState(MetadataState::ready());
    QVERIFY(!banner->isVisible());
}

void TestRightsPicker::staysResponsiveWithARealRegistrySize()
{
    // Real registries hold thousands of resources; loading and searching must not stall the window.
    QList<Altinn::ServiceResource> many;
    for (int i = 0; i < 5000; ++i) {
        Altinn::ServiceResource resource;
        resource.identifier = u"resource-%1"_s.arg(i);
        resource.title = {{u"nb"_s, u"Tjeneste %1"_s.arg(i)}, {u"en"_s, u"Service %1"_s.arg(i)}};
        resource.resourceType = u"GenericAccessResource"_s;
        many.append(resource);
    }
    RightsPicker picker;
    picker.resize(700, 500);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QElapsedTimer timer;
    timer.start();
    picker.setResources(many);
    QTest::keyClicks(picker.findChild<QLineEdit *>(u"rightsSearchEdit"_s), u"service 4321"_s);
    QCOMPARE(visibleIdentifiers(picker), QStringList{u"resource-4321"_s});
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(TestRightsPicker)
#include "TestRightsPicker.moc"
