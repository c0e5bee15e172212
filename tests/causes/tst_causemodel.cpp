// The Why panel's table model over a cause report found on hand-made spans: every column of
// the issue, the device names beside the ids, the marks of estimated counts, the roles the
// panel reads, sorting through a proxy, and QAbstractItemModelTester over every change.

#include "causefinder.h"
#include "causemodel.h"
#include "madesessions.h"
#include "tablerole.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace trro;
using trro::test::madeSessions;

namespace {

constexpr qint64 T0 = 1764000000;

// Cockpit roc_04 goes bad in the span: 18 of its 20 sessions against 1 of 20 before.
CauseReport report() {
    CauseInput in;
    in.span = madeSessions(QStringLiteral("a"), QStringLiteral("roc_04"), 20, 18, T0, 60, 5) +
              madeSessions(QStringLiteral("b"), QStringLiteral("roc_01"), 80, 4, T0, 60, 5);
    in.baseline =
        madeSessions(QStringLiteral("c"), QStringLiteral("roc_04"), 20, 1, T0 - 86400, 60, 5) +
        madeSessions(QStringLiteral("d"), QStringLiteral("roc_01"), 80, 4, T0 - 86400, 60, 5);
    CauseOptions options;
    options.dimensions = {CauseDimension::Field, CauseDimension::Remote};
    return findCauses(in, options);
}

QString text(const CauseModel &model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestCauseModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void columnsOfTheTopRow();
    void rolesForThePanel();
    void estimatedCountsAreMarked();
    void sortsThroughAProxy();
    void emptyAndCleared();
};

void TestCauseModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCauseModel::columnsOfTheTopRow() {
    CauseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CauseReport r = report();
    model.setReport(r, {{QStringLiteral("roc_04"), QStringLiteral("Remote NB-04")}});
    QCOMPARE(model.rowCount(), r.rows.size());
    QCOMPARE(model.columnCount(), int(CauseModel::ColumnCount));
    const CauseRow &top = r.rows.first();
    QCOMPARE(top.value, QStringLiteral("roc_04"));
    QCOMPARE(text(model, 0, CauseModel::DimensionColumn), QStringLiteral("Cockpit"));
    QCOMPARE(text(model, 0, CauseModel::ValueColumn), QStringLiteral("Remote NB-04 (roc_04)"));
    QCOMPARE(text(model, 0, CauseModel::SessionsColumn), QStringLiteral("20"));
    QCOMPARE(text(model, 0, CauseModel::BadShareColumn), QStringLiteral("90 %"));
    QCOMPARE(text(model, 0, CauseModel::BaselineSessionsColumn), QStringLiteral("20"));
    QCOMPARE(text(model, 0, CauseModel::BaselineBadShareColumn), QStringLiteral("5.0 %"));
    QCOMPARE(text(model, 0, CauseModel::ShareOfBadColumn), QStringLiteral("82 %")); // 18 of 22
    // 78 % with it, 95 % (76 of 80) without it.
    QCOMPARE(text(model, 0, CauseModel::ContributionColumn), QStringLiteral("17.0 pt"));
    QCOMPARE(text(model, 0, CauseModel::RatioWithoutColumn), QStringLiteral("95 %"));
    QCOMPARE(text(model, 0, CauseModel::TestColumn), QStringLiteral("z"));
    QVERIFY(text(model, 0, CauseModel::PValueColumn).contains(QLatin1Char('(')));
    QCOMPARE(text(model, 0, CauseModel::SignificantColumn), QStringLiteral("Yes"));
    QVERIFY(model.headerData(CauseModel::ContributionColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("ratio without")));
    for (int c = 0; c < CauseModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestCauseModel::rolesForThePanel() {
    CauseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CauseReport r = report();
    model.setReport(r);
    const QModelIndex top = model.index(0, CauseModel::ValueColumn);
    QCOMPARE(top.data(DeviceIdRole).toString(), QStringLiteral("roc_04"));
    QCOMPARE(top.data(ToneRole).toInt(), int(Tone::Bad));
    QCOMPARE(top.data(CauseModel::ReportRowRole).toInt(), 0);
    QCOMPARE(top.data(CauseModel::DimensionRole).toInt(), int(CauseDimension::Remote));
    QVERIFY(top.data(FilterTextRole).toString().contains(QStringLiteral("cockpit roc_04")));
    QVERIFY(model.index(0, CauseModel::TestColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("z-test")));
    // A row that is not significant has no tone.
    for (int i = 0; i < model.rowCount(); ++i) {
        if (!model.row(i)->significant)
            QVERIFY(!model.index(i, 0).data(ToneRole).isValid());
    }
    QVERIFY(!model.index(model.rowCount(), 0).data().isValid());
    QCOMPARE(model.row(model.rowCount()), nullptr);
}

void TestCauseModel::estimatedCountsAreMarked() {
    CauseReport r = report();
    for (CauseRow &row : r.rows)
        row.estimated = true;
    CauseModel model;
    model.setReport(r);
    QCOMPARE(text(model, 0, CauseModel::SessionsColumn), QStringLiteral("≈20"));
    QCOMPARE(text(model, 0, CauseModel::BaselineSessionsColumn), QStringLiteral("≈20"));
}

void TestCauseModel::sortsThroughAProxy() {
    CauseModel model;
    model.setReport(report());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(CauseModel::SessionsColumn, Qt::DescendingOrder);
    for (int i = 1; i < proxy.rowCount(); ++i)
        QVERIFY(proxy.index(i - 1, CauseModel::SessionsColumn).data(SortRole).toLongLong() >=
                proxy.index(i, CauseModel::SessionsColumn).data(SortRole).toLongLong());
    proxy.sort(CauseModel::ContributionColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(CauseModel::ReportRowRole).toInt(), 0);
}

void TestCauseModel::emptyAndCleared() {
    CauseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setReport(report());
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.report().sessions, 0);
}

QTEST_GUILESS_MAIN(TestCauseModel)
#include "tst_causemodel.moc"
